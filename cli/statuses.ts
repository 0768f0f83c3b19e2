// The editorial statuses as the command line's help and the batch summary name and color them. The
// words are the extension's own (locales/en.yml through the presentation layer), so the help, the
// summary, the popup and the badge say the same.
import { STATUSES, type Status } from '../lib/report';
import { STATUS_KEYS } from '../utils/presentation/tables';
import { englishTranslate } from './messages';

/** "wire: Wire copy", the status code and its name. */
export const STATUS_LABELS: Record<Status, string> = Object.fromEntries(STATUSES.map((s) => [s, `${s}: ${englishTranslate(STATUS_KEYS[s].label)}`])) as Record<
  Status,
  string
>;

/** What each status means, for --help. */
export const STATUS_EXPLANATIONS: Record<Status, string> = Object.fromEntries(STATUSES.map((s) => [s, englishTranslate(STATUS_KEYS[s].explain)])) as Record<
  Status,
  string
>;

/**
 * The summary's chart palette: eight categories told apart in stacked bars, also with the common
 * colour-vision deficiencies (Okabe–Ito), not-article in grey. The extension's own status colors mark
 * one verdict at a time and keep staff neutral, which a chart of eight shares cannot.
 */
export const STATUS_COLORS: Record<Status, string> = {
  staff: '#0072B2',
  'wire-unedited': '#D55E00',
  wire: '#E69F00',
  'wire-assisted': '#F0E442',
  republished: '#CC79A7',
  'press-release': '#009E73',
  sponsored: '#56B4E9',
  'not-article': '#BBBBBB',
};
