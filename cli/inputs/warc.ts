// Streams the pages out of a WARC or WARC.gz file (Internet Archive, Common Crawl, Common Crawl News)
// with warcio, one record at a time: memory stays bounded by the largest page kept, whatever the size
// of the archive. Every HTML response (or resource) record becomes a page with its target URI as the
// page URL; other responses are skipped and counted; a record cut short or bytes that are not a WARC
// end the reading with one clear error, after the records before them.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { WARCParser, type WARCRecord } from 'warcio';
import { MAX_BYTES } from '../load';

export interface WarcPage {
  kind: 'page';
  /** Byte offset of the record in the file (of its gzip member, for a WARC.gz). */
  offset: number;
  url: string | null;
  /** The HTTP body, transfer and content encodings undone. */
  body: Uint8Array;
  contentType: string | null;
}

/** Why a response record was not analysed. */
export type SkipReason = 'not-html' | 'not-200' | 'revisit' | 'too-large' | 'done';

export interface WarcSkip {
  kind: 'skip';
  offset: number;
  reason: SkipReason;
}

/** The archive cannot be read past this point. */
export interface WarcBroken {
  kind: 'broken';
  offset: number;
  message: string;
}

export type WarcEntry = WarcPage | WarcSkip | WarcBroken;

export interface ReadWarcOptions {
  /** Start at this byte offset (a record's offset from an index or a manifest). */
  start?: number;
  /** Read only the record at `start`. */
  single?: boolean;
  /** Called with the number of bytes read from the file so far, for progress. */
  onBytes?: (bytes: number) => void;
  /** Skip a page's body without reading it (already analysed in an earlier run). */
  wanted?: (offset: number) => boolean;
}

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
const WARC_VERSION = /^WARC\/\d\.\d+$/;

type Lim = AsyncIterable<Uint8Array> & { limit: number };

/** Reads what is left of a record's block, keeping nothing; false when the file ends first. */
async function drain(reader: Lim): Promise<boolean> {
  for await (const _ of reader);
  return reader.limit <= 0;
}

export async function* readWarc(path: string, options: ReadWarcOptions = {}): AsyncGenerator<WarcEntry> {
  const base = options.start ?? 0;
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    yield { kind: 'broken', offset: base, message: `cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
    return;
  }
  const file = createReadStream(path, { start: base, highWaterMark: 256 * 1024 });
  let read = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of file as AsyncIterable<Buffer>) {
      read += chunk.length;
      options.onBytes?.(base + read);
      yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    }
  }
  const parser = new WARCParser(counted());
  let offset = base;
  /** Whether the archive is a WARC.gz, known once its first record is read. */
  let gzip: boolean | null = null;
  try {
    for (;;) {
      let record: WARCRecord | null;
      try {
        record = await parser.parse();
      } catch (err) {
        yield { kind: 'broken', offset, message: `not a readable WARC record (${err instanceof Error ? err.message : String(err)})` };
        return;
      }
      const reader = (parser as unknown as { _reader: { compressed: string | null; getRawOffset(): number } })._reader;
      if (!record) {
        // warcio takes a gzip member it cannot inflate for the start of uncompressed data, and garbage
        // for the end of the archive: a WARC.gz that stops being gzip, or a WARC with bytes left, is damaged.
        if ((gzip && reader.compressed === null) || base + reader.getRawOffset() < size) {
          yield {
            kind: 'broken',
            offset: base + parser.offset,
            message: 'the archive is damaged or cut short after this point (no complete WARC record follows)',
          };
        }
        return;
      }
      gzip ??= reader.compressed !== null;
      offset = base + parser.offset;
      const version = record.warcHeaders.protocol ?? '';
      const length = record.warcHeaders.headers.get('Content-Length') ?? null;
      if (!WARC_VERSION.test(version) || !record.warcType || length === null || !/^\d+$/.test(length.trim())) {
        yield { kind: 'broken', offset, message: 'not a WARC record (the file is damaged here, or is not a WARC file)' };
        return;
      }
      const entry = await take(record, offset, options);
      if (entry) yield entry;
      if (entry?.kind === 'broken' || options.single) return;
    }
  } catch (err) {
    yield { kind: 'broken', offset, message: `the archive could not be read (${err instanceof Error ? err.message : String(err)})` };
  } finally {
    file.destroy();
  }
}

/** One record: a page, a skip, nothing (records that are not responses), or the end of a cut record. */
async function take(record: WARCRecord, offset: number, options: ReadWarcOptions): Promise<WarcEntry | null> {
  const type = record.warcType;
  // The record's own block reader, taken before any decoding starts: its remaining limit tells a
  // record cut short by the end of the file.
  const block = record.reader as unknown as Lim;
  const truncated: WarcBroken = { kind: 'broken', offset, message: 'the last record is cut short (the file ends inside it)' };
  const skip = async (reason: SkipReason | null): Promise<WarcEntry | null> => {
    if (!(await drain(block))) return truncated;
    return reason ? { kind: 'skip', offset, reason } : null;
  };
  if (type === 'revisit') return skip('revisit');
  if (type !== 'response' && type !== 'resource') return skip(null);

  const http = record.httpHeaders;
  const contentType = type === 'response' ? (http?.headers.get('Content-Type') ?? null) : (record.warcHeaders.headers.get('Content-Type') ?? null);
  if (type === 'response') {
    if (!http) return skip('not-html');
    if (Number(http.statusCode) !== 200) return skip('not-200');
  }
  if (contentType && !HTML_TYPE.test(contentType)) return skip('not-html');
  if (record.warcContentLength > MAX_BYTES + 64 * 1024) return skip('too-large');
  if (options.wanted && !options.wanted(offset)) return skip('done');

  await record.readFully(false);
  if (block.limit > 0) return truncated;
  let body: Uint8Array;
  try {
    body = await record.readFully(true);
  } catch {
    // A body whose content encoding cannot be undone: analyse nothing rather than garbage.
    return { kind: 'skip', offset, reason: 'not-html' };
  }
  return { kind: 'page', offset, url: record.warcTargetURI ?? null, body, contentType };
}
