// A report in words: the names of its codes, the badge's line, the toolbar's short label. Plain
// functions of a report and a translator (no JSX, no browser API), so the popup, the badge, the
// toolbar, the copied report and the command line say the same thing.
import type { AgencyContribution, EmbeddedPost, Evidence, EvidenceSource, OriginalSourceKind, Platform, Report, Status } from '../../lib/report';
import { textAgencies } from './evidence';
import type { Message, Translate } from './messages';
import { CONFIDENCE_BANDS, CONTRIBUTION_KEYS, PLATFORM_KEYS, RULE_KEYS, SHORT_KEYS, SOURCE_KIND_KEYS, STATUS_KEYS, WHERE_KEYS } from './tables';

/** What the badge's line for a status is made of. */
interface LineParts {
  /** "ANI", "AP & Reuters"; null when no agency is named. */
  agency: string | null;
  publisher: string | null;
  republishedFrom: string | null;
  pressReleaseFrom: string | null;
  /** The words for an unnamed agency ("news agencies"). */
  agencies: string;
}

/** The badge's sentence per status: who wrote the text and how it was handled. */
const LINES: Record<Status, (p: LineParts) => Message> = {
  'wire-unedited': (p) =>
    !p.agency ? ['badge.wireNoAgency'] : p.publisher ? ['badge.wireUnedited', [p.agency, p.publisher]] : ['badge.wireUneditedNoPublisher', [p.agency]],
  wire: (p) => (p.agency ? ['badge.wire', [p.agency]] : ['badge.wireNoAgency']),
  'wire-assisted': (p) => ['badge.wireAssisted', [p.agency ?? p.agencies]],
  republished: (p) => (p.republishedFrom ? ['badge.republished', [p.republishedFrom]] : ['badge.republishedNoSource']),
  'press-release': (p) => (p.pressReleaseFrom ? ['badge.pressReleaseFrom', [p.pressReleaseFrom]] : ['badge.pressRelease']),
  sponsored: () => ['badge.sponsored'],
  staff: () => ['badge.staff'],
  'not-article': () => ['badge.notArticle'],
};

/** Statuses whose toolbar label is the agency's short name when it has one ("+PTI" for material). */
const AGENCY_SHORT: Partial<Record<Status, (name: string) => string>> = {
  'wire-unedited': (name) => name,
  wire: (name) => name,
  'wire-assisted': (name) => `+${name}`,
};

/** At most this many characters fit in the toolbar badge. */
const SHORT_MAX = 5;

// A publisher "name" that is only an IP address or localhost says nothing to a reader.
const NOT_A_NAME_RE = /^(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[\da-f:]{2,39}\])(?::\d{1,5})?$/i;

function publisherName(report: Report): string | null {
  const name = report.publisher?.trim();
  return name && !NOT_A_NAME_RE.test(name) ? name : null;
}

/** A country's name in the reader's language when the engine gives an ISO code ("IN" → "India"). */
export function countryName(country: string, locale?: string): string {
  if (!/^[A-Za-z]{2}$/.test(country)) return country;
  try {
    const lang = locale ?? (typeof navigator !== 'undefined' ? navigator.language : 'en');
    return new Intl.DisplayNames([lang, 'en'], { type: 'region' }).of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}

export function createWords(t: Translate) {
  const say = ([key, subs]: Message) => t(key, subs);

  /** "ANI", "AP & Reuters", "AFP, dpa & EFE"; null when no agency is named. */
  function agencyNames(report: Report): string | null {
    const names: string[] = [];
    for (const a of textAgencies(report)) {
      const name = a.id === 'agencies' ? t('badge.agencies') : a.shortName || a.name;
      if (name && !names.includes(name)) names.push(name);
    }
    if (names.length <= 1) return names[0] ?? null;
    return t('common.listAnd', [names.slice(0, -1).join(`${t('common.comma')} `), names[names.length - 1]!]);
  }

  /** The toolbar badge's text: the agency's short name, or a short status label. */
  function shortLabel(report: Report): string {
    if (report.status === 'not-article') return '';
    const first = textAgencies(report).find((a) => a.id !== 'agencies');
    const withAgency = AGENCY_SHORT[report.status];
    if (withAgency && first && first.shortName.length <= SHORT_MAX) return withAgency(first.shortName).slice(0, SHORT_MAX);
    return t(SHORT_KEYS[report.status]);
  }

  return {
    statusLabel: (status: Status) => t(STATUS_KEYS[status].label),
    statusExplanation: (status: Status) => t(STATUS_KEYS[status].explain),
    whereLabel: (where: EvidenceSource) => t(WHERE_KEYS[where]),
    platformLabel: (platform: Platform) => t(PLATFORM_KEYS[platform]),
    sourceKindLabel: (kind: OriginalSourceKind) => t(SOURCE_KIND_KEYS[kind]),
    contributionLabel: (contribution: AgencyContribution) => t(CONTRIBUTION_KEYS[contribution]),
    confidenceLabel: (confidence: number) => t(CONFIDENCE_BANDS.find(([floor]) => confidence >= floor)![1]),
    /** What the rule read, in the reader's language (the report's English `rule` is for the command line). */
    ruleLabel: (evidence: Pick<Evidence, 'ruleId'>) => t(RULE_KEYS[evidence.ruleId]),
    agencyNames,
    shortLabel,

    /** The badge's sentence: who wrote the text and how it was handled. */
    summaryLine(report: Report): string {
      return say(
        LINES[report.status]({
          agency: agencyNames(report),
          publisher: publisherName(report),
          republishedFrom: report.republishedFrom,
          pressReleaseFrom: report.originalSources.find((s) => s.kind === 'press-release')?.label ?? null,
          agencies: t('badge.agencies'),
        }),
      );
    },

    /** An embedded post in a few words: "@handle · X", "YouTube". */
    postLabel(post: EmbeddedPost): string {
      const who = post.handle ?? post.author;
      const platform = t(PLATFORM_KEYS[post.platform]);
      return who ? `${who} · ${platform}` : platform;
    },
  };
}

export type Words = ReturnType<typeof createWords>;
