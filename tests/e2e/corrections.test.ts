// "This is wrong" in real Chromium: the reader corrects the seed page's verdict from the popup (status
// and an agency found by searching the registry); the correction is kept on the device, shown on that
// page from then on beside the engine's own verdict, painted on the toolbar (the page's pill, for the
// verdict the reader rejected, comes down), and exported from the
// options page as JSON Lines that hold to the corpus label format (../shared/corpus/README.md).
// With CREDITLINE_SCREENSHOTS=1 it also writes docs/screenshots/popup-correction.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES, type Report } from '../../lib/report';
import { AGENCIES } from '../../lib/rules/agencies';
import { actionBadgeText, launchWithExtension, waitForFinalState, type ExtensionBrowser } from './helpers/chromium';
import { hostResolverArgs, readLabels, startCorpusServer, type CorpusServer } from './helpers/corpus-server';
import { CORPUS_DIR, REPO_ROOT, SEED_ID } from './helpers/paths';

const SHOTS = process.env.CREDITLINE_SCREENSHOTS === '1';

describe('corrections (Chromium)', () => {
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

  async function openPopup(tabId: number): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('.cl-status').waitFor();
    return popup;
  }

  it('saves a correction from the popup, shows it from then on, paints it on the toolbar and exports it as a corpus label', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.urlFor(seed), { waitUntil: 'domcontentloaded' });
    const { tabId, state } = await waitForFinalState(browser.worker, page.url(), 20_000);
    const report = (state as unknown as { report: Report }).report;
    expect(report.status).toBe('wire-unedited');
    const engineBadge = await actionBadgeText(browser.worker, tabId);

    let popup = await openPopup(tabId);
    await popup.locator('[data-action="correction-open"]').click();
    await popup.getByLabel('What the page really is').selectOption('wire-assisted');
    // The engine's agency is chosen already; the reader adds another, found by name.
    expect(await popup.locator('[data-list="correction-agencies"] [data-agency]').evaluateAll((els) => els.map((e) => e.getAttribute('data-agency')))).toEqual([
      'ani',
    ]);
    await popup.getByLabel('Search agencies').fill('Press Trust');
    await popup.locator('[data-list="agency-results"] [data-agency="pti"]').click();
    await popup.locator('[data-action="correction-save"]').click();
    await expect.poll(() => popup.locator('.cl-correction__yours').textContent()).toMatch(/^You corrected this: .+ · ANI, PTI$/);
    // The engine's verdict is still the one the status card shows.
    expect(await popup.locator('.cl-status').getAttribute('data-status')).toBe('wire-unedited');

    // Stored on the device, under the page's address.
    const stored = await browser.worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('corrections')).corrections);
    expect(Object.keys(stored)).toEqual([page.url()]);

    // The page no longer carries a pill for the verdict the reader rejected.
    await expect.poll(() => page.locator('creditline-badge').count(), { timeout: 10_000 }).toBe(0);
    // The toolbar shows the reader's verdict.
    await expect.poll(() => actionBadgeText(browser.worker, tabId)).not.toBe(engineBadge);
    expect(await actionBadgeText(browser.worker, tabId)).toContain('ANI');

    // From then on: a new popup, and the page loaded again.
    await popup.close();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await waitForFinalState(browser.worker, page.url(), 20_000);
    popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('.cl-correction__yours').textContent()).toMatch(/ · ANI, PTI$/);
    expect(await page.locator('creditline-badge').count()).toBe(0);
    await expect.poll(() => actionBadgeText(browser.worker, tabId)).not.toBe(engineBadge);
    if (SHOTS) {
      const dir = join(REPO_ROOT, 'docs', 'screenshots');
      mkdirSync(dir, { recursive: true });
      await popup.locator('.cl-correction').scrollIntoViewIfNeeded();
      await popup.screenshot({ path: join(dir, 'popup-correction.png') });
    }

    // The options page counts it and exports it.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const section = options.locator('[data-section="corrections"]');
    await section.waitFor();
    expect(await section.locator('[data-count]').getAttribute('data-count')).toBe('1');
    const [download] = await Promise.all([options.waitForEvent('download'), section.locator('[data-action="export-corrections"]').click()]);
    expect(download.suggestedFilename()).toBe('creditline-corrections.jsonl');
    const text = readFileSync((await download.path())!, 'utf8');
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(1);
    const label = JSON.parse(lines[0]!) as Record<string, unknown>;
    // The corpus's own labels name the fields.
    const corpusLabel = JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.jsonl'), 'utf8').split('\n')[0]!) as Record<string, unknown>;
    for (const field of [
      'id',
      'file',
      'url',
      'lang',
      'publisher',
      'isArticle',
      'status',
      'statusAlt',
      'agencies',
      'optionalAgencies',
      'photoOnlyAgencies',
      'disclaimer',
      'republishedFrom',
      'embeds',
      'evidence',
      'notes',
    ]) {
      expect(Object.keys(corpusLabel)).toContain(field);
      expect(Object.keys(label)).toContain(field);
      expect(typeof label[field] === typeof corpusLabel[field] || label[field] === null || corpusLabel[field] === null, field).toBe(true);
    }
    expect(label).toMatchObject({ url: page.url(), status: 'wire-assisted', agencies: ['ani', 'pti'], isArticle: true, file: `pages/${label.id}.html` });
    expect(STATUSES).toContain(label.status);
    for (const id of label.agencies as string[]) expect(AGENCIES.some((a) => a.id === id)).toBe(true);
    // The page's embedded post, as the engine found it, goes with it.
    expect((label.embeds as { platform: string }[]).map((e) => e.platform)).toEqual(report.embeds.map((e) => e.platform));

    // Clearing asks first, then the page is back to the engine's verdict.
    await section.locator('[data-action="clear-corrections"]').click();
    await section.locator('[data-action="clear-corrections-yes"]').click();
    await expect.poll(() => section.locator('[data-count]').getAttribute('data-count')).toBe('0');
    await expect.poll(() => popup.locator('[data-correction]').getAttribute('data-correction')).toBe('none');
    await expect.poll(() => actionBadgeText(browser.worker, tabId)).toBe(engineBadge);
    await expect.poll(() => page.locator('creditline-badge').count(), { timeout: 10_000 }).toBe(1);
    await options.close();
    await popup.close();
    await page.close();
  });
});
