import type { Page } from '../page';
import type { StatusSignal } from './types';

export function detectRepublication(_page: Page): StatusSignal[] {
  return [];
}
