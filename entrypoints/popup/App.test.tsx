// The popup on the fake browser: it reads its tab's state from storage.session and follows it there
// (no polling: it reads once, then only listens), falls back to asking the page, gives up on a tab that
// never answers, and its actions reach the settings, the background and the page. Timers are fake.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, NO_ANSWER_MS, tabIdFromLocation } from './App';
import type { TabState } from '../../utils/messages';
import { getSettings, resetSettingsItemForTests } from '../../utils/settings';
import { setTabState } from '../../utils/tab-state';
import { SEED_ID, engineReport } from '../../tests/extension/fixtures';
import { getMessage, resetBrowser } from '../../tests/extension/i18n';
import { click, mount, unmountAll } from '../../tests/extension/render';

const TAB = 7;
const URL_A = 'https://news.example.com/a';
const report = engineReport(SEED_ID);
const DONE: TabState = { kind: 'done', url: URL_A, report };
const NOT_ON_PAGE = getMessage('popup_notOnPage');

let toBackground: unknown[];
let toPage: { tabId: number; message: unknown }[];
let pageAnswer: (message: { type: string }) => unknown;

/** Runs every pending promise (fake storage and messages are in memory), with Preact's updates. */
async function drain(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(() => new Promise<void>((resolve) => setImmediate(resolve)));
}

const stateShown = (root: HTMLElement) => root.querySelector('[data-state]')?.getAttribute('data-state') ?? null;
const statusShown = (root: HTMLElement) => root.querySelector('.cl-status')?.getAttribute('data-status') ?? null;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  resetBrowser();
  resetSettingsItemForTests();
  toBackground = [];
  toPage = [];
  pageAnswer = () => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  };
  history.replaceState(null, '', `/popup.html?tabId=${TAB}`);
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    toBackground.push(message);
    return Promise.resolve(true);
  });
  (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = async (tabId: number, message: { type: string }) => {
    toPage.push({ tabId, message });
    return pageAnswer(message);
  };
});
afterEach(() => {
  unmountAll();
  vi.useRealTimers();
});

