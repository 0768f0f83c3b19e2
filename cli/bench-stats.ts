// Small statistics and formatting helpers for the benchmark: medians, percentiles, ratios, a
// log-log slope for "does cost grow linearly with size".

export function quantile(values: number[], q: number): number {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return NaN;
  // Nearest-rank on the sorted sample: p95 of 151 pages is the 144th value.
  const rank = Math.min(xs.length - 1, Math.max(0, Math.ceil(q * xs.length) - 1));
  return xs[rank]!;
}

export function median(values: number[]): number {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return NaN;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

export const p95 = (values: number[]) => quantile(values, 0.95);

export function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
  max: number;
  mean: number;
}

export function summarize(values: number[]): Summary {
  const xs = values.filter((v) => Number.isFinite(v));
  return {
    n: xs.length,
    median: median(xs),
    p95: p95(xs),
    max: xs.length ? Math.max(...xs) : NaN,
    mean: xs.length ? sum(xs) / xs.length : NaN,
  };
}

/** Slope of log(y) against log(x) by least squares: 1 is linear, 2 quadratic. */
export function logLogSlope(points: [x: number, y: number][]): number {
  const ps = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)] as const);
  if (ps.length < 2) return NaN;
  const mx = sum(ps.map((p) => p[0])) / ps.length;
  const my = sum(ps.map((p) => p[1])) / ps.length;
  const num = sum(ps.map(([x, y]) => (x - mx) * (y - my)));
  const den = sum(ps.map(([x]) => (x - mx) ** 2));
  return num / den;
}

export function ms(v: number, digits = 1): string {
  return Number.isFinite(v) ? v.toFixed(digits) : '–';
}

export function kb(bytes: number, digits = 1): string {
  return Number.isFinite(bytes) ? (bytes / 1000).toFixed(digits) : '–';
}

export function pct(ratio: number): string {
  return Number.isFinite(ratio) ? `${(ratio * 100).toFixed(1)}%` : '–';
}

export function round(v: number, digits = 2): number {
  const f = 10 ** digits;
  return Number.isFinite(v) ? Math.round(v * f) / f : v;
}

/** A plain-text or Markdown table from rows of cells. */
export function table(header: string[], rows: string[][], markdown = false): string {
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
