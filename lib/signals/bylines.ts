// Byline candidates from the original DOM: the slots where publishers name the author or the agency.
import { all } from '../dom';
import { squish } from '../text';

const BYLINE_SELECTOR = [
  '[rel~="author"]',
  '[itemprop~="author"]',
  '[class*="byline" i]',
  '[id*="byline" i]',
  '[class*="author" i]',
  '[class*="dateline" i]',
  '[class*="source" i]',
  '[class*="credit" i]:not(figcaption *):not(figure *)',
  'address',
].join(',');

const MAX_CANDIDATES = 40;
const MAX_LEN = 200;

export function readBylines(doc: Document): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const root = doc.body ?? doc.documentElement;
  if (!root) return out;
  for (const el of all(root, BYLINE_SELECTOR)) {
    if (out.length >= MAX_CANDIDATES) break;
    if (el.closest('nav, footer, figure, figcaption, [class*="caption" i], [class*="related" i], [class*="comment" i]')) continue;
    const text = squish(el.textContent ?? '');
    if (!text || text.length > MAX_LEN || seen.has(text)) continue;
    seen.add(text);
    out.push(text);
  }
  return out;
}
