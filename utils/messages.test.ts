// The message tables on the fake browser, from the content script's side: which senders it answers,
// and how senders treat answers that are missing or of the wrong shape. (The background's side is
// tests/extension/background.test.ts.)
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listen, sendToBackground, sendToTab, TO_CONTENT, type Sender } from './messages';

const ID = fakeBrowser.runtime.id;
const background: Sender = { id: ID, url: `chrome-extension://${ID}/background.js` };
const popupInTab: Sender = { id: ID, tab: { id: 8 } as Sender['tab'], frameId: 0, url: `chrome-extension://${ID}/popup.html?tabId=3` };
const otherContentScript: Sender = { id: ID, tab: { id: 4 } as Sender['tab'], frameId: 0, url: 'https://news.example.com/a' };

async function deliver(message: unknown, sender: Sender): Promise<{ answered: boolean; answer?: unknown }> {
  let respond!: (answer: unknown) => void;
  const response = new Promise<unknown>((resolve) => (respond = resolve));
  // The fake's types know only (message, sender); the browser also passes sendResponse.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const kept = await trigger(message, sender, respond);
  return kept.includes(true) ? { answered: true, answer: await response } : { answered: false };
}

let asked: string[];

beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  listen(TO_CONTENT, {
    'creditline/get-report': () => {
      asked.push('get-report');
      return { kind: 'analyzing', url: 'https://news.example.com/a' };
    },
    'creditline/show-on-page': async () => {
      asked.push('show-on-page');
      return 2;
    },
    'creditline/reanalyze': () => {
      asked.push('reanalyze');
      return true as const;
    },
    'creditline/preview-phrase': ({ phrase, sites }) => {
      asked.push(`preview ${phrase} [${sites.join(' ')}]`);
      return { url: 'https://news.example.com/a', applies: true, sentences: [`A sentence with ${phrase}.`] };
    },
  });
});

describe('the phrase preview', () => {
  const options: Sender = { id: ID, tab: { id: 9 } as Sender['tab'], frameId: 0, url: `chrome-extension://${ID}/options.html` };

  it('answers the options page with the sentences, as text', async () => {
    expect(await deliver({ type: 'creditline/preview-phrase', phrase: 'dpa-AFX', sites: ['example.com'] }, options)).toEqual({
      answered: true,
      answer: { url: 'https://news.example.com/a', applies: true, sentences: ['A sentence with dpa-AFX.'] },
    });
    expect(asked).toEqual(['preview dpa-AFX [example.com]']);
  });

  it.each([
    ['no phrase', { sites: [] }],
    ['a phrase that is not text', { phrase: 42, sites: [] }],
    ['a phrase far over the limit', { phrase: 'x'.repeat(401), sites: [] }],
    ['sites that are not a list', { phrase: 'dpa', sites: 'example.com' }],
    ['too many sites', { phrase: 'dpa', sites: Array.from({ length: 21 }, (_, i) => `s${i}.example.com`) }],
    ['a site that is not text', { phrase: 'dpa', sites: [{}] }],
  ])('ignores %s', async (_what, payload) => {
    expect(await deliver({ type: 'creditline/preview-phrase', ...payload }, options)).toEqual({ answered: false });
    expect(asked).toEqual([]);
  });

  it('is ignored from a web page’s content script', async () => {
    expect(await deliver({ type: 'creditline/preview-phrase', phrase: 'dpa', sites: [] }, otherContentScript)).toEqual({ answered: false });
  });

  it('reads the reply as text only, at most five sentences', async () => {
    (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = async () => ({
      url: 'https://a.example/',
      applies: false,
      sentences: ['one', { html: '<b>x</b>' }, 'two', 'three', 'four', 'five', 'six'],
    });
    expect(await sendToTab(3, 'creditline/preview-phrase', { phrase: 'dpa', sites: [] })).toEqual({
      url: 'https://a.example/',
      applies: false,
      sentences: ['one', 'two', 'three', 'four', 'five'],
    });
    (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = async () => ({ url: 'https://a.example/', sentences: [] });
    expect(await sendToTab(3, 'creditline/preview-phrase', { phrase: 'dpa', sites: [] })).toBeNull();
  });
});

describe('the content script’s messages', () => {
  it.each([
    ['the background', background],
    ['the popup opened in a tab', popupInTab],
  ])('are answered for %s', async (_who, sender) => {
    expect(await deliver({ type: 'creditline/get-report' }, sender)).toEqual({
      answered: true,
      answer: { kind: 'analyzing', url: 'https://news.example.com/a' },
    });
    expect(await deliver({ type: 'creditline/show-on-page' }, sender)).toEqual({ answered: true, answer: 2 });
    expect(await deliver({ type: 'creditline/reanalyze' }, sender)).toEqual({ answered: true, answer: true });
  });

  it.each([
    ['another extension', { ...background, id: 'another-extension-id' }],
    ['a content script in another tab', otherContentScript],
  ])('are ignored from %s', async (_who, sender) => {
    for (const type of Object.keys(TO_CONTENT)) expect(await deliver({ type }, sender)).toEqual({ answered: false });
    expect(asked).toEqual([]);
  });

  it('ignore the background’s own messages', async () => {
    expect(await deliver({ type: 'creditline/state', state: { kind: 'analyzing', url: 'x' } }, background)).toEqual({ answered: false });
  });
});

describe('sending', () => {
  it('gives null for an answer of the wrong shape, and for no answer', async () => {
    const answers: unknown[] = [{ kind: 'done', url: 'https://a.example/' }, -1, 'yes'];
    (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = async () => answers.shift();
    expect(await sendToTab(3, 'creditline/get-report')).toBeNull();
    expect(await sendToTab(3, 'creditline/show-on-page')).toBeNull();
    expect(await sendToTab(3, 'creditline/reanalyze')).toBeNull();
    (fakeBrowser.tabs as { sendMessage: unknown }).sendMessage = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await sendToTab(3, 'creditline/get-report')).toBeNull();
    // The fake browser's runtime.sendMessage throws when nobody listens.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    expect(await sendToBackground('creditline/is-dismissed', { url: 'https://a.example/' })).toBeNull();
  });

  it('sends the type with the payload, and gives the typed reply', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
      return Promise.resolve(true);
    });
    expect(await sendToBackground('creditline/is-dismissed', { url: 'https://a.example/' })).toBe(true);
    expect(sent).toEqual([{ type: 'creditline/is-dismissed', url: 'https://a.example/' }]);
  });
});
