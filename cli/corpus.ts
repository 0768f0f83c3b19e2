// Reads a labelled corpus folder (labels.jsonl + pages/) and runs the engine over it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../lib/analyze';
import { parseDocument } from './dom';
import { decodeHtml } from './load';
import { toCliReport, type CliReport } from './output';
import type { Label } from './score';

export const DEFAULT_CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

export function readLabels(dir: string): Label[] {
  return readFileSync(join(dir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Label);
}

export function readPage(dir: string, label: Label): string {
  return decodeHtml(readFileSync(join(dir, label.file)), null, label.file);
}

export function runLabel(dir: string, label: Label): CliReport | { error: string } {
  try {
    const doc = parseDocument(readPage(dir, label));
    return toCliReport(label.file, analyze(doc, { url: label.url }));
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}
