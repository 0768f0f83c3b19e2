// The popup's wiring: which tab, its state from the background (polled while analysing), and the
// actions (copy, open in a tab, switch a site off or on, retry). Rendering is PopupView's job.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView, type CopyFormat, type CopyStatus } from '../../components/popup/PopupView';
import type { PageToBackground, TabState, ToContent } from '../../utils/messages';
import { reportToJson, reportToMarkdown } from '../../utils/report-format';
import { disableSite, enableSite } from '../../utils/settings';
import { unsupportedReason } from '../../components/popup/unsupported';
import { isTabState } from '../../utils/tab-state';

const POLL_MS = 500;
/** With no answer at all for this long, the tab has no content script (a page we cannot read). */
const NO_ANSWER_MS = 2000;
/** How long an old state may linger in the background after asking the page to start again. */
const STALE_MS = 5000;

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
      /* the tab is gone; the background will have nothing either */
    }
    return { id: fromUrl, url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id != null ? { id: tab.id, url: tab.url } : null;
}

// Both calls reject (or, in some implementations, throw) when nobody listens: that is "no answer".
async function send(message: PageToBackground): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    return null;
  }
}

async function toContent(tabId: number, message: ToContent): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    return null;
  }
}

export function App() {
  const inTab = tabIdFromLocation(location.search) != null;
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [state, setState] = useState<TabState | null>(null);
  const [copyStatus, setCopyStatus] = useState<CopyStatus>(null);
  const [shownOnPage, setShownOnPage] = useState<number | null>(null);
  const pollStart = useRef(Date.now());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const tabUrl = useRef<string | undefined>(undefined);

  const poll = useCallback(async (id: number) => {
    clearTimeout(timer.current);
    let answer = await send({ type: 'creditline/get-state', tabId: id });
    // Nothing known in the background yet (a tab loaded before the extension): ask the page itself.
    if (!isTabState(answer)) answer = await toContent(id, { type: 'creditline/get-report' });
    if (!isTabState(answer)) {
      const reason = unsupportedReason(tabUrl.current);
      if (reason) return setState({ kind: 'unsupported', reason });
    }
    const stale = isTabState(answer) && answer.kind === staleKind.current && Date.now() - pollStart.current < STALE_MS;
    if (isTabState(answer) && !stale) {
      staleKind.current = null;
      setState(answer);
      if (answer.kind !== 'analysing') return;
    } else if (stale) {
      // The page has not reported since "switch on" / "try again": keep showing "Analysing…".
    } else if (Date.now() - pollStart.current > NO_ANSWER_MS) {
      setState({ kind: 'unsupported', reason: 'no-access' });
      return;
    }
    timer.current = setTimeout(() => void poll(id), POLL_MS);
  }, []);

  /** After "switch on" or "try again", the state that is about to be replaced (disabled, failed). */
  const staleKind = useRef<TabState['kind'] | null>(null);

  const restart = useCallback(
    (id: number, replacing: TabState['kind']) => {
      staleKind.current = replacing;
      pollStart.current = Date.now();
      setState({ kind: 'analysing', url: '' });
      void poll(id);
    },
    [poll],
  );

  useEffect(() => {
    void currentTab().then((tab) => {
      setTabId(tab?.id ?? null);
      tabUrl.current = tab?.url;
      if (tab) void poll(tab.id);
    });
    return () => clearTimeout(timer.current);
  }, [poll]);

  // Start reading (and tabbing) at the report rather than on the first button in the header, which
  // browsers would otherwise focus, ring and all, when the popup opens.
  useEffect(() => {
    document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    const headline = state?.kind === 'done' ? state.report.headline : null;
    document.title = headline ? `Creditline — ${headline}` : 'Creditline';
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
        if (tabId == null) return;
        await send({ type: 'creditline/reanalyse', tabId });
        restart(tabId, 'disabled');
      }}
      onRetry={async () => {
        if (tabId == null) return;
        await send({ type: 'creditline/reanalyse', tabId });
        restart(tabId, 'failed');
      }}
      onShowOnPage={async () => {
        if (tabId == null) return;
        const found = await toContent(tabId, { type: 'creditline/show-on-page' });
        setShownOnPage(typeof found === 'number' ? found : 0);
        if (!inTab && typeof found === 'number' && found > 0) window.close();
      }}
      shownOnPage={shownOnPage}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
