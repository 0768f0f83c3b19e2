// The report's shape on real pages: every field of the type and no other, and every piece of evidence
// the engine produces carries a rule id from the one list beside its display label.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS, readLabels, readPage } from '../cli/corpus';
import { parseDocument } from '../cli/dom';
import { analyze } from './analyze';
import { REPORT_KEYS, REPORT_VERSION, RULE_IDS, type Evidence, type Report } from './report';

function evidenceOf(r: Report): Evidence[] {
  return [...r.statusEvidence, ...(r.disclaimer ? [r.disclaimer] : []), ...r.agencies.flatMap((a) => a.evidence), ...r.embeds.flatMap((e) => e.evidence)];
}

// One page of each gold status and kind of evidence, plus every seventh page of the corpus.
const labels = readLabels(DEFAULT_CORPUS);
const sample = labels.filter((l, i) => i % 7 === 0 || labels.findIndex((x) => x.status === l.status) === i);

describe('report v2 on corpus pages', () => {
  const reports = sample.map((l) => analyze(parseDocument(readPage(DEFAULT_CORPUS, l)), { url: l.url }));
  const known = new Set<string>(RULE_IDS);

  it('has exactly the fields of the Report type, at version 2', () => {
    for (const r of reports) {
      expect(Object.keys(r).sort()).toEqual([...REPORT_KEYS].sort());
      expect(r.version).toBe(REPORT_VERSION);
      expect(Object.keys(r.diagnostics).sort()).toEqual(['timings', 'warnings']);
    }
  });

  it('gives every piece of evidence a known rule id and a label', () => {
    const seen = new Set<string>();
    for (const r of reports) {
      for (const e of evidenceOf(r)) {
        expect(known.has(e.ruleId), `${e.ruleId} (${e.rule})`).toBe(true);
        expect(e.rule.length).toBeGreaterThan(2);
        seen.add(e.ruleId);
      }
    }
    // The sample covers agency, disclaimer, republication, page-kind, staff and embed rules.
    for (const id of ['dateline-credit', 'syndication-disclaimer', 'no-credit-found', 'embed-markup'] as const) expect(seen.has(id), id).toBe(true);
  });

  it('lists each rule id once', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });
});
