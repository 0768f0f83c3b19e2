// Pages no extension may read, told from the tab's address (which the browser only shows us for
// pages we are allowed on): browser pages, extension stores, PDF viewers.
const STORE_HOSTS = new Set(['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

/**
 * A reason code (see PopupView) when the tab's address shows it cannot be read, or null. A missing
 * address proves nothing on its own (some browsers hide it without the "tabs" permission), so the
 * popup waits for the page to answer before giving up on it.
 */
export function unsupportedReason(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'browser-page';
  if (STORE_HOSTS.has(u.hostname) && (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) return 'store';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return null;
}
