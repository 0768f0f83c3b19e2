// The reader's own phrases in real Chromium, on a real corpus page served at its own address: a
// phrase counts as whole words only ("SID" is inside "Residents" there and must not count; the word
// "residents" does), only on the sites it names (subdomains included), as evidence beside the
// engine's own; and the options page previews what a phrase being typed matches on the last page read.
// With CREDITLINE_SCREENSHOTS=1 it also writes docs/screenshots/options-phrases.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../lib/report';
import { SETTINGS_VERSION } from '../../utils/settings/schema';
import { launchWithExtension, waitForFinalState, type ExtensionBrowser } from './helpers/chromium';
import { hostResolverArgs, readLabels, startCorpusServer, type CorpusServer } from './helpers/corpus-server';
import { REPO_ROOT } from './helpers/paths';

const PAGE_ID = 'birminghammail-walsall-syndication-footer';
const SHOTS = process.env.CREDITLINE_SCREENSHOTS === '1';
const SHOT_DIR = join(REPO_ROOT, 'docs', 'screenshots');

describe('your own phrases (Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: CorpusServer;
  const label = readLabels().find((l) => l.id === PAGE_ID)!;

  beforeAll(async () => {
    server = await startCorpusServer();
    browser = await launchWithExtension(hostResolverArgs(server.port));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const phrases = (customPhrases: unknown[]) =>
    browser.worker.evaluate(
      async ({ value, v }) => {
        const area = (globalThis as any).chrome.storage.local;
        await area.clear();
        await area.set({ settings: { badges: true, customPhrases: value }, settings$: { v } });
      },
      { value: customPhrases, v: SETTINGS_VERSION },
    );

  /** Opens the page afresh and returns the report the extension made of it with the stored phrases. */
  async function reportWith(customPhrases: unknown[]): Promise<{ page: Page; report: Report }> {
    await phrases(customPhrases);
    const page = await browser.context.newPage();
    await page.goto(server.urlFor(label), { waitUntil: 'domcontentloaded' });
    const { state } = await waitForFinalState(browser.worker, page.url(), 20_000);
    expect(state.kind).toBe('done');
    return { page, report: (state as unknown as { report: Report }).report };
  }

  const customEvidence = (r: Report) => r.statusEvidence.filter((e) => e.ruleId === 'custom-phrase');

  it('leaves the page alone for letters inside a word, and counts the word itself', async () => {
    const inside = await reportWith([{ phrase: 'SID', status: 'wire', sites: [] }]);
    expect(inside.report.status).toBe('staff');
    expect(customEvidence(inside.report)).toEqual([]);
    await inside.page.close();

    const word = await reportWith([{ phrase: 'residents', status: 'wire', sites: [] }]);
    expect(word.report.status).toBe('wire');
    const [ev] = customEvidence(word.report);
    expect(ev?.where).toBe('custom-rule');
    expect(ev?.text).toMatch(/\bresidents\b/i);
    await word.page.close();
  });

  it('counts a phrase only on the sites it names, subdomains included', async () => {
    const elsewhere = await reportWith([{ phrase: 'dispersal order', status: 'wire-assisted', sites: ['manchestereveningnews.co.uk'] }]);
    expect(new URL(elsewhere.page.url()).hostname).toBe('www.birminghammail.co.uk');
    expect(elsewhere.report.status).toBe('staff');
    await elsewhere.page.close();

    const here = await reportWith([{ phrase: 'dispersal order', status: 'wire-assisted', sites: ['birminghammail.co.uk'] }]);
    expect(here.report.status).toBe('wire-assisted');
    expect(customEvidence(here.report)[0]?.text).toMatch(/dispersal order/i);
    // The phrase is quoted as the line that decided the status, as a detector's disclaimer is.
    expect(here.report.disclaimer?.ruleId).toBe('custom-phrase');
    await here.page.close();
  });

  it('previews in the options page what the phrase being typed matches on the page last read', async () => {
    const { page } = await reportWith([]);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('.cl-options').waitFor();
    await options.getByLabel('Phrase', { exact: true }).fill('SID');
    const preview = options.locator('.cl-preview');
    await expect.poll(() => preview.getAttribute('data-preview'), { timeout: 10_000 }).toBe('page');
    await expect.poll(() => preview.locator('.cl-preview__summary').textContent()).toBe('No whole-word match on birminghammail.co.uk.');

    await options.getByLabel('Phrase', { exact: true }).fill('dispersal order');
    await expect.poll(() => preview.locator('li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await preview.locator('li mark').first().textContent()).toMatch(/^dispersal order$/i);
    expect(await preview.locator('li').first().textContent()).toMatch(/48-hour dispersal order/i);
    if (SHOTS) {
      mkdirSync(SHOT_DIR, { recursive: true });
      await options.setViewportSize({ width: 720, height: 1000 });
      await options.locator('[data-section="phrases"]').screenshot({ path: join(SHOT_DIR, 'options-phrases.png') });
    }

    // A site list that leaves this page out says so.
    await options.getByLabel('Only on these sites (optional)').fill('manchestereveningnews.co.uk');
    await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toContain('is not one of this phrase’s sites');
    await options.close();
    await page.close();
  });
});
