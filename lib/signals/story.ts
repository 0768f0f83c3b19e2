// The story's own element in the original page. Readability's content is mapped back to the elements
// it came from (lib/signals/article.ts numbers the clone like the scan), the headline is the <h1> the
// page's title names, and the story is the smallest element holding both, unless that is the whole
// page. Bylines, source lines, notices, sign-offs and captions count only inside it, its header or its
// trailer (the few short blocks right after the body): tickers, rails, "more stories", the next story
// of an infinite scroll, sidebars and footers never credit the article.
import type { ArticleText } from './article';
import { IN_ASIDE, IN_COMMENTS, IN_FIGURE, IN_FOOTER, IN_FORM, IN_NAV, IN_TEASER, type DomScan, type Scanned } from './scan';
import { squish } from '../text';

export interface Story {
  /** The story's headline element, when the page has one. */
  headline: Element | null;
  /** The element holding the body text Readability kept. */
  body: Element;
  /** The smallest element holding the headline and the body, or the body when that is the page. */
  root: Element;
  /** The original elements of the body's text blocks, in order. */
  blocks: Element[];
  /** Where the first and the last of them stand in the scan's document-order list. */
  firstIndex: number;
  lastIndex: number;
  /** What stands between the headline and the body: byline rows, the lead picture, a feed label. */
  header: Element[];
  /** The few short blocks right after the body (a source strip, a bare "(KNA)", a notice box). */
  trailer: Element[];
  /**
   * Inside the body's element, the few short elements right after its last text block and right
   * before its first, level by level: what Readability cleaned away there (a copyright line, a
   * dateline box) is the story's trailer or header; what comes further away is not.
   */
  afterText: Element[];
  beforeText: Element[];
}

/** Beyond this share of text outside the body, the element holding headline and body is a page, not a story. */
const MAX_ROOT_RATIO = 2.5;
const MAX_ROOT_EXTRA = 4000;
/** Without a headline, a wrapper of the body is still the story while it adds this little text. */
const MAX_WRAPPER_RATIO = 2.2;
const MAX_WRAPPER_EXTRA = 2500;
const MAX_HEADER_CHARS = 3000;
const MAX_TITLE_BOX_CHARS = 800;
const MAX_TRAILER = 4;
const MAX_TRAILER_CHARS = 600;

