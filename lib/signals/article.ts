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

export function extractArticle(doc: Document): ArticleText | null {
  const clone = doc.cloneNode(true) as Document;
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
