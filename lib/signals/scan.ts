// One walk over the original DOM that sorts the elements the signals need into buckets, with the
// context each stands in (inside navigation, a teaser list, a figure…). Many querySelectorAll calls
// with case-insensitive attribute selectors and closest() checks cost far more than Readability's
// own work in a DOM library like linkedom; one iterative walk costs about one textContent. In the
// browser each DOM call crosses into native code, so the walk reads attributes only from elements
// that have some and tests class strings with one combined pattern first.
//
// Each element keeps the chain of contexts it stands in, with the element that opened each one, so
// that once the story's own element is known (lib/signals/story.ts) a wrapper around the whole story
// ("content-sidebar-wrap", an off-canvas "menu" panel) stops counting as a teaser.
import {
  AD_WORDS,
  BYLINE_WORDS,
  CAPTION_WORDS,
  COMMENT_WORDS,
  DATE_WORDS,
  KICKER_WORDS,
  NEAR_LABEL_WORDS,
  NEGATING_PREFIXES,
  NOTE_WORDS,
  SOURCE_HOLDER_WORDS,
  TEASER_WORDS,
} from '../rules/vocabulary';
import { escapeRegExp } from '../text';

/** Context flags: where an element stands. */
export const IN_NAV = 1; // nav, role=navigation
export const IN_FOOTER = 2;
export const IN_TEASER = 4; // teaser, related, recommend, sidebar, menu, promo, newsletter, ticker
export const IN_COMMENTS = 8;
export const IN_FIGURE = 16; // figure, figcaption, [class*=caption]
export const IN_LIST_ITEM = 32;
export const IN_FORM = 64; // form, button, select
export const IN_AD = 128; // ad slots
export const IN_ASIDE = 256; // aside, role=complementary

/** A context an element stands in, and the element that opened it; the chain runs outward. */
export interface Context {
  el: Element;
  flag: number;
  up: Context | null;
}

export interface Scanned {
  el: Element;
  flags: number;
  /** Lowercased "class id" of the element. */
  cls: string;
  /** The contexts that set `flags`, innermost first. */
  ctx: Context | null;
}

export interface DomScan {
  firstH1: Scanned | null;
  /** Every <h1>, in page order (the story's headline is one of them; a logo may be another). */
  h1s: Scanned[];
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
  /** Every element walked, in document order: Readability's clone is numbered the same way. */
  all: Scanned[];
  elementCount: number;
  /** The deepest element nesting seen (the walk's own depth, from the root element). */
  maxDepth: number;
}

const MAX_PER_BUCKET = 800;
const MAX_ELEMENTS = 200_000;
const MAX_LINKS = 3000;

const NEGATING = new Set<string>(NEGATING_PREFIXES);
const SEPARATOR = /[\s_-]/;

/** Whether the token part right before `start` ("no" in "no-sidebars") negates the word there. */
function negated(cls: string, start: number): boolean {
  if (start < 2 || (cls[start - 1] !== '-' && cls[start - 1] !== '_')) return false;
  let i = start - 2;
  while (i >= 0 && !SEPARATOR.test(cls[i]!)) i--;
  return NEGATING.has(cls.slice(i + 1, start - 1));
}

/**
 * A test on class tokens (lib/rules/vocabulary.ts): a word is a whole part of a token, or begins one
 * when listed with "*"; a part right after a negating word ("no-", "has-") does not count.
 */
export function classWordTest(words: readonly string[]): (cls: string) => boolean {
  const prefix = words.filter((w) => w.endsWith('*')).map((w) => escapeRegExp(w.slice(0, -1)));
  const exact = words.filter((w) => !w.endsWith('*')).map(escapeRegExp);
  const alts: string[] = [];
  if (prefix.length) alts.push(`(?:${prefix.join('|')})`);
  if (exact.length) alts.push(`(?:${exact.join('|')})s?(?![^\\s_-])`);
  const re = new RegExp(`(?:^|[\\s_-])(?:${alts.join('|')})`, 'g');
  return (cls) => {
    re.lastIndex = 0;
    for (let m = re.exec(cls); m; m = re.exec(cls)) {
      const start = SEPARATOR.test(cls[m.index]!) ? m.index + 1 : m.index;
      if (!negated(cls, start)) return true;
      re.lastIndex = start + 1;
    }
    return false;
  };
}

const isTeaser = classWordTest(TEASER_WORDS);
const isComment = classWordTest(COMMENT_WORDS);
const isAd = classWordTest(AD_WORDS);
const isCaption = classWordTest(CAPTION_WORDS);
const isByline = classWordTest(BYLINE_WORDS);
const isKicker = classWordTest(KICKER_WORDS);
const isNearLabel = classWordTest(NEAR_LABEL_WORDS);
const isNote = classWordTest(NOTE_WORDS);
const isSourceHolder = classWordTest(SOURCE_HOLDER_WORDS);
const isDateHolder = classWordTest(DATE_WORDS);
/** A cheap first test: does any token part of the class string begin with one of the words? */
const ANY_WORD = new RegExp(
  `(?:^|[\\s_-])(?:${[
    TEASER_WORDS,
    COMMENT_WORDS,
    AD_WORDS,
    CAPTION_WORDS,
    BYLINE_WORDS,
    KICKER_WORDS,
    NEAR_LABEL_WORDS,
    NOTE_WORDS,
    SOURCE_HOLDER_WORDS,
    DATE_WORDS,
  ]
    .flat()
    .map((w) => escapeRegExp(w.replace(/\*$/, '')))
    .join('|')})`,
);

