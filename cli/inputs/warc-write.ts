// Writes WARC records with warcio, for the tests and the archive benchmark: real archives built from
// saved pages, in the form crawlers write them (one gzip member per record for a WARC.gz).
import { WARCRecord, WARCSerializer } from 'warcio';

export interface RecordSpec {
  url: string;
  body: Uint8Array | string;
  /** HTTP Content-Type of a response; default text/html. */
  contentType?: string;
  /** HTTP status line; default "HTTP/1.1 200 OK". */
  statusline?: string;
  type?: 'response' | 'request' | 'revisit' | 'resource' | 'metadata';
  date?: string;
}

export async function warcRecord(spec: RecordSpec, gzip: boolean): Promise<Uint8Array> {
  const body = typeof spec.body === 'string' ? new TextEncoder().encode(spec.body) : spec.body;
  const type = spec.type ?? 'response';
  const record = WARCRecord.create(
    {
      url: spec.url,
      date: spec.date ?? '2026-11-30T12:00:00Z',
      type,
      warcVersion: 'WARC/1.1',
      ...(type === 'response' || type === 'request' || type === 'revisit'
        ? { httpHeaders: { 'Content-Type': spec.contentType ?? 'text/html; charset=utf-8' }, statusline: spec.statusline ?? 'HTTP/1.1 200 OK' }
        : { warcHeaders: { 'Content-Type': spec.contentType ?? 'text/html' } }),
    },
    [body],
  );
  return WARCSerializer.serialize(record, { gzip });
}

export async function warcInfo(gzip: boolean): Promise<Uint8Array> {
  const info = WARCRecord.createWARCInfo({ filename: 'creditline-test.warc', warcVersion: 'WARC/1.1' }, { software: 'creditline' });
  return WARCSerializer.serialize(info, { gzip });
}
