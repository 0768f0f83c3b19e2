// The article as Readability sees it, run on a clone so the live page is never touched.
import { Readability } from '@mozilla/readability';
import { blocksOf, type TextBlock } from './blocks';
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
}

const SPACE_RUN_TEST = /[\s\u00a0]{2}/;
const SPACE_RUN = /[\s\u00a0]{2,}/g;

/**
 * Collapses white-space runs in the clone's text, as rendering does. A page made of long no-break
 * space runs otherwise sends Readability's retries into millions of text nodes in some DOM libraries
 * (each &nbsp; becomes a node when it re-parses its cached HTML).
 */
function collapseSpaces(clone: Document) {
  const root = clone.documentElement;
  if (!root) return;
  const walker = clone.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length > 1 && SPACE_RUN_TEST.test(v)) n.nodeValue = v.replace(SPACE_RUN, (m) => (m.includes('\n') ? '\n' : ' '));
  }
}

export function extractArticle(doc: Document): ArticleText | null {
  const clone = doc.cloneNode(true) as Document;
  collapseSpaces(clone);
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
  };
}
