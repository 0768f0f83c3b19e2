// Byline candidates from the original DOM: the slots where publishers name the author or the agency.
import { IN_COMMENTS, IN_FIGURE, IN_FOOTER, IN_NAV, IN_TEASER, type DomScan } from './scan';
import { squish } from '../text';

const MAX_CANDIDATES = 40;
const MAX_LEN = 200;
const OUTSIDE = IN_NAV | IN_FOOTER | IN_FIGURE | IN_TEASER | IN_COMMENTS;

export function readBylines(scan: DomScan): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { el, flags } of scan.bylines) {
    if (out.length >= MAX_CANDIDATES) break;
    if (flags & OUTSIDE) continue;
    const raw = el.textContent ?? '';
    if (raw.length > MAX_LEN * 4) continue;
    const text = squish(raw);
    if (!text || text.length > MAX_LEN || seen.has(text)) continue;
    seen.add(text);
    out.push(text);
  }
  return out;
}
