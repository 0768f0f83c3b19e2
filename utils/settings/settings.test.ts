// The settings store on the fake browser's storage: defaults, migration from version 1, corrupt
// values falling back field by field with a notice, and strict import/export.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  LIMITS,
  SETTINGS_VERSION,
  disableSite,
  enableSite,
  exportSettingsJson,
  getSettings,
  importSettingsFile,
  isHostDisabled,
  loadSettings,
  normalizeHost,
  parseSettingsImport,
  phraseProblem,
  resetSettings,
  resetSettingsItemForTests,
  saveSettings,
  type Settings,
} from '.';
import { resetBrowser } from '../../tests/extension/i18n';

const KEY = 'settings';
const META = 'settings$';

async function stored(): Promise<{ value: unknown; meta: unknown }> {
  const all = await fakeBrowser.storage.local.get([KEY, META]);
  return { value: all[KEY], meta: all[META] };
}

async function seed(value: unknown, meta?: unknown): Promise<void> {
  await fakeBrowser.storage.local.set(meta === undefined ? { [KEY]: value } : { [KEY]: value, [META]: meta });
  resetSettingsItemForTests();
}

const custom: Settings = {
  badges: false,
  badgeStatuses: ['wire', 'sponsored'],
  highlightEvidence: false,
  disabledSites: ['example.com', 'news.example.org'],
  customPhrases: [
    { phrase: 'This story was provided by', status: 'wire', sites: [] },
    { phrase: 'SID', status: 'wire', sites: ['sport.example.de'] },
  ],
  language: 'ar',
  linkMarks: false,
};

beforeEach(() => {
  resetBrowser();
  resetSettingsItemForTests();
});

describe('reading settings', () => {
  it('gives the defaults, with no notice, when nothing is stored', async () => {
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice).toBeNull();
  });

  it('round-trips saved settings and stamps the current version', async () => {
    await saveSettings(custom);
    resetSettingsItemForTests();
    expect(await getSettings()).toEqual(custom);
    expect((await stored()).meta).toEqual({ v: SETTINGS_VERSION });
  });

  it('migrates version-1 settings (sites as typed text, no badge statuses) to the current version', async () => {
    await seed({ badges: false, highlightEvidence: true, disabledSites: 'https://www.Example.com/news, blog.example.org' });
    const loaded = await loadSettings();
    expect(loaded.settings.disabledSites).toEqual(['example.com', 'blog.example.org']);
    expect(loaded.settings.badgeStatuses).toEqual(DEFAULT_SETTINGS.badgeStatuses);
    expect(loaded.settings.badges).toBe(false);
    expect(loaded.notice).toBeNull();
    const after = await stored();
    expect(after.meta).toEqual({ v: SETTINGS_VERSION });
    expect((after.value as Settings).disabledSites).toEqual(['example.com', 'blog.example.org']);
  });

  it("migrates version-2 settings to the browser's language, without a notice", async () => {
    const { language: _, ...v2 } = custom;
    await seed(v2, { v: 2 });
    const loaded = await loadSettings();
    expect(loaded.notice).toBeNull();
    expect(loaded.settings).toEqual({ ...custom, language: 'browser' });
  });

  it('replaces each corrupt field with its default, keeps the good ones, and raises a notice', async () => {
    await seed(
      {
        badges: 'yes',
        badgeStatuses: ['wire', 'made-up'],
        highlightEvidence: false,
        disabledSites: ['example.com'],
        customPhrases: [{ phrase: 'x', status: 'wire' }],
        language: 'tlh',
        linkMarks: true,
      },
      { v: SETTINGS_VERSION },
    );
    const loaded = await loadSettings();
    expect(loaded.notice).toBe('repaired');
    expect(loaded.repaired.sort()).toEqual(['badgeStatuses', 'badges', 'customPhrases', 'language']);
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, highlightEvidence: false, disabledSites: ['example.com'] });
  });

  it('falls back to the defaults when the stored value is not an object at all', async () => {
    await seed('{"badges": tru', { v: SETTINGS_VERSION });
    const loaded = await loadSettings();
    expect(loaded.notice).toBe('unreadable');
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('reads settings from a newer version it cannot migrate by validating them field by field', async () => {
    await seed({ ...custom, somethingNew: 1 }, { v: SETTINGS_VERSION + 1 });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(custom);
  });
});

