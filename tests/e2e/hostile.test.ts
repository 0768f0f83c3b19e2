// Hostile pages in real Chromium with the built extension: script payloads and javascript:/data:
// links in every slot the report quotes, broken and oversized markup, text built to make patterns
// backtrack. No dialog fires, no page error is thrown, nothing is injected into the page, the badge
// or the popup, only http(s) links are rendered, and the page's DOM is left as it was apart from the
// badge and the evidence highlights. A page with a strict CSP still gets its badge.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BAD_URLS,
  brokenMarkup,
  deepNesting,
  HOSTILE_RUNS,
  hostileMarkupPage,
  manyElements,
  manyEmbeds,
  pageWithRun,
  SCRIPT_PAYLOADS,
} from '../unit/hostile/generate';
import { launchWithExtension, waitForFinalState, type ExtensionBrowser } from './helpers/chromium';
import { hostResolverArgs } from './helpers/corpus-server';
import { CORPUS_DIR, SEED_ID } from './helpers/paths';

const runOf = (name: string) => HOSTILE_RUNS.find((r) => r.name === name)!.make(65_536);

// path → [html, extra headers]
const PAGES = new Map<string, { html: string; headers?: Record<string, string> }>([
  ['/markup-1.html', { html: hostileMarkupPage(SCRIPT_PAYLOADS[0]!, BAD_URLS[0]!, { inert: true }) }],
  ['/markup-2.html', { html: hostileMarkupPage(SCRIPT_PAYLOADS[1]!, BAD_URLS[4]!, { inert: true }) }],
  ['/markup-3.html', { html: hostileMarkupPage(SCRIPT_PAYLOADS[2]!, BAD_URLS[3]!, { inert: true }) }],
  ['/markup-4.html', { html: hostileMarkupPage(SCRIPT_PAYLOADS[3]!, BAD_URLS[8]!, { inert: true, hugeJsonLd: true }) }],
  ['/broken.html', { html: brokenMarkup() }],
  ['/near-misses.html', { html: pageWithRun(runOf('mixed near-misses')) }],
  ['/nbsp.html', { html: pageWithRun(runOf('no-break spaces')) }],
  ['/datelines.html', { html: pageWithRun(runOf('reuters datelines')) }],
  ['/deep.html', { html: deepNesting(5000) }],
  ['/embeds.html', { html: manyEmbeds(1000) }],
  ['/elements.html', { html: manyElements(20_000) }],
  ['/too-large.html', { html: manyElements(70_000) }],
]);

// A page whose own scripts attack: they patch DOM prototypes to throw, pollute Object.prototype in the
// page's world, post messages dressed as the extension's, and tear out the badge whenever it appears.
// None of it may break the analysis or make the extension throw into the page.
const ATTACK_SCRIPT = `
(() => {
  const origQsa = Element.prototype.querySelectorAll;
  Element.prototype.querySelectorAll = function () { window.__qsaCalls = (window.__qsaCalls || 0) + 1; return origQsa.apply(this, arguments); };
  Object.defineProperty(Object.prototype, 'polluted', { value: 'yes', configurable: true });
  Object.prototype.then = undefined;
  Array.prototype.includes = function () { return true; };
  JSON.parse = function () { return { type: 'creditline/state', state: { kind: 'done' } }; };
  window.postMessage({ type: 'creditline/get-report' }, '*');
  window.postMessage({ type: 'creditline/state', state: { kind: 'done', report: { status: 'staff' } } }, '*');
  document.dispatchEvent(new CustomEvent('creditline', { detail: '<img src=x onerror=alert(1)>' }));
  window.__removed = 0;
  new MutationObserver(() => {
    for (const b of document.querySelectorAll('creditline-badge')) { b.remove(); window.__removed++; }
  }).observe(document.documentElement, { childList: true, subtree: true });
})();`;
const ATTACK_HTML = hostileMarkupPage(SCRIPT_PAYLOADS[0]!, BAD_URLS[0]!, { inert: true }).replace('</head>', `<script>${ATTACK_SCRIPT}</script></head>`);

const SEED_HTML = readFileSync(join(CORPUS_DIR, 'pages', `${SEED_ID}.html`));
const STRICT_CSP = "default-src 'none'; style-src 'none'";

