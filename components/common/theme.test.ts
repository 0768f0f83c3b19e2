// The shared theme's text colors meet WCAG AA on its backgrounds, in light and in dark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../utils/presentation/colors';

const css = readFileSync(join(import.meta.dirname, 'theme.css'), 'utf8');

function vars(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/--cl-([a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)) out[m[1]!] = m[2]!;
  return out;
}

const light = vars(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...vars(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))) };

describe('theme colors', () => {
  for (const [name, theme] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`${name}: text, muted text, links and states are AA on every background`, () => {
      for (const bg of ['bg', 'surface', 'surface-2']) {
        for (const fg of ['text', 'muted', 'link']) {
          expect(contrastRatio(theme[fg]!, theme[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
        }
      }
      expect(contrastRatio(theme['accent-text']!, theme.accent!)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.danger!, theme['danger-soft']!)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.danger!, theme.bg!)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.ok!, theme.bg!)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.text!, theme['accent-soft']!)).toBeGreaterThanOrEqual(4.5);
    });
  }
});
