// How a report is said in a few words: the inline badge's line, the toolbar's short label, colour and
// tooltip. One place, so the badge, the toolbar and the popup never disagree.
import { i18n } from '#i18n';
import type { AgencyCredit, Report, Status } from '../lib/report';
import { STATUS_STYLES } from '../components/common/status';
import type { TabState } from './messages';

/** Toolbar colour for states without a report (failed). */
export const NEUTRAL_COLOUR = STATUS_STYLES['not-article'].light.solid;

/** Agencies credited for the text (not photo-only credits), strongest first. */
export function textAgencies(report: Report): AgencyCredit[] {
  return report.agencies.filter((a) => a.contribution !== 'photo').sort((a, b) => b.confidence - a.confidence);
}

/** "ANI", "AP & Reuters", "AFP, dpa & EFE"; null when no agency is named. */
export function agencyNames(report: Report): string | null {
  const names: string[] = [];
  for (const a of textAgencies(report)) {
    const name = a.id === 'agencies' ? i18n.t('badge.agencies') : a.shortName || a.name;
    if (name && !names.includes(name)) names.push(name);
  }
  if (!names.length) return null;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} & ${names[names.length - 1]}`;
}

function pressReleaseSource(report: Report): string | null {
  return report.originalSources.find((s) => s.kind === 'press-release')?.label ?? null;
}

// A publisher "name" that is only an IP address or localhost says nothing to a reader.
const NOT_A_NAME_RE = /^(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[\da-f:]{2,39}\])(?::\d{1,5})?$/i;

function publisherName(report: Report): string | null {
  const name = report.publisher?.trim();
  return name && !NOT_A_NAME_RE.test(name) ? name : null;
}

/** The badge's sentence: who wrote the text and how it was handled. */
export function summaryLine(report: Report): string {
  const agency = agencyNames(report);
  const publisher = publisherName(report);
  switch (report.status) {
    case 'wire-unedited':
      if (!agency) return i18n.t('badge.wireNoAgency');
      return publisher
        ? i18n.t('badge.wireUnedited', [agency, publisher])
        : i18n.t('badge.wireUneditedNoPublisher', [agency]);
    case 'wire':
      return agency ? i18n.t('badge.wire', [agency]) : i18n.t('badge.wireNoAgency');
    case 'wire-assisted':
      return i18n.t('badge.wireAssisted', [agency ?? i18n.t('badge.agencies')]);
    case 'republished':
      return report.republishedFrom
        ? i18n.t('badge.republished', [report.republishedFrom])
        : i18n.t('badge.republishedNoSource');
    case 'press-release': {
      const from = pressReleaseSource(report);
      return from ? i18n.t('badge.pressReleaseFrom', [from]) : i18n.t('badge.pressRelease');
    }
    case 'sponsored':
      return i18n.t('badge.sponsored');
    case 'staff':
      return i18n.t('badge.staff');
    case 'not-article':
      return i18n.t('badge.notArticle');
  }
}

/** At most this many characters fit in the toolbar badge. */
const SHORT_MAX = 5;

/** The toolbar badge's text: the agency's short name, or a short status label. */
export function shortLabel(report: Report): string {
  if (report.status === 'not-article') return '';
  const first = textAgencies(report).find((a) => a.id !== 'agencies');
  const agency = first && first.shortName.length <= SHORT_MAX ? first.shortName : null;
  const short = STATUS_STYLES[report.status].short;
  switch (report.status) {
    case 'wire-unedited':
    case 'wire':
      return agency ?? short;
    case 'wire-assisted':
      return agency ? `+${agency}`.slice(0, SHORT_MAX) : short;
    default:
      return short;
  }
}

export interface ToolbarView {
  text: string;
  colour: string;
  title: string;
}

/** What the toolbar button shows for a tab's state. */
export function toolbarView(state: TabState | null): ToolbarView {
  const blank = { text: '', colour: NEUTRAL_COLOUR };
  if (!state) return { ...blank, title: i18n.t('toolbar.title') };
  switch (state.kind) {
    case 'unsupported':
      return { ...blank, title: i18n.t('toolbar.unsupported') };
    case 'disabled':
      return { ...blank, title: i18n.t('toolbar.disabled', [state.host]) };
    case 'analysing':
      return { ...blank, title: i18n.t('toolbar.analysing') };
    case 'not-article':
      return { ...blank, title: i18n.t('toolbar.notArticle') };
    case 'failed':
      return { text: i18n.t('toolbar.failedShort'), colour: NEUTRAL_COLOUR, title: i18n.t('toolbar.failed', [state.error]) };
    case 'done':
      return {
        text: shortLabel(state.report),
        colour: STATUS_STYLES[state.report.status].light.solid,
        title: i18n.t('toolbar.titleLine', [summaryLine(state.report)]),
      };
  }
}
