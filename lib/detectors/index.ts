// The status detectors, in the order they run. Adding one is one line here and one file beside it.
import type { Page } from '../page';
import type { StatusSignal } from './types';
import { detectDisclaimers } from './disclaimers';
import { detectPressRelease } from './press-release';
import { detectRepublication } from './republication';
import { detectSponsored } from './sponsored';
import { detectCustomPhrases, type CustomPhrase } from './custom-phrases';

export type { CustomPhrase };

export type StatusDetector = (page: Page, options: { customPhrases?: CustomPhrase[] }) => StatusSignal[];

export const STATUS_DETECTORS: [name: string, detector: StatusDetector][] = [
  ['disclaimer', (page) => detectDisclaimers(page)],
  ['press release', (page) => detectPressRelease(page)],
  ['sponsored', (page) => detectSponsored(page)],
  ['republication', (page) => detectRepublication(page)],
  ['custom phrase', (page, options) => detectCustomPhrases(page, options.customPhrases ?? [])],
];
