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
  | { type: 'creditline/state'; state: TabState };

/** popup / options → background */
export type PageToBackground =
  | { type: 'creditline/get-state'; tabId: number }
  | { type: 'creditline/reanalyse'; tabId: number };

/** background / popup → content script (tabs.sendMessage) */
export type ToContent =
  | { type: 'creditline/get-report' }
  | { type: 'creditline/show-on-page' }
  | { type: 'creditline/reanalyse' };
