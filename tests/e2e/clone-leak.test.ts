// The engine clones the document for Readability. In Chromium a clone holding <picture><source media>
// registers a media-query listener that keeps the whole clone alive for the page's lifetime, unless
// the clone's <source> elements lose their `media` first. Re-analysing such a page ten times in the
// real extension must leave the renderer with no more documents than after the first analysis.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TO_CONTENT } from '../../utils/messages';
import { launchWithExtension, openCorpusPage, waitForFinalState, type ExtensionBrowser } from './helpers/chromium';
import { hostResolverArgs, readLabels, startCorpusServer, type CorpusServer } from './helpers/corpus-server';

/** A wire story (so it gets a badge) with <picture><source media> in its markup. */
const PAGE_ID = 'p037-24horas-cl';
const REANALYSES = 10;
const REANALYZE: keyof typeof TO_CONTENT = 'creditline/reanalyze';

// Counts the badge's insertions: each analysis removes the badge and mounts a new one.
const COUNT_BADGES = `(() => {
  let n = 0;
  Object.defineProperty(window, '__creditlineBadges', { get: () => n });
  new MutationObserver((records) => {
    for (const r of records) for (const node of r.addedNodes) if (node.nodeType === 1 && node.localName === 'creditline-badge') n++;
  }).observe(document, { childList: true, subtree: true });
})()`;

describe('re-analysing a page with <picture><source media>', () => {
  let browser: ExtensionBrowser;
  let server: CorpusServer;
  let page: Page;
  let cdp: CDPSession;
  let tabId: number;

  /** Live documents in the renderer after a full garbage collection. */
  const documents = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Memory.getDOMCounters')).documents;
  };
  const badges = () => page.evaluate(() => (window as unknown as { __creditlineBadges: number }).__creditlineBadges);

  beforeAll(async () => {
    server = await startCorpusServer();
    browser = await launchWithExtension(hostResolverArgs(server.port));
    page = await browser.context.newPage();
    await page.addInitScript(COUNT_BADGES);
    const label = readLabels().find((l) => l.id === PAGE_ID)!;
    ({ tabId } = await waitForFinalState(browser.worker, await openCorpusPage(page, server, label)));
    cdp = await browser.context.newCDPSession(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is a page with such pictures, analysed once with a badge', async () => {
    expect(await page.evaluate(() => document.querySelectorAll('picture > source[media]').length)).toBeGreaterThan(0);
    expect(await badges()).toBe(1);
  });

  it(`holds no more documents after ${REANALYSES} more analyses than after the first`, async () => {
    const afterFirst = await documents();
    for (let i = 1; i <= REANALYSES; i++) {
      await browser.worker.evaluate(([id, type]) => (globalThis as any).chrome.tabs.sendMessage(id, { type }), [tabId, REANALYZE] as const);
      await page.waitForFunction((n) => (window as unknown as { __creditlineBadges: number }).__creditlineBadges > n, i, { timeout: 10_000 });
    }
    expect(await badges()).toBe(REANALYSES + 1);
    expect(await documents()).toBeLessThanOrEqual(afterFirst);
  });
});
