// Which message says each code of the report: one table per kind of code, typed from the report and
// from the messages, so a new status, place, platform or kind of source fails to compile until it has
// words.
import type { AgencyContribution, EvidenceSource, OriginalSourceKind, Platform, Status } from '../../lib/report';
import { PLATFORM_BY_ID, PLATFORMS } from '../../lib/rules/platforms';
import type { PlainKey } from './messages';

export const STATUS_KEYS: Record<Status, { label: PlainKey; explain: PlainKey }> = {
  staff: { label: 'status.staff.label', explain: 'status.staff.explain' },
  'wire-unedited': { label: 'status.wireUnedited.label', explain: 'status.wireUnedited.explain' },
  wire: { label: 'status.wire.label', explain: 'status.wire.explain' },
  'wire-assisted': { label: 'status.wireAssisted.label', explain: 'status.wireAssisted.explain' },
  republished: { label: 'status.republished.label', explain: 'status.republished.explain' },
  'press-release': { label: 'status.pressRelease.label', explain: 'status.pressRelease.explain' },
  sponsored: { label: 'status.sponsored.label', explain: 'status.sponsored.explain' },
  'not-article': { label: 'status.notArticle.label', explain: 'status.notArticle.explain' },
};

export const WHERE_KEYS: Record<EvidenceSource, PlainKey> = {
  'json-ld': 'where.jsonLd',
  meta: 'where.meta',
  canonical: 'where.canonical',
  url: 'where.url',
  title: 'where.title',
  byline: 'where.byline',
  dateline: 'where.dateline',
  body: 'where.body',
  'sign-off': 'where.signOff',
  caption: 'where.caption',
  embed: 'where.embed',
  'custom-rule': 'where.customRule',
};

export const SOURCE_KIND_KEYS: Record<OriginalSourceKind, PlainKey> = {
  agency: 'sourceKind.agency',
  post: 'sourceKind.post',
  publisher: 'sourceKind.publisher',
  canonical: 'sourceKind.canonical',
  'press-release': 'sourceKind.pressRelease',
};

export const CONTRIBUTION_KEYS: Record<AgencyContribution, PlainKey> = {
  copy: 'popup.agencyContribCopy',
  inputs: 'popup.agencyContribInputs',
  photo: 'popup.agencyContribPhoto',
};

/** Each platform's name, from its one entry in lib/rules/platforms.ts (the key is checked here). */
export const PLATFORM_KEYS = Object.fromEntries(PLATFORMS.map((p) => [p, PLATFORM_BY_ID.get(p)!.nameKey satisfies PlainKey])) as Record<Platform, PlainKey>;

/** Confidence in words: the first band whose floor the confidence reaches. */
export const CONFIDENCE_BANDS: readonly (readonly [floor: number, key: PlainKey])[] = [
  [0.8, 'confidence.high'],
  [0.55, 'confidence.medium'],
  [0, 'confidence.low'],
];
