// The background on the fake browser: every sender rule and payload check of the messages it takes,
// the per-tab state it stores and paints on the toolbar, and what it does when a tab loads or closes.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import type { Sender, TabState } from '../../utils/messages';
import { getTabState, isDismissed, setTabState } from '../../utils/tab-state';
import { resetBrowser } from './i18n';
import { report } from './in-page/fixtures';
import { correctionOf, removeCorrection, saveCorrection } from '../../utils/corrections';
import { toolbarView } from '../../utils/report-summary';
import { engineReport } from './fixtures';
import { fingerprintOf } from '../../lib/fingerprint/fingerprint';
import { storyKey } from '../../lib/fingerprint/link-index';
import { readCorpusTexts, trimEnding } from '../../lib/fingerprint/test-corpus';
import type { Report } from '../../lib/report';
import { statusLabel, type SeenCopy } from '../../utils/presentation';

const ID = fakeBrowser.runtime.id;
const OWN_PAGE = `chrome-extension://${ID}/popup.html`;
const WEB_PAGE = 'https://news.example.com/story';

// Senders as the browser describes them.
const contentScript = (tabId = 3, frameId = 0): Sender => ({ id: ID, tab: { id: tabId } as NonNullable<Sender['tab']>, frameId, url: WEB_PAGE });
const popup: Sender = { id: ID, url: OWN_PAGE };
const popupInTab: Sender = { id: ID, tab: { id: 8 } as Sender['tab'], frameId: 0, url: `${OWN_PAGE}?tabId=3` };
const otherExtension = (s: Sender): Sender => ({ ...s, id: 'another-extension-id' });

const DONE: TabState = { kind: 'done', url: WEB_PAGE, report: report('wire') };

/** Lets every pending promise of the fake browser run (its storage and events are in memory). */
const drain = () => new Promise<void>((resolve) => setImmediate(resolve));

type Delivery = { answered: false } | { answered: true; answer: unknown };

/** Delivers a message as the browser would, and says whether an answer came and what it was. */
async function deliver(message: unknown, sender: Sender): Promise<Delivery> {
  let respond!: (answer: unknown) => void;
  const response = new Promise<unknown>((resolve) => (respond = resolve));
  // The fake's types know only (message, sender); the browser also passes sendResponse.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const kept = await trigger(message, sender, respond);
  // A listener that answers returns true at once (the channel stays open for sendResponse).
  if (!kept.includes(true)) return { answered: false };
  return { answered: true, answer: await response };
}

let toTabs: { tabId: number; message: unknown }[];
let tabAnswer: (tabId: number, message: unknown) => Promise<unknown>;

beforeEach(() => {
  resetBrowser();
  toTabs = [];
  tabAnswer = async () => true;
  (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = async (tabId: number, message: unknown) => {
    toTabs.push({ tabId, message });
    return tabAnswer(tabId, message);
  };
  background.main();
});
afterEach(() => vi.restoreAllMocks());

describe('creditline/state (content script → background)', () => {
  it('stores the state of the sending tab and paints its toolbar button', async () => {
    expect(await deliver({ type: 'creditline/state', state: DONE }, contentScript(3))).toEqual({ answered: true, answer: true });
    expect(await getTabState(3)).toEqual(DONE);
    // All of the button: its text, its colour and its tooltip.
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).not.toBe('');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 3 })).not.toEqual(await fakeBrowser.action.getBadgeBackgroundColor({}));
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toMatch(/^Creditline: /);
  });

  it.each([
    ['another extension', otherExtension(contentScript(3))],
    ['a sender without a tab (an extension page)', popup],
    ['a frame inside the page', contentScript(3, 2)],
    ['a tab without a valid id', contentScript(-1)],
  ])('ignores it from %s', async (_who, sender) => {
    expect(await deliver({ type: 'creditline/state', state: DONE }, sender)).toEqual({ answered: false });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it.each([
    ['no state', {}],
    ['an unknown kind', { state: { kind: 'hacked', url: WEB_PAGE } }],
    ['a finished state without a report', { state: { kind: 'done', url: WEB_PAGE } }],
    ['a failure without its error', { state: { kind: 'failed', url: WEB_PAGE } }],
  ])('ignores it with %s', async (_what, fields) => {
    expect(await deliver({ type: 'creditline/state', ...fields }, contentScript(3))).toEqual({ answered: false });
    expect(await getTabState(3)).toBeNull();
  });
});

