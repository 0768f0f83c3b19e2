// Reads one command-line input (an HTML file or an http(s) URL) into text, with a clear error for
// everything that is not a web page. Nothing here throws anything but LoadError.
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { getBOMEncoding, labelToName, TextDecoder as WhatwgTextDecoder } from '@exodus/bytes/encoding.js';
// The HTML standard's encoding sniffing algorithm (BOM, transport-layer charset, <meta> prescan).
import sniffHtmlEncoding from 'html-encoding-sniffer';

export class LoadError extends Error {}

export interface Loaded {
  html: string;
  /** The page's URL: the final URL after redirects, or the one given with --url. */
  url: string | null;
}

export const MAX_BYTES = 15 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;
const MAX_REDIRECTS = 5;

/** What a page's bytes say about their encoding. */
export interface Sniffed {
  /** The WHATWG name of the encoding the page is decoded with ("UTF-8", "GBK", "windows-1252"…). */
  encoding: string;
  /** Why: a byte-order mark, the declaration (header or meta), or the bytes themselves. */
  reason: 'bom' | 'declared' | 'valid utf-8 over a legacy declaration' | 'declared utf-8 is not utf-8' | 'undeclared';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** True when the bytes are well-formed UTF-8 and hold at least one multi-byte sequence. */
function isMultiByteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Counts well-formed UTF-8 multi-byte sequences and stray bytes, in one pass (stops early once the
 * answer is clear). A UTF-8 page with a stray byte or two is still UTF-8; bytes whose high half is
 * mostly stray are a legacy encoding that calls itself UTF-8.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += len - 1;
    } else bad++;
    if (good + bad >= 2000) break;
  }
  return good > 4 * bad;
}

const HEAD_SCAN_BYTES = 65_536;
const BODY_START = /<body[\s>]/i;
const META_START = /<meta[\s/]/gi;

/**
 * A <meta> charset past the standard's first 1024 bytes, as Chromium still finds it while reading
 * the head: pages with long inline scripts or styles before it. Each <meta> tag of the head is given
 * to the same prescan.
 */
function declaredLaterInHead(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_SCAN_BYTES));
  const bodyAt = head.search(BODY_START);
  const end = bodyAt < 0 ? head.length : bodyAt;
  let tags = 0;
  for (const m of head.slice(0, end).matchAll(META_START)) {
    if (m.index < 1024 || ++tags > 200) continue;
    const found = sniffHtmlEncoding(bytes.subarray(m.index, m.index + 1024), { defaultEncoding: '' });
    if (found) return found;
  }
  return null;
}

/**
 * The encoding to decode a page with. The HTML standard's sniffing (byte-order mark, then the
 * transport layer's charset, then the <meta> prescan of the first 1024 bytes, then the rest of the
 * head) gives the declared encoding, with two corrections for pages saved or served with a
 * declaration that no longer fits their bytes: (nearly all) well-formed multi-byte UTF-8 is read as
 * UTF-8 whatever legacy charset is declared (SingleFile and crawler copies of GBK, Shift_JIS or
 * windows-1251 portals keep the old meta), and a declared UTF-8 whose bytes are mostly not UTF-8 is
 * read as windows-1252, as is an undeclared page that is not UTF-8. A byte-order mark always wins.
 */
export function sniffEncoding(bytes: Uint8Array, contentType: string | null): Sniffed {
  const bom = getBOMEncoding(bytes);
  if (bom) return { encoding: labelToName(bom) ?? 'UTF-8', reason: 'bom' };
  const headerLabel = contentType?.match(/charset\s*=\s*["']?([\w.:-]{1,40})/i)?.[1];
  const declared = sniffHtmlEncoding(bytes, { transportLayerEncodingLabel: headerLabel, defaultEncoding: '' }) || declaredLaterInHead(bytes);
  if (declared === 'UTF-8') {
    if (!bytes.some((b) => b >= 0x80) || isMultiByteUtf8(bytes) || mostlyUtf8(bytes)) return { encoding: 'UTF-8', reason: 'declared' };
    return { encoding: 'windows-1252', reason: 'declared utf-8 is not utf-8' };
  }
  // Legacy multi-byte and single-byte text almost never forms UTF-8 sequences; a re-saved page
  // does, even with a stray byte or a character cut in two.
  if (isMultiByteUtf8(bytes) || (bytes.some((b) => b >= 0x80) && mostlyUtf8(bytes))) {
    return declared ? { encoding: 'UTF-8', reason: 'valid utf-8 over a legacy declaration' } : { encoding: 'UTF-8', reason: 'undeclared' };
  }
  if (declared) return { encoding: declared, reason: 'declared' };
  return { encoding: bytes.some((b) => b >= 0x80) ? 'windows-1252' : 'UTF-8', reason: 'undeclared' };
}

const GZIP_MAGIC = [0x1f, 0x8b, 0x08];

/** Gzip-compressed bytes (a saved `.html.gz`, or a body sent compressed without saying so), inflated. */
function gunzipIfCompressed(bytes: Uint8Array, what: string): Uint8Array {
  if (!GZIP_MAGIC.every((b, i) => bytes[i] === b)) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_BYTES });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new LoadError(`${what} is larger than ${MAX_BYTES / 1024 / 1024} MB once decompressed`);
    }
    throw new LoadError(`${what} is a damaged or truncated gzip file`);
  }
}

