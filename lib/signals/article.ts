// The article as Readability sees it, run on a clone so the live page is never touched.
import { Readability } from '@mozilla/readability';
import { blocksOf, type TextBlock } from './blocks';
import { walkElements } from './scan';
import { squish } from '../text';

export interface ArticleText {
  title: string | null;
  /** Readability's byline: it moves a byline or dateline node here out of the content. */
  byline: string | null;
  siteName: string | null;
  excerpt: string | null;
  lang: string | null;
  /** The article's text blocks in reading order. */
  blocks: TextBlock[];
  length: number;
  /**
   * Where the content came from in the original page, as indexes into the scan's document-order
   * list (`DomScan.all`): the outermost original elements Readability kept, and its text blocks.
   */
  source: { top: number[]; blocks: number[]; samples: { index: number; text: string }[] };
}

/** The clone's elements that carry their place in the original page through Readability's passes. */
const STAMP_ATTR = 'data-creditline-i';
const STAMPED_TAGS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'P',
  'LI',
  'UL',
  'OL',
  'DL',
  'DD',
  'DT',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TBODY',
  'TR',
  'TD',
  'PRE',
]);
const SAMPLES = 5;
const SAMPLE_CHARS = 40;
const TEXT_BLOCK_TAGS = new Set(['P', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TD', 'PRE', 'DD', 'FIGCAPTION']);

/**
 * Numbers the clone's block elements in the scan's order, so the article Readability returns maps
 * back to the original page exactly (Readability keeps data-* attributes through its retries).
 * Also drops `media` from <source> elements: in Chromium a <picture><source media> in a detached
 * clone registers a media-query listener that keeps the whole clone alive for the page's lifetime.
 */
function stampClone(clone: Document) {
  const root = clone.documentElement;
  if (!root) return;
  let i = 0;
  walkElements(root, (el) => {
    const tag = el.tagName.toUpperCase();
    if (STAMPED_TAGS.has(tag)) el.setAttribute(STAMP_ATTR, String(i));
    else if (tag === 'SOURCE' && el.hasAttribute('media')) el.removeAttribute('media');
    i++;
  });
}

/** The original elements behind Readability's content, by their stamps. */
function sourceOf(content: Node): ArticleText['source'] {
  const top: number[] = [];
  const blocks: number[] = [];
  const samples: { index: number; text: string }[] = [];
  const root = content as Element;
  if (typeof root.querySelectorAll !== 'function') return { top, blocks, samples };
  const stamped = root.querySelectorAll(`[${STAMP_ATTR}]`);
  for (let k = 0; k < stamped.length; k++) {
    const el = stamped[k]!;
    const n = Number(el.getAttribute(STAMP_ATTR));
    if (!Number.isInteger(n)) continue;
    const outer = el.parentElement?.closest(`[${STAMP_ATTR}]`);
    if (!outer || !root.contains(outer)) top.push(n);
    if (!TEXT_BLOCK_TAGS.has(el.tagName.toUpperCase())) continue;
    const text = el.textContent ?? '';
    if (!text.trim()) continue;
    blocks.push(n);
    // A few blocks' opening words, to check that the page did not change between the scan and the clone.
    if (samples.length < SAMPLES) samples.push({ index: n, text: squish(text.slice(0, 200)).slice(0, SAMPLE_CHARS) });
  }
  return { top, blocks, samples };
}

const SPACE_RUN_TEST = /[\s\u00a0]{2}/;
const SPACE_RUN = /[\s\u00a0]{2,}/g;

/**
 * Collapses white-space runs in the clone's text, as rendering does. A page made of long no-break
 * space runs otherwise sends Readability's retries into millions of text nodes in some DOM libraries
 * (each &nbsp; becomes a node when it re-parses its cached HTML). Plain white-space runs are
 * collapsed too: Readability's length checks count them, so leaving them changes what it keeps.
 * Style sheets and scripts other than JSON-LD are left as they are: Readability removes them
 * unread, and an inline script is often most of a page's text.
 */
function collapseSpaces(clone: Document) {
  const root = clone.documentElement;
  if (!root) return;
  const walker = clone.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length < 2) continue;
    // Most text nodes are the white space between tags: trim() removes exactly what \s matches,
    // and reads only a text's two ends. (A script or style sheet of white space alone may collapse too.)
    if (!v.trim()) n.nodeValue = v.includes('\n') ? '\n' : ' ';
    else if (!unreadText(n) && SPACE_RUN_TEST.test(v)) n.nodeValue = v.replace(SPACE_RUN, (m) => (m.includes('\n') ? '\n' : ' '));
  }
}

/** Text Readability removes without reading: a style sheet's, or a script's that is not JSON-LD. */
function unreadText(text: Node): boolean {
  const parent = text.parentNode as Element | null;
  const tag = parent?.localName;
  if (tag === 'style') return true;
  // Readability reads JSON-LD from scripts of exactly this type.
  return tag === 'script' && parent!.getAttribute('type') !== 'application/ld+json';
}

export function extractArticle(doc: Document): ArticleText | null {
  const clone = doc.cloneNode(true) as Document;
  collapseSpaces(clone);
  stampClone(clone);
  const parsed = new Readability<Node>(clone, { serializer: (n) => n, maxElemsToParse: 0 }).parse();
  if (!parsed || !parsed.content) return null;
  const blocks = blocksOf(parsed.content);
  return {
    title: parsed.title ? squish(parsed.title) : null,
    byline: parsed.byline ? squish(parsed.byline) : null,
    siteName: parsed.siteName ? squish(parsed.siteName) : null,
    excerpt: parsed.excerpt ? squish(parsed.excerpt) : null,
    lang: parsed.lang ?? null,
    blocks,
    length: parsed.length ?? 0,
    source: sourceOf(parsed.content),
  };
}
