// The engine's figures on the labelled corpus may only go up: raise eval-baseline.json as it improves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS, readLabels, runLabel } from '../../cli/corpus';
import type { CliReport } from '../../cli/output';
import { score } from '../../cli/score';

const baseline = JSON.parse(readFileSync(join(import.meta.dirname, 'eval-baseline.json'), 'utf8')) as {
  agencies: { precision: number; recall: number; staffFalseCredits: number };
  status: { accuracy: number };
  embeds: { precision: number; recall: number; postIdRate: number };
};

describe('corpus evaluation', () => {
  const labels = readLabels(DEFAULT_CORPUS);
  const reports = new Map<string, CliReport | { error: string }>(labels.map((l) => [l.id, runLabel(DEFAULT_CORPUS, l)]));
  const s = score(labels, reports);
  const misses = s.misses.map((m) => `${m.id} ${m.field}: expected ${m.expected}, got ${m.got}`).join('\n');

  it('analyses every page', () => {
    expect(s.misses.filter((m) => m.field === 'error')).toEqual([]);
  });
  it('keeps agency precision and recall, and credits no staff page', () => {
    expect(s.agencies.precision, misses).toBeGreaterThanOrEqual(baseline.agencies.precision);
    expect(s.agencies.recall, misses).toBeGreaterThanOrEqual(baseline.agencies.recall);
    expect(s.agencies.staffFalseCredits, misses).toBeLessThanOrEqual(baseline.agencies.staffFalseCredits);
  });
  it('keeps status accuracy', () => {
    expect(s.status.accuracy, misses).toBeGreaterThanOrEqual(baseline.status.accuracy);
  });
  it('keeps embed precision, recall and post ids', () => {
    expect(s.embeds.precision, misses).toBeGreaterThanOrEqual(baseline.embeds.precision);
    expect(s.embeds.recall, misses).toBeGreaterThanOrEqual(baseline.embeds.recall);
    expect(s.embeds.postIdRate, misses).toBeGreaterThanOrEqual(baseline.embeds.postIdRate);
  });
});
