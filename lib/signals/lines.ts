// Short paragraphs from the original DOM. Readability sometimes drops the one line that matters — a
// trailing "Originally published at …" or a disclaimer in its own styled paragraph — so the status
// detectors also read these. Teasers, menus, comments and forms are left out; with the story known,
// only the story's own lines count, and its header, notices and trailer are read whatever their tag.
import type { TextBlock } from './blocks';
import { IN_ASIDE, IN_COMMENTS, IN_FORM, IN_NAV, IN_TEASER, type DomScan } from './scan';
import type { StoryLine } from './story-lines';
import { flagsIn, placeIn, type Story } from './story';
import { squish } from '../text';

const OUTSIDE = IN_NAV | IN_ASIDE | IN_FORM | IN_TEASER | IN_COMMENTS;
const OUTSIDE_IN_STORY = IN_FORM | IN_TEASER | IN_COMMENTS;
const MAX_LINES = 600;
const MAX_LEN = 400;

export function readLines(scan: DomScan, story: Story | null = null, storyLines: StoryLine[] = []): TextBlock[] {
  const out: TextBlock[] = [];
  const seen = new Set<string>();
  for (const item of scan.lines) {
    if (out.length >= MAX_LINES) break;
    const { el } = item;
    if (story) {
      if (flagsIn(item, story) & OUTSIDE_IN_STORY || placeIn(el, story) === 'outside') continue;
    } else if (item.flags & OUTSIDE) continue;
    const raw = el.textContent ?? '';
    if (raw.length > MAX_LEN * 3) continue;
    const text = squish(raw);
    if (!text || text.length > MAX_LEN || seen.has(text)) continue;
    seen.add(text);
    out.push({ text, where: /^H\d$/i.test(el.tagName) ? 'heading' : 'body' });
  }
  for (const l of storyLines) {
    if (out.length >= MAX_LINES) break;
    if (seen.has(l.text)) continue;
    seen.add(l.text);
    out.push({ text: l.text, where: 'body' });
  }
  return out;
}
