// Spreads the command line's pages over worker threads (one per core), printing results in input
// order as they complete. Readability is most of the cost and runs on one core per thread, so two
// cores analyse nearly twice the pages per second. Pages are taken from their source only when a
// worker is free and the results waiting for an earlier one are few, so memory stays bounded
// however many pages a folder or an archive holds. A worker that crashes or takes too long costs
// only its own page: it is replaced and the others go on.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyseItem, failure, type InputOptions, type InputResult, type Item } from './analyze-input';

// From the TypeScript sources (tests, tsx) a worker starts from a small script that loads the
// TypeScript entry through tsx's API, since a worker thread does not inherit tsx's loader; from the
// compiled command line it starts from the compiled worker beside this file.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_ENTRY = new URL(FROM_SOURCE ? './analyze-worker.ts' : './analyze-worker.mjs', import.meta.url);
const WORKER_BOOT = `
const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then(({ tsImport }) => tsImport(workerData.entry, workerData.entry));
`;

/** Starting a thread (and loading the engine in it) is worth it from this many pages per thread on. */
export const MIN_PAGES_PER_WORKER = 4;
/** Time for one page's analysis, on top of the time allowed to fetch it. */
export const ANALYSIS_TIME_LIMIT_MS = 60_000;
/** Time for a worker thread to load the engine before it takes its first page. */
const BOOT_LIMIT_MS = 30_000;

export interface PoolOptions {
  /** Threads to use; null: one per core, and only when there are enough pages for them. */
  jobs: number | null;
  limitMs?: number;
}

/** How many threads for this many pages (`ended`: the source holds no more than these). */
export function threadsFor(pages: number, ended: boolean, jobs: number | null): number {
  if (jobs !== null) return ended ? Math.min(jobs, pages) : jobs;
  const cores = availableParallelism();
  return ended ? Math.min(cores, Math.floor(pages / MIN_PAGES_PER_WORKER)) : cores;
}

export async function analyseAll(
  items: AsyncIterable<Item> | Iterable<Item>,
  options: InputOptions,
  pool: PoolOptions,
  print: (r: InputResult) => void,
): Promise<number> {
  const limitMs = pool.limitMs ?? options.timeoutMs + ANALYSIS_TIME_LIMIT_MS;
  const source: AsyncIterator<Item> | Iterator<Item> = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  let failed = 0;
  const emit = (r: InputResult) => {
    if (r.failed) failed++;
    print(r);
  };

  // Look ahead just far enough to know whether threads are worth starting.
  const ahead: Item[] = [];
  const wanted = pool.jobs ?? availableParallelism() * MIN_PAGES_PER_WORKER;
  let ended = false;
  while (ahead.length < wanted) {
    const r = await source.next();
    if (r.done) {
      ended = true;
      break;
    }
    ahead.push(r.value);
  }
  const next = async (): Promise<Item | null> => {
    if (ahead.length) return ahead.shift()!;
    if (ended) return null;
    const r = await source.next();
    if (r.done) ended = true;
    return r.done ? null : r.value;
  };

  const threads = threadsFor(ahead.length, ended, pool.jobs);
  if (threads < 2) {
    for (let item = await next(); item; item = await next()) emit(await analyseItem(item, options));
    return failed;
  }

  // Results wait here for the ones before them; no more than `window` pages are in flight or waiting.
  // Only the pages in flight hold their bytes, and a waiting result is a few kilobytes of text, so the
  // window can be wide enough that one slow page does not idle the other threads.
  const window = threads * 32;
  const results = new Map<number, InputResult>();
  let printed = 0;
  let taken = 0;
  let waiting: (() => void)[] = [];
  const settle = (index: number, result: InputResult) => {
    results.set(index, result);
    while (results.has(printed)) {
      emit(results.get(printed)!);
      results.delete(printed);
      printed++;
    }
    const wake = waiting;
    waiting = [];
    for (const w of wake) w();
  };
  // One taker at a time, so pages get their indexes in source order.
  let queue: Promise<unknown> = Promise.resolve();
  const take = (): Promise<{ index: number; item: Item } | null> => {
    const turn = queue.then(async () => {
      while (taken - printed >= window) await new Promise<void>((r) => waiting.push(r));
      const item = await next();
      return item ? { index: taken++, item } : null;
    });
    queue = turn.catch(() => {});
    return turn;
  };

  await new Promise<void>((resolve) => {
    let live = 0;
    const start = () => {
      // The main thread's stack size, so a page too deep for the parser fails the same way whatever --jobs is.
      const worker = new Worker(FROM_SOURCE ? WORKER_BOOT : WORKER_ENTRY, {
        eval: FROM_SOURCE,
        workerData: { options, entry: WORKER_ENTRY.href },
        resourceLimits: { stackSizeMb: 1 },
      });
      let current: { index: number; item: Item; timer: NodeJS.Timeout } | null = null;
      let done = false;
      live++;
      const retire = (message: string | null) => {
        if (done) return;
        done = true;
        clearTimeout(boot);
        if (current) {
          clearTimeout(current.timer);
          if (message) settle(current.index, failure(current.item, options, message));
          current = null;
        }
        void worker.terminate();
        if (message && (ahead.length > 0 || !ended)) start();
        live--;
        if (live === 0) resolve();
      };
      const feed = async () => {
        const job = await take();
        if (done) {
          // The worker died while waiting for a page: hand the page to a fresh one.
          if (job) settle(job.index, await analyseItem(job.item, options));
          return;
        }
        if (!job) return retire(null);
        const timer = setTimeout(() => retire(`analysis took longer than ${Math.round(limitMs / 1000)} s and was stopped`), limitMs);
        current = { ...job, timer };
        worker.postMessage({ index: job.index, item: job.item });
      };
      // A worker that never finishes loading costs one page, as a stuck one does.
      const boot = setTimeout(() => {
        void take().then((job) => {
          if (job) settle(job.index, failure(job.item, options, `the analysis worker did not start within ${BOOT_LIMIT_MS / 1000} s`));
          retire('the analysis worker did not start');
        });
      }, BOOT_LIMIT_MS);
      worker.on('message', (msg: { ready: true } | { index: number; result: InputResult }) => {
        if ('ready' in msg) {
          clearTimeout(boot);
          return void feed();
        }
        if (!current || msg.index !== current.index) return;
        clearTimeout(current.timer);
        current = null;
        settle(msg.index, msg.result);
        void feed();
      });
      worker.on('error', (err: unknown) => retire(`analysis crashed: ${err instanceof Error ? err.message : String(err)}`));
      worker.on('exit', () => retire('analysis stopped unexpectedly'));
    };
    for (let i = 0; i < threads; i++) start();
  });
  return failed;
}
