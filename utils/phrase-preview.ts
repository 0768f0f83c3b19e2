// The options page's live preview of a phrase: which tab to ask (the one the reader was last on, among
// the tabs our content script runs in) and the question itself. The tab answers with text only.
import { browser } from 'wxt/browser';
import { sendToTab, type PhrasePreview } from './messages';
import { getTabState } from './tab-state';

export interface PreviewTab {
  tabId: number;
  url: string;
}

/** Tabs looked at, most recently used first: the reader means one of the last few. */
const CANDIDATES = 10;

/**
 * The tab the reader was last on, other than the options page itself, that holds a page our content
 * script answers for (its state in storage.session names the page); null when there is none.
 */
export async function findPreviewTab(): Promise<PreviewTab | null> {
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  const tabs = await browser.tabs.query({}).catch(() => []);
  const recent = tabs
    .filter((t) => typeof t.id === 'number' && t.id !== own?.id)
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0) || Number(b.active) - Number(a.active))
    .slice(0, CANDIDATES);
  for (const tab of recent) {
    const state = await getTabState(tab.id!).catch(() => null);
    if (state && 'url' in state && state.url) return { tabId: tab.id!, url: state.url };
  }
  return null;
}

/** What the phrase matches on that tab's page, or null when the page did not answer. */
export function previewOnTab(tabId: number, phrase: string, sites: string[]): Promise<PhrasePreview | null> {
  return sendToTab(tabId, 'creditline/preview-phrase', { phrase, sites });
}
