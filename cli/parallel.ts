// Spreads command-line inputs over worker threads (one per core), printing results in input order as
// they complete. Readability is most of the cost and runs on one core per thread, so two cores
// analyse nearly twice the pages per second.
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
const MIN_INPUTS_FOR_WORKERS = 4;

export async function analyseAll(
  inputs: string[],
  options: InputOptions,
  jobs: number | null,
  print: (r: InputResult) => void,
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
  await new Promise<void>((resolve, reject) => {
    let running = 0;
    const workers: Worker[] = [];
    const feed = (w: Worker) => {
      if (next < inputs.length) {
        w.postMessage({ index: next, input: inputs[next] });
        next++;
      } else {
        void w.terminate();
        if (--running === 0) resolve();
      }
    };
    for (let i = 0; i < threads; i++) {
      // The main thread's stack size, so a page too deep for the parser fails the same way whatever --jobs is.
      const w = new Worker(WORKER_BOOT, { eval: true, workerData: { options, entry: WORKER_ENTRY }, resourceLimits: { stackSizeMb: 1 } });
      running++;
      workers.push(w);
      w.on('message', (msg: { index: number; result: InputResult }) => {
        results.set(msg.index, msg.result);
        while (results.has(printed)) {
          emit(results.get(printed)!);
          results.delete(printed);
          printed++;
        }
        feed(w);
      });
      w.on('error', (err) => {
        workers.forEach((x) => void x.terminate());
        reject(err);
      });
      feed(w);
    }
  });
  return failed;
}
