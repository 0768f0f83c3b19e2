// The story memory's messages as they travel: limits and shape checks for payloads and replies. Small
// and free of the store and the agency registry, so the content script can import it.
import { STATUSES, type Status } from '../../lib/report';
import type { MarkView, MemoryUsage, SeenCopy } from '../presentation/story-memory';

/** A page sends at most this many link keys in one message; more go in further messages. */
export const MARK_KEYS_PER_MESSAGE = 400;
/** At most this many link keys per page in all (the rest of a huge page gets no marks). */
export const MARK_KEYS_PER_PAGE = 4000;
/** Longest story key a page may send (an address without scheme and fragment). */
export const MAX_KEY_LENGTH = 2048;
/** Other copies shown at most. */
export const MAX_COPIES = 8;
/** An import file's largest size: 20,000 stories at about 1.3 kB each, with room to spare. */
export const MAX_IMPORT_CHARS = 64_000_000;

type Fields = Record<string, unknown>;
const isObject = (v: unknown): v is Fields => !!v && typeof v === 'object' && !Array.isArray(v);
const STATUS_SET = new Set<string>(STATUSES);
const isStatus = (v: unknown): v is Status => typeof v === 'string' && STATUS_SET.has(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isShortText = (v: unknown, max = 400): v is string => typeof v === 'string' && v.length <= max;
const isFraction = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;

export function isSeenCopy(v: unknown): v is SeenCopy {
  if (!isObject(v)) return false;
  return (
    isShortText(v.url, 4096) &&
    /^https?:\/\//.test(v.url) &&
    isShortText(v.site, 260) &&
    (v.publisher === null || isShortText(v.publisher)) &&
    (v.headline === null || isShortText(v.headline)) &&
    isStatus(v.status) &&
    typeof v.seen === 'number' &&
    Number.isFinite(v.seen) &&
    isFraction(v.shared) &&
    isCount(v.parasAdded) &&
    isCount(v.parasCut) &&
    (v.agency === null || isShortText(v.agency, 60)) &&
    (v.agencySite === null || isShortText(v.agencySite, 60)) &&
    Array.isArray(v.creditedThereNotHere) &&
    v.creditedThereNotHere.length <= 20 &&
    v.creditedThereNotHere.every((a) => isShortText(a, 60))
  );
}

export const seenCopies = (v: unknown): SeenCopy[] | null => (Array.isArray(v) && v.length <= MAX_COPIES && v.every(isSeenCopy) ? v : null);

export interface MarksReply {
  /** Stories in the memory (0: a page need not ask again). */
  stories: number;
  marks: Record<string, MarkView>;
}

export function marksReply(v: unknown): MarksReply | null {
  if (!isObject(v) || !isCount(v.stories) || !isObject(v.marks)) return null;
  for (const m of Object.values(v.marks)) if (!isObject(m) || !isStatus(m.status) || !isShortText(m.label, 800)) return null;
  return v as unknown as MarksReply;
}

/** Link keys from a page: strings of sane length, at most one message's worth. */
export function markKeys(v: unknown): string[] | null {
  return Array.isArray(v) && v.length <= MARK_KEYS_PER_MESSAGE && v.every((k) => typeof k === 'string' && k.length > 0 && k.length <= MAX_KEY_LENGTH)
    ? v
    : null;
}

export function memoryUsage(v: unknown): MemoryUsage | null {
  return isObject(v) && isCount(v.stories) && isCount(v.bytes) && typeof v.paused === 'boolean' && typeof v.full === 'boolean'
    ? (v as unknown as MemoryUsage)
    : null;
}

/** What a page or the popup says about its own copy when it asks for the others. */
export interface CopiesQuery {
  fingerprint: unknown;
  url: string;
  /** Ids of the agencies this page credits for the text. */
  agencies: string[];
}

export function copiesQuery(m: Fields): CopiesQuery | null {
  if (!isObject(m.fingerprint) || !isShortText(m.url, 4096)) return null;
  if (!Array.isArray(m.agencies) || m.agencies.length > 20 || !m.agencies.every((a) => isShortText(a, 40))) return null;
  return { fingerprint: m.fingerprint, url: m.url, agencies: m.agencies };
}

export type ImportReply = { ok: true; added: number; updated: number; unchanged: number } | { ok: false };

export function importReply(v: unknown): ImportReply | null {
  if (!isObject(v)) return null;
  if (v.ok === false) return { ok: false };
  return v.ok === true && isCount(v.added) && isCount(v.updated) && isCount(v.unchanged) ? (v as ImportReply) : null;
}
