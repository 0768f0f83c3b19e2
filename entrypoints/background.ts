// Keeps each tab's state (from its content script) in storage.session, paints the toolbar button per
// tab and passes the popup's "analyze again" on to the page. Makes no network request. Every message
// passes its sender rule (utils/messages.ts) before it is read.
import { browser } from 'wxt/browser';
import { listen, sendToTab, TO_BACKGROUND, type TabState } from '../utils/messages';
import { chooseLanguage } from '../utils/presentation';
import { toolbarView } from '../utils/report-summary';
import { getSettings, watchSettings } from '../utils/settings';
import { correctedReport, getCorrection, watchCorrections } from '../utils/corrections';
import { addDismissed, forgetTabState, getTabState, isDismissed, removeDismissed, setTabState } from '../utils/tab-state';
import { memoryHandlers, storyMemoryService } from '../utils/story-memory/service';

export default defineBackground(() => {
  // MV3 has `action`, Firefox MV2 `browserAction`; both take the same calls.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  // The toolbar's title speaks the language chosen in the options page (the browser's by default).
  void getSettings().then((s) => chooseLanguage(s.language));
  watchSettings((s) => void chooseLanguage(s.language));

  async function paint(tabId: number, state: TabState | null) {
    // A page the reader corrected shows their verdict on the toolbar (the popup shows both).
    const report = state?.kind === 'done' || state?.kind === 'not-article' ? state.report : null;
    const correction = report && state && 'url' in state ? await getCorrection(state.url).catch(() => null) : null;
    const view = toolbarView(
      correction && report && state && 'url' in state ? { kind: 'done', url: state.url, report: correctedReport(report, correction) } : state,
    );
    try {
      await action.setBadgeText({ tabId, text: view.text });
      await action.setBadgeBackgroundColor({ tabId, color: view.color });
      await action.setTitle({ tabId, title: view.title });
      await action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    } catch {
      /* the tab closed meanwhile */
    }
  }

  // Changes to a tab's state run one at a time, in the order they arrive: "store the page's answer
  // unless the page already sent a state" must not interleave with a state the page sends meanwhile.
  const queues = new Map<number, Promise<unknown>>();
  function inTurn<T>(tabId: number, task: () => Promise<T>): Promise<T> {
    const turn = (queues.get(tabId) ?? Promise.resolve()).catch(() => undefined).then(task);
    queues.set(tabId, turn);
    const done = () => {
      if (queues.get(tabId) === turn) queues.delete(tabId);
    };
    turn.then(done, done);
    return turn;
  }

  async function setState(tabId: number, state: TabState) {
    try {
      await setTabState(tabId, state);
    } finally {
      // The toolbar tells the state even when storage refused it (the popup then asks the page).
      await paint(tabId, state);
    }
  }

  async function forget(tabId: number) {
    await forgetTabState(tabId);
    await paint(tabId, null);
  }

  // The story memory: one store for all tabs, written here only (utils/story-memory/service.ts).
  const memory = storyMemoryService();

  listen(TO_BACKGROUND, {
    'creditline/state': async ({ state }, sender) => {
      const tabId = sender.tab!.id!;
      await inTurn(tabId, () => setState(tabId, state));
      await memory.onTabState(state, sender.tab);
      return true as const;
    },
    'creditline/dismiss': async ({ url }) => {
      await addDismissed(url);
      return true as const;
    },
    'creditline/is-dismissed': ({ url }) => isDismissed(url),
    'creditline/undismiss': async ({ url }) => {
      await removeDismissed(url);
      return true as const;
    },
    // The extension's own file (no network): an empty catalogue leaves the browser's language.
    'creditline/catalogue': async ({ lang }) => {
      try {
        const res = await fetch((browser.runtime.getURL as (path: string) => string)(`/_locales/${lang}/messages.json`));
        const messages: unknown = res.ok ? await res.json() : null;
        return messages && typeof messages === 'object' && !Array.isArray(messages) ? (messages as Record<string, unknown>) : {};
      } catch {
        return {};
      }
    },
    'creditline/reanalyze': async ({ tabId }) => (await sendToTab(tabId, 'creditline/reanalyze')) === true,
    ...memoryHandlers(memory),
  });

  // A correction saved or removed in the popup repaints the tabs showing that page.
  watchCorrections(async () => {
    for (const tab of await browser.tabs.query({}).catch(() => [])) {
      if (typeof tab.id !== 'number') continue;
      const id = tab.id;
      void inTurn(id, async () => {
        const state = await getTabState(id);
        if (state?.kind === 'done' || state?.kind === 'not-article') await paint(id, state);
      });
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void inTurn(tabId, () => forgetTabState(tabId)));

  // When a tab finishes loading, ask its page: our content script (it runs at document_idle, before
  // "complete") answers for the current document. No answer means a page we do not run on, so the old
  // document's state is forgotten. An answer never overwrites a state the script already sent: the
  // script's own messages are newer.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status !== 'complete') return;
    void sendToTab(tabId, 'creditline/get-report').then((state) =>
      inTurn(tabId, async () => {
        if (!state) return forget(tabId);
        if (!(await getTabState(tabId))) await setState(tabId, state);
      }),
    );
  });
});
