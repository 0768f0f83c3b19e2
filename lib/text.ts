// Small text helpers shared by the signals and detectors. Everything here is linear in its input.

const SPACE_RE = /[\s\u00a0\u200b\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Collapses every run of white space (including no-break and zero-width spaces) to one space. */
export function squish(text: string): string {
  return text.replace(SPACE_RE, ' ').trim();
}

/** Cuts text to at most `max` characters on a word boundary, with an ellipsis. */
export function clip(text: string, max = 300): string {
  const t = squish(text);
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/** Returns the URL as a string when it is an absolute http(s) URL, else null. Never throws. */
export function safeHttpUrl(raw: string | null | undefined, base?: string | URL | null): string | null {
  if (!raw) return null;
  try {
    const u = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.href;
  } catch {
    return null;
  }
}

// URL parsing is the costliest thing the detectors do per link: remember recent answers.
const hostCache = new Map<string, string | null>();
const HOST_CACHE_MAX = 1000;

/** The registrable-looking host of a URL without "www.", or null. */
export function hostOf(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const cached = hostCache.get(raw);
  if (cached !== undefined) return cached;
  const href = safeHttpUrl(raw);
  const host = href ? new URL(href).hostname.replace(/^www\./, '').toLowerCase() : null;
  if (hostCache.size >= HOST_CACHE_MAX) hostCache.clear();
  hostCache.set(raw, host);
  return host;
}

/** A crude "site" key (last two labels, three for co.uk-style hosts) to compare domains. */
export function siteOf(host: string | null): string | null {
  if (!host) return null;
  const parts = host.split('.');
  const n = parts.length >= 3 && /^(co|com|net|org|gov|ac|edu)$/.test(parts[parts.length - 2]!) ? 3 : 2;
  return parts.slice(-n).join('.');
}

/**
 * The sentence of `text` that contains position `index`, for quoting evidence. A fragment too short
 * to read on its own (a trailing '" (ANI)' after the closing quote, "Nov." cut off) takes the
 * sentence before it along.
 */
export function sentenceAt(text: string, index: number, max = 300): string {
  const isEnd = (c: string | undefined) => c !== undefined && /[.!?。\n]/.test(c);
  let s = index;
  while (s > 0 && index - s < max && !isEnd(text[s - 1])) s--;
  let e = index;
  while (e < text.length && e - index < max && !isEnd(text[e])) e++;
  let extended = 0;
  while (s > 1 && extended < 2 && (text.slice(s, e).match(/\p{L}/gu)?.length ?? 0) < 20) {
    const stop = s - 1;
    s = stop;
    while (s > 0 && stop - s < max && !isEnd(text[s - 1])) s--;
    extended++;
  }
  // A closing quote left over from the sentence before is not part of this one.
  return clip(text.slice(s, Math.min(text.length, e + 1)).replace(/^[\s"'”’»)\]]+/, ''), max);
}

/**
 * True for a character of a script written without spaces between words, where one character
 * carries about what a short word does: Han (Chinese, Japanese kanji) and Japanese kana.
 */
function isWideScriptCode(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || // hiragana, katakana
    (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility ideographs
    (c >= 0x31f0 && c <= 0x31ff) // katakana phonetic extensions
  );
}

/** How many Latin characters a Han or kana character counts as in `textWeight`. */
export const WIDE_SCRIPT_WEIGHT = 3;

/**
 * The length of a text in Latin-script characters, for thresholds written in characters: a Han or
 * kana character counts as three (a Chinese story of 2,400 characters carries what some 7,000
 * characters of English do), everything else as one. Korean, written with spaces, counts as is.
 */
export function textWeight(text: string): number {
  let wide = 0;
  for (let i = 0; i < text.length; i++) if (isWideScriptCode(text.charCodeAt(i))) wide++;
  return text.length + (WIDE_SCRIPT_WEIGHT - 1) * wide;
}

/** A literal string as a regular-expression source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A title reduced for comparison: case, accents in composed form, punctuation and spacing aside (at most 600 characters read). */
export function normTitle(s: string): string {
  return s
    .slice(0, 600)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
