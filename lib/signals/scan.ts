// One walk over the original DOM that sorts the elements the signals need into buckets, with the
// context each stands in (inside navigation, a teaser list, a figure…). Many querySelectorAll calls
// with case-insensitive attribute selectors and closest() checks cost far more than Readability's
// own work in a DOM library like linkedom; one iterative walk costs about one textContent. In the
// browser each DOM call crosses into native code, so the walk reads attributes only from elements
// that have some and tests class strings with one combined pattern first.

/** Context flags: where an element stands. */
export const IN_NAV = 1; // nav, role=navigation
export const IN_FOOTER = 2;
export const IN_TEASER = 4; // teaser, related, recommend, sidebar, menu, widget, promo, newsletter
export const IN_COMMENTS = 8;
export const IN_FIGURE = 16; // figure, figcaption, [class*=caption]
export const IN_LIST_ITEM = 32;
export const IN_FORM = 64; // form, button, select
export const IN_AD = 128; // ad slots
export const IN_ASIDE = 256; // aside, role=complementary

export interface Scanned {
  el: Element;
  flags: number;
  /** Lowercased "class id" of the element. */
  cls: string;
}

export interface DomScan {
  firstH1: Scanned | null;
  bylines: Scanned[];
  captions: Scanned[];
  kickers: Scanned[];
  /** Broader label classes (sponsor, flag, label, badge): trusted only near the headline. */
  nearLabels: Scanned[];
  lines: Scanned[];
  sourceHolders: Scanned[];
  dateHolders: Scanned[];
  images: Scanned[];
  /** Links with an href, in page order. */
  links: Scanned[];
  elementCount: number;
  /** The deepest element nesting seen (the walk's own depth, from the root element). */
  maxDepth: number;
}

const MAX_PER_BUCKET = 800;
const MAX_ELEMENTS = 200_000;
const MAX_LINKS = 3000;

const TEASER_CLS = /teaser|related|recommend|sidebar|menu|widget|promo|newsletter|trending|most-?read|popular/;
const COMMENT_CLS = /comment/;
const AD_CLS = /(?:^|[\s_-])ads?(?:$|[\s_-])|advert(?!orial)|dfp|banner/;
const CAPTION_CLS = /caption|photo-?credit|image-?credit|img-?credit|copyright|credit|attribution/;
const BYLINE_CLS = /byline|author|dateline|source|credit/;
const KICKER_CLS = /kicker|topline|overline|eyebrow|dachzeile|roofline/;
const NEAR_CLS = /sponsor|advertorial|flag|label|badge/;
const LINE_CLS = /disclaimer|note/;
const SOURCE_CLS = /source|info|meta|byline|author|date|time|quelle|credit/;
const DATE_CLS = /date|time/;

const LINE_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'EM', 'SMALL']);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD']);

const ANY_CLS = new RegExp([TEASER_CLS, COMMENT_CLS, AD_CLS, CAPTION_CLS, BYLINE_CLS, KICKER_CLS, NEAR_CLS, LINE_CLS, SOURCE_CLS, DATE_CLS].map((r) => r.source).join('|'));

function push(list: Scanned[], item: Scanned) {
  if (list.length < MAX_PER_BUCKET) list.push(item);
}

/** Walks at most `maxElements` elements; `elementCount` past it means the page was cut short. */
export function scanDom(doc: Document, maxElements = MAX_ELEMENTS): DomScan {
  const scan: DomScan = {
    firstH1: null,
    bylines: [],
    captions: [],
    kickers: [],
    nearLabels: [],
    lines: [],
    sourceHolders: [],
    dateHolders: [],
    images: [],
    links: [],
    elementCount: 0,
    maxDepth: 0,
  };
  // From the root element, not body: some parsers leave a second <body>'s content outside doc.body.
  const root = doc.documentElement;
  if (!root) return scan;
  const flagStack: number[] = [0];
  let el: Element | null = root;
  let depth = 0;
  while (el) {
    if (++scan.elementCount > maxElements) break;
    const tag = el.tagName.toUpperCase();
    let descend = false;
    let flags = flagStack[depth]!;
    if (!SKIP_TAGS.has(tag)) {
      let cls = ' ';
      let role: string | null = null;
      const attrs = el.hasAttributes();
      if (attrs) {
        cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
        role = el.getAttribute('role');
      }
      if (tag === 'NAV' || role === 'navigation') flags |= IN_NAV;
      if (tag === 'ASIDE' || role === 'complementary') flags |= IN_ASIDE;
      if (tag === 'FOOTER') flags |= IN_FOOTER;
      if (tag === 'FIGURE' || tag === 'FIGCAPTION' || cls.includes('caption')) flags |= IN_FIGURE;
      if (tag === 'LI') flags |= IN_LIST_ITEM;
      if (tag === 'FORM' || tag === 'BUTTON' || tag === 'SELECT') flags |= IN_FORM;
      const classy = cls.length > 1 && ANY_CLS.test(cls);
      if (classy) {
        if (TEASER_CLS.test(cls)) flags |= IN_TEASER;
        if (COMMENT_CLS.test(cls)) flags |= IN_COMMENTS;
        if (AD_CLS.test(cls)) flags |= IN_AD;
      }
      const item: Scanned = { el, flags, cls };
      if (tag === 'H1' && !scan.firstH1) scan.firstH1 = item;
      if (tag === 'IMG') push(scan.images, item);
      if (tag === 'A' && attrs && el.hasAttribute('href') && scan.links.length < MAX_LINKS) scan.links.push(item);
      if (tag === 'TIME') push(scan.dateHolders, item);
      if (LINE_TAGS.has(tag)) push(scan.lines, item);
      if (tag === 'ADDRESS' || (attrs && ((el.getAttribute('rel') ?? '').includes('author') || (el.getAttribute('itemprop') ?? '').includes('author')))) {
        push(scan.bylines, item);
      } else if (tag === 'FIGCAPTION') {
        push(scan.captions, item);
      }
      if (classy) {
        if (BYLINE_CLS.test(cls)) push(scan.bylines, item);
        if (CAPTION_CLS.test(cls) || (flags & IN_FIGURE && cls.includes('source'))) push(scan.captions, item);
        if (KICKER_CLS.test(cls)) push(scan.kickers, item);
        if (NEAR_CLS.test(cls)) push(scan.nearLabels, item);
        if (LINE_CLS.test(cls) && !LINE_TAGS.has(tag)) push(scan.lines, item);
        if (SOURCE_CLS.test(cls)) push(scan.sourceHolders, item);
        if (DATE_CLS.test(cls) && tag !== 'TIME') push(scan.dateHolders, item);
      }
      descend = el.firstElementChild !== null;
    }
    if (descend) {
      flagStack[++depth] = flags;
      if (depth > scan.maxDepth) scan.maxDepth = depth;
      el = el.firstElementChild;
      continue;
    }
    // Next in document order: the next sibling, else an ancestor's next sibling, never past root.
    while (el) {
      if (el === root) {
        el = null;
        break;
      }
      const next: Element | null = el.nextElementSibling;
      if (next) {
        el = next;
        break;
      }
      el = el.parentElement;
      depth--;
    }
  }
  return scan;
}
