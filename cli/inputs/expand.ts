// Turns the command line's inputs into the pages to analyse, lazily and in a stable order: files and
// URLs as they are, folders walked recursively (sorted, filtered by a glob), WARC files record by
// record, stdin, and manifests (JSON Lines of { file | warc + offset, url }, such as a corpus's
// labels.jsonl). Nothing is read ahead of the analysis: the pool asks for the next page when it has
// room for it.
import { createReadStream } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import type { Item } from '../analyze-input';
import { safeHttpUrl } from '../../lib/text';
import { isUrl, MAX_BYTES } from '../load';
import { DEFAULT_GLOB, globToRegExp } from './glob';
import { readWarc, type SkipReason } from './warc';

export interface ExpandOptions {
  /** The page URL for files given without one (--url). */
  url: string | null;
  /** Pattern for the files of a folder. */
  glob: string;
  /** Inputs already in the output file of an earlier run: not analysed again. */
  done: ReadonlySet<string>;
  stdin: NodeJS.ReadableStream;
  /** A record of an archive skipped or an archive broken, for the counts. */
  onSkip: (reason: SkipReason | 'broken') => void;
  /** Bytes of archives read so far grew by this much (for progress). */
  onArchiveBytes: (delta: number) => void;
}

export const isWarc = (path: string): boolean => /\.warc(\.gz)?$/i.test(path);
export const isManifest = (path: string): boolean => /\.jsonl$/i.test(path);

/** A record's input name: the archive and the record's byte offset. */
export const recordInput = (path: string, offset: number): string => `${path}@${offset}`;

export async function* expandInputs(inputs: string[], manifests: string[], options: ExpandOptions): AsyncGenerator<Item> {
  for (const input of inputs) yield* expandOne(input, options);
  for (const manifest of manifests) yield* readManifest(manifest, options);
}

async function* expandOne(input: string, options: ExpandOptions): AsyncGenerator<Item> {
  if (input === '-') {
    if (!isDone('-', options)) yield await readStdin(options);
    return;
  }
  if (isUrl(input)) {
    if (!isDone(input, options)) yield { kind: 'load', input, url: null };
    return;
  }
  const info = await stat(input).catch(() => null);
  if (info?.isDirectory()) {
    const pattern = globToRegExp(options.glob);
    let matched = 0;
    for await (const file of walk(input)) {
      const rel = relative(input, file).split(sep).join('/');
      if (!pattern.test(rel)) continue;
      matched++;
      yield* expandFile(file, options);
    }
    if (!matched) yield { kind: 'error', input, url: null, message: `${input} is a folder with no file matching ${options.glob}` };
    return;
  }
  if (info && isManifest(input)) return yield* readManifest(input, options);
  // A missing or unreadable path goes to the loader, which says what is wrong with it.
  yield* expandFile(input, options);
}

async function* expandFile(path: string, options: ExpandOptions): AsyncGenerator<Item> {
  if (isWarc(path)) return yield* archivePages(path, null, options);
  if (!isDone(path, options)) yield { kind: 'load', input: path, url: options.url };
}

/** True (and counted) for an input an earlier run already wrote. */
function isDone(input: string, options: ExpandOptions): boolean {
  if (!options.done.has(input)) return false;
  options.onSkip('done');
  return true;
}

/** Files under a folder, depth first, each folder's entries sorted by name. */
async function* walk(dir: string): AsyncGenerator<string> {
  const entries: { name: string; dir: boolean }[] = [];
  for await (const e of await opendir(dir)) {
    if (e.isDirectory()) entries.push({ name: e.name, dir: true });
    else if (e.isFile() || e.isSymbolicLink()) entries.push({ name: e.name, dir: false });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.dir) yield* walk(path);
    else yield path;
  }
}

/** The pages of an archive, or of one record of it (`at`: its offset, with the URL a manifest gives). */
async function* archivePages(path: string, at: { offset: number; url: string | null; input: string } | null, options: ExpandOptions): AsyncGenerator<Item> {
  let last = at?.offset ?? 0;
  const entries = readWarc(path, {
    start: at?.offset,
    single: at !== null,
    wanted: (offset) => !options.done.has(at ? at.input : recordInput(path, offset)),
    onBytes: (bytes) => {
      options.onArchiveBytes(bytes - last);
      last = bytes;
    },
  });
  for await (const entry of entries) {
    const input = at ? at.input : recordInput(path, entry.offset);
    if (entry.kind === 'page') yield { kind: 'bytes', input, url: at?.url ?? entry.url, bytes: entry.body, contentType: entry.contentType };
    else if (entry.kind === 'skip') {
      options.onSkip(entry.reason);
      if (at && entry.reason !== 'done')
        yield { kind: 'error', input, url: at.url, message: `${input}: the record is not an HTML page with status 200 (${entry.reason})` };
    } else {
      options.onSkip('broken');
      yield { kind: 'error', input, url: at?.url ?? null, message: `${path}: ${entry.message}, at byte ${entry.offset}` };
    }
  }
}

