// A worker thread of the command line: analyses the pages the main thread sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { analyseItem, type InputOptions, type Item } from './analyze-input';

const { options } = workerData as { options: InputOptions };
parentPort?.on('message', (msg: { index: number; item: Item }) => {
  void analyseItem(msg.item, options).then((result) => parentPort?.postMessage({ index: msg.index, result }));
});
// Loaded: the main thread starts a page's time limit only from here, not while the worker boots.
parentPort?.postMessage({ ready: true });
