// One command-line page, start to finish: load (or take the bytes already read from an archive or
// stdin), parse, analyse, format. Used by the main thread and by the worker threads alike; never
// throws. The engine is loaded on first use, so a run that only starts workers never loads it here.
import { rowFromReport, errorRow, type PageRow } from './page-row';
import { toCsvRow } from './csv';
import { decodeHtml, LoadError, loadInput } from './load';
import { toText } from './output';

export type Format = 'text' | 'json' | 'csv';

export interface InputOptions {
  format: Format;
  /** The page URL for saved files given without one. */
  url: string | null;
  timeoutMs: number;
}

/** One page to analyse. */
export type Item =
  /** A file path or an http(s) URL, read by whoever analyses it. */
  | { kind: 'load'; input: string; url: string | null }
  /** Bytes already read (an archive record, stdin). */
  | { kind: 'bytes'; input: string; url: string | null; bytes: Uint8Array; contentType: string | null }
  /** An input that failed before it could be read (a bad manifest line, a damaged archive). */
  | { kind: 'error'; input: string; url: string | null; message: string };

export interface InputResult {
  input: string;
  /** What to print: stdout for reports (and JSON or CSV errors), stderr for plain-text errors. */
  text: string;
  stream: 'stdout' | 'stderr';
  failed: boolean;
  /** The page as the CSV and the summary see it. */
  row: PageRow;
}

export function failure(item: { input: string; url: string | null }, options: InputOptions, message: string): InputResult {
  const row = errorRow(item.input, message, item.url);
  const base = { input: item.input, failed: true, row };
  if (options.format === 'json') return { ...base, text: JSON.stringify({ input: item.input, error: message }), stream: 'stdout' };
  if (options.format === 'csv') return { ...base, text: toCsvRow(row), stream: 'stdout' };
  return { ...base, text: `${item.input}\n  error: ${message}\n`, stream: 'stderr' };
}

type Engine = typeof import('./engine');
let engine: Promise<Engine> | null = null;

export async function analyseItem(item: Item, options: InputOptions): Promise<InputResult> {
  if (item.kind === 'error') return failure(item, options, item.message);
  try {
    const loaded =
      item.kind === 'load' ? await loadInput(item.input, options.timeoutMs) : { html: decodeHtml(item.bytes, item.contentType, item.input), url: item.url };
    const { analyse } = await (engine ??= import('./engine'));
    const url = loaded.url ?? item.url ?? options.url;
    const { report, date, json } = analyse(loaded.html, url, item.input);
    const row = rowFromReport(item.input, report, date);
    const text = options.format === 'json' ? JSON.stringify(json) : options.format === 'csv' ? toCsvRow(row) : toText(json) + '\n';
    return { input: item.input, text, stream: 'stdout', failed: false, row };
  } catch (err) {
    const message = err instanceof LoadError ? err.message : `analysis failed: ${err instanceof Error ? err.message : String(err)}`;
    return failure(item, options, message);
  }
}
