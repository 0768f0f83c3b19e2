// The popup wired to a (fake) background: it asks for the tab's state, polls while analysing, and
// switching a site off is stored in the settings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, tabIdFromLocation } from '../../entrypoints/popup/App';
import type { TabState } from '../../utils/messages';
import { getSettings, resetSettingsItemForTests } from '../../utils/settings';
import { SEED_ID, engineReport } from './fixtures';
import { resetBrowser } from './i18n';
import { click, mount, settle, unmountAll } from './render';

let answers: (TabState | null)[];
let asked: unknown[];

beforeEach(() => {
  resetBrowser();
  resetSettingsItemForTests();
  answers = [];
  asked = [];
  history.replaceState(null, '', '/popup.html?tabId=7');
  fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
    asked.push(msg);
    return Promise.resolve(answers.length > 1 ? answers.shift() : answers[0]);
  });
});
afterEach(unmountAll);

describe('popup app', () => {
  it('reads the tab id from ?tabId= and rejects anything else', () => {
    expect(tabIdFromLocation('?tabId=42')).toBe(42);
    expect(tabIdFromLocation('?tabId=-1')).toBeNull();
    expect(tabIdFromLocation('?tabId=1e3')).toBeNull();
    expect(tabIdFromLocation('')).toBeNull();
  });

  it('asks the background for the tab’s state and polls until the analysis is done', async () => {
    const report = engineReport(SEED_ID);
    answers = [{ kind: 'analysing', url: 'https://news.example.com/a' }, { kind: 'done', url: 'https://news.example.com/a', report }];
    const root = mount(<App />);
    await settle(10);
    expect(asked[0]).toEqual({ type: 'creditline/get-state', tabId: 7 });
    expect(root.querySelector('[data-state="analysing"]')).not.toBeNull();
    await settle(700);
    expect(root.querySelector('.cl-status')?.getAttribute('data-status')).toBe(report.status);
    expect(document.title).toContain('Creditline');
  });

  it('says at once that a browser page cannot be read', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    history.replaceState(null, '', `/popup.html?tabId=${tab.id}`);
    answers = [null];
    const root = mount(<App />);
    await settle(30);
    expect(root.querySelector('[data-state="unsupported"]')?.textContent).toContain("one of the browser's own pages");
  });

  it('gives up on a tab that never answers, with a hint to reload', async () => {
    answers = [null];
    const root = mount(<App />);
    await settle(300);
    expect(root.querySelector('[data-state="analysing"]')).not.toBeNull();
    await settle(2300);
    expect(root.querySelector('[data-state="unsupported"]')?.textContent).toContain('reload it');
  });

  it('switches the site off: stored in the settings, then shown as switched off', async () => {
    answers = [{ kind: 'done', url: 'https://www.news.example.com/a', report: engineReport(SEED_ID) }];
    const root = mount(<App />);
    await settle(20);
    click(root.querySelector('[data-action="switch-off"]'));
    await settle(20);
    expect((await getSettings()).disabledSites).toEqual(['news.example.com']);
    expect(root.querySelector('[data-state="disabled"]')?.textContent).toContain('news.example.com');
  });
});

describe('popup app, starting again', () => {
  it('after “Switch on again” waits out the old “disabled” state until the page reports anew', async () => {
    const report = engineReport(SEED_ID);
    const disabled: TabState = { kind: 'disabled', host: 'news.example.com' };
    // The background still says "disabled" for a while after the switch-on, then the new result comes.
    answers = [disabled, disabled, disabled, disabled, { kind: 'done', url: 'https://news.example.com/a', report }];
    const root = mount(<App />);
    await settle(20);
    expect(root.querySelector('[data-state="disabled"]')).not.toBeNull();
    click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Switch on again')!);
    await settle(100);
    expect(root.querySelector('[data-state="analysing"]')).not.toBeNull();
    await settle(1500);
    expect(root.querySelector('.cl-status')?.getAttribute('data-status')).toBe(report.status);
    expect(asked).toContainEqual({ type: 'creditline/reanalyse', tabId: 7 });
  });
});
