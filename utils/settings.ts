// Settings, stored with WXT storage under one versioned key, with migrations and validation.
// The options page edits them; the content script reads them. Corrupt values fall back to defaults.
import type { Status } from '../lib/report';

export type BadgeStatus = Exclude<Status, 'staff' | 'not-article'>;

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
  customPhrases: { phrase: string; status: BadgeStatus }[];
}

export const DEFAULT_SETTINGS: Settings = {
  badges: true,
  badgeStatuses: ['wire-unedited', 'wire', 'wire-assisted', 'republished', 'press-release', 'sponsored'],
  highlightEvidence: true,
  disabledSites: [],
  customPhrases: [],
};
