// The engine's cost in real Chromium as a reader's tab pays it, and the badge's delay (npm run bench).
// Per corpus page and engine build, in a fresh tab (a fresh world and a freshly loaded engine, as the
// content script always has): the engine file is evaluated, analyzeInSteps() runs one step per call
// (cold: the first analysis; its longest step is the longest main-thread task), then analyze() `reps`
// times (warm). Readability alone (clone + parse, the engine's options) gets a fresh tab the same way.
// Times are the renderer main thread's CPU (CDP ThreadTime) around each call, less the median of a
// no-op call's; nothing forces a GC. Two builds alternate which goes first, page by page. The badge:
// each build folder loaded as the real extension, DOMContentLoaded (the earliest document_idle) to the
// badge element's insertion.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_CHROMIUM_FLAGS } from '../scripts/chromium';
import { launchWithExtension, openCorpusPage, waitForFinalState, type ExtensionBrowser } from '../tests/e2e/helpers/chromium';
import { hostResolverArgs, readLabels, startCorpusServer, type CorpusLabel, type CorpusServer } from '../tests/e2e/helpers/corpus-server';
import { REPO_ROOT } from '../tests/e2e/helpers/paths';
import { fmt, median, pct, quantile, ratios, sum, table } from './bench-stats';

export interface Engine {
  name: string;
  /** The built content-engine.js. */
  source: string;
  /** The build folder, when one was given: its badge is timed in the real extension. */
  extensionDir: string | null;
}

export interface ChromiumOptions {
  engines: Engine[];
  limit: number;
  reps: number;
  badge: boolean;
  pageTimeoutMs: number;
  log: (msg: string) => void;
}

/** Main-thread CPU ms of one fresh tab's calls, the no-op call's cost taken off each. */
interface Run {
  loadMs: number;
  stepsMs: number[];
  coldMs: number;
  warmMs: number;
}

interface PageResult {
  id: string;
  readability: Run | null;
  engines: (Run | null)[];
  errors: string[];
}

interface BadgeResult {
  id: string;
  engine: number;
  afterIdleMs: number | null;
  error: string | null;
}

/** The engine file expects an extension's `browser.runtime`; a page's world has none. */
const SHIM = `(() => { const r = { id: 'creditline-bench' }; globalThis.browser ??= { runtime: r }; globalThis.chrome = Object.assign(globalThis.chrome ?? {}, { runtime: r }); })()`;

/** analyzeInSteps() driven from outside: step() runs the next step and says 'paused', 'done' or the error. */
const STEPPER = `(() => {
  const engine = globalThis.__creditlineContentEngine;
  let resume = null, settle = null;
  const done = (v) => { const s = settle; settle = null; s?.(v); };
  globalThis.__creditlineStep = (url) => new Promise((res) => {
    settle = res;
    if (resume) { const r = resume; resume = null; return r(); }
    engine.analyzeInSteps(document, { url }, () => new Promise((r) => { resume = r; done('paused'); }))
      .then(() => done('done'), (e) => done('error: ' + String(e)));
  });
})()`;

type InPage = typeof globalThis & {
  __creditlineStep(url: string | null): Promise<string>;
  __creditlineContentEngine: { analyze(doc: Document, o: { url: string | null }): unknown };
  __creditlineReadability(doc: Document): unknown;
};

async function readabilityBundle(): Promise<string> {
  const js = `import { Readability } from '@mozilla/readability';
    globalThis.__creditlineReadability = (doc) => new Readability(doc.cloneNode(true), { serializer: (n) => n, maxElemsToParse: 0 }).parse();`;
  // Minified, as the engine file is.
  const out = await build({ stdin: { contents: js, resolveDir: REPO_ROOT }, bundle: true, format: 'iife', minify: true, target: 'es2022', write: false });
  return out.outputFiles[0]!.text;
}

/** A fresh tab on `url`, and a timer of main-thread CPU around calls into it. */
async function openTab(ctx: BrowserContext, url: string, timeoutMs: number) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
  let overhead = 0;
  const cpu = async (call: () => Promise<unknown>) => {
    const t0 = await threadMs();
    await call();
    return (await threadMs()) - t0 - overhead;
  };
  // DOMContentLoaded always comes (the page's scripts are off); on some pages load never fires.
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  const noop = [];
  for (let i = 0; i < 5; i++) noop.push(await cpu(() => page.evaluate(() => 0)));
  overhead = median(noop);
  return { page, cpu };
}

async function engineRun(ctx: BrowserContext, url: string, pageUrl: string | null, engine: Engine, o: ChromiumOptions): Promise<Run> {
  const { page, cpu } = await openTab(ctx, url, o.pageTimeoutMs);
  try {
    await page.evaluate(SHIM);
    const loadMs = await cpu(() => page.evaluate(engine.source));
    await page.evaluate(STEPPER);
    const stepsMs: number[] = [];
    for (let state = ''; state !== 'done';) {
      stepsMs.push(await cpu(async () => (state = await page.evaluate((u) => (globalThis as InPage).__creditlineStep(u), pageUrl))));
      if (state.startsWith('error') || stepsMs.length > 30) throw new Error(state);
    }
    const warm = [];
    for (let i = 0; i < o.reps; i++)
      warm.push(await cpu(() => page.evaluate((u) => void (globalThis as InPage).__creditlineContentEngine.analyze(document, { url: u }), pageUrl)));
    return { loadMs, stepsMs, coldMs: sum(stepsMs), warmMs: median(warm) };
  } finally {
    await page.close();
  }
}

