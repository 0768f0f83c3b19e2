// Short labels that frame the story: the kicker or flag above the headline ("Advertorial",
// "Pressemitteilung", "Sponsored") and the text right beside the headline. Navigation, footers, ad
// slots and teaser lists are left out: a menu link called "Sponsored Content" or an ad box headed
// "Sponsored by" is not a label on this story.
import { all, first } from '../dom';
import { squish } from '../text';

/** Kicker-like elements: labels above a headline, wherever they stand. */
const KICKER_SELECTOR = [
  '[class*="kicker" i]',
  '[class*="topline" i]',
  '[class*="overline" i]',
  '[class*="eyebrow" i]',
  '[class*="dachzeile" i]',
  '[class*="roofline" i]',
].join(',');

/** Broader label classes, trusted only inside the headline's own header or article. */
const NEAR_SELECTOR = '[class*="sponsor" i], [class*="advertorial" i], [class*="flag" i], [class*="label" i], [class*="badge" i]';

const OUTSIDE =
  'nav, footer, aside, [role="navigation"], [class*="teaser" i], [class*="related" i], [class*="menu" i], [class*="sidebar" i], [class*="recommend" i], [class*="widget" i], [class*="ad-" i], [id*="ad-" i], li, form, button';
const MAX_LABELS = 30;
const MAX_LEN = 80;

export function readLabels(doc: Document): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (raw: string | null | undefined) => {
    const t = squish(raw ?? '');
    if (t && t.length <= MAX_LEN && !seen.has(t) && out.length < MAX_LABELS) {
      seen.add(t);
      out.push(t);
    }
  };
  const root = doc.body ?? doc.documentElement;
  if (!root) return out;
  const h1 = first(root, 'h1');
  if (h1) {
    push(h1.previousElementSibling?.textContent);
    push(h1.parentElement?.previousElementSibling?.textContent);
    const header = h1.closest('header, article, [class*="article" i], [class*="story" i], main');
    if (header) for (const el of all(header, NEAR_SELECTOR)) if (!el.closest(OUTSIDE)) push(el.textContent);
  }
  for (const el of all(root, KICKER_SELECTOR)) {
    if (out.length >= MAX_LABELS) break;
    if (!el.closest(OUTSIDE)) push(el.textContent);
  }
  return out;
}
