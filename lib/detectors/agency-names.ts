// Finds agency names in a short string, in linear time: one pass over the words, each looked up in an
// index built once from the registry (no big alternation regex), then a literal comparison of the few
// aliases that start with that word. Scripts without spaces (CJK) are found with indexOf.
import { AGENCIES, UNNAMED_AGENCIES, type AgencyEntry } from '../rules/agencies';
import { FALSE_FRIENDS } from '../rules/agency-false-friends';
import { UNNAMED_FORMS } from '../rules/agency-phrasings';

export interface Mention {
  agency: AgencyEntry;
  start: number;
  end: number;
  /** The text as found. */
  text: string;
  /** A picture-service name ("AP Photo", "picture alliance"): always a photo credit. */
  photo: boolean;
  /** Matched an abbreviation (case-sensitive), not a full name. */
  code: boolean;
}

interface Alias {
  agency: AgencyEntry;
  form: string;
  lower: string;
  caseSensitive: boolean;
  photo: boolean;
  code: boolean;
  /** Lowercased home words of the agency, for a code it shares with another ("APA", "CNA", "KNA"). */
  home: string[] | null;
}

/** Lowercased first word of an alias → its aliases, longest first. */
const BY_FIRST_WORD = new Map<string, Alias[]>();
const CJK_ALIASES: Alias[] = [];
export const AGENCY_BY_ID = new Map<string, AgencyEntry>();
/** Lowercased alias → agency, for whole-string comparisons (JSON-LD names, bylines). */
export const AGENCY_BY_ALIAS = new Map<string, AgencyEntry>();

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;
const CJK_RE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
/** Characters that, right before the letters, make them part of something else: A$AP, @AP, #AP. */
const BAD_BEFORE = new Set(['$', '@', '#', '&', '_']);

function firstWord(form: string): string | null {
  WORD_RE.lastIndex = 0;
  const m = WORD_RE.exec(form);
  return m && m.index === 0 ? m[0].toLowerCase() : null;
}

function addAlias(agency: AgencyEntry, form: string, caseSensitive: boolean, photo: boolean, code: boolean): void {
  const home = code && agency.homeWords?.length ? agency.homeWords.map((w) => w.toLowerCase()) : null;
  const alias: Alias = { agency, form, lower: form.toLowerCase(), caseSensitive, photo, code, home };
  if (!photo && !AGENCY_BY_ALIAS.has(alias.lower)) AGENCY_BY_ALIAS.set(alias.lower, agency);
  if (CJK_RE.test(form)) {
    CJK_ALIASES.push(alias);
    return;
  }
  const key = firstWord(form);
  if (!key) return;
  const list = BY_FIRST_WORD.get(key);
  if (list) list.push(alias);
  else BY_FIRST_WORD.set(key, [alias]);
}

for (const agency of [...AGENCIES, { ...UNNAMED_AGENCIES, names: UNNAMED_FORMS }]) {
  AGENCY_BY_ID.set(agency.id, agency);
  for (const n of agency.names ?? []) addAlias(agency, n, false, false, false);
  for (const c of agency.codes ?? []) addAlias(agency, c, true, false, true);
  for (const c of agency.cjk ?? []) addAlias(agency, c, true, false, false);
  for (const p of agency.photo ?? []) addAlias(agency, p, false, true, false);
}
// Longest first; of the aliases with the same form (a shared code), the default owner (no home words) first.
const byForm = (a: Alias, b: Alias): number => (a.form < b.form ? -1 : a.form > b.form ? 1 : 0);
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.form.length - a.form.length || byForm(a, b) || Number(!!a.home) - Number(!!b.home));
CJK_ALIASES.sort((a, b) => b.form.length - a.form.length);

interface CompiledFalseFriend {
  near: string[];
  next: Set<string>;
}
const FALSE_FRIEND_BY_ID = new Map<string, CompiledFalseFriend>(
  FALSE_FRIENDS.map((f) => [f.id, { near: f.near.map((s) => s.toLowerCase()), next: new Set(f.nextWords ?? []) }]),
);
const NEXT_WORD_RE = /^[\s'’-]{0,2}([\p{L}]{1,20})/u;

function isFalseFriend(text: string, lower: string, m: Mention): boolean {
  const ff = FALSE_FRIEND_BY_ID.get(m.agency.id);
  if (!ff) return isAcronymExpansion(text, m);
  if (ff.next.size) {
    const next = NEXT_WORD_RE.exec(text.slice(m.end, m.end + 24));
    if (next && ff.next.has(next[1]!.toLowerCase())) return true;
  }
  if (ff.near.length) {
    const window = lower.slice(Math.max(0, m.start - 80), Math.min(lower.length, m.end + 80));
    for (const phrase of ff.near) if (window.includes(phrase)) return true;
  }
  return isAcronymExpansion(text, m);
}

/**
 * "American Academy of Pediatrics (AAP)": the words before "(CODE)" spell the code, so the letters
 * are that body's initials. The agency's own full name spelled out ("Press Trust of India (PTI)") is fine.
 */
function isAcronymExpansion(text: string, m: Mention): boolean {
  if (!m.code || text[m.start - 1] !== '(') return false;
  const before = text.slice(Math.max(0, m.start - 90), m.start - 1).trimEnd();
  const words = before
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w))
    .slice(-8);
  const letters = m.text.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (letters.length < 2) return false;
  // A dateline's place in capitals is no expansion: "ASBURY PARK (AP) —".
  const spelled = words.slice(-letters.length);
  if (spelled.length && spelled.every((w) => w.length >= 2 && w === w.toUpperCase())) return false;
  // "UNI Global Union (UNI)": the letters repeat a name standing just before.
  if (words.slice(-4, -1).some((w) => w === m.text)) return true;
  const initials = words.map((w) => w[0]!).join('');
  // The code's letters, in order, among the capitalised initials at the end of the phrase.
  const caps = initials.replace(/[^\p{Lu}]/gu, '');
  if (!caps.endsWith(letters) && !initials.toUpperCase().endsWith(letters)) return false;
  const phrase = words
    .slice(-Math.max(letters.length, 2) - 3)
    .join(' ')
    .toLowerCase();
  for (const n of m.agency.names ?? []) if (phrase.includes(n.toLowerCase().split(/\s+/).slice(-1)[0]!)) return false;
  return true;
}

