import { describe, expect, it } from 'vitest';
import { classList, spellOutProperties, type PatternPart } from '../../scripts/unicode-classes';

const join = (parts: PatternPart[]) => parts.map((p) => (typeof p === 'string' ? p : classList(p.key))).join('');

/** Every code point but the surrogates, and the lone surrogates on their own. */
let everything = '';
for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) everything += String.fromCodePoint(cp);
const loneSurrogates = Array.from({ length: 0x800 }, (_, i) => String.fromCharCode(0xd800 + i));

/** Where a one-character pattern matches, over all of Unicode: the same for the written-out pattern? */
function sameEverywhere(pattern: string, flags: string) {
  const parts = spellOutProperties(pattern, flags);
  expect(parts, pattern).not.toBeNull();
  const spelled = join(parts!);
  const at = (source: string) => Array.from(everything.matchAll(new RegExp(source, `${flags}g`)), (m) => m.index);
  expect(at(spelled)).toEqual(at(pattern));
  const lone = (source: string) => loneSurrogates.filter((s) => new RegExp(`^(?:${source})$`, flags).test(s)).length;
  expect(lone(spelled)).toBe(lone(pattern));
}

describe('Unicode properties spelled out for the built scripts', () => {
  it('matches exactly the same characters, in classes, negated classes and alone', () => {
    sameEverywhere(String.raw`[\p{L}\p{M}\p{N}.&'’\-]`, 'u');
    sameEverywhere(String.raw`[^\p{L}\p{N}]`, 'u');
    sameEverywhere(String.raw`\p{Lu}`, 'u');
    sameEverywhere(String.raw`\P{N}`, 'u');
    sameEverywhere(String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`, 'u');
    sameEverywhere(String.raw`[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}]`, 'u');
  });

  it('keeps what the i flag makes of a class', () => {
    sameEverywhere(String.raw`[\p{Lu}\p{Lt}]`, 'iu');
    sameEverywhere(String.raw`[^\p{Ll}]`, 'iu');
  });

  it('keeps whole patterns meaning the same on real text', () => {
    const pattern = String.raw`^(?:[«"“„]?[\p{L}\p{N}][\p{L}\p{M}\p{N}.&'’\-]{0,30}[»"”“]?)(?:\s\p{Lu}[\p{L}.'\-]{1,20}){0,2}$`;
    const spelled = new RegExp(join(spellOutProperties(pattern, 'u')!), 'u');
    const original = new RegExp(pattern, 'u');
    for (const text of [
      'Agence France-Presse',
      '«Ansa» Roma',
      'Deutsche Presse-Agentur',
      'ČTK Praha',
      'Ελληνικό Πρακτορείο',
      'नई दिल्ली',
      '新华社 Xinhua',
      'lower case',
      'A',
      '1 2 3',
    ])
      expect(spelled.test(text), text).toBe(original.test(text));
  });

  it('keeps the other members of a class where they were, a leading hyphen included', () => {
    const parts = spellOutProperties(String.raw`[-\p{L}.]`, 'u')!;
    expect(parts).toEqual(['[', { key: 'L' }, String.raw`\-.]`]);
    sameEverywhere(String.raw`[-\p{L}.]`, 'u');
  });

  it('leaves alone what it must not touch', () => {
    // Outside u mode \p is the letter p; the v flag has its own class syntax.
    expect(spellOutProperties(String.raw`\p{L}`, '')).toBeNull();
    expect(spellOutProperties(String.raw`[\p{L}]`, 'v')).toBeNull();
    expect(spellOutProperties(String.raw`\d+`, 'u')).toBeNull();
    // A property negated inside a class, and a class a template's piece cuts off, stay as written.
    expect(spellOutProperties(String.raw`[\P{N}x]`, 'u')).toBeNull();
    expect(spellOutProperties(String.raw`(?:[\p{L}\-`, 'u')).toBeNull();
    // An escaped bracket is not a class.
    expect(spellOutProperties(String.raw`\[\p{L}\]`, 'u')).toEqual([String.raw`\[[`, { key: 'L' }, String.raw`]\]`]);
  });

  it('writes each set once, sorted, with the characters a class would misread escaped', () => {
    const list = classList('L+N');
    expect(classList('N+L')).toBe(list);
    expect(list.startsWith('0-9A-Za-z')).toBe(true);
    // L and N hold no character a class reads as syntax, so none is escaped either.
    expect(list).not.toMatch(/[\\\]\[^/]/u);
  });
});
