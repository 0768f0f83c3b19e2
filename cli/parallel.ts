// Spreads command-line inputs over worker threads (one per core), printing results in input order as
// they complete. Readability is most of the cost and runs on one core per thread, so two cores
// analyse nearly twice the pages per second. A worker that crashes or takes too long costs only its
// own input: it is replaced and the others go on.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyseInput, type InputOptions, type InputResult } from './analyze-input';

// The command line runs TypeScript through tsx, whose loader a worker thread does not inherit: the
// worker starts from this small script, which loads the TypeScript entry through tsx's API.
const WORKER_ENTRY = new URL('./analyze-worker.ts', import.meta.url).href;
const WORKER_BOOT = `
const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then(({ tsImport }) => tsImport(workerData.entry, workerData.entry));
`;

/** Fewer inputs than this are not worth starting threads for. */
const MIN_INPUTS_FOR_WORKERS = 2;
/** Time for one input's analysis, on top of the time allowed to fetch it. */
export const ANALYSIS_TIME_LIMIT_MS = 60_000;
/** Time for a worker thread to load the engine before it takes its first input. */
const BOOT_LIMIT_MS = 30_000;

function failure(input: string, options: InputOptions, message: string): InputResult {
  return options.json
    ? { text: JSON.stringify({ input, error: message }), stream: 'stdout', failed: true }
    : { text: `${input}\n  error: ${message}\n`, stream: 'stderr', failed: true };
}

export async function analyseAll(
  inputs: string[],
  options: InputOptions,
  jobs: number | null,
  print: (r: InputResult) => void,
  limitMs = options.timeoutMs + ANALYSIS_TIME_LIMIT_MS,
): Promise<number> {
  const threads = Math.min(jobs ?? availableParallelism(), inputs.length);
  let failed = 0;
  const emit = (r: InputResult) => {
    if (r.failed) failed++;
    print(r);
  };
  if (threads < 2 || inputs.length < MIN_INPUTS_FOR_WORKERS) {
    for (const input of inputs) emit(await analyseInput(input, options));
    return failed;
  }

  const results = new Map<number, InputResult>();
  let printed = 0;
  let next = 0;
  const settle = (index: number, result: InputResult) => {
    results.set(index, result);
    while (results.has(printed)) {
      emit(results.get(printed)!);
      results.delete(printed);
      printed++;
    }
  };

  await new Promise<void>((resolve) => {
    let live = 0;
    const start = () => {
      // The main thread's stack size, so a page too deep for the parser fails the same way whatever --jobs is.
      const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { options, entry: WORKER_ENTRY }, resourceLimits: { stackSizeMb: 1 } });
      let current: { index: number; timer: NodeJS.Timeout } | null = null;
      let done = false;
      live++;
      const retire = (message: string | null) => {
        if (done) return;
        done = true;
        clearTimeout(boot);
        live--;
        if (current) {
          clearTimeout(current.timer);
          if (message) settle(current.index, failure(inputs[current.index]!, options, message));
          current = null;
        }
        void worker.terminate();
        if (message && next < inputs.length) start();
        if (live === 0) resolve();
      };
      const feed = () => {
        if (next >= inputs.length) return retire(null);
        const index = next++;
        const timer = setTimeout(() => retire(`analysis took longer than ${Math.round(limitMs / 1000)} s and was stopped`), limitMs);
        current = { index, timer };
        worker.postMessage({ index, input: inputs[index] });
      };
      // A worker that never finishes loading costs one input, as a stuck one does.
      const boot = setTimeout(() => {
        if (next < inputs.length) settle(next, failure(inputs[next++]!, options, `the analysis worker did not start within ${BOOT_LIMIT_MS / 1000} s`));
        retire('the analysis worker did not start');
      }, BOOT_LIMIT_MS);
      worker.on('message', (msg: { ready: true } | { index: number; result: InputResult }) => {
        if ('ready' in msg) {
          clearTimeout(boot);
          return feed();
        }
        if (!current || msg.index !== current.index) return;
        clearTimeout(current.timer);
        current = null;
        settle(msg.index, msg.result);
        feed();
      });
      worker.on('error', (err: unknown) => retire(`analysis crashed: ${err instanceof Error ? err.message : String(err)}`));
      worker.on('exit', () => retire('analysis stopped unexpectedly'));
    };
    for (let i = 0; i < threads; i++) start();
  });
  return failed;
}
