// The engine's cost in real Chromium as a reader's tab pays it, and the badge's delay (npm run bench).
// Per corpus page, in a fresh tab (a fresh world and a freshly loaded engine, as the content script
// always has): the engine file is loaded as the content script loads it, with import() of its URL
// (Chromium parses such a file on a background thread while it arrives, and the main thread runs its
// top level), then analyzeInSteps() runs one step per call (cold; its longest step is the longest
// main-thread task), then analyze() `reps` times (warm). Readability alone (clone + parse, the
// engine's options) gets a fresh tab the same way. Times are the renderer main thread's CPU (CDP
// ThreadTime) around each call, less the median of a no-op call's; the file's load is also given as
// the whole renderer's CPU (ProcessTime: the background parse too). Nothing forces a GC. With
// a second engine file (B) both run on every page, every other page in the opposite order. The badge:
// the built extension, DOMContentLoaded (the earliest document_idle) to the badge element's insertion.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_CHROMIUM_FLAGS } from '../scripts/chromium';
import { launchWithExtension, openCorpusPage, waitForFinalState } from '../tests/e2e/helpers/chromium';
import { hostResolverArgs, readLabels, startCorpusServer, type CorpusLabel, type CorpusServer } from '../tests/e2e/helpers/corpus-server';
import { REPO_ROOT } from '../tests/e2e/helpers/paths';
import { fmt, median, pct, quantile, ratios, sum, table } from './bench-stats';

export interface ChromiumOptions {
  /** The build folder (chrome-mv3) whose engine and badge are measured. */
  buildDir: string;
  /** Another content-engine.js to compare with, page by page (B/A). */
  engineB: string | null;
  limit: number;
  reps: number;
  badge: boolean;
  pageTimeoutMs: number;
  log: (msg: string) => void;
}

/** Main-thread CPU ms of one fresh tab's calls, the no-op call's cost taken off each. */
interface Run {
  loadMs: number;
  /** The same load, the whole renderer process's CPU (the file's background parse included). */
  loadProcessMs: number;
  stepsMs: number[];
  coldMs: number;
  warmMs: number;
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

/** Readability alone, minified as the engine file is. */
async function readabilityBundle(): Promise<string> {
  const js = `import { Readability } from '@mozilla/readability';
    globalThis.__creditlineReadability = (doc) => new Readability(doc.cloneNode(true), { serializer: (n) => n, maxElemsToParse: 0 }).parse();`;
  const out = await build({ stdin: { contents: js, resolveDir: REPO_ROOT }, bundle: true, format: 'iife', minify: true, target: 'es2022', write: false });
  return out.outputFiles[0]!.text;
}

/** Runs `measure` in a fresh tab on `url` with a timer of main-thread CPU around calls into it. */
async function inFreshTab(
  ctx: BrowserContext,
  url: string,
  o: ChromiumOptions,
  measure: (
    page: Page,
    cpu: (call: () => Promise<unknown>) => Promise<number>,
    both: (call: () => Promise<unknown>) => Promise<{ thread: number; process: number }>,
  ) => Promise<Run>,
) {
  const page = await ctx.newPage();
  try {
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const cpuMs = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
      return { thread: ms('ThreadTime'), process: ms('ProcessTime') };
    };
    const overhead = { thread: 0, process: 0 };
    const both = async (call: () => Promise<unknown>) => {
      const t0 = await cpuMs();
      await call();
      const t1 = await cpuMs();
      return { thread: t1.thread - t0.thread - overhead.thread, process: t1.process - t0.process - overhead.process };
    };
    // DOMContentLoaded always comes (the page's scripts are off); on some pages load never fires.
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: o.pageTimeoutMs });
    const noop = [];
    for (let i = 0; i < 5; i++) noop.push(await both(() => page.evaluate(() => 0)));
    overhead.thread = median(noop.map((n) => n.thread));
    overhead.process = median(noop.map((n) => n.process));
    return await measure(page, async (call) => (await both(call)).thread, both);
  } finally {
    await page.close();
  }
}

/** The file at `src` imported as the content script imports the engine; resolves once its top level has run. */
const importFile = (page: Page, src: string) => page.evaluate(`import(${JSON.stringify(src)}).then(() => 0)`);

