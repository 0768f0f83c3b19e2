// The popup in real Chromium, opened as popup.html?tabId=N beside a corpus page served locally: it
// shows what the background holds for that tab (status, agencies, evidence), copies the report, and
// "Switch off on this site" makes the content script stand down on reload.
// With CREDITLINE_SCREENSHOTS=1 it also writes docs/screenshots/popup.png and popup-dark.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../lib/report';
import { launchWithExtension, waitForFinalState, type ExtensionBrowser } from './helpers/chromium';
import { hostResolverArgs, readLabels, startCorpusServer, type CorpusServer } from './helpers/corpus-server';
import { CORPUS_DIR, REPO_ROOT, SEED_ID } from './helpers/paths';

const SHOTS = process.env.CREDITLINE_SCREENSHOTS === '1';
const SHOT_DIR = join(REPO_ROOT, 'docs', 'screenshots');

describe('popup (Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: CorpusServer;
  const seed = readLabels().find((l) => l.id === SEED_ID)!;

  beforeAll(async () => {
    server = await startCorpusServer();
    browser = await launchWithExtension(hostResolverArgs(server.port));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openArticle(): Promise<{ page: Page; tabId: number; report: Report }> {
    const page = await browser.context.newPage();
    await page.goto(server.urlFor(seed), { waitUntil: 'domcontentloaded' });
    const { tabId, state } = await waitForFinalState(browser.worker, page.url());
    expect(state.kind).toBe('done');
    return { page, tabId, report: (state as unknown as { report: Report }).report };
  }

  async function openPopup(tabId: number, width = 380): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    return popup;
  }

  it('shows the status, agencies and every piece of evidence the background holds for the tab', async () => {
    const { page, tabId, report } = await openArticle();
    const popup = await openPopup(tabId);
    const status = popup.locator('.cl-status');
    await status.waitFor();
    expect(await status.getAttribute('data-status')).toBe(report.status);
    const title = (await popup.locator('#cl-status-title').textContent()) ?? '';
    expect(title.length).toBeGreaterThan(3);
    for (const a of report.agencies) expect(await popup.locator('[data-section="agencies"]').textContent()).toContain(a.name);
    if (report.disclaimer) expect(await popup.locator('[data-section="disclaimer"] blockquote').textContent()).toBe(report.disclaimer.text);
    await popup.locator('.cl-why > summary').click();
    const items = popup.locator('.cl-why .cl-evidence__item');
    expect(await items.count()).toBeGreaterThan(0);
    const whyText = (await popup.locator('.cl-why').textContent()) ?? '';
    for (const e of report.statusEvidence) expect(whyText).toContain(e.text);
    // Every link the popup shows is http(s) and opens safely.
    for (const a of await popup.locator('a').all()) {
      expect(await a.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(await a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    // Keyboard: Tab reaches the copy button with a visible focus ring.
    await popup.keyboard.press('Tab');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      reached = await popup.evaluate(() => document.activeElement?.getAttribute('data-action') === 'copy-markdown');
      if (!reached) await popup.keyboard.press('Tab');
    }
    expect(reached).toBe(true);
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    await popup.close();
    await page.close();
  });

  // The store screenshots: the seed page at a publisher-like https address (answered locally by
  // Playwright's router, nothing leaves the machine), the popup at toolbar width, "Why?" open.
  it.runIf(SHOTS)('writes the popup screenshots, light and dark', async () => {
    const address = 'https://newsable.asianetnews.com/world/russia-china-partnership-strongest-in-history';
    const html = readFileSync(join(CORPUS_DIR, seed.file));
    await browser.context.route(address, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    const page = await browser.context.newPage();
    await page.goto(address, { waitUntil: 'domcontentloaded' });
    const { tabId } = await waitForFinalState(browser.worker, page.url());
    const popup = await openPopup(tabId);
    await popup.locator('.cl-status').waitFor();
    await popup.locator('.cl-why > summary').click();
    await popup.mouse.move(0, 0);
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    mkdirSync(SHOT_DIR, { recursive: true });
    await shoot(popup, join(SHOT_DIR, 'popup.png'));
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shoot(popup, join(SHOT_DIR, 'popup-dark.png'));
    await popup.close();
    await page.close();
  });

  it('copies the report as Markdown and as JSON', async () => {
    const { page, tabId, report } = await openArticle();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await openPopup(tabId);
    await popup.locator('[data-action="copy-markdown"]').click();
    await expectText(popup, '[data-action="copy-markdown"]', 'Copied');
    const md = await popup.evaluate(() => navigator.clipboard.readText());
    expect(md.startsWith('# Creditline report')).toBe(true);
    await popup.locator('[data-action="copy-json"]').click();
    await expectText(popup, '[data-action="copy-json"]', 'Copied');
    const json = JSON.parse(await popup.evaluate(() => navigator.clipboard.readText())) as Report;
    expect(json.status).toBe(report.status);
    expect(json.statusEvidence).toEqual(report.statusEvidence);
    await popup.close();
    await page.close();
  });

  it('switches the site off: stored, the page loses its badge on reload, and the popup says so', async () => {
    const { page, tabId } = await openArticle();
    const popup = await openPopup(tabId);
    await popup.locator('[data-action="switch-off"]').click();
    await popup.locator('[data-state="disabled"]').waitFor();
    const host = new URL(page.url()).hostname.replace(/^www\./, '');
    const stored = await browser.worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings);
    expect(stored.disabledSites).toContain(host);

    // The reloaded page reports anew into an empty slot: its "disabled" comes before any badge could.
    const tabState = (id: number) =>
      browser.worker.evaluate(async (tab: number) => (await (globalThis as any).chrome.storage.session.get(`tab:${tab}`))[`tab:${tab}`] ?? null, id);
    await browser.worker.evaluate((id: number) => (globalThis as any).chrome.storage.session.remove(`tab:${id}`), tabId);
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => tabState(tabId)).toEqual({ kind: 'disabled', host });
    expect(await page.locator('creditline-badge').count()).toBe(0);
    await popup.reload();
    await popup.locator('[data-state="disabled"]').waitFor();
    expect(await popup.locator('[data-state="disabled"]').textContent()).toContain(host);

    // And back on.
    await popup.getByRole('button', { name: 'Switch on again' }).click();
    await popup.locator('.cl-status').waitFor({ timeout: 10_000 });
    await popup.close();
    await page.close();
  });
});

/** The screenshot shows the final colours: without transitions a theme switch is painted at once. */
async function shoot(page: Page, path: string) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.screenshot({ path, fullPage: true });
}

async function expectText(page: Page, selector: string, text: string) {
  await page.waitForFunction(({ selector, text }) => document.querySelector(selector)?.textContent === text, { selector, text }, { timeout: 5000 });
}
