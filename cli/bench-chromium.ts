// The engine's cost in real Chromium, as a reader's tab pays it, and the badge's delay.
//   npx tsx cli/bench-chromium.ts [--engine-a FILE|DIR] [--engine-b FILE|DIR] [--limit N] [--reps N]
//                                 [--no-badge] [--page-timeout S] [--json OUT]
// An engine is a built content-engine.js, or a build folder (.output/chrome-mv3) holding one; with
// --engine-b both run on every page, alternating which goes first, and the B/A ratios are printed.
//
// Per corpus page and engine, in a fresh tab (a fresh world with a freshly loaded engine, as the
// content script always is): the engine file is evaluated, then analyzeInSteps() runs one step per
// call (cold: the first analysis; its longest step is the longest main-thread task), then analyze()
// `reps` times (warm). Readability alone (clone + parse, the engine's options) gets its own fresh tab
// the same way. Times are the renderer main thread's CPU (CDP ThreadTime) around each call, less the
// median of a no-op call's. No forced GC. The badge: the build folder loaded as the real extension,
// the time from DOMContentLoaded (the earliest document_idle) to the badge element's insertion.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_CHROMIUM_FLAGS } from '../scripts/chromium';
import { launchWithExtension, openCorpusPage, waitForFinalState, type ExtensionBrowser } from '../tests/e2e/helpers/chromium';
import { hostResolverArgs, readLabels, startCorpusServer, type CorpusLabel, type CorpusServer } from '../tests/e2e/helpers/corpus-server';
import { CORPUS_DIR, REPO_ROOT } from '../tests/e2e/helpers/paths';
import { fmt, median, pct, quantile, ratios, sum, table } from './bench-stats';

export interface Engine {
  name: string;
  /** The engine file's source. */
  source: string;
  /** The build folder, when one was given: the badge is timed with it as the real extension. */
  extensionDir: string | null;
}

export interface Options {
  engines: Engine[];
  limit: number;
  reps: number;
  badge: boolean;
  pageTimeoutMs: number;
  log: (msg: string) => void;
}

/** One run in a fresh tab: main-thread CPU ms, the per-call overhead already taken off. */
export interface Run {
  /** Evaluating the engine (or Readability) file. */
  loadMs: number;
  /** The first analysis on the page: the sum of its steps. */
  coldMs: number;
  /** Each step of the cold analysis (Readability: one). */
  stepsMs: number[];
  /** Median of the warm calls. */
  warmMs: number;
  /** The engine's own wall-clock timings of the cold analysis (report.timings.totalMs). */
  coldWallMs: number;
}

export interface PageResult {
  id: string;
  bytes: number;
  readability: Run | null;
  engines: (Run | null)[];
  /** Why a run is missing (the page timed out, a step threw). */
  errors: string[];
}

export interface BadgeResult {
  id: string;
  engine: string;
  /** ms from the end of DOMContentLoaded to the badge's insertion; null when none showed. */
  afterIdleMs: number | null;
  /** The longest task the page's longtask observer saw after DOMContentLoaded (any script). */
  longestTaskMs: number;
  error: string | null;
}

// ---- In the page ----

/** The engine file expects an extension's `browser.runtime`; the page's world has none. */
const SHIM = `(() => { const id = { id: 'creditline-bench' }; globalThis.browser ??= { runtime: id }; globalThis.chrome = Object.assign(globalThis.chrome ?? {}, { runtime: id }); })()`;

/** Drives analyzeInSteps() from outside: start() runs the first step, next() the following one. */
const STEPPER = `(() => {
  const engine = globalThis.__creditlineContentEngine;
  let resume = null, settle = null, report = null;
  const done = (v) => { const s = settle; settle = null; s?.(v); };
  globalThis.__creditlineSteps = {
    start(url) {
      return new Promise((res) => {
        settle = res;
        engine.analyzeInSteps(document, { url }, () => new Promise((r) => { resume = r; done('paused'); }))
          .then((r) => { report = r; done('done'); }, (e) => done('error: ' + String(e)));
      });
    },
    next() { return new Promise((res) => { settle = res; const r = resume; resume = null; r ? r() : done('done'); }); },
    // Where a build keeps its timings: report.diagnostics.timings, or report.timings in older builds.
    report: () => report && { status: report.status, totalMs: (report.diagnostics ?? report).timings?.totalMs ?? NaN },
  };
})()`;

