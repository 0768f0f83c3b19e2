// A story's fingerprint: a MinHash sketch of its body text's word shingles, plus two minima per
// paragraph. Pure: no browser API, the same in the page, in the background and in Node.
//
// Why MinHash over word shingles (Broder 1997, "On the resemblance and containment of documents"):
// copies of one agency story differ by a rewritten headline, a trimmed ending, a paragraph or two
// added, and the site's own boilerplate. The share of shingles two texts have in common measures
// exactly that, and MinHash estimates it from a fixed-size sketch with a known error (±0.044 at 128
// minima). From it and the two shingle counts follows the containment — how much of one copy's text
// is in the other — which is what a reader is told ("94% the same text"). SimHash (Charikar 2002),
// the other common choice for near-duplicate web pages (Henzinger 2006), answers only "near or not"
// and gives no share of text; winnowing (Schleimer et al. 2003) keeps a number of hashes that grows
// with the text. MinHash sketches also index by banding (Indyk & Motwani 1998), which keeps a lookup
// among tens of thousands of stories cheap (see sketch-index.ts). Readability has already stripped
// most of the page around the story, so the boilerplate that remains is a few lines the sketch absorbs.
//
// Why one permutation (version 2): 128 independent permutations cost 128 hashes per shingle, and a
// content script's first fingerprint runs in V8's interpreter, before the loop is compiled — several
// milliseconds for a median article. One-permutation hashing (Li, Owen & Zhang 2012) hashes each
// shingle once: the hash's top 7 bits choose one of 128 bins and each bin keeps its least hash, so
// two texts share a bin's minimum with probability equal to their resemblance, as with 128
// permutations, and with no more variance (sampling without replacement). A bin that none of a short
// text's shingles fall in borrows the minimum of another bin, chosen by a fixed random sequence per
// bin ("optimal densification", Shrivastava 2017; Shrivastava & Li 2014), which keeps every bin an
// unbiased sample of the resemblance, as comparing and banding need. Version 1 sketches (128
// permutations) are not comparable with these: the store keeps them for link marks and they age out.
//
// No text is kept: only hashes, from which the words cannot be read back.
import { mix32, SHINGLE_WORDS, shingleHashesInto, tokenHashesInto } from './shingles';

/**
 * Bins in a sketch, each keeping the low 16 bits of its minimum (b-bit minwise hashing, Li & König
 * 2010): 256 × 2 bytes, as many as version 1's 128 × 4, for a standard error of the resemblance
 * estimate ≤ 0.031 instead of 0.044. Two different minima agree in 16 bits once in 65,536 bins,
 * which compare.ts takes off.
 */
export const SKETCH_SIZE = 256;
/** log2(SKETCH_SIZE): a hash's top bits are its bin. */
const BIN_BITS = 8;
/** Bytes of a sketch's minima, both versions. */
const SKETCH_BYTES = 512;
/** Below this many shingles (about a 30-word text) the estimate is too coarse to call two pages one story. */
export const MIN_SHINGLES = 30;
/** A paragraph needs this many tokens to get its own minima: shorter lines are datelines, credits and links. */
export const MIN_PARAGRAPH_TOKENS = 10;
export const MAX_PARAGRAPHS = 120;
/** The fingerprint made now. Sketches of other versions are not comparable with it. */
export const FINGERPRINT_VERSION = 2;

/** The fingerprint as it travels (messages, the store, export files): plain JSON. */
export interface StoryFingerprint {
  v: typeof FINGERPRINT_VERSION;
  /** Primary language subtag of the page ("en", "de"), or null. */
  lang: string | null;
  /** Distinct shingles in the body text (for containment). */
  shingles: number;
  /** Base64 of SKETCH_SIZE little-endian uint16: the low bits of each bin's minimum. */
  sketch: string;
  /** Base64 of two uint32 minima per paragraph of at least MIN_PARAGRAPH_TOKENS tokens, in order. */
  paras: string;
}

