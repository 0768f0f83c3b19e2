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
// among tens of thousands of stories cheap (see lookup.ts). Readability has already stripped most of
// the page around the story, so the boilerplate that remains is a few lines the sketch absorbs.
//
// No text is kept: only hashes, from which the words cannot be read back.
import { mix32, SHINGLE_WORDS, shingleHashes, tokenHashes } from './shingles';

/** Minima in a sketch. 128 × 4 bytes; the standard error of the resemblance estimate is ≤ 0.044. */
export const SKETCH_SIZE = 128;
/** Below this many shingles (about a 30-word text) the estimate is too coarse to call two pages one story. */
export const MIN_SHINGLES = 30;
/** A paragraph needs this many tokens to get its own minima: shorter lines are datelines, credits and links. */
export const MIN_PARAGRAPH_TOKENS = 10;
export const MAX_PARAGRAPHS = 120;

/** The fingerprint as it travels (messages, the store, export files): plain JSON. */
export interface StoryFingerprint {
  v: 1;
  /** Primary language subtag of the page ("en", "de"), or null. */
  lang: string | null;
  /** Distinct shingles in the body text (for containment). */
  shingles: number;
  /** Base64 of SKETCH_SIZE little-endian uint32 minima. */
  sketch: string;
  /** Base64 of two uint32 minima per paragraph of at least MIN_PARAGRAPH_TOKENS tokens, in order. */
  paras: string;
}

/** The decoded fingerprint, for comparing. */
export interface Sketch {
  lang: string | null;
  shingles: number;
  mins: Uint32Array;
  paras: Uint32Array;
}

/** What the fingerprint is made from: the engine's article text blocks and the page's language. */
export interface FingerprintInput {
  blocks: readonly { text: string; where: string; link?: boolean }[];
  lang?: string | null;
}

// Fixed seeds: fingerprints made by different versions of the extension must stay comparable.
const SEEDS = (() => {
  const s = new Uint32Array(SKETCH_SIZE + 2);
  let x = 0x2545f491;
  for (let i = 0; i < s.length; i++) {
    x = mix32(x + 0x9e3779b9);
    s[i] = x;
  }
  return s;
})();
const PARA_SEED_A = SEEDS[SKETCH_SIZE]!;
const PARA_SEED_B = SEEDS[SKETCH_SIZE + 1]!;

/**
 * The least of one permutation over many shingle hashes: the hash xor a seed, mixed again. One small
 * function with the permutation written out (no call per hash, values kept in signed 32-bit range
 * and shifted back at the end) is what V8 compiles soonest: a content script's first fingerprint is
 * also the first run of this loop.
 */
function leastPermuted(hashes: Int32Array, seed: number): number {
  let least = 0x7fffffff;
  for (let i = 0; i < hashes.length; i++) {
    let x = hashes[i]! ^ seed;
    x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
    x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
    // Flipping the top bit maps unsigned order onto signed order.
    x = x ^ (x >>> 16) ^ 0x80000000;
    if (x < least) least = x;
  }
  return (least ^ 0x80000000) >>> 0;
}

/** The blocks that are the story: body paragraphs, subheads and quotes; not captions, not link lists. */
function storyBlocks(input: FingerprintInput): string[] {
  const out: string[] = [];
  for (const b of input.blocks) if (!b.link && b.where !== 'caption' && b.text) out.push(b.text);
  return out;
}

/** The sketch of a text (already split into paragraphs), or null when it is too short to match. */
export function sketchOf(paragraphs: readonly string[], lang: string | null = null): Sketch | null {
  const tokens: number[] = [];
  // Token ranges of the paragraphs long enough for their own minima.
  const ranges: number[] = [];
  for (const p of paragraphs) {
    const start = tokens.length;
    tokenHashes(p, tokens);
    if (tokens.length - start >= MIN_PARAGRAPH_TOKENS && ranges.length < MAX_PARAGRAPHS * 2) ranges.push(start, tokens.length);
  }
  // Shingles run across paragraph breaks, so a site that splits or joins paragraphs changes little.
  // The shingle starting at token i is the same four tokens whether read in its paragraph or in the
  // whole text, so a paragraph's own shingles are those starting in it at least four tokens before
  // its end.
  const all = Int32Array.from(shingleHashes(tokens));
  const shingles = new Set(all).size;
  if (shingles < MIN_SHINGLES) return null;
  const paras = new Uint32Array(ranges.length);
  for (let i = 0; i < ranges.length; i += 2) {
    const own = all.subarray(ranges[i]!, ranges[i + 1]! - SHINGLE_WORDS + 1);
    paras[i] = leastPermuted(own, PARA_SEED_A);
    paras[i + 1] = leastPermuted(own, PARA_SEED_B);
  }
  // Repeated shingles change no minimum.
  const mins = new Uint32Array(SKETCH_SIZE);
  for (let i = 0; i < SKETCH_SIZE; i++) mins[i] = leastPermuted(all, SEEDS[i]!);
  return { lang: primaryLang(lang), shingles, mins, paras };
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

function toBase64(words: Uint32Array): string {
  let bin = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    bin += String.fromCharCode(w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, w >>> 24);
  }
  return btoa(bin);
}

function fromBase64(s: string): Uint32Array | null {
  let bin: string;
  try {
    bin = atob(s);
  } catch {
    return null;
  }
  if (bin.length % 4) return null;
  const out = new Uint32Array(bin.length / 4);
  for (let i = 0; i < out.length; i++) {
    const k = i * 4;
    out[i] = (bin.charCodeAt(k) | (bin.charCodeAt(k + 1) << 8) | (bin.charCodeAt(k + 2) << 16) | (bin.charCodeAt(k + 3) << 24)) >>> 0;
  }
  return out;
}

export function encodeSketch(s: Sketch): StoryFingerprint {
  return { v: 1, lang: s.lang, shingles: s.shingles, sketch: toBase64(s.mins), paras: toBase64(s.paras) };
}

/** The sketch inside a fingerprint, or null when the value is not a well-formed fingerprint (it may come from a file or a damaged record). */
export function decodeFingerprint(fp: unknown): Sketch | null {
  if (!fp || typeof fp !== 'object') return null;
  const o = fp as Record<string, unknown>;
  if (o.v !== 1 || typeof o.sketch !== 'string' || typeof o.paras !== 'string') return null;
  if (typeof o.shingles !== 'number' || !Number.isInteger(o.shingles) || o.shingles < MIN_SHINGLES) return null;
  if (o.lang !== null && (typeof o.lang !== 'string' || o.lang.length > 8)) return null;
  if (o.sketch.length > 1000 || o.paras.length > MAX_PARAGRAPHS * 12) return null;
  const mins = fromBase64(o.sketch);
  const paras = fromBase64(o.paras);
  if (!mins || mins.length !== SKETCH_SIZE || !paras || paras.length % 2) return null;
  return { lang: o.lang, shingles: o.shingles, mins, paras };
}
