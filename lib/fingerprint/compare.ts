// How much two fingerprinted texts have in common, and whether they are one story.
import { SKETCH_SIZE, type Sketch } from './fingerprint';

export interface Resemblance {
  /** Estimated share of all their shingles the two texts have in common (Jaccard), 0..1. */
  jaccard: number;
  /** Estimated share of A's text that is also in B, 0..1. */
  aInB: number;
  /** Estimated share of B's text that is also in A, 0..1. */
  bInA: number;
  /** Paragraphs of A with no counterpart in B ("this site added 2 paragraphs"). */
  parasOnlyInA: number;
  /** Paragraphs of B with no counterpart in A. */
  parasOnlyInB: number;
}

/**
 * Two copies are one story when at least this share of the shorter copy's text is in the longer one.
 * Read from the precision/recall curve over every pair of corpus pages and edited copies of them
 * (lib/fingerprint/corpus.test.ts prints it; 375,000 pairs, 4,082 of one story), for the version 2
 * sketch: every pair of different stories, look-alikes that quote a paragraph included, is estimated
 * at or below 0.40 (their true containment is at most 0.37); copies with a new headline, a cut
 * ending, added paragraphs, another site's boilerplate and copy-editing at or above 0.52 (true
 * containment at least 0.56). Precision and recall are both 1.0 from 0.41 to 0.51: 0.46 is the
 * middle of that gap.
 */
export const SAME_STORY_THRESHOLD = 0.46;

/** The resemblance and the containments only: cheap enough to run on every candidate. */
/** Chance that two different minima agree in the 16 bits a sketch keeps of each. */
const CHANCE_AGREEMENT = 2 ** -16;

export function estimate(a: Sketch, b: Sketch): Pick<Resemblance, 'jaccard' | 'aInB' | 'bInA'> {
  let same = 0;
  for (let i = 0; i < SKETCH_SIZE; i++) if (a.mins[i] === b.mins[i]) same++;
  // Bins agree when the minima are one shingle (probability J) or by chance in their kept bits.
  const jaccard = Math.max(0, (same / SKETCH_SIZE - CHANCE_AGREEMENT) / (1 - CHANCE_AGREEMENT));
  // |A∩B| = J·(|A|+|B|)/(1+J), from J = |A∩B| / (|A|+|B|−|A∩B|).
  const shared = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  return { jaccard, aInB: Math.min(1, shared / a.shingles), bInA: Math.min(1, shared / b.shingles) };
}

/**
 * Everything a reader is told about two copies: shared text and paragraphs added on either side.
 * `aParas` is A's paragraphSet when the caller compares A with many copies.
 */
export function resemblance(a: Sketch, b: Sketch, aParas: Set<number> = paragraphSet(a.paras)): Resemblance {
  return { ...estimate(a, b), parasOnlyInA: parasOutside(a.paras, paragraphSet(b.paras)), parasOnlyInB: parasOutside(b.paras, aParas) };
}

/** The containment of the shorter text in the longer: the measure the threshold applies to. */
export function overlap(r: Pick<Resemblance, 'aInB' | 'bInA'>): number {
  return Math.max(r.aInB, r.bInA);
}

export function isSameStory(r: Pick<Resemblance, 'aInB' | 'bInA'>, threshold = SAME_STORY_THRESHOLD): boolean {
  return overlap(r) >= threshold;
}

/** A text's paragraph minima as a set (each tagged with which of the two minima it is). */
export function paragraphSet(paras: Uint32Array): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < paras.length; i++) out.add(paras[i]! * 2 + (i & 1));
  return out;
}

/**
 * Counts the paragraphs whose minima both miss from the other text's set. A paragraph kept with a
 * word or two changed still shares at least one of its two minima most of the time (each with
 * probability equal to the paragraph's own resemblance); a new paragraph shares neither.
 */
function parasOutside(paras: Uint32Array, other: Set<number>): number {
  let n = 0;
  for (let i = 0; i + 1 < paras.length; i += 2) if (!other.has(paras[i]! * 2) && !other.has(paras[i + 1]! * 2 + 1)) n++;
  return n;
}
