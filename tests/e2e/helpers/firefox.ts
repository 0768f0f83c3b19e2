// Launches Firefox ESR (Debian's) through puppeteer-core and WebDriver BiDi, with the Firefox build
// of the extension installed as a temporary add-on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_BUILD } from './paths';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';

export interface FirefoxWithExtension {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(extensionPath = FIREFOX_BUILD): Promise<FirefoxWithExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'creditline-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      // No update checks, telemetry or other traffic of Firefox's own during the test.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  await browser.installExtension(extensionPath);
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
