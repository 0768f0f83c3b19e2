// `--csv`: one row per page with the fields a spreadsheet user sorts and filters on, a header first.
// Every value is on one line (line breaks in page text become spaces), so a row is a line and a
// re-run can read the file back line by line. Page text that a spreadsheet would run as a formula
// (=, +, -, @ first) is prefixed with an apostrophe.
import { STATUSES } from '../lib/report';
import { accountOf, outletOf, type PageRow } from './page-row';

export const CSV_COLUMNS = [
  'input',
  'url',
  'outlet',
  'publisher',
  'headline',
  'byline',
  'date',
  'lang',
  'status',
  'confidence',
  'text_agencies',
  'text_agency_names',
  'agency_contributions',
  'photo_agencies',
  'disclaimer',
  'republished_from',
  'embeds',
  'embed_accounts',
  'error',
] as const;

export const CSV_HEADER = CSV_COLUMNS.join(',');

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value).replace(/[\r\n\u2028\u2029]+/g, ' ');
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** "x:@handle" per embedded post (the author's name where there is no handle). */
function accounts(row: PageRow): string {
  return row.embeds.map((e) => `${e.platform}:${accountOf(e) ?? ''}`).join(' ');
}

export function toCsvRow(row: PageRow): string {
  const text = row.agencies.filter((a) => a.role === 'text');
  const values: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
    input: row.input,
    url: row.url,
    outlet: row.outlet,
    publisher: row.publisher,
    headline: row.headline,
    byline: row.byline,
    date: row.date,
    lang: row.lang,
    status: row.status,
    confidence: row.confidence === null ? null : Math.round(row.confidence * 100) / 100,
    text_agencies: text.map((a) => a.id).join(';'),
    text_agency_names: text.map((a) => a.name.replace(/;/g, ',')).join(';'),
    agency_contributions: text.map((a) => a.contribution).join(';'),
    photo_agencies: row.agencies
      .filter((a) => a.role !== 'text')
      .map((a) => a.id)
      .join(';'),
    disclaimer: row.disclaimer,
    republished_from: row.republishedFrom,
    embeds: row.error ? null : row.embeds.length,
    embed_accounts: accounts(row),
    error: row.error,
  };
  return CSV_COLUMNS.map((c) => cell(values[c])).join(',');
}

/** The cells of one CSV line (the quoting above; no line breaks inside a row). */
export function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let value = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const end = line.indexOf('"', i);
        if (end < 0) {
          value += line.slice(i);
          i = line.length;
          break;
        }
        value += line.slice(i, end);
        i = end + 1;
        if (line[i] === '"') {
          value += '"';
          i++;
        } else break;
      }
    } else {
      const end = line.indexOf(',', i);
      value = line.slice(i, end < 0 ? line.length : end);
      i = end < 0 ? line.length : end;
    }
    cells.push(value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value);
    if (line[i] !== ',') return cells;
    i++;
  }
}

/** A row of `--csv` output read back (for a re-run that resumes, and its summary); null for the header or junk. */
export function rowFromCsv(line: string): PageRow | null {
  const cells = parseCsvLine(line);
  if (cells.length !== CSV_COLUMNS.length || line === CSV_HEADER) return null;
  const v = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, cells[i]!])) as Record<(typeof CSV_COLUMNS)[number], string>;
  const orNull = (s: string) => (s === '' ? null : s);
  const status = STATUSES.find((s) => s === v.status) ?? null;
  if (!v.input || (!status && !v.error)) return null;
  const ids = v.text_agencies ? v.text_agencies.split(';') : [];
  const names = v.text_agency_names.split(';');
  const contributions = v.agency_contributions.split(';');
  return {
    input: v.input,
    url: orNull(v.url),
    outlet: v.outlet || outletOf(orNull(v.url), orNull(v.publisher)),
    publisher: orNull(v.publisher),
    headline: orNull(v.headline),
    byline: orNull(v.byline),
    date: orNull(v.date),
    lang: orNull(v.lang),
    status,
    confidence: v.confidence === '' ? null : Number(v.confidence),
    agencies: [
      ...ids.map((id, i) => ({ id, name: names[i] ?? id, role: 'text', contribution: contributions[i] ?? 'copy' })),
      ...(v.photo_agencies ? v.photo_agencies.split(';') : []).map((id) => ({ id, name: id, role: 'photo', contribution: 'photo' })),
    ],
    disclaimer: orNull(v.disclaimer),
    republishedFrom: orNull(v.republished_from),
    embeds: (v.embed_accounts ? v.embed_accounts.split(' ') : []).map((a) => {
      const at = a.indexOf(':');
      const who = a.slice(at + 1);
      return { platform: a.slice(0, at), handle: who || null, author: null, url: null };
    }),
    // CSV keeps no fingerprint: stories are grouped from --json output.
    fingerprint: null,
    error: orNull(v.error),
  };
}
