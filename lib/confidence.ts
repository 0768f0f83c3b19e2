// How the engine turns evidence into a confidence, in one place so every detector and the classifier
// mean the same thing by "0.9": the share of such conclusions that are right (cli/score.ts measures it).

/** Never claim certainty: the page could still be lying, or a rule misread it. */
export const MAX_CONFIDENCE = 0.99;

const clamp = (p: number, hi = MAX_CONFIDENCE) => Math.min(Math.max(Number.isFinite(p) ? p : 0, 0), hi);
const round = (p: number) => Math.round(p * 100) / 100;

/**
 * Confidence from independent pieces of evidence, each of which alone would make the conclusion
 * right with chance p: 1 − Π(1 − p). Nothing (an empty list) gives 0.
 */
export function combine(ps: number[]): number {
  const c = 1 - ps.reduce((acc, p) => acc * (1 - clamp(p)), 1);
  return round(clamp(c));
}

/**
 * Takes off the chance that the conclusion is wrong for a reason the evidence cannot show (a notice
 * the engine never read, a credit in a place it does not look): p × (1 − risk).
 */
export function discount(p: number, risk: number): number {
  return round(clamp(p) * (1 - clamp(risk, 1)));
}

/**
 * Weakens p by a hint that points elsewhere and was too weak to decide (strength s of the other
 * conclusion, taken alone). Odds are divided by the hint's odds, so a hint of 0.5 (a coin toss)
 * changes nothing and a stronger one lowers p smoothly, never below what the hint leaves.
 */
export function against(p: number, s: number): number {
  const q = clamp(p);
  const h = Math.max(0.5, clamp(s));
  return round((q * (1 - h)) / (q * (1 - h) + (1 - q) * h));
}
