// Keeps each tab's state (from its content script), paints the toolbar button per tab and answers the
// popup. Makes no network request. Every message is checked: it must come from this extension, and
// page states from the top frame of a tab.
import { browser, type Browser } from 'wxt/browser';
import { isCreditlineMessage, tabIdOf, type TabState } from '../utils/messages';
import { toolbarView } from '../utils/report-summary';
import { createDismissedPages, createTabStore, isTabState } from '../utils/tab-state';

type Sender = Browser.runtime.MessageSender;

export default defineBackground(() => {
  const store = createTabStore();
  const dismissed = createDismissedPages();
  // MV3 has `action`, Firefox MV2 `browserAction`; both take the same calls.
  const action = (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction);

  async function paint(tabId: number, state: TabState | null) {
    const view = toolbarView(state);
    try {
      await action.setBadgeText({ tabId, text: view.text });
      await action.setBadgeBackgroundColor({ tabId, color: view.colour });
      await action.setTitle({ tabId, title: view.title });
      await action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    } catch {
      /* the tab closed meanwhile */
    }
  }

  async function setState(tabId: number, state: TabState) {
    await store.set(tabId, state);
    await paint(tabId, state);
  }

  const fromExtensionPage = (sender: Sender) =>
    sender.id === browser.runtime.id && (!sender.tab || (sender.url ?? '').startsWith(browser.runtime.getURL('/')));

  browser.runtime.onMessage.addListener((msg: unknown, sender: Sender) => {
    if (sender.id !== browser.runtime.id || !isCreditlineMessage(msg)) return undefined;
    switch (msg.type) {
      case 'creditline/state': {
        const tabId = sender.tab?.id;
        const state = (msg as { state?: unknown }).state;
        if (tabId == null || tabId < 0 || sender.frameId !== 0 || !isTabState(state)) return undefined;
        return setState(tabId, state).then(() => true);
      }
      case 'creditline/dismiss':
      case 'creditline/is-dismissed': {
        const url = (msg as { url?: unknown }).url;
        if (sender.tab?.id == null || typeof url !== 'string' || url.length > 4096) return undefined;
        const page = url.split('#')[0]!;
        return msg.type === 'creditline/dismiss' ? dismissed.add(page).then(() => true) : dismissed.has(page);
      }
      case 'creditline/get-state': {
        const tabId = tabIdOf(msg);
        if (!fromExtensionPage(sender) || tabId == null) return undefined;
        return store.get(tabId);
      }
      case 'creditline/reanalyse': {
        const tabId = tabIdOf(msg);
        if (!fromExtensionPage(sender) || tabId == null) return undefined;
        return browser.tabs.sendMessage(tabId, { type: 'creditline/reanalyse' }).then(
          () => true,
          () => false,
        );
      }
      default:
        return undefined;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void store.delete(tabId));

  // When a tab finishes loading, ask its page: our content script (it runs at document_idle, before
  // "complete") answers for the current document. No answer means a page we do not run on, so the old
  // document's state is forgotten. An answer never overwrites a state the script already sent: the
  // script's own messages are newer.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status !== 'complete') return;
    browser.tabs.sendMessage(tabId, { type: 'creditline/get-report' }).then(
      async (state: unknown) => {
        if (isTabState(state) && !(await store.get(tabId))) await setState(tabId, state);
      },
      () => forget(tabId),
    );
  });

  async function forget(tabId: number) {
    await store.delete(tabId);
    await paint(tabId, null);
  }
});
