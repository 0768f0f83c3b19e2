// The benchmark's Chromium half: the engine bundled for the page (esbuild, IIFE) and run on every
// corpus page served from 127.0.0.1 with the page's own scripts off, and the real built extension
// timed from document idle to its badge. Uses Debian's /usr/bin/chromium through playwright-core.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_CHROMIUM_FLAGS } from '../scripts/chromium';
import type { Label } from './score';
import type { Step, StepResult } from './bench-page';
import { addProfile, newTotals, summarize, type Profile, type ProfileSummary, type ProfileTotals } from './bench-profile';

export const CHROMIUM = CHROMIUM_PATH;
const FLAGS = QUIET_CHROMIUM_FLAGS;
const ROOT = resolve(import.meta.dirname, '..');

/** lib/analyze's Readability step, swapped for the cache that lets the harness precompute it. */
const articleCache: Plugin = {
  name: 'bench-article-cache',
  setup(b) {
    b.onResolve({ filter: /signals\/article$/ }, (args) =>
      args.importer.endsWith(join('lib', 'analyze.ts')) ? { path: join(ROOT, 'cli', 'bench-article-cache.ts') } : undefined,
    );
  },
};

/** The engine + Readability + the harness as one script defining `__creditlineBench`. */
export async function buildPageBundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'cli', 'bench-page.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__creditlineBench',
    platform: 'browser',
    target: 'es2022',
    // Names kept: the Chromium CPU profile lists the engine's functions by name.
    minifyWhitespace: true,
    minifySyntax: true,
    write: false,
    logLevel: 'silent',
    plugins: [articleCache],
  });
  // Playwright evaluates a string in its own scope: publish the global explicitly.
  return `${out.outputFiles[0]!.text}\nglobalThis.__creditlineBench = __creditlineBench;`;
}

export interface ServedPages {
  origin: string;
  server: Server;
}

/** Serves corpus files under /corpus/ and generated pages under /gen/NAME, bytes as saved. */
export async function servePages(corpusDir: string, generated: Map<string, string>): Promise<ServedPages> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let body: Buffer | string | null = null;
    if (path.startsWith('/corpus/pages/') && !path.includes('..')) {
      try {
        body = readFileSync(join(corpusDir, path.slice('/corpus/'.length)));
      } catch {
        body = null;
      }
    } else if (path.startsWith('/gen/')) body = generated.get(path.slice(5)) ?? null;
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // No charset: the browser reads the page's own declaration, as it did when the page was saved.
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no server address');
  return { origin: `http://127.0.0.1:${addr.port}`, server };
}

async function launch(dir: string, opts: { javaScriptEnabled: boolean; extension?: string }): Promise<BrowserContext> {
  const args = [...FLAGS, '--js-flags=--expose-gc'];
  if (opts.extension) args.push(`--disable-extensions-except=${opts.extension}`, `--load-extension=${opts.extension}`);
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    javaScriptEnabled: opts.javaScriptEnabled,
    args,
  });
}

/** Only the local server answers; every other request (ads, fonts, images on the web) is refused. */
async function localOnly(ctx: BrowserContext, origin: string): Promise<void> {
  await ctx.route(/^https?:/, (route) => (route.request().url().startsWith(origin + '/') ? route.continue() : route.abort()));
}

/** Per page: wall and main-thread CPU times (ms) of each measured step. */
export interface ChromiumPage {
  id: string;
  bytes: number;
  /** The corpus label says the page is an article (the long-task budget is about articles). */
  labelledArticle: boolean;
  elements: number;
  isArticle: boolean | null;
  status: string | null;
  readabilityMs: number[];
  readabilityCpuMs: number[];
  detectorsMs: number[];
  detectorsCpuMs: number[];
  fullMs: number[];
  fullCpuMs: number[];
  /** analyze()'s own timings.detectorsMs in the full runs. */
  analyzeDetectorsMs: number[];
  /** The first analyze() on the page, before anything else ran there: what the content script pays. */
  coldFullMs: number;
  coldFullCpuMs: number;
  /** Main-thread CPU time of each step of analyzeInSteps() (one warm run). */
  stepsCpuMs: number[];
  error: string | null;
}

export interface ChromiumResult {
  version: string;
  bundleBytes: number;
  pages: ChromiumPage[];
  scale: (ChromiumPage & { size: number })[];
  /** CPU profile of one extra run of the engine without Readability on every page, summed. */
  profile: ProfileSummary | null;
}

interface Harness {
  __creditlineBench: {
    benchStep(kind: Step, url: string | null): StepResult;
    stepsStart(url: string | null): Promise<boolean>;
    stepsNext(): Promise<boolean>;
    gc(): void;
  };
}

const STEPS: Step[] = ['readability', 'detectors', 'full'];
/** The harness's own frames, left out of the profile's list. */
const HARNESS = new Set(['evaluate', 'benchStep', 'gc']);

