// A worker thread of the command line: analyses the inputs the main thread sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { analyseInput, type InputOptions } from './analyze-input';

const { options } = workerData as { options: InputOptions };
parentPort?.on('message', (msg: { index: number; input: string }) => {
  void analyseInput(msg.input, options).then((result) => parentPort?.postMessage({ index: msg.index, result }));
});
// Loaded: the main thread starts an input's time limit only from here, not while the worker boots.
parentPort?.postMessage({ ready: true });
