// A settings file to import is input from anywhere: arbitrary text, JSON with __proto__/constructor
// keys, huge or odd values. Parsing never throws, never touches a prototype, and what it accepts is
// valid settings; hosts to switch off are plain host names or nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, normalizeHost, parseSettingsImport, SETTINGS_VERSION, validateSettings } from '../../../utils/settings';
import { BAD_URLS, SCRIPT_PAYLOADS } from './generate';

const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');

function envelope(settings: unknown, version: unknown = SETTINGS_VERSION): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version, settings });
}

describe('settings import against hostile files', () => {
  const before = protoNames();

  it('never throws on arbitrary text or JSON, and accepts only valid settings', () => {
    const anything = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.json(),
      fc.jsonValue().map((v) => envelope(v)),
      fc.jsonValue().map((v) => envelope({ customPhrases: v, disabledSites: v })),
    );
    fc.assert(
      fc.property(anything, (text) => {
        const result = parseSettingsImport(text);
        if (result.ok) expect(validateSettings(result.settings).repaired).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(protoNames()).toBe(before);
  });

  it('ignores __proto__ and constructor keys at every level', () => {
    const texts = [
      `{"format":"${EXPORT_FORMAT}","version":${SETTINGS_VERSION},"__proto__":{"polluted":1},"settings":{"__proto__":{"polluted":1},"badges":true}}`,
      `{"format":"${EXPORT_FORMAT}","version":${SETTINGS_VERSION},"settings":{"constructor":{"prototype":{"polluted":1}},"badges":false}}`,
      `{"format":"${EXPORT_FORMAT}","version":${SETTINGS_VERSION},"settings":{"customPhrases":[{"__proto__":{"polluted":1},"phrase":"syndicated feed","status":"wire-unedited"}]}}`,
    ];
    for (const t of texts) parseSettingsImport(t);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(protoNames()).toBe(before);
  });

  it('rejects oversized files and payload-laden fields instead of storing them', () => {
    expect(parseSettingsImport(envelope({ badges: true, pad: 'x'.repeat(5_000_000) })).ok).toBe(false);
    for (const p of SCRIPT_PAYLOADS) {
      const r = parseSettingsImport(envelope({ disabledSites: [p] }));
      if (r.ok) for (const host of r.settings.disabledSites) expect(host).toMatch(/^[a-z0-9.-]+$/);
    }
  });

  it('turns only real host names into hosts to switch off', () => {
    for (const bad of [...BAD_URLS, ...SCRIPT_PAYLOADS, '', ' ', '..', 'a'.repeat(300), '\u202eevil.com']) {
      const host = normalizeHost(bad);
      if (host !== null) expect(host).toMatch(/^[a-z0-9.-]{1,253}$/);
    }
    expect(normalizeHost('https://www.Example.com/path')).toMatch(/example\.com$/);
  });
});
