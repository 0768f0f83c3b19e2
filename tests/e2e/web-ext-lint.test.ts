// The Firefox build through web-ext lint, the linter addons.mozilla.org runs: no errors, nothing
// about the manifest, and no warning from our own code beyond the one named below. The libraries
// bundled with it (Preact, Readability) set innerHTML in code we do not write; each such warning is
// recognised by the library's own code around it, so a new warning anywhere else fails the test.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_BUILD, REPO_ROOT } from './helpers/paths';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Library code the linter flags, by a piece of the library's own code next to the flagged spot. */
const LIBRARY_CODE: { library: string; code: string; near: RegExp }[] = [
  // Preact's dangerouslySetInnerHTML (our components never use it: tests/unit/hostile checks the DOM).
  { library: 'preact', code: 'UNSAFE_VAR_ASSIGNMENT', near: /__html/ },
  // Readability's own passes over its clone of the page (never the live page).
  { library: '@mozilla/readability', code: 'UNSAFE_VAR_ASSIGNMENT', near: /_attempts|noscript|Article content after paging/ },
];

/**
 * Ours, and kept: the content script loads the engine from the extension's own package with
 * import(browser.runtime.getURL(…)), the one way a content script can import a module; the linter
 * cannot tell that URL from a remote one.
 */
const OWN_KEPT = { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'content-scripts/content.js', near: /import\(\w+\.runtime\.getURL\(/ };

function around(m: LintMessage, width = 200): string {
  if (!m.file || !m.line) return '';
  const line = readFileSync(join(FIREFOX_BUILD, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const at = m.column ?? 0;
  return line.slice(Math.max(0, at - width), at + width);
}

describe('web-ext lint on the Firefox build', () => {
  let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };

  beforeAll(async () => {
    const { stdout } = await promisify(execFile)('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-input'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      maxBuffer: 20_000_000,
    });
    report = JSON.parse(stdout.slice(stdout.indexOf('{')));
  }, 60_000);

  it('finds no errors', () => {
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  });

  it('finds nothing to say about the manifest (minimum versions, Android, data collection)', () => {
    const manifest = [...report.warnings, ...report.notices].filter((m) => !m.file || m.file === 'manifest.json');
    expect(manifest.map((m) => `${m.code}: ${m.message}`)).toEqual([]);
  });

  it('warns about no code of ours but the engine’s import, and recognises every library warning', () => {
    const unexplained = report.warnings
      .filter((m) => m.file && m.file !== 'manifest.json')
      .filter((m) => {
        const text = around(m);
        if (m.code === OWN_KEPT.code && m.file === OWN_KEPT.file && OWN_KEPT.near.test(text)) return false;
        return !LIBRARY_CODE.some((l) => l.code === m.code && l.near.test(text));
      })
      .map((m) => `${m.code} ${m.file}:${m.line}:${m.column} ${m.message}: …${around(m, 60)}…`);
    expect(unexplained).toEqual([]);
  });

  it('reads the build it was given', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(manifest.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
    expect(manifest.content_scripts[0].matches).toContain('file:///*');
  });
});
