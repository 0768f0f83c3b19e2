// Short labels that frame the story: the kicker or flag above the headline ("Advertorial",
// "Pressemitteilung", "Sponsored") and the text right beside the headline. Navigation, footers, ad
// slots and teaser lists are left out: a menu link called "Sponsored Content" or an ad box headed
// "Sponsored by" is not a label on this story.
import { IN_AD, IN_ASIDE, IN_FOOTER, IN_FORM, IN_LIST_ITEM, IN_NAV, IN_TEASER, type DomScan } from './scan';
import { squish } from '../text';

const OUTSIDE = IN_NAV | IN_ASIDE | IN_FOOTER | IN_TEASER | IN_AD | IN_LIST_ITEM | IN_FORM;
const MAX_LABELS = 30;
const MAX_LEN = 80;

const NOT_A_LABEL = new Set(['NAV', 'ASIDE', 'FOOTER', 'UL', 'OL', 'MENU', 'FORM', 'SCRIPT', 'STYLE', 'BUTTON', 'SELECT']);

/** The element right before the headline, unless it is a menu or a list of links. */
function pushSibling(el: Element | null, push: (raw: string | null | undefined) => void) {
  if (!el || NOT_A_LABEL.has(el.tagName.toUpperCase())) return;
  if (el.getElementsByTagName('li').length || el.getElementsByTagName('nav').length) return;
  push(el.textContent);
}

/** `headline`: the story's own headline when known (lib/signals/story.ts), else the first <h1>. */
export function readLabels(scan: DomScan, headline: Element | null = null): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (raw: string | null | undefined) => {
    if (!raw || raw.length > MAX_LEN * 4) return;
    const t = squish(raw);
    if (t && t.length <= MAX_LEN && !seen.has(t) && out.length < MAX_LABELS) {
      seen.add(t);
      out.push(t);
    }
  };
  const h1 = headline ?? scan.firstH1?.el;
  if (h1) {
    pushSibling(h1.previousElementSibling, push);
    pushSibling(h1.parentElement?.previousElementSibling ?? null, push);
    let header: Element | null = null;
    try {
      header = h1.closest('header, article, main, [class*="article"], [class*="story"]');
    } catch {
      header = null;
    }
    if (header) for (const s of scan.nearLabels) if (!(s.flags & OUTSIDE) && header.contains(s.el)) push(s.el.textContent);
  }
  for (const s of scan.kickers) if (!(s.flags & OUTSIDE)) push(s.el.textContent);
  return out;
}
