import { describe, expect, it } from 'vitest';
import type { AgencyCredit, EmbeddedPost, Platform } from '../lib/report';
import type { CliReport } from './output';
import { calibration, postIdOf, score, type Label } from './score';

const label = (over: Partial<Label>): Label => ({
  id: 'p',
  file: 'pages/p.html',
  url: null,
  isArticle: true,
  status: 'staff',
  statusAlt: [],
  agencies: [],
  optionalAgencies: [],
  photoOnlyAgencies: [],
  disclaimer: null,
  republishedFrom: null,
  embeds: [],
  ...over,
});
const report = (over: Partial<CliReport>): CliReport => ({ input: 'p', url: null, status: 'staff', agencies: [], embeds: [], ...over }) as CliReport;
const agency = (id: string, contribution: 'copy' | 'photo' = 'copy'): AgencyCredit => ({
  id,
  name: id,
  shortName: id,
  country: null,
  homepage: null,
  contribution,
  confidence: 0.9,
  evidence: [],
});
const post = (platform: Platform, postId: string | null, form: EmbeddedPost['form']): EmbeddedPost => ({
  platform,
  url: null,
  postId,
  handle: null,
  author: null,
  date: null,
  text: null,
  form,
  evidence: [],
});

describe('scoring', () => {
  it('counts agencies as the corpus README says: optional ones neither rewarded nor penalised', () => {
    const s = score(
      [label({ id: 'a', agencies: ['ap'], optionalAgencies: ['afp'] }), label({ id: 'b' })],
      new Map([
        ['a', report({ agencies: [agency('ap'), agency('afp'), agency('reuters', 'photo')] })],
        ['b', report({ agencies: [agency('pti')] })],
      ]),
    );
    expect(s.agencies).toMatchObject({ tp: 1, fp: 1, fn: 0, staffFalseCredits: 1 });
    expect(s.agencies.precision).toBe(0.5);
  });

  it('accepts statusAlt and counts embeds per platform', () => {
    const s = score(
      [
        label({
          id: 'a',
          status: 'wire',
          statusAlt: ['wire-assisted'],
          embeds: [{ platform: 'x', url: 'https://twitter.com/a/status/1234567', handle: '@a' }],
        }),
      ],
      new Map([['a', report({ status: 'wire-assisted', embeds: [post('x', '1234567', 'markup'), post('youtube', null, 'iframe')] })]]),
    );
    expect(s.status.accuracy).toBe(1);
    expect(s.embeds).toMatchObject({ tp: 1, predicted: 2, gold: 1, postIdsFound: 1 });
  });

  it('reads post ids from post URLs', () => {
    expect(postIdOf('https://x.com/mfa_russia/status/1991519131178934313')).toBe('1991519131178934313');
    expect(postIdOf('https://www.instagram.com/p/B_abc-12/')).toBe('B_abc-12');
    expect(postIdOf('https://www.linkedin.com/embed/feed/update/urn:li:share:7100000000000000001')).toBe('7100000000000000001');
    expect(postIdOf('https://www.linkedin.com/feed/update/urn:li:activity:7200000000000000002/')).toBe('7200000000000000002');
    expect(postIdOf('https://www.youtube.com/watch?v=gDeCrdzK-gs')).toBe('gDeCrdzK-gs');
    expect(postIdOf(null)).toBeNull();
  });

  it('puts each page in its confidence band and counts how many were right', () => {
    const s = score(
      [label({ id: 'a' }), label({ id: 'b' }), label({ id: 'c', status: 'wire' }), label({ id: 'd' })],
      new Map<string, CliReport | { error: string }>([
        ['a', report({ confidence: 0.95 })],
        ['b', report({ confidence: 0.97 })],
        ['c', report({ confidence: 0.96 })],
        ['d', { error: 'boom' }],
      ]),
    );
    const top = s.calibration.bands.at(-1)!;
    expect(top).toMatchObject({ label: '≥.95', lo: 0.95, hi: 1, count: 3, correct: 2 });
    expect(top.accuracy).toBeCloseTo(2 / 3);
    expect(top.meanConfidence).toBeCloseTo(0.96);
    // The page that failed to analyse has no confidence to judge.
    expect(s.calibration.bands.reduce((n, b) => n + b.count, 0)).toBe(3);
    expect(s.calibration.byStatus.staff).toMatchObject({ count: 3, correct: 2 });
  });
});

describe('calibration', () => {
  it('reads band edges as lower bounds and measures the gap between stated and right', () => {
    const c = calibration([
      { status: 'staff', confidence: 0.6, correct: true },
      { status: 'staff', confidence: 0.59, correct: false },
      { status: 'wire', confidence: 0.85, correct: true },
      { status: 'wire', confidence: 0.85, correct: false },
      { status: 'wire', confidence: 0.1 + 0.7, correct: true },
    ]);
    expect(c.bands.map((b) => b.label)).toEqual(['<.60', '.60–.70', '.70–.80', '.80–.90', '.90–.95', '≥.95']);
    expect(c.bands.map((b) => b.count)).toEqual([1, 1, 0, 3, 0, 0]);
    expect(c.bands[2]).toMatchObject({ accuracy: null, meanConfidence: null });
    // |0 − .59|·1/5 + |1 − .6|·1/5 + |2/3 − .8333|·3/5
    expect(c.ece).toBeCloseTo((0.59 + 0.4 + 0.5) / 5);
    expect(c.brier).toBeCloseTo((0.59 ** 2 + 0.4 ** 2 + 0.15 ** 2 + 0.85 ** 2 + 0.2 ** 2) / 5);
  });

  it('is perfect when every page says what it delivers', () => {
    const pts = Array.from({ length: 10 }, (_, i) => ({ status: 'wire', confidence: 0.9, correct: i < 9 }));
    expect(calibration(pts).ece).toBeCloseTo(0);
    expect(calibration([]).bands.every((b) => b.count === 0)).toBe(true);
  });
});
