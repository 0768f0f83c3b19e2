// The extension makes no network request of its own. Pages are served with their scripts blocked
// (see helpers/corpus-server.ts), so every request a page makes comes from its HTML (the parser) or
// the browser; a request started by a script can only be the extension's. Every request that reaches
// the server (every host resolves to it) must be one the pages made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, openCorpusPage, waitForFinalState, type ExtensionBrowser } from './helpers/chromium';
import { hostResolverArgs, readLabels, startCorpusServer, type CorpusServer } from './helpers/corpus-server';
import { SEED_ID } from './helpers/paths';

// The seed, a wire story, a republished story with links (each with its badge), a non-article (none).
const PAGES: [id: string, badge: boolean][] = [
  [SEED_ID, true],
  ['p009-sfgate-com', true],
  ['p055-salon-com', true],
  ['p137-github-com', false],
];

interface Seen {
  url: string;
  initiator: string;
  stack: string[];
}

describe('network use (Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: CorpusServer;
  const seen: Seen[] = [];
  let serverLogStart = 0;

  beforeAll(async () => {
    server = await startCorpusServer();
    browser = await launchWithExtension(hostResolverArgs(server.port));
    serverLogStart = server.log.length;
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (e) => {
      const frames: { url: string }[] = [];
      for (let s = e.initiator.stack; s; s = s.parent) frames.push(...s.callFrames);
      seen.push({ url: e.request.url, initiator: e.initiator.type, stack: frames.map((f) => f.url) });
    });
    await cdp.send('Network.enable');
    const labels = readLabels();
    for (const [id, badge] of PAGES) {
      const label = labels.find((l) => l.id === id)!;
      const url = await openCorpusPage(page, server, label);
      await waitForFinalState(browser.worker, url);
      expect(await page.locator('creditline-badge').count(), id).toBe(badge ? 1 : 0);
      if (!badge) continue;
      // Use the badge too: the card with its links and "Show on page", until the page shows its
      // answer (the highlights' style element, or the card's note that nothing was found).
      await page.locator('creditline-badge button.toggle').click();
      await page.locator('creditline-badge button.primary').click();
      await page.locator('style[data-creditline-style], creditline-badge .note').first().waitFor({ state: 'attached' });
    }
    // Whatever the extension might still send has gone out.
    await page.waitForLoadState('networkidle');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts no request from a script, except loading its own files', () => {
    const byScript = seen.filter((r) => r.initiator === 'script' || r.stack.length > 0);
    // Its own files load from chrome-extension:// (under a per-session id: use_dynamic_url), never the network.
    const foreign = byScript.filter((r) => !r.url.startsWith('chrome-extension://'));
    expect(byScript.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });

  it('sends nothing to any server that the pages did not ask for', () => {
    const asked = new Set(
      seen
        .filter((r) => /^http:/.test(r.url))
        .map((r) => {
          const u = new URL(r.url);
          return `${u.hostname}${u.pathname}${u.search}`;
        }),
    );
    const unasked = server.log
      .slice(serverLogStart)
      .filter((e) => e.host !== '?')
      // Chromium's own services (component updater, network time) sign their requests with the
      // Client Update Protocol (cup2key); no extension can, so they are the browser's, not ours.
      .filter((e) => !/[?&]cup2key=/.test(e.path))
      .map((e) => `${e.host}${e.path}`)
      .filter((key) => !asked.has(key));
    expect(unasked).toEqual([]);
  });

  it('keeps its files away from web pages (no fingerprinting through a static URL)', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.localUrl(readLabels().find((l) => l.id === SEED_ID)!));
    const reachable = await page.evaluate(async (id) => {
      try {
        const res = await fetch(`chrome-extension://${id}/content-engine.js`);
        return res.ok;
      } catch {
        return false;
      }
    }, browser.extensionId);
    expect(reachable).toBe(false);
    await page.close();
  });
});
