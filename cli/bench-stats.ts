// The few statistics the benchmark prints: medians, percentiles, ratios of totals and of medians.

/** Finite values only, sorted. */
const finite = (values: number[]) => values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);

export function median(values: number[]): number {
  const xs = finite(values);
  if (!xs.length) return NaN;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

/** Nearest rank: p95 of 100 values is the 95th smallest. */
export function quantile(values: number[], q: number): number {
  const xs = finite(values);
  if (!xs.length) return NaN;
  return xs[Math.min(xs.length - 1, Math.max(0, Math.ceil(q * xs.length) - 1))]!;
}

export const sum = (values: number[]) => values.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);

/** Ratios b/a three ways, over the pairs where both are finite. */
export function ratios(pairs: [a: number, b: number][]): { ofTotals: number; ofMedians: number; medianPerPage: number } {
  const ok = pairs.filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
  return {
    ofTotals: sum(ok.map(([, b]) => b)) / sum(ok.map(([a]) => a)),
    ofMedians: median(ok.map(([, b]) => b)) / median(ok.map(([a]) => a)),
    medianPerPage: median(ok.filter(([a]) => a > 0).map(([a, b]) => b / a)),
  };
}

export const fmt = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
export const pct = (r: number) => (Number.isFinite(r) ? `${(r * 100).toFixed(0)}%` : '–');

/** A plain-text table, columns padded. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