describe('a page the reader corrected', () => {
  it('shows the reader’s verdict on the toolbar, repainted when the correction is saved and removed', async () => {
    const tab = await fakeBrowser.tabs.create({ url: WEB_PAGE });
    const state: TabState = { kind: 'done', url: WEB_PAGE, report: report('staff') };
    await deliver({ type: 'creditline/state', state }, contentScript(tab.id!));
    const engineTitle = await fakeBrowser.action.getTitle({ tabId: tab.id! });
    await saveCorrection(correctionOf(`${WEB_PAGE}#comments`, state.report, 'sponsored', [])!);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({ tabId: tab.id! })).not.toBe(engineTitle));
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id! })).toBe(toolbarView({ ...state, report: { ...state.report, status: 'sponsored' } }).title);
    // The stored state stays the engine's own.
    expect(await getTabState(tab.id!)).toEqual(state);
    await removeCorrection(WEB_PAGE);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({ tabId: tab.id! })).toBe(engineTitle));
  });

  it('paints a page the engine took for no article as the story the reader says it is', async () => {
    const tab = await fakeBrowser.tabs.create({ url: WEB_PAGE });
    const state: TabState = { kind: 'not-article', url: WEB_PAGE, report: report('not-article') };
    await deliver({ type: 'creditline/state', state }, contentScript(tab.id!));
    expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toBe('');
    await saveCorrection(correctionOf(WEB_PAGE, state.report!, 'wire', ['ap'])!);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id! })).toContain('AP'));
  });
});

