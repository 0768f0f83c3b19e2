// Typed messages between the extension's contexts, one union per direction. Every receiver checks
// the sender (our own extension id, and a tab for content-script messages) before acting.
import type { Report } from '../lib/report';

/** What the background keeps per tab and hands to the popup. */
export type TabState =
  | { kind: 'unsupported'; reason: string }
  | { kind: 'disabled'; host: string }
  | { kind: 'analysing'; url: string }
  | { kind: 'not-article'; url: string; report: Report | null }
  | { kind: 'done'; url: string; report: Report }
  | { kind: 'failed'; url: string; error: string };

/** content script → background */
export type ContentToBackground =
  | { type: 'creditline/state'; state: TabState }
  /** The reader closed the inline badge on this page (kept for the browser session, never on disk). */
  | { type: 'creditline/dismiss'; url: string }
  /** Was the badge closed on this page during this browser session? → boolean */
  | { type: 'creditline/is-dismissed'; url: string };

/** popup / options → background */
export type PageToBackground =
  | { type: 'creditline/get-state'; tabId: number }
  | { type: 'creditline/reanalyse'; tabId: number };

/** background / popup → content script (tabs.sendMessage) */
export type ToContent =
  | { type: 'creditline/get-report' }
  | { type: 'creditline/show-on-page' }
  | { type: 'creditline/reanalyse' };

// Replies (the in-page half answers these; the popup can rely on them):
// - 'creditline/get-state' (to background) → TabState | null (null: nothing known about that tab yet).
// - 'creditline/reanalyse' (to background) → true when the tab's content script was asked to run again.
// - 'creditline/get-report' (to content)   → TabState (the content script's latest state for its page).
// - 'creditline/show-on-page' (to content) → number of places highlighted on the page (0: none found).
// - 'creditline/reanalyse' (to content)    → true.

const TYPES = new Set([
  'creditline/state',
  'creditline/dismiss',
  'creditline/is-dismissed',
  'creditline/get-state',
  'creditline/reanalyse',
  'creditline/get-report',
  'creditline/show-on-page',
]);

/** A message of ours, by shape only: receivers still check who sent it. */
export function isCreditlineMessage(msg: unknown): msg is { type: string } {
  return !!msg && typeof msg === 'object' && TYPES.has((msg as { type?: unknown }).type as string);
}

/** The tab a popup/options message is about: a non-negative integer or null. */
export function tabIdOf(msg: unknown): number | null {
  const id = (msg as { tabId?: unknown } | null)?.tabId;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
}
