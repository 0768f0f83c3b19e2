// The date a page says it was published, for the summary's timeline: structured data first, then the
// meta tags news sites and crawlers use, then the first <time datetime>. Only a calendar date
// (YYYY-MM-DD) is kept; anything else on the page is ignored.
import { PUBLISHED_META_KEYS } from '../lib/rules/page-kinds';

const LD_DATE = /"datePublished"\s*:\s*"([^"]{8,40})"/;
const ISO_DAY = /^\s*(\d{4})-(\d{2})-(\d{2})/;

/** YYYY-MM-DD from an ISO-like date string, or null for anything implausible. */
export function isoDay(raw: string | null | undefined): string | null {
  const m = raw ? ISO_DAY.exec(raw) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export function publishedDate(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const found = isoDay(LD_DATE.exec((script.textContent ?? '').slice(0, 200_000))?.[1]);
    if (found) return found;
  }
  const metas = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]')).slice(0, 500)) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    if (key && !metas.has(key)) metas.set(key, meta.getAttribute('content') ?? '');
  }
  for (const name of PUBLISHED_META_KEYS) {
    const found = isoDay(metas.get(name));
    if (found) return found;
  }
  return isoDay(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
}
