// Firefox: the MV2 build installs in Firefox ESR and puts the badge on the seed page, and its popup
// shows that page's report (web-ext lint has its own file, web-ext-lint.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './helpers/firefox';
import { startFirefoxWithAddon, waitFor, type FirefoxSession } from './helpers/marionette';
import { readLabels, startCorpusServer, type CorpusServer } from './helpers/corpus-server';
import { FIREFOX_BUILD, SEED_ID } from './helpers/paths';

describe('Firefox build', () => {
  let firefox: FirefoxWithExtension;
  let server: CorpusServer;

  beforeAll(async () => {
    server = await startCorpusServer();
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
