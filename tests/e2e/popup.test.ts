// The popup in real Chromium, opened as popup.html?tabId=N beside a corpus page served locally: it
// shows what the background holds for that tab (status, agencies, evidence), copies the report, and
// "Switch off on this site" makes the content script stand down on reload.
// With CREDITLINE_SCREENSHOTS=1 it also writes docs/screenshots/popup.png and popup-dark.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../lib/report';
import { STATUS_COLORS } from '../../utils/presentation/colors';
import { actionBadgeText, launchWithExtension, openCorpusPage, waitForFinalState, type ExtensionBrowser } from './helpers/chromium';
import { hostResolverArgs, readLabels, startCorpusServer, type CorpusServer } from './helpers/corpus-server';
import { CORPUS_DIR, REPO_ROOT, SEED_ID } from './helpers/paths';

const SHOTS = process.env.CREDITLINE_SCREENSHOTS === '1';
const SHOT_DIR = join(REPO_ROOT, 'docs', 'screenshots');

describe('popup (Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: CorpusServer;
  const labels = readLabels();
  const seed = labels.find((l) => l.id === SEED_ID)!;
  // A labelled staff page: nothing credits an agency for its text.
  const staff = labels.find((l) => l.id === 'p102-time-com')!;

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

  async function openLabel(label: typeof seed): Promise<{ page: Page; tabId: number; report: Report }> {
    const page = await browser.context.newPage();
    const { tabId, state } = await waitForFinalState(browser.worker, await openCorpusPage(page, server, label));
    expect(state.kind).toBe('done');
    return { page, tabId, report: (state as unknown as { report: Report }).report };
  }

  const toolbarTitle = (tabId: number) =>
    browser.worker.evaluate((id: number) => (globalThis as any).chrome.action.getTitle({ tabId: id }) as Promise<string>, tabId);

  async function openPopup(tabId: number, width = 380, height = 900): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width, height });
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

  it('says a status in the same words on the pill, its card, the popup and the toolbar title', async () => {
    const { page, tabId } = await openArticle();
    const pill = (await page.locator('creditline-badge .line').textContent())!;
    expect(pill).toBe('Agency story, published unedited · ANI');
    await page.locator('creditline-badge button.toggle').click();
    expect(await page.locator('creditline-badge .card .summary').textContent()).toBe(pill);
    // The card and the pill's accessible name say whose label this is.
    expect(await page.locator('creditline-badge .card .brand').textContent()).toBe('Creditline');
    expect(await page.locator('creditline-badge button.toggle').getAttribute('aria-label')).toBe(`Creditline: ${pill}. Show where this story comes from`);
    expect(await toolbarTitle(tabId)).toBe(`Creditline: ${pill}`);
    const popup = await openPopup(tabId);
    await popup.locator('.cl-status').waitFor();
    const label = await popup.locator('#cl-status-title').textContent();
    const detail = await popup.locator('.cl-status__detail').textContent();
    expect(`${label} · ${detail}`).toBe(pill);
    // Said once: where a text comes from, not whether it is true.
    expect(await popup.locator('[data-note="scope"]').textContent()).toBe('Creditline tells where a text comes from, not whether it is true.');
    await popup.close();
    await page.close();
  });

  it('says "No agency credit found" on a staff page, lists what was checked, in a neutral colour and toolbar', async () => {
    expect(staff.status).toBe('staff');
    const { page, tabId, report } = await openLabel(staff);
    expect(report.status).toBe('staff');
    const popup = await openPopup(tabId);
    await popup.locator('.cl-status').waitFor();
    expect(await popup.locator('#cl-status-title').textContent()).toBe('No agency credit found');
    const checked = await popup.locator('[data-section="checked"] li').allTextContents();
    expect(checked.length).toBeGreaterThan(0);
    for (const e of report.statusEvidence.filter((x) => x.ruleId === 'no-credit-found')) expect(checked).toContain(e.text);
    // No percentage reads as a trust rating here, and the accent is the neutral slate, not green.
    expect(await popup.locator('.cl-status__confidence').count()).toBe(0);
    const stripe = await popup.locator('.cl-status').evaluate((el) => getComputedStyle(el).borderInlineStartColor);
    expect(stripe).toBe(hexToRgb(STATUS_COLORS.staff.light.solid));
    expect(await actionBadgeText(browser.worker, tabId)).toBe('');
    expect(await toolbarTitle(tabId)).toBe('Creditline: No agency credit found');
    // Off by default, the staff badge is not on the page.
    expect(await page.locator('creditline-badge').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('fits a typical report in the 600 px a browser gives a popup', async () => {
    const { page, tabId } = await openArticle();
    const popup = await openPopup(tabId, 380, 600);
    await popup.locator('.cl-status').waitFor();
    await popup.locator('[data-action="copy-markdown"]').waitFor();
    // The popup's own box (the page scrolls to at least the viewport, so the document's height would not tell).
    const height = await popup.evaluate(() => document.querySelector('.cl-popup')!.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(300);
    expect(height).toBeLessThanOrEqual(600);
    // What a reader opens first stays open; the long lists are folded.
    expect(await popup.locator('details[data-section="embeds"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await popup.locator('[data-section="disclaimer"] blockquote').isVisible()).toBe(true);
    await popup.close();
    await page.close();
  });

  it('brings back a badge the reader closed, from the popup', async () => {
    const { page, tabId } = await openArticle();
    await page.locator('creditline-badge button.dismiss').click();
    await expect.poll(() => page.locator('creditline-badge').count()).toBe(0);
    const popup = await openPopup(tabId);
    const restore = popup.locator('[data-action="restore-badge"]');
    await restore.waitFor();
    await restore.click();
    await popup.locator('.cl-live', { hasText: 'The badge is back on the page.' }).waitFor();
    // The page is analysed again before the badge goes up: on a busy machine that takes seconds.
    await expect.poll(() => page.locator('creditline-badge').count(), { timeout: 15_000 }).toBe(1);
    // And it stays back after a reload: the dismissal is forgotten.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect.poll(() => page.locator('creditline-badge').count(), { timeout: 15_000 }).toBe(1);
    await popup.close();
    await page.close();
  });

  // The store screenshots: the seed page at a publisher-like https address (answered locally by
  // Playwright's router, nothing leaves the machine), the popup at toolbar size.
  it.runIf(SHOTS)('writes the popup screenshots, light and dark', async () => {
    const address = 'https://newsable.asianetnews.com/world/russia-china-partnership-strongest-in-history';
    const html = readFileSync(join(CORPUS_DIR, seed.file));
    await browser.context.route(address, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    // A reader's first page: the copies the tests above opened on local addresses are forgotten.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    expect(await options.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'creditline/memory-forget-all' }))).toBe(true);
    await options.close();
    const page = await browser.context.newPage();
    await page.goto(address, { waitUntil: 'domcontentloaded' });
    const { tabId } = await waitForFinalState(browser.worker, page.url());
    // As the toolbar shows it: 380 px wide, at most 600 px tall, the long sections folded.
    const popup = await openPopup(tabId, 380, 600);
    await popup.locator('.cl-status').waitFor();
    await popup.mouse.move(0, 0);
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    mkdirSync(SHOT_DIR, { recursive: true });
    await shoot(popup, join(SHOT_DIR, 'popup.png'));
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shoot(popup, join(SHOT_DIR, 'popup-dark.png'));
    await popup.close();
    await page.close();
    // A staff story: no agency credit found, what was checked, the neutral colour.
    const plain = await openLabel(staff);
    const none = await openPopup(plain.tabId, 380, 600);
    await none.locator('[data-section="checked"]').waitFor();
    await none.mouse.move(0, 0);
    await none.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shoot(none, join(SHOT_DIR, 'popup-no-credit.png'));
    await none.close();
    await plain.page.close();
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

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The screenshot shows the final colours: without transitions a theme switch is painted at once. */
async function shoot(page: Page, path: string) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.screenshot({ path, fullPage: true });
}

async function expectText(page: Page, selector: string, text: string) {
  await page.waitForFunction(({ selector, text }) => document.querySelector(selector)?.textContent === text, { selector, text }, { timeout: 5000 });
}
