// Photo and video captions/credits from the original DOM: an agency named here took the picture,
// it did not write the story.
import type { DomScan } from './scan';
import { squish } from '../text';

const MAX_CAPTIONS = 200;
const MAX_LEN = 600;

export function readCaptions(scan: DomScan): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (raw: string) => {
    if (out.length >= MAX_CAPTIONS || raw.length > MAX_LEN * 4) return;
    const text = squish(raw);
    if (!text || text.length > MAX_LEN || seen.has(text)) return;
    seen.add(text);
    out.push(text);
  };
  for (const { el } of scan.captions) push(el.textContent ?? '');
  // Image alt/title attributes often carry "(AP Photo/…)" credits too.
  for (const { el } of scan.images) push(el.getAttribute('alt') || el.getAttribute('title') || '');
  return out;
}
