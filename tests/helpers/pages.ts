// Builds pages and reports for tests: from a snippet of real-shaped HTML, or from a corpus page.
import { analyze, buildPage } from '../../lib/analyze';
import type { Page } from '../../lib/page';
import type { Report } from '../../lib/report';
import { extractArticle } from '../../lib/signals/article';
import { DEFAULT_CORPUS, readLabels, readPage } from '../../cli/corpus';
import { parseDocument } from '../../cli/dom';
import type { Label } from '../../cli/score';

/** Wraps body HTML in a minimal article page (a headline and enough text for Readability). */
export function articleHtml(body: string, { head = '', title = 'A headline' } = {}): string {
  const filler = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the story goes on with enough words, commas, and sentences to read as an article body to any extractor, as real news prose does.</p>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><title>${title}</title>${head}</head><body><article><h1>${title}</h1>${body.replace('{{filler}}', filler)}</article></body></html>`;
}

export function pageOf(html: string, url: string | null = null): Page {
  const doc = parseDocument(html);
  return buildPage(doc, url, [], extractArticle(doc));
}

export function reportOf(html: string, url: string | null = null): Report {
  return analyze(parseDocument(html), { url });
}

let labels: Label[] | null = null;

export function corpusLabel(id: string): Label {
  labels ??= readLabels(DEFAULT_CORPUS);
  const label = labels.find((l) => l.id === id);
  if (!label) throw new Error(`no corpus page ${id}`);
  return label;
}

export function corpusReport(id: string): Report {
  const label = corpusLabel(id);
  return analyze(parseDocument(readPage(DEFAULT_CORPUS, label)), { url: label.url });
}

export function corpusPage(id: string): Page {
  const label = corpusLabel(id);
  return pageOf(readPage(DEFAULT_CORPUS, label), label.url);
}