/** How far around a shared code its home words are looked for. */
const HOME_WINDOW = 200;

/**
 * Of the agencies sharing a code ("APA": Austria, Azerbaijan), the one whose home words stand near it, or whose
 * country's domain the page is on; else the default owner (listed first).
 */
function resolveShared(list: Alias[], i: number, lower: string, start: number, end: number, host: string | null): Alias {
  const first = list[i]!;
  let chosen = first;
  let window: string | null = null;
  for (let j = i + 1; j < list.length; j++) {
    const other = list[j]!;
    if (other.form !== first.form || !other.home) break;
    const cc = other.agency.country?.toLowerCase();
    if (host && cc && host.endsWith(`.${cc}`)) return other;
    window ??= lower.slice(Math.max(0, start - HOME_WINDOW), Math.min(lower.length, end + HOME_WINDOW));
    if (chosen === first && other.home.some((w) => window!.includes(w))) chosen = other;
  }
  return chosen;
}

function sameForm(text: string, pos: number, alias: Alias): boolean {
  if (alias.caseSensitive) return text.startsWith(alias.form, pos);
  return text.slice(pos, pos + alias.form.length).toLowerCase() === alias.lower;
}

/** A candidate string never holds more real credits than this; more is hostile or a list. */
const MAX_MENTIONS = 40;

/**
 * Agency mentions in `text`, in order, not overlapping (at most MAX_MENTIONS). `text` should be a short candidate string
 * (a byline, the head or tail of a block); the cost is linear in its length.
 */
export function findMentions(text: string, context?: { host?: string | null }): Mention[] {
  const out: Mention[] = [];
  if (!text) return out;
  const lower = text.toLowerCase();
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  while (out.length < MAX_MENTIONS && (m = WORD_RE.exec(text))) {
    const pos = m.index;
    if (pos < lastEnd) continue;
    const list = BY_FIRST_WORD.get(m[0].toLowerCase());
    if (!list) continue;
    if (pos > 0 && BAD_BEFORE.has(text[pos - 1]!)) continue;
    for (let i = 0; i < list.length; i++) {
      let alias = list[i]!;
      if (!sameForm(text, pos, alias)) continue;
      const end = pos + alias.form.length;
      const after = text[end];
      if (after !== undefined && (WORD_CHAR_RE.test(after) || after === '$')) continue;
      const next = list[i + 1];
      if (next && next.home && next.form === alias.form) alias = resolveShared(list, i, lower, pos, end, context?.host ?? null);
      const mention: Mention = { agency: alias.agency, start: pos, end, text: text.slice(pos, end), photo: alias.photo, code: alias.code };
      // "Press Trust of India (PTI)", "Deutschen Presse-Agentur (dpa)": the code spells out the name just given, and
      // the two are one mention, judged by what stands around both ("reported by the Press Trust of India (PTI).")
      const prev = out[out.length - 1];
      const close = /^\s?\)/u.exec(text.slice(end, end + 2));
      if (mention.code && close && prev && !prev.code && prev.agency.id === mention.agency.id && /^\s?\(\s?$/u.test(text.slice(prev.end, pos))) {
        prev.end = end + close[0].length;
        prev.text = text.slice(prev.start, prev.end);
      } else if (!isFalseFriend(text, lower, mention)) out.push(mention);
      lastEnd = end;
      WORD_RE.lastIndex = end;
      break;
    }
  }
  if (CJK_ALIASES.length && CJK_RE.test(text)) {
    for (const alias of CJK_ALIASES) {
      let from = 0;
      let found = 0;
      while (found < 20 && out.length < MAX_MENTIONS * 2) {
        const i = text.indexOf(alias.form, from);
        if (i < 0) break;
        from = i + alias.form.length;
        found++;
        if (out.some((o) => i < o.end && from > o.start)) continue;
        out.push({ agency: alias.agency, start: i, end: from, text: alias.form, photo: alias.photo, code: false });
      }
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** The agency a whole short string names ("AFP", "The Associated Press", "Reuters"), if any. */
export function agencyNamed(text: string): AgencyEntry | null {
  // Bounded: an unbounded trailing run would be retried from every dot (quadratic).
  const t = text
    .trim()
    .slice(0, 300)
    .replace(/^the\s+/i, '')
    .replace(/[.\s]{1,20}$/, '');
  const byAlias = AGENCY_BY_ALIAS.get(t.toLowerCase()) ?? AGENCY_BY_ALIAS.get(`the ${t.toLowerCase()}`);
  if (!byAlias) return null;
  // Codes only in their listed letter case.
  const mentions = findMentions(t);
  return mentions.length === 1 && mentions[0]!.start === 0 && mentions[0]!.end === t.length ? mentions[0]!.agency : null;
}
