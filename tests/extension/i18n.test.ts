// The UI strings file is well-formed and every key the UI uses exists.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getMessage, hasMessage } from './i18n';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('locales/en.yml', () => {
  it('has every key the popup, options page and shared components ask for', () => {
    const files = [
      ...sources(join(ROOT, 'components/popup')),
      ...sources(join(ROOT, 'components/options')),
      ...sources(join(ROOT, 'components/common')),
      ...sources(join(ROOT, 'entrypoints/popup')),
      ...sources(join(ROOT, 'entrypoints/options')),
      join(ROOT, 'utils/report-format.ts'),
    ];
    const keys = new Set<string>();
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(/i18n\.t\(\s*'([^']+)'/g)) keys.add(m[1]!);
    }
    expect(keys.size).toBeGreaterThan(80);
    const missing = [...keys].filter((k) => !hasMessage(k.replaceAll('.', '_')));
    expect(missing).toEqual([]);
  });

  it('substitutes positional arguments', () => {
    expect(getMessage('popup_agencyLookup', ['apnews.com'])).toBe('Find this story at apnews.com');
    expect(getMessage('options_sites_remove', ['example.com'])).toBe('Remove example.com');
  });
});
