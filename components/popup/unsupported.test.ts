import { h, type VNode } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetBrowser } from '../../tests/extension/i18n';
import { mount, unmountAll } from '../../tests/extension/render';
import { PopupView } from './PopupView';
import { noAccessReason, unsupportedReason } from './unsupported';

describe('unsupportedReason', () => {
  it('recognises pages no extension may read', () => {
    expect(unsupportedReason('chrome://settings/')).toBe('browser-page');
    expect(unsupportedReason('about:blank')).toBe('browser-page');
    expect(unsupportedReason('https://chromewebstore.google.com/detail/x/abc')).toBe('store');
    expect(unsupportedReason('https://addons.mozilla.org/en-US/firefox/addon/x/')).toBe('store');
    expect(unsupportedReason('https://example.com/report/2024.PDF')).toBe('pdf');
    expect(unsupportedReason('file:///home/me/report.pdf')).toBe('pdf');
  });

  it('leaves ordinary pages, saved pages and unknown addresses to the page’s own answer', () => {
    expect(unsupportedReason('https://news.example.com/story')).toBeNull();
    expect(unsupportedReason('https://chrome.google.com/search')).toBeNull();
    // The browser shows a file:// address only once file access is allowed: the page can answer.
    expect(unsupportedReason('file:///home/me/a.html')).toBeNull();
    expect(unsupportedReason(undefined)).toBeNull();
  });
});

describe('noAccessReason', () => {
  it('names Chromium’s file switch when it is off, and only then', async () => {
    expect(await noAccessReason('chrome', { isAllowedFileSchemeAccess: async () => false })).toBe('no-access-file');
    expect(await noAccessReason('chrome', { isAllowedFileSchemeAccess: async () => true })).toBe('no-access');
    expect(await noAccessReason('chrome', undefined)).toBe('no-access');
    expect(await noAccessReason('chrome', { isAllowedFileSchemeAccess: () => Promise.reject(new Error('gone')) })).toBe('no-access');
  });

  it('names Firefox’s switch without trusting its API, which always answers false', async () => {
    expect(await noAccessReason('firefox', { isAllowedFileSchemeAccess: async () => false })).toBe('no-access-firefox');
    expect(await noAccessReason('firefox', { isAllowedFileSchemeAccess: async () => true })).toBe('no-access-firefox');
  });
});

describe('the popup for a page that did not answer', () => {
  beforeEach(resetBrowser);
  afterEach(unmountAll);

  const popup = (reason: string) => mount(h(PopupView, { state: { kind: 'unsupported', reason } }) as VNode);

  it('names Chromium’s and Firefox’s switch for saved pages, never saying browsers forbid them', () => {
    const chromium = popup('no-access-file');
    expect(chromium.textContent).toContain('switch on “Allow access to file URLs” on Creditline’s Details page in chrome://extensions');
    const firefox = popup('no-access-firefox');
    expect(firefox.textContent).toContain('“Access local files on your computer” under Permissions on Creditline’s page in about:addons');
    const plain = popup('no-access');
    expect(plain.textContent).not.toContain('file://');
  });
});
