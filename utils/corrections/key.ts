// The page address a correction is filed under, and the one question the content script asks of the
// corrections (kept apart from the registry, which the content script does not bundle).
import { browser } from 'wxt/browser';
import { STATUSES, type Status } from '../../lib/report';

export const URL_MAX = 4096;
/** The storage.local key of the corrections map (WXT's `local:corrections`). */
export const CORRECTIONS_KEY = 'corrections';

/** The address a correction is filed under: http(s) and saved (file:) pages, without the fragment. */
export function correctionKey(url: string | null | undefined): string | null {
  if (!url || url.length > URL_MAX) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/** The status the reader gave this page, or null (no correction, or none that reads as one). */
export async function correctedStatus(url: string): Promise<Status | null> {
  const key = correctionKey(url);
  if (!key) return null;
  try {
    const map = (await browser.storage.local.get(CORRECTIONS_KEY))[CORRECTIONS_KEY] as Record<string, unknown> | undefined;
    const entry = map && typeof map === 'object' && Object.hasOwn(map, key) ? (map[key] as { status?: unknown; url?: unknown } | null) : null;
    return entry && entry.url === key && (STATUSES as readonly unknown[]).includes(entry.status) ? (entry.status as Status) : null;
  } catch {
    return null;
  }
}
