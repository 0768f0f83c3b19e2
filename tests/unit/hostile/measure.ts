// Times every rule family on pages carrying one hostile text run, at several sizes. Runs in its own
// process (a catastrophic regular expression cannot be interrupted inside the process that runs it):
//   node --import tsx tests/unit/hostile/measure.ts [--sizes 65536,262144] [--analyze] [RUN NAME...]
// prints one JSON line per (run, size, step): {"run","size","step","ms"} and {"run","done":true}.
// Without run names it measures every run in HOSTILE_RUNS; `--table` prints a summary instead.
import { parseDocument } from '../../../cli/dom';
import { analyze, buildPage } from '../../../lib/analyze';
import { classify } from '../../../lib/classify';
import { detectAgencies } from '../../../lib/detectors/agencies';
import { detectArticle } from '../../../lib/detectors/article-kind';
import { detectEmbeds } from '../../../lib/detectors/embeds';
import { STATUS_DETECTORS, type CustomPhrase } from '../../../lib/detectors/index';
import type { Page } from '../../../lib/page';
import { originalSources } from '../../../lib/sources';
import { deepNesting, HOSTILE_RUNS, pageWithRun } from './generate';

export const CUSTOM_PHRASES: CustomPhrase[] = [
  { phrase: 'syndicated feed', status: 'wire-unedited' },
  { phrase: 'Reuters', status: 'wire' },
  { phrase: '(AP)', status: 'wire' },
  { phrase: 'sponsored by', status: 'sponsored' },
];

export interface Measurement {
  run: string;
  size: number;
  step: string;
  ms: number;
}

/** The steps timed on one page: each detector alone (called directly), then the rest of the engine. */
export function steps(canary = false): [string, (page: Page) => unknown][] {
  return [
    // A pattern known to be quadratic, to show that the harness catches one (only with --canary).
    ...(canary ? [['canary', (p: Page) => p.blocks.map((b) => /\w+=/.test(b.text))] as [string, (page: Page) => unknown]] : []),
    ['article kind', (p) => detectArticle(p)],
    ['agencies', (p) => detectAgencies(p)],
    ...STATUS_DETECTORS.map(([name, d]): [string, (page: Page) => unknown] => [name, (p) => d(p, { customPhrases: CUSTOM_PHRASES })]),
    ['embeds', (p) => detectEmbeds(p)],
    [
      'classify + sources',
      (p) => {
        const agencies = detectAgencies(p);
        const signals = STATUS_DETECTORS.flatMap(([, d]) => d(p, { customPhrases: CUSTOM_PHRASES }));
        const embeds = detectEmbeds(p);
        classify({ isArticle: true, articleEvidence: [], agencies, signals });
        return originalSources(p, agencies, signals, embeds);
      },
    ],
  ];
}

/** CPU milliseconds of the process (not wall time: a busy machine must not make a linear step look slow). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function time(fn: () => unknown, reps: number): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t = cpuMs();
    fn();
    best = Math.min(best, cpuMs() - t);
  }
  return best;
}

/** Measures one run at one size; calls `emit` before and after each step so a hang names its step. */
export function measureRun(
  runName: string,
  size: number,
  withAnalyze: boolean,
  canary: boolean,
  emit: (m: Measurement | { run: string; size: number; step: string; start: true }) => void,
): void {
  const run = HOSTILE_RUNS.find((r) => r.name === runName);
  if (!run) throw new Error(`no run named ${runName}`);
  const html = pageWithRun(run.make(size));
  const doc = parseDocument(html);
  // Best of three below 300 K characters: one garbage collection can cost more than the step.
  const reps = size <= 300_000 ? 3 : 1;
  emit({ run: runName, size, step: 'signals', start: true });
  let page!: Page;
  const signalsMs = time(() => (page = buildPage(doc, 'https://news.example.com/story', [], null)), reps);
  emit({ run: runName, size, step: 'signals', ms: signalsMs });
  for (const [name, fn] of steps(canary)) {
    emit({ run: runName, size, step: name, start: true });
    emit({ run: runName, size, step: name, ms: time(() => fn(page), reps) });
  }
  if (withAnalyze) {
    emit({ run: runName, size, step: 'analyze', start: true });
    emit({ run: runName, size, step: 'analyze', ms: time(() => analyze(doc, { url: 'https://news.example.com/story', customPhrases: CUSTOM_PHRASES }), 1) });
  }
}

function main() {
  const argv = process.argv.slice(2);
  let sizes = [65_536, 262_144];
  let withAnalyze = false;
  let table = false;
  let canary = false;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--sizes') sizes = argv[++i]!.split(',').map(Number);
    else if (argv[i] === '--analyze') withAnalyze = true;
    else if (argv[i] === '--table') table = true;
    else if (argv[i] === '--canary') canary = true;
    else names.push(argv[i]!);
  }
  const deep = argv.indexOf('--deep');
  if (deep >= 0) {
    // Whole analysis of a page nested N <div>s deep: one line, {"run":"deep","size":N,"step":"analyze","ms"}.
    const depth = Number(argv[deep + 1]);
    const doc = parseDocument(deepNesting(depth));
    const ms = time(() => analyze(doc), 1);
    process.stdout.write(JSON.stringify({ run: 'deep', size: depth, step: 'analyze', ms }) + '\n');
    return;
  }
  const runs = names.length ? names : HOSTILE_RUNS.map((r) => r.name);
  const rows: Measurement[] = [];
  for (const name of runs) {
    for (const size of sizes) {
      measureRun(name, size, withAnalyze, canary, (m) => {
        if (table) {
          if ('ms' in m) rows.push(m);
        } else process.stdout.write(JSON.stringify(m) + '\n');
      });
    }
    if (!table) process.stdout.write(JSON.stringify({ run: name, done: true }) + '\n');
  }
  if (table) {
    // Worst time per megabyte for each step over all runs, at the largest size.
    const big = Math.max(...sizes);
    const worst = new Map<string, Measurement>();
    for (const r of rows.filter((x) => x.size === big)) {
      const w = worst.get(r.step);
      if (!w || r.ms > w.ms) worst.set(r.step, r);
    }
    const mb = big / 1_048_576;
    console.log(`worst case per step at ${big} characters of hostile text per slot (${runs.length} runs):`);
    for (const [step, m] of worst) console.log(`  ${step.padEnd(20)} ${(m.ms / mb).toFixed(1).padStart(8)} ms/MB   (${m.run})`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) main();
