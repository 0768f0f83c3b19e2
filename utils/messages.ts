// The messages between the extension's contexts, in one table per receiver: for each message, who may
// send it, how its payload is read and what its reply is. Receivers get a typed payload only after the
// sender rule and the payload check pass; anything else is ignored without an answer. Replies go
// through sendResponse (Chrome ignores a listener's returned promise), and are checked on arrival too.
import { browser, type Browser } from 'wxt/browser';
import type { Report } from '../lib/report';
import { isUiLanguage } from './presentation/languages';
import { copiesQuery, importReply, MAX_IMPORT_CHARS, markKeys, marksReply, memoryUsage, seenCopies } from './story-memory/wire';

/** What the background keeps per tab (in storage.session) and the popup shows. */
export type TabState =
  | { kind: 'unsupported'; reason: string }
  | { kind: 'disabled'; host: string }
  | { kind: 'analyzing'; url: string }
  | { kind: 'not-article'; url: string; report: Report | null }
  | { kind: 'done'; url: string; report: Report }
  | { kind: 'failed'; url: string; error: string };

type Fields = Record<string, unknown>;
const isObject = (v: unknown): v is Fields => !!v && typeof v === 'object' && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

/** Shape check for a state from a content script (a page's renderer is not trusted with our storage). */
export function isTabState(value: unknown): value is TabState {
  if (!isObject(value)) return false;
  switch (value.kind) {
    case 'unsupported':
      return isString(value.reason);
    case 'disabled':
      return isString(value.host);
    case 'analyzing':
      return isString(value.url);
    case 'not-article':
      return isString(value.url) && (value.report === null || isObject(value.report));
    case 'done':
      return isString(value.url) && isObject(value.report);
    case 'failed':
      return isString(value.url) && isString(value.error);
    default:
      return false;
  }
}

export type Sender = Browser.runtime.MessageSender;

/**
 * Who may send a message. Every rule first asks for our own extension id.
 * - `top-frame`: a tab's top frame, where our content script runs (it reports on that tab's page).
 * - `tab`: any tab (a content script, or one of our pages opened in a tab).
 * - `extension-page`: the background, the popup or the options page: no tab at all, or a tab showing
 *   one of our own pages. A content script always has a tab and a web page's address.
 */
export type SenderRule = 'top-frame' | 'tab' | 'extension-page';

export function senderMatches(rule: SenderRule, sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  const tabId = sender.tab?.id;
  const inTab = typeof tabId === 'number' && tabId >= 0;
  switch (rule) {
    case 'top-frame':
      return inTab && sender.frameId === 0;
    case 'tab':
      return inTab;
    case 'extension-page':
      return !sender.tab || (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
  }
}

interface Spec<P, R> {
  from: SenderRule;
  /** The typed payload, or null when the message is malformed (it is then ignored). */
  payload(message: Fields): P | null;
  /** The typed reply, or null when the answer is not one (treated as no answer). */
  reply(answer: unknown): R | null;
}

const spec = <P, R>(s: Spec<P, R>) => s;
const nothing = (): Record<never, never> => ({});
const isTrue = (v: unknown): true | null => (v === true ? true : null);
const aBoolean = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);
/** A page address from a content script: a string of sane length. */
const pageUrl = (m: Fields) => (isString(m.url) && m.url.length <= 4096 ? { url: m.url } : null);
/** The tab a popup or options page message is about: a non-negative integer. */
const aboutTab = (m: Fields) => (typeof m.tabId === 'number' && Number.isInteger(m.tabId) && m.tabId >= 0 ? { tabId: m.tabId } : null);

