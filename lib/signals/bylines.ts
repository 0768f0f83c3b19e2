// Byline candidates from the original DOM: the slots where publishers name the author or the agency.
// With the story known (lib/signals/story.ts), only the story's own slots count, and a slot right
// beside a picture is that picture's credit (lib/signals/captions.ts reads it), whatever its class.
import { IN_COMMENTS, IN_FIGURE, IN_FOOTER, IN_NAV, IN_TEASER, type DomScan } from './scan';
import { besideImage, flagsIn, inTeaserCard, placeIn, type Story } from './story';
import { squish } from '../text';

const MAX_CANDIDATES = 40;
const MAX_LEN = 200;
const OUTSIDE = IN_NAV | IN_FOOTER | IN_FIGURE | IN_TEASER | IN_COMMENTS;
/** Inside the story, a <nav> or <footer> byline row is still the story's ("Edited by …" in a meta bar). */
const OUTSIDE_IN_STORY = IN_FIGURE | IN_TEASER | IN_COMMENTS;
const ROW_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'HEADER', 'SECTION', 'NAV', 'SPAN', 'TD', 'DD']);

export interface BylineSlot {
  text: string;
  el: Element;
}

/** Whether a slot belongs to this story: inside its element, header or trailer, not another story's card. */
function ownSlot(el: Element, story: Story, pageUrl: string | null): boolean {
  if (placeIn(el, story) === 'outside') return false;
  return !inTeaserCard(el, story, pageUrl);
}

export function readBylineSlots(scan: DomScan, story: Story | null = null, pageUrl: string | null = null): BylineSlot[] {
  const seen = new Set<string>();
  const out: BylineSlot[] = [];
  const push = (raw: string, el: Element) => {
    if (raw.length > MAX_LEN * 4) return;
    const text = squish(raw);
    if (!text || text.length > MAX_LEN || seen.has(text)) return;
    seen.add(text);
    out.push({ text, el });
  };
  for (const item of scan.bylines) {
    if (out.length >= MAX_CANDIDATES) break;
    const { el } = item;
    if (story) {
      if (!ownSlot(el, story, pageUrl) || besideImage(el, story)) continue;
      const excluded = placeIn(el, story) === 'header' ? OUTSIDE_IN_STORY & ~IN_COMMENTS : OUTSIDE_IN_STORY;
      if (flagsIn(item, story) & excluded) continue;
    } else if (item.flags & OUTSIDE) continue;
    push(el.textContent ?? '', el);
    // The whole row of the slot: the credit note often sits beside the author element.
    if (story) {
      const row = el.parentElement;
      if (row && ROW_TAGS.has(row.tagName.toUpperCase()) && !row.contains(story.body)) push(row.textContent ?? '', row);
    }
  }
  return out;
}

export function readBylines(scan: DomScan, story: Story | null = null, pageUrl: string | null = null): string[] {
  return readBylineSlots(scan, story, pageUrl).map((s) => s.text);
}
