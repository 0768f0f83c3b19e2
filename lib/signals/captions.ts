// Photo and video captions/credits from the original DOM: an agency named here took the picture,
// it did not write the story. Position decides: a figure's caption, or a credit right beside an
// image. A "credit" or "copyright" class under the headline or after the body with no picture
// beside it is a byline or a trailer line, not a caption. With the story known, other stories'
// teaser pictures are left out.
import { IN_TEASER, type DomScan } from './scan';
import { besideImage, flagsIn, inTeaserCard, type Story } from './story';
import { squish } from '../text';

const MAX_CAPTIONS = 200;
const MAX_LEN = 600;

export function readCaptions(scan: DomScan, story: Story | null = null, pageUrl: string | null = null): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (raw: string) => {
    if (out.length >= MAX_CAPTIONS || raw.length > MAX_LEN * 4) return;
    const text = squish(raw);
    if (!text || text.length > MAX_LEN || seen.has(text)) return;
    seen.add(text);
    out.push(text);
  };
  const bylineEls = new Set(scan.bylines.map((b) => b.el));
  for (const item of scan.captions) {
    const { el } = item;
    if (story) {
      if (flagsIn(item, story) & IN_TEASER || inTeaserCard(el, story, pageUrl)) continue;
      const tag = el.tagName.toUpperCase();
      if (tag !== 'FIGCAPTION' && !besideImage(el, story)) continue;
    }
    push(el.textContent ?? '');
  }
  // A byline-classed slot right beside a picture is that picture's credit ("image-author").
  if (story) for (const item of scan.bylines) if (besideImage(item.el, story) && !(flagsIn(item, story) & IN_TEASER)) push(item.el.textContent ?? '');
  // Image alt/title attributes often carry "(AP Photo/…)" credits too; a logo inside a byline slot
  // is the byline's (lib/signals/logos.ts), not a picture.
  for (const item of scan.images) {
    const { el } = item;
    if (story) {
      if (flagsIn(item, story) & IN_TEASER) continue;
      let inByline = false;
      for (let e: Element | null = el.parentElement, up = 0; e && up < 3; e = e.parentElement, up++) if (bylineEls.has(e)) inByline = true;
      if (inByline) continue;
    }
    push(el.getAttribute('alt') || el.getAttribute('title') || '');
  }
  return out;
}
