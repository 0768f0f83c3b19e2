// The engine as the extension ships it (.output/chrome-mv3/content-engine.js: minified, its pattern
// literals worked out and its Unicode properties spelled out at build time) gives the same report as
// the engine's source on every corpus page. Run in Node on linkedom documents, one fresh document each.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/dom';
import { analyze } from '../../lib/analyze';
import type { Report } from '../../lib/report';
import { DEFAULT_CORPUS, readLabels, readPage } from '../../cli/corpus';

const ENGINE = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3', 'content-engine.js');

type Analyze = (doc: Document, o: { url: string | null }) => Report;

function builtAnalyze(): Analyze {
  const runtime = { id: 'creditline-test' };
  const context = createContext({
    browser: { runtime },
    chrome: { runtime },
    performance,
    URL,
    URLSearchParams,
    TextEncoder,
    TextDecoder,
    btoa,
    atob,
    console,
  });
  runInContext(readFileSync(ENGINE, 'utf8'), context);
  return (context as { __creditlineContentEngine: { analyze: Analyze } }).__creditlineContentEngine.analyze;
}

/** The report without its timings, which differ from run to run. */
const comparable = (r: Report) => JSON.stringify({ ...r, diagnostics: { ...r.diagnostics, timings: null } });

describe('the built engine', () => {
  it.runIf(existsSync(ENGINE))('gives the same report as the source on every corpus page', () => {
    const built = builtAnalyze();
    const differ: string[] = [];
    const labels = readLabels(DEFAULT_CORPUS);
    for (const label of labels) {
      const html = readPage(DEFAULT_CORPUS, label);
      const a = comparable(analyze(parseDocument(html), { url: label.url }));
      const b = comparable(built(parseDocument(html), { url: label.url }));
      if (a !== b) differ.push(label.id);
    }
    expect(labels.length).toBeGreaterThan(250);
    expect(differ).toEqual([]);
  });
});
