// Reads a byline ("By Tom Davies - Associated Press -", "PTI Mumbai", "Colleen Barry, The Associated
// Press", "Von: det/dpa", "AFP/The Local", "Detroit News wire services") for agency credits. A byline
// credits an agency when the name stands as one of its parts, alone or with the writers' names, a
// place, a date or a staff role; anything else around it ("Reuters on Twitter", "More stories by …")
// is not a byline credit.
import { pf } from '../prefilter';
import type { RuleId } from '../report';
import type { AgencyEntry } from '../rules/agencies';
import { NAME_LIKE_ALIASES, NOT_ALONE_CODES } from '../rules/agency-false-friends';
import { AGENCY_WORDS_AFTER, AGENCY_WORDS_BEFORE, AGENCY_WORDS_CJK, BYLINE_OPENERS, BYLINE_ROLE_WORDS } from '../rules/agency-phrasings';
import { escapeRegExp, squish } from '../text';
import { AGENCY_BY_ID, findMentions, type Mention } from './agency-names';

export interface BylineCredit {
  mention: Mention;
  contribution: 'copy' | 'inputs';
  ruleId: RuleId;
  rule: string;
}

const WRITER_ROLE_RE = /^(?:correspondents?|reporters?|writers?|staff|editors?|journalists?)[.,:]?$/iu;
const SINGULAR_AGENCY = new Set(['agency', 'agencia', 'agência', 'agence', 'agentur', 'agenzia']);
const CONTRIBUTED_RE = pf(/\bcontribut(?:ed|es|ing)\s(?:to|reporting)\b|^\s?[([]?\s?(?:Contributing|Contributors?|Inputs?|इनपुट)\s?[:：\-–]/iu);
/** Cheap test before the self-named agency patterns: the byline holds a word for "agency". */
const SELF_HINT_RE = pf(/agen|ajans|persbureau|byrå|bureau|агент|агенц|وكالة|通讯社|通訊社|通信社|新闻社|新聞社|press|news/iu);
// (Not an opener when a separator follows: "Redacción / EFE" is the newsroom and the agency, a joint byline.)
const OPENER_RE = new RegExp(String.raw`^(?:${BYLINE_OPENERS.join('|')})\s?:?\s(?![/|,;&]|y\s|und\s|and\s)`, 'iu');
/** A copyright or licence line ("© AFP, Reuters, Getty Images"): judged by the copyright rules, never as a byline. */
const COPYRIGHT_RE = /^\s?[([]?\s?(?:©|\(c\)\s|copyright\b|copr\.)/iu;
/** Part separators: , ; | / • · and spaced dashes, and "and" in a few languages. */
const SPLIT_RE = /\s?[,;|/•·:]\s?|\s[-–—]\s?|\s(?:and|und|y|et|e|og|och|en|&|und von)\s/iu;
const ROLE_WORDS = new Set(BYLINE_ROLE_WORDS);
const TOKEN_RE = /[^\s]+/gu;
const CAPITALISED_RE = /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’.\-]{0,30}$/u;
/** Numbers of a date or time ("20", "2019,", "10:18am"); month names are capitalised words. */
const DATE_TOKEN_RE = /^(?:\d{1,4}[:.,/\-]?\d{0,4}(?:am|pm)?[,.]?|\d{1,2}(?:st|nd|rd|th)?,?)$/u;
const INITIALS_RE = /^\p{Ll}{2,4}$/u;
const STAFF_RE = pf(/^(?:staff|staff reports?|redaktion|redacción|rédaction|redazione|redação|reporters?|correspondents?|team)$/iu);
const LOWER_CONNECTORS = new Set(['de', 'da', 'do', 'dos', 'del', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'di', 'du']);

/** One to three words of a name: a code ("NNN"), a capitalised or brand word ("idea", "Xyz"), in any script; or a quoted name. */
const NAME = String.raw`(?:[«"“„]?[\p{L}\p{N}][\p{L}\p{M}\p{N}.&'’\-]{0,30}[»"”“]?)(?:\s[«"“„]?[\p{L}\p{N}][\p{L}\p{M}\p{N}.&'’\-]{0,30}[»"”“]?){0,2}`;
const words = (list: readonly string[]): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/\s/g, '\\s'))
    .join('|');
/** "Nachrichtenagentur Xyz", "agencia de noticias Xyz", "агентство Xyz", "وكالة Xyz" */
const SELF_BEFORE_RE = new RegExp(String.raw`^(?:the\s|die\s|la\s|l['’]\s?|el\s|a\s)?(?:${words(AGENCY_WORDS_BEFORE)})\s(${NAME})$`, 'iu');
/** "Xyz News Agency", "Xyz Nachrichtenagentur", "Xyz Haber Ajansı" */
const SELF_AFTER_RE = new RegExp(String.raw`^(?:the\s)?(${NAME})\s(?:${words(AGENCY_WORDS_AFTER)})$`, 'iu');
const SELF_WORDS = [...AGENCY_WORDS_BEFORE, ...AGENCY_WORDS_AFTER, ...AGENCY_WORDS_CJK].map((w) => w.toLowerCase());
/** "朝鲜中央通讯社", "XX通信社" */
const SELF_CJK_RE = new RegExp(String.raw`^(\p{Script=Han}{2,10})(?:${words(AGENCY_WORDS_CJK)})$`, 'u');
const CODE_RE = /^[\p{Lu}\p{N}]{2,8}$/u;
/** A site's host name standing as a byline part: "elDiario.es", "20minutos.es", "Spektrum.de", "t-online.de". */
const HOST_NAME_RE = /^(?:www\.)?[\p{L}\p{N}][\p{L}\p{N}\-]{1,30}\.(?:[a-z]{2}|com|net|org|info|online|news)$/u;

/**
 * The agency a byline part names by calling itself one, when the registry does not know it: "Nachrichtenagentur
 * Xyz", "Xyz News Agency". Its id is the name's lowercase ASCII letters when the name is a code ("ČTK" → ctk),
 * else the unnamed `agencies`.
 */
export function selfNamedAgency(part: string): { name: string; offset: number; entry: AgencyEntry } | null {
  const t = part.trim().replace(/[.,;:]$/u, '');
  if (!t || t.length > 80) return null;
  // The patterns need one of the words; looking for them first spares compiling the patterns on most pages.
  const lower = squish(t).toLowerCase();
  if (!SELF_WORDS.some((w) => lower.includes(w))) return null;
  const m = SELF_BEFORE_RE.exec(t) ?? SELF_AFTER_RE.exec(t) ?? SELF_CJK_RE.exec(t);
  if (!m) return null;
  const name = m[1]!.replace(/^[«"“„]|[»"”“]$/gu, '');
  // A name has a capital or is a brand's lower-case word before more words ("idea Evangelische"); never "the".
  if (!/\p{L}/u.test(name) || NOT_NAMES.has(name.toLowerCase()) || !/\p{Lu}|\p{Script=Han}|\p{Script=Arabic}|\p{Script=Cyrillic}/u.test(name)) return null;
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const id = CODE_RE.test(name) && /^[a-z0-9]{2,8}$/.test(ascii) ? ascii : 'agencies';
  const known = AGENCY_BY_ID.get(id);
  const entry: AgencyEntry = known && id !== 'agencies' ? known : { id, name: t, shortName: name, country: null, homepage: null };
  return { name, offset: part.indexOf(m[1]!), entry };
}

function tokens(s: string): string[] {
  return s.match(TOKEN_RE) ?? [];
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Capitalised words that open phrases, not names ("The Thomson Reuters Trust Principles"). */
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'our',
  'this',
  'that',
  'these',
  'der',
  'die',
  'das',
  'el',
  'la',
  'los',
  'las',
  'le',
  'les',
  'il',
  'lo',
  'o',
  'os',
  'het',
  'de',
  'en',
  'et',
  'read',
  'more',
  'see',
  'follow',
  'share',
  'copyright',
  'source',
  'photo',
  'image',
  'video',
  'foto',
  'bild',
]);

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
  // "Associated Press writers A and B in Washington, D.C., contributed to this report" is a contributor line
  // (an input, judged by the credit rules), not a byline.
  if (CONTRIBUTED_RE.test(text) || COPYRIGHT_RE.test(text)) return [];
  const mentions = findMentions(text);
  if (!mentions.length && !SELF_HINT_RE.test(text)) return [];
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
    // "Nachrichtenagentur Xyz", "agencia de noticias Xyz": an agency the registry lacks, calling itself one (not
    // the publisher's own name). The generic word ("agencia") may have been read as the unnamed agency.
    const onlyUnnamed = inPart.every((mm) => mm.agency.id === 'agencies');
    const anyInPart = mentions.some((mm) => mm.start >= part.start && mm.end <= part.start + part.text.length);
    const self = onlyUnnamed && (inPart.length || !anyInPart) ? selfNamedAgency(part.text) : null;
    if (self) {
      if (!(pub && (pub.includes(norm(self.name)) || norm(self.name).includes(pub)))) {
        const start = part.start + Math.max(0, self.offset);
        credited.push({
          mention: { agency: self.entry, start, end: start + self.name.length, text: self.name, photo: false, code: self.entry.id !== 'agencies' },
          contribution: 'copy',
          ruleId: 'self-named-agency-byline',
          rule: 'self-named agency byline',
        });
      } else staffOrPublisher = true;
      continue;
    }
    if (!inPart.length) {
      const n = norm(part.text);
      // A part that is the site's name ("The Local" on thelocal.se) or a site's host name ("elDiario.es / Agencias",
      // "20minutos.es / EFE"): the agency's share is an input to that publisher's story.
      if (STAFF_RE.test(part.text.trim()) || HOST_NAME_RE.test(part.text.trim()) || (pub && n.length >= 3 && (pub.includes(n) || n.includes(pub))))
        staffOrPublisher = true;
      continue;
    }
    // "Agencia de noticias Andina", "news agency Xinhua", "Nachrichtenagentur AFP": the word for "agency" (read as the
    // unnamed agency) before a known agency's name is that agency calling itself one.
    if (inPart.length === 2 && inPart[0]!.agency.id === 'agencies' && inPart[1]!.agency.id !== 'agencies') {
      const named = selfNamedAgency(part.text);
      if (named && part.start + named.offset === inPart[1]!.start) {
        credited.push({ mention: inPart[1]!, contribution: 'copy', ruleId: 'self-named-agency-byline', rule: 'self-named agency byline' });
        continue;
      }
    }
    if (inPart.length > 1) {
      // "AFP-JIJI", "AP/Reuters": a part made only of agency names joined by a hyphen or slash credits each.
      let joined = inPart[0]!.start === part.start && inPart[inPart.length - 1]!.end === part.start + part.text.trimEnd().length;
      for (let k = 1; joined && k < inPart.length; k++) joined = /^\s?[-–/+&]\s?$/u.test(text.slice(inPart[k - 1]!.end, inPart[k]!.start));
      if (joined) for (const mm of inPart) credited.push({ mention: mm, contribution: 'copy', ruleId: 'byline-credit', rule: 'byline credit' });
      continue;
    }
    const mention = inPart[0]!;
    const before = part.text.slice(0, mention.start - part.start).trim();
    const after = part.text.slice(mention.end - part.start).trim();
    const beforeWords = tokens(before.replace(/^the$/i, '').replace(/\s(?:the|The)$/, ''));
    const afterWords = tokens(after);
    // "KVELLER via JTA": the agency distributed the text.
    if (/(?:^|\s)via$/i.test(before)) {
      credited.push({ mention, contribution: 'copy', ruleId: 'distributed-via-agency', rule: 'distributed via agency' });
      continue;
    }
    if (beforeWords.length && NAME_LIKE_ALIASES.has(mention.text.toLowerCase())) continue;
    // The singular unnamed form counts standing alone ("Agencia"), not closing a body's name ("Environmental
    // Protection Agency"); plural forms may follow the publisher's name ("Detroit News wire services").
    // Nor before a writer's role: "Jane Roe, agency correspondent" is a staff writer's title.
    if (
      mention.agency.id === 'agencies' &&
      SINGULAR_AGENCY.has(mention.text.toLowerCase()) &&
      (beforeWords.length || afterWords.some((w) => WRITER_ROLE_RE.test(w)))
    )
      continue;
    // "RSS" or "MAP" alone is a menu link or a word; with a place, a date or writers' names it is a credit.
    if (mention.code && NOT_ALONE_CODES.has(mention.text) && !beforeWords.length && !afterWords.length && parts.length === 1) continue;
    if (!namesBefore(beforeWords) || !trailingOk(afterWords)) continue;
    // "Ani DiFranco": a capitalised word right after a short code makes it a first name, not an agency
    // unless it reads as a place (the byline then has no other names).
    // Words on both sides make the name part of a longer name ("Thomson Reuters Trust Principles"),
    // unless what follows is only a staff role or a date.
    if (afterWords.length && beforeWords.length && (mention.code || !onlyRoleOrDate(afterWords))) continue;
    credited.push({ mention, contribution: 'copy', ruleId: 'byline-credit', rule: 'byline credit' });
  }
  if (staffOrPublisher)
    for (const c of credited)
      if (c.contribution === 'copy') {
        c.contribution = 'inputs';
        c.ruleId = 'joint-byline';
        c.rule = 'joint byline';
      }
  return credited;
}