describe('creditline/dismiss and creditline/is-dismissed (content script → background)', () => {
  it('remembers a closed badge per page, fragment aside', async () => {
    expect(await deliver({ type: 'creditline/is-dismissed', url: WEB_PAGE }, contentScript())).toEqual({ answered: true, answer: false });
    expect(await deliver({ type: 'creditline/dismiss', url: `${WEB_PAGE}#top` }, contentScript())).toEqual({ answered: true, answer: true });
    expect(await deliver({ type: 'creditline/is-dismissed', url: WEB_PAGE }, contentScript(4))).toEqual({ answered: true, answer: true });
  });

  it.each([
    ['another extension', otherExtension(contentScript())],
    ['a sender without a tab', popup],
  ])('ignores both from %s', async (_who, sender) => {
    expect(await deliver({ type: 'creditline/dismiss', url: WEB_PAGE }, sender)).toEqual({ answered: false });
    expect(await deliver({ type: 'creditline/is-dismissed', url: WEB_PAGE }, sender)).toEqual({ answered: false });
    expect(await isDismissed(WEB_PAGE)).toBe(false);
  });

  it.each([
    ['no address', {}],
    ['an address that is not a string', { url: ['https://a.example/'] }],
    ['an address over 4096 characters', { url: `https://a.example/${'x'.repeat(4096)}` }],
  ])('ignores both with %s', async (_what, fields) => {
    expect(await deliver({ type: 'creditline/dismiss', ...fields }, contentScript())).toEqual({ answered: false });
    expect(await deliver({ type: 'creditline/is-dismissed', ...fields }, contentScript())).toEqual({ answered: false });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});

describe('creditline/undismiss (content script, asked by the popup → background)', () => {
  it('forgets the closed badge of that page only', async () => {
    await deliver({ type: 'creditline/dismiss', url: WEB_PAGE }, contentScript());
    await deliver({ type: 'creditline/dismiss', url: 'https://news.example.com/other' }, contentScript());
    expect(await deliver({ type: 'creditline/undismiss', url: `${WEB_PAGE}#top` }, contentScript())).toEqual({ answered: true, answer: true });
    expect(await isDismissed(WEB_PAGE)).toBe(false);
    expect(await isDismissed('https://news.example.com/other')).toBe(true);
  });

  it.each([
    ['another extension', otherExtension(contentScript())],
    ['a sender without a tab', popup],
    ['a sub-frame of the page', contentScript(3, 2)],
  ])('ignores it from %s', async (_who, sender) => {
    await deliver({ type: 'creditline/dismiss', url: WEB_PAGE }, contentScript());
    expect(await deliver({ type: 'creditline/undismiss', url: WEB_PAGE }, sender)).toEqual({ answered: false });
    expect(await isDismissed(WEB_PAGE)).toBe(true);
  });
});

describe('creditline/reanalyze (popup → background → content script)', () => {
  it.each([
    ['the popup', popup],
    ['the popup opened in a tab', popupInTab],
  ])('from %s, asks the tab’s page to analyze again', async (_who, sender) => {
    expect(await deliver({ type: 'creditline/reanalyze', tabId: 3 }, sender)).toEqual({ answered: true, answer: true });
    expect(toTabs).toEqual([{ tabId: 3, message: { type: 'creditline/reanalyze' } }]);
  });

  it('answers false when the page does not answer (no content script there)', async () => {
    tabAnswer = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await deliver({ type: 'creditline/reanalyze', tabId: 3 }, popup)).toEqual({ answered: true, answer: false });
  });

  it.each([
    ['another extension', otherExtension(popup)],
    ['a content script (a tab showing a web page)', contentScript(3)],
    ['a tab whose address only starts like ours', { ...popupInTab, url: `https://evil.example/${OWN_PAGE}` }],
  ])('ignores it from %s', async (_who, sender) => {
    expect(await deliver({ type: 'creditline/reanalyze', tabId: 3 }, sender)).toEqual({ answered: false });
    expect(toTabs).toEqual([]);
  });

  it.each([[-1], [1.5], ['3'], [null]])('ignores it about tab %j', async (tabId) => {
    expect(await deliver({ type: 'creditline/reanalyze', tabId }, popup)).toEqual({ answered: false });
    expect(toTabs).toEqual([]);
  });
});

describe('creditline/catalogue (content script → background)', () => {
  it('hands the top frame the bundled catalogue of a supported language', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(String(url));
      return new Response(JSON.stringify({ status_wire_label: { message: 'Agenturmeldung' } }));
    });
    try {
      expect(await deliver({ type: 'creditline/catalogue', lang: 'de' }, contentScript(3))).toEqual({
        answered: true,
        answer: { status_wire_label: { message: 'Agenturmeldung' } },
      });
      expect(fetched).toEqual([`chrome-extension://${ID}/_locales/de/messages.json`]);
      // A missing file leaves the browser's language (an empty catalogue), never an error.
      vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
      expect(await deliver({ type: 'creditline/catalogue', lang: 'fr' }, contentScript(3))).toEqual({ answered: true, answer: {} });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it.each([
    ['a sub-frame', contentScript(3, 2), 'de'],
    ['another extension', otherExtension(contentScript(3)), 'de'],
    ['a content script, for a language without a catalogue', contentScript(3), 'xx'],
    ['a content script, for a path', contentScript(3), '../manifest.json'],
  ])('ignores it from %s', async (_who, sender, lang) => {
    expect(await deliver({ type: 'creditline/catalogue', lang }, sender)).toEqual({ answered: false });
  });
});

describe('anything else', () => {
  it.each([
    ['a message for the content script', { type: 'creditline/get-report' }],
    ['an unknown type', { type: 'creditline/get-state', tabId: 3 }],
    ['a type from the object prototype', { type: 'toString' }],
    ['a string', 'creditline/state'],
    ['null', null],
  ])('gets no answer: %s', async (_what, message) => {
    expect(await deliver(message, popup)).toEqual({ answered: false });
    expect(await deliver(message, contentScript())).toEqual({ answered: false });
  });
});

describe('tabs loading and closing', () => {
  const complete = (tabId: number) => fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, { id: tabId } as NonNullable<Sender['tab']>);

  it('asks a loaded tab’s page for its state when none is known', async () => {
    tabAnswer = async () => DONE;
    await complete(5);
    await drain();
    expect(toTabs).toEqual([{ tabId: 5, message: { type: 'creditline/get-report' } }]);
    expect(await getTabState(5)).toEqual(DONE);
  });

  it('keeps a state the page already sent', async () => {
    const newer: TabState = { kind: 'analyzing', url: WEB_PAGE };
    await setTabState(5, newer);
    tabAnswer = async () => DONE;
    await complete(5);
    await drain();
    expect(toTabs).toHaveLength(1);
    expect(await getTabState(5)).toEqual(newer);
  });

  it('never lets the page’s answer overwrite a state the page sent meanwhile', async () => {
    // The page answers with its first state; its next one ("switched off here") arrives while the
    // background is still reading whether it knows the tab (the read saw nothing yet).
    tabAnswer = async () => ({ kind: 'analyzing', url: WEB_PAGE });
    const disabled: TabState = { kind: 'disabled', host: 'news.example.com' };
    const session = fakeBrowser.storage.session;
    const read = session.get.bind(session);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held = false;
    vi.spyOn(session, 'get').mockImplementation((async (keys: string) => {
      const result = await read(keys);
      if (keys === 'tab:5' && !held) {
        held = true;
        await gate;
      }
      return result;
    }) as typeof session.get);
    const loaded = complete(5);
    await drain();
    expect(held).toBe(true);
    const sent = deliver({ type: 'creditline/state', state: disabled }, contentScript(5));
    await drain();
    release();
    await Promise.all([loaded, sent]);
    await drain();
    expect(await getTabState(5)).toEqual(disabled);
  });

  it('forgets the state of a tab whose new page does not answer, and clears its button', async () => {
    await deliver({ type: 'creditline/state', state: DONE }, contentScript(5));
    tabAnswer = () => Promise.reject(new Error('Receiving end does not exist.'));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).not.toBe('');
    await complete(5);
    await drain();
    expect(await getTabState(5)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });

  it('forgets a closed tab', async () => {
    await deliver({ type: 'creditline/state', state: DONE }, contentScript(6));
    expect(await getTabState(6)).not.toBeNull();
    await fakeBrowser.tabs.onRemoved.trigger(6, { windowId: 0, isWindowClosing: false });
    await drain();
    expect(await getTabState(6)).toBeNull();
  });
});

