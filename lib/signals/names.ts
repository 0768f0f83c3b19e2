// The headline and the publisher's name as a reader would write them: a page's <title> and og:title
// often carry the site's name ("… | Aktuálně.cz", "… - Times of India"), and its site name a tagline
// ("Aktuálně.cz - Víte, co se právě děje") or a generic word ("rbb24 Website"). Only the report's
// display fields are cleaned; the detectors read the page's own strings.
import { pf } from '../prefilter';
import { hostOf, squish } from '../text';

// The patterns below read text whose spacing is folded to single spaces first (squish), so each
// space is one literal character and no pattern can backtrack over a run of them.
/** Separators between a title and the site's name; spaced, so hyphenated words stay whole. */
const SEPARATOR_RE = / (?:[|–—·•:]|-{1,2}|::) | ?[|｜] ?/u;
/** Generic words after a site's name that name no one ("rbb24 Website", "Example Homepage"). */
const GENERIC_TAIL_RE = pf(/ (?:web ?site|webseite|website officiel|site officiel|sitio web|sito web|home ?page|startseite|portal)$/iu);
/** A company form after the name ("The Philadelphia Inquirer, LLC"). */
const COMPANY_TAIL_RE = pf(/,? (?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|GmbH(?: ?(?:&|&amp;) ?Co\.? ?KG)?|S\.A\.|S\.p\.A\.|AG|plc)$/u);
/** What may stand between a headline and a site's name that was cut off. */
const SEPARATOR_CHARS = new Set([' ', '|', '｜', '–', '—', '·', '•', ':', '-']);

function trimSeparators(s: string): string {
  let end = s.length;
  while (end > 0 && SEPARATOR_CHARS.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}
/** A value that is an address, not a name ("https://www.fr.de"); "seattlepi.com", "Aktuálně.cz" are how sites name themselves. */
const ADDRESS_RE = pf(/^(?:https?:\/\/|www\.)/i);
const MAX_SEGMENTS = 6;

/** Letters and digits only, lower case, accents aside: "Aktuálně.cz" → "aktualnecz". */
function compact(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function splitSegments(s: string): string[] {
  return s.split(SEPARATOR_RE, MAX_SEGMENTS + 1).map((x) => x.trim());
}

/** The forms a page's site goes by: its host with and without the suffix, its main label ("telegraph"). */
function hostForms(host: string | null): string[] {
  if (!host) return [];
  const labels = host.split('.');
  const main = labels.length >= 3 && labels[labels.length - 2]!.length <= 3 ? labels[labels.length - 3]! : (labels[labels.length - 2] ?? labels[0]!);
  return [compact(host), compact(main)].filter((f) => f.length >= 3);
}

/** Whether a title's segment is the site's name: the publisher as declared, or the host in any spelling. */
function namesSite(segment: string, names: string[], host: string | null): boolean {
  const c = compact(segment);
  if (c.length < 2) return false;
  if (names.some((n) => compact(n) === c)) return true;
  return hostForms(host).some((f) => c === f || (f.length >= 4 && c.includes(f) && c.length <= f.length + 12));
}

/**
 * The headline without the site's name: the story's own <h1> when the title is it plus a suffix,
 * else the title with trailing segments that name the site taken off.
 */
export function readerHeadline(title: string | null, h1: string | null, names: (string | null | undefined)[], url: string | null): string | null {
  if (!title) return h1 && h1.length <= 300 ? h1 : title;
  const own = squish(h1 ?? '');
  const t = squish(title);
  // "Headline | Section | Site" with the <h1> "Headline": what the page itself prints.
  if (own.length >= 12 && own.length < t.length && compact(t).startsWith(compact(own))) {
    const rest = t.slice(own.length);
    if (SEPARATOR_RE.test(rest.slice(0, 6)) || /^ ?[|–—-]/.test(rest)) return own;
  }
  const host = hostOf(url);
  const known = names.filter((n): n is string => !!n && !ADDRESS_RE.test(n));
  const parts = splitSegments(t);
  if (parts.length < 2 || parts.length > MAX_SEGMENTS) return t;
  let end = parts.length;
  while (end > 1 && namesSite(parts[end - 1]!, known, host)) end--;
  if (end === parts.length) return t;
  // Cut at the separator before the first site-name segment, keeping the headline's own text as written.
  let cut = t.length;
  for (let i = parts.length - 1; i >= end; i--) cut = t.lastIndexOf(parts[i]!, cut - 1);
  const head = trimSeparators(t.slice(0, cut));
  return head.length >= 8 ? head : t;
}

/**
 * The publisher's name: the first name the page declares (not an address), with a tagline and a
 * generic tail taken off; else `fallback` (a name the engine read elsewhere) unless it is the host;
 * else the site's name as the title writes it ("… | Reuters"); else the host.
 */
export function readerPublisher(
  declared: (string | null | undefined)[],
  fallback: string | null,
  titles: (string | null | undefined)[],
  url: string | null,
): string | null {
  const host = hostOf(url);
  for (const raw of declared) {
    const name = raw ? squish(raw) : '';
    if (name && !ADDRESS_RE.test(name)) return withoutTagline(name, host);
  }
  const other = fallback ? squish(fallback) : '';
  if (other && other !== host && !ADDRESS_RE.test(other)) return withoutTagline(other, host);
  for (const title of titles) {
    if (!title) continue;
    const parts = splitSegments(squish(title));
    const last = parts[parts.length - 1]!;
    if (parts.length >= 2 && last.length <= 60 && namesSite(last, [], host) && !ADDRESS_RE.test(last)) return withoutTagline(last, host);
  }
  return host ?? hostOf(declared.find((d) => d && ADDRESS_RE.test(d))?.replace(/^www\./i, 'https://www.')) ?? fallback;
}

function withoutTagline(name: string, host: string | null): string {
  const parts = splitSegments(name);
  // "Aktuálně.cz - Víte, co se právě děje", "Breaking … Headlines - 9News": the segment that is the site.
  const named = parts.length > 1 ? (parts.find((p) => namesSite(p, [], host)) ?? parts[0]!) : name;
  const plain = named.replace(GENERIC_TAIL_RE, '').replace(COMPANY_TAIL_RE, '').trim();
  return plain.length >= 2 ? plain : named;
}
