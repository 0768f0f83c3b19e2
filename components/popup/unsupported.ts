// Pages no extension may read, told from the tab's address (which the browser only shows us for
// pages we are allowed on): browser pages, extension stores, PDF viewers; and, when a page does not
// answer, whether the switch for saved pages (file://) is off.
const STORE_HOSTS = new Set(['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

/**
 * A reason code (see PopupView) when the tab's address shows it cannot be read, or null. A missing
 * address proves nothing on its own (some browsers hide it without the "tabs" permission), so the
 * popup waits for the page to answer before giving up on it. A saved page (file://) whose address we
 * see is one we may read: the browser shows it only once file access is allowed.
 */
export function unsupportedReason(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (u.protocol === 'file:') return /\.pdf$/i.test(u.pathname) ? 'pdf' : null;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'browser-page';
  if (STORE_HOSTS.has(u.hostname) && (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) return 'store';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return null;
}

export interface FileAccessApi {
  /** Chromium's answer to "may the extension read file:// pages?" (its "Allow access to file URLs" switch). */
  isAllowedFileSchemeAccess?: () => Promise<boolean>;
}

/**
 * Why a page did not answer: a page open from before Creditline was installed, and for a saved page
 * the one switch that lets extensions read it. Chromium says whether its switch ("Allow access to
 * file URLs") is on; Firefox's answer to the same question is always false, whatever its switch
 * ("Access local files on your computer", since Firefox 153) says, so there the switch is named
 * without claiming its state.
 */
export async function noAccessReason(browserName: string, api: FileAccessApi | undefined): Promise<string> {
  if (browserName === 'firefox') return 'no-access-firefox';
  try {
    if (api?.isAllowedFileSchemeAccess && !(await api.isAllowedFileSchemeAccess())) return 'no-access-file';
  } catch {
    /* an API that fails tells nothing */
  }
  return 'no-access';
}
