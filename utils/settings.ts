// Settings, stored with WXT storage under one versioned key, with migrations and validation.
// The options page edits them; the content script reads them. Corrupt values fall back to defaults
// field by field, and the options page is told so (`notice`) instead of failing silently.
import { storage } from 'wxt/utils/storage';
import { STATUSES, type Status } from '../lib/report';

export type BadgeStatus = Exclude<Status, 'staff' | 'not-article'>;

export const BADGE_STATUSES: readonly BadgeStatus[] = STATUSES.filter(
  (s): s is BadgeStatus => s !== 'staff' && s !== 'not-article',
);

export interface CustomPhraseSetting {
  phrase: string;
  status: BadgeStatus;
}

export interface Settings {
  /** Inline badges next to the headline. */
  badges: boolean;
  /** Which statuses get an inline badge. */
  badgeStatuses: BadgeStatus[];
  /** Highlight the evidence sentences on "Show on page". */
  highlightEvidence: boolean;
  /** Hosts where Creditline does nothing ("example.com"). */
  disabledSites: string[];
  /** The user's own disclaimer phrases, each mapped to a status (plain text, matched case-insensitively). */
  customPhrases: CustomPhraseSetting[];
}

export const DEFAULT_SETTINGS: Settings = {
  badges: true,
  badgeStatuses: ['wire-unedited', 'wire', 'wire-assisted', 'republished', 'press-release', 'sponsored'],
  highlightEvidence: true,
  disabledSites: [],
  customPhrases: [],
};

/** Version 1 (the first preview) had no per-status badge choice and kept sites as typed by the user. */
export const SETTINGS_VERSION = 2;
export const SETTINGS_KEY = 'local:settings' as const;

export const LIMITS = {
  phraseMin: 3,
  phraseMax: 200,
  phrases: 100,
  sites: 500,
  hostMax: 253,
  importBytes: 100_000,
} as const;

function clone(s: Settings): Settings {
  return {
    ...s,
    badgeStatuses: [...s.badgeStatuses],
    disabledSites: [...s.disabledSites],
    customPhrases: s.customPhrases.map((p) => ({ ...p })),
  };
}

export function defaultSettings(): Settings {
  return clone(DEFAULT_SETTINGS);
}

// ---------------------------------------------------------------------------------------------
// Field validation

const LABEL_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4_RE = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Normalises what a user types or pastes ("News.Example.com", "https://www.example.com/a?b") to a
 * host name ("news.example.com", "example.com"), or null when it is not a valid host name.
 */
export function normaliseHost(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const raw = input.trim();
  if (!raw || raw.length > 2048 || /[\s<>"'`\\]/.test(raw)) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]{0,20}:\/\//i.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return null;
  }
  host = host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  if (!host || host.length > LIMITS.hostMax) return null;
  if (IPV4_RE.test(host)) return host.split('.').every((n) => Number(n) <= 255) ? host : null;
  const labels = host.split('.');
  if (labels.length < 2 && host !== 'localhost') return null;
  return labels.every((l) => LABEL_RE.test(l)) ? host : null;
}

/** True when the host is switched off, itself or as a subdomain of a switched-off site. */
export function isHostDisabled(settings: Pick<Settings, 'disabledSites'>, host: string | null | undefined): boolean {
  const h = normaliseHost(host ?? '');
  if (!h) return false;
  return settings.disabledSites.some((site) => h === site || h.endsWith(`.${site}`));
}

export type PhraseProblem = 'empty' | 'too-short' | 'too-long' | 'not-plain';

// Control characters (tabs, line breaks, the rest of C0/C1) and the bidi overrides that could make a
// phrase look different from what it matches.
const NOT_PLAIN_RE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function phraseProblem(phrase: unknown): PhraseProblem | null {
  if (typeof phrase !== 'string') return 'empty';
  const t = phrase.trim();
  if (!t) return 'empty';
  if (NOT_PLAIN_RE.test(t)) return 'not-plain';
  if (t.length < LIMITS.phraseMin) return 'too-short';
  if (t.length > LIMITS.phraseMax) return 'too-long';
  return null;
}

export function isBadgeStatus(v: unknown): v is BadgeStatus {
  return typeof v === 'string' && (BADGE_STATUSES as readonly string[]).includes(v);
}

type FieldCheck<K extends keyof Settings> = (raw: unknown) => Settings[K] | null;

function checkBoolean(raw: unknown): boolean | null {
  return typeof raw === 'boolean' ? raw : null;
}

const FIELD_CHECKS: { [K in keyof Settings]: FieldCheck<K> } = {
  badges: checkBoolean,
  highlightEvidence: checkBoolean,
  badgeStatuses: (raw) => {
    if (!Array.isArray(raw) || !raw.every(isBadgeStatus)) return null;
    // Canonical order, no duplicates.
    return BADGE_STATUSES.filter((s) => raw.includes(s));
  },
  disabledSites: (raw) => {
    if (!Array.isArray(raw) || raw.length > LIMITS.sites) return null;
    const out: string[] = [];
    for (const item of raw) {
      const host = normaliseHost(item);
      if (!host) return null;
      if (!out.includes(host)) out.push(host);
    }
    return out;
  },
  customPhrases: (raw) => {
    if (!Array.isArray(raw) || raw.length > LIMITS.phrases) return null;
    const out: CustomPhraseSetting[] = [];
    for (const item of raw) {
      if (!item || typeof item !== 'object') return null;
      const { phrase, status } = item as Record<string, unknown>;
      if (phraseProblem(phrase) || !isBadgeStatus(status)) return null;
      const p = (phrase as string).trim();
      if (!out.some((o) => o.phrase.toLowerCase() === p.toLowerCase())) out.push({ phrase: p, status });
    }
    return out;
  },
};

export const SETTING_FIELDS = Object.keys(FIELD_CHECKS) as (keyof Settings)[];

export interface Validated {
  settings: Settings;
  /** Fields that were missing or invalid and fell back to their defaults. */
  repaired: (keyof Settings)[];
  /** The whole value was not a settings object. */
  unreadable: boolean;
}

/** Reads any stored value as Settings: each valid field is kept, each invalid one falls back. */
export function validateSettings(raw: unknown): Validated {
  const settings = defaultSettings();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings, repaired: raw == null ? [] : [...SETTING_FIELDS], unreadable: raw != null };
  }
  const obj = raw as Record<string, unknown>;
  const repaired: (keyof Settings)[] = [];
  for (const key of SETTING_FIELDS) {
    if (!(key in obj)) {
      repaired.push(key);
      continue;
    }
    const value = (FIELD_CHECKS[key] as FieldCheck<typeof key>)(obj[key]);
    if (value === null) repaired.push(key);
    else (settings as unknown as Record<string, unknown>)[key] = value;
  }
  return { settings, repaired, unreadable: false };
}

