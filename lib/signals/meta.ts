// <meta>, <link rel=canonical>, <html lang> and <title>: read once from the original DOM.
import { safeHttpUrl, squish } from '../text';

export interface MetaSignals {
  /** Lowercased name/property → values in page order (og:site_name, author, syndication-source…). */
  tags: Map<string, string[]>;
  canonical: string | null;
  /** The canonical link's path, even when it is relative and no page URL is known ("/" on home pages). */
  canonicalPath: string | null;
  lang: string | null;
  title: string | null;
}

const MAX_VALUE = 2000;
const MAX_METAS = 2000;

export function readMeta(doc: Document, pageUrl: string | null): MetaSignals {
  const tags = new Map<string, string[]>();
  // getElementsByTagName is much cheaper than a selector in DOM libraries, and metas are few.
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < MAX_METAS; i++) {
    const el = metas[i]!;
    if (!el.hasAttribute('content')) continue;
    const key = (el.getAttribute('property') || el.getAttribute('name') || el.getAttribute('itemprop') || '').trim().toLowerCase();
    if (!key || key.length > 100) continue;
    const value = squish((el.getAttribute('content') ?? '').slice(0, MAX_VALUE));
    if (!value) continue;
    const list = tags.get(key);
    if (list) list.push(value);
    else tags.set(key, [value]);
  }
  let canonicalHref: string | null = null;
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length && i < MAX_METAS; i++) {
    if (/(?:^|\s)canonical(?:\s|$)/i.test(links[i]!.getAttribute('rel') ?? '')) {
      canonicalHref = links[i]!.getAttribute('href');
      break;
    }
  }
  const canonical = safeHttpUrl(canonicalHref, pageUrl ?? undefined);
  let canonicalPath: string | null = null;
  try {
    if (canonicalHref) canonicalPath = new URL(canonicalHref.trim(), 'https://invalid.invalid/').pathname;
  } catch {
    canonicalPath = null;
  }
  const lang = doc.documentElement?.getAttribute('lang')?.trim().toLowerCase() || null;
  const title = squish(doc.getElementsByTagName('title')[0]?.textContent?.slice(0, MAX_VALUE) ?? '') || null;
  return { tags, canonical, canonicalPath, lang, title };
}

/** First value of the first key present. */
export function metaValue(meta: MetaSignals, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = meta.tags.get(k);
    if (v && v[0]) return v[0];
  }
  return null;
}