describe('popup app', () => {
  it('reads the tab id from ?tabId= and rejects anything else', () => {
    expect(tabIdFromLocation('?tabId=42')).toBe(42);
    expect(tabIdFromLocation('?tabId=-1')).toBeNull();
    expect(tabIdFromLocation('?tabId=1e3')).toBeNull();
    expect(tabIdFromLocation('')).toBeNull();
  });

  it('shows the stored state, then each new one as the background stores it, without polling', async () => {
    await setTabState(TAB, { kind: 'analyzing', url: URL_A });
    const reads = vi.spyOn(fakeBrowser.storage.session, 'get');
    const root = mount(<App />);
    await drain();
    expect(stateShown(root)).toBe('analyzing');
    const readsOnOpen = reads.mock.calls.length;
    expect(readsOnOpen).toBeGreaterThan(0);
    // Waiting reads nothing more and asks nobody: there is no polling.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000);
    });
    expect(reads).toHaveBeenCalledTimes(readsOnOpen);
    expect(toBackground).toEqual([]);
    expect(toPage).toEqual([]);
    await setTabState(TAB, DONE);
    await drain();
    expect(statusShown(root)).toBe(report.status);
  });

  it('follows only its own tab', async () => {
    await setTabState(TAB, { kind: 'analyzing', url: URL_A });
    const root = mount(<App />);
    await drain();
    await setTabState(TAB + 1, DONE);
    await drain();
    expect(stateShown(root)).toBe('analyzing');
  });

  it('asks the page itself when the background knows nothing of the tab (loaded before the extension)', async () => {
    pageAnswer = () => DONE;
    const root = mount(<App />);
    await drain();
    // Then, with a report shown, whether the reader closed the page's badge.
    expect(toPage).toEqual([
      { tabId: TAB, message: { type: 'creditline/get-report' } },
      { tabId: TAB, message: { type: 'creditline/badge-dismissed' } },
    ]);
    expect(statusShown(root)).toBe(report.status);
  });

  it('says at once that a browser page cannot be read', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    history.replaceState(null, '', `/popup.html?tabId=${tab.id}`);
    const root = mount(<App />);
    await drain();
    expect(root.querySelector('[data-state="unsupported"]')?.textContent).toContain("one of the browser's own pages");
  });

  it('gives up on a tab that never answers, with a hint to reload', async () => {
    const root = mount(<App />);
    await drain();
    expect(stateShown(root)).toBe('analyzing');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(NO_ANSWER_MS - 1);
    });
    expect(stateShown(root)).toBe('analyzing');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(root.querySelector('[data-state="unsupported"]')?.textContent).toContain('reload it');
  });

  it('does not give up when the page reports before the deadline', async () => {
    const root = mount(<App />);
    await drain();
    await setTabState(TAB, DONE);
    await drain();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(NO_ANSWER_MS * 2);
    });
    expect(statusShown(root)).toBe(report.status);
  });

  it('switches the site off: stored in the settings, then shown as switched off', async () => {
    await setTabState(TAB, { kind: 'done', url: 'https://www.news.example.com/a', report });
    const root = mount(<App />);
    await drain();
    click(root.querySelector('[data-action="switch-off"]'));
    await drain();
    expect((await getSettings()).disabledSites).toEqual(['news.example.com']);
    expect(root.querySelector('[data-state="disabled"]')?.textContent).toContain('news.example.com');
  });

  it('“Show on page” asks the page, and says so when it found nothing to mark', async () => {
    pageAnswer = (m) => (m.type === 'creditline/show-on-page' ? 0 : null);
    await setTabState(TAB, DONE);
    const root = mount(<App />);
    await drain();
    expect(root.textContent).not.toContain(NOT_ON_PAGE);
    click(root.querySelector('[data-action="show-on-page"]'));
    await drain();
    expect(toPage).toEqual([
      { tabId: TAB, message: { type: 'creditline/badge-dismissed' } },
      { tabId: TAB, message: { type: 'creditline/show-on-page' } },
    ]);
    expect(root.textContent).toContain(NOT_ON_PAGE);
  });

  it('offers to bring back a badge the reader closed, and asks the page to show it', async () => {
    pageAnswer = (m) => (m.type === 'creditline/badge-dismissed' ? true : m.type === 'creditline/restore-badge' ? true : null);
    await setTabState(TAB, DONE);
    const root = mount(<App />);
    await drain();
    click(root.querySelector('[data-action="restore-badge"]'));
    await drain();
    expect(toPage.map((m) => (m.message as { type: string }).type)).toEqual(['creditline/badge-dismissed', 'creditline/restore-badge']);
    expect(root.querySelector('[data-action="restore-badge"]')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('The badge is back on the page.');
  });

  it('offers no such thing when the badge is up', async () => {
    pageAnswer = (m) => (m.type === 'creditline/badge-dismissed' ? false : null);
    await setTabState(TAB, DONE);
    const root = mount(<App />);
    await drain();
    expect(statusShown(root)).toBe(report.status);
    expect(root.querySelector('[data-action="restore-badge"]')).toBeNull();
  });
});

describe('popup app, starting again', () => {
  it('after “Switch on again” shows the analysis until the page’s new state arrives', async () => {
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['news.example.com'] }, settings$: { v: 2 } });
    await setTabState(TAB, { kind: 'disabled', host: 'news.example.com' });
    const root = mount(<App />);
    await drain();
    expect(stateShown(root)).toBe('disabled');
    click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Switch on again')!);
    await drain();
    expect(stateShown(root)).toBe('analyzing');
    expect(toBackground).toContainEqual({ type: 'creditline/reanalyze', tabId: TAB });
    expect((await getSettings()).disabledSites).toEqual([]);
    await setTabState(TAB, DONE);
    await drain();
    expect(statusShown(root)).toBe(report.status);
  });

  it('after “Try again” on a failure, the same', async () => {
    await setTabState(TAB, { kind: 'failed', url: URL_A, error: 'the analysis module did not load' });
    const root = mount(<App />);
    await drain();
    expect(stateShown(root)).toBe('failed');
    click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!);
    await drain();
    expect(stateShown(root)).toBe('analyzing');
    expect(toBackground).toEqual([{ type: 'creditline/reanalyze', tabId: TAB }]);
    await setTabState(TAB, DONE);
    await drain();
    expect(statusShown(root)).toBe(report.status);
  });
});
