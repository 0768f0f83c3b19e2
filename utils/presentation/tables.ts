// Which message says each code of the report: one table per kind of code, typed from the report and
// from the messages, so a new status, place, platform or kind of source fails to compile until it has
// words.
import type { AgencyContribution, EvidenceSource, OriginalSourceKind, Platform, RuleId, Status } from '../../lib/report';
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

/**
 * The toolbar badge's few letters per status, when no agency's code fits. A page with no credit found
 * and a page that is no article leave the button neutral (no text).
 */
export const SHORT_KEYS: Record<Exclude<Status, 'not-article' | 'staff'>, PlainKey> = {
  'wire-unedited': 'toolbar.short.wireUnedited',
  wire: 'toolbar.short.wire',
  'wire-assisted': 'toolbar.short.wireAssisted',
  republished: 'toolbar.short.republished',
  'press-release': 'toolbar.short.pressRelease',
  sponsored: 'toolbar.short.sponsored',
};

/** Each rule's name for a reader, by the evidence's `ruleId` (message names allow no hyphens). */
export const RULE_KEYS: Record<RuleId, PlainKey> = {
  'dateline-credit': 'rule.datelineCredit',
  'sign-off-credit': 'rule.signOffCredit',
  'inputs-credit': 'rule.inputsCredit',
  'contributor-line': 'rule.contributorLine',
  'copyright-line': 'rule.copyrightLine',
  'joint-copyright-line': 'rule.jointCopyrightLine',
  'source-line': 'rule.sourceLine',
  'feed-notice': 'rule.feedNotice',
  'distributed-via-agency': 'rule.distributedViaAgency',
  'byline-credit': 'rule.bylineCredit',
  'joint-byline': 'rule.jointByline',
  'self-named-agency-byline': 'rule.selfNamedAgencyByline',
  'agency-logo': 'rule.agencyLogo',
  'editing-trailer': 'rule.editingTrailer',
  'json-ld-based-on': 'rule.jsonLdBasedOn',
  'publisher-is-agency': 'rule.publisherIsAgency',
  'photo-credit': 'rule.photoCredit',
  'picture-credit': 'rule.pictureCredit',
  'syndication-disclaimer': 'rule.syndicationDisclaimer',
  'press-wire': 'rule.pressWire',
  'press-release-label': 'rule.pressReleaseLabel',
  'issuer-notice': 'rule.issuerNotice',
  'press-release-self-reference': 'rule.pressReleaseSelfReference',
  'paid-content-label': 'rule.paidContentLabel',
  'paid-content-headline': 'rule.paidContentHeadline',
  'paid-content-disclosure': 'rule.paidContentDisclosure',
  'paid-content-metadata': 'rule.paidContentMetadata',
  'custom-phrase': 'rule.customPhrase',
  'republication-note': 'rule.republicationNote',
  'co-publication-note': 'rule.coPublicationNote',
  'news-service-story': 'rule.newsServiceStory',
  'distributed-via-outlet': 'rule.distributedViaOutlet',
  'original-article-link': 'rule.originalArticleLink',
  'partner-block': 'rule.partnerBlock',
  'source-line-outlet': 'rule.sourceLineOutlet',
  'source-slot-canonical': 'rule.sourceSlotCanonical',
  'canonical-elsewhere': 'rule.canonicalElsewhere',
  'platform-page': 'rule.platformPage',
  'home-page': 'rule.homePage',
  'listing-page': 'rule.listingPage',
  'non-news-structured-data': 'rule.nonNewsStructuredData',
  'non-news-microdata': 'rule.nonNewsMicrodata',
  'no-article-text': 'rule.noArticleText',
  'almost-no-text': 'rule.almostNoText',
  'short-page': 'rule.shortPage',
  'non-article-og-type': 'rule.nonArticleOgType',
  'article-structured-data': 'rule.articleStructuredData',
  'article-microdata': 'rule.articleMicrodata',
  'article-og-type': 'rule.articleOgType',
  'publication-date': 'rule.publicationDate',
  'date-in-address': 'rule.dateInAddress',
  'date-on-page': 'rule.dateOnPage',
  'no-credit-found': 'rule.noCreditFound',
  'embed-markup': 'rule.embedMarkup',
  'embed-iframe': 'rule.embedIframe',
  'embed-address': 'rule.embedAddress',
  'post-attribution': 'rule.postAttribution',
  'post-attribution-text': 'rule.postAttributionText',
};
