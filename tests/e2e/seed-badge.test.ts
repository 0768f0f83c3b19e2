// The founding example end to end in Chromium: the inline badge on the seed page (an Asianet Newsable
// story carried from the ANI feed), its card, "Show on page", dismissing, switching a site off, the
// per-tab toolbar badge, the popup's state request, and a single-page navigation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { actionBadgeText, launchWithExtension, openCorpusPage, waitForFinalState, type ExtensionBrowser } from './helpers/chromium';
import { hostResolverArgs, readLabels, startCorpusServer, type CorpusLabel, type CorpusServer } from './helpers/corpus-server';
import { SEED_ID } from './helpers/paths';

const labels = readLabels();
const byId = (id: string) => labels.find((l) => l.id === id)!;
const seed = byId(SEED_ID) as CorpusLabel & { disclaimer: string; embeds: { handle: string | null }[] };
// One labelled page per toolbar case; their gold statuses are checked below so a relabel shows.
const REPUBLISHED = byId('p055-salon-com');
const STAFF = byId('p102-time-com');
const AP_COPY = byId('p009-sfgate-com');
const NOT_ARTICLE = byId('p137-github-com');

describe('the seed page in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: CorpusServer;
  let page: Page;
  let seedTab: number;

  async function open(label: CorpusLabel, target?: Page) {
    const p = target ?? (await browser.context.newPage());
    const final = await waitForFinalState(browser.worker, await openCorpusPage(p, server, label));
    return { page: p, ...final };
  }

  beforeAll(async () => {
    server = await startCorpusServer();
    browser = await launchWithExtension(hostResolverArgs(server.port));
    const opened = await open(seed);
    page = opened.page;
    seedTab = opened.tabId;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('puts one badge, in a shadow root, at the top of the article', async () => {
    const info = await page.evaluate(() => {
      const hosts = document.querySelectorAll('creditline-badge');
      const host = hosts[0];
      return {
        count: hosts.length,
        inArticle: !!host?.parentElement?.closest('article') || host?.parentElement?.tagName === 'ARTICLE',
        first: host?.parentElement?.firstElementChild === host,
        shadow: !!host?.shadowRoot,
        lightText: host?.textContent ?? null,
        shadowText: host?.shadowRoot?.querySelector('.line')?.textContent ?? null,
      };
    });
    expect(info).toMatchObject({ count: 1, inArticle: true, first: true, shadow: true, lightText: '' });
    expect(info.shadowText).toBeTruthy();
  });

  it('says in a few words who wrote the text and how it was handled', async () => {
    expect(seed.status).toBe('wire-unedited');
    expect(seed.agencies).toEqual(['ani']);
    const line = await page.locator('creditline-badge .line').textContent();
    expect(line).toBe('Agency story, published unedited · ANI');
  });

  it('cannot be hidden or restyled by the page', async () => {
    await page.addStyleTag({
      content: 'creditline-badge, creditline-badge * { display: none !important; color: rgb(255, 0, 0) !important; font-size: 40px !important; }',
    });
    const toggle = page.locator('creditline-badge button.toggle');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    const style = await toggle.evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, fontSize: s.fontSize };
    });
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.fontSize).not.toBe('40px');
  });

  it('opens a card with the evidence, the posts and safe links, by mouse and by keyboard', async () => {
    const toggle = page.locator('creditline-badge button.toggle');
    await toggle.click();
    const card = page.locator('creditline-badge .card');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const text = await card.textContent();
    expect(text).toContain(seed.disclaimer);
    expect(text).toContain(seed.embeds[0]!.handle!);
    const links = await card
      .locator('a')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') ?? '', target: a.getAttribute('target') })));
    for (const link of links) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(link.rel.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      expect(link.target).toBe('_blank');
    }
    // Escape closes the card and gives focus back to the badge; Enter opens it again.
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await toggle.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => card.isVisible()).toBe(true);
  });

  it('"Show on page" highlights the disclaimer and the embedded post on the live page', async () => {
    await page.locator('creditline-badge button.primary').click();
    const marked = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Iterable<Range>> }).highlights.get('creditline-evidence');
      return h ? [...h].map((r) => r.toString()) : [];
    });
    expect(marked.some((t) => t.includes(seed.disclaimer))).toBe(true);
    expect(marked.some((t) => t.includes(seed.embeds[0]!.handle!))).toBe(true);
    // Highlighting did not change the page's text.
    expect(await page.evaluate(() => document.querySelectorAll('mark').length)).toBe(0);
  });

  it('paints the toolbar badge per tab, and nothing for non-articles', async () => {
    expect(REPUBLISHED.status).toBe('republished');
    expect(STAFF.status).toBe('staff');
    expect(NOT_ARTICLE.isArticle).toBe(false);
    expect([AP_COPY.status, AP_COPY.agencies]).toEqual(['wire', ['ap']]);
    const rep = await open(REPUBLISHED);
    const staff = await open(STAFF);
    const none = await open(NOT_ARTICLE);
    const ap = await open(AP_COPY);
    const texts = {
      seed: await actionBadgeText(browser.worker, seedTab),
      ap: await actionBadgeText(browser.worker, ap.tabId),
      republished: await actionBadgeText(browser.worker, rep.tabId),
      staff: await actionBadgeText(browser.worker, staff.tabId),
      none: await actionBadgeText(browser.worker, none.tabId),
    };
    // Unedited feed copy carries a mark ("=") that agency copy does not; no credit found leaves the button neutral.
    expect(texts).toEqual({ seed: '=ANI', ap: 'AP', republished: 'REP', staff: '', none: '' });
    const title = (tabId: number) =>
      browser.worker.evaluate((id: number) => (globalThis as any).chrome.action.getTitle({ tabId: id }) as Promise<string>, tabId);
    expect(await title(seedTab)).toBe('Creditline: Agency story, published unedited · ANI');
    expect(await title(ap.tabId)).toBe('Creditline: Agency story · AP');
    await Promise.all([rep.page.close(), staff.page.close(), none.page.close(), ap.page.close()]);
  });

  it('keeps the tab state where the popup reads it, and analyzes the page again when the popup asks', async () => {
    const ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const answer = await ext.evaluate(async (tabId: number) => {
      const chrome = (globalThis as any).chrome;
      return {
        seed: (await chrome.storage.session.get(`tab:${tabId}`))[`tab:${tabId}`],
        unknown: (await chrome.storage.session.get('tab:987654'))['tab:987654'] ?? null,
        reanalyze: await chrome.runtime.sendMessage({ type: 'creditline/reanalyze', tabId }),
      };
    }, seedTab);
    expect(answer.seed.kind).toBe('done');
    expect(answer.seed.report.status).toBe('wire-unedited');
    expect(answer.seed.report.agencies.map((a: { id: string }) => a.id)).toContain('ani');
    expect(answer.unknown).toBeNull();
    expect(answer.reanalyze).toBe(true);
    // The page was analysed again and still has exactly one badge.
    await waitForFinalState(browser.worker, page.url());
    await expect.poll(() => page.locator('creditline-badge').count()).toBe(1);
    await ext.close();
  });

  it('re-analyses when a single-page site changes its address', async () => {
    const next = `${server.origin}/pages/${SEED_ID}.html?story=2`;
    await page.evaluate((url) => history.pushState({}, '', url), next);
    const { state } = await waitForFinalState(browser.worker, next);
    expect(state.kind).toBe('done');
    expect(await page.locator('creditline-badge').count()).toBe(1);
  });

  it('shows a badge for "No agency credit found" once the options page turns every verdict on', async () => {
    const before = await open(STAFF);
    expect(await before.page.locator('creditline-badge').count()).toBe(0);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const staffBox = options.locator('input[data-status="staff"]');
    await staffBox.waitFor();
    expect(await staffBox.isChecked()).toBe(false);
    await options.locator('[data-action="all-badges"]').click();
    await expect.poll(() => staffBox.isChecked()).toBe(true);
    // The open page follows the settings at once.
    await expect.poll(() => before.page.locator('creditline-badge .line').textContent(), { timeout: 10_000 }).toBe('No agency credit found');
    const status = await before.page.locator('creditline-badge .root').getAttribute('data-status');
    expect(status).toBe('staff');
    // Back to the usual choice, and the badge goes.
    await staffBox.uncheck();
    await expect.poll(() => before.page.locator('creditline-badge').count(), { timeout: 10_000 }).toBe(0);
    await Promise.all([options.close(), before.page.close()]);
  });

  it('stays dismissed on a page once dismissed', async () => {
    await page.locator('creditline-badge button.dismiss').click();
    await expect.poll(() => page.locator('creditline-badge').count()).toBe(0);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForFinalState(browser.worker, page.url());
    expect(await page.locator('creditline-badge').count()).toBe(0);
  });

  it("forgets a tab's state when it leaves for a page the extension does not run on", async () => {
    const { page: p, tabId } = await open(REPUBLISHED);
    await p.goto('about:blank');
    await expect
      .poll(async () => {
        const all = await browser.worker.evaluate(() => (globalThis as any).chrome.storage.session.get(null));
        return `tab:${tabId}` in all;
      })
      .toBe(false);
    expect(await actionBadgeText(browser.worker, tabId)).toBe('');
    await p.close();
  });

  it('"Don\'t show on this site" switches the site off', async () => {
    const { page: p } = await open(REPUBLISHED);
    await p.locator('creditline-badge button.toggle').click();
    await p.locator('creditline-badge button.quiet', { hasText: "Don't show on this site" }).click();
    await expect.poll(() => p.locator('creditline-badge').count()).toBe(0);
    const host = new URL(p.url()).hostname.replace(/^www\./, '');
    await expect
      .poll(async () => {
        const all = await browser.worker.evaluate(() => (globalThis as any).chrome.storage.local.get(null));
        return JSON.stringify(all);
      })
      .toContain(host);
    await p.reload({ waitUntil: 'domcontentloaded' });
    await expect.poll(() => p.locator('creditline-badge').count()).toBe(0);
    await p.close();
  });
});
