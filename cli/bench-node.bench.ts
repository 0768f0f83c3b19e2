// The command line's engine in Node (linkedom): analyze() against Readability alone (clone + parse,
// the engine's options) over the corpus pages. One iteration is a pass over every page, each parsed
// afresh (holding every parsed page at once would make each garbage collection scan them all);
// vitest's table times parse + the step, and each page's median of the step alone is kept, and the
// engine's own work (analyze − Readability alone) is printed against Readability: per-page median
// ratio and ratio of totals. CREDITLINE_BENCH_LIMIT=N takes the first N pages, CREDITLINE_BENCH_REPS
// the number of measured passes (default 5, after one warm-up pass).
import { Readability } from '@mozilla/readability';
import { bench, describe } from 'vitest';
import { analyze } from '../lib/analyze';
import { DEFAULT_CORPUS, readLabels, readPage } from './corpus';
import { parseDocument } from './dom';
import { fmt, median, pct, ratios, sum, table } from './bench-stats';

const limit = Number(process.env.CREDITLINE_BENCH_LIMIT) || undefined;
const iterations = Number(process.env.CREDITLINE_BENCH_REPS) || 5;
const pages = readLabels(DEFAULT_CORPUS)
  .slice(0, limit)
  .map((l) => ({ id: l.id, url: l.url, html: readPage(DEFAULT_CORPUS, l) }));

type Kind = 'readability' | 'analyze';
const times: Record<Kind, number[][]> = { readability: pages.map(() => []), analyze: pages.map(() => []) };
let measuring = false;

function pass(kind: Kind, run: (doc: Document, url: string | null) => void): void {
  for (const [i, p] of pages.entries()) {
    const doc = parseDocument(p.html);
    const t = performance.now();
    run(doc, p.url);
    if (measuring) times[kind][i]!.push(performance.now() - t);
  }
}

// Only the measured passes count: the warm-up pass is left out of the per-page figures.
const options = (last: boolean) => ({
  time: 0,
  iterations,
  warmupTime: 0,
  warmupIterations: 1,
  setup: (_: unknown, mode: string) => void (measuring = mode === 'run'),
  // vitest bench runs no afterAll: the summary follows the last task's measured passes.
  teardown: (_: unknown, mode: string) => void (last && mode === 'run' && console.log(summary())),
});

function summary(): string {
  const r = times.readability.map(median);
  const a = times.analyze.map(median);
  const own = ratios(r.map((v, i) => [v, a[i]! - v]));
  const row = (name: string, v: number[]) => [name, fmt(median(v)), fmt(sum(v), 0)];
  return [
    '',
    `Node, per page: median of ${iterations} passes (ms)`,
    table(
      ['', 'median page', 'total'],
      [
        row('Readability alone', r),
        row('analyze()', a),
        row(
          "engine's own (analyze − Readability)",
          a.map((v, i) => v - r[i]!),
        ),
      ],
    ),
    `engine's own work against Readability: ${pct(own.medianPerPage)} median per page, ${pct(own.ofTotals)} of totals, ${pct(own.ofMedians)} of medians`,
    '',
  ].join('\n');
}

describe(`Node + linkedom, ${pages.length} corpus pages per pass`, () => {
  bench(
    'parse + Readability alone (clone + parse)',
    () => pass('readability', (doc) => void new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (n) => n, maxElemsToParse: 0 }).parse()),
    options(false),
  );
  bench('parse + analyze()', () => pass('analyze', (doc, url) => void analyze(doc, { url })), options(true));
});