function emptyPage(id: string, bytes: number, error: string | null): ChromiumPage {
  return {
    id,
    bytes,
    labelledArticle: false,
    elements: 0,
    isArticle: null,
    status: null,
    readabilityMs: [],
    readabilityCpuMs: [],
    detectorsMs: [],
    detectorsCpuMs: [],
    fullMs: [],
    fullCpuMs: [],
    analyzeDetectorsMs: [],
    coldFullMs: NaN,
    coldFullCpuMs: NaN,
    stepsCpuMs: [],
    error,
  };
}

/** Opens the page, then times one cold analyze(), a warm-up of each step, and `reps` rounds. */
async function runOnPage(
  ctx: BrowserContext,
  id: string,
  bytes: number,
  url: string,
  bundle: string,
  pageUrl: string | null,
  reps: number,
  profile: ProfileTotals | null = null,
): Promise<ChromiumPage> {
  const page = await ctx.newPage();
  const out = emptyPage(id, bytes, null);
  try {
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const threadMs = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
    };
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(bundle);
    const timeStep = async (kind: Step) => {
      await page.evaluate(() => (globalThis as unknown as Harness).__creditlineBench.gc());
      const c0 = await threadMs();
      const r = await page.evaluate(([k, u]) => (globalThis as unknown as Harness).__creditlineBench.benchStep(k, u), [kind, pageUrl] as const);
      const cpu = (await threadMs()) - c0;
      if (r.error) throw new Error(r.error);
      return { ...r, cpu };
    };
    const cold = await timeStep('full');
    Object.assign(out, { coldFullMs: cold.ms, coldFullCpuMs: cold.cpu, elements: cold.elements, isArticle: cold.isArticle, status: cold.status });
    for (const kind of STEPS) await timeStep(kind);
    for (let i = 0; i < reps; i++) {
      for (const kind of STEPS) {
        const r = await timeStep(kind);
        out[`${kind}Ms`].push(r.ms);
        out[`${kind}CpuMs`].push(r.cpu);
        if (kind === 'full') out.analyzeDetectorsMs.push(r.detectorsMs ?? NaN);
      }
    }
    // analyzeInSteps(), one step per evaluate, CPU time around each (at most 20 steps).
    await page.evaluate(() => (globalThis as unknown as Harness).__creditlineBench.gc());
    for (let i = 0, finished = false; !finished && i < 20; i++) {
      const c0 = await threadMs();
      finished = await (i === 0
        ? page.evaluate((u) => (globalThis as unknown as Harness).__creditlineBench.stepsStart(u), pageUrl)
        : page.evaluate(() => (globalThis as unknown as Harness).__creditlineBench.stepsNext()));
      out.stepsCpuMs.push((await threadMs()) - c0);
    }
    if (profile) {
      // After the measured rounds: the profiler's own cost stays out of the timings.
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await timeStep('detectors');
      const { profile: p } = await cdp.send('Profiler.stop');
      // Frames of the evaluated bundle have no URL; the page's own scripts are off.
      addProfile(profile, p as Profile, (f) => f.callFrame.url === '' && /^[\w$]+$/.test(f.callFrame.functionName) && !HARNESS.has(f.callFrame.functionName));
    }
  } catch (err) {
    out.error = err instanceof Error ? err.message.split('\n')[0]! : String(err);
  } finally {
    await page.close();
  }
  return out;
}

