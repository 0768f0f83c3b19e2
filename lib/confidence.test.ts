import { describe, expect, it } from 'vitest';
import { against, combine, discount, MAX_CONFIDENCE } from './confidence';

describe('confidence', () => {
  it('combines independent evidence as 1 − Π(1 − p), never reaching certainty', () => {
    expect(combine([])).toBe(0);
    expect(combine([0.7])).toBe(0.7);
    expect(combine([0.5, 0.5])).toBe(0.75);
    expect(combine([0.9, 0.9, 0.9])).toBe(MAX_CONFIDENCE);
    expect(combine([1])).toBe(MAX_CONFIDENCE);
  });

  it('ignores out-of-range and non-numbers rather than inventing confidence', () => {
    expect(combine([-1, Number.NaN])).toBe(0);
    expect(combine([0.6, Number.POSITIVE_INFINITY])).toBe(0.6);
  });

  it('more evidence never lowers confidence, and the order does not matter', () => {
    const ps = [0.3, 0.85, 0.6, 0.1];
    expect(combine(ps)).toBe(combine([...ps].reverse()));
    for (let i = 1; i <= ps.length; i++) expect(combine(ps.slice(0, i))).toBeGreaterThanOrEqual(combine(ps.slice(0, i - 1)));
  });

  it('discounts by the chance of an unseen reason to be wrong', () => {
    expect(discount(0.99, 0.06)).toBe(0.93);
    expect(discount(0.8, 0)).toBe(0.8);
    expect(discount(0.8, 1)).toBe(0);
  });

  it('weakens a conclusion by a contrary hint only as much as the hint is better than a coin toss', () => {
    expect(against(0.9, 0.5)).toBe(0.9);
    expect(against(0.9, 0.3)).toBe(0.9);
    expect(against(0.9, 0.6)).toBe(0.86);
    expect(against(0.9, 0.65)).toBeLessThan(against(0.9, 0.6));
  });
});
