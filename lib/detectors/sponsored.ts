// Paid, partner and advertorial content, from labels on the story itself (kicker, headline,
// disclosure line, section metadata), never from navigation links.
import type { Page } from '../page';
import { AD_SLOT_LABEL, MAX_LABEL_LENGTH, SPONSORED_DISCLOSURE, SPONSORED_LABEL, SPONSORED_META_VALUE } from '../rules/sponsored';
import { clip } from '../text';
import { matchBlocks } from './match';
import { pf } from '../prefilter';
import type { StatusSignal } from './types';

const META_KEYS = ['article:section', 'article:tag', 'article:content_tier', 'parsely-section', 'cxenseparse:articletype', 'content-type'];

// "Advertorial: …", "- Advertorial Dalbello- …", "ANZEIGE | …"; "Anzeige" only as a label (capitals or a separator
// after it), since "Anzeige gegen …" is also a criminal complaint.
const PAID_HEADLINE = pf(/^[\s\-–—|:·•]{0,3}(?:advertorial|sponsored|publireportage)\b/i);
const ANZEIGE_HEADLINE = pf(/^[\s\-–—|:·•]{0,3}(?:ANZEIGE\b|[Aa]nzeige\s?[:|\-–—·•])/u);

export function detectSponsored(page: Page): StatusSignal[] {
  const label = page.labels.find((l) => l.length <= MAX_LABEL_LENGTH && SPONSORED_LABEL.test(l) && !AD_SLOT_LABEL.test(l));
  if (label) {
    return [{ status: 'sponsored', strength: 0.9, evidence: { text: clip(label), where: 'title', ruleId: 'paid-content-label', rule: 'paid-content label' } }];
  }
  const headline = page.headline ?? '';
  const prefix = headline.slice(0, 40);
  if (PAID_HEADLINE.test(prefix) || ANZEIGE_HEADLINE.test(prefix)) {
    return [
      {
        status: 'sponsored',
        strength: 0.9,
        evidence: { text: clip(headline), where: 'title', ruleId: 'paid-content-headline', rule: 'paid-content headline' },
      },
    ];
  }
  const [disclosure] = matchBlocks(page.blocks, SPONSORED_DISCLOSURE, { maxLength: 600, limit: 1 });
  if (disclosure) {
    return [
      {
        status: 'sponsored',
        strength: 0.9,
        evidence: { text: disclosure.sentence, where: disclosure.where, ruleId: 'paid-content-disclosure', rule: 'paid-content disclosure' },
      },
    ];
  }
  for (const key of META_KEYS) {
    const value = page.meta.tags.get(key)?.find((v) => SPONSORED_META_VALUE.test(v));
    if (value)
      return [
        {
          status: 'sponsored',
          strength: 0.85,
          evidence: { text: `${key}: ${value}`, where: 'meta', ruleId: 'paid-content-metadata', rule: 'paid-content metadata' },
        },
      ];
  }
  return [];
}

// Seen on: alpin.de ("- Advertorial Dalbello-" kicker)
