// Status colors, shared by the popup, the options page, the inline badge and the toolbar button, so a
// status looks the same everywhere.
import type { Status } from '../../lib/report';

export interface StatusColors {
  /** Text and icon color on `bg` (WCAG AA, ≥ 4.5:1). */
  fg: string;
  bg: string;
  border: string;
  /** A solid accent (stripes, dots, the toolbar badge background) that carries white text at ≥ 4.5:1. */
  solid: string;
}

export interface StatusStyle {
  light: StatusColors;
  dark: StatusColors;
}

// Hues: a neutral slate when no credit was found (it is no verdict on the story, so no reassuring green),
// blues for agency copy (deeper = less edited; the toolbar also marks unedited copy with "="),
// amber/orange for republished and press releases, magenta for paid content, grey for "not an article".
export const STATUS_COLORS: Record<Status, StatusStyle> = {
  staff: {
    light: { fg: '#334155', bg: '#f1f5f9', border: '#cbd5e1', solid: '#475569' },
    dark: { fg: '#e2e8f0', bg: '#1e2533', border: '#3b4657', solid: '#475569' },
  },
  'wire-unedited': {
    light: { fg: '#1e1b6b', bg: '#eef0ff', border: '#b9bff7', solid: '#3730a3' },
    dark: { fg: '#dcdfff', bg: '#1c1d4a', border: '#3d418f', solid: '#4338ca' },
  },
  wire: {
    light: { fg: '#0c3d75', bg: '#eaf3ff', border: '#a9cbf3', solid: '#1d4ed8' },
    dark: { fg: '#cfe3ff', bg: '#10263f', border: '#2b5288', solid: '#1d4ed8' },
  },
  'wire-assisted': {
    light: { fg: '#0b4a55', bg: '#e8f7f9', border: '#a3dbe3', solid: '#0e7490' },
    dark: { fg: '#c4f0f6', bg: '#0d2c32', border: '#1f5d68', solid: '#0e7490' },
  },
  republished: {
    light: { fg: '#5c3a05', bg: '#fff6e5', border: '#f1cf8b', solid: '#a15c07' },
    dark: { fg: '#fde7b8', bg: '#33240b', border: '#6e4f17', solid: '#a15c07' },
  },
  'press-release': {
    light: { fg: '#6b2a06', bg: '#fff1e8', border: '#f5bf9b', solid: '#c2410c' },
    dark: { fg: '#ffd9c2', bg: '#36190b', border: '#7a3a16', solid: '#c2410c' },
  },
  sponsored: {
    light: { fg: '#6d1046', bg: '#fdeef6', border: '#f0b3d3', solid: '#be185d' },
    dark: { fg: '#ffd1e8', bg: '#3a0f26', border: '#7d2452', solid: '#be185d' },
  },
  'not-article': {
    light: { fg: '#374151', bg: '#f3f4f6', border: '#d1d5db', solid: '#4b5563' },
    dark: { fg: '#e5e7eb', bg: '#1f2430', border: '#3a4150', solid: '#4b5563' },
  },
};

/** CSS custom properties for one status, light and dark (`--cl-status-fg`, …, `--cl-status-fg-dark`, …). */
export function statusCssVars(status: Status): Record<string, string> {
  const s = STATUS_COLORS[status];
  return {
    '--cl-status-fg': s.light.fg,
    '--cl-status-bg': s.light.bg,
    '--cl-status-border': s.light.border,
    '--cl-status-solid': s.light.solid,
    '--cl-status-fg-dark': s.dark.fg,
    '--cl-status-bg-dark': s.dark.bg,
    '--cl-status-border-dark': s.dark.border,
    '--cl-status-solid-dark': s.dark.solid,
  };
}

/** WCAG 2 contrast ratio of two #rrggbb colors. */
export function contrastRatio(a: string, b: string): number {
  const lum = (hex: string) => {
    const n = parseInt(hex.slice(1), 16);
    const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Toolbar color for states without a report (failed, analyzing). */
export const NEUTRAL_COLOR = STATUS_COLORS['not-article'].light.solid;
