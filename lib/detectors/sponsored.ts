import type { Page } from '../page';
import type { StatusSignal } from './types';

export function detectSponsored(_page: Page): StatusSignal[] {
  return [];
}
