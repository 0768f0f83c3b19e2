import type { Page } from '../page';
import type { StatusSignal } from './types';

export function detectPressRelease(_page: Page): StatusSignal[] {
  return [];
}
