// Source lines in the story's header or footer: "来源：半月谈", "Source: PTI", "Quelle: dpa-AFX",
// "Fuente: EFE". Publishers name the outlet the text came from there, agency or not.
import { all } from '../dom';
import { squish } from '../text';

export interface SourceLine {
  /** The label as written ("来源", "Source"). */
  label: string;
  /** The name after the label ("半月谈", "PTI"). */
  name: string;
  /** The whole line as on the page. */
  text: string;
}

const HOLDERS = '[class*="source" i], [class*="info" i], [class*="meta" i], [class*="byline" i], [class*="author" i], [class*="date" i], [class*="time" i], [class*="quelle" i], [class*="credit" i]';
const OUTSIDE = 'nav, footer, aside, figure, figcaption, [class*="related" i], [class*="teaser" i], [class*="comment" i], li';
const SOURCE_LINE = /(?:^|[\s|·])(来源|來源|出典|출처|Source|Quelle|Fuente|Fonte|Origine|Kilde|Källa|Bron|Źródło|Источник)\s?[:：]\s?([^\s|:：·,;][^|:：·,;\n]{0,39})/i;
const MAX_HOLDERS = 120;

export function readSourceLines(doc: Document): SourceLine[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const out: SourceLine[] = [];
  const seen = new Set<string>();
  let checked = 0;
  for (const el of all(root, HOLDERS)) {
    if (++checked > MAX_HOLDERS || out.length >= 5) break;
    const raw = el.textContent ?? '';
    if (raw.length > 600) continue;
    const text = squish(raw);
    const m = SOURCE_LINE.exec(text);
    if (!m || el.closest(OUTSIDE)) continue;
    // The name ends where the next field starts: a date, an editor, two spaces.
    const name = squish(m[2]!.split(/\s(?=\d)|\s{2}|\s(?:编辑|責任|责任|作者|Autor|Author|By)\b/)[0] ?? '');
    if (!name || seen.has(name)) continue;
    seen.add(name);
    out.push({ label: m[1]!, name, text: text.length > 200 ? text.slice(0, 200) : text });
  }
  return out;
}
