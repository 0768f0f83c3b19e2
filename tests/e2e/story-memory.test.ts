// The story memory in real Chromium: a wire story read on one host and the same story re-headlined and
// trimmed on another; the second page's popup and card show the first with the share of text in
// common; a listing page on a third host marks the links to both (on a long one, as they come near
// the viewport); pausing, forgetting a site and
// forgetting everything work. The pages are built from a real corpus page and answered by
// Playwright's router: nothing leaves the machine.
//
// Private windows: Playwright's persistent context (the only way to load an unpacked extension)
// cannot open an incognito window, so "a private window writes nothing" is held by the background's
// unit test on sender.tab.incognito (tests/extension/background.test.ts) and in a real private window
// of Firefox (private-window.test.ts).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../lib/report';
import { launchWithExtension, waitForFinalState, type ExtensionBrowser } from './helpers/chromium';
import { readLabels } from './helpers/corpus-server';
import { CORPUS_DIR, REPO_ROOT } from './helpers/paths';

const SHOTS = process.env.CREDITLINE_SCREENSHOTS === '1';
const SHOT_DIR = join(REPO_ROOT, 'docs', 'screenshots');
const WIRE_URL = 'http://wire-one.test/world/russia-missile-attack-kyiv';
const COPY_URL = 'http://carrier-two.test/news/2026/kyiv-under-fire';
const OTHER_URL = 'http://carrier-two.test/news/2026/something-else';
const LISTING_URL = 'http://listing-three.test/';
const LONG_LISTING_URL = 'http://listing-three.test/archive';
const NEW_HEADLINE = 'Kyiv shaken overnight as Russian missiles hit the capital';

const label = readLabels().find((l) => l.id === 'globalnews-ap-kyiv-2026')!;
const original = readFileSync(join(CORPUS_DIR, label.file), 'utf8');

/** The page as another site would carry it: no address of the original, a new headline, the ending cut. */
function carried(html: string, headline: string | null, keep: number): string {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('link[rel="canonical"], meta[property="og:url"], link[rel="alternate"], link[rel="amphtml"]')) el.remove();
  if (headline) {
    for (const m of document.querySelectorAll('meta[property="og:title"], meta[name="twitter:title"]')) m.setAttribute('content', headline);
    const title = document.querySelector('title');
    if (title) title.textContent = headline;
    const h1 = document.querySelector('h1');
    if (h1) h1.textContent = headline;
  }
  // The story's long paragraphs, of which the last ones go (a site cutting the agency's ending).
  const paras = [...document.querySelectorAll('p')].filter((p) => (p.textContent ?? '').trim().length > 80);
  for (const p of paras.slice(Math.ceil(paras.length * keep))) p.remove();
  return document.toString();
}

const LISTING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Listing Three — World</title></head><body>
<header><a href="/">Listing Three</a> <a href="/world">World</a></header>
<main><h1>World news</h1><ul>
<li><a href="${WIRE_URL}?utm_source=listing">Russian missiles strike Kyiv</a></li>
<li><a href="${COPY_URL}#comments">${NEW_HEADLINE}</a></li>
<li><a href="${OTHER_URL}">A story nobody has read</a></li>
${Array.from({ length: 60 }, (_, i) => `<li><a href="http://listing-three.test/world/story-${i}">Another story ${i}</a></li>`).join('\n')}
</ul></main></body></html>`;

/** A long listing: one known story at the top, 800 others, and the other known story at the very end. */
const LONG_LISTING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Listing Three — Archive</title></head><body>
<main><h1>Archive</h1><ul>
<li><a href="${COPY_URL}">${NEW_HEADLINE}</a></li>
${Array.from({ length: 800 }, (_, i) => `<li><a href="http://listing-three.test/archive/story-${i}">Older story ${i}</a></li>`).join('\n')}
<li><a id="last" href="${WIRE_URL}">Russian missiles strike Kyiv</a></li>
</ul></main></body></html>`;

