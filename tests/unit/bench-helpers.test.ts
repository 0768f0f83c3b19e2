// The benchmark's helpers (not its timings): statistics, the scaled pages built from a real
// article, and the bundle-size reading that the CI size budget relies on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleParts, pickScaleBase, scaledPage } from '../../cli/bench-scale';
import { bundleSizes, contentScriptSize, onDemandSize } from '../../cli/bench-sizes';
import { logLogSlope, median, quantile } from '../../cli/bench-stats';
import { DEFAULT_CORPUS, readLabels, readPage } from '../../cli/corpus';
import { parseDocument } from '../../cli/dom';

describe('statistics', () => {
  it('takes medians and nearest-rank percentiles, ignoring non-numbers', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 5])).toBe(5);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(hundred, 0.95)).toBe(95);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('gives slope 1 for linear cost and 2 for quadratic cost', () => {
    const sizes = [1e5, 3e5, 1e6, 2e6, 5e6];
    expect(logLogSlope(sizes.map((x) => [x, 0.2 * x]))).toBeCloseTo(1, 6);
    expect(logLogSlope(sizes.map((x) => [x, 1e-9 * x * x]))).toBeCloseTo(2, 6);
  });
});

describe('scaled pages', () => {
  const labels = readLabels(DEFAULT_CORPUS);
  const html = (id: string) => readPage(DEFAULT_CORPUS, labels.find((l) => l.id === id)!);
  const base = pickScaleBase(labels, html, null);
  const parts = articleParts(html(base));

  it('start from a wire article with real paragraphs', () => {
    expect(labels.find((l) => l.id === base)?.isArticle).toBe(true);
    expect(parts.paragraphs.length).toBeGreaterThanOrEqual(10);
  });

  it.each([10_000, 100_000, 1_000_000])('reach %i bytes within one paragraph', (size) => {
    const page = scaledPage(parts, size);
    const bytes = Buffer.byteLength(page);
    const longest = Math.max(...parts.paragraphs.map((p) => Buffer.byteLength(p) + 1));
    expect(bytes).toBeGreaterThanOrEqual(size);
    expect(bytes).toBeLessThan(size + longest);
    const doc = parseDocument(page);
    expect(doc.querySelector('article h1')?.textContent?.length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('article p').length).toBeGreaterThan(size / 5000);
  });
});

describe('bundle sizes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'creditline-sizes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads raw and gzip sizes, the content script and what it loads on demand', () => {
    mkdirSync(join(dir, 'content-scripts'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(join(dir, 'content-scripts', 'content.js'), 'var a = 1;'.repeat(1000));
    writeFileSync(join(dir, 'content-engine.js'), 'x');
    writeFileSync(join(dir, 'chunks', 'popup.js'), 'y');
    writeFileSync(join(dir, 'icon.png'), 'not counted');
    const sizes = bundleSizes(dir);
    expect(sizes.map((s) => s.file).sort()).toEqual(['chunks/popup.js', 'content-engine.js', 'content-scripts/content.js']);
    const content = contentScriptSize(sizes);
    expect(content.raw).toBe(10_000);
    expect(content.gzip).toBeGreaterThan(0);
    expect(content.gzip).toBeLessThan(200);
    expect(onDemandSize(sizes)).toMatchObject({ file: 'content-engine.js', raw: 1 });
  });
});
