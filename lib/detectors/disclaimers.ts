import type { Page } from '../page';
import type { StatusSignal } from './types';

export function detectDisclaimers(_page: Page): StatusSignal[] {
  return [];
}
