// The one typed report the engine produces. Everything the popup, the badge, the command line and the
// evaluation show is read from here, so every conclusion carries the evidence that supports it.
import type { StoryFingerprint } from './fingerprint/fingerprint';
import type { Platform } from './rules/platforms';

export const STATUSES = ['staff', 'wire-unedited', 'wire', 'wire-assisted', 'republished', 'press-release', 'sponsored', 'not-article'] as const;
export type Status = (typeof STATUSES)[number];

// The platforms are described, one entry each, in lib/rules/platforms.ts.
export type { Platform } from './rules/platforms';

/** Where on the page a piece of evidence was read. */
export type EvidenceSource =
  'json-ld' | 'meta' | 'canonical' | 'url' | 'title' | 'byline' | 'dateline' | 'body' | 'sign-off' | 'caption' | 'embed' | 'custom-rule';

/**
 * What read a piece of evidence. Code compares these; `Evidence.rule` is the words shown beside it.
 * One list for the whole engine, so a renamed label never changes what code decides.
 */
export const RULE_IDS = [
  // Agency credits (lib/rules/agency-phrasings.ts, lib/detectors/agenc*.ts).
  'dateline-credit',
  'sign-off-credit',
  'inputs-credit',
  'contributor-line',
  'copyright-line',
  'joint-copyright-line',
  'source-line',
  'feed-notice',
  'distributed-via-agency',
  'byline-credit',
  'joint-byline',
  'self-named-agency-byline',
  'agency-logo',
  'editing-trailer',
  'json-ld-based-on',
  'publisher-is-agency',
  'photo-credit',
  'picture-credit',
  // Syndication disclaimers (lib/detectors/disclaimers.ts).
  'syndication-disclaimer',
  // Press releases, paid content, the user's phrases.
  'press-wire',
  'press-release-label',
  'issuer-notice',
  'press-release-self-reference',
  'paid-content-label',
  'paid-content-headline',
  'paid-content-disclosure',
  'paid-content-metadata',
  'custom-phrase',
  // Republication (lib/detectors/republication.ts).
  'republication-note',
  'co-publication-note',
  'news-service-story',
  'distributed-via-outlet',
  'original-article-link',
  'partner-block',
  'source-line-outlet',
  'source-slot-canonical',
  'canonical-elsewhere',
  // Whether the page is an article (lib/detectors/article-kind.ts).
  'platform-page',
  'home-page',
  'listing-page',
  'non-news-structured-data',
  'non-news-microdata',
  'no-article-text',
  'almost-no-text',
  'short-page',
  'non-article-og-type',
  'article-structured-data',
  'article-microdata',
  'article-og-type',
  'publication-date',
  'date-in-address',
  'date-on-page',
  // A staff verdict: where the engine looked and found no credit (lib/classify.ts).
  'no-credit-found',
  // Embedded posts (lib/detectors/embed*.ts).
  'embed-markup',
  'embed-iframe',
  'embed-address',
  'post-attribution',
  'post-attribution-text',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Evidence {
  /** The exact sentence, attribute value or text as found on the page (trimmed, at most ~300 chars). */
  text: string;
  where: EvidenceSource;
  /** Which rule read it: the key code compares. */
  ruleId: RuleId;
  /** What the rule read from it, in a few words ("dateline credit", "syndication disclaimer"): display text. */
  rule: string;
}

/** How an agency is involved: its copy, material used in a staff story, or only pictures. */
export type AgencyContribution = 'copy' | 'inputs' | 'photo';

export interface AgencyCredit {
  id: string;
  name: string;
  shortName: string;
  country: string | null;
  homepage: string | null;
  /** 'photo': credited for pictures only; else credited for the text. */
  contribution: AgencyContribution;
  confidence: number;
  evidence: Evidence[];
}

export interface EmbeddedPost {
  platform: Platform;
  /** Normalised post URL (http/https only), or null when only the embed is known. */
  url: string | null;
  /** The platform's post id where the URL or markup gives one. */
  postId: string | null;
  handle: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) when the embed states one. */
  date: string | null;
  /** First words of the post text, as plain text. */
  text: string | null;
  /** How the post was found: the publisher's embed markup, a rendered iframe, or plain text. */
  form: 'markup' | 'iframe' | 'text';
  evidence: Evidence[];
}

export type OriginalSourceKind = 'agency' | 'post' | 'publisher' | 'canonical' | 'press-release';

export interface OriginalSource {
  kind: OriginalSourceKind;
  label: string;
  /** http(s) only; null when the source has no address we can link to. */
  url: string | null;
}

/** What the engine met on the way, for whoever debugs a report; no conclusion depends on it. */
export interface Diagnostics {
  /** Problems met during analysis that did not stop it (a step over budget, a bad JSON-LD block…). */
  warnings: string[];
  timings: { totalMs: number; readabilityMs: number; detectorsMs: number };
}

export const REPORT_VERSION = 2;

export interface Report {
  /** Schema version of this object. */
  version: typeof REPORT_VERSION;
  url: string | null;
  publisher: string | null;
  headline: string | null;
  byline: string | null;
  lang: string | null;
  /** 'not-article' when the page is no news story; every other status is an article's. */
  status: Status;
  /** 0..1: how sure the classifier is of `status`. */
  confidence: number;
  /** The evidence that decided the status, strongest first. */
  statusEvidence: Evidence[];
  agencies: AgencyCredit[];
  /** The syndication/credit disclaimer sentence as on the page. */
  disclaimer: Evidence | null;
  /** The original non-agency publisher, when the story is republished. */
  republishedFrom: string | null;
  embeds: EmbeddedPost[];
  originalSources: OriginalSource[];
  /**
   * A sketch of the article's body text (lib/fingerprint), for finding other copies of the story;
   * null for a page that is no article or whose text is too short to tell apart. Holds no text.
   */
  fingerprint: StoryFingerprint | null;
  diagnostics: Diagnostics;
}

/**
 * Every field of a report, each once: the compiler keeps it equal to `Report`'s keys, so the
 * command line's field list in the README can be checked against it.
 */
const REPORT_KEY_SET: Record<keyof Report, true> = {
  version: true,
  url: true,
  publisher: true,
  headline: true,
  byline: true,
  lang: true,
  status: true,
  confidence: true,
  statusEvidence: true,
  agencies: true,
  disclaimer: true,
  republishedFrom: true,
  embeds: true,
  originalSources: true,
  fingerprint: true,
  diagnostics: true,
};
export const REPORT_KEYS = Object.keys(REPORT_KEY_SET) as (keyof Report)[];

/** Whether the report is about a news article at all. */
export function isArticle(report: Pick<Report, 'status'>): boolean {
  return report.status !== 'not-article';
}

/** An agency credited for the text (its copy or material), not for pictures only. */
export function creditsText(credit: Pick<AgencyCredit, 'contribution'>): boolean {
  return credit.contribution !== 'photo';
}
