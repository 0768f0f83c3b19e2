// Source lines in the story's header or footer: "来源：半月谈", "Source: PTI", "Quelle: dpa-AFX",
// "Fuente: EFE". Publishers name the outlet the text came from there, agency or not.
import { pf } from '../prefilter';
import { IN_ASIDE, IN_COMMENTS, IN_FIGURE, IN_FOOTER, IN_LIST_ITEM, IN_NAV, IN_TEASER, type DomScan } from './scan';
import { flagsIn, inTeaserCard, placeIn, type Story } from './story';
import { squish } from '../text';

export interface SourceLine {
  /** The label as written ("来源", "Source"). */
  label: string;
  /** The name after the label ("半月谈", "PTI"). */
  name: string;
  /** The whole line as on the page. */
  text: string;
}

const OUTSIDE = IN_NAV | IN_FOOTER | IN_ASIDE | IN_FIGURE | IN_TEASER | IN_COMMENTS | IN_LIST_ITEM;
const SOURCE_LINE = pf(
  /(?:^|[\s|·])(来源|來源|出典|출처|Source|Quelle|Fuente|Fonte|Origine|Kilde|Källa|Bron|Źródło|Источник)\s?[:：]\s?([^\s|:：·,;][^|:：·,;\n]{0,39})/i,
);
const MAX_HOLDERS = 120;

/** With the story known, its own source lines only: a ticker item's "Zdroj: ČTK" beside it is another story's. */
export function readSourceLines(scan: DomScan, story: Story | null = null, pageUrl: string | null = null): SourceLine[] {
  const out: SourceLine[] = [];
  const seen = new Set<string>();
  let checked = 0;
  for (const item of scan.sourceHolders) {
    const { el } = item;
    if (story) {
      if (flagsIn(item, story) & (IN_FIGURE | IN_TEASER | IN_COMMENTS) || placeIn(el, story) === 'outside' || inTeaserCard(el, story, pageUrl)) continue;
    } else if (item.flags & OUTSIDE) continue;
    if (++checked > MAX_HOLDERS || out.length >= 5) break;
    const raw = el.textContent ?? '';
    if (raw.length > 600) continue;
    const text = squish(raw);
    const m = SOURCE_LINE.exec(text);
    if (!m) continue;
    // The name ends where the next field starts: a date, an editor, two spaces.
    const name = squish(m[2]!.split(/\s(?=\d)|\s{2}|\s(?:编辑|責任|责任|作者|Autor|Author|By)\b/)[0] ?? '');
    if (!name || seen.has(name)) continue;
    seen.add(name);
    out.push({ label: m[1]!, name, text: text.length > 200 ? text.slice(0, 200) : text });
  }
  return out;
}
