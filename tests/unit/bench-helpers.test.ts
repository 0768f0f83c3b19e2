// The benchmark's statistics: the figures it prints are medians, percentiles and ratios of these.
import { describe, expect, it } from 'vitest';
import { median, quantile, ratios } from '../../cli/bench-stats';

describe('bench statistics', () => {
  it('takes medians and nearest-rank percentiles, ignoring non-numbers', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 5])).toBe(5);
    expect(
      quantile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        0.95,
      ),
    ).toBe(95);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('gives the ratio of totals, of medians and the median per-page ratio, which differ', () => {
    // One big page dominates the totals; the per-page ratios do not care about size.
    const r = ratios([
      [10, 1],
      [10, 2],
      [100, 50],
    ]);
    expect(r.ofTotals).toBeCloseTo(53 / 120, 9);
    expect(r.ofMedians).toBeCloseTo(2 / 10, 9);
    expect(r.medianPerPage).toBeCloseTo(0.2, 9);
    // Pairs with a missing side are left out of all three.
    expect(
      ratios([
        [10, 5],
        [NaN, 1],
        [4, NaN],
      ]),
    ).toEqual({ ofTotals: 0.5, ofMedians: 0.5, medianPerPage: 0.5 });
  });
});
