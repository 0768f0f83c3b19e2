// The content script runs on every page a reader opens: its size is a budget, checked on the build
// that global-setup just made (sizes are deterministic for a given source).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes, CONTENT_SCRIPT_GZIP_BUDGET, contentScriptSize, OUTPUT_DIR, TARGETS } from '../../cli/bench-sizes';

describe.each(TARGETS)('%s build', (target) => {
  const dir = join(OUTPUT_DIR, target);

  it('has a content script', () => {
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
    expect(contentScriptSize(bundleSizes(dir)).raw).toBeGreaterThan(0);
  });

  it(`keeps the content script within ${CONTENT_SCRIPT_GZIP_BUDGET / 1000} kB gzip`, () => {
    const size = contentScriptSize(bundleSizes(dir));
    expect(size.gzip, `${size.file}: ${(size.gzip / 1000).toFixed(1)} kB gzip, ${(size.raw / 1000).toFixed(1)} kB raw (see docs/bench.md)`).toBeLessThanOrEqual(
      CONTENT_SCRIPT_GZIP_BUDGET,
    );
  });
});
