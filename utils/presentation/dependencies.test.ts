// Dependencies run one way: entrypoints → components → utils → presentation → lib. Every import of
// every source file is read and resolved to its folder; an import that goes up a layer fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Lower layers first; a file may import its own layer and the ones below. */
const LAYERS = [
  ['lib', 'lib/'],
  ['presentation', 'utils/presentation/'],
  ['utils', 'utils/'],
  ['components', 'components/'],
  ['entrypoints', 'entrypoints/'],
] as const;

function layerOf(path: string): number {
  return LAYERS.findIndex(([, prefix]) => path.startsWith(prefix));
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sources(path));
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

// Static imports and re-exports, and dynamic import(); the text between is bounded.
const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\b[^;'"]{0,400}?from\s*['"]([^'"]{1,200})['"]|\bimport\(\s*['"]([^'"]{1,200})['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT_RE)].map((m) => (m[1] ?? m[2])!);
}

const files = LAYERS.flatMap(([, prefix]) => sources(prefix.slice(0, -1))).filter((f, i, all) => all.indexOf(f) === i);

describe('the import graph', () => {
  it('reads the sources of every layer', () => {
    for (const [name] of LAYERS)
      expect(
        files.some((f) => LAYERS[layerOf(f)]![0] === name),
        name,
      ).toBe(true);
  });

  it('never imports a higher layer', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue; // packages and '#i18n'
        const target = relative(ROOT, resolve(ROOT, dirname(file), spec));
        const to = layerOf(target + '/');
        if (to > from) wrong.push(`${file} → ${target} (${LAYERS[from]![0]} imports ${LAYERS[to]![0]})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the presentation words free of the browser, so the command line can say them', () => {
    // Type-only imports of the message keys are erased: only a runtime import needs the browser.
    const RUNTIME_I18N_RE = /(?:^|\n)\s*import\s+(?!type\b)[^;]{0,400}?from\s*['"]#i18n['"]/;
    // The browser's i18n is read in one module (i18n.ts, the interface language); index.ts binds the words to it.
    const bound = ['utils/presentation/index.ts', 'utils/presentation/i18n.ts'];
    const pure = files.filter((f) => f.startsWith('utils/presentation/') && !bound.includes(f));
    expect(pure.length).toBeGreaterThan(3);
    for (const file of pure) expect(RUNTIME_I18N_RE.test(readFileSync(join(ROOT, file), 'utf8')), file).toBe(false);
    expect(RUNTIME_I18N_RE.test(readFileSync(join(ROOT, 'utils/presentation/i18n.ts'), 'utf8'))).toBe(true);
  });

  it('catches an import that goes the wrong way', () => {
    // The check itself: a component path seen from the presentation layer is a higher layer.
    expect(layerOf('components/common/StatusPill.tsx')).toBeGreaterThan(layerOf('utils/presentation/words.ts'));
    expect(layerOf('utils/presentation/words.ts')).toBeGreaterThan(layerOf('lib/report.ts'));
  });
});
