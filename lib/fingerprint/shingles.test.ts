// The tokenizer's scan gives exactly the tokens of its definition (TOKEN_RE): for every character of
// the Basic Multilingual Plane and a few beyond, and for every paragraph of the corpus. A difference
// would change fingerprints and stored memories would no longer match new pages.
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenHashes, tokenHashesByRegex } from './shingles';
import { readCorpusTexts, type CorpusText } from './test-corpus';

let texts: CorpusText[];

beforeAll(() => {
  texts = readCorpusTexts();
}, 600_000); // reading 263 pages with Readability: about 25 s of CPU, much longer on a busy machine

describe('tokenHashes', () => {
  it('tells word characters from separators as the regex does, for every character', () => {
    const wrong: string[] = [];
    const chars: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) chars.push(String.fromCharCode(c));
    chars.push('😀', '𝐀', '𠀀', '\ud800', '\udc00x');
    for (const ch of chars) {
      // Between two words, upper and lower case: a word character joins them, a separator splits them.
      for (const text of [`ab${ch}cd`, `AB${ch}CD`, `${ch}`, `x ${ch}${ch} y`]) {
        if (tokenHashes(text).join() !== tokenHashesByRegex(text).join()) wrong.push(`U+${ch.codePointAt(0)!.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives the regex’s tokens for every paragraph of the corpus', () => {
    let paragraphs = 0;
    const wrong: string[] = [];
    for (const t of texts) {
      for (const b of t.blocks) {
        paragraphs++;
        if (tokenHashes(b.text).join() !== tokenHashesByRegex(b.text).join()) wrong.push(`${t.id}: ${b.text.slice(0, 40)}`);
      }
    }
    expect(paragraphs).toBeGreaterThan(5000);
    expect(wrong).toEqual([]);
  });

  it('keeps appending after earlier tokens, also when a text goes to the regex', () => {
    const out = tokenHashes('one two');
    tokenHashes('drei 東京 vier', out);
    expect(out).toEqual([...tokenHashesByRegex('one two'), ...tokenHashesByRegex('drei 東京 vier')]);
    expect(out).toHaveLength(2 + 4);
  });
});
