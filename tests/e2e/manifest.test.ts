// The built manifests: the only permission is storage, the toolbar button has its icons in both
// browsers, and only the lazily loaded analysis file is reachable from pages (Chrome: per-session URL).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './helpers/paths';

const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe.each([
  ['chrome-mv3', CHROME_BUILD, 'action'],
  ['firefox-mv2', FIREFOX_BUILD, 'browser_action'],
])('%s manifest', (_name, dir, buttonKey) => {
  it('asks for storage only, with no host permissions', () => {
    const m = read(dir);
    expect(m.permissions).toEqual(['storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('has icons for the extension and the toolbar button, and the files exist', () => {
    const m = read(dir);
    for (const icons of [m.icons, m[buttonKey].default_icon]) {
      expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
      for (const file of Object.values(icons) as string[]) expect(existsSync(join(dir, file))).toBe(true);
    }
  });

  it('opens the popup with a keyboard shortcut', () => {
    const commands = read(dir).commands as Record<string, { suggested_key: { default: string } }>;
    const open = buttonKey === 'action' ? '_execute_action' : '_execute_browser_action';
    expect(Object.keys(commands)).toEqual([open]);
    expect(commands[open]!.suggested_key.default).toBe('Alt+Shift+C');
  });

  it('exposes only the analysis module to pages', () => {
    const war = read(dir).web_accessible_resources as unknown[];
    const files = war.flatMap((w) => (typeof w === 'string' ? [w] : (w as { resources: string[] }).resources));
    expect(files).toEqual(['content-engine.js']);
    for (const w of war) if (typeof w !== 'string') expect(w).toMatchObject({ use_dynamic_url: true });
    expect(existsSync(join(dir, 'content-engine.js'))).toBe(true);
  });
});
