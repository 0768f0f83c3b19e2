// Sizes of a built extension's scripts, raw and gzip -9 (as a store serves them compressed).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The content script runs on every page a reader opens: it has the tightest budget (gzip bytes). */
export const CONTENT_SCRIPT_GZIP_BUDGET = 35_000;

export interface Size {
  files: string[];
  raw: number;
  gzip: number;
}

/** The build's files whose path (relative to the build) matches `pick`, added up. */
export function sizeOf(buildDir: string, pick: (file: string) => boolean): Size {
  const files = (readdirSync(buildDir, { recursive: true }) as string[])
    .map((f) => relative(buildDir, join(buildDir, f)))
    .filter((f) => /\.(js|css)$/.test(f) && pick(f))
    .sort();
  const bytes = files.map((f) => readFileSync(join(buildDir, f)));
  return { files, raw: bytes.reduce((n, b) => n + b.length, 0), gzip: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) };
}

/** What every page loads: the content script (and any stylesheet WXT emits beside it). */
export const contentScriptSize = (buildDir: string) => sizeOf(buildDir, (f) => f.startsWith('content-scripts/'));

/** What a page that looks like an article loads on top: the engine file. */
export const engineSize = (buildDir: string) => sizeOf(buildDir, (f) => f === 'content-engine.js');
