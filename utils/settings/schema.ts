// What the settings are: their fields, defaults and limits, the check that reads any stored or
// imported value as valid settings field by field, and the migrations between versions.
import { STATUSES, type Status } from '../../lib/report';
import { isUiLanguage, type UiLanguage } from '../presentation/languages';

export type BadgeStatus = Exclude<Status, 'staff' | 'not-article'>;

export const BADGE_STATUSES: readonly BadgeStatus[] = STATUSES.filter((s): s is BadgeStatus => s !== 'staff' && s !== 'not-article');

/** The verdicts a reader can choose an inline badge for: every article's, "no agency credit found" (staff) too. */
export type BadgeChoice = Exclude<Status, 'not-article'>;
export const BADGE_CHOICES: readonly BadgeChoice[] = STATUSES.filter((s): s is BadgeChoice => s !== 'not-article');

export interface CustomPhraseSetting {
  phrase: string;
  status: BadgeStatus;
  /** Hosts the phrase applies to, each with its subdomains; empty: every site. */
  sites: string[];
}

export interface Settings {
  /** Inline badges next to the headline. */
  badges: boolean;
  /** Which statuses get an inline badge. */
  badgeStatuses: BadgeChoice[];
  /** Highlight the evidence sentences on "Show on page". */
  highlightEvidence: boolean;
  /** Hosts where Creditline does nothing ("example.com"). */
  disabledSites: string[];
  /** The user's own disclaimer phrases, each mapped to a status (plain text, matched case-insensitively as whole words). */
  customPhrases: CustomPhraseSetting[];
  /** The interface language: the browser's, or one with a catalogue in locales/. */
  language: UiLanguage | 'browser';
  /** Marks on links to stories in the story memory (listing pages, home pages, search results). */
  linkMarks: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  badges: true,
  badgeStatuses: ['wire-unedited', 'wire', 'wire-assisted', 'republished', 'press-release', 'sponsored'],
  highlightEvidence: true,
  disabledSites: [],
  customPhrases: [],
  language: 'browser',
  linkMarks: true,
};

/**
 * Version 1 (the first preview) had no per-status badge choice and kept sites as typed by the user;
 * version 2 had no language choice; version 3 had no link marks.
 */
export const SETTINGS_VERSION = 4;

export const LIMITS = {
  phraseMin: 3,
  phraseMax: 200,
  phrases: 100,
  phraseSites: 20,
  sites: 500,
  hostMax: 253,
  importBytes: 100_000,
} as const;

function clone(s: Settings): Settings {
  return {
    ...s,
    badgeStatuses: [...s.badgeStatuses],
    disabledSites: [...s.disabledSites],
    customPhrases: s.customPhrases.map((p) => ({ ...p, sites: [...p.sites] })),
  };
}

export function defaultSettings(): Settings {
  return clone(DEFAULT_SETTINGS);
}

const LABEL_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4_RE = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Normalizes what a user types or pastes ("News.Example.com", "https://www.example.com/a?b") to a
 * host name ("news.example.com", "example.com"), or null when it is not a valid host name.
 */
