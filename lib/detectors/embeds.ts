// Embedded social posts in the article: publisher markup, rendered iframes and the plain text
// left when the platform's script never ran.
import type { Page } from '../page';
import type { EmbeddedPost } from '../report';

export function detectEmbeds(_page: Page): EmbeddedPost[] {
  return [];
}
