// Status colours meet WCAG AA in both themes, and every status has words.
import { beforeEach, describe, expect, it } from 'vitest';
import { STATUSES } from '../../lib/report';
import { STATUS_STYLES, contrastRatio, statusExplanation, statusLabel } from './status';
import { resetBrowser } from '../../tests/extension/i18n';

beforeEach(resetBrowser);

describe('status styles', () => {
  it('computes contrast like WCAG', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const status of STATUSES) {
    it(`${status}: readable text on its tint (light and dark) and white on its solid colour`, () => {
      const s = STATUS_STYLES[status];
      expect(contrastRatio(s.light.fg, s.light.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(s.dark.fg, s.dark.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio('#ffffff', s.light.solid)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio('#ffffff', s.dark.solid)).toBeGreaterThanOrEqual(4.5);
      expect(statusLabel(status).length).toBeGreaterThan(2);
      expect(statusExplanation(status).length).toBeGreaterThan(20);
    });
  }
});
