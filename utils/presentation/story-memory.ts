// The story memory in words: another copy of this story ("94% the same text as the AP copy on
// apnews.com"), what it says that this page does not, a link mark's label, the space kept. Plain
// functions of a translator; the shapes are what the background hands the popup, card and marks.
import type { Status } from '../../lib/report';
import type { Translate } from './messages';
import { STATUS_KEYS } from './tables';

/** Another copy of this story, as the background describes it (no fingerprint, names resolved). */
export interface SeenCopy {
  url: string;
  /** Its host ("apnews.com"). */
  site: string;
  publisher: string | null;
  headline: string | null;
  status: Status;
  /** When the reader last opened it (ms since 1970). */
  seen: number;
  /** Share of this page's text that the copy also has, 0..1. */
  shared: number;
  /** Paragraphs this page has and the copy does not. */
  parasAdded: number;
  /** Paragraphs the copy has and this page does not. */
  parasCut: number;
  /** Short name of the agency whose copy it is (its own site, or credited there), or null. */
  agency: string | null;
  /** Short name of the agency whose own site the copy is on, when this page does not credit it. */
  agencySite: string | null;
  /** Short names of agencies the copy credits for the text and this page does not. */
  creditedThereNotHere: string[];
}

/** A link to a story in the memory: its status, and its label in the interface language. */
export interface MarkView {
  status: Status;
  label: string;
}

export interface MemoryUsage {
  stories: number;
  bytes: number;
  paused: boolean;
  full: boolean;
}

type Formats = { percent(fraction: number): string; date(ms: number): string; lang(): string };

export function createMemoryWords(t: Translate, f: Formats) {
  const who = (c: Pick<SeenCopy, 'publisher' | 'site'>) => c.publisher?.trim() || c.site;
  const num = (n: number) => new Intl.NumberFormat(f.lang()).format(n);
  /**
   * The strongest thing another copy tells that this page cannot: it is on the agency's own site, or
   * it credits an agency this page does not name.
   */
  const noteLine = (c: SeenCopy): string | null => {
    if (c.agencySite) return t('memory.noteAgencySite', [c.agencySite, c.site]);
    if (c.creditedThereNotHere.length) return t('memory.noteCredited', [c.site, c.creditedThereNotHere.join(', ')]);
    return null;
  };
  return {
    /** "94% the same text as the AP copy on apnews.com". */
    sharedLine(c: SeenCopy): string {
      const pct = f.percent(c.shared);
      return c.agency ? t('memory.sharedAgency', [pct, c.agency, c.site]) : t('memory.sharedSite', [pct, c.site]);
    },
    /** "this site added 2 paragraphs · left out 1", or null when the paragraphs are the same. */
    parasLine(c: SeenCopy): string | null {
      const parts: string[] = [];
      if (c.parasAdded > 0) parts.push(t('memory.parasAdded', [num(c.parasAdded)], c.parasAdded));
      if (c.parasCut > 0) parts.push(t('memory.parasCut', [num(c.parasCut)], c.parasCut));
      return parts.length ? parts.join(' · ') : null;
    },
    noteLine,
    /** The strongest thing another copy says that this page does not, from the first copy that says one. */
    strongestNote(copies: readonly SeenCopy[]): string | null {
      const c = copies.find((x) => x.agencySite) ?? copies.find((x) => x.creditedThereNotHere.length);
      return c ? noteLine(c) : null;
    },
    /** "The Seattle Times · 2 Dec 2026". */
    sourceLine(c: SeenCopy): string {
      return `${who(c)} · ${f.date(c.seen)}`;
    },
    /** The card's short form: "apnews.com · 94% the same text". */
    cardLine(c: SeenCopy): string {
      return t('memory.cardLine', [c.agency ? `${c.agency} · ${c.site}` : c.site, f.percent(c.shared)]);
    },
    /** A link mark's accessible label: "Read before: Wire copy (The Seattle Times, 2 Dec 2026)". */
    markLabel(m: { status: Status; publisher: string | null; site: string; seen: number }): string {
      return t('memory.markLabel', [t(STATUS_KEYS[m.status].label), `${who(m)}, ${f.date(m.seen)}`]);
    },
    /** A count in the interface language's digits and separators. */
    count: num,
    /** "1,204 stories · 1.4 MB". */
    usageLine(u: MemoryUsage): string {
      return t('memory.usage', [num(u.stories), bytes(u.bytes, f.lang())], u.stories);
    },
  };
}

function bytes(n: number, lang: string): string {
  const [unit, value] = n >= 1e6 ? (['megabyte', n / 1e6] as const) : (['kilobyte', n / 1e3] as const);
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

export type MemoryWords = ReturnType<typeof createMemoryWords>;
