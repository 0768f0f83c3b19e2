// The plain text a post leaves when the platform's script never ran and the classes are gone:
//   "… https://t.co/hiZ6c5DPZr pic.twitter.com/uykWJUrA91 — MFA Russia 🇷🇺 (@mfa_russia) November 20, 2025"
//   "A post shared by Kira Bejaoui (@kirabejaoui) on Apr 23, 2019 at 3:04am PDT"
// Found by scanning for the short "(@handle)" token and reading a bounded window around it, so the
// work is linear in the text whatever it holds.
import { platformOfTextHandle, TEXT_SIGNATURES, type Platform } from '../rules/platforms';
import { clip, squish } from '../text';
import { dateAtStart } from './embed-dates';

export interface Attribution {
  platform: Platform;
  handle: string;
  author: string | null;
  date: string | null;
  /** Index in the text where the attribution starts (the dash, or "A post shared by"). */
  start: number;
  /** Index just after the date (or the handle when there is none). */
  end: number;
  /** The attribution as written on the page. */
  line: string;
}

export interface TextPost extends Attribution {
  /** First words of the post, plain. */
  text: string | null;
  /** A t.co or pic.twitter.com link written in the post, as an https URL. */
  shortLink: string | null;
}

// "(@handle)" with X/Instagram/Bluesky/Mastodon handle characters; bounded.
const HANDLE_TOKEN_RE = /\(@([A-Za-z0-9_][A-Za-z0-9_.@-]{0,80})\)/g;
const NAME_WINDOW = 90;
const POST_WINDOW = 320;
const MAX_ATTRIBUTIONS = 200;
/** Emoji, flags and symbols that decorate display names ("MFA Russia 🇷🇺"). */
const NAME_DECOR_RE = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}\u{20E3}]/gu;

function cleanName(raw: string): string | null {
  const s = squish(raw.replace(NAME_DECOR_RE, ' '));
  return s && s.length <= 80 ? s : null;
}

/** The dash that opens "— Name (" in the window before the handle: its index, or -1. */
function dashBefore(window: string): number {
  // The name holds no line break and no other handle; search back from the end for the last dash.
  for (let i = window.length - 1; i >= 0; i--) {
    const c = window[i]!;
    if (c === '\n' || (c === '@' && window[i - 1] === '(')) return -1;
    if (c === '\u2014' || c === '\u2013' || c === '\u2015') return i;
    if (c === '-' && (i === 0 || window[i - 1] === ' ' || window[i - 1] === '-') && window[i + 1] === ' ') {
      return window[i - 1] === '-' ? i - 1 : i;
    }
  }
  return -1;
}

/**
 * Attribution lines in `text`: "— Name (@handle) date" (X, Bluesky, Mastodon) and Instagram's
 * "A post shared by Name (@handle) on date".
 */
export function findAttributions(text: string): Attribution[] {
  const out: Attribution[] = [];
  if (text.indexOf('(@') < 0) return out;
  const instagram = instagramSpans(text);
  HANDLE_TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HANDLE_TOKEN_RE.exec(text)) && out.length < MAX_ATTRIBUTIONS) {
    const handle = m[1]!;
    const tokenStart = m.index;
    const tokenEnd = m.index + m[0].length;
    const shared = instagram.get(tokenStart);
    if (shared) {
      const after = text.slice(tokenEnd, tokenEnd + 60);
      const on = /^\s{0,3}(?:on|am|el|le|il|em|op)\s{1,3}/.exec(after);
      const date = on ? dateAtStart(after.slice(on[0].length)) : null;
      out.push({
        platform: 'instagram',
        handle: `@${handle}`,
        author: cleanName(shared.name),
        date,
        start: shared.start,
        end: tokenEnd,
        line: text.slice(shared.start, tokenEnd),
      });
      continue;
    }
    const platform = platformOfTextHandle(handle);
    if (!platform) continue;
    const windowStart = Math.max(0, tokenStart - NAME_WINDOW);
    const window = text.slice(windowStart, tokenStart);
    const dash = dashBefore(window);
    if (dash < 0) continue;
    const after = text.slice(tokenEnd, tokenEnd + 60);
    const date = dateAtStart(after);
    const shortLinkBefore = /(?:t\.co|pic\.(?:twitter|x)\.com)\/[A-Za-z0-9]{4,20}\s{0,3}$/.test(window.slice(0, dash));
    // Without a date the line must at least follow a link the post carried.
    if (!date && !shortLinkBefore) continue;
    let end = tokenEnd;
    if (date) {
      const dm = /^\s{0,3}\S[^\n]{0,58}?\d{4}/.exec(after);
      end = dm ? tokenEnd + dm[0].length : tokenEnd;
    }
    const start = windowStart + dash;
    out.push({
      platform,
      handle: `@${handle}`,
      author: cleanName(window.slice(dash + 1).replace(/^-/, '')),
      date,
      start,
      end,
      line: squish(text.slice(start, end)),
    });
  }
  return out;
}

const INSTAGRAM_SHARED_RE = new RegExp(TEXT_SIGNATURES.instagramShared.source, 'g');

/** Instagram "A post shared by Name (@handle)" spans, keyed by the index of "(@". */
function instagramSpans(text: string): Map<number, { start: number; name: string }> {
  const out = new Map<number, { start: number; name: string }>();
  if (text.length > 2_000_000) return out;
  const re = INSTAGRAM_SHARED_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && out.size < MAX_ATTRIBUTIONS) {
    const at = m.index + m[0].lastIndexOf('(@');
    out.set(at, { start: m.index, name: m[1] ?? '' });
  }
  return out;
}

const SHORT_LINK_RE = new RegExp(TEXT_SIGNATURES.xShortLinks.source, 'g');
const SENTENCE_END_RE = /[.!?…]["”’)]?\s/g;

/**
 * Posts written out as plain text in `text` (one block of the article). When the attribution line
 * stands alone in its block (the post's words were a paragraph of their own), `previous` — the
 * block before it — holds the post's words.
 */
export function postsInText(text: string, previous = ''): TextPost[] {
  const out: TextPost[] = [];
  let prevEnd = 0;
  for (const a of findAttributions(text)) {
    const from = Math.max(prevEnd, a.start - POST_WINDOW);
    let body = text.slice(from, a.start);
    if (out.length === 0 && !body.trim() && previous) body = previous.slice(-POST_WINDOW);
    // The window may begin inside the publisher's own sentence: start after its end.
    if (from === a.start - POST_WINDOW && from > prevEnd) {
      SENTENCE_END_RE.lastIndex = 0;
      const cut = SENTENCE_END_RE.exec(body);
      if (cut && cut.index < body.length - 20) body = body.slice(cut.index + cut[0].length);
    }
    let shortLink: string | null = null;
    let tco: string | null = null;
    SHORT_LINK_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SHORT_LINK_RE.exec(body))) {
      const link = m[0].replace(/^https?:\/\//, '');
      if (link.startsWith('t.co/')) tco = `https://${link}`;
      else if (!shortLink) shortLink = `https://${link}`;
    }
    const plain = squish(body.replace(SHORT_LINK_RE, ' '));
    out.push({ ...a, text: plain ? clip(plain, 200) : null, shortLink: a.platform === 'x' ? (tco ?? shortLink) : null });
    prevEnd = a.end;
  }
  return out;
}
