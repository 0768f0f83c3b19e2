// Where the settings live: one versioned item in extension storage (local, never synced), read
// and written only through validation. The options page edits them; the content script reads and
// watches them. Corrupt values fall back to defaults field by field, and the options page is told so
// (`notice`) instead of failing silently.
import { storage } from 'wxt/utils/storage';
import { defaultSettings, MIGRATIONS, normalizeHost, SETTING_FIELDS, SETTINGS_VERSION, validateSettings, type Settings } from './schema';

function defineSettingsItem() {
  return storage.defineItem<unknown>('local:settings', {
    version: SETTINGS_VERSION,
    migrations: MIGRATIONS,
  });
}

let item: ReturnType<typeof defineSettingsItem> | null = null;
function settingsItem() {
  item ??= defineSettingsItem();
  return item;
}

/** Forgets the storage item so the next read runs migrations again (tests seed storage first). */
export function resetSettingsItemForTests(): void {
  item = null;
}

export type SettingsNotice = 'repaired' | 'unreadable' | null;

export interface LoadedSettings {
  settings: Settings;
  notice: SettingsNotice;
  repaired: (keyof Settings)[];
}

export async function loadSettings(): Promise<LoadedSettings> {
  let raw: unknown;
  try {
    raw = await settingsItem().getValue();
  } catch {
    return { settings: defaultSettings(), notice: 'unreadable', repaired: [...SETTING_FIELDS] };
  }
  const v = validateSettings(raw);
  const notice: SettingsNotice = v.unreadable ? 'unreadable' : raw != null && v.repaired.length ? 'repaired' : null;
  return { settings: v.settings, notice, repaired: v.repaired };
}

/** The settings to act on; never throws. */
export async function getSettings(): Promise<Settings> {
  return (await loadSettings()).settings;
}

/** Stores settings after validating them again, so nothing invalid is ever written. */
export async function saveSettings(next: Settings): Promise<Settings> {
  const v = validateSettings(next);
  await settingsItem().setValue(v.settings);
  return v.settings;
}

async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await getSettings()));
}

export async function resetSettings(): Promise<Settings> {
  return saveSettings(defaultSettings());
}

/** Adds a host to the switched-off sites; returns false when the host is not a valid host name. */
export async function disableSite(hostOrUrl: string): Promise<boolean> {
  const host = normalizeHost(hostOrUrl);
  if (!host) return false;
  await updateSettings((s) => ({ ...s, disabledSites: s.disabledSites.includes(host) ? s.disabledSites : [...s.disabledSites, host] }));
  return true;
}

export async function enableSite(hostOrUrl: string): Promise<void> {
  const host = normalizeHost(hostOrUrl);
  await updateSettings((s) => ({
    ...s,
    disabledSites: s.disabledSites.filter((site) => site !== host && !(host && host.endsWith(`.${site}`))),
  }));
}

/** Calls back with validated settings whenever they change (in any context). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => callback(validateSettings(value).settings));
}
