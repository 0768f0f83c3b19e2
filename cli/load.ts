// Reads one command-line input (an HTML file or an http(s) URL) into text, with a clear error for
// everything that is not a web page. Nothing here throws anything but LoadError.
import { readFile, stat } from 'node:fs/promises';

export class LoadError extends Error {}

export interface Loaded {
  html: string;
  /** The page's URL: the final URL after redirects, or the one given with --url. */
  url: string | null;
}

export const MAX_BYTES = 15 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;
const MAX_REDIRECTS = 5;

/** The charset a page declares in its first bytes, else UTF-8. */
function sniffCharset(bytes: Uint8Array, contentType: string | null): string {
  const fromHeader = contentType?.match(/charset=["']?([\w-]+)/i)?.[1];
  if (fromHeader) return fromHeader;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) return 'utf-16';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = head.match(/<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]{1,40})/i)?.[1] ?? 'utf-8';
  // As browsers do: a page that could be read as ASCII to find its meta tag is not UTF-16, whatever
  // the tag says; only a byte-order mark selects UTF-16.
  return /^utf-?16/i.test(declared) ? 'utf-8' : declared;
}

export function decodeHtml(bytes: Uint8Array, contentType: string | null, what: string): string {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new LoadError(`${what} is a binary file, not an HTML page`);
  let text: string;
  try {
    text = new TextDecoder(sniffCharset(bytes, contentType)).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
  }
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

async function loadUrl(input: string, timeoutMs: number): Promise<Loaded> {
  let url = input;
  const signal = AbortSignal.timeout(timeoutMs);
  const seen = new Set<string>();
  try {
    for (let hop = 0; ; hop++) {
      if (seen.has(url)) throw new LoadError(`${input}: redirect loop at ${url}`);
      if (hop > MAX_REDIRECTS) throw new LoadError(`${input}: more than ${MAX_REDIRECTS} redirects`);
      seen.add(url);
      const res = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html,application/xhtml+xml' } });
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
      return { html: decodeHtml(bytes, type, input), url };
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
