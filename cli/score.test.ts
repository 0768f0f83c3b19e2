import { describe, expect, it } from 'vitest';
import type { CliReport } from './output';
import { postIdOf, score, type Label } from './score';

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
const report = (over: Partial<CliReport>): CliReport =>
  ({ input: 'p', url: null, isArticle: true, status: 'staff', agencies: [], embeds: [], ...over }) as CliReport;
const agency = (id: string, role: 'text' | 'photo' = 'text') => ({ id, name: id, role, contribution: 'copy', evidence: [] });

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
      [label({ id: 'a', status: 'wire', statusAlt: ['wire-assisted'], embeds: [{ platform: 'x', url: 'https://twitter.com/a/status/1234567', handle: '@a' }] })],
      new Map([['a', report({ status: 'wire-assisted', embeds: [{ platform: 'x', url: null, postId: '1234567', handle: null, author: null, date: null, form: 'markup' }, { platform: 'youtube', url: null, postId: null, handle: null, author: null, date: null, form: 'iframe' }] })]]),
    );
    expect(s.status.accuracy).toBe(1);
    expect(s.embeds).toMatchObject({ tp: 1, predicted: 2, gold: 1, postIdsFound: 1 });
  });

  it('reads post ids from post URLs', () => {
    expect(postIdOf('https://x.com/mfa_russia/status/1991519131178934313')).toBe('1991519131178934313');
    expect(postIdOf('https://www.instagram.com/p/B_abc-12/')).toBe('B_abc-12');
    expect(postIdOf('https://www.youtube.com/watch?v=gDeCrdzK-gs')).toBe('gDeCrdzK-gs');
    expect(postIdOf(null)).toBeNull();
  });
});
