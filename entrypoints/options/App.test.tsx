// The options page wired to (fake) extension storage: repair notice, saving, and imports that are
// rejected without touching what is stored.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from './App';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, exportSettingsJson, getSettings, resetSettingsItemForTests, saveSettings } from '../../utils/settings';
import { resetBrowser } from '../../tests/extension/i18n';
import { click, mount, submit, type, unmountAll } from '../../tests/extension/render';

/** Runs every pending promise (fake storage is in memory, and so is the file read), with Preact's updates. */
async function drain(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(() => new Promise<void>((resolve) => setImmediate(resolve)));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  resetBrowser();
  resetSettingsItemForTests();
});
afterEach(() => {
  unmountAll();
  vi.useRealTimers();
});

async function open(): Promise<HTMLElement> {
  const root = mount(<App />);
  await drain();
  return root;
}

async function chooseFile(root: HTMLElement, text: string) {
  const input = root.querySelector('#cl-import-file') as HTMLInputElement;
  const file = new File([text], 'settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await drain();
}

describe('options page with storage', () => {
  it('shows a notice when the stored settings were corrupt, and clears it on dismiss', async () => {
    await fakeBrowser.storage.local.set({ settings: { badges: 3, disabledSites: ['example.com'] }, settings$: { v: SETTINGS_VERSION } });
    const root = await open();
    expect(root.querySelector('[data-notice="repaired"]')).not.toBeNull();
    expect(root.querySelector('[data-list="sites"]')?.textContent).toContain('example.com');
    click(root.querySelector('[data-notice] button'));
    await drain();
    expect(root.querySelector('[data-notice]')).toBeNull();
    const stored = (await fakeBrowser.storage.local.get('settings')).settings;
    expect(stored).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });
  });

  it('saves a change straight away', async () => {
    const root = await open();
    type(root.querySelector('#cl-site-input'), 'example.net');
    submit(root.querySelector('[data-section="sites"] form'));
    await drain();
    resetSettingsItemForTests();
    expect((await getSettings()).disabledSites).toEqual(['example.net']);
    expect(root.querySelector('.cl-saved')?.textContent).toBe('Saved');
  });

  it('rejects a malformed import with a message and changes nothing', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['keep.example'] });
    const before = await fakeBrowser.storage.local.get(null);
    const root = await open();
    await chooseFile(root, '{"format":"creditline-settings","version":2,"settings":{"badges":');
    expect(root.querySelector('[data-message="error"]')?.textContent).toBe('That file is not valid JSON. Nothing was changed.');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(root.querySelector('[data-list="sites"]')?.textContent).toContain('keep.example');
  });

  it('imports a valid export and shows it', async () => {
    const root = await open();
    await chooseFile(root, exportSettingsJson({ ...DEFAULT_SETTINGS, badges: false, disabledSites: ['imported.example'] }));
    expect(root.querySelector('[data-message="ok"]')?.textContent).toBe('Settings imported.');
    expect(root.querySelector('[data-list="sites"]')?.textContent).toContain('imported.example');
    expect((root.querySelector('#cl-badges') as HTMLInputElement).checked).toBe(false);
    expect((await getSettings()).badges).toBe(false);
  });

  it('follows changes made elsewhere, such as the popup switching a site off', async () => {
    const root = await open();
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['from-popup.example'] });
    await drain();
    expect(root.querySelector('[data-list="sites"]')?.textContent).toContain('from-popup.example');
  });
});
