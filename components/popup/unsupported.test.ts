import { describe, expect, it } from 'vitest';
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