function engineRun(ctx: BrowserContext, url: string, pageUrl: string | null, src: string, o: ChromiumOptions): Promise<Run> {
  return inFreshTab(ctx, url, o, async (page, cpu, both) => {
    await page.evaluate(SHIM);
    const load = await both(() => importFile(page, src));
    await page.evaluate(STEPPER);
    const stepsMs: number[] = [];
    for (let state = ''; state !== 'done';) {
      stepsMs.push(await cpu(async () => (state = await page.evaluate((u) => (globalThis as InPage).__creditlineStep(u), pageUrl))));
      if (state.startsWith('error') || stepsMs.length > 30) throw new Error(state);
    }
    const warm = [];
    for (let i = 0; i < o.reps; i++)
      warm.push(await cpu(() => page.evaluate((u) => void (globalThis as InPage).__creditlineContentEngine.analyze(document, { url: u }), pageUrl)));
    return { loadMs: load.thread, loadProcessMs: load.process, stepsMs, coldMs: sum(stepsMs), warmMs: median(warm) };
  });
}

function readabilityRun(ctx: BrowserContext, url: string, src: string, o: ChromiumOptions): Promise<Run> {
  return inFreshTab(ctx, url, o, async (page, cpu, both) => {
    const load = await both(() => importFile(page, src));
    const runs = [];
    for (let i = 0; i <= o.reps; i++) runs.push(await cpu(() => page.evaluate(() => void (globalThis as InPage).__creditlineReadability(document))));
    return { loadMs: load.thread, loadProcessMs: load.process, stepsMs: runs.slice(0, 1), coldMs: runs[0]!, warmMs: median(runs.slice(1)) };
  });
}