export function decodeHtml(raw: Uint8Array, contentType: string | null, what: string): string {
  const bytes = gunzipIfCompressed(raw, what);
  if (bytes.length === 0) throw new LoadError(`${what} is empty`);
  const { encoding } = sniffEncoding(bytes, contentType);
  // UTF-16 pages (only a byte-order mark selects them) hold NUL bytes; anything else that does is binary.
  if (!/^UTF-16/.test(encoding) && bytes.subarray(0, 8192).includes(0)) {
    throw new LoadError(`${what} is a binary file, not an HTML page`);
  }
  const text = new WhatwgTextDecoder(encoding).decode(bytes);
  if (!/<(!doctype\s+html|html|head|body|article|main|div|p|meta|title)[\s>/]/i.test(text.slice(0, 65536))) {
    throw new LoadError(`${what} does not look like an HTML page`);
  }
  return text;
}

async function loadFile(path: string): Promise<Loaded> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new LoadError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? 'error'})`);
  }
  if (info.isDirectory()) throw new LoadError(`${path} is a directory, not an HTML file`);
  if (info.size > MAX_BYTES) throw new LoadError(`${path} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new LoadError(`cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length === 0) throw new LoadError(`${path} is empty`);
  return { html: decodeHtml(bytes, null, path), url: null };
}

async function readCapped(res: Response, what: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAX_BYTES) throw new LoadError(`${what}: response larger than ${MAX_BYTES / 1024 / 1024} MB`);
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_BYTES) {
      await reader.cancel().catch(() => {});
      throw new LoadError(`${what}: response larger than ${MAX_BYTES / 1024 / 1024} MB`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** What a browser sends: some news sites answer a bare client with a consent wall, a bot page or English. */
export const BROWSER_HEADERS = {
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-language': 'en-US,en;q=0.9',
};

const META_TAG = /<meta\b[^>]{0,2000}>/gi;
const REFRESH_CONTENT = /^\s*(\d{1,5})(?:\.\d*)?\s*(?:[;,]\s*(?:url\s*=\s*)?["']?([^"']{1,2000}))?/i;
/** A refresh later than this is a page that reloads itself, not a redirect. */
const MAX_REFRESH_DELAY_S = 10;

/** Where a <meta http-equiv="refresh"> in the head sends the reader at once, as an absolute http(s) URL. */
export function metaRefreshTarget(html: string, base: string): string | null {
  const head = html.slice(0, HEAD_SCAN_BYTES);
  const bodyAt = head.search(BODY_START);
  for (const [tag] of (bodyAt < 0 ? head : head.slice(0, bodyAt)).matchAll(META_TAG)) {
    if (!/http-equiv\s*=\s*["']?refresh\b/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const m = REFRESH_CONTENT.exec(content?.[1] ?? content?.[2] ?? content?.[3] ?? '');
    if (!m || Number(m[1]) > MAX_REFRESH_DELAY_S || !m[2]?.trim()) return null;
    try {
      const target = new URL(m[2].trim().replace(/&amp;/g, '&'), base);
      return target.protocol === 'http:' || target.protocol === 'https:' ? target.href : null;
    } catch {
      return null;
    }
  }
  return null;
}

async function loadUrl(input: string, timeoutMs: number): Promise<Loaded> {
  let url = input;
  const signal = AbortSignal.timeout(timeoutMs);
  const seen = new Set<string>();
  try {
    for (let hop = 0; ; hop++) {
      if (seen.has(url)) throw new LoadError(`${input}: redirect loop at ${url}`);
      if (hop > MAX_REDIRECTS) throw new LoadError(`${input}: more than ${MAX_REDIRECTS} redirects`);
      seen.add(url);
      const res = await fetch(url, { redirect: 'manual', signal, headers: BROWSER_HEADERS });
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        const next = new URL(res.headers.get('location')!, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new LoadError(`${input}: redirect to a non-http URL`);
        url = next.href;
        await res.body?.cancel().catch(() => {});
        continue;
      }
      if (!res.ok) throw new LoadError(`${input}: the server answered HTTP ${res.status}`);
      const type = res.headers.get('content-type');
      if (type && !/html|xml/i.test(type)) throw new LoadError(`${input}: not an HTML page (content-type ${type.split(';')[0]})`);
      const bytes = await readCapped(res, input);
      const html = decodeHtml(bytes, type, input);
      // A page that only sends the reader on (<meta http-equiv=refresh>) is followed like a redirect.
      const refresh = metaRefreshTarget(html, url);
      if (refresh) {
        url = refresh;
        continue;
      }
      return { html, url };
    }
  } catch (err) {
    if (err instanceof LoadError) throw err;
    if (signal.aborted) throw new LoadError(`${input}: no complete answer within ${timeoutMs / 1000} s`);
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new LoadError(`${input}: cannot reach the server (${cause?.code ?? cause?.message ?? (err as Error).message})`);
  }
}

export function isUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

export async function loadInput(input: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<Loaded> {
  if (isUrl(input)) {
    let parsed: URL;
    try {
      parsed = new URL(input);
    } catch {
      throw new LoadError(`${input}: not a valid URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new LoadError(`${input}: only http and https URLs can be analysed`);
    }
    return loadUrl(parsed.href, timeoutMs);
  }
  return loadFile(input);
}
