// A report in words: the names of its codes, the badge's line, the toolbar's short label. Plain
// functions of a report and a translator (no JSX, no browser API), so the popup, the badge, the
// toolbar, the copied report and the command line say the same thing.
import type { AgencyContribution, AgencyCredit, EmbeddedPost, Evidence, EvidenceSource, OriginalSourceKind, Platform, Report, Status } from '../../lib/report';
import { readerName } from '../../lib/rules/agencies';
import { textAgencies } from './evidence';
import type { MessageKey, Translate } from './messages';
import { CONFIDENCE_BANDS, CONTRIBUTION_KEYS, PLATFORM_KEYS, RULE_KEYS, SHORT_KEYS, SOURCE_KIND_KEYS, STATUS_KEYS, WHERE_KEYS } from './tables';

/** What a status line adds after the status's words: who supplied the text. */
type Detail = (report: Report, agencies: string | null) => string | null;

/** The part after " · " per status: the agency, the first publisher, the press release's issuer. */
const DETAILS: Record<Status, Detail> = {
  'wire-unedited': (_, agencies) => agencies,
  wire: (_, agencies) => agencies,
  'wire-assisted': (_, agencies) => agencies,
  republished: (r) => r.republishedFrom,
  'press-release': (r) => r.originalSources.find((s) => s.kind === 'press-release')?.label ?? null,
  sponsored: () => null,
  staff: () => null,
  'not-article': () => null,
};

/**
 * The toolbar button's few characters per status that names an agency: the agency's code, with a mark
 * that tells unedited feed copy ("=ANI") and material in an own story ("+PTI") from agency copy ("AP").
 */
const AGENCY_SHORT: Partial<Record<Status, MessageKey>> = {
  'wire-unedited': 'toolbar.mark.unedited',
  wire: 'toolbar.mark.copy',
  'wire-assisted': 'toolbar.mark.inputs',
};

/** At most this many characters fit in the toolbar badge. */
const SHORT_MAX = 5;

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
  /** An agency by the name readers know ("AP", "dpa", "Keystone-SDA"); an unnamed credit in words, never its id. */
  function agencyName(agency: Pick<AgencyCredit, 'id' | 'name' | 'shortName'>): string {
    return agency.id === 'agencies' ? t('badge.agencies') : readerName(agency);
  }

  /** "ANI", "AP & Reuters", "AFP, dpa & EFE"; null when no agency is named. */
  function agencyNames(report: Report): string | null {
    const names: string[] = [];
    for (const a of textAgencies(report)) {
      const name = agencyName(a);
      if (name && !names.includes(name)) names.push(name);
    }
    if (names.length <= 1) return names[0] ?? null;
    return t('common.listAnd', [names.slice(0, -1).join(`${t('common.comma')} `), names[names.length - 1]!]);
  }

  /**
   * The toolbar badge's text: the agency's code with the status's mark, or a short status label; empty
   * (a neutral button) when no credit was found and for pages that are no article.
   */
  function shortLabel(report: Report): string {
    if (report.status === 'not-article' || report.status === 'staff') return '';
    const first = textAgencies(report).find((a) => a.id !== 'agencies');
    const mark = AGENCY_SHORT[report.status];
    if (mark && first) {
      const text = t(mark, [first.shortName]);
      if (text.length <= SHORT_MAX) return text;
    }
    return t(SHORT_KEYS[report.status]);
  }

  /** What the status line adds after the status: the agency, publisher or issuer; null when nothing. */
  function detailOf(report: Report): string | null {
    return DETAILS[report.status](report, agencyNames(report))?.trim() || null;
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

    agencyName,
    detailOf,

    /**
     * The one line for a report on every surface (the pill, its card, the toolbar's title, the command
     * line): the status's words, then who supplied the text ("Agency story, published unedited · ANI").
     */
    summaryLine(report: Report): string {
      const label = t(STATUS_KEYS[report.status].label);
      const detail = detailOf(report);
      return detail ? t('common.detail', [label, detail]) : label;
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
