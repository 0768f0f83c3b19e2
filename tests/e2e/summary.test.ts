// The batch summary of the whole corpus, made by the compiled command line and opened in real
// Chromium: its numbers are those counted from the run's JSON Lines, nothing leaves the page, it fits
// a phone's width, and it is screenshotted (with CREDITLINE_SCREENSHOTS=1 into
// docs/screenshots/summary.png).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, QUIET_CHROMIUM_FLAGS } from '../../scripts/chromium';
import { cli, jsonLines } from '../../cli/cli-run';
import { outletOf } from '../../cli/page-row';
import type { Summary } from '../../cli/summary';
import { CORPUS_DIR, REPO_ROOT } from './helpers/paths';

const SHOTS = process.env.CREDITLINE_SCREENSHOTS === '1';

describe('batch summary of the corpus (Chromium)', () => {
  let dir: string;
  let browser: Browser;
  let summary: Summary;
  let reports: Record<string, unknown>[];
  let html: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'creditline-summary-'));
    html = join(dir, 'summary.html');
    const run = await cli(
      ['--json', '-o', join(dir, 'out.jsonl'), '--summary', html, '--summary-json', join(dir, 'summary.json'), join(CORPUS_DIR, 'labels.jsonl')],
      { timeoutMs: 240_000 },
    );
    expect(run.code, run.stderr).toBe(0);
    reports = jsonLines(readFileSync(join(dir, 'out.jsonl'), 'utf8'));
    summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Summary;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_CHROMIUM_FLAGS });
  }, 250_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('counts every corpus page, per outlet as the JSON Lines do', () => {
    const labels = readFileSync(join(CORPUS_DIR, 'labels.jsonl'), 'utf8').trim().split('\n');
    expect(reports).toHaveLength(labels.length);
    expect(summary.pages).toBe(reports.length);
    const byOutlet = new Map<string, number>();
    for (const r of reports) {
      const outlet = outletOf(r.url as string | null, r.publisher as string | null);
      byOutlet.set(outlet, (byOutlet.get(outlet) ?? 0) + 1);
    }
    expect(new Map(summary.outlets.map((o) => [o.outlet, o.pages]))).toEqual(byOutlet);
    expect(summary.articles).toBe(reports.filter((r) => r.status !== 'not-article').length);
    expect(summary.timeline.points.length).toBeGreaterThan(1);
  });

  it('opens in Chromium without a request leaving the page, shows the numbers, fits a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: SHOTS ? 2 : 1 });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(html).href;
    await page.goto(url);
    expect(requests).toEqual([url]);
    const text = (await page.locator('.totals').textContent()) ?? '';
    expect(text).toContain(`${summary.pages.toLocaleString('en-US')} pages analysed`);
    expect(text).toContain(`${summary.articles.toLocaleString('en-US')} articles`);
    expect(await page.locator('section:has(h2:text("Statuses per outlet")) ol.bars > li').count()).toBe(Math.min(30, summary.outlets.length));
    expect(await page.locator('svg.timeline rect').count()).toBeGreaterThan(0);
    const top = summary.outlets[0]!;
    await expect.poll(() => page.locator('ol.bars li .name').first().textContent()).toContain(top.outlet);
    // Nothing but the table scrolls sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.setViewportSize({ width: 900, height: 1300 });
    const shot = SHOTS ? join(REPO_ROOT, 'docs', 'screenshots', 'summary.png') : join(dir, 'summary.png');
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    await page.close();
  });
});
