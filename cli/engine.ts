// The engine as the command line runs it on one page's HTML: parse with linkedom, analyse, and the
// extras the batch outputs need. Loaded lazily (see analyze-input.ts): the main thread of a run on
// worker threads never pays for it.
import { analyze } from '../lib/analyze';
import type { Report } from '../lib/report';
import { parseDocument } from './dom';
import { LoadError } from './load';
import { toCliReport, type CliReport } from './output';
import { publishedDate } from './page-date';

export function analyse(html: string, url: string | null, input: string): { report: Report; date: string | null; json: CliReport } {
  let doc: Document;
  try {
    doc = parseDocument(html);
  } catch (err) {
    // The HTML library itself gives up on some pathological pages (a class attribute with
    // hundreds of thousands of names overflows its stack): say so, not "analysis failed".
    throw new LoadError(`${input}: the page could not be parsed as HTML (${err instanceof Error ? err.message : String(err)})`);
  }
  const report = analyze(doc, { url });
  return { report, date: publishedDate(doc), json: toCliReport(input, report) };
}
