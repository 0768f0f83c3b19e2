// Article text → the hashed word shingles a fingerprint is built from. Pure and linear.
//
// A shingle is a run of SHINGLE_WORDS consecutive tokens. Tokens are words (letters, digits and
// marks, lower-cased) in scripts written with spaces, and single characters in scripts written
// without them (Chinese, Japanese kana, Thai, Lao, Khmer, Myanmar), where a "word" would be a whole
// phrase and one edited character would change it. Punctuation, quotes and spacing are not tokens,
// so typographic differences between sites (curly quotes, dashes, no-break spaces) change nothing.

/** Four tokens: long enough that two different stories rarely share a shingle, short enough that one edited word changes only four. */
export const SHINGLE_WORDS = 4;

// One alternation, no nested quantifiers: linear. The first branch takes one character of the
// scripts without word spaces; the second a word of any other script.
const TOKEN_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]|[\p{L}\p{N}\p{M}]+/gu;

/** FNV-1a over the UTF-16 code units, then a final mix: a 32-bit hash of one token. */
function hashToken(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** murmur3's finaliser: spreads every input bit over the whole word. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The token hashes of a text, in order. */
export function tokenHashes(text: string, out: number[] = []): number[] {
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) out.push(hashToken(m[0].toLowerCase()));
  return out;
}

/**
 * The hashes of a token sequence's shingles (duplicates kept: callers take minima, where they do no
 * harm). A text shorter than one shingle gives one shingle of what it has.
 */
export function shingleHashes(tokens: readonly number[], out: number[] = []): number[] {
  const n = tokens.length;
  if (n === 0) return out;
  const last = Math.max(0, n - SHINGLE_WORDS);
  for (let i = 0; i <= last; i++) {
    let h = 0x9747b28c;
    const end = Math.min(n, i + SHINGLE_WORDS);
    for (let j = i; j < end; j++) h = Math.imul(h ^ tokens[j]!, 0x9e3779b1) ^ (h >>> 15);
    out.push(mix32(h));
  }
  return out;
}