interface PageGlobals {
  __creditlineContentEngine: { analyze(doc: Document, o: { url: string | null }): unknown };
  __creditlineSteps: { start(url: string | null): Promise<string>; next(): Promise<string>; report(): { status: string; totalMs: number } | null };
  __creditlineReadability(doc: Document): unknown;
}

/** Readability alone as the engine runs it, minified as the engine file is. */
async function readabilityBundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { Readability } from '@mozilla/readability';
        globalThis.__creditlineReadability = (doc) => new Readability(doc.cloneNode(true), { serializer: (n) => n, maxElemsToParse: 0 }).parse();`,
      resolveDir: REPO_ROOT,
    },
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

// ---- One fresh tab ----

class Tab {
  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    private overheadMs = 0,
  ) {}

  static async open(ctx: BrowserContext, url: string, timeoutMs: number): Promise<Tab> {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    // DOMContentLoaded always comes (scripts are off, the parser finishes); some pages never fire load.
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    const tab = new Tab(page, cdp);
    const noop = [];
    for (let i = 0; i < 5; i++) noop.push(await tab.cpu(() => tab.page.evaluate(() => 0)));
    tab.overheadMs = median(noop);
    return tab;
  }

  private async threadMs(): Promise<number> {
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
  }

  /** Main-thread CPU ms of one call into the page, less the no-op call's. */
  async cpu<T>(call: () => Promise<T>): Promise<number> {
    const t0 = await this.threadMs();
    await call();
    return (await this.threadMs()) - t0 - this.overheadMs;
  }

  close = () => this.page.close();
}

async function engineRun(ctx: BrowserContext, url: string, pageUrl: string | null, engine: Engine, o: Options): Promise<Run> {
  const tab = await Tab.open(ctx, url, o.pageTimeoutMs);
  try {
    await tab.page.evaluate(SHIM);
    const loadMs = await tab.cpu(() => tab.page.evaluate(engine.source));
    await tab.page.evaluate(STEPPER);
    const stepsMs: number[] = [];
    let state = '';
    for (let i = 0; state !== 'done' && i < 30; i++) {
      stepsMs.push(await tab.cpu(async () => (state = await tab.page.evaluate(([u, first]) => (first ? (globalThis as unknown as PageGlobals).__creditlineSteps.start(u) : (globalThis as unknown as PageGlobals).__creditlineSteps.next()), [pageUrl, i === 0] as const))));
      if (state.startsWith('error')) throw new Error(state);
    }
    const report = await tab.page.evaluate(() => (globalThis as unknown as PageGlobals).__creditlineSteps.report());
    if (!report) throw new Error('the analysis did not finish');
    const warm = [];
    for (let i = 0; i < o.reps; i++) warm.push(await tab.cpu(() => tab.page.evaluate((u) => void (globalThis as unknown as PageGlobals).__creditlineContentEngine.analyze(document, { url: u }), pageUrl)));
    return { loadMs, coldMs: sum(stepsMs), stepsMs, warmMs: median(warm), coldWallMs: report.totalMs };
  } finally {
    await tab.close();
  }
}

async function readabilityRun(ctx: BrowserContext, url: string, source: string, o: Options): Promise<Run> {
  const tab = await Tab.open(ctx, url, o.pageTimeoutMs);
  try {
    const loadMs = await tab.cpu(() => tab.page.evaluate(source));
    const parse = () => tab.page.evaluate(() => void (globalThis as unknown as PageGlobals).__creditlineReadability(document));
    const coldMs = await tab.cpu(parse);
    const warm = [];
    for (let i = 0; i < o.reps; i++) warm.push(await tab.cpu(parse));
    return { loadMs, coldMs, stepsMs: [coldMs], warmMs: median(warm), coldWallMs: NaN };
  } finally {
    await tab.close();
  }
}

/** Runs `fn`, giving up after `ms` (a page that hangs is reported and skipped, never waited on). */
async function within<T>(ms: number, what: string, fn: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms)));
  try {
    return await Promise.race([fn(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0]!;

export async function measureEngines(labels: CorpusLabel[], server: CorpusServer, o: Options): Promise<PageResult[]> {
  const readability = await readabilityBundle();
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_CHROMIUM_FLAGS });
  const ctx = await browser.newContext();
  // Only the corpus server answers (it has nothing but the pages themselves).
  await ctx.route(/^https?:/, (route) => (route.request().url().startsWith(server.origin + '/') ? route.continue() : route.abort()));
  const results: PageResult[] = [];
  try {
    for (const [i, label] of labels.entries()) {
      if (i % 25 === 0) o.log(`chromium: page ${i + 1}/${labels.length}`);
      const url = server.localUrl(label);
      const out: PageResult = { id: label.id, bytes: statSync(join(CORPUS_DIR, label.file)).size, readability: null, engines: o.engines.map(() => null), errors: [] };
      // Alternate the order page by page, so a machine getting busier weighs on every build alike.
      const order = o.engines.map((_, k) => k);
      if (i % 2) order.reverse();
      const jobs: [string, () => Promise<void>][] = [
        ['readability', async () => void (out.readability = await readabilityRun(ctx, url, readability, o))],
        ...order.map((k): [string, () => Promise<void>] => [o.engines[k]!.name, async () => void (out.engines[k] = await engineRun(ctx, url, label.url, o.engines[k]!, o))]),
      ];
      if (i % 2) jobs.reverse();
      for (const [name, job] of jobs) {
        try {
          await within(o.pageTimeoutMs * 2, `${label.id} ${name}`, job);
        } catch (err) {
          out.errors.push(`${name}: ${firstLine(err)}`);
        }
      }
      results.push(out);
    }
  } finally {
    await browser.close();
  }
  return results;
}

// ---- The real extension ----

const BADGE_TAG = 'creditline-badge';

// Before the page's own parsing: when the badge element first appears, and every long task.
const PROBE = `(() => {
  const probe = { badgeAt: null, longtasks: [] };
  Object.defineProperty(window, '__creditlineProbe', { value: probe });
  const isBadge = (n) => n.nodeType === 1 && (n.localName === '${BADGE_TAG}' || !!n.querySelector?.('${BADGE_TAG}'));
  const mo = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (isBadge(n)) { probe.badgeAt = performance.now(); mo.disconnect(); return; }
  });
  mo.observe(document, { childList: true, subtree: true });
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) probe.longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}
})()`;

async function badgeRun(ext: ExtensionBrowser, server: CorpusServer, label: CorpusLabel, engine: string, timeoutMs: number): Promise<BadgeResult> {
  const page = await ext.context.newPage();
  try {
    const url = await openCorpusPage(page, server, label);
    const final = await waitForFinalState(ext.worker, url, timeoutMs);
    const p = await page.evaluate(() => {
      const probe = (window as unknown as { __creditlineProbe: { badgeAt: number | null; longtasks: [number, number][] } }).__creditlineProbe;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { badgeAt: probe.badgeAt, dcl: nav?.domContentLoadedEventEnd ?? NaN, longtasks: probe.longtasks };
    });
    const after = p.longtasks.filter(([start, d]) => start + d >= p.dcl).map(([, d]) => d);
    return {
      id: label.id,
      engine,
      afterIdleMs: p.badgeAt === null ? null : p.badgeAt - p.dcl,
      longestTaskMs: after.length ? Math.max(...after) : 0,
      error: p.badgeAt === null ? `no badge (final state ${final.state.kind}${final.state.report ? ` ${final.state.report.status}` : ''})` : null,
    };
  } finally {
    await page.close();
  }
}

export async function measureBadges(labels: CorpusLabel[], server: CorpusServer, o: Options): Promise<BadgeResult[]> {
  const engines = o.engines.filter((e) => e.extensionDir);
  // The badge shows on syndicated articles only: time the pages labelled so.
  const pages = labels.filter((l) => l.isArticle && l.status !== 'staff' && l.status !== 'not-article');
  const exts: ExtensionBrowser[] = [];
  const results: BadgeResult[] = [];
  try {
    for (const e of engines) exts.push(await launchWithExtension(hostResolverArgs(server.port), e.extensionDir!));
    for (const ext of exts) await ext.context.addInitScript(PROBE);
    for (const [i, label] of pages.entries()) {
      if (i % 25 === 0) o.log(`extension: page ${i + 1}/${pages.length}`);
      const order = exts.map((_, k) => k);
      if (i % 2) order.reverse();
      for (const k of order) {
        try {
          results.push(await within(o.pageTimeoutMs * 2, label.id, () => badgeRun(exts[k]!, server, label, engines[k]!.name, o.pageTimeoutMs)));
        } catch (err) {
          results.push({ id: label.id, engine: engines[k]!.name, afterIdleMs: null, longestTaskMs: NaN, error: firstLine(err) });
        }
      }
    }
  } finally {
    for (const ext of exts) await ext.close();
  }
  return results;
}

// ---- Report ----

const ok = (r: Run | null | undefined): r is Run => !!r;

export function render(pages: PageResult[], badges: BadgeResult[], o: Options): string {
  const lines: string[] = [];
  const both = (k: number) => pages.filter((p) => ok(p.readability) && ok(p.engines[k]));
  for (const [k, e] of o.engines.entries()) {
    const ps = both(k);
    const r = ps.map((p) => p.readability!);
    const x = ps.map((p) => p.engines[k]!);
    const own = (f: (run: Run) => number) => ps.map((p): [number, number] => [f(p.readability!), f(p.engines[k]!) - f(p.readability!)]);
    const cold = ratios(own((run) => run.coldMs));
    const warm = ratios(own((run) => run.warmMs));
    const row = (name: string, v: number[]) => [name, fmt(median(v)), fmt(quantile(v, 0.95)), fmt(Math.max(...v.filter(Number.isFinite))), fmt(sum(v), 0)];
    lines.push(
      `Chromium, engine ${e.name}: ${ps.length} pages (main-thread CPU ms; no-op call subtracted)`,
      table(['', 'median', 'p95', 'max', 'total'], [
        row('engine file evaluated', x.map((v) => v.loadMs)),
        row('analyze, cold (first on the page)', x.map((v) => v.coldMs)),
        row('  longest step, cold', x.map((v) => Math.max(...v.stepsMs))),
        row(`analyze, warm (median of ${o.reps})`, x.map((v) => v.warmMs)),
        row('Readability alone, cold', r.map((v) => v.coldMs)),
        row(`Readability alone, warm`, r.map((v) => v.warmMs)),
        row('analyze, cold, wall (engine timings)', x.map((v) => v.coldWallMs)),
      ]),
      `engine's own work (analyze − Readability alone) against Readability: cold ${pct(cold.ofTotals)} of totals, ${pct(cold.ofMedians)} of medians, ${pct(cold.medianPerPage)} median per page; warm ${pct(warm.ofTotals)} / ${pct(warm.ofMedians)} / ${pct(warm.medianPerPage)}`,
      '',
    );
  }
  if (o.engines.length === 2) {
    const ps = pages.filter((p) => p.engines.every(ok) && ok(p.readability));
    const pair = (f: (p: PageResult, k: number) => number) => ratios(ps.map((p): [number, number] => [f(p, 0), f(p, 1)]));
    const rows = [
      ['analyze, cold', pair((p, k) => p.engines[k]!.coldMs)],
      ['analyze, warm', pair((p, k) => p.engines[k]!.warmMs)],
      ["engine's own, cold", pair((p, k) => p.engines[k]!.coldMs - p.readability!.coldMs)],
      ["engine's own, warm", pair((p, k) => p.engines[k]!.warmMs - p.readability!.warmMs)],
      ['longest step, cold', pair((p, k) => Math.max(...p.engines[k]!.stepsMs))],
      ['engine file evaluated', pair((p, k) => p.engines[k]!.loadMs)],
    ] as const;
    lines.push(
      `B/A (${o.engines[1]!.name} / ${o.engines[0]!.name}), ${ps.length} pages measured with both, alternating`,
      table(['', 'of totals', 'of medians', 'median per page'], rows.map(([n, r]) => [n, fmt(r.ofTotals, 3), fmt(r.ofMedians, 3), fmt(r.medianPerPage, 3)])),
      '',
    );
  }
  for (const e of o.badge ? o.engines.filter((x) => x.extensionDir) : []) {
    const bs = badges.filter((b) => b.engine === e.name);
    const shown = bs.map((b) => b.afterIdleMs).filter((v): v is number => v !== null);
    lines.push(
      `Real extension ${e.name}: badge on ${shown.length} of ${bs.length} syndicated pages; DOMContentLoaded → badge median ${fmt(median(shown))} ms, p95 ${fmt(quantile(shown, 0.95))}, max ${fmt(Math.max(...shown))}; longest task after DOMContentLoaded median ${fmt(median(bs.map((b) => b.longestTaskMs)))} ms, max ${fmt(Math.max(...bs.map((b) => b.longestTaskMs).filter(Number.isFinite)))}`,
    );
  }
  const errors = [...pages.flatMap((p) => p.errors.map((e) => `${p.id} ${e}`)), ...badges.filter((b) => b.error).map((b) => `${b.id} [${b.engine}] ${b.error}`)];
  if (errors.length) lines.push('', `not measured (${errors.length}):`, ...errors.map((e) => `  ${e}`));
  return lines.join('\n');
}