function norm(s: string | null | undefined): string {
  return squish(s ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The <h1> whose text the page's title holds (or that holds the title); else the first outside navigation. */
function pickHeadline(scan: DomScan, titles: (string | null | undefined)[]): Element | null {
  const wanted = titles.map(norm).filter((t) => t.length >= 8);
  let fallback: Element | null = null;
  for (const h of scan.h1s) {
    const t = norm(h.el.textContent);
    if (!t) continue;
    if (wanted.some((w) => w.includes(t) || t.includes(w)) && t.length >= 8) return h.el;
    if (!fallback && !(h.flags & (IN_NAV | IN_FOOTER | IN_TEASER))) fallback = h.el;
  }
  return fallback;
}

function commonAncestor(a: Element, b: Element): Element | null {
  const seen = new Set<Element>();
  for (let e: Element | null = a; e; e = e.parentElement) seen.add(e);
  for (let e: Element | null = b; e; e = e.parentElement) if (seen.has(e)) return e;
  return null;
}

function isPage(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return tag === 'BODY' || tag === 'HTML';
}

/** Maps Readability's content back to the page; null when the page changed under it or holds no story. */
export function findStory(scan: DomScan, article: ArticleText | null, titles: (string | null | undefined)[]): Story | null {
  if (!article || !article.source.top.length) return null;
  const at = (n: number) => scan.all[n]?.el ?? null;
  // The page may have changed between the scan and Readability's clone (a script ran while the
  // analysis paused): then the numbers point elsewhere, and no story is better than a wrong one.
  const samples = article.source.samples;
  const same = samples.filter((s) => squish((at(s.index)?.textContent ?? '').slice(0, 200)).startsWith(s.text)).length;
  if (samples.length && same * 2 < samples.length) return null;
  const tops = article.source.top.map(at);
  if (tops.some((e) => !e)) return null;
  let body: Element | null = tops[0]!;
  for (const e of tops.slice(1)) body = body && commonAncestor(body, e!);
  if (!body || isPage(body)) return null;
  const indexes = article.source.blocks.filter((n) => !!at(n) && body!.contains(at(n)));
  const blocks = indexes.map((n) => at(n)!);
  if (!blocks.length) return null;

  const headline = pickHeadline(scan, titles);
  // Readability's own count of the body's text: no second walk over it.
  const bodyChars = Math.max(article.length, 1);
  let root = body;
  if (headline && !body.contains(headline)) {
    const both = commonAncestor(body, headline);
    if (both && !isPage(both) && (both.textContent ?? '').length <= bodyChars * MAX_ROOT_RATIO + MAX_ROOT_EXTRA) root = both;
  }
  if (root === body && !(headline && body.contains(headline))) {
    // No headline beside the body (a styled <div> title, or none): the story's header and trailer are
    // the wrappers around the body that add little text of their own.
    for (let e = body.parentElement, up = 0; e && !isPage(e) && up < 4; e = e.parentElement, up++) {
      if ((e.textContent ?? '').length > bodyChars * MAX_WRAPPER_RATIO + MAX_WRAPPER_EXTRA) break;
      root = e;
    }
  }
  return {
    headline,
    body,
    root,
    blocks,
    firstIndex: indexes[0]!,
    lastIndex: indexes[indexes.length - 1]!,
    ...frameOf(body, root, headline),
    ...edgesOf(body, blocks),
  };
}

/**
 * The story's header and trailer, by structure: from the body up to the root, at each level the
 * siblings before the body (back to the headline, at most a few thousand characters) and the few
 * short ones after it; past the root, a few short blocks more. A ticker or "more stories" box later
 * inside the same wrapper is neither.
 */
function frameOf(body: Element, root: Element, headline: Element | null): { header: Element[]; trailer: Element[] } {
  const header: Element[] = [];
  const trailer: Element[] = [];
  let headerChars = 0;
  let trailerChars = 0;
  let trailerDone = false;
  const stopAt = root.parentElement;
  for (let e: Element = body; e.parentElement && e !== stopAt; e = e.parentElement) {
    const last = e === root;
    if (!last) {
      for (let p = e.previousElementSibling; p && headerChars < MAX_HEADER_CHARS; p = p.previousElementSibling) {
        headerChars += (p.textContent ?? '').length;
        header.push(p);
        if (headline && p.contains(headline)) break;
      }
    } else if (!headline || !root.contains(headline)) {
      // A title box just before the story's box ("<div class=h-news>title, date, 来源：…</div><div class=main>").
      const p = root.previousElementSibling;
      if (p && (p.textContent ?? '').length <= MAX_TITLE_BOX_CHARS) header.push(p);
    }
    // Past the root only the trailer continues: a source strip or a bare credit after the story box,
    // never the site's own footer or navigation ("© AFP" in a site footer credits no story).
    let n = 0;
    for (let x = e.nextElementSibling; x && !trailerDone && n < MAX_TRAILER; x = x.nextElementSibling, n++) {
      if (last && isSiteChrome(x)) {
        trailerDone = true;
        break;
      }
      const len = (x.textContent ?? '').length;
      if (trailerChars + len > MAX_TRAILER_CHARS) {
        trailerDone = true;
        break;
      }
      trailerChars += len;
      trailer.push(x);
    }
    if (last) break;
  }
  if (headline && !header.some((h) => h.contains(headline)) && root.contains(headline) && !body.contains(headline)) header.push(headline);
  return { header, trailer };
}

const CHROME_TAGS = new Set(['FOOTER', 'NAV', 'ASIDE', 'FORM']);
const CHROME_ROLES = new Set(['contentinfo', 'navigation', 'complementary', 'banner']);

/** The page's footer, navigation or sidebar standing after the story's box. */
function isSiteChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.tagName.toUpperCase()) || CHROME_ROLES.has(el.getAttribute('role') ?? '')) return true;
  return !!el.querySelector('footer, nav, [role="contentinfo"], [role="navigation"]');
}

const EDGE_SIBLINGS = 3;
const EDGE_CHARS = 400;

function edgesOf(body: Element, blocks: Element[]): { afterText: Element[]; beforeText: Element[] } {
  const afterText: Element[] = [];
  const beforeText: Element[] = [];
  const collect = (from: Element, next: (e: Element) => Element | null, out: Element[]) => {
    for (let e: Element = from; e !== body && e.parentElement; e = e.parentElement) {
      let chars = 0;
      let n = 0;
      for (let x = next(e); x && n < EDGE_SIBLINGS; x = next(x), n++) {
        chars += (x.textContent ?? '').length;
        if (chars > EDGE_CHARS) break;
        out.push(x);
      }
      if (e.parentElement === body) break;
    }
  };
  collect(blocks[blocks.length - 1]!, (e) => e.nextElementSibling, afterText);
  collect(blocks[0]!, (e) => e.previousElementSibling, beforeText);
  return { afterText, beforeText };
}

/** Context flags that never count for an element of the story: the page's furniture words. */
const FURNITURE = IN_NAV | IN_FOOTER | IN_TEASER | IN_COMMENTS | IN_FORM | IN_ASIDE;

/**
 * The flags of a scanned element, without the contexts opened by wrappers that hold the story's
 * headline or body: a "content-sidebar-wrap", an off-canvas "menu" panel or a share wrapper around
 * the text says nothing of the parts inside.
 */
export function flagsIn(item: Scanned, story: Story | null): number {
  if (!story) return item.flags;
  let flags = item.flags & ~(FURNITURE | IN_FIGURE);
  for (let c = item.ctx; c; c = c.up) {
    if (c.el.contains(story.body) || (story.headline && c.el.contains(story.headline))) continue;
    flags |= c.flag;
  }
  return flags;
}