export interface PhrasePreview {
  url: string;
  /** False when the phrase names sites and this page is on none of them. */
  applies: boolean;
  /** The sentences where the phrase occurs as whole words, in page order (at most PREVIEW_MAX). */
  sentences: string[];
}
export const PREVIEW_MAX = 5;
/** A phrase to preview: plain text of sane length and at most 20 host names (the settings' own limits are checked on save). */
function phrasePreviewRequest(m: Fields): { phrase: string; sites: string[] } | null {
  if (!isString(m.phrase) || m.phrase.length > 400 || !Array.isArray(m.sites) || m.sites.length > 20) return null;
  return m.sites.every((h) => isString(h) && h.length <= 253) ? { phrase: m.phrase, sites: m.sites as string[] } : null;
}
function phrasePreviewReply(v: unknown): PhrasePreview | null {
  if (!isObject(v) || !isString(v.url) || typeof v.applies !== 'boolean' || !Array.isArray(v.sentences)) return null;
  const sentences = v.sentences.filter(isString).slice(0, PREVIEW_MAX);
  return { url: v.url, applies: v.applies, sentences };
}

/** Messages the background receives. */
export const TO_BACKGROUND = {
  /** The content script's state for its page. → true once stored. */
  'creditline/state': spec({
    from: 'top-frame',
    payload: (m) => (isTabState(m.state) ? { state: m.state } : null),
    reply: isTrue,
  }),
  /** The reader closed the inline badge on this page (kept for the browser session, never on disk). → true */
  'creditline/dismiss': spec({ from: 'tab', payload: pageUrl, reply: isTrue }),
  /** Was the badge closed on this page during this browser session? */
  'creditline/is-dismissed': spec({ from: 'tab', payload: pageUrl, reply: aBoolean }),
  /** The reader brought the badge back on this page (from the popup, through the page's content script). → true */
  'creditline/undismiss': spec({ from: 'top-frame', payload: pageUrl, reply: isTrue }),
  /**
   * The bundled catalogue of the language chosen in the options page, for the inline badge (a content
   * script cannot read the extension's files without making them readable to every page). → the
   * catalogue's messages, or null.
   */
  'creditline/catalogue': spec({ from: 'top-frame', payload: (m) => (isUiLanguage(m.lang) ? { lang: m.lang } : null), reply: (v) => (isObject(v) ? v : null) }),
  /** Analyze the tab's page again (popup: "Try again", "Switch on again"). → whether the page was asked. */
  'creditline/reanalyze': spec({ from: 'extension-page', payload: aboutTab, reply: aBoolean }),
  // The story memory (utils/story-memory/service.ts).
  /** The card: the other copies of this page's story that the reader has met. → SeenCopy[] */
  'creditline/copies-here': spec({ from: 'top-frame', payload: copiesQuery, reply: seenCopies }),
  /** The popup: the same for the report it shows. → SeenCopy[] */
  'creditline/copies': spec({ from: 'extension-page', payload: copiesQuery, reply: seenCopies }),
  /** Link marks: which of these story keys are in the memory, each with its status and label. */
  'creditline/marks': spec({ from: 'top-frame', payload: (m) => (markKeys(m.keys) ? { keys: m.keys as string[] } : null), reply: marksReply }),
  /** The options page: how many stories are kept, in how many bytes, and whether the memory is paused. */
  'creditline/memory-usage': spec({ from: 'extension-page', payload: nothing, reply: memoryUsage }),
  'creditline/memory-pause': spec({
    from: 'extension-page',
    payload: (m) => (typeof m.paused === 'boolean' ? { paused: m.paused } : null),
    reply: memoryUsage,
  }),
  /** Forget one site and its subdomains. → how many stories were forgotten. */
  'creditline/memory-forget-site': spec({
    from: 'extension-page',
    payload: (m) => (isString(m.site) && m.site.length <= 253 ? { site: m.site } : null),
    reply: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null),
  }),
  'creditline/memory-forget-all': spec({ from: 'extension-page', payload: nothing, reply: isTrue }),
  /** Every stored story as one JSON document. */
  'creditline/memory-export': spec({ from: 'extension-page', payload: nothing, reply: (v) => (isString(v) ? v : null) }),
  /** Adds an exported file's stories; a malformed file changes nothing ({ ok: false }). */
  'creditline/memory-import': spec({
    from: 'extension-page',
    payload: (m) => (isString(m.text) && m.text.length <= MAX_IMPORT_CHARS ? { text: m.text } : null),
    reply: importReply,
  }),
};

