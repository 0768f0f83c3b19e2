// Privacy and permissions of the built extension, pinned to what the README documents: the `storage`
// permission, the content script on http(s) pages and saved (file://) ones, and nothing else; a strict extension CSP; no remote
// code. (tests/e2e/manifest.test.ts checks icons and the web-accessible file as the extension sees them.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './helpers/paths';

type Manifest = Record<string, any>;
const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

// Saved pages (file://) too, where the reader switches on the browser's file access for the extension.
const PAGE_MATCHES = ['http://*/*', 'https://*/*', 'file:///*'];
// Keys that widen what the extension can reach or who can talk to it.
const FORBIDDEN_KEYS = [
  'host_permissions',
  'optional_permissions',
  'optional_host_permissions',
  'externally_connectable',
  'content_security_policy.sandbox',
  'sandbox',
  'update_url',
  'oauth2',
  'key',
  'declarative_net_request',
  'chrome_url_overrides',
  'devtools_page',
  'web_accessible_resources.matches_all_urls',
];

/** The script-src directive of a CSP string, as a list of sources. */
function scriptSrc(csp: string): string[] {
  const d = csp
    .split(';')
    .map((s) => s.trim())
    .find((s) => s.startsWith('script-src '));
  return d ? d.split(/\s+/).slice(1) : [];
}

describe.each([
  ['Chromium (MV3)', CHROME_BUILD],
  ['Firefox (MV2)', FIREFOX_BUILD],
])('the built %s manifest', (_name, dir) => {
  const m = read(dir);

  it('asks for exactly the storage permission', () => {
    expect(m.permissions).toEqual(['storage']);
    for (const key of FORBIDDEN_KEYS) expect(m[key], key).toBeUndefined();
  });

  it('runs its content script on http(s) and saved pages only, at document idle', () => {
    expect(m.content_scripts).toHaveLength(1);
    expect([...m.content_scripts[0].matches].sort()).toEqual([...PAGE_MATCHES].sort());
    expect(m.content_scripts[0].run_at).toBe('document_idle');
    expect(m.content_scripts[0].all_frames ?? false).toBe(false);
  });

  it('has a strict extension CSP: scripts from the extension only, no eval, no remote hosts', () => {
    const csp: string = m.manifest_version === 3 ? m.content_security_policy?.extension_pages : m.content_security_policy;
    expect(typeof csp).toBe('string');
    expect(scriptSrc(csp)).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    expect(csp).toMatch(/object-src 'self'/);
  });

  it('exposes to pages only the engine chunk the content script loads (dynamic URL in Chromium)', () => {
    const war = m.web_accessible_resources ?? [];
    if (m.manifest_version === 3) {
      for (const entry of war) {
        expect(entry.resources).toEqual(['content-engine.js']);
        expect(entry.matches).toEqual(PAGE_MATCHES);
        // A fixed URL would let any page detect the extension by loading the file.
        expect(entry.use_dynamic_url).toBe(true);
      }
    } else {
      expect(war.every((r: string) => r === 'content-engine.js')).toBe(true);
    }
  });

  it('ships no remote code: every script is a file in the package, none loaded from the network', () => {
    for (const file of files(dir)) {
      const rel = relative(dir, file);
      if (rel.endsWith('.html')) {
        const html = readFileSync(file, 'utf8');
        for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]*)"/g)) expect(src, rel).toMatch(/^\.?\/?[\w./-]+\.js$/);
        expect(html, rel).not.toMatch(/<link[^>]+href="https?:/);
      }
      if (rel.endsWith('.js')) {
        const js = readFileSync(file, 'utf8');
        expect(js, rel).not.toMatch(/importScripts\s*\(|\beval\s*\(|new Function\s*\(/);
        expect(js, rel).not.toMatch(/import\s*\(\s*["'`]https?:/);
      }
    }
  });
});