describe('the story memory (content script, popup and options page → background)', () => {
  // A real AP story from the corpus, read on its own site and carried, trimmed, on another.
  const wire = engineReport('globalnews-ap-kyiv-2026');
  const trimmedBlocks = (() => {
    const text = readCorpusTexts(['globalnews-ap-kyiv-2026'])[0]!;
    return trimEnding(text.blocks, 0.6);
  })();
  const trimmed = fingerprintOf({ blocks: trimmedBlocks, lang: 'en' })!;
  const COPY_URL = 'https://carrier.example.org/world/kyiv-attack';
  const tab = (incognito: boolean, tabId = 3) => ({ ...contentScript(tabId), tab: { id: tabId, incognito } as NonNullable<Sender['tab']> });
  const done = (r: Report): TabState => ({ kind: 'done', url: r.url!, report: r });
  const usage = async () => ((await deliver({ type: 'creditline/memory-usage' }, popup)) as { answer: { stories: number } }).answer.stories;
  const copiesFromPopup = async () => deliver({ type: 'creditline/copies', fingerprint: trimmed, url: COPY_URL, agencies: [] }, popup);

  beforeEach(async () => {
    expect(await deliver({ type: 'creditline/memory-forget-all' }, popup)).toEqual({ answered: true, answer: true });
  });

  it('remembers a finished article from a normal window, and shows it as a copy of the trimmed story', async () => {
    expect(wire.fingerprint).not.toBeNull();
    await deliver({ type: 'creditline/state', state: done(wire) }, tab(false));
    expect(await usage()).toBe(1);
    const reply = await copiesFromPopup();
    expect(reply.answered).toBe(true);
    const copies = (reply as { answer: SeenCopy[] }).answer;
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ url: wire.url, site: 'globalnews.ca', status: 'wire', agency: 'AP' });
    // Every word of the trimmed copy is in the full one; the full one has paragraphs the trimmed lacks.
    expect(copies[0]!.shared).toBeGreaterThan(0.85);
    expect(copies[0]!.parasCut).toBeGreaterThan(0);
    // The carrier credits no agency: the copy that credits AP says what this page does not.
    expect(copies[0]!.creditedThereNotHere).toEqual(['AP']);
    // The card asks for the same from the page's top frame.
    const here = await deliver({ type: 'creditline/copies-here', fingerprint: trimmed, url: COPY_URL, agencies: ['ap'] }, contentScript());
    expect((here as { answer: SeenCopy[] }).answer[0]!.creditedThereNotHere).toEqual([]);
  });

  it('never writes for a tab in a private window', async () => {
    await deliver({ type: 'creditline/state', state: done(wire) }, tab(true));
    expect(await usage()).toBe(0);
    expect(await copiesFromPopup()).toEqual({ answered: true, answer: [] });
  });

  it('answers the link marks of a listing page with the status and a label in words', async () => {
    await deliver({ type: 'creditline/state', state: done(wire) }, tab(false));
    const key = storyKey(wire.url)!;
    const reply = await deliver({ type: 'creditline/marks', keys: [key, 'unknown.example/story'] }, contentScript(5));
    const answer = (reply as { answer: { stories: number; marks: Record<string, { status: string; label: string }> } }).answer;
    expect(answer.stories).toBe(1);
    expect(Object.keys(answer.marks)).toEqual([key]);
    expect(answer.marks[key]!.status).toBe('wire');
    expect(answer.marks[key]!.label).toMatch(/^Read before: /);
    expect(answer.marks[key]!.label).toContain(`${statusLabel('wire')} (Global News, `);
  });

  it.each([
    ['copies-here', { fingerprint: trimmed, url: COPY_URL, agencies: [] }],
    ['marks', { keys: ['a.example/b'] }],
  ])('takes creditline/%s only from a tab’s top frame', async (type, fields) => {
    const message = { type: `creditline/${type}`, ...fields };
    for (const sender of [popup, contentScript(3, 2), otherExtension(contentScript())]) expect(await deliver(message, sender)).toEqual({ answered: false });
    expect((await deliver(message, contentScript())).answered).toBe(true);
  });

  it.each([
    ['copies', { fingerprint: trimmed, url: COPY_URL, agencies: [] }],
    ['memory-usage', {}],
    ['memory-pause', { paused: false }],
    ['memory-forget-site', { site: 'example.com' }],
    ['memory-forget-all', {}],
    ['memory-export', {}],
    ['memory-import', { text: '{}' }],
  ])('takes creditline/%s only from the extension’s own pages', async (type, fields) => {
    const message = { type: `creditline/${type}`, ...fields };
    for (const sender of [contentScript(), contentScript(3, 2), otherExtension(popup)]) expect(await deliver(message, sender)).toEqual({ answered: false });
    expect((await deliver(message, popupInTab)).answered).toBe(true);
    expect((await deliver(message, popup)).answered).toBe(true);
  });

  it.each([
    ['too many keys in one message', { type: 'creditline/marks', keys: Array.from({ length: 401 }, (_, i) => `a.example/${i}`) }],
    ['a key that is not a string', { type: 'creditline/marks', keys: [42] }],
    ['copies without a fingerprint', { type: 'creditline/copies-here', url: COPY_URL, agencies: [] }],
  ])('ignores %s', async (_what, message) => {
    expect(await deliver(message, contentScript())).toEqual({ answered: false });
  });

  it('pauses, forgets a site, exports and imports; a malformed file loses nothing', async () => {
    await deliver({ type: 'creditline/state', state: done(wire) }, tab(false));
    const exported = ((await deliver({ type: 'creditline/memory-export' }, popup)) as { answer: string }).answer;
    expect(await deliver({ type: 'creditline/memory-pause', paused: true }, popup)).toMatchObject({ answer: { stories: 1, paused: true } });
    await deliver({ type: 'creditline/state', state: done({ ...wire, url: COPY_URL }) }, tab(false));
    expect(await usage()).toBe(1);
    await deliver({ type: 'creditline/memory-pause', paused: false }, popup);
    expect(await deliver({ type: 'creditline/memory-import', text: '{"format": "creditline-story-memory", "version": 1, "stories": [1]}' }, popup)).toEqual({
      answered: true,
      answer: { ok: false },
    });
    expect(await usage()).toBe(1);
    expect(await deliver({ type: 'creditline/memory-forget-site', site: 'www.globalnews.ca' }, popup)).toEqual({ answered: true, answer: 1 });
    expect(await usage()).toBe(0);
    expect(await deliver({ type: 'creditline/memory-import', text: exported }, popup)).toEqual({
      answered: true,
      answer: { ok: true, added: 1, updated: 0, unchanged: 0 },
    });
    expect(await usage()).toBe(1);
  });
});

describe('the story memory when storage fails', () => {
  const wire = engineReport('globalnews-ap-kyiv-2026');
  const normalTab = { ...contentScript(4), tab: { id: 4, incognito: false } as NonNullable<Sender['tab']> };

  it('still stores the tab’s state and paints its button when the database cannot be opened; its answers are empty', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const state: TabState = { kind: 'done', url: wire.url!, report: wire };
    expect(await deliver({ type: 'creditline/state', state }, normalTab)).toEqual({ answered: true, answer: true });
    expect(await getTabState(4)).toEqual(state);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).not.toBe('');
    expect(await deliver({ type: 'creditline/copies-here', fingerprint: wire.fingerprint, url: 'https://x.example/a', agencies: [] }, contentScript())).toEqual(
      {
        answered: true,
        answer: [],
      },
    );
    expect(await deliver({ type: 'creditline/marks', keys: ['globalnews.ca/news/11862251/russia-missile-attack-kyiv-ukraine'] }, contentScript())).toEqual({
      answered: true,
      answer: { stories: 0, marks: {} },
    });
  });
});
