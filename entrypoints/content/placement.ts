// Where the inline badge goes: right after the headline the report names, else at the top of the
// article, else after the first h1. Text comparison only; no layout is read.
import type { ContentScriptAppendMode } from 'wxt/utils/content-script-ui/types';

export interface Placement {
  anchor: Element;
  append: ContentScriptAppendMode;
}

const norm = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();

/** True when two headlines are the same story title (one may carry the site name or be cut). */
function sameHeadline(a: string, b: string): boolean {
  if (a.length < 8 || b.length < 8) return a === b && a.length > 0;
  return a === b || a.includes(b) || b.includes(a);
}

export function placeBadge(doc: Document, headline: string | null): Placement | null {
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => !h.closest('creditline-badge'));
  const want = norm(headline);
  if (want) {
    const match = h1s.find((h) => sameHeadline(norm(h.textContent), want));
    if (match) return { anchor: match, append: 'after' };
  }
  const article = doc.querySelector('article');
  const inArticle = article ? h1s.find((h) => article.contains(h)) : undefined;
  if (inArticle) return { anchor: inArticle, append: 'after' };
  if (article) return { anchor: article, append: 'first' };
  const firstH1 = h1s.find((h) => norm(h.textContent).length > 0);
  if (firstH1) return { anchor: firstH1, append: 'after' };
  const body = doc.body;
  return body ? { anchor: body, append: 'first' } : null;
}
