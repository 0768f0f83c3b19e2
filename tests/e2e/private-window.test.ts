// A private window writes nothing to the story memory, in real Firefox ESR. The add-on, allowed in
// private windows as a reader can allow it, analyses a corpus wire page in a private window (its badge
// goes up and the background holds the page's report, fingerprint included), and the memory stays
// empty. The same page in a normal window is then remembered: the memory works, and the private read
// was skipped. The test reads the memory where a reader would, in the options page of a normal
// window: its count, and the stored stories through that page's own message to the background.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFirefoxWithAddon, waitFor, type FirefoxSession } from './helpers/marionette';
import { readLabels, startCorpusServer, type CorpusServer } from './helpers/corpus-server';
import { FIREFOX_BUILD, SEED_ID } from './helpers/paths';

/** Polls `read` until it gives something other than null. */
async function until<T>(read: () => Promise<T | null>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const BADGE_LINE = `return document.querySelector('creditline-badge')?.shadowRoot?.querySelector('.line')?.textContent ?? null;`;

describe('story memory in a private window (Firefox)', () => {
  let session: FirefoxSession;
  let server: CorpusServer;

  beforeAll(async () => {
    server = await startCorpusServer();
    session = await startFirefoxWithAddon(FIREFOX_BUILD, { allowPrivateBrowsing: true });
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('a wire page read in a private window is not remembered; the same page in a normal window is', async () => {
    const { m, origin } = session;
    // The seed page has no address of its own: the story key is where it was read, so the two reads
    // below are two stories to the memory, and a private write would show as a second one.
    const seed = readLabels().find((l) => l.id === SEED_ID)!;
    const privateUrl = `${server.localUrl(seed)}?window=private`;
    const normalUrl = `${server.localUrl(seed)}?window=normal`;

    /** The options page's count, as the reader sees it, after a fresh load. */
    const shownCount = async () => {
      await m.send('WebDriver:Refresh');
      return waitFor<string>(m, `return document.querySelector('.cl-memory-usage')?.getAttribute('data-usage') || null;`);
    };
    /** The stored stories' addresses, from the options page's export message. */
    const storedUrls = async () => {
      const json = await m.runAsync<string>(`return browser.runtime.sendMessage({ type: 'creditline/memory-export' });`);
      return (JSON.parse(json) as { stories: { url: string }[] }).stories.map((s) => s.url);
    };

    const handle = await m.send<{ value: string } | string>('WebDriver:GetWindowHandle');
    const options = typeof handle === 'string' ? handle : handle.value;
    await m.send('WebDriver:Navigate', { url: `${origin}/options.html` });
    expect(await shownCount()).toBe('0');

    // The private window: Firefox's own word that it is one, then the page, analysed there.
    const win = await m.send<{ handle: string }>('WebDriver:NewWindow', { type: 'window', private: true });
    await m.send('WebDriver:SwitchToWindow', { handle: win.handle, focus: true });
    await m.send('Marionette:SetContext', { value: 'chrome' });
    expect(await m.run<boolean>(`return PrivateBrowsingUtils.isWindowPrivate(window);`)).toBe(true);
    await m.send('Marionette:SetContext', { value: 'content' });
    await m.send('WebDriver:Navigate', { url: privateUrl });
    expect(await waitFor<string>(m, BADGE_LINE)).toMatch(/ANI/);

    // The background has taken the private tab's final state, a report the memory could keep: the
    // memory's step comes right after in the same handler, so any write it made is queued by now.
    await m.send('WebDriver:SwitchToWindow', { handle: options, focus: true });
    const held = await until(() =>
      m.runAsync<{ url: string; fingerprint: boolean } | null>(
        `const tab = (await browser.tabs.query({})).find((t) => t.incognito);
         if (!tab) return null;
         const state = (await browser.storage.session.get('tab:' + tab.id))['tab:' + tab.id];
         return state?.kind === 'done' ? { url: state.url, fingerprint: !!state.report?.fingerprint } : null;`,
      ),
    );
    expect(held).toEqual({ url: privateUrl, fingerprint: true });
    expect(await shownCount()).toBe('0');
    expect(await storedUrls()).toEqual([]);

    // The control: the same page in a tab of the normal window is remembered.
    const tab = await m.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
    await m.send('WebDriver:SwitchToWindow', { handle: tab.handle, focus: true });
    await m.send('WebDriver:Navigate', { url: normalUrl });
    expect(await waitFor<string>(m, BADGE_LINE)).toMatch(/ANI/);
    await m.send('WebDriver:SwitchToWindow', { handle: options, focus: true });
    // Had the private read been written, it would be here too: its write was queued first.
    const stored = await until(async () => {
      const urls = await storedUrls();
      return urls.length ? urls : null;
    });
    expect(stored).toEqual([normalUrl]);
    expect(await shownCount()).toBe('1');
  });
});
