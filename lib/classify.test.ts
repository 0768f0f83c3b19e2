import { describe, expect, it } from 'vitest';
import { classify, isPersonName, type CheckedPlaces } from './classify';
import type { StatusSignal } from './detectors/types';
import type { AgencyCredit } from './report';

const credit = (id: string, contribution: AgencyCredit['contribution']): AgencyCredit => ({
  id,
  name: id.toUpperCase(),
  shortName: id.toUpperCase(),
  country: null,
  homepage: null,
  contribution,
  confidence: 0.9,
  evidence: [{ text: `${id} credit`, where: 'dateline', ruleId: 'dateline-credit', rule: 'test' }],
});
const signal = (status: StatusSignal['status'], strength: number, originalPublisher?: string): StatusSignal => ({
  status,
  strength,
  originalPublisher,
  evidence: { text: `${status} evidence`, where: 'body', ruleId: 'republication-note', rule: 'test' },
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
    expect(run([credit('afp', 'photo')], []).status).toBe('staff');
  });

  it('keeps weak hints as evidence without deciding on them', () => {
    const verdict = run([], [signal('republished', 0.6)]);
    expect(verdict.status).toBe('staff');
    expect(verdict.evidence.map((e) => e.rule)).toEqual(['no credit found', 'test']);
    expect(verdict.confidence).toBeLessThan(run([], []).confidence);
  });
});

describe('staff verdicts', () => {
  const checked = (over: Partial<CheckedPlaces> = {}): CheckedPlaces => ({
    byline: 'Jane Doe',
    bodyBlocks: 24,
    bodyChars: 6000,
    meta: true,
    article: true,
    jsonLd: true,
    notices: 3,
    captions: 2,
    ...over,
  });
  const staff = (c?: CheckedPlaces, signals: StatusSignal[] = []) => classify({ isArticle: true, articleEvidence: [], agencies: [], signals, checked: c });

  it('says where it looked for a credit', () => {
    const [e] = staff(checked()).evidence;
    expect(e).toMatchObject({ where: 'body', rule: 'no credit found' });
    expect(e!.text).toBe('No agency credit found in: byline (“Jane Doe”), first and last paragraphs (of 24), notices (3), metadata, JSON-LD, captions (2)');
    expect(staff(checked({ byline: null, bodyBlocks: 0, bodyChars: 0, notices: 0, captions: 0, jsonLd: false })).evidence[0]!.text).toBe(
      'No agency credit found in: metadata; no byline or article text found',
    );
    // Without the facts (an older caller) it still names the places the detectors read.
    expect(staff().evidence[0]!.text).toMatch(/^No agency credit found in the byline, dateline/);
  });

  it('is surer the more places there were to read and came up clean', () => {
    const full = staff(checked()).confidence;
    const desk = staff(checked({ byline: 'Staff Reporter' })).confidence;
    const short = staff(checked({ bodyBlocks: 2, bodyChars: 300 })).confidence;
    const nothing = staff(checked({ byline: null, bodyBlocks: 0, bodyChars: 0, meta: false, jsonLd: false })).confidence;
    expect(full).toBeGreaterThan(desk);
    expect(full).toBeGreaterThan(short);
    expect(Math.min(desk, short)).toBeGreaterThan(nothing);
    expect(nothing).toBeLessThanOrEqual(0.5);
    expect(full).toBeLessThan(0.99);
  });

  it('lowers confidence for a weak hint elsewhere, more for a stronger one', () => {
    const clean = staff(checked()).confidence;
    const hinted = staff(checked(), [signal('republished', 0.6)]).confidence;
    expect(hinted).toBeLessThan(clean);
    expect(staff(checked(), [signal('republished', 0.65)]).confidence).toBeLessThan(hinted);
  });
});

describe('person bylines', () => {
  it('knows a person from a desk, an agency or an outlet', () => {
    for (const b of [
      'Jane Doe',
      'By Howard BlumeStaff Writer',
      'R.C. Baker',
      'Alejandro de la Garza',
      'Par Cécile Ducourtieux(Bruxelles)',
      'von Lars Fischer und Alina Schadwinkel',
      'by Lucas Nolan22 Dec 2016',
    ]) {
      expect(isPersonName(b), b).toBe(true);
    }
    for (const b of [
      'Reuters',
      'AFP',
      'Staff Reporter',
      'HT Correspondent',
      'BBC News',
      'The Associated Press',
      'Repubblica.it',
      'Agenzia ANSA',
      'No Author',
      'cindy mangomini',
      '日本経済新聞社',
      'November 9, 2023 By Daniel Wood',
      null,
    ]) {
      expect(isPersonName(b), String(b)).toBe(false);
    }
  });

  it('is surer a page is not an article the more page-kind findings agree', () => {
    const finding = (rule: string) => ({ text: rule, where: 'url' as const, ruleId: 'home-page' as const, rule });
    const one = classify({ isArticle: false, articleEvidence: [finding('a home page')], agencies: [], signals: [] }).confidence;
    const two = classify({ isArticle: false, articleEvidence: [finding('a home page'), finding('almost no text')], agencies: [], signals: [] }).confidence;
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThan(0.99);
  });

  it('gives the disclaimer and combined confidence for unedited wire copy', () => {
    const verdict = run([credit('ani', 'copy')], [signal('wire-unedited', 0.97)]);
    expect(verdict.disclaimer?.text).toBe('wire-unedited evidence');
    expect(verdict.confidence).toBeGreaterThan(0.97);
    expect(verdict.evidence.map((e) => e.text)).toEqual(['wire-unedited evidence', 'ani credit']);
  });
});
