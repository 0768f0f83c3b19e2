import { describe, expect, it } from 'vitest';
import { classify } from './classify';
import type { StatusSignal } from './detectors/types';
import type { AgencyCredit } from './report';

const credit = (id: string, contribution: AgencyCredit['contribution'], role: AgencyCredit['role'] = 'text'): AgencyCredit => ({
  id,
  name: id.toUpperCase(),
  shortName: id.toUpperCase(),
  country: null,
  homepage: null,
  role,
  contribution,
  confidence: 0.9,
  evidence: [{ text: `${id} credit`, where: 'dateline', rule: 'test' }],
});
const signal = (status: StatusSignal['status'], strength: number, from?: string): StatusSignal => ({
  status,
  strength,
  from,
  evidence: { text: `${status} evidence`, where: 'body', rule: 'test' },
});
const run = (agencies: AgencyCredit[], signals: StatusSignal[], isArticle = true) => classify({ isArticle, articleEvidence: [], agencies, signals });

describe('classifier', () => {
  it('orders the statuses by precedence', () => {
    expect(run([credit('ani', 'copy')], [], false).status).toBe('not-article');
    expect(run([credit('ani', 'copy')], [signal('press-release', 0.95), signal('wire-unedited', 0.97)]).status).toBe('press-release');
    expect(run([credit('ani', 'copy')], [signal('wire-unedited', 0.97)]).status).toBe('wire-unedited');
    expect(run([credit('ap', 'copy')], [signal('republished', 0.88, 'CNN')]).status).toBe('wire');
    expect(run([credit('jta', 'copy')], [signal('republished', 0.95, 'Kveller')]).republishedFrom).toBe('Kveller');
    expect(run([credit('pti', 'inputs')], []).status).toBe('wire-assisted');
    expect(run([credit('pti', 'inputs')], [signal('republished', 0.8, 'X')]).status).toBe('republished');
    expect(run([credit('afp', 'photo', 'photo')], []).status).toBe('staff');
  });

  it('keeps weak hints as evidence without deciding on them', () => {
    const verdict = run([], [signal('republished', 0.6)]);
    expect(verdict.status).toBe('staff');
    expect(verdict.evidence).toHaveLength(1);
    expect(verdict.confidence).toBeLessThan(0.8);
  });

  it('gives the disclaimer and combined confidence for unedited wire copy', () => {
    const verdict = run([credit('ani', 'copy')], [signal('wire-unedited', 0.97)]);
    expect(verdict.disclaimer?.text).toBe('wire-unedited evidence');
    expect(verdict.confidence).toBeGreaterThan(0.97);
    expect(verdict.evidence.map((e) => e.text)).toEqual(['wire-unedited evidence', 'ani credit']);
  });
});
