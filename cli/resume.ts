// Resumable output: a re-run with the same --output file reads what it holds, skips those inputs
// (reports and errors alike) and appends the rest. A last line cut short by an interrupted run is
// dropped from the file first, so the file stays one complete record a line.
import { createReadStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { CSV_HEADER, rowFromCsv } from './csv';
import { rowFromJson, type PageRow } from './page-row';

export interface Earlier {
  done: Set<string>;
  /** The earlier rows, for the summary of the whole run. */
  rows: PageRow[];
  /** Whether the file already starts with the CSV header. */
  hasHeader: boolean;
}

/** Reads an output file of an earlier run (nothing if there is none). */
export async function readEarlier(path: string, format: 'json' | 'csv' | 'text'): Promise<Earlier> {
  const earlier: Earlier = { done: new Set(), rows: [], hasHeader: false };
  const info = await stat(path).catch(() => null);
  if (!info?.size) return earlier;
  if (format === 'text') throw new Error(`--output resumes JSON Lines or CSV only: add --json or --csv`);
  await dropCutLine(path, info.size);
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    if (first && line === CSV_HEADER) earlier.hasHeader = true;
    first = false;
    if (!line.trim() || line === CSV_HEADER) continue;
    let row: PageRow | null;
    if (format === 'json') {
      try {
        row = rowFromJson(JSON.parse(line));
      } catch {
        row = null;
      }
    } else row = rowFromCsv(line);
    if (!row)
      throw new Error(`${path} holds a line that is not ${format === 'json' ? 'a JSON report' : 'a CSV row'} of this command: give another --output file`);
    if (!earlier.done.has(row.input)) earlier.rows.push(row);
    earlier.done.add(row.input);
  }
  return earlier;
}

/** Cuts the file after its last newline. */
async function dropCutLine(path: string, size: number): Promise<void> {
  const file = await open(path, 'r');
  try {
    const tail = Buffer.alloc(Math.min(size, 1 << 20));
    let end = size;
    while (end > 0) {
      const from = Math.max(0, end - tail.length);
      const { bytesRead } = await file.read(tail, 0, end - from, from);
      const at = tail.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (at >= 0) {
        end = from + at + 1;
        break;
      }
      end = from;
    }
    if (end < size) await truncate(path, end);
  } finally {
    await file.close();
  }
}
