// The presentation layer in the extension: report → words and colors, in the interface language.
// Components render what this gives them; this imports nothing from components or entrypoints.
import { formatPercent, t, uiLanguage } from './i18n';
import { createMemoryWords } from './story-memory';
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
  agencyName,
  agencyNames,
  detailOf,
  summaryLine,
  postLabel,
  shortLabel,
} = words;

export { countryName, createWords, type Words } from './words';
export { allEvidence, evidenceKey, textAgencies, uniqueEvidence, verdictEvidence } from './evidence';
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
export { createMemoryWords, type MarkView, type MemoryUsage, type MemoryWords, type SeenCopy } from './story-memory';

/** The story memory in words (utils/presentation/story-memory.ts), in the interface language. */
export const memoryWords = createMemoryWords(t, {
  percent: formatPercent,
  date: (ms) => new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(new Date(ms)),
  lang: uiLanguage,
});