export type StoryPlace = 'header' | 'body' | 'trailer' | 'outside';

/** Where an element stands relative to the story: its header, its body, its trailer, or elsewhere. */
export function placeIn(el: Element, story: Story): StoryPlace {
  if (story.body.contains(el)) return 'body';
  if (story.header.some((h) => h.contains(el))) return 'header';
  if (story.trailer.some((t) => t.contains(el))) return 'trailer';
  return 'outside';
}

const IMAGE_TAGS = new Set(['IMG', 'PICTURE', 'FIGURE', 'VIDEO']);
/** A box of a picture with its caption and credit holds a few elements, not a whole header. */
const MAX_IMAGE_BOX_CHILDREN = 5;
const MAX_IMAGE_BOX_CHARS = 400;

function holdsImage(el: Element | null): boolean {
  if (!el) return false;
  if (IMAGE_TAGS.has(el.tagName.toUpperCase())) return true;
  // A small wrapper around a picture ("<div class=image><img></div>"), not a section with one inside.
  return !!el.querySelector('img, picture, video') && (el.textContent ?? '').trim().length < 80;
}

/**
 * Whether an element credits a picture by where it stands: inside a figure, or right beside an image
 * (its sibling, or its parent's sibling for a credit wrapped once more). Class names do not decide.
 */
export function besideImage(el: Element, story: Story | null = null): boolean {
  const memo = story ? (imageMemos.get(story) ?? imageMemos.set(story, new Map()).get(story)!) : null;
  const known = memo?.get(el);
  if (known !== undefined) return known;
  const verdict = besideImageNow(el);
  memo?.set(el, verdict);
  return verdict;
}

/** Per analysis (one story): bylines, captions and header lines ask about the same few elements. */
const imageMemos = new WeakMap<Story, Map<Element, boolean>>();

function besideImageNow(el: Element): boolean {
  if (el.closest('figure, figcaption, picture')) return true;
  let e: Element | null = el;
  for (let up = 0; e && up < 3; up++, e = e.parentElement) {
    // A credit follows its picture; a line right above one is the story's byline over the lead image.
    if (holdsImage(e.previousElementSibling)) return true;
    const parent: Element | null = e.parentElement;
    if (!parent || parent.children.length > MAX_IMAGE_BOX_CHILDREN) break;
    // Anywhere in a picture's own small box: "<figure><img></figure><figcaption>…</figcaption><span>EFE</span>".
    if ((parent.textContent ?? '').length <= MAX_IMAGE_BOX_CHARS) {
      for (let k = 0; k < parent.children.length; k++) {
        const sib: Element = parent.children[k]!;
        if (sib !== e && holdsImage(sib)) return true;
      }
    }
  }
  return false;
}

/**
 * Whether an element sits in another story's teaser card: a small box (a few levels up, outside the
 * story's headline and body) that holds a linked headline of its own.
 */
export function inTeaserCard(el: Element, story: Story | null, pageUrl: string | null): boolean {
  let e: Element | null = el.parentElement;
  for (let up = 0; e && up < 4 && !isPage(e); up++, e = e.parentElement) {
    if (e.contains(story?.body ?? null) || (story?.headline && e.contains(story.headline))) return false;
    const cache = story ? (cardCaches.get(story) ?? cardCaches.set(story, new Map()).get(story)!) : null;
    const known = cache?.get(e);
    if (known !== undefined) {
      if (known === 'big') return false;
      if (known === 'card') return true;
      continue;
    }
    const verdict = cardOf(e, pageUrl);
    cache?.set(e, verdict);
    if (verdict === 'big') return false;
    if (verdict === 'card') return true;
  }
  return false;
}

/** What an ancestor is, computed once per analysis (one story): many slots share the same few ancestors. */
const cardCaches = new WeakMap<Story, Map<Element, 'card' | 'big' | 'plain'>>();

function cardOf(e: Element, pageUrl: string | null): 'card' | 'big' | 'plain' {
  if ((e.textContent ?? '').length > 1500) return 'big';
  const heads = e.querySelectorAll('h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4');
  for (let i = 0; i < heads.length && i < 5; i++) {
    const a = heads[i]!.closest('a') ?? heads[i]!;
    const href = a.getAttribute('href') ?? '';
    if (href && !samePage(href, pageUrl) && squish(a.textContent ?? '').length >= 20) return 'card';
  }
  return 'plain';
}

function samePage(href: string, pageUrl: string | null): boolean {
  if (href.startsWith('#')) return true;
  if (!pageUrl) return false;
  try {
    const a = new URL(href, pageUrl);
    const b = new URL(pageUrl);
    return a.host === b.host && a.pathname.replace(/\/$/, '') === b.pathname.replace(/\/$/, '');
  } catch {
    return false;
  }
}
