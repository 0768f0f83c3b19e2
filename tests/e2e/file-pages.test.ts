// Saved pages (file://) in real Chromium: with the extension's "Allow access to file URLs" switch on,
// the saved seed page gets its inline badge, its toolbar badge and its report in the popup. (Turning
// the switch off through chrome://extensions disables an extension loaded from the command line for
// good, so the popup's words for the switched-off case are tested where it is rendered:
// components/popup/unsupported.test.ts.)
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionBadgeText, launchWithExtension, waitForFinalState, type ExtensionBrowser } from './helpers/chromium';
import { CORPUS_DIR, SEED_ID } from './helpers/paths';

describe('saved pages (Chromium)', () => {
  let browser: ExtensionBrowser;
  let dir: string;
  let fileUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'creditline-saved-'));
    copyFileSync(join(CORPUS_DIR, 'pages', `${SEED_ID}.html`), join(dir, 'Saved story.html'));
    fileUrl = `file://${join(dir, 'Saved%20story.html')}`;
    browser = await launchWithExtension();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const tabIds = async () =>
    (await browser.worker.evaluate(async () => (await (globalThis as any).chrome.tabs.query({})).map((t: { id: number }) => t.id))) as number[];
  /** The extension's own answer, asked from one of its pages (its service worker starts again only when needed). */
  async function fileAccess(): Promise<boolean | null> {
    const page = await browser.context.newPage();
    try {
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
      return await page.evaluate(() => (globalThis as any).chrome.extension.isAllowedFileSchemeAccess() as Promise<boolean>);
    } catch {
      return null;
    } finally {
      await page.close();
    }
  }

  /** Opens the saved page in a new tab and finds that tab's id (a file tab's address is hidden without access). */
  async function openSaved(): Promise<{ page: Page; tabId: number }> {
    const before = await tabIds();
    const page = await browser.context.newPage();
    await page.goto(fileUrl, { waitUntil: 'domcontentloaded' });
    const tabId = (await tabIds()).find((id) => !before.includes(id))!;
    expect(tabId).toBeTypeOf('number');
    return { page, tabId };
  }

  async function popupFor(tabId: number): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 700 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    return popup;
  }

  it('gives a saved page its badge, toolbar badge and report once file access is allowed', async () => {
    // Chromium gives an extension loaded from the command line file access from the start: the
    // switch is on, as the reader turns it on for an installed one.
    expect(await fileAccess()).toBe(true);
    const { page, tabId } = await openSaved();
    const { state } = await waitForFinalState(browser.worker, page.url(), 20_000);
    expect(state.kind).toBe('done');
    expect(state.report?.status).toBe('wire-unedited');
    await page.locator('creditline-badge').waitFor({ state: 'attached', timeout: 10_000 });
    expect(await page.evaluate(() => document.querySelector('creditline-badge')?.shadowRoot?.querySelector('.line')?.textContent ?? '')).toMatch(/ANI/);
    expect(await actionBadgeText(browser.worker, tabId)).toMatch(/ANI/);
    const popup = await popupFor(tabId);
    await popup.locator('.cl-status').waitFor();
    expect(await popup.locator('.cl-status').getAttribute('data-status')).toBe('wire-unedited');
    // A saved page has no site to switch off.
    expect(await popup.locator('[data-action="switch-off"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
