// Short paragraphs from the original DOM. Readability sometimes drops the one line that matters — a
// trailing "Originally published at …" or a disclaimer in its own styled paragraph — so the status
// detectors also read these. Teasers, menus, comments and footers are left out.
import { all } from '../dom';
import type { TextBlock } from './blocks';
import { squish } from '../text';

const LINE_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, em, small, [class*="disclaimer" i], [class*="note" i]';
const OUTSIDE =
  'nav, aside, form, [role="navigation"], [role="complementary"], [class*="teaser" i], [class*="related" i], [class*="recommend" i], [class*="sidebar" i], [class*="comment" i], [class*="newsletter" i], [class*="promo" i], [class*="menu" i], [id*="comment" i]';
const MAX_LINES = 600;
const MAX_LEN = 400;

export function readLines(doc: Document): TextBlock[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const out: TextBlock[] = [];
  const seen = new Set<string>();
  for (const el of all(root, LINE_SELECTOR)) {
    if (out.length >= MAX_LINES) break;
    const raw = el.textContent ?? '';
    if (raw.length > MAX_LEN * 3) continue;
    const text = squish(raw);
    if (!text || text.length > MAX_LEN || seen.has(text)) continue;
    if (el.closest(OUTSIDE)) continue;
    seen.add(text);
    out.push({ text, where: /^H\d$/i.test(el.tagName) ? 'heading' : 'body' });
  }
  return out;
}
