// The originals a reader may want to open: the agency, the posts, the original publisher, a
// canonical copy on another site. Only http(s) links.
import type { StatusSignal } from './detectors/types';
import type { Page } from './page';
import { creditsText, type AgencyCredit, type EmbeddedPost, type OriginalSource } from './report';
import { postFromUrl } from './detectors/embed-urls';
import { PLATFORM_BY_ID } from './rules/platforms';
import { hostOf, safeHttpUrl, siteOf } from './text';

/** The address of a link on the page whose text is the publisher's name ("Grist", "www.example.com"). */
function linkNamed(page: Page, name: string): string | null {
  const wanted = name.toLowerCase();
  const own = siteOf(hostOf(page.url));
  for (const { el } of page.scan.links) {
    const text = (el.textContent ?? '').trim().toLowerCase();
    if (text.length > 100 || !(text === wanted || text.includes(wanted))) continue;
    const href = safeHttpUrl(el.getAttribute('href'), page.url ?? undefined);
    if (href && siteOf(hostOf(href)) !== own) return href;
  }
  return null;
}

export function originalSources(page: Page, agencies: AgencyCredit[], signals: StatusSignal[], embeds: EmbeddedPost[]): OriginalSource[] {
  const out: OriginalSource[] = [];
  const seen = new Set<string>();
  const add = (s: OriginalSource) => {
    // One entry per publisher (the first, most specific address wins); others by address.
    const key = s.kind === 'publisher' ? `publisher|${s.label.toLowerCase()}` : `${s.kind}|${s.url ?? s.label}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };
  for (const a of agencies) if (creditsText(a)) add({ kind: 'agency', label: a.name, url: a.homepage });
  for (const s of signals) {
    if (s.source) add(s.source);
    else if (s.originalPublisher) add({ kind: 'publisher', label: s.originalPublisher, url: linkNamed(page, s.originalPublisher) });
  }
  const canonical = page.meta.canonical;
  const own = siteOf(hostOf(page.url));
  if (canonical && own && siteOf(hostOf(canonical)) !== own) {
    add({ kind: 'canonical', label: hostOf(canonical) ?? canonical, url: canonical });
  }
  for (const e of embeds) {
    const platform = PLATFORM_BY_ID.get(e.platform)?.name ?? e.platform;
    // Only the post's own address: a link its text held (t.co, pic.twitter.com) opens something else.
    if (e.url && postFromUrl(e.url, null, e.platform)?.postId)
      add({ kind: 'post', label: e.handle ? `${e.handle} on ${platform}` : `a post on ${platform}`, url: e.url });
  }
  return out;
}
