// The popup's wiring: which tab, its state (read from storage.session, then watched there), and the
// actions (copy, open in a tab, switch a site off or on, retry). Rendering is PopupView's job.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView, type CopyFormat, type CopyStatus } from '../../components/popup/PopupView';
import { sendToBackground, sendToTab, type TabState } from '../../utils/messages';
import { i18n } from '../../utils/presentation';
import { reportToJson, reportToMarkdown } from '../../utils/report-format';
import { disableSite, enableSite } from '../../utils/settings';
import { noAccessReason, unsupportedReason } from '../../components/popup/unsupported';
import { getTabState, watchTabState } from '../../utils/tab-state';

/** With no state at all for this long, the tab has no content script (a page we cannot read). */
export const NO_ANSWER_MS = 2000;

export function tabIdFromLocation(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (!raw || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}

interface TabInfo {
  id: number;
  /** Only present for pages the extension may read (its content-script matches). */
  url: string | undefined;
}

async function currentTab(): Promise<TabInfo | null> {
  const fromUrl = tabIdFromLocation(location.search);
  if (fromUrl != null) {
    let url: string | undefined;
    try {
      url = (await browser.tabs.get(fromUrl)).url;
    } catch {
      /* the tab is gone; there is no state for it either */
    }
    return { id: fromUrl, url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id != null ? { id: tab.id, url: tab.url } : null;
}

export function App() {
  const inTab = tabIdFromLocation(location.search) != null;
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [state, setState] = useState<TabState | null>(null);
  const [copyStatus, setCopyStatus] = useState<CopyStatus>(null);
  const [shownOnPage, setShownOnPage] = useState<number | null>(null);
  const [badge, setBadge] = useState<'dismissed' | 'restored' | null>(null);

  useEffect(() => {
    let closed = false;
    let changed = false;
    let unwatch = () => {};
    let noAnswer: ReturnType<typeof setTimeout> | undefined;
    const show = (next: TabState) => {
      clearTimeout(noAnswer);
      setState(next);
    };
    void currentTab().then(async (tab) => {
      if (closed) return;
      setTabId(tab?.id ?? null);
      if (!tab) return;
      // Every state the content script sends from now on (the background stores it).
      unwatch = watchTabState(tab.id, (next) => {
        changed = true;
        if (next) show(next);
      });
      // What is known already; when the background has nothing (a tab loaded before the extension),
      // the page itself.
      const known = (await getTabState(tab.id).catch(() => null)) ?? (await sendToTab(tab.id, 'creditline/get-report'));
      if (closed || changed) return;
      if (known) return show(known);
      const reason = unsupportedReason(tab.url);
      if (reason) return show({ kind: 'unsupported', reason });
      noAnswer = setTimeout(
        () =>
          void noAccessReason(import.meta.env.BROWSER, browser.extension).then((reason) => {
            if (!closed && !changed) setState({ kind: 'unsupported', reason });
          }),
        NO_ANSWER_MS,
      );
    });
    return () => {
      closed = true;
      unwatch();
      clearTimeout(noAnswer);
    };
  }, []);

  /** "Switch on again" and "Try again": the page starts over; its new states arrive through the watch. */
  const analyzeAgain = async (id: number) => {
    setState({ kind: 'analyzing', url: '' });
    if (await sendToBackground('creditline/reanalyze', { tabId: id })) return;
    // The page could not be asked (it has no content script any more): back to what is known.
    const known = await getTabState(id).catch(() => null);
    if (known) setState(known);
  };

  // Start reading (and tabbing) at the report rather than on the first button in the header, which
  // browsers would otherwise focus, ring and all, when the popup opens.
  useEffect(() => {
    document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
  }, []);

  // Whether the reader closed this page's badge, asked of the page once its report is there.
  const done = state?.kind === 'done';
  useEffect(() => {
    if (!done || tabId == null || badge === 'restored') return;
    void sendToTab(tabId, 'creditline/badge-dismissed').then((closed) => setBadge(closed ? 'dismissed' : null));
  }, [done, tabId]);

  useEffect(() => {
    const headline = state?.kind === 'done' ? state.report.headline : null;
    document.title = headline ? i18n.t('popup.docTitle', [headline]) : i18n.t('popup.title');
  }, [state]);

  const onCopy = async (format: CopyFormat) => {
    if (state?.kind !== 'done') return;
    const text = format === 'json' ? reportToJson(state.report) : reportToMarkdown(state.report);
    try {
      await navigator.clipboard.writeText(text);
      setCopyStatus({ format, ok: true });
    } catch {
      setCopyStatus({ format, ok: false });
    }
    setTimeout(() => setCopyStatus(null), 2000);
  };

  return (
    <PopupView
      state={state}
      noTab={tabId === null}
      inTab={inTab}
      copyStatus={copyStatus}
      onCopy={(f) => void onCopy(f)}
      onOpenInTab={() => {
        if (tabId == null) return;
        void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}` as '/popup.html') });
        if (!inTab) window.close();
      }}
      onSwitchOff={async (host) => {
        if (await disableSite(host)) setState({ kind: 'disabled', host });
      }}
      onSwitchOn={async (host) => {
        await enableSite(host);
        if (tabId != null) await analyzeAgain(tabId);
      }}
      onRetry={async () => {
        if (tabId != null) await analyzeAgain(tabId);
      }}
      onShowOnPage={async () => {
        if (tabId == null) return;
        const found = (await sendToTab(tabId, 'creditline/show-on-page')) ?? 0;
        setShownOnPage(found);
        if (!inTab && found > 0) window.close();
      }}
      shownOnPage={shownOnPage}
      badge={badge}
      onRestoreBadge={async () => {
        if (tabId != null && (await sendToTab(tabId, 'creditline/restore-badge'))) setBadge('restored');
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
