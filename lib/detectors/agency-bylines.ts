// Reads a byline ("By Tom Davies - Associated Press -", "PTI Mumbai", "Colleen Barry, The Associated
// Press", "Von: det/dpa", "AFP/The Local", "Detroit News wire services") for agency credits. A byline
// credits an agency when the name stands as one of its parts, alone or with the writers' names, a
// place, a date or a staff role; anything else around it ("Reuters on Twitter", "More stories by …")
// is not a byline credit.
import { NAME_LIKE_ALIASES } from '../rules/agency-false-friends';
import { BYLINE_OPENERS, BYLINE_ROLE_WORDS } from '../rules/agency-phrasings';
import { findMentions, type Mention } from './agency-names';

export interface BylineCredit {
  mention: Mention;
  contribution: 'copy' | 'inputs';
  rule: string;
}

const OPENER_RE = new RegExp(String.raw`^(?:${BYLINE_OPENERS.join('|')})\s?:?\s`, 'iu');
/** Part separators: , ; | / • · and spaced dashes, and "and" in a few languages. */
const SPLIT_RE = /\s?[,;|/•·:]\s?|\s[-–—]\s?|\s(?:and|und|y|et|e|og|och|en|&|und von)\s/iu;
const ROLE_WORDS = new Set(BYLINE_ROLE_WORDS);
const TOKEN_RE = /[^\s]+/gu;
const CAPITALISED_RE = /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’.\-]{0,30}$/u;
/** Numbers of a date or time ("20", "2019,", "10:18am"); month names are capitalised words. */
const DATE_TOKEN_RE = /^(?:\d{1,4}[:.,/\-]?\d{0,4}(?:am|pm)?[,.]?|\d{1,2}(?:st|nd|rd|th)?,?)$/u;
const INITIALS_RE = /^\p{Ll}{2,4}$/u;
const STAFF_RE = /^(?:staff|staff reports?|redaktion|redacción|rédaction|redazione|redação|reporters?|correspondents?|team)$/iu;
const LOWER_CONNECTORS = new Set(['de', 'da', 'do', 'dos', 'del', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'di', 'du']);

function tokens(s: string): string[] {
  return s.match(TOKEN_RE) ?? [];
}

function norm(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Capitalised words that open phrases, not names ("The Thomson Reuters Trust Principles"). */
const NOT_NAMES = new Set(['the', 'a', 'an', 'our', 'this', 'that', 'these', 'der', 'die', 'das', 'el', 'la', 'los', 'las', 'le', 'les', 'il', 'lo', 'o', 'os', 'het', 'de', 'en', 'et', 'read', 'more', 'see', 'follow', 'share', 'copyright', 'source', 'photo', 'image', 'video', 'foto', 'bild']);

/** Whether the words before the agency in one byline part are writers' names. */
function namesBefore(words: string[]): boolean {
  if (words.length > 6) return false;
  return words.every((w) => (CAPITALISED_RE.test(w) && !NOT_NAMES.has(w.toLowerCase())) || LOWER_CONNECTORS.has(w));
}

function onlyRoleOrDate(words: string[]): boolean {
  return words.every((w) => DATE_TOKEN_RE.test(w) || ROLE_WORDS.has(w.toLowerCase().replace(/[:.,]$/, '')));
}

/** Whether the words after the agency are a place, a date or a role ("Mumbai", "Nov 20 2019", "Sports Writer"). */
function trailingOk(words: string[]): boolean {
  if (words.length > 6) return false;
  return words.every((w) => CAPITALISED_RE.test(w) || DATE_TOKEN_RE.test(w) || ROLE_WORDS.has(w.toLowerCase().replace(/[:.,]$/, '')));
}

/**
 * Credits in one byline. `publisher` is the site's name: a byline part naming it next to an agency
 * ("AFP/The Local") makes the agency's share an input to the publisher's story.
 */
export function bylineCredits(byline: string, publisher: string | null): BylineCredit[] {
  const text = byline.trim();
  if (!text || text.length > 160) return [];
  const mentions = findMentions(text);
  if (!mentions.length) return [];
  const body = text.replace(OPENER_RE, '');
  const offset = text.length - body.length;
  const parts: { text: string; start: number }[] = [];
  let rest = body;
  let pos = offset;
  for (let guard = 0; guard < 20 && rest; guard++) {
    const m = SPLIT_RE.exec(rest);
    if (!m) {
      parts.push({ text: rest, start: pos });
      break;
    }
    if (m.index > 0) parts.push({ text: rest.slice(0, m.index), start: pos });
    pos += m.index + m[0].length;
    rest = rest.slice(m.index + m[0].length);
  }
  const pub = publisher ? norm(publisher) : '';
  let staffOrPublisher = false;
  const credited: BylineCredit[] = [];
  for (const part of parts) {
    const inPart = mentions.filter((mm) => mm.start >= part.start && mm.end <= part.start + part.text.length && !mm.photo);
    if (!inPart.length) {
      const n = norm(part.text);
      if (STAFF_RE.test(part.text.trim()) || (pub && n.length >= 3 && (pub.includes(n) || n.includes(pub)))) staffOrPublisher = true;
      continue;
    }
    if (inPart.length > 1) continue;
    const mention = inPart[0]!;
    const before = part.text.slice(0, mention.start - part.start).trim();
    const after = part.text.slice(mention.end - part.start).trim();
    const beforeWords = tokens(before.replace(/^the$/i, '').replace(/\s(?:the|The)$/, ''));
    const afterWords = tokens(after);
    // "KVELLER via JTA": the agency distributed the text.
    if (/(?:^|\s)via$/i.test(before)) {
      credited.push({ mention, contribution: 'copy', rule: 'distributed via agency' });
      continue;
    }
    if (beforeWords.length && NAME_LIKE_ALIASES.has(mention.text.toLowerCase())) continue;
    if (!namesBefore(beforeWords) || !trailingOk(afterWords)) continue;
    // "Ani DiFranco": a capitalised word right after a short code makes it a first name, not an agency
    // unless it reads as a place (the byline then has no other names).
    // Words on both sides make the name part of a longer name ("Thomson Reuters Trust Principles"),
    // unless what follows is only a staff role or a date.
    if (afterWords.length && beforeWords.length && (mention.code || !onlyRoleOrDate(afterWords))) continue;
    credited.push({ mention, contribution: 'copy', rule: 'byline credit' });
  }
  if (staffOrPublisher) for (const c of credited) if (c.contribution === 'copy') { c.contribution = 'inputs'; c.rule = 'joint byline'; }
  return credited;
}