describe('writing settings', () => {
  it('never stores invalid values', async () => {
    const bad = { ...custom, disabledSites: ['not a host'], customPhrases: [{ phrase: '\u0000evil', status: 'wire' }] } as Settings;
    await saveSettings(bad);
    const raw = (await stored()).value as Settings;
    expect(raw.disabledSites).toEqual(DEFAULT_SETTINGS.disabledSites);
    expect(raw.customPhrases).toEqual([]);
  });

  it('switches a site off and on again, subdomains included', async () => {
    expect(await disableSite('https://www.Example.com/a/b?c')).toBe(true);
    expect(await disableSite('javascript:alert(1)')).toBe(false);
    const s = await getSettings();
    expect(s.disabledSites).toEqual(['example.com']);
    expect(isHostDisabled(s, 'example.com')).toBe(true);
    expect(isHostDisabled(s, 'live.example.com')).toBe(true);
    expect(isHostDisabled(s, 'notexample.com')).toBe(false);
    await enableSite('live.example.com');
    expect((await getSettings()).disabledSites).toEqual([]);
  });

  it('resets to the defaults', async () => {
    await saveSettings(custom);
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('validation of single values', () => {
  it('accepts host names and pasted addresses, rejects everything else', () => {
    expect(normalizeHost('News.Example.COM')).toBe('news.example.com');
    expect(normalizeHost('https://www.example.co.uk/path?q=1')).toBe('example.co.uk');
    expect(normalizeHost('127.0.0.1')).toBe('127.0.0.1');
    for (const bad of [
      '',
      'example',
      'exa mple.com',
      '-bad.com',
      'bad-.com',
      'a..b',
      '999.1.1.1',
      '<img>.com',
      'javascript:alert(1)',
      'x'.repeat(300) + '.com',
      42,
    ]) {
      expect(normalizeHost(bad), String(bad)).toBeNull();
    }
  });

  it('checks disclaimer phrases: 3..200 plain characters', () => {
    expect(phraseProblem('This article was provided by')).toBeNull();
    expect(phraseProblem('   ')).toBe('empty');
    expect(phraseProblem('ab')).toBe('too-short');
    expect(phraseProblem('a'.repeat(LIMITS.phraseMax + 1))).toBe('too-long');
    expect(phraseProblem('line one\nline two')).toBe('not-plain');
    expect(phraseProblem('hidden \u202e override')).toBe('not-plain');
  });
});

describe('import and export', () => {
  it('round-trips an export', async () => {
    const result = parseSettingsImport(exportSettingsJson(custom));
    expect(result).toEqual({ ok: true, settings: custom });
  });

  it('imports a valid file and stores it', async () => {
    const file = new Blob([exportSettingsJson(custom)], { type: 'application/json' });
    const result = await importSettingsFile(file);
    expect(result.ok).toBe(true);
    expect(await getSettings()).toEqual(custom);
  });

  it('migrates a version-1 export on import', () => {
    const v1 = JSON.stringify({ format: 'creditline-settings', version: 1, settings: { badges: true, disabledSites: 'example.com' } });
    const result = parseSettingsImport(v1);
    expect(result.ok && result.settings.disabledSites).toEqual(['example.com']);
  });

  it('reads phrases saved before they had sites as phrases for every site', () => {
    for (const version of [1, 2, 3]) {
      const old = JSON.stringify({
        format: 'creditline-settings',
        version,
        settings: { badges: true, disabledSites: [], customPhrases: [{ phrase: 'This story was provided by', status: 'wire' }] },
      });
      const result = parseSettingsImport(old);
      expect(result.ok && result.settings.customPhrases, `version ${version}`).toEqual([{ phrase: 'This story was provided by', status: 'wire', sites: [] }]);
    }
  });

  it('keeps a phrase’s sites as host names, each once', () => {
    const text = JSON.stringify({
      format: 'creditline-settings',
      version: SETTINGS_VERSION,
      settings: { customPhrases: [{ phrase: 'dpa-AFX', status: 'wire', sites: ['https://www.Example.com/a', 'example.com', 'news.example.org'] }] },
    });
    const result = parseSettingsImport(text);
    expect(result.ok && result.settings.customPhrases[0]!.sites).toEqual(['example.com', 'news.example.org']);
  });

  it('repairs stored phrases whose sites are damaged, and says so', async () => {
    await seed({ ...custom, customPhrases: [{ phrase: 'provided by', status: 'wire', sites: ['javascript:alert(1)'] }] }, { v: SETTINGS_VERSION });
    const loaded = await loadSettings();
    expect(loaded.settings.customPhrases).toEqual([]);
    expect(loaded.repaired).toContain('customPhrases');
    expect(loaded.notice).toBe('repaired');
  });

  const rejected: [string, string, string][] = [
    [
      'a phrase with a site that is not a host',
      JSON.stringify({
        format: 'creditline-settings',
        version: 3,
        settings: { customPhrases: [{ phrase: 'provided by', status: 'wire', sites: ['not a host'] }] },
      }),
      'bad-field',
    ],
    [
      'a phrase with too many sites',
      JSON.stringify({
        format: 'creditline-settings',
        version: 3,
        settings: {
          customPhrases: [{ phrase: 'provided by', status: 'wire', sites: Array.from({ length: LIMITS.phraseSites + 1 }, (_, i) => `s${i}.example.com`) }],
        },
      }),
      'bad-field',
    ],
    ['malformed JSON', '{"format": "creditline-settings", "version": 2, "settings": {', 'not-json'],
    ['an array', '[1,2,3]', 'wrong-shape'],
    ['another app’s file', JSON.stringify({ format: 'other', version: 2, settings: {} }), 'wrong-shape'],
    ['settings with no known field', JSON.stringify({ format: 'creditline-settings', version: 2, settings: { colour: 'red' } }), 'wrong-shape'],
    [
      'a bad field',
      JSON.stringify({ format: 'creditline-settings', version: 2, settings: { ...custom, disabledSites: ['ok.com', 'javascript:x'] } }),
      'bad-field',
    ],
    ['a wrong type', JSON.stringify({ format: 'creditline-settings', version: 2, settings: { badges: 'true' } }), 'bad-field'],
    ['a newer version', JSON.stringify({ format: 'creditline-settings', version: 99, settings: custom }), 'newer-version'],
    [
      'more than 100 kB',
      JSON.stringify({ format: 'creditline-settings', version: 2, settings: { ...custom, pad: 'x'.repeat(LIMITS.importBytes) } }),
      'too-large',
    ],
  ];

  for (const [name, text, code] of rejected) {
    it(`rejects ${name} and leaves the stored settings unchanged`, async () => {
      await saveSettings(custom);
      const before = await stored();
      const result = await importSettingsFile(new Blob([text]));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.code).toBe(code);
      expect(await stored()).toEqual(before);
    });
  }
});
