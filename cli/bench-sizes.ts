// Sizes of the built extension's bundles, raw and gzip: read from .output/<target>, never built here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The content script runs on every page a reader opens: it has the tightest budget (gzip bytes). */
export const CONTENT_SCRIPT_GZIP_BUDGET = 35_000;

export const OUTPUT_DIR = join(import.meta.dirname, '..', '.output');
export const TARGETS = ['chrome-mv3', 'firefox-mv2'] as const;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every script, style and page in a build, largest first. Gzip at level 9, as served compressed. */
export function bundleSizes(buildDir: string): FileSize[] {
  return walk(buildDir)
    .filter((p) => /\.(js|css|html)$/.test(p))
    .map((p) => {
      const bytes = readFileSync(p);
      return { file: relative(buildDir, p), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
}

/** The content script's files (script and any stylesheet WXT emits beside it). */
export function contentScriptSize(sizes: FileSize[]): FileSize {
  const parts = sizes.filter((s) => s.file.startsWith('content-scripts/'));
  return {
    file: parts.map((p) => p.file).join(' + ') || '(no content script)',
    raw: parts.reduce((a, p) => a + p.raw, 0),
    gzip: parts.reduce((a, p) => a + p.gzip, 0),
  };
}

/** What an article page loads on top: the scripts the content script imports on demand (content-*.js). */
export function onDemandSize(sizes: FileSize[]): FileSize {
  const parts = sizes.filter((s) => /^content-[^/]*\.js$/.test(s.file));
  return {
    file: parts.map((p) => p.file).join(' + ') || '(none)',
    raw: parts.reduce((a, p) => a + p.raw, 0),
    gzip: parts.reduce((a, p) => a + p.gzip, 0),
  };
}
