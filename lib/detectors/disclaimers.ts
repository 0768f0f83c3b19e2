// Syndication disclaimers ("this story has not been edited by … staff and is published from a
// syndicated feed"): the publisher says the text is an agency's or a feed's, unedited.
import type { Page } from '../page';
import { DISCLAIMER_TEMPLATES, MAX_DISCLAIMER_BLOCK } from '../rules/disclaimers';
import { matchBlocks } from './match';
import type { StatusSignal } from './types';

export function detectDisclaimers(page: Page): StatusSignal[] {
  for (const template of DISCLAIMER_TEMPLATES) {
    const [hit] =
      matchBlocks(page.blocks, template.pattern, { maxLength: MAX_DISCLAIMER_BLOCK, limit: 1 }).concat(
        matchBlocks(page.lines, template.pattern, { maxLength: MAX_DISCLAIMER_BLOCK, limit: 1 }),
      );
    if (hit) {
      return [
        {
          status: 'wire-unedited',
          strength: 0.97,
          evidence: { text: hit.sentence, where: hit.where, rule: 'syndication disclaimer' },
        },
      ];
    }
  }
  return [];
}

// Seen on: asianetnews.com (ANI feed), ndtv.com, business-standard.com, devdiscourse.com,
// freepressjournal.in, zeit.de/news/ (dpa feed)
