// The options page in real Chromium: changes persist across reloads, a malformed import shows its
// error and changes nothing, and the keyboard reaches every control with a visible focus ring.
// With CREDITLINE_SCREENSHOTS=1 it also writes docs/screenshots/options.png and options-dark.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './helpers/chromium';
import { REPO_ROOT } from './helpers/paths';

const SHOTS = process.env.CREDITLINE_SCREENSHOTS === '1';
const SHOT_DIR = join(REPO_ROOT, 'docs', 'screenshots');

describe('options page (Chromium)', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 900, height: 1000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const open = async () => {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.locator('.cl-options').waitFor();
  };
  /** Stored settings as a test needs them (written the way the store writes them: value + version). */
  const seed = (settings: unknown) =>
    browser.worker.evaluate(async (value) => {
      const area = (globalThis as any).chrome.storage.local;
      await area.clear();
      if (value) await area.set({ settings: value, settings$: { v: 2 } });
    }, settings);
  const withSite = { badges: true, badgeStatuses: ['wire'], highlightEvidence: true, disabledSites: ['example.com'], customPhrases: [] };
  const stored = () => browser.worker.evaluate(async () => (globalThis as any).chrome.storage.local.get(null));

  it('keeps every change across a reload', async () => {
    await seed(null);
    await open();
    await page.getByLabel('Show a badge next to the headline').uncheck();
    await page.getByLabel('Site to switch off').fill('not a site');
    await page.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => page.locator('#cl-site-error').textContent()).toContain('not a valid site name');
    await page.getByLabel('Site to switch off').fill('https://www.Example.com/news');
    await page.getByRole('button', { name: 'Add site' }).click();
    await page.getByLabel('Phrase', { exact: true }).fill('This story was provided by');
    await page.getByLabel('Means').selectOption('wire');
    await page.getByRole('button', { name: 'Add phrase' }).click();
    await expect.poll(async () => (await stored()).settings?.customPhrases?.length).toBe(1);

    await page.reload();
    await page.locator('.cl-options').waitFor();
    expect(await page.getByLabel('Show a badge next to the headline').isChecked()).toBe(false);
    expect(await page.locator('[data-list="sites"]').textContent()).toContain('example.com');
    expect(await page.locator('[data-list="phrases"]').textContent()).toContain('This story was provided by');
    const s = (await stored()).settings;
    expect(s.badges).toBe(false);
    expect(s.disabledSites).toEqual(['example.com']);
    expect(s.customPhrases).toEqual([{ phrase: 'This story was provided by', status: 'wire', sites: [] }]);
  });

  it('rejects a malformed or oversized import with a clear message and changes nothing', async () => {
    await seed(withSite);
    await open();
    const before = await stored();
    await page
      .locator('#cl-import-file')
      .setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"creditline-settings","version":2,"settings":{') });
    await expect.poll(() => page.locator('[data-message="error"]').textContent()).toBe('That file is not valid JSON. Nothing was changed.');
    expect(await stored()).toEqual(before);
    await page.locator('#cl-import-file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(150_000, 32) });
    await expect.poll(() => page.locator('[data-message="error"]').textContent()).toContain('too large');
    expect(await stored()).toEqual(before);
    await page.reload();
    await page.locator('.cl-options').waitFor();
    expect(await page.locator('[data-list="sites"]').textContent()).toContain('example.com');
  });

  it('exports a file that imports back', async () => {
    await seed(withSite);
    await open();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
    expect(download.suggestedFilename()).toBe('creditline-settings.json');
    const path = await download.path();
    await page.getByRole('button', { name: 'Remove example.com' }).click();
    await expect.poll(async () => (await stored()).settings.disabledSites).toEqual([]);
    await page.locator('#cl-import-file').setInputFiles(path);
    await expect.poll(() => page.locator('[data-message="ok"]').textContent()).toBe('Settings imported.');
    expect((await stored()).settings.disabledSites).toEqual(['example.com']);
  });

  it('shows a notice when stored settings are corrupt, and falls back to defaults', async () => {
    await seed({ badges: 'yes', disabledSites: 7 });
    await open();
    expect(await page.locator('[data-notice]').textContent()).toContain('set back to their defaults');
    expect(await page.getByLabel('Show a badge next to the headline').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(async () => (await stored()).settings.badges).toBe(true);
    expect(await page.locator('[data-notice]').count()).toBe(0);
  });

  it('is reachable by keyboard with a visible focus ring', async () => {
    await seed(withSite);
    await open();
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const cs = getComputedStyle(el);
        return { id: el.id || el.getAttribute('data-action') || el.textContent || el.tagName, outline: cs.outlineStyle };
      });
      if (!info) continue;
      expect(info.outline, info.id).not.toBe('none');
      seen.add(info.id);
    }
    for (const id of ['cl-badges', 'cl-highlight', 'cl-site-input', 'cl-phrase-input', 'export', 'reset']) expect(seen).toContain(id);

    if (SHOTS) {
      // A representative state for the store screenshots.
      await browser.worker.evaluate(async () =>
        (globalThis as any).chrome.storage.local.set({
          settings: {
            badges: true,
            badgeStatuses: ['wire-unedited', 'wire', 'republished', 'press-release', 'sponsored'],
            highlightEvidence: true,
            disabledSites: ['example.com', 'intranet.example.org'],
            customPhrases: [
              { phrase: 'published from a syndicated feed', status: 'wire-unedited', sites: [] },
              { phrase: 'This content was paid for by', status: 'sponsored', sites: ['news.example.com'] },
            ],
            // Every field of the current version: the page shows no repair notice.
            language: 'browser',
            linkMarks: true,
          },
        }),
      );
      await open();
      expect(await page.locator('.cl-notice').count()).toBe(0);
      mkdirSync(SHOT_DIR, { recursive: true });
      await page.mouse.move(0, 0);
      // Without transitions the switch to dark is painted at once: nothing to wait for.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.screenshot({ path: join(SHOT_DIR, 'options.png'), fullPage: true });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: join(SHOT_DIR, 'options-dark.png'), fullPage: true });
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: null });
    }
  });
});
