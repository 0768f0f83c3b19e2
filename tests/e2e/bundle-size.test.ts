// The content script runs on every page a reader opens: its size is a budget, checked on the build
// that global-setup just made (sizes are deterministic for a given source).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_GZIP_BUDGET, contentScriptSize, engineSize } from '../../cli/bench-sizes';
import { CHROME_BUILD, FIREFOX_BUILD } from './helpers/paths';

describe.each([CHROME_BUILD, FIREFOX_BUILD])('the build in %s', (dir) => {
  it('has a content script and the engine file it loads', () => {
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
    const [content, engine] = [contentScriptSize(dir), engineSize(dir)];
    expect(content.files).toContain('content-scripts/content.js');
    expect(engine.raw).toBeGreaterThan(0);
    // The sizes the README gives (kB = 1000 bytes, gzip -9 as a store serves them).
    const kB = (n: number) => (n / 1000).toFixed(1);
    console.info(
      `${dir}: content script ${kB(content.raw)} kB raw, ${kB(content.gzip)} kB gzip; content-engine.js ${kB(engine.raw)} kB raw, ${kB(engine.gzip)} kB gzip`,
    );
  });

  it(`keeps the content script within ${CONTENT_SCRIPT_GZIP_BUDGET / 1000} kB gzip`, () => {
    const size = contentScriptSize(dir);
    expect(size.gzip, `${size.files.join(' + ')}: ${(size.gzip / 1000).toFixed(1)} kB gzip, ${(size.raw / 1000).toFixed(1)} kB raw`).toBeLessThanOrEqual(
      CONTENT_SCRIPT_GZIP_BUDGET,
    );
  });
});
