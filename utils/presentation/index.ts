// The presentation layer in the extension: report → words and colors, with the browser's messages.
// Components render what this gives them; this imports nothing from components or entrypoints.
import { i18n } from '#i18n';
import type { Translate } from './messages';
import { createWords } from './words';

const browserTranslate: Translate = (key, substitutions) => (i18n.t as (key: string, substitutions?: string[]) => string)(key, substitutions);

export const words = createWords(browserTranslate);
export const { statusLabel, statusExplanation, whereLabel, platformLabel, sourceKindLabel, contributionLabel, confidenceLabel, agencyNames, summaryLine, postLabel } = words;

export { countryName, createWords, shortLabel, type Words } from './words';
export { allEvidence, textAgencies, uniqueEvidence } from './evidence';
export { contrastRatio, NEUTRAL_COLOR, STATUS_COLORS, statusCssVars, type StatusColors, type StatusStyle } from './colors';
export type { Message, MessageKey, PlainKey, Translate } from './messages';
