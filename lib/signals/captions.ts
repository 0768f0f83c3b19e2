// Photo and video captions/credits from the original DOM: an agency named here took the picture,
// it did not write the story.
import { all } from '../dom';
import { squish } from '../text';

const CAPTION_SELECTOR = [
  'figcaption',
  '[class*="caption" i]',
  '[class*="photo-credit" i]',
  '[class*="image-credit" i]',
  '[class*="img-credit" i]',
  '[class*="copyright" i]',
  '[class*="credit" i]',
  'figure [class*="source" i]',
].join(',');

const MAX_CAPTIONS = 200;
const MAX_LEN = 600;

export function readCaptions(doc: Document): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const root = doc.body ?? doc.documentElement;
  if (!root) return out;
  for (const el of all(root, CAPTION_SELECTOR)) {
    if (out.length >= MAX_CAPTIONS) break;
    const text = squish(el.textContent ?? '');
    if (!text || text.length > MAX_LEN || seen.has(text)) continue;
    seen.add(text);
    out.push(text);
  }
  // Image alt/title attributes often carry "(AP Photo/…)" credits too.
  for (const img of all(root, 'img[alt], img[title]')) {
    if (out.length >= MAX_CAPTIONS) break;
    const text = squish(img.getAttribute('alt') || img.getAttribute('title') || '');
    if (!text || text.length > MAX_LEN || seen.has(text)) continue;
    seen.add(text);
    out.push(text);
  }
  return out;
}