async function readabilityRun(ctx: BrowserContext, url: string, source: string, o: ChromiumOptions): Promise<Run> {
  const { page, cpu } = await openTab(ctx, url, o.pageTimeoutMs);
  try {
    const loadMs = await cpu(() => page.evaluate(source));
    const runs = [];
    for (let i = 0; i <= o.reps; i++) runs.push(await cpu(() => page.evaluate(() => void (globalThis as InPage).__creditlineReadability(document))));
    return { loadMs, stepsMs: runs.slice(0, 1), coldMs: runs[0]!, warmMs: median(runs.slice(1)) };
  } finally {
    await page.close();
  }
}

/** `job`, or an error after `ms`: a page that hangs is reported and skipped, never waited on. */
async function within<T>(ms: number, job: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no result within ${ms / 1000} s`)), ms)));
  return Promise.race([job, late]).finally(() => clearTimeout(timer));
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0]!;

async function measureEngines(labels: CorpusLabel[], server: CorpusServer, o: ChromiumOptions): Promise<PageResult[]> {
  const readability = await readabilityBundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_CHROMIUM_FLAGS });
  const ctx = await browser.newContext();
  const results: PageResult[] = [];
  try {
    for (const [i, label] of labels.entries()) {
      if (i % 25 === 0) o.log(`chromium: page ${i + 1}/${labels.length}`);
      const url = server.localUrl(label);
      const out: PageResult = { id: label.id, readability: null, engines: o.engines.map(() => null), errors: [] };
      const jobs: [string, () => Promise<void>][] = [
        ['Readability', async () => void (out.readability = await readabilityRun(ctx, url, readability, o))],
        ...o.engines.map((e, k): [string, () => Promise<void>] => [e.name, async () => void (out.engines[k] = await engineRun(ctx, url, label.url, e, o))]),
      ];
      // Every other page in reverse order: a machine getting busier weighs on each build alike.
      if (i % 2) jobs.reverse();
      for (const [name, job] of jobs) await within(o.pageTimeoutMs * 2, job()).catch((err) => out.errors.push(`${name}: ${message(err)}`));
      results.push(out);
    }
  } finally {
    await browser.close();
  }
  return results;
}

// Before the page is parsed: when the badge element first appears.
const PROBE = `(() => {
  let at = null;
  Object.defineProperty(window, '__creditlineBadgeAt', { get: () => at });
  const mo = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && n.localName === 'creditline-badge') { at = performance.now(); return mo.disconnect(); }
  });
  mo.observe(document, { childList: true, subtree: true });
})()`;

async function badgeRun(ext: ExtensionBrowser, server: CorpusServer, label: CorpusLabel, timeoutMs: number): Promise<number | null> {
  const page = await ext.context.newPage();
  try {
    // The state is final only once the badge is up (or will not be).
    await waitForFinalState(ext.worker, await openCorpusPage(page, server, label), timeoutMs);
    return await page.evaluate(() => {
      const at = (window as unknown as { __creditlineBadgeAt: number | null }).__creditlineBadgeAt;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return at === null ? null : at - nav.domContentLoadedEventEnd;
    });
  } finally {
    await page.close();
  }
}

async function measureBadges(labels: CorpusLabel[], server: CorpusServer, o: ChromiumOptions): Promise<BadgeResult[]> {
  // The badge shows on syndicated articles only.
  const pages = labels.filter((l) => l.isArticle && l.status !== 'staff' && l.status !== 'not-article');
  const builds = o.engines.flatMap((e, k) => (e.extensionDir ? [{ k, dir: e.extensionDir }] : []));
  const exts: ExtensionBrowser[] = [];
  const results: BadgeResult[] = [];
  try {
    for (const b of builds) exts.push(await launchWithExtension(hostResolverArgs(server.port), b.dir));
    for (const ext of exts) await ext.context.addInitScript(PROBE);
    for (const [i, label] of pages.entries()) {
      if (i % 25 === 0) o.log(`extension: page ${i + 1}/${pages.length}`);
      for (const j of i % 2 ? [...exts.keys()].reverse() : exts.keys()) {
        const r: BadgeResult = { id: label.id, engine: builds[j]!.k, afterIdleMs: null, error: null };
        try {
          r.afterIdleMs = await within(o.pageTimeoutMs * 2, badgeRun(exts[j]!, server, label, o.pageTimeoutMs));
          if (r.afterIdleMs === null) r.error = 'no badge';
        } catch (err) {
          r.error = message(err);
        }
        results.push(r);
      }
    }
  } finally {
    for (const ext of exts) await ext.close();
  }
  return results;
}

function render(pages: PageResult[], badges: BadgeResult[], o: ChromiumOptions): string {
  const lines: string[] = [];
  const longest = (r: Run) => Math.max(...r.stepsMs);
  for (const [k, e] of o.engines.entries()) {
    const ps = pages.filter((p) => p.readability && p.engines[k]);
    const col = (f: (p: PageResult) => number) => ps.map(f);
    const row = (name: string, v: number[]) => [name, fmt(median(v)), fmt(quantile(v, 0.95)), fmt(Math.max(...v)), fmt(sum(v), 0)];
    const own = (f: (r: Run) => number) => ratios(ps.map((p): [number, number] => [f(p.readability!), f(p.engines[k]!) - f(p.readability!)]));
    const [cold, warm] = [own((r) => r.coldMs), own((r) => r.warmMs)];
    lines.push(
      `Chromium, ${e.name}: ${ps.length} pages, main-thread CPU ms`,
      table(
        ['', 'median', 'p95', 'max', 'total'],
        [
          row(
            'engine file evaluated',
            col((p) => p.engines[k]!.loadMs),
          ),
          row(
            'analyze, cold (first on the page)',
            col((p) => p.engines[k]!.coldMs),
          ),
          row(
            '  its longest step',
            col((p) => longest(p.engines[k]!)),
          ),
          row(
            `analyze, warm (median of ${o.reps})`,
            col((p) => p.engines[k]!.warmMs),
          ),
          row(
            'Readability alone, cold',
            col((p) => p.readability!.coldMs),
          ),
          row(
            'Readability alone, warm',
            col((p) => p.readability!.warmMs),
          ),
        ],
      ),
      `engine's own work (analyze − Readability alone) / Readability: cold ${pct(cold.ofTotals)} of totals, ${pct(cold.ofMedians)} of medians, ` +
        `${pct(cold.medianPerPage)} median per page; warm ${pct(warm.ofTotals)}, ${pct(warm.ofMedians)}, ${pct(warm.medianPerPage)}`,
      '',
    );
  }
  if (o.engines.length === 2) {
    const ps = pages.filter((p) => p.readability && p.engines.every(Boolean));
    const ab = ([name, f]: [string, (r: Run, p: PageResult) => number]) => {
      const r = ratios(ps.map((p): [number, number] => [f(p.engines[0]!, p), f(p.engines[1]!, p)]));
      return [name, fmt(r.ofTotals, 3), fmt(r.ofMedians, 3), fmt(r.medianPerPage, 3)];
    };
    const rows: [string, (r: Run, p: PageResult) => number][] = [
      ['analyze, cold', (r) => r.coldMs],
      ['analyze, warm', (r) => r.warmMs],
      ["engine's own, cold", (r, p) => r.coldMs - p.readability!.coldMs],
      ["engine's own, warm", (r, p) => r.warmMs - p.readability!.warmMs],
      ['longest step, cold', longest],
      ['engine file evaluated', (r) => r.loadMs],
    ];
    lines.push(`B/A, ${ps.length} pages measured with both`, table(['', 'of totals', 'of medians', 'median per page'], rows.map(ab)), '');
  }
  for (const [k, e] of o.badge ? o.engines.entries() : []) {
    const bs = badges.filter((b) => b.engine === k);
    const shown = bs.flatMap((b) => (b.afterIdleMs === null ? [] : [b.afterIdleMs]));
    if (bs.length)
      lines.push(
        `Real extension, ${e.name}: badge on ${shown.length} of ${bs.length} syndicated pages, DOMContentLoaded → badge median ${fmt(median(shown))} ms, p95 ${fmt(quantile(shown, 0.95))}, max ${fmt(Math.max(...shown))}`,
      );
  }
  const errors = [
    ...pages.flatMap((p) => p.errors.map((e) => `${p.id} ${e}`)),
    ...badges.filter((b) => b.error).map((b) => `${b.id} badge [${o.engines[b.engine]!.name}]: ${b.error}`),
  ];
  if (errors.length) lines.push('', `not measured (${errors.length}):`, ...errors.map((e) => `  ${e}`));
  return lines.join('\n');
}

/** A built content-engine.js, or a build folder holding one (then also loadable as the extension). */
export function readEngine(path: string, name: string): Engine {
  const p = resolve(path);
  const dir = statSync(p).isDirectory();
  return { name, source: readFileSync(dir ? join(p, 'content-engine.js') : p, 'utf8'), extensionDir: dir ? p : null };
}

export async function benchChromium(o: ChromiumOptions, json: string): Promise<string> {
  const server = await startCorpusServer();
  try {
    const labels = readLabels().slice(0, o.limit || undefined);
    const pages = await measureEngines(labels, server, o);
    const badges = o.badge ? await measureBadges(labels, server, o) : [];
    writeFileSync(json, JSON.stringify({ engines: o.engines.map((e) => e.name), reps: o.reps, pages, badges }));
    return render(pages, badges, o);
  } finally {
    await server.close();
  }
}
