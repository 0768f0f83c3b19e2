// Stands in for lib/signals/article inside the benchmark's page bundle (an esbuild alias applies it
// to lib/analyze only), so the benchmark can run analyze() with Readability's result computed
// beforehand and time everything else: the signals, detectors and classifier, exactly as wired.
import { extractArticle as realExtractArticle, type ArticleText } from '../lib/signals/article';

export type { ArticleText };

let precomputed: { doc: Document; article: ArticleText | null } | null = null;

/** Makes the next extractArticle(doc) calls return `article` without running Readability. */
export function usePrecomputedArticle(doc: Document, article: ArticleText | null): void {
  precomputed = { doc, article };
}

export function clearPrecomputedArticle(): void {
  precomputed = null;
}

export function extractArticle(doc: Document): ArticleText | null {
  if (precomputed && precomputed.doc === doc) return precomputed.article;
  return realExtractArticle(doc);
}
