// The one typed report the engine produces. Everything the popup, the badge, the command line and the
// evaluation show is read from here, so every conclusion carries the evidence that supports it.

export const STATUSES = [
  'staff',
  'wire-unedited',
  'wire',
  'wire-assisted',
  'republished',
  'press-release',
  'sponsored',
  'not-article',
] as const;
export type Status = (typeof STATUSES)[number];

export const PLATFORMS = [
  'x',
  'instagram',
  'facebook',
  'youtube',
  'tiktok',
  'bluesky',
  'mastodon',
  'threads',
  'telegram',
  'reddit',
  'linkedin',
  'vimeo',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Where on the page a piece of evidence was read. */
export type EvidenceSource =
  | 'json-ld'
  | 'meta'
  | 'canonical'
  | 'url'
  | 'title'
  | 'byline'
  | 'dateline'
  | 'body'
  | 'sign-off'
  | 'caption'
  | 'embed'
  | 'custom-rule';

export interface Evidence {
  /** The exact sentence, attribute value or text as found on the page (trimmed, at most ~300 chars). */
  text: string;
  where: EvidenceSource;
  /** What the rule read from it, in a few words ("dateline credit", "syndication disclaimer"). */
  rule: string;
}

export type AgencyRole = 'text' | 'photo';

export interface AgencyCredit {
  id: string;
  name: string;
  shortName: string;
  country: string | null;
  homepage: string | null;
  role: AgencyRole;
  /** How the agency is involved in the text: its copy, or material used in a staff story. */
  contribution: 'copy' | 'inputs' | 'photo';
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

export interface Report {
  /** Schema version of this object. */
  version: 1;
  url: string | null;
  isArticle: boolean;
  publisher: string | null;
  headline: string | null;
  byline: string | null;
  lang: string | null;
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
  /** Problems met during analysis that did not stop it (a step over budget, a bad JSON-LD block…). */
  warnings: string[];
  timings: { totalMs: number; readabilityMs: number; detectorsMs: number };
}