async function readStdin(options: ExpandOptions): Promise<Item> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of options.stdin as AsyncIterable<Buffer | string>) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (size > MAX_BYTES) return { kind: 'error', input: '-', url: options.url, message: `standard input is larger than ${MAX_BYTES / 1024 / 1024} MB` };
    chunks.push(b);
  }
  if (!size) return { kind: 'error', input: '-', url: options.url, message: 'standard input is empty' };
  return { kind: 'bytes', input: '-', url: options.url, bytes: new Uint8Array(Buffer.concat(chunks)), contentType: null };
}

/** A manifest's URL: an http(s) URL, or null (the page is then analysed without one, as the corpus's
 * evaluation does for a label whose URL is relative); undefined for a value that is not a string. */
function manifestUrl(v: unknown): string | null | undefined {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') return undefined;
  return safeHttpUrl(v);
}

/**
 * A manifest: one JSON object a line, `{"file": PATH, "url": URL}` or `{"warc": PATH, "offset": N,
 * "url": URL}` (paths relative to the manifest's folder; url optional). A bad line is one error and
 * the others still run.
 */
async function* readManifest(manifest: string, options: ExpandOptions): AsyncGenerator<Item> {
  const base = dirname(manifest);
  const lines = createInterface({ input: createReadStream(manifest), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      const where = `${manifest}:${n}`;
      const bad = (why: string): Item => ({ kind: 'error', input: where, url: null, message: `${where}: ${why}` });
      let entry: Record<string, unknown>;
      try {
        const parsed: unknown = JSON.parse(line);
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
        entry = parsed as Record<string, unknown>;
      } catch {
        yield bad('not a JSON object');
        continue;
      }
      const url = manifestUrl(entry.url);
      if (url === undefined) {
        yield bad('"url" must be a string or null');
        continue;
      }
      const resolve = (p: string) => (isAbsolute(p) ? p : join(base, p));
      if (typeof entry.warc === 'string') {
        const offset = entry.offset;
        if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
          yield bad('"offset" must be the byte offset of a record (a whole number)');
          continue;
        }
        const path = resolve(entry.warc);
        const input = recordInput(path, offset);
        if (!isDone(input, options)) yield* archivePages(path, { offset, url, input }, options);
      } else if (typeof entry.file === 'string') {
        const path = resolve(entry.file);
        if (!isDone(path, options)) yield { kind: 'load', input: path, url };
      } else yield bad('needs "file" or "warc" and "offset"');
    }
  } catch (err) {
    yield {
      kind: 'error',
      input: manifest,
      url: null,
      message: `cannot read the manifest ${manifest} (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    };
  }
}

/** The bytes the inputs hold (files, folders, archives, the files a manifest names), for the progress line's estimate. */
export async function inputBytes(inputs: string[], manifests: string[], glob: string): Promise<number> {
  const pattern = globToRegExp(glob);
  const size = async (p: string) => (await stat(p).catch(() => null))?.size ?? 0;
  let total = 0;
  for (const input of inputs) {
    if (input === '-' || isUrl(input)) continue;
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      for await (const file of walk(input)) if (pattern.test(relative(input, file).split(sep).join('/'))) total += await size(file);
    } else if (info && isManifest(input)) manifests = [...manifests, input];
    else total += info?.size ?? 0;
  }
  for (const manifest of manifests) {
    const lines = createInterface({ input: createReadStream(manifest), crlfDelay: Infinity });
    try {
      for await (const line of lines) {
        const file = /"file"\s*:\s*"([^"\\]+)"/.exec(line)?.[1];
        if (file) total += await size(isAbsolute(file) ? file : join(dirname(manifest), file));
      }
    } catch {
      // The manifest itself reports what is wrong with it.
    }
  }
  return total;
}
