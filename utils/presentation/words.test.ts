// Every code the engine can emit has plain words, from the tables typed from the messages; a status
// looks and reads the same in the popup, the badge and the toolbar.
import { beforeEach, describe, expect, it } from 'vitest';
import { PLATFORM_BY_ID, PLATFORMS } from '../../lib/rules/platforms';
import { STATUSES, type EvidenceSource, type OriginalSourceKind, type Report } from '../../lib/report';
import { getMessage, resetBrowser } from '../../tests/extension/i18n';
import { agency, report } from '../../tests/extension/in-page/fixtures';
import {
  contrastRatio,
  countryName,
  platformLabel,
  postLabel,
  shortLabel,
  sourceKindLabel,
  STATUS_COLORS,
  statusExplanation,
  statusLabel,
  summaryLine,
  whereLabel,
} from '.';
import { SHORT_KEYS, SOURCE_KIND_KEYS, WHERE_KEYS } from './tables';

beforeEach(resetBrowser);

describe('words for every code', () => {
  it('names every evidence place, platform and kind of source', () => {
    for (const w of Object.keys(WHERE_KEYS) as EvidenceSource[]) expect(whereLabel(w), w).toMatch(/^[A-Z]/);
    for (const k of Object.keys(SOURCE_KIND_KEYS) as OriginalSourceKind[]) expect(sourceKindLabel(k), k).toMatch(/^[A-Z]/);
  });

  it("spells each platform's name as its entry in the rules does", () => {
    for (const p of PLATFORMS) expect(platformLabel(p), p).toBe(PLATFORM_BY_ID.get(p)!.name);
    expect(['youtube', 'tiktok', 'linkedin', 'x'].map((p) => platformLabel(p as never))).toEqual(['YouTube', 'TikTok', 'LinkedIn', 'X']);
  });

  it('labels an embedded post with its handle and the platform as spelled', () => {
    const post = { platform: 'youtube', url: null, postId: null, handle: null, author: null, date: null, text: null, form: 'iframe', evidence: [] } as const;
    expect(postLabel({ ...post, evidence: [] })).toBe('YouTube');
    expect(postLabel({ ...post, platform: 'tiktok', handle: '@scout2015', evidence: [] })).toBe('@scout2015 · TikTok');
  });

  it('turns country codes into names and leaves names alone', () => {
    expect(countryName('IN', 'en')).toBe('India');
    expect(countryName('gb', 'en')).toBe('United Kingdom');
    expect(countryName('Germany', 'en')).toBe('Germany');
  });
});

describe('statuses', () => {
  it('computes contrast like WCAG', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const status of STATUSES) {
    it(`${status}: words, readable text on its tint (light and dark) and white on its solid color`, () => {
      const s = STATUS_COLORS[status];
      expect(contrastRatio(s.light.fg, s.light.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(s.dark.fg, s.dark.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio('#ffffff', s.light.solid)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio('#ffffff', s.dark.solid)).toBeGreaterThanOrEqual(4.5);
      expect(statusLabel(status).length).toBeGreaterThan(2);
      expect(statusExplanation(status).length).toBeGreaterThan(20);
      const r: Report = report(status, { agencies: [agency('ap', 'AP')] });
      expect(summaryLine(r).length).toBeGreaterThan(5);
      const neutral = status === 'not-article' || status === 'staff';
      const own = neutral ? '' : getMessage(SHORT_KEYS[status].replaceAll('.', '_'));
      const marked: Partial<Record<typeof status, string>> = { 'wire-unedited': '=AP', wire: 'AP', 'wire-assisted': '+AP' };
      expect(shortLabel(r)).toBe(neutral ? '' : (marked[status] ?? own));
      if (own) expect(own.length, 'fits the toolbar badge').toBeLessThanOrEqual(4);
    });
  }
});
