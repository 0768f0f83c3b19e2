// Firefox: the MV2 build installs in Firefox ESR and puts the badge on the seed page, marks the link
// to that page once it is read (the story memory, the IntersectionObserver and the marks' own <style>,
// as Firefox's content scripts cannot adopt a constructed sheet), and its popup shows that page's
// report (web-ext lint has its own file, web-ext-lint.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './helpers/firefox';
import { startFirefoxWithAddon, waitFor, type FirefoxSession } from './helpers/marionette';
import { readLabels, startCorpusServer, type CorpusServer } from './helpers/corpus-server';
import { FIREFOX_BUILD, SEED_ID } from './helpers/paths';

describe('Firefox build', () => {
  let firefox: FirefoxWithExtension;
  let server: CorpusServer;

  // A listing page beside the corpus: the seed page's link, a link to a page never opened, and
  // enough others below that the list runs well past the viewport.
  const LISTING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A listing</title></head><body><ul>
<li><a id="read" href="/pages/${SEED_ID}.html">Putin meets Li Qiang</a></li>
<li><a id="unread" href="/pages/never-opened.html">A story nobody has read</a></li>
${Array.from({ length: 200 }, (_, i) => `<li><a href="/news/story-${i}">Another story ${i}</a></li>`).join('\n')}
</ul></body></html>`;

  beforeAll(async () => {
    server = await startCorpusServer(undefined, { '/listing.html': LISTING });
    firefox = await launchFirefoxWithExtension();
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('shows the badge on the seed page', async () => {
    const seed = readLabels().find((l) => l.id === SEED_ID)!;
    const page = await firefox.browser.newPage();
    await page.goto(server.localUrl(seed), { waitUntil: 'domcontentloaded' });
    const handle = await page.waitForFunction(() => document.querySelector('creditline-badge')?.shadowRoot?.querySelector('.line')?.textContent ?? null, {
      timeout: 20_000,
      polling: 100,
    });
    expect(await handle.jsonValue()).toBe('Agency story, published unedited · ANI');
    await page.close();
  });

  it('marks the link to a story read before, and no other, with its look inside the mark', async () => {
    const seed = readLabels().find((l) => l.id === SEED_ID)!;
    const article = await firefox.browser.newPage();
    await article.goto(server.localUrl(seed), { waitUntil: 'domcontentloaded' });
    // Its analysis is over (the badge is up): the story is in the memory.
    await article.waitForFunction(() => !!document.querySelector('creditline-badge')?.shadowRoot?.querySelector('.line'), { timeout: 20_000, polling: 100 });
    await article.close();

    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/listing.html`, { waitUntil: 'domcontentloaded' });
    const mark = await page.waitForFunction(
      () => {
        const m = document.querySelector('#read creditline-mark');
        const dot = m?.shadowRoot?.querySelector('[role="img"]');
        if (!m || !dot) return null;
        const box = m.getBoundingClientRect();
        return {
          label: dot.getAttribute('aria-label'),
          tabindex: dot.getAttribute('tabindex'),
          // Its look came with it: the fixed 10 px box, and the dot filled with its status colour.
          size: [box.width, box.height],
          fill: getComputedStyle(dot).backgroundColor,
          sheets: [m.shadowRoot!.querySelectorAll('style').length, m.shadowRoot!.adoptedStyleSheets.length],
        };
      },
      { timeout: 20_000, polling: 100 },
    );
    const seen = (await mark.jsonValue())!;
    expect(seen.label).toMatch(/^Read before: /);
    expect(seen.tabindex).toBe('0');
    expect(seen.size).toEqual([10, 10]);
    expect(seen.fill).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
    // A sheet made by a content script cannot be adopted in Firefox (Xray wrappers): the mark
    // carries its own <style>, and that is where the look above came from.
    expect(seen.sheets).toEqual([1, 0]);
    expect(
      await page.evaluate(() => [document.querySelectorAll('creditline-mark').length, document.querySelectorAll('#unread creditline-mark').length]),
    ).toEqual([1, 0]);
    await page.close();
  });
});

// The popup's content in real Firefox: the popup page of the seed page's tab, opened as a tab through
// Marionette (headless Firefox has no toolbar to click), shows the report the background holds.
describe('Firefox popup', () => {
  let session: FirefoxSession;
  let server: CorpusServer;

  beforeAll(async () => {
    server = await startCorpusServer();
    session = await startFirefoxWithAddon(FIREFOX_BUILD);
  }, 60_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the seed page’s report: status, agency, the disclaimer as quoted, the post, the evidence', async () => {
    const { m, origin } = session;
    const seed = readLabels().find((l) => l.id === SEED_ID)!;
    await m.send('WebDriver:Navigate', { url: server.localUrl(seed) });
    // The inline badge is up once the page is analysed and its state published.
    expect(await waitFor<string>(m, `return document.querySelector('creditline-badge')?.shadowRoot?.querySelector('.line')?.textContent ?? null;`)).toMatch(
      /ANI/,
    );
    const pageHandle = await m.send<{ value: string } | string>('WebDriver:GetWindowHandle');

    // The tab's WebExtension id, and the popup page for it in a new tab (privileged: Firefox's own code).
    await m.send('Marionette:SetContext', { value: 'chrome' });
    const tabId = await m.run<number>(
      `const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
       const win = Services.wm.getMostRecentWindow('navigator:browser');
       const id = ExtensionParent.apiManager.global.tabTracker.getId(win.gBrowser.selectedTab);
       const tab = win.gBrowser.addTab(arguments[0] + '/popup.html?tabId=' + id, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
       win.gBrowser.selectedTab = tab;
       return id;`,
      [origin],
    );
    expect(tabId).toBeGreaterThanOrEqual(0);
    await m.send('Marionette:SetContext', { value: 'content' });
    const handles = await m.send<{ value: string[] } | string[]>('WebDriver:GetWindowHandles');
    const list = Array.isArray(handles) ? handles : handles.value;
    const page = typeof pageHandle === 'string' ? pageHandle : pageHandle.value;
    await m.send('WebDriver:SwitchToWindow', { handle: list.find((h) => h !== page), focus: true });

    const popup = await waitFor<{ status: string; title: string; agencies: string; quote: string; embeds: string; why: number; correction: boolean }>(
      m,
      `const s = document.querySelector('.cl-status');
       if (!s) return null;
       const why = document.querySelector('.cl-why');
       if (why) why.open = true;
       return {
         status: s.getAttribute('data-status'),
         title: document.querySelector('#cl-status-title')?.textContent ?? '',
         agencies: document.querySelector('[data-section="agencies"]')?.textContent ?? '',
         quote: document.querySelector('[data-section="disclaimer"] blockquote')?.textContent ?? '',
         embeds: document.querySelector('[data-section="embeds"]')?.textContent ?? '',
         why: document.querySelectorAll('.cl-why .cl-evidence__item').length,
         correction: !!document.querySelector('[data-action="correction-open"]'),
       };`,
    );
    expect(popup.status).toBe('wire-unedited');
    expect(popup.title.length).toBeGreaterThan(3);
    expect(popup.agencies).toContain('ANI');
    expect(popup.quote).toMatch(/syndicated feed/);
    expect(popup.embeds).toMatch(/mfa_russia/i);
    expect(popup.why).toBeGreaterThan(0);
    expect(popup.correction).toBe(true);
  });
});