/** Messages the content script receives (tabs.sendMessage from the background or the popup). */
export const TO_CONTENT = {
  /** The content script's latest state for its page. */
  'creditline/get-report': spec({ from: 'extension-page', payload: nothing, reply: (v) => (isTabState(v) ? v : null) }),
  /** Highlight the evidence on the page. → the number of places marked (0: none found). */
  'creditline/show-on-page': spec({
    from: 'extension-page',
    payload: nothing,
    reply: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null),
  }),
  /** Analyze the page again. → true */
  'creditline/reanalyze': spec({ from: 'extension-page', payload: nothing, reply: isTrue }),
  /** Did the reader close the badge on this page (a badge the settings would show)? */
  'creditline/badge-dismissed': spec({ from: 'extension-page', payload: nothing, reply: aBoolean }),
  /** Bring the closed badge back on this page. → true once asked */
  'creditline/restore-badge': spec({ from: 'extension-page', payload: nothing, reply: isTrue }),
  /**
   * The options page's live preview of one of the reader's phrases: the sentences of this page it
   * matches, as text. → the page's address, whether the phrase's sites include it, and the sentences.
   */
  'creditline/preview-phrase': spec({ from: 'extension-page', payload: phrasePreviewRequest, reply: phrasePreviewReply }),
};

type Table = Record<string, Spec<any, any>>;
export type PayloadOf<S> = S extends Spec<infer P, any> ? P : never;
export type ReplyOf<S> = S extends Spec<any, infer R> ? R : never;

export type Handlers<T extends Table> = {
  [K in keyof T]: (payload: PayloadOf<T[K]>, sender: Sender) => ReplyOf<T[K]> | Promise<ReplyOf<T[K]>>;
};

/**
 * Listens for the messages of one table. A message that is not in it, fails its sender rule or has
 * a malformed payload gets no answer. Returns the function that stops listening.
 */
export function listen<T extends Table>(table: T, handlers: Handlers<T>): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (answer?: unknown) => void): boolean => {
    if (!isObject(message) || !isString(message.type) || !Object.hasOwn(table, message.type)) return false;
    const type = message.type as keyof T & string;
    const { from, payload: read } = table[type]!;
    if (!senderMatches(from, sender)) return false;
    const payload = read(message);
    if (payload === null) return false;
    Promise.resolve()
      .then(() => handlers[type](payload, sender))
      .then(sendResponse, () => sendResponse(undefined));
    // Keeps the channel open for the asynchronous answer.
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Sends to the background; null when nobody answered or the answer was not the message's reply. */
export async function sendToBackground<K extends keyof typeof TO_BACKGROUND>(
  type: K,
  payload: PayloadOf<(typeof TO_BACKGROUND)[K]>,
): Promise<ReplyOf<(typeof TO_BACKGROUND)[K]> | null> {
  try {
    return TO_BACKGROUND[type].reply(await browser.runtime.sendMessage({ ...payload, type })) as ReplyOf<(typeof TO_BACKGROUND)[K]> | null;
  } catch {
    // No listener (the background is restarting) rejects, or in some implementations throws.
    return null;
  }
}

/** Asks a tab's content script; null when it did not answer (no content script there) or answered wrongly. */
export async function sendToTab<K extends keyof typeof TO_CONTENT>(
  tabId: number,
  type: K,
  payload?: PayloadOf<(typeof TO_CONTENT)[K]>,
): Promise<ReplyOf<(typeof TO_CONTENT)[K]> | null> {
  try {
    return TO_CONTENT[type].reply(await browser.tabs.sendMessage(tabId, { ...payload, type })) as ReplyOf<(typeof TO_CONTENT)[K]> | null;
  } catch {
    return null;
  }
}