/** `job`, or an error after `ms`: a page that hangs is reported and skipped, never waited on. */
async function within<T>(ms: number, job: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no result within ${ms / 1000} s`)), ms)));
  return Promise.race([job, late]).finally(() => clearTimeout(timer));
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0]!;

type PageRuns = { id: string; readability?: Run; a?: Run; b?: Run };

/**
 * Serves the files to import, as the extension serves its own: from another origin than the page's
 * (with CORS, which module scripts need), never cached, so every tab parses its file afresh.
 */
async function serveFiles(files: Record<string, string>): Promise<{ url: (name: string) => string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const body = files[(req.url ?? '').slice(1)];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: (name) => `${origin}/${name}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function measureEngines(labels: CorpusLabel[], server: CorpusServer, o: ChromiumOptions, errors: string[]): Promise<PageRuns[]> {
  const files = await serveFiles({
    'readability.js': await readabilityBundle(),
    'a.js': readFileSync(join(o.buildDir, 'content-engine.js'), 'utf8'),
    ...(o.engineB ? { 'b.js': readFileSync(o.engineB, 'utf8') } : {}),
  });
  const sources = { readability: files.url('readability.js'), a: files.url('a.js'), b: o.engineB && files.url('b.js') };
  // An open server would keep the process alive: closed however the launch goes.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_CHROMIUM_FLAGS }).catch(async (err: unknown) => {
    await files.close();
    throw err;
  });
  // The corpus pages forbid scripts (their own are not run); the imports are the bench's.
  const ctx = await browser.newContext({ bypassCSP: true });
  const results: PageRuns[] = [];
  try {
    for (const [i, label] of labels.entries()) {
      if (i % 25 === 0) o.log(`chromium: page ${i + 1}/${labels.length}`);
      const url = server.localUrl(label);
      const out: PageRuns = { id: label.id };
      const jobs: [keyof PageRuns, () => Promise<Run>][] = [
        ['readability', () => readabilityRun(ctx, url, sources.readability, o)],
        ['a', () => engineRun(ctx, url, label.url, sources.a, o)],
      ];
      if (sources.b) jobs.push(['b', () => engineRun(ctx, url, label.url, sources.b!, o)]);
      // Every other page in reverse order: a machine getting busier weighs on each alike.
      if (i % 2) jobs.reverse();
      for (const [k, job] of jobs)
        await within(o.pageTimeoutMs * 2, job()).then(
          (r) => void Object.assign(out, { [k]: r }),
          (err) => errors.push(`${label.id} ${k}: ${message(err)}`),
        );
      results.push(out);
    }
  } finally {
    await browser.close();
    await files.close();
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

/** DOMContentLoaded → badge, ms, on every page labelled as a syndicated article (the badge shows only there). */
async function measureBadges(labels: CorpusLabel[], server: CorpusServer, o: ChromiumOptions, errors: string[]): Promise<{ shown: number[]; pages: number }> {
  const pages = labels.filter((l) => l.isArticle && l.status !== 'staff' && l.status !== 'not-article');
  const ext = await launchWithExtension(hostResolverArgs(server.port), o.buildDir);
  const shown: number[] = [];
  try {
    await ext.context.addInitScript(PROBE);
    for (const [i, label] of pages.entries()) {
      if (i % 25 === 0) o.log(`extension: page ${i + 1}/${pages.length}`);
      const page = await ext.context.newPage();
      try {
        // The state is final only once the badge is up (or will not be).
        await within(o.pageTimeoutMs * 2, waitForFinalState(ext.worker, await openCorpusPage(page, server, label), o.pageTimeoutMs));
        const ms = await page.evaluate(() => {
          const at = (window as unknown as { __creditlineBadgeAt: number | null }).__creditlineBadgeAt;
          return at === null ? null : at - (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd;
        });
        if (ms === null) errors.push(`${label.id} badge: none`);
        else shown.push(ms);
      } catch (err) {
        errors.push(`${label.id} badge: ${message(err)}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await ext.close();
  }
  return { shown, pages: pages.length };
}

function render(pages: PageRuns[], badges: { shown: number[]; pages: number } | null, errors: string[], o: ChromiumOptions): string {
  const longest = (r: Run) => Math.max(...r.stepsMs);
  const ps = pages.filter((p) => p.readability && p.a);
  const row = (name: string, v: number[]) => [name, fmt(median(v)), fmt(quantile(v, 0.95)), fmt(Math.max(...v)), fmt(sum(v), 0)];
  const own = (f: (r: Run) => number) => ratios(ps.map((p): [number, number] => [f(p.readability!), f(p.a!) - f(p.readability!)]));
  const [cold, warm] = [own((r) => r.coldMs), own((r) => r.warmMs)];
  const lines = [
    `Chromium, ${ps.length} pages, main-thread CPU ms`,
    table(
      ['', 'median', 'p95', 'max', 'total'],
      [
        row(
          'engine file imported',
          ps.map((p) => p.a!.loadMs),
        ),
        row(
          '  whole renderer (its parse too)',
          ps.map((p) => p.a!.loadProcessMs),
        ),
        row(
          'analyze, cold (first on the page)',
          ps.map((p) => p.a!.coldMs),
        ),
        row(
          '  its longest step',
          ps.map((p) => longest(p.a!)),
        ),
        row(
          `analyze, warm (median of ${o.reps})`,
          ps.map((p) => p.a!.warmMs),
        ),
        row(
          'Readability alone, cold',
          ps.map((p) => p.readability!.coldMs),
        ),
        row(
          'Readability alone, warm',
          ps.map((p) => p.readability!.warmMs),
        ),
      ],
    ),
    `engine's own work (analyze − Readability alone) / Readability: cold ${pct(cold.ofTotals)} of totals, ${pct(cold.ofMedians)} of medians, ` +
      `${pct(cold.medianPerPage)} median per page; warm ${pct(warm.ofTotals)}, ${pct(warm.ofMedians)}, ${pct(warm.medianPerPage)}`,
  ];
  const both = ps.filter((p) => p.b);
  if (both.length) {
    const figures: [string, (r: Run, p: PageRuns) => number][] = [
      ['analyze, cold', (r) => r.coldMs],
      ['analyze, warm', (r) => r.warmMs],
      ["engine's own, cold", (r, p) => r.coldMs - p.readability!.coldMs],
      ["engine's own, warm", (r, p) => r.warmMs - p.readability!.warmMs],
      ['longest step, cold', longest],
      ['engine file imported', (r) => r.loadMs],
      ['  whole renderer', (r) => r.loadProcessMs],
      ['file imported + cold', (r) => r.loadMs + r.coldMs],
    ];
    const rows = figures.map(([name, f]) => {
      const r = ratios(both.map((p): [number, number] => [f(p.a!, p), f(p.b!, p)]));
      return [name, fmt(r.ofTotals, 3), fmt(r.ofMedians, 3), fmt(r.medianPerPage, 3)];
    });
    lines.push('', `B/A (B: ${o.engineB}), ${both.length} pages`, table(['', 'of totals', 'of medians', 'median per page'], rows));
  }
  if (badges) {
    const s = badges.shown;
    lines.push(
      '',
      `Real extension: badge on ${s.length} of ${badges.pages} syndicated pages, DOMContentLoaded → badge median ${fmt(median(s))} ms, p95 ${fmt(quantile(s, 0.95))}, max ${fmt(Math.max(...s))}`,
    );
  }
  if (errors.length) lines.push('', `not measured (${errors.length}):`, ...errors.map((e) => `  ${e}`));
  return lines.join('\n');
}

export async function benchChromium(o: ChromiumOptions): Promise<string> {
  const server = await startCorpusServer();
  const errors: string[] = [];
  try {
    const labels = readLabels().slice(0, o.limit || undefined);
    const pages = await measureEngines(labels, server, o, errors);
    const badges = o.badge ? await measureBadges(labels, server, o, errors) : null;
    return render(pages, badges, errors, o);
  } finally {
    await server.close();
  }
}
