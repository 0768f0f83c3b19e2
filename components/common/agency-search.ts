// Search pages on news agencies' own sites, so the popup can offer "find this story at the agency"
// without a third-party search engine. Keyed by the agency's site; {q} is the encoded headline.
import { hostOf, siteOf } from '../../lib/text';

export const AGENCY_SEARCH: Readonly<Record<string, string>> = {
  'apnews.com': 'https://apnews.com/search?q={q}',
  'reuters.com': 'https://www.reuters.com/site-search/?query={q}',
  'aap.com.au': 'https://aap.com.au/?s={q}',
  'efe.com': 'https://efe.com/?s={q}',
  'aa.com.tr': 'https://www.aa.com.tr/en/search/?s={q}',
  'yna.co.kr': 'https://en.yna.co.kr/search/index?query={q}',
  'tass.com': 'https://tass.com/search?searchStr={q}',
  'aninews.in': 'https://aninews.in/search/?query={q}',
};

/** The agency's own search for this headline, or null when we know no search page for that agency. */
export function agencySearchUrl(homepage: string | null, headline: string | null): string | null {
  const site = siteOf(hostOf(homepage));
  const q = headline?.trim();
  if (!site || !q) return null;
  const template = AGENCY_SEARCH[site];
  return template ? template.replace('{q}', encodeURIComponent(q.slice(0, 200))) : null;
}
