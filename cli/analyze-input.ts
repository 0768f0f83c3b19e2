// One command-line input, start to finish: load, parse, analyse, format. Used by the main thread and
// by the worker threads alike; never throws.
import { analyze } from '../lib/analyze';
import { parseDocument } from './dom';
import { LoadError, loadInput } from './load';
import { toCliReport, toText } from './output';

export interface InputOptions {
  json: boolean;
  url: string | null;
  timeoutMs: number;
}

export interface InputResult {
  /** What to print: stdout for reports (and JSON errors), stderr for plain-text errors. */
  text: string;
  stream: 'stdout' | 'stderr';
  failed: boolean;
}

export async function analyseInput(input: string, options: InputOptions): Promise<InputResult> {
  try {
    const loaded = await loadInput(input, options.timeoutMs);
    let doc: Document;
    try {
      doc = parseDocument(loaded.html);
    } catch (err) {
      // The HTML library itself gives up on some pathological pages (a class attribute with
      // hundreds of thousands of names overflows its stack): say so, not "analysis failed".
      throw new LoadError(`${input}: the page could not be parsed as HTML (${err instanceof Error ? err.message : String(err)})`);
    }
    const report = analyze(doc, { url: loaded.url ?? options.url });
    const out = toCliReport(input, report);
    return { text: options.json ? JSON.stringify(out) : toText(out) + '\n', stream: 'stdout', failed: false };
  } catch (err) {
    const message = err instanceof LoadError ? err.message : `analysis failed: ${err instanceof Error ? err.message : String(err)}`;
    return options.json
      ? { text: JSON.stringify({ input, error: message }), stream: 'stdout', failed: true }
      : { text: `${input}\n  error: ${message}\n`, stream: 'stderr', failed: true };
  }
}
