// The message keys of locales/en.yml as types (WXT generates the structure from the file), so every
// table of words below is checked against the messages that exist.
import type { GeneratedI18nStructure } from '#i18n';

export type MessageKey = keyof GeneratedI18nStructure;

/** Keys of messages that take no substitutions. */
export type PlainKey = { [K in MessageKey]: GeneratedI18nStructure[K] extends { substitutions: 0 } ? K : never }[MessageKey];

/** A message and its substitutions ($1, $2 …). */
export type Message = readonly [key: MessageKey, substitutions?: string[]];

/**
 * Turns a key into words: the browser's i18n (or the chosen catalogue) in the extension, locales/en.yml
 * on the command line. `count` picks a plural form ("one | other") and fills $1 when no substitutions are given.
 */
export type Translate = (key: MessageKey, substitutions?: string[], count?: number) => string;
