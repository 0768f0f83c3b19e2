// One analysed page as the batch outputs see it: a CSV row, a line of the summary. Built from the
// engine's report (read tolerantly: only fields every report version has), or read back from a JSON
// line written by `--json`, so a summary of merged JSON Lines gives the same numbers.
import type { Report, Status } from '../lib/report';
import { STATUSES } from '../lib/report';
import type { StoryFingerprint } from '../lib/fingerprint/fingerprint';
import { hostOf } from '../lib/text';

export interface RowAgency {
  id: string;
  name: string;
  role: string;
  contribution: string;
}

export interface RowEmbed {
  platform: string;
  handle: string | null;
  author: string | null;
  url: string | null;
}

export interface PageRow {
  input: string;
  url: string | null;
  /** The site the page belongs to: its host without "www.", else the publisher's name. */
  outlet: string;
  publisher: string | null;
  headline: string | null;
  byline: string | null;
  lang: string | null;
  /** Publication date (YYYY-MM-DD) stated by the page. */
  date: string | null;
  status: Status | null;
  confidence: number | null;
  agencies: RowAgency[];
  disclaimer: string | null;
  republishedFrom: string | null;
  embeds: RowEmbed[];
  /** The sketch of the body text, for grouping pages by story (`--stories`); kept as the report gives it and checked where it is read. */
  fingerprint: StoryFingerprint | null;
  error: string | null;
}

/** The account an embedded post is from, as one token: the handle, else the author's name. */
export function accountOf(e: RowEmbed): string | null {
  return (e.handle ?? e.author)?.trim().replace(/\s+/g, '_') || null;
}

export const UNKNOWN_OUTLET = '(unknown outlet)';

export function outletOf(url: string | null, publisher: string | null): string {
  return hostOf(url) ?? (publisher?.trim() || UNKNOWN_OUTLET);
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

function agencies(list: unknown): RowAgency[] {
  return arr(list).map((a) => {
    const r = rec(a);
    const contribution = str(r.contribution) ?? 'copy';
    // Reports before version 2 said the role; from version 2 the contribution "photo" says it.
    const role = str(r.role) ?? (contribution === 'photo' ? 'photo' : 'text');
    return { id: str(r.id) ?? '', name: str(r.name) ?? str(r.id) ?? '', role, contribution };
  });
}

function embeds(list: unknown): RowEmbed[] {
  return arr(list).map((e) => {
    const r = rec(e);
    return { platform: str(r.platform) ?? 'unknown', handle: str(r.handle), author: str(r.author), url: str(r.url) };
  });
}

function disclaimerText(v: unknown): string | null {
  return str(v) ?? str(rec(v).text);
}

export function rowFromReport(input: string, report: Report, date: string | null): PageRow {
  const r = report as unknown as Record<string, unknown>;
  return {
    input,
    url: report.url,
    outlet: outletOf(report.url, report.publisher),
    publisher: report.publisher,
    headline: report.headline,
    byline: report.byline,
    lang: str(r.lang),
    date,
    status: report.status,
    confidence: report.confidence,
    agencies: agencies(report.agencies),
    disclaimer: disclaimerText(r.disclaimer),
    republishedFrom: report.republishedFrom,
    embeds: embeds(report.embeds),
    fingerprint: report.fingerprint ?? null,
    error: null,
  };
}

export function errorRow(input: string, error: string, url: string | null = null): PageRow {
  return {
    input,
    url,
    outlet: outletOf(url, null),
    publisher: null,
    headline: null,
    byline: null,
    lang: null,
    date: null,
    status: null,
    confidence: null,
    agencies: [],
    disclaimer: null,
    republishedFrom: null,
    embeds: [],
    fingerprint: null,
    error,
  };
}

/** A line of `--json` output read back; null for a line that is not one. */
export function rowFromJson(value: unknown): PageRow | null {
  const r = rec(value);
  const input = str(r.input);
  if (input === null) return null;
  const url = str(r.url);
  if (typeof r.error === 'string') return errorRow(input, r.error, url);
  const status = STATUSES.find((s) => s === r.status);
  if (!status) return null;
  const publisher = str(r.publisher);
  return {
    input,
    url,
    outlet: outletOf(url, publisher),
    publisher,
    headline: str(r.headline),
    byline: str(r.byline),
    lang: str(r.lang),
    date: str(r.date) ?? str(r.published) ?? str(r.datePublished),
    status,
    confidence: typeof r.confidence === 'number' ? r.confidence : null,
    agencies: agencies(r.agencies),
    disclaimer: disclaimerText(r.disclaimer),
    republishedFrom: str(r.republishedFrom),
    embeds: embeds(r.embeds),
    fingerprint: (r.fingerprint as StoryFingerprint | undefined) ?? null,
    error: null,
  };
}
