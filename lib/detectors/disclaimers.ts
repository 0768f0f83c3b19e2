// Syndication disclaimers ("this story has not been edited by … staff and is published from a
// syndicated feed"): the publisher says the text is an agency's or a feed's, unedited.
import type { Page } from '../page';
import { DISCLAIMER_HINT, DISCLAIMER_TEMPLATES, MAX_DISCLAIMER_BLOCK } from '../rules/disclaimers';
import { matchBlocks } from './match';
import type { StatusSignal } from './types';

/** "NDTV", "FPJ's editorial" → the publisher the disclaimer names as not having edited the text. */
function publisherName(raw: string | undefined): string | null {
  if (!raw) return null;
  const name = raw.replace(/['’]s?(?:\s.*)?$/, '').replace(/^the\s/i, '').trim();
  return name.length >= 2 && name.length <= 60 && /\p{Lu}/u.test(name) ? name : null;
}

export function detectDisclaimers(page: Page): StatusSignal[] {
  const options = { maxLength: MAX_DISCLAIMER_BLOCK, limit: 1, hint: DISCLAIMER_HINT };
  for (const template of DISCLAIMER_TEMPLATES) {
    const [hit] = matchBlocks(page.blocks, template.pattern, options).concat(matchBlocks(page.lines, template.pattern, options));
    if (hit) {
      return [
        {
          status: 'wire-unedited',
          strength: 0.97,
          evidence: { text: hit.sentence, where: hit.where, rule: 'syndication disclaimer' },
          from: publisherName(hit.match[1]),
        },
      ];
    }
  }
  return [];
}

// Seen on: asianetnews.com (ANI feed), ndtv.com, business-standard.com, devdiscourse.com,
// freepressjournal.in, zeit.de/news/ (dpa feed)