function startServer(): Promise<{ origin: string; port: number; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    const page = host === '127.0.0.1' ? PAGES.get(path) : undefined;
    if (page) {
      // The pages are inert by construction; their own scripts may not run all the same, so anything
      // that runs was put there by someone else.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'", ...page.headers });
      res.end(page.html);
    } else if (host === '127.0.0.1' && path === '/attack.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(ATTACK_HTML);
    } else if (host === '127.0.0.1' && (path === '/seed.html' || path === '/seed-strict-csp.html')) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': path === '/seed.html' ? "script-src 'none'" : STRICT_CSP,
      });
      res.end(SEED_HTML);
    } else res.writeHead(404, { 'content-type': 'text/plain' }).end();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({ origin: `http://127.0.0.1:${port}`, port, close: () => new Promise<void>((r) => server.close(() => r())) });
    }),
  );
}

/** The page's DOM without the extension's own additions, against the same HTML parsed afresh. */
async function domChanges(page: Page, html: string): Promise<{ same: boolean; live: number; fresh: number; firstDiff: string }> {
  return page.evaluate((source) => {
    const clean = (root: Document) => {
      const doc = root.cloneNode(true) as Document;
      doc.querySelectorAll('creditline-badge, style[data-creditline-style], noscript').forEach((el) => el.remove());
      doc.querySelectorAll('mark[data-creditline-mark]').forEach((m) => m.replaceWith(...Array.from(m.childNodes)));
      // "Show on page" outlines an embedded post through this attribute (its style is the extension's).
      doc.querySelectorAll('[data-creditline-mark]').forEach((el) => el.removeAttribute('data-creditline-mark'));
      doc.documentElement.normalize();
      return doc.documentElement.outerHTML;
    };
    const live = clean(document);
    const fresh = clean(new DOMParser().parseFromString(source, 'text/html'));
    let i = 0;
    while (i < live.length && live[i] === fresh[i]) i++;
    return {
      same: live === fresh,
      live: live.length,
      fresh: fresh.length,
      firstDiff: `${live.slice(Math.max(0, i - 80), i + 120)} ≠ ${fresh.slice(Math.max(0, i - 80), i + 120)}`,
    };
  }, html);
}

/**
 * The images the extension drew (in the badge's shadow root on a page, anywhere in the popup) have
 * loaded or failed, and a frame has passed: an onload or onerror payload that slipped into them has
 * had its turn to fire. Whatever else could run is an element or attribute, which injected() finds
 * in the DOM itself.
 */
