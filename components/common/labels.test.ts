// Every code the engine can emit has plain words in the UI.
import { beforeEach, describe, expect, it } from 'vitest';
import { PLATFORMS, type EvidenceSource, type OriginalSourceKind } from '../../lib/report';
import { countryName, platformLabel, sourceKindLabel, whereLabel } from './labels';
import { resetBrowser } from '../../tests/extension/i18n';

beforeEach(resetBrowser);

// Kept in step with lib/report.ts by the type annotations: a new code there fails to compile here.
const WHERE: Record<EvidenceSource, true> = {
  'json-ld': true, meta: true, canonical: true, url: true, title: true, byline: true, dateline: true,
  body: true, 'sign-off': true, caption: true, embed: true, 'custom-rule': true,
};
const KINDS: Record<OriginalSourceKind, true> = { agency: true, post: true, publisher: true, canonical: true, 'press-release': true };

describe('labels', () => {
  it('names every evidence place, platform and kind of source', () => {
    for (const w of Object.keys(WHERE) as EvidenceSource[]) expect(whereLabel(w), w).toMatch(/^[A-Z]/);
    for (const p of PLATFORMS) expect(platformLabel(p), p).toMatch(/^[A-Z]/);
    for (const k of Object.keys(KINDS) as OriginalSourceKind[]) expect(sourceKindLabel(k), k).toMatch(/^[A-Z]/);
  });

  it('turns country codes into names and leaves names alone', () => {
    expect(countryName('IN', 'en')).toBe('India');
    expect(countryName('gb', 'en')).toBe('United Kingdom');
    expect(countryName('Germany', 'en')).toBe('Germany');
  });
});
