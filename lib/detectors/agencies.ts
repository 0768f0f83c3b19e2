// Wire-agency credits for the text (datelines, bylines, sign-offs, copyright and source lines,
// metadata) and for photos (captions), told apart from mere citations ("Reuters reported").
import type { Page } from '../page';
import type { AgencyCredit } from '../report';

export function detectAgencies(_page: Page): AgencyCredit[] {
  return [];
}