async function drawn(page: Page, where: 'badge' | 'popup' = 'badge'): Promise<void> {
  await page.waitForFunction((inBadge) => {
    const roots: ParentNode[] = inBadge
      ? Array.from(document.querySelectorAll('creditline-badge')).flatMap((h) => (h.shadowRoot ? [h.shadowRoot] : []))
      : [document];
    return roots.every((root) => Array.from(root.querySelectorAll('img')).every((img) => img.complete));
  }, where === 'badge');
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Elements that would run script or load something, and non-http(s) links, under `root` (a selector). */
async function injected(page: Page, inShadowOf: string | null): Promise<string[]> {
  return page.evaluate((host) => {
    const roots: ParentNode[] = host ? Array.from(document.querySelectorAll(host)).flatMap((h) => (h.shadowRoot ? [h.shadowRoot] : [])) : [document];
    const out: string[] = [];
    for (const root of roots) {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        for (const attr of Array.from(el.attributes)) {
          if (/^on/i.test(attr.name)) out.push(`<${el.tagName.toLowerCase()} ${attr.name}>`);
          const v = attr.value.trim();
          // Links: http(s) only. Images: http(s), or the extension's own files (a root-relative path
          // in the popup, a chrome-extension: URL in the badge).
          const ok = /^(href|action|formaction|xlink:href)$/i.test(attr.name)
            ? /^(https?:|#)/i.test(v)
            : attr.name.toLowerCase() === 'src'
              ? /^(https?:|chrome-extension:|\/(?!\/))/i.test(v)
              : true;
          if (!ok && el.tagName !== 'SCRIPT' && el.tagName !== 'LINK') out.push(`<${el.tagName.toLowerCase()} ${attr.name}="${v.slice(0, 60)}">`);
        }
        if (/^(IFRAME|OBJECT|EMBED|FRAME)$/.test(el.tagName)) out.push(`<${el.tagName.toLowerCase()}>`);
        if (el.tagName === 'SCRIPT' && (!(el as HTMLScriptElement).src || !/^chrome-extension:/.test((el as HTMLScriptElement).src))) {
          out.push(`<script> ${(el.textContent ?? '').slice(0, 60)}`);
        }
      }
    }
    return out;
  }, inShadowOf);
}

describe('hostile pages in Chromium with the extension', () => {
  let browser: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof startServer>>;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  async function open(path: string): Promise<{ page: Page; tabId: number; kind: string }> {
    const page = await browser.context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(`${path}: ${d.type()} ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    page.on('pageerror', (e) => pageErrors.push(`${path}: ${e.message}`));
    const url = `${server.origin}${path}`;
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const { tabId, state } = await waitForFinalState(browser.worker, url, 30_000);
    return { page, tabId, kind: state.kind };
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension(hostResolverArgs(server.port));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([...PAGES.keys()].map((p) => [p]))('%s: no dialog, no page error, the page left as it was', async (path) => {
    const { page, kind } = await open(path);
    expect(['done', 'not-article', 'failed']).toContain(kind);
    await drawn(page);
    const changes = await domChanges(page, PAGES.get(path)!.html);
    expect(changes.same, changes.firstDiff).toBe(true);
    expect(await injected(page, 'creditline-badge')).toEqual([]);
    expect(dialogs.filter((d) => d.startsWith(path))).toEqual([]);
    expect(pageErrors.filter((e) => e.startsWith(path))).toEqual([]);
    await page.close();
  });

  it('shows the hostile story its badge, with the payloads as text only', async () => {
    const { page, kind } = await open('/markup-1.html');
    expect(kind).toBe('done');
    const badge = page.locator('creditline-badge');
    await expect.poll(() => badge.count()).toBe(1);
    expect(await injected(page, 'creditline-badge')).toEqual([]);
    // "Show on page" marks evidence that quotes the payloads: still nothing may run or be injected.
    await badge.locator('button.toggle').click();
    await badge.locator('button.primary').click();
    // Marked: the highlights' style element is in the page (Chromium's CSS Highlight API changes nothing else).
    await page.locator('style[data-creditline-style]').waitFor({ state: 'attached' });
    await drawn(page);
    expect(await domChanges(page, PAGES.get('/markup-1.html')!.html)).toMatchObject({ same: true });
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it.each([['/markup-1.html'], ['/markup-2.html'], ['/markup-4.html']])('the popup for %s renders only text and http(s) links', async (path) => {
    const { page, tabId } = await open(path);
    const popup = await browser.context.newPage();
    popup.on('dialog', (d) => {
      dialogs.push(`popup ${path}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    popup.on('pageerror', (e) => pageErrors.push(`popup ${path}: ${e.message}`));
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('.cl-status').waitFor();
    // Open the evidence list, where the payloads' sentences are quoted.
    await popup.locator('.cl-why > summary').click();
    await popup.locator('details.cl-why[open]').waitFor();
    await drawn(popup, 'popup');
    expect(await injected(popup, null)).toEqual([]);
    const hrefs = await popup.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    // The payloads reached the popup as text, if at all.
    const text = (await popup.locator('body').textContent()) ?? '';
    expect(text.length).toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('reports a page too large to analyze as failed, in the popup, without an error in the page', async () => {
    const { page, tabId, kind } = await open('/too-large.html');
    expect(kind).toBe('failed');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.locator('[data-state="failed"]').waitFor();
    expect((await popup.locator('[data-state="failed"]').textContent()) ?? '').toMatch(/too large/i);
    expect(pageErrors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('analyzes a page whose own scripts attack, and throws nothing into it', async () => {
    const { page, kind } = await open('/attack.html');
    expect(kind).toBe('done');
    const seen = await page.evaluate(() => ({ removed: (window as any).__removed as number, polluted: ({} as any).polluted }));
    // The page's world is the page's business (it polluted its own prototype, and it may remove the
    // badge); the extension's world is untouched and it still reached its verdict.
    expect(seen.polluted).toBe('yes');
    expect(seen.removed).toBeGreaterThanOrEqual(0);
    const state = await browser.worker.evaluate(async (u: string) => {
      const all = await (globalThis as any).chrome.storage.session.get(null);
      return Object.values(all).find((s: any) => s.url === u) as any;
    }, `${server.origin}/attack.html`);
    expect(state.report.status).not.toBe('staff');
    expect(state.report.agencies.map((a: { id: string }) => a.id)).toContain('ap');
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('puts the badge on a page whose CSP forbids everything, looking as it does elsewhere', async () => {
    const look = async (path: string) => {
      const { page, kind } = await open(path);
      expect(kind).toBe('done');
      const line = page.locator('creditline-badge .line');
      await line.waitFor({ state: 'visible' });
      const style = await line.evaluate((el) => {
        const s = getComputedStyle(el);
        return { font: s.fontFamily, size: s.fontSize, color: s.color, display: s.display };
      });
      const text = await line.textContent();
      await page.close();
      return { style, text };
    };
    const normal = await look('/seed.html');
    const strict = await look('/seed-strict-csp.html');
    expect(strict.text).toBe(normal.text);
    expect(strict.text).toMatch(/ANI/);
    expect(strict.style).toEqual(normal.style);
    expect(pageErrors).toEqual([]);
  });
});
