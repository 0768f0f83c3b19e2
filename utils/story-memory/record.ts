// What the story memory keeps per story: a report's essentials and the fingerprint, no text. Every
// record read back (from the database, an import file or a message) is checked here first.
import { decodeFingerprint, olderFingerprint, type OlderFingerprint, type Sketch, type StoryFingerprint } from '../../lib/fingerprint/fingerprint';
import { keyHost, storyKey } from '../../lib/fingerprint/link-index';
import { creditsText, isArticle, STATUSES, type Report, type Status } from '../../lib/report';
import { clip, safeHttpUrl } from '../../lib/text';

export interface StoryRecord {
  /** The story address as a key (lib/fingerprint/link-index.ts storyKey): one per story address. */
  key: string;
  /** The address as seen (http/https), to link to. */
  url: string;
  /** The key's host ("apnews.com"): what "forget this site" removes. */
  site: string;
  publisher: string | null;
  headline: string | null;
  status: Status;
  /** Ids of the agencies credited for the text ("ap", "reuters"). */
  agencies: string[];
  lang: string | null;
  /** When the reader last opened it (ms since 1970). */
  seen: number;
  /**
   * The fingerprint. One of an older version (kept from before an update, or imported) cannot be
   * compared with new pages': such a story still marks its links and counts in the memory, is
   * fingerprinted anew when the reader opens it again, and otherwise ages out with the oldest.
   */
  fp: StoryFingerprint | OlderFingerprint;
}

const STATUS_SET = new Set<string>(STATUSES);
const MAX_TEXT = 300;
const MAX_AGENCIES = 20;

/**
 * The record for an analysed article, or null when there is nothing to keep (no address, no
 * fingerprint of the current version, not an article).
 */
export function recordFromReport(
  report: Pick<Report, 'url' | 'publisher' | 'headline' | 'status' | 'lang'> & { agencies: Pick<Report['agencies'][number], 'id' | 'contribution'>[] },
  fp: StoryFingerprint | null,
  seen: number,
): StoryRecord | null {
  if (!isArticle(report) || !fp) return null;
  const url = safeHttpUrl(report.url);
  const key = storyKey(url);
  if (!url || !key) return null;
  const agencies = [...new Set(report.agencies.filter(creditsText).map((a) => a.id))];
  const parsed = parseRecord({
    key,
    url,
    site: keyHost(key),
    publisher: report.publisher,
    headline: report.headline,
    status: report.status,
    agencies,
    lang: report.lang,
    seen,
    fp,
  });
  return 'record' in parsed && parsed.sketch ? parsed.record : null;
}

/**
 * A well-formed record and its decoded sketch, or the reason it is not one. Strings are clipped, the
 * key must agree with the address, and the fingerprint must decode: `sketch` is null for a
 * well-formed fingerprint of an older version (the record is kept, but matches no other).
 */
export function parseRecord(value: unknown): { record: StoryRecord; sketch: Sketch | null } | { error: string } {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'not an object' };
  const v = value as Record<string, unknown>;
  const url = typeof v.url === 'string' ? safeHttpUrl(v.url) : null;
  if (!url) return { error: 'no http(s) address' };
  const key = storyKey(url);
  if (!key || v.key !== key) return { error: 'key does not match the address' };
  if (typeof v.status !== 'string' || !STATUS_SET.has(v.status)) return { error: 'unknown status' };
  if (typeof v.seen !== 'number' || !Number.isFinite(v.seen) || v.seen < 0) return { error: 'no date seen' };
  if (!Array.isArray(v.agencies) || v.agencies.length > MAX_AGENCIES || !v.agencies.every((a) => typeof a === 'string' && /^[a-z0-9-]{1,24}$/.test(a)))
    return { error: 'bad agency list' };
  const text = (x: unknown) => (typeof x === 'string' && x.trim() ? clip(x, MAX_TEXT) : null);
  if (v.lang !== null && v.lang !== undefined && (typeof v.lang !== 'string' || !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(v.lang)))
    return { error: 'bad language' };
  const sketch = decodeFingerprint(v.fp);
  const fp = sketch ? (v.fp as StoryFingerprint) : olderFingerprint(v.fp);
  if (!fp) return { error: 'bad fingerprint' };
  return {
    record: {
      key,
      url,
      site: keyHost(key),
      publisher: text(v.publisher),
      headline: text(v.headline),
      status: v.status as Status,
      agencies: v.agencies as string[],
      lang: typeof v.lang === 'string' ? v.lang : null,
      seen: v.seen,
      fp: { v: fp.v, lang: fp.lang, shingles: fp.shingles, sketch: fp.sketch, paras: fp.paras } as StoryRecord['fp'],
    },
    sketch,
  };
}

const utf8 = new TextEncoder();

/** The record's size as stored and exported (its JSON in UTF-8). */
export function recordBytes(record: StoryRecord): number {
  return utf8.encode(JSON.stringify(record)).length;
}

/**
 * The length of a checked fingerprint's JSON, worked out without writing it (all its characters are
 * ASCII, none escaped), so that a start can count 20,000 records' bytes cheaply.
 */
export function fingerprintJsonLength(fp: StoryRecord['fp']): number {
  // {"v":2,"lang":…,"shingles":…,"sketch":"…","paras":"…"}
  return 49 + String(fp.v).length + (fp.lang === null ? 4 : fp.lang.length + 2) + String(fp.shingles).length + fp.sketch.length + fp.paras.length;
}

/** recordBytes from the record's parts: its essentials (`info`, the record without `fp`) and its fingerprint's JSON length. */
export function bytesFromParts(info: Omit<StoryRecord, 'fp'>, fpJsonLength: number): number {
  // The record's JSON is the essentials' with ',"fp":' and the fingerprint before the closing brace.
  return utf8.encode(JSON.stringify(info)).length + 6 + fpJsonLength;
}
