// Bylines that are only a link to an author page ("PTI | July 9, 2020"): some templates keep them
// outside both Readability's article and the usual byline class names.
import { pf } from '../prefilter';
import { squish } from '../text';
import { COMMENT_WORDS, TEASER_WORDS } from '../rules/vocabulary';
import { IN_ASIDE, IN_COMMENTS, IN_FOOTER, IN_LIST_ITEM, IN_NAV, IN_TEASER, classWordTest, type DomScan, type Scanned } from './scan';
import { flagsIn, inTeaserCard, placeIn, type Story } from './story';

/** Author-page links: "/author/x", "?author=x", "search_type=author". */
const AUTHOR_HREF_RE = pf(/\/authors?\/|[?&](?:[\w-]{0,20}_)?(?:author|type=author)|\/autor\/|\/auteur\//i);
/** Teaser lists, navigation and comments carry other stories' authors. */
const ELSEWHERE = IN_NAV | IN_FOOTER | IN_TEASER | IN_COMMENTS | IN_LIST_ITEM | IN_ASIDE;
const MAX_LINKS = 3;
const MAX_LEN = 160;

const ELSEWHERE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'LI']);
const isTeaser = classWordTest(TEASER_WORDS);
const isComment = classWordTest(COMMENT_WORDS);

/** Whether a link outside the scanned tree stands in navigation, a teaser list or comments. */
function standsElsewhere(el: Element): boolean {
  for (let e: Element | null = el, depth = 0; e && depth < 40; e = e.parentElement, depth++) {
    if (ELSEWHERE_TAGS.has(e.tagName.toUpperCase())) return true;
    const cls = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`.toLowerCase();
    if (isTeaser(cls) || isComment(cls)) return true;
  }
  return false;
}

/**
 * Links the scan did not see: broken markup can leave a second <body> (or stray content) beside the
 * one `document.body` returns. Only read when there is such a sibling.
 */
function strayLinks(doc: Document): { el: Element; flags: number }[] {
  const root = doc.documentElement;
  const out: { el: Element; flags: number }[] = [];
  if (!root) return out;
  for (const child of Array.from(root.children)) {
    if (child === doc.body || child.tagName.toUpperCase() === 'HEAD') continue;
    const links = child.getElementsByTagName('a');
    for (let i = 0; i < links.length && out.length < 300; i++) {
      const el = links[i]!;
      out.push({ el, flags: standsElsewhere(el) ? IN_TEASER : 0 });
    }
  }
  return out;
}

/** The text of the first few author links and of the line that holds each one. */
export function authorLinkLines(scan: DomScan, doc?: Document, story: Story | null = null, pageUrl: string | null = null): string[] {
  const out: string[] = [];
  let found = 0;
  const links: { el: Element; flags: number; ctx?: Scanned['ctx'] }[] = doc ? [...scan.links, ...strayLinks(doc)] : scan.links;
  for (const item of links) {
    const { el } = item;
    if (found >= MAX_LINKS) break;
    const href = el.getAttribute('href') ?? '';
    if (href.length > 500 || !AUTHOR_HREF_RE.test(href)) continue;
    if (story && 'ctx' in item && item.ctx !== undefined) {
      // The story's own byline row, even in a <nav> or list bar; never another story's card.
      if (flagsIn(item as Scanned, story) & (IN_TEASER | IN_COMMENTS) || placeIn(el, story) === 'outside' || inTeaserCard(el, story, pageUrl)) continue;
    } else if (item.flags & ELSEWHERE) continue;
    const own = squish(el.textContent ?? '');
    if (!own || own.length > MAX_LEN) continue;
    found++;
    if (!out.includes(own)) out.push(own);
    const parent = el.parentElement ? squish((el.parentElement.textContent ?? '').slice(0, MAX_LEN * 2)) : '';
    if (parent && parent !== own && parent.length <= MAX_LEN && !out.includes(parent)) out.push(parent);
  }
  return out;
}
