import { describe, expect, it } from 'vitest';
import { unsupportedReason } from './unsupported';

describe('unsupportedReason', () => {
  it('recognises pages no extension may read', () => {
    expect(unsupportedReason('chrome://settings/')).toBe('browser-page');
    expect(unsupportedReason('about:blank')).toBe('browser-page');
    expect(unsupportedReason('file:///home/me/a.html')).toBe('browser-page');
    expect(unsupportedReason('https://chromewebstore.google.com/detail/x/abc')).toBe('store');
    expect(unsupportedReason('https://addons.mozilla.org/en-US/firefox/addon/x/')).toBe('store');
    expect(unsupportedReason('https://example.com/report/2024.PDF')).toBe('pdf');
  });

  it('leaves ordinary pages, and unknown addresses, to the page’s own answer', () => {
    expect(unsupportedReason('https://news.example.com/story')).toBeNull();
    expect(unsupportedReason('https://chrome.google.com/search')).toBeNull();
    expect(unsupportedReason(undefined)).toBeNull();
  });
});
