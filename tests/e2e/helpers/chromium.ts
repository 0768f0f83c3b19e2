// Launches Debian's Chromium with the built extension, in a fresh profile, and finds the extension's
// service worker. One launch per test file keeps the suite fast.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_CHROMIUM_FLAGS } from '../../../scripts/chromium';
import type { CorpusLabel, CorpusServer } from './corpus-server';
import { CHROME_BUILD } from './paths';

export { CHROMIUM_PATH };

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's background service worker. */
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** 2 for sharp screenshots. */
  deviceScaleFactor?: number;
  colorScheme?: 'light' | 'dark';
  /** Extra environment for the browser process (LANGUAGE picks Chromium's UI language on Linux). */
  env?: Record<string, string>;
}

export async function launchWithExtension(extraArgs: string[] = [], extensionPath = CHROME_BUILD, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'creditline-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1200, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    colorScheme: options.colorScheme ?? 'light',
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    args: [
      ...QUIET_CHROMIUM_FLAGS,
      // One --disable-features flag (Chromium keeps only the last): no network-time queries, and
      // http stays http (corpus pages are served over http at their own addresses).
      '--disable-features=NetworkTimeServiceQuerying,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,HttpsFirstModeV2ForEngagedSites',
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      ...extraArgs,
    ],
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(first.url()).host;
  return {
    context,
    // MV3 may stop and restart the service worker; always hand out the live one.
    get worker() {
      return context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? first;
    },
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The tab id of the page at `url`, found in the background's per-tab state (storage.session): the
 * extension has no "tabs" permission, so tab URLs are not readable in the service worker otherwise.
 */
export async function tabIdOf(worker: Worker, url: string, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const id = await worker.evaluate(async (wanted: string) => {
      const all = await (globalThis as any).chrome.storage.session.get(null);
      for (const [key, state] of Object.entries(all)) {
        const s = state as { url?: string; kind?: string };
        if (key.startsWith('tab:') && s.url === wanted) return Number(key.slice(4));
      }
      return -1;
    }, url);
    if (id >= 0) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab state for ${url}`);
}

/** The toolbar badge text the extension set for a tab. */
export function actionBadgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id: number) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }), tabId);
}

const FINAL_KINDS = ['done', 'not-article', 'failed', 'disabled'];

/**
 * Waits until the extension has finished with the page at `url` (its tab state in storage.session
 * is final: the content script publishes "done" only after the inline badge is up) and returns it.
 */
export async function waitForFinalState(
  worker: Worker,
  url: string,
  timeoutMs = 10_000,
): Promise<{ tabId: number; state: { kind: string; url?: string; error?: string; report?: { status: string } | null } }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await worker.evaluate(
      async ({ wanted, finals }) => {
        const all = await (globalThis as any).chrome.storage.session.get(null);
        for (const [key, state] of Object.entries(all)) {
          const s = state as { url?: string; kind: string };
          if (key.startsWith('tab:') && s.url === wanted && finals.includes(s.kind)) return { tabId: Number(key.slice(4)), state: s };
        }
        return null;
      },
      { wanted: url, finals: FINAL_KINDS },
    );
    if (found) return found as Awaited<ReturnType<typeof waitForFinalState>>;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the extension did not finish with ${url} within ${timeoutMs} ms`);
}

/**
 * Opens a corpus page at its own address, or on 127.0.0.1 when Chromium will not load that address
 * over plain http (hosts on its built-in HSTS preload list, such as github.com). Returns the URL.
 */
export async function openCorpusPage(page: Page, server: CorpusServer, label: CorpusLabel): Promise<string> {
  const errors: string[] = [];
  for (const url of [server.urlFor(label), server.localUrl(label)]) {
    for (let attempt = 0; attempt < 2; attempt++) {
      // A failed load commits its error page after goto() has failed, and would interrupt the next
      // navigation: the error page's commit is awaited (listened for before the load starts).
      const errorPage = page
        .waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame() && f.url().startsWith('chrome-error:'), timeout: 10_000 })
        .catch(() => undefined);
      try {
        await page.goto(url, { waitUntil: 'domcontentloaded' });
      } catch (err) {
        errors.push(`${url}: ${String(err).split('\n')[0]}`);
        await errorPage;
        continue;
      }
      if (!page.url().startsWith('chrome-error:')) return page.url();
      errors.push(`${url}: error page`);
      break;
    }
  }
  throw new Error(`could not open ${label.id}: ${errors.join('; ')}`);
}
