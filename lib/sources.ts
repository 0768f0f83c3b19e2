// The originals a reader may want to open: the agency, the posts, the original publisher, a
// canonical copy on another site. Only http(s) links.
import type { StatusSignal } from './detectors/types';
import type { Page } from './page';
import type { AgencyCredit, EmbeddedPost, OriginalSource } from './report';
import { hostOf, siteOf } from './text';

export function originalSources(
  page: Page,
  agencies: AgencyCredit[],
  signals: StatusSignal[],
  embeds: EmbeddedPost[],
): OriginalSource[] {
  const out: OriginalSource[] = [];
  const seen = new Set<string>();
  const add = (s: OriginalSource) => {
    const key = `${s.kind}|${s.url ?? s.label}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };
  for (const a of agencies) if (a.role === 'text') add({ kind: 'agency', label: a.name, url: a.homepage });
  for (const s of signals) if (s.source) add(s.source);
  const canonical = page.meta.canonical;
  const own = siteOf(hostOf(page.url));
  if (canonical && own && siteOf(hostOf(canonical)) !== own) {
    add({ kind: 'canonical', label: hostOf(canonical) ?? canonical, url: canonical });
  }
  for (const e of embeds) {
    if (e.url) add({ kind: 'post', label: e.handle ? `${e.handle} on ${e.platform}` : `post on ${e.platform}`, url: e.url });
  }
  return out;
}