const LINE_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'EM', 'SMALL']);
/** Elements whose content the walk does not enter; Readability's clone is numbered the same way. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD']);
/** The page itself: its classes describe the layout ("no-sidebars", "single right-sidebar"), not a part. */
const PAGE_TAGS = new Set(['HTML', 'BODY']);

function push(list: Scanned[], item: Scanned) {
  if (list.length < MAX_PER_BUCKET) list.push(item);
}

/**
 * Visits the elements of `root` in document order without entering SKIP_TAGS, as the scan does;
 * `visit` returns false to stop. Used to number Readability's clone like the original.
 */
export function walkElements(root: Element, visit: (el: Element) => boolean | void): void {
  let el: Element | null = root;
  while (el) {
    if (visit(el) === false) return;
    if (!SKIP_TAGS.has(el.tagName.toUpperCase()) && el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el) {
      if (el === root) return;
      const next: Element | null = el.nextElementSibling;
      if (next) {
        el = next;
        break;
      }
      el = el.parentElement;
    }
  }
}

/** Walks at most `maxElements` elements; `elementCount` past it means the page was cut short. */
export function scanDom(doc: Document, maxElements = MAX_ELEMENTS): DomScan {
  const scan: DomScan = {
    firstH1: null,
    h1s: [],
    bylines: [],
    captions: [],
    kickers: [],
    nearLabels: [],
    lines: [],
    sourceHolders: [],
    dateHolders: [],
    images: [],
    links: [],
    all: [],
    elementCount: 0,
    maxDepth: 0,
  };
  // From the root element, not body: some parsers leave a second <body>'s content outside doc.body.
  const root = doc.documentElement;
  if (!root) return scan;
  const flagStack: number[] = [0];
  const ctxStack: (Context | null)[] = [null];
  let el: Element | null = root;
  let depth = 0;
  while (el) {
    if (++scan.elementCount > maxElements) break;
    const tag = el.tagName.toUpperCase();
    let descend = false;
    let flags = flagStack[depth]!;
    let ctx = ctxStack[depth]!;
    if (!SKIP_TAGS.has(tag)) {
      let cls = ' ';
      let role: string | null = null;
      const attrs = el.hasAttributes();
      if (attrs) {
        cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
        role = el.getAttribute('role');
      }
      let own = 0;
      if (tag === 'NAV' || role === 'navigation') own |= IN_NAV;
      if (tag === 'ASIDE' || role === 'complementary') own |= IN_ASIDE;
      if (tag === 'FOOTER') own |= IN_FOOTER;
      if (tag === 'FIGURE' || tag === 'FIGCAPTION') own |= IN_FIGURE;
      if (tag === 'LI') flags |= IN_LIST_ITEM;
      if (tag === 'FORM' || tag === 'BUTTON' || tag === 'SELECT') own |= IN_FORM;
      const classy = cls.length > 1 && ANY_WORD.test(cls);
      if (classy && !PAGE_TAGS.has(tag)) {
        if (isTeaser(cls)) own |= IN_TEASER;
        if (isComment(cls)) own |= IN_COMMENTS;
        if (isAd(cls)) own |= IN_AD;
        if (cls.includes('caption')) own |= IN_FIGURE;
      }
      if (own) {
        flags |= own;
        ctx = { el, flag: own, up: ctx };
      }
      const item: Scanned = { el, flags, cls, ctx };
      scan.all.push(item);
      if (tag === 'H1') {
        scan.firstH1 ??= item;
        push(scan.h1s, item);
      }
      if (tag === 'IMG') push(scan.images, item);
      if (tag === 'A' && attrs && el.hasAttribute('href') && scan.links.length < MAX_LINKS) scan.links.push(item);
      if (tag === 'TIME') push(scan.dateHolders, item);
      if (LINE_TAGS.has(tag)) push(scan.lines, item);
      if (tag === 'ADDRESS' || (attrs && ((el.getAttribute('rel') ?? '').includes('author') || (el.getAttribute('itemprop') ?? '').includes('author')))) {
        push(scan.bylines, item);
      } else if (tag === 'FIGCAPTION') {
        push(scan.captions, item);
      }
      if (classy && !PAGE_TAGS.has(tag)) {
        if (isByline(cls)) push(scan.bylines, item);
        if (isCaption(cls) || (flags & IN_FIGURE && cls.includes('source'))) push(scan.captions, item);
        if (isKicker(cls)) push(scan.kickers, item);
        if (isNearLabel(cls)) push(scan.nearLabels, item);
        if (isNote(cls) && !LINE_TAGS.has(tag)) push(scan.lines, item);
        if (isSourceHolder(cls)) push(scan.sourceHolders, item);
        if (isDateHolder(cls) && tag !== 'TIME') push(scan.dateHolders, item);
      }
      descend = el.firstElementChild !== null;
    } else {
      scan.all.push({ el, flags, cls: ' ', ctx });
    }
    if (descend) {
      flagStack[++depth] = flags;
      ctxStack[depth] = ctx;
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