export function normalizeHost(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const raw = input.trim();
  if (!raw || raw.length > 2048 || /[\s<>"'`\\]/.test(raw)) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]{0,20}:\/\//i.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return null;
  }
  host = host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  if (!host || host.length > LIMITS.hostMax) return null;
  if (IPV4_RE.test(host)) return host.split('.').every((n) => Number(n) <= 255) ? host : null;
  const labels = host.split('.');
  if (labels.length < 2 && host !== 'localhost') return null;
  return labels.every((l) => LABEL_RE.test(l)) ? host : null;
}

/** True when the host is switched off, itself or as a subdomain of a switched-off site. */
export function isHostDisabled(settings: Pick<Settings, 'disabledSites'>, host: string | null | undefined): boolean {
  const h = normalizeHost(host ?? '');
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

function isBadgeStatus(v: unknown): v is BadgeStatus {
  return typeof v === 'string' && (BADGE_STATUSES as readonly string[]).includes(v);
}

/** A list of host names, normalised and without duplicates, at most `max`; null when any is not one. */
function checkHosts(raw: unknown, max: number): string[] | null {
  if (!Array.isArray(raw) || raw.length > max) return null;
  const out: string[] = [];
  for (const item of raw) {
    const host = normalizeHost(item);
    if (!host) return null;
    if (!out.includes(host)) out.push(host);
  }
  return out;
}

/** A phrase's sites: host names, at most `LIMITS.phraseSites`; null when any is not one. */
export const checkPhraseSites = (raw: unknown): string[] | null => checkHosts(raw, LIMITS.phraseSites);

type FieldCheck<K extends keyof Settings> = (raw: unknown) => Settings[K] | null;

function checkBoolean(raw: unknown): boolean | null {
  return typeof raw === 'boolean' ? raw : null;
}

const FIELD_CHECKS: { [K in keyof Settings]: FieldCheck<K> } = {
  badges: checkBoolean,
  highlightEvidence: checkBoolean,
  linkMarks: checkBoolean,
  language: (raw) => (raw === 'browser' || isUiLanguage(raw) ? raw : null),
  badgeStatuses: (raw) => {
    if (!Array.isArray(raw) || !raw.every((v) => typeof v === 'string' && (BADGE_CHOICES as readonly string[]).includes(v))) return null;
    // Canonical order, no duplicates.
    return BADGE_CHOICES.filter((s) => raw.includes(s));
  },
  disabledSites: (raw) => checkHosts(raw, LIMITS.sites),
  customPhrases: (raw) => {
    if (!Array.isArray(raw) || raw.length > LIMITS.phrases) return null;
    const out: CustomPhraseSetting[] = [];
    for (const item of raw) {
      if (!item || typeof item !== 'object') return null;
      const { phrase, status, sites: sitesRaw } = item as Record<string, unknown>;
      if (phraseProblem(phrase) || !isBadgeStatus(status)) return null;
      // Phrases saved before sites could be chosen apply everywhere, as they did.
      const sites = sitesRaw === undefined ? [] : checkPhraseSites(sitesRaw);
      if (!sites) return null;
      const p = (phrase as string).trim();
      if (!out.some((o) => o.phrase.toLowerCase() === p.toLowerCase())) out.push({ phrase: p, status, sites });
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

/** v1 → v2: add the per-status badge choice; turn the typed site list (a string or an array of URLs) into hosts. */
function migrateV1toV2(old: unknown): unknown {
  if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
  const v1 = old as Record<string, unknown>;
  const sitesRaw = typeof v1.disabledSites === 'string' ? v1.disabledSites.split(/[\s,]+/) : v1.disabledSites;
  const disabledSites = Array.isArray(sitesRaw) ? sitesRaw.map(normalizeHost).filter((h): h is string => !!h) : v1.disabledSites;
  return {
    ...v1,
    badgeStatuses: 'badgeStatuses' in v1 ? v1.badgeStatuses : [...DEFAULT_SETTINGS.badgeStatuses],
    customPhrases: 'customPhrases' in v1 ? v1.customPhrases : [],
    disabledSites,
  };
}

/** v2 → v3: the browser's language, as before there was a choice. */
function migrateV2toV3(old: unknown): unknown {
  if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
  // Only settings get the new field: an object with none of the others stays what it was.
  if (!SETTING_FIELDS.some((k) => k !== 'language' && k in old)) return old;
  return { language: 'browser', ...(old as Record<string, unknown>) };
}

/** v3 → v4: link marks on, the default for everyone. */
function migrateV3toV4(old: unknown): unknown {
  if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
  if (!SETTING_FIELDS.some((k) => k !== 'linkMarks' && k in old)) return old;
  return { linkMarks: true, ...(old as Record<string, unknown>) };
}

/** Migration to each version from the one before (storage and imports run the same steps). */
export const MIGRATIONS: Record<number, (old: any) => unknown> = { 2: migrateV1toV2, 3: migrateV2toV3, 4: migrateV3toV4 };
