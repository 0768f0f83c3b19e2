// Which address opens an embedded post. A post found as plain text often carries only the links its
// text held (a t.co link it shared, a pic.twitter.com picture): those open something else, so a post
// is linked only by an address that is the post's own.
import { postFromUrl } from '../../lib/detectors/embed-urls';
import type { EmbeddedPost } from '../../lib/report';
import { safeHttpUrl } from '../../lib/text';

/** The post's own http(s) address, or null when the report holds none. */
export function postLink(post: Pick<EmbeddedPost, 'url' | 'platform'>): string | null {
  const url = safeHttpUrl(post.url);
  if (!url) return null;
  return postFromUrl(url, null, post.platform)?.postId ? url : null;
}