// ---- Command line ----

/** A content-engine.js, or a build folder holding one (then also loadable as the extension). */
export function readEngine(path: string, name: string): Engine {
  const p = resolve(path);
  const dir = statSync(p).isDirectory();
  return { name, source: readFileSync(dir ? join(p, 'content-engine.js') : p, 'utf8'), extensionDir: dir ? p : null };
}

export async function benchChromium(o: Options, json: string | null): Promise<string> {
  const server = await startCorpusServer();
  try {
    const labels = readLabels().slice(0, o.limit || undefined);
    const pages = await measureEngines(labels, server, o);
    const badges = o.badge ? await measureBadges(labels, server, o) : [];
    if (json) writeFileSync(json, JSON.stringify({ engines: o.engines.map((e) => e.name), reps: o.reps, pages, badges }, null, 1));
    return render(pages, badges, o);
  } finally {
    await server.close();
  }
}

export function parseChromiumArgs(argv: string[], defaults: { engineA: string; nameA?: string }): Options & { json: string | null } {
  const o = { engines: [] as Engine[], limit: 0, reps: 5, badge: true, pageTimeoutMs: 20_000, json: null as string | null, log: (m: string) => process.stderr.write(`[bench] ${m}\n`) };
  let a = defaults.engineA;
  let nameA = defaults.nameA ?? a;
  let b: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (arg === '--engine-a') nameA = a = value();
    else if (arg === '--engine-b') b = value();
    else if (arg === '--limit') o.limit = Math.max(0, Number(value()) || 0);
    else if (arg === '--reps') o.reps = Math.max(1, Number(value()) || 1);
    else if (arg === '--no-badge') o.badge = false;
    else if (arg === '--page-timeout') o.pageTimeoutMs = Math.max(1, Number(value()) || 20) * 1000;
    else if (arg === '--json') o.json = value();
    else throw new Error(`unknown option ${arg}`);
  }
  o.engines = [readEngine(a, b ? `A (${nameA})` : nameA), ...(b ? [readEngine(b, `B (${b})`)] : [])];
  return o;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const o = parseChromiumArgs(process.argv.slice(2), { engineA: join(REPO_ROOT, '.output', 'chrome-mv3') });
  console.log(await benchChromium(o, o.json));
}
