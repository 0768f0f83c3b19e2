// Short runs of text of the story's own elements, with their place: the header between the headline
// and the body (bylines, "PTI | July 9, 2020", a feed label), notes inside the body that Readability
// cleaned away, and the trailer after it (a source strip, a bare "(KNA, DR)", a notice box). Any
// element kind counts, <aside> and <nav> inside the story too, except links standing alone, forms,
// comments and other stories' teasers.
import { IN_AD, IN_COMMENTS, IN_FORM, IN_TEASER, SKIP_TAGS, type DomScan, type Scanned } from './scan';
import { flagsIn, inTeaserCard, placeIn, type Story, type StoryPlace } from './story';
import { hostOf, squish } from '../text';

export interface StoryLine {
  text: string;
  place: Exclude<StoryPlace, 'outside'>;
  el: Element;
}

const MAX_LINE = 300;
const MAX_CREDIT_LINK = 80;
const MAX_LINES = 400;
const MAX_ELEMENTS = 20_000;
const EXCLUDED = IN_TEASER | IN_COMMENTS | IN_FORM | IN_AD;
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** The element's own text: its text nodes and inline children, up to its first block child's text. */
function ownText(el: Element): string {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (BLOCK_TAGS.has(tag) || SKIP_TAGS.has(tag)) out += '\n';
      else out += (n as Element).textContent ?? '';
    }
    if (out.length > MAX_LINE * 3) break;
  }
  return out;
}

/**
 * A link on its own ("Read more", a teaser headline) is navigation, not a line of the story; a short
 * link to another site is kept (a credit linking to its agency: "<a href=dpa.com>© dpa/…</a>").
 */
function isLoneLink(el: Element, text: string, pageHost: string | null): boolean {
  const links = el.tagName.toUpperCase() === 'A' ? null : el.getElementsByTagName('a');
  const link = links ? (links.length === 1 ? links[0]! : null) : el;
  if (!link || squish(link.textContent ?? '') !== text) return false;
  if (text.length > MAX_CREDIT_LINK) return true;
  const host = hostOf(link.getAttribute('href') ?? '');
  return !host || !pageHost || host === pageHost || host.endsWith(`.${pageHost}`) || pageHost.endsWith(`.${host}`);
}

/** How far from the body's first or last block a header or trailer element is looked for. */
const MAX_SEARCH = 20_000;

/**
 * Where an element stands in the scan's document-order list, searched from a known index in one
 * direction: header elements come before the body's first block, trailer elements after its last.
 * (compareDocumentPosition would do it in one call, but is unreliable in some DOM libraries.)
 */
function indexNear(scan: DomScan, el: Element, from: number, step: 1 | -1): number | undefined {
  for (let i = from, n = 0; i >= 0 && i < scan.all.length && n < MAX_SEARCH; i += step, n++) if (scan.all[i]!.el === el) return i;
  return undefined;
}

export function readStoryLines(scan: DomScan, story: Story, pageUrl: string | null): StoryLine[] {
  const out: StoryLine[] = [];
  const seen = new Set<string>();
  const pageHost = hostOf(pageUrl);
  const blockSet = new Set(story.blocks);
  // Elements inside one of Readability's blocks, found in document order from their parent's mark.
  const inside = new Set<Element>();
  const inBlock = (el: Element) => {
    const parent = el.parentElement;
    if (blockSet.has(el) || (parent && inside.has(parent))) {
      inside.add(el);
      return true;
    }
    return false;
  };
  const read = (from: Element, step: 1 | -1) => {
    const start = indexNear(scan, from, step === 1 ? story.lastIndex : story.firstIndex, step);
    if (start === undefined) return;
    for (let i = start, n = 0; i < scan.all.length && n < MAX_ELEMENTS && out.length < MAX_LINES; i++, n++) {
      const item: Scanned = scan.all[i]!;
      if (i > start && !from.contains(item.el)) break;
      // A block's own text holds its inline children's ("<div><span>PTI</span> | July 9</div>").
      if (!BLOCK_TAGS.has(item.el.tagName.toUpperCase())) continue;
      let place = placeIn(item.el, story);
      if (place === 'outside') continue;
      // Inside the body's element but right past its last text block (a copyright or source line
      // that Readability cleaned away), or right before its first: the story's trailer or header.
      if (place === 'body') {
        // Readability's own blocks are read as blocks; only what it cleaned away is a line here.
        if (inBlock(item.el)) continue;
        if (story.afterText.some((e) => e.contains(item.el))) place = 'trailer';
        else if (story.beforeText.some((e) => e.contains(item.el))) place = 'header';
      }
      // Between the headline and the body a "comments" class is a comment count, not the comments.
      if (flagsIn(item, story) & (place === 'header' ? EXCLUDED & ~IN_COMMENTS : EXCLUDED)) continue;
      const parts = ownText(item.el).split('\n');
      for (const part of parts) {
        if (part.length > MAX_LINE * 3) continue;
        const text = squish(part);
        if (!text || text.length > MAX_LINE || seen.has(text) || isLoneLink(item.el, text, pageHost)) continue;
        if (place !== 'body' && inTeaserCard(item.el, story, pageUrl)) continue;
        seen.add(text);
        out.push({ text, place, el: item.el });
      }
    }
  };
  // Inside the body only its edges: what stands between its blocks is the text Readability kept.
  for (const h of story.header) read(h, -1);
  for (const e of story.beforeText) read(e, -1);
  for (const e of story.afterText) read(e, 1);
  for (const t of story.trailer) read(t, 1);
  return out;
}