// ---------------------------------------------------------------------------------------------
// Migrations

/** v1 → v2: add the per-status badge choice; turn the typed site list (a string or an array of URLs) into hosts. */
export function migrateV1toV2(old: unknown): unknown {
  if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
  const v1 = old as Record<string, unknown>;
  const sitesRaw = typeof v1.disabledSites === 'string' ? v1.disabledSites.split(/[\s,]+/) : v1.disabledSites;
  const disabledSites = Array.isArray(sitesRaw)
    ? sitesRaw.map(normaliseHost).filter((h): h is string => !!h)
    : v1.disabledSites;
  return {
    ...v1,
    badgeStatuses: 'badgeStatuses' in v1 ? v1.badgeStatuses : [...DEFAULT_SETTINGS.badgeStatuses],
    customPhrases: 'customPhrases' in v1 ? v1.customPhrases : [],
    disabledSites,
  };
}

const MIGRATIONS: Record<number, (old: any) => unknown> = { 2: migrateV1toV2 };

export function defineSettingsItem() {
  return storage.defineItem<unknown>(SETTINGS_KEY, {
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

// ---------------------------------------------------------------------------------------------
// Reading and writing

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

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return saveSettings(change(await getSettings()));
}

export async function resetSettings(): Promise<Settings> {
  return saveSettings(defaultSettings());
}

/** Adds a host to the switched-off sites; returns false when the host is not a valid host name. */
export async function disableSite(hostOrUrl: string): Promise<boolean> {
  const host = normaliseHost(hostOrUrl);
  if (!host) return false;
  await updateSettings((s) => ({ ...s, disabledSites: s.disabledSites.includes(host) ? s.disabledSites : [...s.disabledSites, host] }));
  return true;
}

export async function enableSite(hostOrUrl: string): Promise<void> {
  const host = normaliseHost(hostOrUrl);
  await updateSettings((s) => ({
    ...s,
    disabledSites: s.disabledSites.filter((site) => site !== host && !(host && host.endsWith(`.${site}`))),
  }));
}

/** Calls back with validated settings whenever they change (in any context). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => callback(validateSettings(value).settings));
}

// ---------------------------------------------------------------------------------------------
// Export and import

export const EXPORT_FORMAT = 'creditline-settings';

export function exportSettingsJson(settings: Settings): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings: validateSettings(settings).settings }, null, 2);
}

export type ImportError =
  | { code: 'too-large'; bytes: number }
  | { code: 'not-json' }
  | { code: 'wrong-shape' }
  | { code: 'newer-version'; version: number }
  | { code: 'bad-field'; field: keyof Settings };

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: ImportError };

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Parses an exported settings file. Strict: a file that is too large, not JSON, not our format, or has
 * any invalid field is rejected whole (nothing is half-imported). Fields it does not mention take
 * their defaults.
 */
export function parseSettingsImport(text: string): ImportResult {
  const bytes = byteLength(text);
  if (bytes > LIMITS.importBytes) return { ok: false, error: { code: 'too-large', bytes } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: { code: 'wrong-shape' } };
  const envelope = data as Record<string, unknown>;
  const version = envelope.version;
  if (envelope.format !== EXPORT_FORMAT || typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { code: 'wrong-shape' } };
  }
  if (version > SETTINGS_VERSION) return { ok: false, error: { code: 'newer-version', version } };
  let body = envelope.settings;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, error: { code: 'wrong-shape' } };
  for (let v = version + 1; v <= SETTINGS_VERSION; v++) body = MIGRATIONS[v]?.(body) ?? body;
  const obj = body as Record<string, unknown>;
  const known = SETTING_FIELDS.filter((k) => k in obj);
  if (!known.length) return { ok: false, error: { code: 'wrong-shape' } };
  const v = validateSettings(obj);
  const bad = v.repaired.find((k) => k in obj);
  if (bad) return { ok: false, error: { code: 'bad-field', field: bad } };
  return { ok: true, settings: v.settings };
}

/** Reads an import file and stores it only when every check passes. */
export async function importSettingsFile(file: Blob): Promise<ImportResult> {
  if (file.size > LIMITS.importBytes) return { ok: false, error: { code: 'too-large', bytes: file.size } };
  const result = parseSettingsImport(await file.text());
  if (result.ok) await saveSettings(result.settings);
  return result;
}