/** A fingerprint of an earlier version (1: 128 permutations), as kept in the store and export files. */
export interface OlderFingerprint extends Omit<StoryFingerprint, 'v'> {
  v: number;
}

/** The decoded fingerprint, for comparing. */
export interface Sketch {
  lang: string | null;
  shingles: number;
  /** Low 16 bits of each bin's minimum. */
  mins: Uint16Array;
  paras: Uint32Array;
}

/** What the fingerprint is made from: the engine's article text blocks and the page's language. */
export interface FingerprintInput {
  blocks: readonly { text: string; where: string; link?: boolean }[];
  lang?: string | null;
}

// Fixed seeds: fingerprints made by different versions of the extension must stay comparable. The
// paragraph seeds are version 1's, so paragraph minima did not change with version 2.
const SEEDS = (() => {
  const s = new Uint32Array(130);
  let x = 0x2545f491;
  for (let i = 0; i < s.length; i++) {
    x = mix32(x + 0x9e3779b9);
    s[i] = x;
  }
  return s;
})();
const PARA_SEED_A = SEEDS[128]!;
const PARA_SEED_B = SEEDS[129]!;
/** The one permutation of the sketch. */
const SKETCH_SEED = SEEDS[0]!;
/** The seed of each empty bin's sequence of bins to borrow from. */
const BORROW_SEED = SEEDS[1]!;
/** Random picks before an empty bin falls back to the next bins in order (so the search always ends). */
const MAX_BORROW_TRIES = 64;

/**
 * The least of each of two permutations over many shingle hashes (a paragraph's two minima),
 * written to `out[at]` and `out[at + 1]`: each hash xor a seed, mixed again. One small loop with the
 * permutations written out (no call per hash, values kept in signed 32-bit range and shifted back
 * at the end), both minima in one pass, is what V8 runs soonest: a content script's first
 * fingerprint is also the first run of this loop.
 */
function leastPermutedPair(hashes: Int32Array, seedA: number, seedB: number, out: Uint32Array, at: number): void {
  let leastA = 0x7fffffff;
  let leastB = 0x7fffffff;
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i]!;
    let x = h ^ seedA;
    x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
    x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
    // Flipping the top bit maps unsigned order onto signed order.
    x = x ^ (x >>> 16) ^ 0x80000000;
    if (x < leastA) leastA = x;
    let y = h ^ seedB;
    y = Math.imul(y ^ (y >>> 16), 0x7feb352d);
    y = Math.imul(y ^ (y >>> 15), 0x846ca68b);
    y = y ^ (y >>> 16) ^ 0x80000000;
    if (y < leastB) leastB = y;
  }
  out[at] = (leastA ^ 0x80000000) >>> 0;
  out[at + 1] = (leastB ^ 0x80000000) >>> 0;
}

/**
 * One-permutation MinHash: each shingle hashed once (the same permutation as leastPermutedPair), its
 * top BIN_BITS bits its bin, each bin's least hash found; then each empty bin densified, and the
 * low 16 bits of each minimum kept.
 */
export function binMinima(hashes: Int32Array): Uint16Array {
  // Signed order as in leastPermutedPair; 0x7fffffff stands for empty until the end.
  const least = new Int32Array(SKETCH_SIZE).fill(0x7fffffff);
  const filled = new Uint8Array(SKETCH_SIZE);
  for (let i = 0; i < hashes.length; i++) {
    let x = hashes[i]! ^ SKETCH_SEED;
    x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
    x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
    x = x ^ (x >>> 16);
    const bin = x >>> (32 - BIN_BITS);
    filled[bin] = 1;
    // The bin's bits are the same for all its hashes, so the low bits decide; the top bit flipped
    // maps unsigned order onto signed order.
    x ^= 0x80000000;
    if (x < least[bin]!) least[bin] = x;
  }
  // The low bits are uniform whatever the text's length (the high ones are small in a long text).
  // An empty bin takes the minimum of a filled one, so one pass does both.
  const mins = new Uint16Array(SKETCH_SIZE);
  for (let bin = 0; bin < SKETCH_SIZE; bin++) mins[bin] = least[filled[bin] ? bin : borrowedBin(filled, bin)]! & 0xffff;
  return mins;
}

