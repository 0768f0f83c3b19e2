// The extension makes no network request of its own. Corpus pages are served from 127.0.0.1 with a
// CSP that lets the page itself load nothing, and every host name resolves to the same local server:
// whatever is requested then (seen by the browser or by the server) was asked for by the extension or
// the browser, and must be the page itself or one of the extension's own files.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForFinalState, type ExtensionBrowser } from './helpers/chromium';
import { hostResolverArgs, readLabels } from './helpers/corpus-server';
import { CORPUS_DIR, SEED_ID } from './helpers/paths';

// Several kinds of page: agency copy, embeds, a republished story, staff work, other scripts.
const PAGE_IDS = [SEED_ID, 'p001-reuters-com', 'p046-fr-de', 'p104-forward-com', 'p052-inquirer-com', 'p043-tass-ru', 'p148-cna-com-tw', 'p137-github-com'];
const PROBE = '/recorder-probe';
const PAGE_CSP = "default-src 'none'; img-src 'none'; style-src 'unsafe-inline'";

interface Logged {
  host: string;
  path: string;
}

function startServer(): Promise<{ origin: string; port: number; log: Logged[]; close(): Promise<void> }> {
  const labels = new Map(readLabels().map((l) => [`/pages/${l.id}.html`, l]));
  const log: Logged[] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    log.push({ host, path });
    const label = host === '127.0.0.1' ? labels.get(path) : undefined;
    if (!label) return void res.writeHead(404, { 'content-type': 'text/plain' }).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP, 'cache-control': 'no-store' });
    res.end(readFileSync(join(CORPUS_DIR, label.file)));
  });
  // A TLS handshake or anything else that is not HTTP reached the port: log it too.
  server.on('clientError', (_e, socket) => {
    log.push({ host: '?', path: '(not http)' });
    socket.destroy();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({ origin: `http://127.0.0.1:${port}`, port, log, close: () => new Promise<void>((r) => server.close(() => r())) });
    }),
  );
}

describe('privacy: no network requests of its own', () => {
  let browser: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof startServer>>;
  const seen: { url: string; from: string }[] = [];
  // Requests the page's CSP stopped before they left the browser (the page's own images, scripts…).
  const blocked = new Set<string>();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension(hostResolverArgs(server.port));
    browser.context.on('request', (r) => seen.push({ url: r.url(), from: r.serviceWorker() ? 'service worker' : (r.frame()?.url() ?? '?') }));
    browser.context.on('requestfailed', (r) => {
      if (/csp/i.test(r.failure()?.errorText ?? '')) blocked.add(r.url());
    });
    for (const id of PAGE_IDS) {
      const page = await browser.context.newPage();
      const url = `${server.origin}/pages/${id}.html`;
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const { tabId } = await waitForFinalState(browser.worker, url, 30_000);
      // The popup and the options page too: they read the report and settings, and fetch nothing.
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      await popup.locator('.cl-status, [data-state]').first().waitFor();
      await popup.close();
      await page.close();
    }
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('.cl-options').waitFor();
    await options.close();
    // Self-check of the recorder: a request made from the service worker must be seen (then excluded).
    const probeSeen = browser.context.waitForEvent('request', { predicate: (r) => r.url().endsWith(PROBE), timeout: 10_000 });
    await browser.worker.evaluate(
      (u) =>
        fetch(u).then(
          () => undefined,
          () => undefined,
        ),
      `${server.origin}${PROBE}`,
    );
    await probeSeen;
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('saw the pages and the extension at work', () => {
    const urls = new Set(seen.map((s) => s.url));
    for (const id of PAGE_IDS) expect(urls.has(`${server.origin}/pages/${id}.html`), id).toBe(true);
    // The content script loads the engine from the extension's own files (a per-session URL).
    expect(seen.some((s) => /^chrome-extension:\/\/[^/]+\/content-engine\.js/.test(s.url))).toBe(true);
  });

  it('the recorder sees requests made by the service worker', () => {
    expect(seen.filter((s) => s.url.endsWith(PROBE)).map((s) => s.from)).toContain('service worker');
  });

  it('every request in the browser is to the local server or for one of the extension files', () => {
    const foreign = seen.filter((s) => !blocked.has(s.url) && !s.url.startsWith(`${server.origin}/`) && !s.url.startsWith('chrome-extension://'));
    expect(foreign.map((s) => `${s.url.slice(0, 120)} (from ${s.from.slice(0, 80)})`)).toEqual([]);
  });

  it("the server, which every host name resolves to, heard from no host but the pages and the browser's own services", () => {
    // Chromium itself still calls its update service and opens TLS connections (seen here as "not
    // http") that no extension context made; the browser-level recorder above attributes every
    // request the extension's contexts make, so here only plain-HTTP hosts are checked.
    const other = server.log.filter((l) => l.host !== '127.0.0.1' && l.path !== '(not http)' && !/(^|\.)(googleapis|google|gstatic)\.com$/.test(l.host));
    expect(other.map((l) => `${l.host}${l.path}`)).toEqual([]);
    const local = server.log.filter((l) => l.host === '127.0.0.1' && !PAGE_IDS.some((id) => l.path === `/pages/${id}.html`));
    expect(local.map((l) => l.path).filter((p) => p !== PROBE && p !== '/favicon.ico')).toEqual([]);
    console.info(
      `privacy: ${seen.length} requests recorded in the browser (${blocked.size} stopped by the page CSP), ` +
        `${seen.filter((s) => s.url.startsWith('chrome-extension://')).length} for extension files, ` +
        `${server.log.length} reached the server (${server.log.filter((l) => l.host !== '127.0.0.1').length} from the browser's own services)`,
    );
  });
});