export async function benchChromium(opts: {
  corpusDir: string;
  labels: Label[];
  served: ServedPages;
  scalePages: [size: number, name: string][];
  reps: number;
  profile: boolean;
  progress: (msg: string) => void;
}): Promise<ChromiumResult> {
  const bundle = await buildPageBundle();
  const dir = mkdtempSync(join(tmpdir(), 'creditline-bench-'));
  const ctx = await launch(dir, { javaScriptEnabled: false });
  try {
    await localOnly(ctx, opts.served.origin);
    const version = ctx.browser()?.version() ?? 'unknown';
    const pages: ChromiumPage[] = [];
    const totals = opts.profile ? newTotals() : null;
    for (const [i, l] of opts.labels.entries()) {
      if (i % 25 === 0) opts.progress(`chromium: page ${i + 1}/${opts.labels.length}`);
      const bytes = readFileSync(join(opts.corpusDir, l.file)).length;
      const run = await runOnPage(ctx, l.id, bytes, `${opts.served.origin}/corpus/${l.file}`, bundle, l.url, opts.reps, totals);
      pages.push({ ...run, labelledArticle: l.isArticle });
    }
    const scale: ChromiumResult['scale'] = [];
    for (const [size, name] of opts.scalePages) {
      opts.progress(`chromium: scaled page ${name}`);
      const run = await runOnPage(ctx, name, size, `${opts.served.origin}/gen/${name}`, bundle, null, size > 1_000_000 ? 2 : 3);
      scale.push({ ...run, labelledArticle: true, size });
    }
    return { version, bundleBytes: Buffer.byteLength(bundle), pages, scale, profile: totals ? summarize(totals, 30) : null };
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- The real extension: document idle to badge ----

export interface BadgePage {
  id: string;
  bytes: number;
  /** ms from DOMContentLoaded's end (the earliest document_idle) to the badge element's insertion. */
  fromDomContentLoadedMs: number | null;
  /** ms from the load event's end (the latest document_idle) to the badge; negative when before it. */
  fromLoadMs: number | null;
  /** The longest main-thread task seen after DOMContentLoaded (PerformanceObserver 'longtask'). */
  longestTaskMs: number;
  error: string | null;
}

export interface BadgeResult {
  measurable: boolean;
  reason: string | null;
  extensionId: string | null;
  pages: BadgePage[];
}

export const BADGE_TAG = 'creditline-badge';
/** How long after load a page may take to show its badge before it counts as showing none. */
const BADGE_WAIT_MS = 2500;
/** Stop when this many pages in a row at the start show no badge: there is none to time yet. */
const EARLY_STOP = 8;

// Runs in the page before its own scripts: records when the badge element first appears and every
// long task. MutationObserver callbacks run right after the task that inserted the node.
const PROBE = `(() => {
  const probe = { badgeAt: null, longtasks: [] };
  Object.defineProperty(window, '__creditlineProbe', { value: probe });
  const isBadge = (n) => n.nodeType === 1 && (n.localName === '${BADGE_TAG}' || (n.firstElementChild && n.querySelector('${BADGE_TAG}')));
  const mo = new MutationObserver((records) => {
    if (probe.badgeAt !== null) return;
    for (const r of records) for (const n of r.addedNodes) if (isBadge(n)) { probe.badgeAt = performance.now(); mo.disconnect(); return; }
  });
  mo.observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.longtasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

interface ProbeReading {
  badgeAt: number | null;
  dcl: number;
  load: number;
  longtasks: [number, number][];
}

async function readProbe(ctx: BrowserContext, url: string, waitMs: number): Promise<ProbeReading> {
  const page = await ctx.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    await page
      .waitForFunction(() => (window as unknown as { __creditlineProbe: { badgeAt: number | null } }).__creditlineProbe.badgeAt !== null, null, {
        timeout: waitMs,
      })
      .catch(() => {});
    // A moment for a long task that ends with the badge to be reported.
    await page.waitForTimeout(50);
    return await page.evaluate(() => {
      const probe = (window as unknown as { __creditlineProbe: { badgeAt: number | null; longtasks: [number, number][] } }).__creditlineProbe;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { badgeAt: probe.badgeAt, dcl: nav?.domContentLoadedEventEnd ?? NaN, load: nav?.loadEventEnd ?? NaN, longtasks: probe.longtasks };
    });
  } finally {
    await page.close();
  }
}

export async function benchBadge(opts: {
  extensionDir: string;
  corpusDir: string;
  labels: Label[];
  served: ServedPages;
  progress: (msg: string) => void;
}): Promise<BadgeResult> {
  const dir = mkdtempSync(join(tmpdir(), 'creditline-bench-ext-'));
  const ctx = await launch(dir, { javaScriptEnabled: true, extension: opts.extensionDir });
  try {
    await localOnly(ctx, opts.served.origin);
    await ctx.addInitScript(PROBE);
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    const pages: BadgePage[] = [];
    let seen = 0;
    for (const [i, l] of opts.labels.entries()) {
      if (i % 25 === 0) opts.progress(`extension: page ${i + 1}/${opts.labels.length}`);
      const bytes = readFileSync(join(opts.corpusDir, l.file)).length;
      try {
        const p = await readProbe(ctx, `${opts.served.origin}/corpus/${l.file}`, BADGE_WAIT_MS);
        if (p.badgeAt !== null) seen++;
        const after = p.longtasks.filter(([start, d]) => start + d >= p.dcl).map(([, d]) => d);
        pages.push({
          id: l.id,
          bytes,
          fromDomContentLoadedMs: p.badgeAt === null ? null : p.badgeAt - p.dcl,
          fromLoadMs: p.badgeAt === null ? null : p.badgeAt - p.load,
          longestTaskMs: after.length ? Math.max(...after) : 0,
          error: p.badgeAt === null ? `no badge within ${BADGE_WAIT_MS} ms of load` : null,
        });
      } catch (err) {
        pages.push({ id: l.id, bytes, fromDomContentLoadedMs: null, fromLoadMs: null, longestTaskMs: NaN, error: String(err) });
      }
      // No badge on the first pages: the content script does not show one yet; stop early.
      if (i === EARLY_STOP - 1 && seen === 0) {
        return { measurable: false, reason: `no <${BADGE_TAG}> element on the first ${EARLY_STOP} pages within ${BADGE_WAIT_MS} ms of load`, extensionId, pages };
      }
    }
    return { measurable: seen > 0, reason: seen ? null : `no <${BADGE_TAG}> element on any page`, extensionId, pages };
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