/**
 * The bin an empty bin takes its minimum from: the first filled bin of a random sequence that
 * depends on the bin alone (the same for every text), so two texts both empty there borrow from the
 * same bin whenever it is filled in both — the bin then matches with probability equal to the
 * resemblance (Shrivastava 2017). Needs at least one filled bin.
 */
function borrowedBin(filled: Uint8Array, bin: number): number {
  for (let t = 1; t <= MAX_BORROW_TRIES; t++) {
    const pick = mix32(Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(t, 0x85ebca6b) ^ BORROW_SEED) >>> (32 - BIN_BITS);
    if (filled[pick]) return pick;
  }
  for (let k = 1; k < SKETCH_SIZE; k++) if (filled[(bin + k) % SKETCH_SIZE]) return (bin + k) % SKETCH_SIZE;
  return bin;
}

/** The blocks that are the story: body paragraphs, subheads and quotes; not captions, not link lists. */
function storyBlocks(input: FingerprintInput): string[] {
  const out: string[] = [];
  for (const b of input.blocks) if (!b.link && b.where !== 'caption' && b.text) out.push(b.text);
  return out;
}

/** The sketch of a text (already split into paragraphs), or null when it is too short to match. */
export function sketchOf(paragraphs: readonly string[], lang: string | null = null): Sketch | null {
  let room = 0;
  for (const p of paragraphs) room += p.length;
  const tokens = new Int32Array(room);
  let n = 0;
  // Token ranges of the paragraphs long enough for their own minima.
  const ranges: number[] = [];
  for (const p of paragraphs) {
    const start = n;
    n = tokenHashesInto(p, tokens, n);
    if (n - start >= MIN_PARAGRAPH_TOKENS && ranges.length < MAX_PARAGRAPHS * 2) ranges.push(start, n);
  }
  if (n - SHINGLE_WORDS + 1 < MIN_SHINGLES) return null;
  // Shingles run across paragraph breaks, so a site that splits or joins paragraphs changes little.
  // The shingle starting at token i is the same four tokens whether read in its paragraph or in the
  // whole text, so a paragraph's own shingles are those starting in it at least four tokens before
  // its end.
  const all = new Int32Array(n - SHINGLE_WORDS + 1);
  shingleHashesInto(tokens, n, all);
  const shingles = new Set(all).size;
  if (shingles < MIN_SHINGLES) return null;
  const paras = new Uint32Array(ranges.length);
  for (let i = 0; i < ranges.length; i += 2) {
    leastPermutedPair(all.subarray(ranges[i]!, ranges[i + 1]! - SHINGLE_WORDS + 1), PARA_SEED_A, PARA_SEED_B, paras, i);
  }
  // Repeated shingles change no minimum.
  return { lang: primaryLang(lang), shingles, mins: binMinima(all), paras };
}

/**
 * The fingerprint of an analysed article, or null when its text is too short to be told apart from
 * another (a video page, a one-line brief).
 */
export function fingerprintOf(input: FingerprintInput): StoryFingerprint | null {
  const sketch = sketchOf(storyBlocks(input), input.lang ?? null);
  return sketch ? encodeSketch(sketch) : null;
}

