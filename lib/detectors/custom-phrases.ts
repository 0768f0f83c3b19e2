// The user's own phrases from the options page, each mapped to a status and optionally to some sites.
// A phrase matches as whole words: plain, case-insensitive text (never a regular expression, so a
// phrase cannot make matching slow), found with indexOf and kept only where it does not start or end
// inside a word ("SID" is not in "Residents"). In scripts written without spaces between words
// (Chinese, Japanese, Thai…) every character is a word edge, so there a phrase matches anywhere.
import type { Page } from '../page';
import type { Status } from '../report';
import type { TextBlock } from '../signals/blocks';
import { clip, hostOf, sentenceAt, squish } from '../text';
import type { StatusSignal } from './types';

export interface CustomPhrase {
  phrase: string;
  status: Exclude<Status, 'staff' | 'not-article'>;
  /** Hosts the phrase applies to, each with its subdomains ("example.com"); empty or absent: every site. */
  sites?: readonly string[];
}

/** Shorter phrases would match too much to mean anything. */
export const PHRASE_MIN = 3;
/** A phrase strong enough to decide a status (the classifier's DECISIVE is 0.7), as the reader asked. */
const STRENGTH = 0.95;
/** Matches quoted per phrase: the first few are proof enough. */
const MAX_MATCHES = 5;

/** Letters, marks (Devanagari vowel signs, Arabic diacritics) and digits: the inside of a word. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
/** Scripts written without spaces between words: a character there is a word edge on its own. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** The code point ending just before `i`, or '' at the start. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.slice(i - 1, i);
}

/** The code point starting at `i`, or '' at the end. */
function charAt(text: string, i: number): string {
  const c = text.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}

/** Whether a match's edge, between `outside` and the phrase's own `edge` character, is a word boundary. */
function isBoundary(edge: string, outside: string): boolean {
  if (!outside || !WORD_CHAR.test(edge) || !WORD_CHAR.test(outside)) return true;
  return UNSPACED.test(edge) || UNSPACED.test(outside);
}

/** A phrase as it is compared: spacing collapsed, lower case. */
export function phraseNeedle(phrase: string): string {
  return squish(phrase).toLowerCase();
}

/**
 * Where a phrase occurs in `text` as whole words: the start of each match in `text`, at most `limit`.
 * Linear in the text for a given phrase (indexOf, then two characters checked per occurrence).
 */
export function findPhrase(text: string, needle: string, limit = MAX_MATCHES): number[] {
  if (needle.length < PHRASE_MIN) return [];
  const { hay, origin } = lowered(text);
  const first = charAt(needle, 0);
  const last = charBefore(needle, needle.length);
  const out: number[] = [];
  for (let at = hay.indexOf(needle); at >= 0 && out.length < limit; at = hay.indexOf(needle, at + 1)) {
    if (isBoundary(first, charBefore(hay, at)) && isBoundary(last, charAt(hay, at + needle.length))) out.push(origin ? origin[at]! : at);
  }
  return out;
}

/**
 * The text in lower case, and where each of its code units came from when lower-casing changed the
 * length (İ becomes i + a combining dot): null when positions are the same in both.
 */
function lowered(text: string): { hay: string; origin: number[] | null } {
  const hay = text.toLowerCase();
  if (hay.length === text.length) return { hay, origin: null };
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length;) {
    const ch = charAt(text, i);
    const low = ch.toLowerCase();
    for (let k = 0; k < low.length; k++) origin.push(i);
    out += low;
    i += ch.length;
  }
  return { hay: out, origin };
}

/** Whether a phrase applies on the page at `url`: it names no sites, or the page's host is one of them or below one. */
export function phraseApplies(phrase: Pick<CustomPhrase, 'sites'>, url: string | null | undefined): boolean {
  if (!phrase.sites?.length) return true;
  const host = hostOf(url ?? null);
  if (!host) return false;
  return phrase.sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** The sentences of `blocks` where the phrase occurs as whole words, in page order. */
export function phraseSentences(blocks: readonly TextBlock[], phrase: string, limit = MAX_MATCHES): string[] {
  const needle = phraseNeedle(phrase);
  const out: string[] = [];
  for (const block of blocks) {
    for (const at of findPhrase(block.text, needle, limit - out.length)) {
      const sentence = sentenceAt(block.text, at);
      if (!out.includes(sentence)) out.push(sentence);
    }
    if (out.length >= limit) break;
  }
  return out;
}

/** One signal per phrase that occurs on the page (where it applies), quoting the first sentence it is in. */
export function detectCustomPhrases(page: Page, phrases: readonly CustomPhrase[]): StatusSignal[] {
  const out: StatusSignal[] = [];
  for (const p of phrases) {
    if (!phraseApplies(p, page.url)) continue;
    const [sentence] = phraseSentences(page.blocks, p.phrase, 1);
    if (!sentence) continue;
    out.push({
      status: p.status,
      strength: STRENGTH,
      evidence: { text: sentence, where: 'custom-rule', ruleId: 'custom-phrase', rule: `your phrase “${clip(p.phrase, 60)}”` },
    });
  }
  return out;
}