describe('story memory (Chromium)', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension();
    const serve = (url: string, body: string) =>
      browser.context.route(`${url}*`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    await serve(WIRE_URL, carried(original, null, 1));
    await serve(COPY_URL, carried(original, NEW_HEADLINE, 0.6));
    await serve(LISTING_URL, LISTING);
    await serve(LONG_LISTING_URL, LONG_LISTING);
    // Everything else the pages ask for (pictures, scripts): nothing.
    await browser.context.route(/^http:\/\/(wire-one|carrier-two|listing-three)\.test\/.*\.(js|css|jpe?g|png|webp|svg|gif|woff2?)(\?.*)?$/, (route) =>
      route.fulfill({ status: 404, body: '' }),
    );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function read(url: string): Promise<{ page: Page; tabId: number; report: Report }> {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const { tabId, state } = await waitForFinalState(browser.worker, page.url(), 20_000);
    expect(state.kind).toBe('done');
    return { page, tabId, report: (state as unknown as { report: Report }).report };
  }

  async function options(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.locator('[data-section="memory"] [data-usage]:not([data-usage=""])').waitFor();
    return page;
  }

  const kept = async (page: Page) => Number(await page.locator('[data-section="memory"] [data-usage]').getAttribute('data-usage'));

  async function marksOn(url: string): Promise<{ page: Page; labels: () => Promise<string[]> }> {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await waitForFinalState(browser.worker, page.url(), 20_000);
    const labels = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('creditline-mark')].map((m) => {
          const a = m.closest('a')!;
          return `${a.getAttribute('href')} → ${m.shadowRoot?.querySelector('[role="img"]')?.getAttribute('aria-label')}`;
        }),
      );
    return { page, labels };
  }

  it('shows the wire story in the trimmed copy’s popup and card, and marks both on a listing page', async () => {
    const wire = await read(WIRE_URL);
    expect(wire.report.fingerprint).not.toBeNull();
    const copy = await read(COPY_URL);
    expect(copy.report.headline).toBe(NEW_HEADLINE);

    // The popup of the second page.
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${copy.tabId}`);
    const seen = popup.locator('[data-section="seen"]');
    await seen.waitFor();
    const text = (await seen.textContent()) ?? '';
    const share = Number(/(\d+)% the same text as the AP copy on wire-one\.test/.exec(text)?.[1]);
    // The trimmed copy is all in the full one, its new headline aside.
    expect(share).toBeGreaterThanOrEqual(85);
    expect(await seen.locator('a').first().getAttribute('href')).toBe(WIRE_URL);
    if (SHOTS) {
      mkdirSync(SHOT_DIR, { recursive: true });
      await seen.screenshot({ path: join(SHOT_DIR, 'seen-elsewhere-popup.png') });
    }

    // The card of the second page's badge.
    await copy.page.locator('creditline-badge button.toggle').click();
    const card = copy.page.locator('creditline-badge [data-section="seen"]');
    await card.waitFor();
    expect(await card.locator('li').first().textContent()).toMatch(/^AP · wire-one\.test · \d+% the same text$/);
    if (SHOTS) await copy.page.locator('creditline-badge .card').screenshot({ path: join(SHOT_DIR, 'seen-elsewhere-card.png') });

    // A listing page on a third host: the links to both copies get a mark, the others none.
    const listing = await marksOn(LISTING_URL);
    await expect.poll(listing.labels, { timeout: 10_000 }).toHaveLength(2);
    const labels = await listing.labels();
    expect(labels[0]).toMatch(new RegExp(`^${WIRE_URL}\\?utm_source=listing → Read before: .+ \\(Global News, `));
    expect(labels[1]).toMatch(/^http:\/\/carrier-two\.test\/news\/2026\/kyiv-under-fire#comments → Read before: /);
    if (SHOTS) await listing.page.screenshot({ path: join(SHOT_DIR, 'link-marks.png'), clip: { x: 0, y: 96, width: 480, height: 76 } });
    // A small fixed box beside the text, reachable with the keyboard.
    const box = await listing.page.locator('creditline-mark').first().boundingBox();
    expect(box).toMatchObject({ width: 10, height: 10 });
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await listing.page.keyboard.press('Tab');
      reached = await listing.page.evaluate(() => document.activeElement?.tagName === 'CREDITLINE-MARK');
    }
    expect(reached).toBe(true);

    // A long listing: links get their marks as they come near the viewport, the last one once the
    // reader has scrolled down to it.
    const long = await marksOn(LONG_LISTING_URL);
    await expect.poll(long.labels, { timeout: 10_000 }).toEqual([expect.stringMatching(/^http:\/\/carrier-two\.test\/.+ → Read before: /)]);
    const last = long.page.locator('#last');
    expect(await last.locator('creditline-mark').count()).toBe(0);
    await last.scrollIntoViewIfNeeded();
    await last.locator('creditline-mark').waitFor({ timeout: 10_000 });
    expect(await long.labels()).toHaveLength(2);

    for (const p of [popup, copy.page, wire.page, listing.page, long.page]) await p.close();
  });

  it('keeps nothing new while paused, forgets a site, then everything', async () => {
    const page = await options();
    expect(await kept(page)).toBe(2);
    await page.locator('#cl-memory-pause').check();
    await expect.poll(() => page.locator('#cl-memory-pause').isChecked()).toBe(true);
    // A new story read while paused is not kept.
    await browser.context.route(`${OTHER_URL}*`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: carried(original, 'Another headline for the same story', 0.5) }),
    );
    const other = await read(OTHER_URL);
    await page.reload();
    await page.locator('[data-section="memory"] [data-usage]:not([data-usage=""])').waitFor();
    expect(await kept(page)).toBe(2);
    expect(await page.locator('#cl-memory-pause').isChecked()).toBe(true);
    await page.locator('#cl-memory-pause').uncheck();
    await expect.poll(() => page.locator('#cl-memory-pause').isChecked()).toBe(false);
    await other.page.close();

    // Forget one site: its story no longer marks its link.
    await page.locator('#cl-memory-site').fill('wire-one.test');
    await page.locator('[data-action="forget-site"]').click();
    await expect.poll(() => page.locator('[data-message="ok"]').textContent()).toBe('1 story from wire-one.test forgotten.');
    expect(await kept(page)).toBe(1);
    const listing = await marksOn(LISTING_URL);
    await expect.poll(listing.labels, { timeout: 10_000 }).toHaveLength(1);
    expect((await listing.labels())[0]).toMatch(/^http:\/\/carrier-two\.test\//);
    await listing.page.close();

    // Forget everything: no marks, no copies.
    await page.locator('[data-action="memory-forget-all"]').click();
    await page.locator('[data-action="memory-forget-all-yes"]').click();
    await expect.poll(() => kept(page)).toBe(0);
    const again = await marksOn(LISTING_URL);
    // Its analysis is final, so the marks' one question (answered: the memory is empty) has gone out.
    expect(await again.labels()).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it('goes on when the database is deleted while pages are open: the badge works and the memory starts again', async () => {
    const open = await read(COPY_URL);
    // As "clear site data" would: the database goes while the background holds it open.
    const deleted = await browser.worker.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const req = indexedDB.deleteDatabase('creditline-story-memory');
          req.onsuccess = () => resolve('deleted');
          req.onerror = () => resolve('error');
          req.onblocked = () => resolve('blocked');
        }),
    );
    expect(deleted).toBe('deleted');
    const wire = await read(WIRE_URL);
    await wire.page.locator('creditline-badge button.toggle').waitFor();
    const page = await options();
    await expect.poll(() => kept(page)).toBe(1);
    for (const p of [open.page, wire.page, page]) await p.close();
  });
});
