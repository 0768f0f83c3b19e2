// Dates as embeds print them ("November 20, 2025", "20. November 2025", "5 de febrero de 2020",
// "Jeudi 26 mars 2020", "2025年11月20日", datetime attributes), read to ISO YYYY-MM-DD.

/** Month names in the languages embed code is published in; abbreviations are derived below. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['jänner', 'feber', 'maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
];

/** Name or unambiguous 3-4 letter abbreviation → month number (1-12). */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const full = new Map<string, number>();
  const abbr = new Map<string, number | null>();
  for (const names of MONTH_NAMES) {
    names.forEach((name, i) => {
      full.set(name, i + 1);
      for (const n of [3, 4]) {
        if (name.length <= n) continue;
        const key = name.slice(0, n);
        const prev = abbr.get(key);
        abbr.set(key, prev === undefined || prev === i + 1 ? i + 1 : null);
      }
    });
  }
  const out = new Map<string, number>();
  for (const [k, v] of abbr) if (v !== null) out.set(k, v);
  for (const [k, v] of full) out.set(k, v);
  out.set('sept', 9);
  return out;
})();

// Optional weekday ("Monday, ", "Jeudi "), then day-month-year or month-day-year. Bounded throughout.
const WEEKDAY = '(?:\\p{L}{2,12}\\.?,?\\s{1,3})?';
const DMY_RE = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})\.?\s{0,3}(?:de\s{1,3})?(\p{L}{3,12})\.?,?\s{0,3}(?:de\s{1,3})?(\d{4})`, 'u');
const MDY_RE = new RegExp(String.raw`^${WEEKDAY}(\p{L}{3,12})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})`, 'u');
const CJK_RE = /^(\d{4})\s{0,2}[年년]\s{0,2}(\d{1,2})\s{0,2}[月월]\s{0,2}(\d{1,2})\s{0,2}[日일]/;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})/;

function iso(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Reads a date at the start of `text` (leading spaces allowed). Only the first 60 characters are read. */
export function dateAtStart(text: string): string | null {
  const s = text.slice(0, 60).trimStart();
  let m = ISO_RE.exec(s) ?? CJK_RE.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MDY_RE.exec(s);
  if (m) {
    const month = MONTHS.get(m[1]!.toLowerCase());
    if (month) return iso(Number(m[3]), month, Number(m[2]));
  }
  m = DMY_RE.exec(s);
  if (m) {
    const month = MONTHS.get(m[2]!.toLowerCase());
    if (month) return iso(Number(m[3]), month, Number(m[1]));
  }
  return null;
}

/** A datetime attribute ("2019-04-23T10:04:51+00:00") to YYYY-MM-DD. */
export function dateFromAttribute(value: string | null | undefined): string | null {
  if (!value) return null;
  return dateAtStart(value.slice(0, 40));
}
