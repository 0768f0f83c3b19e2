// Per-tab state and the pages where the badge was closed, in storage.session: it outlives an MV3
// service worker that the browser stopped, is forgotten when the browser closes, and is never
// written to disk. The background writes; the popup reads and watches its tab's item.
import { storage } from 'wxt/utils/storage';
import { isTabState, type TabState } from './messages';

/** One item per tab (`tab:<id>`, which the browser tests read too). */
const tabItem = (tabId: number) => storage.defineItem<TabState>(`session:tab:${tabId}`);

export async function getTabState(tabId: number): Promise<TabState | null> {
  const stored = await tabItem(tabId).getValue();
  return isTabState(stored) ? stored : null;
}

export function setTabState(tabId: number, state: TabState): Promise<void> {
  return tabItem(tabId).setValue(state);
}

export function forgetTabState(tabId: number): Promise<void> {
  return tabItem(tabId).removeValue();
}

/** Calls back with each new state of the tab (null once it is forgotten). Returns the unwatch function. */
export function watchTabState(tabId: number, callback: (state: TabState | null) => void): () => void {
  return tabItem(tabId).watch((value) => callback(isTabState(value) ? value : null));
}

/** Pages (address without #fragment) where the reader closed the badge, for this browser session. */
const dismissedItem = storage.defineItem<string[]>('session:dismissedPages', { fallback: [] });
export const DISMISSED_MAX = 500;

const pageOf = (url: string) => url.split('#')[0]!;

export async function isDismissed(url: string): Promise<boolean> {
  const list = await dismissedItem.getValue();
  return Array.isArray(list) && list.includes(pageOf(url));
}

/** The reader brought the badge back on this page. */
export function removeDismissed(url: string): Promise<void> {
  const page = pageOf(url);
  adding = adding
    .catch(() => undefined)
    .then(async () => {
      const stored = await dismissedItem.getValue();
      if (Array.isArray(stored) && stored.includes(page)) await dismissedItem.setValue(stored.filter((u) => u !== page));
    });
  return adding;
}

// Adds (and removals) run one after another, so two quick changes cannot overwrite each other's list.
let adding: Promise<void> = Promise.resolve();

export function addDismissed(url: string): Promise<void> {
  const page = pageOf(url);
  adding = adding
    .catch(() => undefined)
    .then(async () => {
      const stored = await dismissedItem.getValue();
      const list = Array.isArray(stored) ? stored.filter((u): u is string => typeof u === 'string' && u !== page) : [];
      await dismissedItem.setValue([...list, page].slice(-DISMISSED_MAX));
    });
  return adding;
}
