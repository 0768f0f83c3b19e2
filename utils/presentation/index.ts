// The presentation layer in the extension: report → words and colors, in the interface language.
// Components render what this gives them; this imports nothing from components or entrypoints.
import { t } from './i18n';
import { createWords } from './words';

export const words = createWords(t);
export const {
  statusLabel,
  statusExplanation,
  whereLabel,
  platformLabel,
  sourceKindLabel,
  contributionLabel,
  confidenceLabel,
  ruleLabel,
  agencyNames,
  summaryLine,
  postLabel,
  shortLabel,
} = words;

export { countryName, createWords, type Words } from './words';
export { allEvidence, textAgencies, uniqueEvidence } from './evidence';
export { contrastRatio, NEUTRAL_COLOR, STATUS_COLORS, statusCssVars, type StatusColors, type StatusStyle } from './colors';
export {
  applyDirection,
  chooseLanguage,
  formatDate,
  formatNumber,
  formatPercent,
  i18n,
  isUiLanguage,
  t,
  UI_LANGUAGES,
  uiDirection,
  uiLanguage,
  type UiLanguage,
} from './i18n';
export type { Message, MessageKey, PlainKey, Translate } from './messages';
