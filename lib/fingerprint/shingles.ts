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
// scripts without word spaces; the second a word of any other script. This is the definition of a
// token; the scan below gives the same tokens for the common scripts without compiling it, which
// costs a fresh page (a content script always runs in one) about a millisecond.
const TOKEN_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]|[\p{L}\p{N}\p{M}]+/gu;

const SEPARATOR = 0;
const WORD = 1;
const UNKNOWN = 2;
/** Code units below this have their kind in KINDS. */
const KINDS_END = 0x370;

/**
 * What TOKEN_RE makes of each code unit below KINDS_END: a word character (letter, digit or mark
 * of Latin, IPA and the combining diacritics) or a separator. shingles.test.ts checks every one
 * against the regex.
 */
const KINDS = (() => {
  const k = new Uint8Array(KINDS_END).fill(SEPARATOR);
  const words = [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xaa, 0xaa],
    [0xb2, 0xb3],
    [0xb5, 0xb5],
    [0xb9, 0xba],
    [0xbc, 0xbe],
    [0xc0, 0xd6],
    [0xd8, 0xf6],
    [0xf8, 0x2af],
    [0x300, 0x36f],
  ];
  for (const [a, b] of words) k.fill(WORD, a, b! + 1);
  // Spacing modifier letters mix letters and symbols: the regex decides.
  k.fill(UNKNOWN, 0x2b0, 0x300);
  return k;
})();

/** The kind of a code unit: general punctuation and currency signs are separators; other scripts are left to the regex. */
function kindOf(c: number): number {
  if (c < KINDS_END) return KINDS[c]!;
  return (c >= 0x2000 && c < 0x2070) || (c >= 0x20a0 && c < 0x20c0) ? SEPARATOR : UNKNOWN;
}

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

/** The token hashes of a text, in order, by TOKEN_RE itself. */
export function tokenHashesByRegex(text: string, out: number[] = []): number[] {
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) out.push(hashToken(m[0].toLowerCase()));
  return out;
}

/**
 * The token hashes of a text, in order: the same as tokenHashesByRegex. A text of Latin script,
 * general punctuation and currency signs only is scanned one code unit at a time, an ASCII word
 * hashed as it is read (lower-cased by hand); any other character hands the whole text to the regex.
 */
export function tokenHashes(text: string, out: number[] = []): number[] {
  const buf = new Int32Array(text.length);
  const n = tokenHashesInto(text, buf, 0);
  for (let i = 0; i < n; i++) out.push(buf[i]! >>> 0);
  return out;
}

/**
 * tokenHashes written into `out` from `at` on (as signed 32-bit values), returning the end: no
 * array growth and no boxed numbers, which is what a first call in the interpreter pays for. `out`
 * needs room for text.length tokens past `at` (a token is at least one code unit). A content
 * script's first fingerprint runs this loop in V8's interpreter, where each bytecode per code unit
 * counts: the table is read from a local, a word is read by a loop of its own (every word code unit
 * is below KINDS_END, so one comparison and the table end it), and mix32 is written out.
 */
export function tokenHashesInto(text: string, out: Int32Array, at: number): number {
  const kinds = KINDS;
  const n = text.length;
  let k = at;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    const kind = c < KINDS_END ? kinds[c]! : kindOf(c);
    if (kind === SEPARATOR) {
      i++;
      continue;
    }
    if (kind !== WORD) {
      // A character of another script: the whole text goes to the regex.
      k = at;
      for (const t of tokenHashesByRegex(text)) out[k++] = t;
      return k;
    }
    const start = i;
    let ascii = true;
    let h = 0x811c9dc5;
    for (;;) {
      if (c < 0x80) h = Math.imul(h ^ (c >= 0x41 && c <= 0x5a ? c + 32 : c), 0x01000193);
      else ascii = false;
      if (++i === n) break;
      c = text.charCodeAt(i);
      if (c >= KINDS_END || kinds[c] !== WORD) break;
    }
    if (ascii) {
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      out[k++] = h ^ (h >>> 16);
    } else out[k++] = hashToken(text.slice(start, i).toLowerCase());
  }
  return k;
}

/**
 * The hashes of a token sequence's shingles (duplicates kept: callers take minima, where they do no
 * harm). A text shorter than one shingle gives one shingle of what it has.
 */
export function shingleHashes(tokens: readonly number[], out: number[] = []): number[] {
  const n = tokens.length;
  if (n === 0) return out;
  if (n < SHINGLE_WORDS) {
    let h = 0x9747b28c;
    for (let j = 0; j < n; j++) h = Math.imul(h ^ tokens[j]!, 0x9e3779b1) ^ (h >>> 15);
    out.push(finish(h) >>> 0);
    return out;
  }
  const all = new Int32Array(n - SHINGLE_WORDS + 1);
  shingleHashesInto(Int32Array.from(tokens), n, all);
  for (let i = 0; i < all.length; i++) out.push(all[i]! >>> 0);
  return out;
}

/**
 * The shingle hashes of `tokens[0..n)` (n ≥ SHINGLE_WORDS) written into `out` (signed 32-bit), one
 * per start position: the four tokens of each shingle held in locals, so each token is read once.
 */
export function shingleHashesInto(tokens: Int32Array, n: number, out: Int32Array): void {
  let t1 = tokens[0]!;
  let t2 = tokens[1]!;
  let t3 = tokens[2]!;
  for (let i = 0; i + 3 < n; i++) {
    const t4 = tokens[i + 3]!;
    let h = 0x9747b28c;
    h = Math.imul(h ^ t1, 0x9e3779b1) ^ (h >>> 15);
    h = Math.imul(h ^ t2, 0x9e3779b1) ^ (h >>> 15);
    h = Math.imul(h ^ t3, 0x9e3779b1) ^ (h >>> 15);
    h = Math.imul(h ^ t4, 0x9e3779b1) ^ (h >>> 15);
    // mix32, written out: this loop runs once per word of every article.
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    out[i] = h ^ (h >>> 16);
    t1 = t2;
    t2 = t3;
    t3 = t4;
  }
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