/** "en" of "en-GB", "EN_us" or "en": two or three ASCII letters, then the end or a separator. */
function primaryLang(lang: string | null): string | null {
  const s = lang?.trim() ?? '';
  let n = 0;
  while (n < s.length && n < 4 && isAsciiLetter(s.charCodeAt(n))) n++;
  if (n < 2 || n > 3 || (n < s.length && s[n] !== '-' && s[n] !== '_')) return null;
  return s.slice(0, n).toLowerCase();
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

// ---- encoding ----

/** Whether typed arrays hold their words little-endian here (every browser's platform does). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Base64 of little-endian words of `bytes` bytes each (2 or 4). On a little-endian platform the
 * words' own bytes, turned into a string by one call: a first fingerprint otherwise runs a loop of
 * a few hundred string concatenations in the interpreter.
 */
function toBase64(words: Uint16Array | Uint32Array, bytes: 2 | 4): string {
  if (LITTLE_ENDIAN) return btoa(String.fromCharCode.apply(null, new Uint8Array(words.buffer, words.byteOffset, words.byteLength) as unknown as number[]));
  let bin = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    bin += bytes === 2 ? String.fromCharCode(w & 0xff, w >>> 8) : String.fromCharCode(w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, w >>> 24);
  }
  return btoa(bin);
}

function fromBase64(s: string): string | null {
  try {
    return atob(s);
  } catch {
    return null;
  }
}

function words32(bin: string): Uint32Array | null {
  if (bin.length % 4) return null;
  const out = new Uint32Array(bin.length / 4);
  for (let i = 0; i < out.length; i++) {
    const k = i * 4;
    out[i] = (bin.charCodeAt(k) | (bin.charCodeAt(k + 1) << 8) | (bin.charCodeAt(k + 2) << 16) | (bin.charCodeAt(k + 3) << 24)) >>> 0;
  }
  return out;
}

function words16(bin: string): Uint16Array | null {
  if (bin.length % 2) return null;
  const out = new Uint16Array(bin.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = bin.charCodeAt(i * 2) | (bin.charCodeAt(i * 2 + 1) << 8);
  return out;
}

export function encodeSketch(s: Sketch): StoryFingerprint {
  return { v: FINGERPRINT_VERSION, lang: s.lang, shingles: s.shingles, sketch: toBase64(s.mins, 2), paras: toBase64(s.paras, 4) };
}

/**
 * The sketch inside a fingerprint of the current version, or null when the value is not one (it may
 * come from a file, a damaged record or an older version: see olderFingerprint).
 */
export function decodeFingerprint(fp: unknown): Sketch | null {
  return decodeVersion(fp, FINGERPRINT_VERSION);
}

/**
 * A well-formed fingerprint of an older version, which cannot be compared with current ones (a
 * record kept from before an update: it still marks links and ages out), or null.
 */
export function olderFingerprint(fp: unknown): OlderFingerprint | null {
  const v = (fp as { v?: unknown } | null)?.v;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v >= FINGERPRINT_VERSION || !decodeVersion(fp, v)) return null;
  const o = fp as StoryFingerprint;
  return { v, lang: o.lang, shingles: o.shingles, sketch: o.sketch, paras: o.paras };
}

function decodeVersion(fp: unknown, version: number): Sketch | null {
  if (!fp || typeof fp !== 'object') return null;
  const o = fp as Record<string, unknown>;
  if (o.v !== version || typeof o.sketch !== 'string' || typeof o.paras !== 'string') return null;
  if (typeof o.shingles !== 'number' || !Number.isInteger(o.shingles) || o.shingles < MIN_SHINGLES) return null;
  if (o.lang !== null && (typeof o.lang !== 'string' || o.lang.length > 8)) return null;
  if (o.sketch.length > 1000 || o.paras.length > MAX_PARAGRAPHS * 12) return null;
  const bins = fromBase64(o.sketch);
  const paras = words32(fromBase64(o.paras) ?? 'x');
  // Version 1: 128 uint32 minima, version 2: 256 uint16; the same bytes. Only version 2's are read.
  if (bins?.length !== SKETCH_BYTES || !paras || paras.length % 2) return null;
  const mins = version === FINGERPRINT_VERSION ? words16(bins)! : new Uint16Array(0);
  return { lang: o.lang, shingles: o.shingles, mins, paras };
}
