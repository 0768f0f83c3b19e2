import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseless, REWRITTEN, spellCases } from './caseless';
// Loads every rule and detector, so that their rewritten patterns are all listed.
import './analyze';

/** The original case-insensitive pattern behind each rewritten one (the rules keep both forms equal by test). */
const ORIGINALS: RegExp[] = [
  /^(?:the\s)?news\sagency\s(\p{Lu}\p{L}{1,20})$/iu,
  /\b(?:dieser|this)\s(?:artikel|article)\s(?:wurde|was)\s[^.\n]{0,40}(?:gesponsert|sponsored)\b/iu,
  /(?:информационное\sагентство|agência\sde\snotícias|haber\sajansı)\s[\p{L}\-]{2,20}/iu,
  /[(（]\s?(?:[\p{L}.\-]{1,15}\s){0,2}(?:mit|avec|con)\s(?:Material\s|l['’]\s?)?$/iu,
  /^[a-zà-ö]{2,5}\u00e9[^a-c]$/iu,
];

/** Text made of the pattern's own words in random case, with letters, digits, spaces and punctuation between. */
function textFor(re: RegExp): fc.Arbitrary<string> {
  const words = re.source.match(/\p{L}{2,}/gu) ?? ['a'];
  const piece = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(' ', '.', ',', '(', ')', '/', '-', ':', '’', "'", '\n', '1', '2024', 'é', 'É', 'ß', 'ı', 'İ'),
    fc.string({ maxLength: 3 }),
  );
  const cased = piece.chain((w) => fc.constantFrom(w, w.toUpperCase(), w.toLowerCase(), w.charAt(0).toUpperCase() + w.slice(1)));
  return fc.array(cased, { maxLength: 14 }).map((a) => a.join(''));
}

describe('caseless', () => {
  it('spells letters in both cases, leaves escapes, classes of properties and group names alone', () => {
    expect(spellCases(String.raw`^(?<year>ab)\s\p{L}[c-d]\u00e9`)).toBe(String.raw`^(?<year>[aA][bB])\s\p{L}[c-dCD][\u00e9É]`);
    expect(spellCases('[^x.]')).toBe('[^x.X]');
    expect(spellCases('ß')).toBe('ß');
  });

  it('returns patterns without both i and u unchanged', () => {
    const re = /news/i;
    expect(caseless(re)).toBe(re);
    expect(caseless(/news/iu).flags).toBe('u');
  });

  // The rules' and detectors' own patterns, rewritten where they are defined, against the patterns they were written as.
  const rules = [...REWRITTEN];
  it('finds the rules\' rewritten patterns', () => expect(rules.length).toBeGreaterThan(40));
  const pairs = [...ORIGINALS.map((r) => [r, caseless(r)] as const), ...rules];
  it.each(pairs.map(([re, spelled]) => [re.source.slice(0, 60), re, spelled] as const))('matches what %s/iu matches', (_, re, spelled) => {
    fc.assert(
      fc.property(textFor(re), (text) => {
        const a = new RegExp(re.source, re.flags.replace('g', '').replace('y', '')).exec(text);
        const b = new RegExp(spelled.source, spelled.flags.replace('g', '').replace('y', '')).exec(text);
        expect(b?.index, text).toBe(a?.index);
        expect(b?.[0], text).toBe(a?.[0]);
      }),
      { numRuns: 150, seed: 1 },
    );
  });
});
