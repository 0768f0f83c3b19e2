// Plain-words names for the engine's codes (where evidence was found, platforms, kinds of source).
import { i18n } from '#i18n';
import type { EvidenceSource, OriginalSourceKind, Platform } from '../../lib/report';

export function whereLabel(where: EvidenceSource): string {
  switch (where) {
    case 'json-ld': return i18n.t('where.jsonLd');
    case 'meta': return i18n.t('where.meta');
    case 'canonical': return i18n.t('where.canonical');
    case 'url': return i18n.t('where.url');
    case 'title': return i18n.t('where.title');
    case 'byline': return i18n.t('where.byline');
    case 'dateline': return i18n.t('where.dateline');
    case 'body': return i18n.t('where.body');
    case 'sign-off': return i18n.t('where.signOff');
    case 'caption': return i18n.t('where.caption');
    case 'embed': return i18n.t('where.embed');
    case 'custom-rule': return i18n.t('where.customRule');
    default: return String(where);
  }
}

export function platformLabel(platform: Platform): string {
  switch (platform) {
    case 'x': return i18n.t('platform.x');
    case 'instagram': return i18n.t('platform.instagram');
    case 'facebook': return i18n.t('platform.facebook');
    case 'youtube': return i18n.t('platform.youtube');
    case 'tiktok': return i18n.t('platform.tiktok');
    case 'bluesky': return i18n.t('platform.bluesky');
    case 'mastodon': return i18n.t('platform.mastodon');
    case 'threads': return i18n.t('platform.threads');
    case 'telegram': return i18n.t('platform.telegram');
    case 'reddit': return i18n.t('platform.reddit');
    case 'linkedin': return i18n.t('platform.linkedin');
    case 'vimeo': return i18n.t('platform.vimeo');
    default: return String(platform);
  }
}

export function sourceKindLabel(kind: OriginalSourceKind): string {
  switch (kind) {
    case 'agency': return i18n.t('sourceKind.agency');
    case 'post': return i18n.t('sourceKind.post');
    case 'publisher': return i18n.t('sourceKind.publisher');
    case 'canonical': return i18n.t('sourceKind.canonical');
    case 'press-release': return i18n.t('sourceKind.pressRelease');
    default: return String(kind);
  }
}

export function confidenceLabel(confidence: number): string {
  if (confidence >= 0.8) return i18n.t('confidence.high');
  if (confidence >= 0.55) return i18n.t('confidence.medium');
  return i18n.t('confidence.low');
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
