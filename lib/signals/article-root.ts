// Where the article sits in the original DOM, so that an element (an embedded post) can be judged
// in or out of the article. The article is the element that holds the body text Readability found;
// when Readability found nothing, the page's own article/main landmarks stand in.
//
// An element is in the article when it lies inside that container (widened to its enclosing
// <article> or articleBody element, which also holds the article's lead media) and no container
// between the two is page furniture: navigation, footers, sidebars, related stories, comments.
//
// Furniture words on a wrapper are overruled by what it holds: a wrapper around the body text or
// the headline ("article-body-share-wrapper") is the article's, and a div classed "footer" is a
// section of the page when the page has a real <footer>. On a page that streams several stories,
// only the story the page is about (its heading matches the page's title) holds the article.
import type { TextBlock } from './blocks';
import { normTitle, squish } from '../text';

export interface ArticleScope {
  /** The article container in the original DOM, or null when none was found. */
  root: Element | null;
  /** Whether the element belongs to the article (and not to furniture inside or around it). */
  contains(el: Element): boolean;
}

/** Tags that hold page furniture, never article content. */
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'HEADER', 'FORM', 'MENU', 'NOSCRIPT', 'TEMPLATE']);
/** Furniture tags inside the article: an article's own <header> holds its lead media. */
const FURNITURE_TAGS_INSIDE = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'MENU', 'NOSCRIPT', 'TEMPLATE']);
/**
 * Furniture tags inside the body text itself: there an <aside> or <header> is an inline box (an
 * embed, a quote). <noscript> and <template> content is not part of a browser's DOM, so it never counts.
 */
const FURNITURE_TAGS_IN_BODY = new Set(['NAV', 'FOOTER', 'FORM', 'MENU', 'NOSCRIPT', 'TEMPLATE']);

/** Where an element sits: outside any article container, in the article, or within its body text. */
type Zone = 'page' | 'article' | 'body';
const ZONE_TAGS: Record<Zone, Set<string>> = { page: FURNITURE_TAGS, article: FURNITURE_TAGS_INSIDE, body: FURNITURE_TAGS_IN_BODY };

/**
 * Class/id words of page furniture, matched as whole words of a class or id (split on - _ and
 * space, camelCase kept as one word lowercased), so "l-sidebar-fixed" matches but "sidebarless" does not.
 */
const FURNITURE_WORDS = new Set([
  'sidebar',
  'sidebars',
  'rail',
  'rightrail',
  'leftrail',
  'siderail',
  'related',
  'recommended',
  'recommendations',
  'comments',
  'comment',
  'discussion',
  'footer',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'promo',
  'newsletter',
  'trending',
  'popular',
  'mostread',
  'outbrain',
  'taboola',
  'share',
  'sharing',
  'follow',
  'subscribe',
  'ads',
  'advert',
  'advertisement',
  'sponsor',
  'sponsored',
  'masthead',
  'topbar',
]);
/** Words that mark an element as furniture only when outside the article container. */
const OUTER_ONLY_WORDS = new Set(['header', 'banner']);

const WORD_SPLIT_RE = /[\s_\-]+/;
/** ARIA roles of furniture, per zone (as for tags: inside the article a banner is its header, inside the body text a complementary box is inline). */
const ROLE_FURNITURE: Record<'page' | 'article' | 'body', Set<string>> = {
  page: new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'menu']),
  article: new Set(['navigation', 'complementary', 'contentinfo', 'menu']),
  body: new Set(['navigation', 'contentinfo', 'menu']),
};

/** How many characters of a paragraph identify it. */
const KEY_LENGTH = 80;
const MIN_BLOCK_CHARS = 60;
const MAX_PARAGRAPHS = 3000;
const MAX_DEPTH = 200;

function words(el: Element): string[] {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  if (!cls && !id) return [];
  const s = `${cls} ${id}`.slice(0, 400).toLowerCase();
  return s.split(WORD_SPLIT_RE).filter(Boolean);
}

/** Whether the element's tag or ARIA role is furniture in the zone (what its words cannot overrule). */
function isFurnitureTag(el: Element, zone: Zone): boolean {
  if (ZONE_TAGS[zone].has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  return !!role && ROLE_FURNITURE[zone].has(role.toLowerCase());
}

/** Whether the element's class/id words are furniture in the zone (whole words only). */
function hasFurnitureWord(el: Element, zone: Zone): boolean {
  const insideArticle = zone !== 'page';
  for (const w of words(el)) {
    if (FURNITURE_WORDS.has(w)) return true;
    if (!insideArticle && OUTER_ONLY_WORDS.has(w)) return true;
  }
  return false;
}

function isFurniture(el: Element, zone: Zone): boolean {
  return isFurnitureTag(el, zone) || hasFurnitureWord(el, zone);
}

/** The class names of an element, as written (space-separated), lowercased. */
function classNames(el: Element): string[] {
  return (el.getAttribute('class') ?? '').slice(0, 400).toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * A block classed plainly "footer" (not "site-footer"), on a page whose real footer is a <footer>
 * or contentinfo landmark elsewhere: a section of the page that happens to be last (a landing page's
 * closing testimonials), not the page footer.
 */
function isFooterSection(el: Element, pageFooters: readonly Element[]): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'DIV' && tag !== 'SECTION') return false;
  if (!classNames(el).includes('footer')) return false;
  // Only the word "footer" marks it: any other furniture word still does.
  for (const w of words(el)) if (w !== 'footer' && FURNITURE_WORDS.has(w)) return false;
  return pageFooters.some((f) => f !== el && !el.contains(f) && !f.contains(el));
}

function key(text: string): string {
  return squish(text.slice(0, KEY_LENGTH * 3)).slice(0, KEY_LENGTH);
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  let p: Element | null = el;
  while (p && out.length < MAX_DEPTH) {
    out.push(p);
    p = p.parentElement;
  }
  return out;
}

/** Body paragraphs a furniture-classed wrapper must hold to be the article's own wrapper. */
const MIN_WRAPPED_PARAGRAPHS = 3;
/** Share of the matched paragraphs the article container must hold (a stray duplicate elsewhere is ignored). */
const CONTAINER_SHARE = 0.8;
/** Share of the long paragraphs' text the stand-in article container must hold (teasers hold the rest). */
const TEXT_SHARE = 0.6;

/** The deepest element holding at least `share` of the elements' total weight. */
function deepestHolding(els: Element[], weight: (el: Element) => number, share: number): Element | null {
  const sums = new Map<Element, number>();
  const depths = new Map<Element, number>();
  let total = 0;
  for (const el of els) {
    const w = weight(el);
    total += w;
    const chain = ancestors(el);
    chain.forEach((a, i) => {
      sums.set(a, (sums.get(a) ?? 0) + w);
      if (!depths.has(a)) depths.set(a, chain.length - i);
    });
  }
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [a, n] of sums) {
    const d = depths.get(a)!;
    if (total > 0 && n >= total * share && d > bestDepth) {
      best = a;
      bestDepth = d;
    }
  }
  return best;
}

const BLOCK_CHILD_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'TABLE', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'FIGURE']);

/** An element holds a paragraph of its own only when no direct child is a block. */
function isLeafBlock(el: Element): boolean {
  const kids = el.children;
  for (let i = 0; i < kids.length && i < 200; i++) if (BLOCK_CHILD_TAGS.has(kids[i]!.tagName.toUpperCase())) return false;
  return true;
}

/** Paragraph elements tried first, then (when too few match) the other leaf blocks Readability reads. */
const PARAGRAPH_SELECTORS = ['p', 'li, h2, h3, td, dd, pre, div'];

/** The original-DOM paragraphs whose text starts like one of Readability's body blocks. */
function matchedParagraphs(doc: Document, blocks: readonly TextBlock[]): Element[] {
  const keys = new Set<string>();
  for (const b of blocks) if (b.where === 'body' && b.text.length >= MIN_BLOCK_CHARS) keys.add(key(b.text));
  if (!keys.size) return [];
  const out: Element[] = [];
  for (const selector of PARAGRAPH_SELECTORS) {
    let found: ArrayLike<Element>;
    try {
      found = doc.querySelectorAll(selector);
    } catch {
      continue;
    }
    for (let i = 0; i < found.length && i < MAX_PARAGRAPHS * 4 && out.length < MAX_PARAGRAPHS; i++) {
      const p = found[i]!;
      // Only leaf blocks: reading the text of a wrapper (a layout <td> or <div>) would read the page again.
      if (!isLeafBlock(p)) continue;
      const t = p.textContent ?? '';
      if (t.length >= MIN_BLOCK_CHARS && keys.has(key(t))) out.push(p);
    }
    // Enough paragraphs to place the article: skip the costlier walk over every leaf block.
    if (out.length >= Math.min(3, keys.size)) break;
  }
  return out;
}

/** A paragraph long enough to be article prose rather than a teaser or a caption. */
const LONG_PARAGRAPH_CHARS = 150;
const MIN_LONG_PARAGRAPHS = 3;

function longParagraphs(doc: Document): Element[] {
  const out: Element[] = [];
  let found: ArrayLike<Element>;
  try {
    found = doc.querySelectorAll('p');
  } catch {
    return out;
  }
  for (let i = 0; i < found.length && i < MAX_PARAGRAPHS * 4 && out.length < MAX_PARAGRAPHS; i++) {
    const p = found[i]!;
    if ((p.textContent ?? '').length >= LONG_PARAGRAPH_CHARS && isLeafBlock(p)) out.push(p);
  }
  return out.length >= MIN_LONG_PARAGRAPHS ? out : [];
}

const MAX_LANDMARKS = 30;

function queryAll(root: ParentNode, selector: string, max = MAX_LANDMARKS): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector)).slice(0, max);
  } catch {
    return [];
  }
}

/**
 * The page's own mark of its main content, when the body text could not be placed: the articleBody,
 * else the <article> with the most text (teaser lists use <article> too), else <main>.
 */
function landmark(doc: Document): Element | null {
  const body = queryAll(doc, '[itemprop="articleBody"], [itemprop="articlebody"]')[0];
  if (body) return body;
  let best: Element | null = null;
  let bestLength = 0;
  for (const a of queryAll(doc, 'article')) {
    const n = (a.textContent ?? '').length;
    if (n > bestLength) {
      best = a;
      bestLength = n;
    }
  }
  return best ?? queryAll(doc, 'main, [role="main"]')[0] ?? null;
}

/**
 * Widens the body-text container to the outermost enclosing landmark of the page's main content
 * (<article>, articleBody, <main>, role=main), which also holds the lead media and embeds that sit
 * beside the text blocks.
 */
function widen(el: Element): Element {
  let best = el;
  let p: Element | null = el;
  for (let depth = 0; p && depth < MAX_DEPTH; depth++, p = p.parentElement) {
    const tag = p.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') break;
    if (
      tag === 'ARTICLE' ||
      tag === 'MAIN' ||
      (p.getAttribute('itemprop') ?? '').toLowerCase() === 'articlebody' ||
      (p.getAttribute('role') ?? '').toLowerCase() === 'main'
    )
      best = p;
  }
  return best;
}

/** How far up from an embed to look for article paragraphs beside it, and how many siblings to skip. */
const ADJACENT_LEVELS = 4;
const ADJACENT_SKIP = 3;

/** The first element sibling in a direction that has text (skipping a few empty wrappers and scripts). */
function textSibling(el: Element, dir: 'previousElementSibling' | 'nextElementSibling'): Element | null {
  let sib = el[dir];
  for (let i = 0; sib && i < ADJACENT_SKIP; i++, sib = sib[dir]) {
    const tag = sib.tagName.toUpperCase();
    if (tag !== 'SCRIPT' && tag !== 'STYLE' && (sib.textContent ?? '').trim().length > 0) return sib;
  }
  return null;
}

/** Whether `el` sits between article text on both sides: one of its paragraphs or their wrappers. */
function betweenParagraphs(el: Element, paragraphs: ReadonlySet<Element>): boolean {
  const before = textSibling(el, 'previousElementSibling');
  const after = textSibling(el, 'nextElementSibling');
  return !!before && !!after && paragraphs.has(before) && paragraphs.has(after);
}

/**
 * @param url the page's own address, when known: on a page streaming several stories, the story
 *   whose element carries the address's id is the page's.
 */
export function findArticleScope(doc: Document, blocks: readonly TextBlock[], hasArticle: boolean, url: string | null = null): ArticleScope {
  let root: Element | null = null;
  /** The element holding the body text itself: it and its ancestors are never furniture. */
  let text: Element | null = null;
  let paragraphs: Element[] = [];
  if (hasArticle) paragraphs = matchedParagraphs(doc, blocks);
  if (paragraphs.length >= 2) text = deepestHolding(paragraphs, () => 1, CONTAINER_SHARE);
  else {
    // Without Readability's text, the page's long paragraphs stand in for it: the element holding
    // most of their text is the article's (teasers and promos elsewhere hold fewer).
    paragraphs = longParagraphs(doc);
    text = deepestHolding(paragraphs, (p) => (p.textContent ?? '').length, TEXT_SHARE);
  }
  if (text) {
    // One matched paragraph is not a container: take its parent.
    if (text && paragraphs.includes(text)) text = text.parentElement;
    if (text) root = widen(text);
  }
  if (!root) root = landmark(doc);
  const body = doc.body ?? doc.documentElement;
  const scopeRoot = root ?? body;
  const isWholePage = !root || root === body || root === doc.documentElement;
  // The article's paragraphs and their two nearest wrappers: what an embed between them sits beside.
  const paragraphSet = new Set<Element>();
  for (const p of paragraphs) {
    paragraphSet.add(p);
    const parent = p.parentElement;
    if (parent && parent !== body) {
      paragraphSet.add(parent);
      const grand = parent.parentElement;
      if (grand && grand !== body) paragraphSet.add(grand);
    }
  }

  // Wrappers that hold the body text (its paragraphs, outside quoted posts) or the headline: their
  // furniture words name a part of the article ("article-body-share-wrapper"), not furniture.
  // A furniture-classed box inside the text holding one stray paragraph (a related-story teaser
  // Readability kept) is still furniture: the wrapper must hold several of the body's paragraphs.
  const bodyCount = new Map<Element, number>();
  let bodyParagraphs = 0;
  for (const p of paragraphs) {
    if (text && !text.contains(p)) continue;
    if (p.closest('blockquote')) continue;
    bodyParagraphs++;
    for (let a: Element | null = p.parentElement, d = 0; a && a !== body && d < MAX_DEPTH; a = a.parentElement, d++)
      bodyCount.set(a, (bodyCount.get(a) ?? 0) + 1);
  }
  const holdsBody = new Set(bodyCount.keys());
  const minHeld = Math.min(MIN_WRAPPED_PARAGRAPHS, bodyParagraphs);
  // Computed on first need: most pages have few embeds, and most paths cross no furniture word.
  let headlineDone = false;
  let headline: Element | null = null;
  const getHeadline = () => {
    if (!headlineDone) {
      headlineDone = true;
      headline = findHeadline(doc);
    }
    return headline;
  };
  let holdsArticle: Set<Element> | null = null;
  const getHoldsArticle = (): Set<Element> => {
    if (holdsArticle) return holdsArticle;
    holdsArticle = new Set<Element>();
    for (const [a, n] of bodyCount) if (n >= minHeld) holdsArticle.add(a);
    const h = getHeadline();
    if (h) for (let a: Element | null = h.parentElement, d = 0; a && a !== body && d < MAX_DEPTH; a = a.parentElement, d++) holdsArticle.add(a);
    return holdsArticle;
  };
  let pageFooters: Element[] | null = null;
  let storyDone = false;
  let story: StoryUnit | null = null;
  const getStory = () => {
    if (!storyDone) {
      storyDone = true;
      const h = holdsBody.size ? getHeadline() : null;
      story = holdsBody.size ? (urlStory(url, holdsBody, doc) ?? (h ? headlineStory(doc, h, body, holdsBody) : null)) : null;
    }
    return story;
  };

  const furnitureOnPath = (p: Element, zone: Zone): boolean =>
    isFurnitureTag(p, zone) ||
    (hasFurnitureWord(p, zone) && !getHoldsArticle().has(p) && !isFooterSection(p, (pageFooters ??= queryAll(doc, 'footer, [role="contentinfo"]'))));

  /** No furniture between `el` and `stop` (exclusive), or up to the body text's own containers. */
  const clearPath = (el: Element, stop: Element | null, zone: Zone): boolean => {
    let p: Element | null = el.parentElement;
    for (let depth = 0; p && p !== stop && depth < MAX_DEPTH; depth++, p = p.parentElement) {
      if (text && p.contains(text)) break; // from here up: the body text's own containers
      if (furnitureOnPath(p, zone)) return false;
    }
    return true;
  };

  return {
    root,
    contains(el: Element): boolean {
      const st = getStory();
      if (st && inOtherStory(el, st, holdsBody)) return false;
      if (scopeRoot && scopeRoot.contains(el)) {
        const zone: Zone = text && text.contains(el) ? 'body' : isWholePage ? 'page' : 'article';
        return clearPath(el, scopeRoot, zone);
      }
      // Outside the container Readability's text came from, an embed set between two of the
      // article's paragraphs still belongs to it.
      if (!paragraphSet.size) return false;
      let n: Element | null = el;
      for (let level = 0; n && level < ADJACENT_LEVELS; level++, n = n.parentElement) {
        if (betweenParagraphs(n, paragraphSet)) return clearPath(el, n, 'article') && !furnitureOnPath(n, 'article');
      }
      return false;
    },
  };
}

// ---- The story the page is about, on pages that stream several ----

const MAX_HEADINGS = 300;
const MAX_PEERS = 100;
/** Shortest heading text (normalised) that can identify a story. */
const MIN_HEADLINE_CHARS = 12;
/** " | Site", " - Site", " — Site" after a document title. */
const TITLE_SEPARATOR_RE = /\s[|\u2013\u2014-]\s|\s::\s/;

/** The titles the page gives itself: og:title, twitter:title, <title> (whole and without the site name). */
function pageTitles(doc: Document): string[] {
  const out = new Set<string>();
  const add = (v: string | null | undefined) => {
    const t = v ? normTitle(v) : '';
    if (t.length >= MIN_HEADLINE_CHARS) out.add(t);
  };
  for (const m of queryAll(doc, 'meta[property="og:title"], meta[name="twitter:title"], meta[property="twitter:title"]')) add(m.getAttribute('content'));
  const title = doc.querySelector('title')?.textContent ?? '';
  add(title);
  add(title.split(TITLE_SEPARATOR_RE)[0]);
  return [...out];
}

function sameTitle(heading: string, titles: readonly string[]): boolean {
  if (heading.length < MIN_HEADLINE_CHARS) return false;
  return titles.some(
    (t) => t === heading || (t.startsWith(heading) && heading.length >= t.length * 0.6) || (heading.startsWith(t) && t.length >= heading.length * 0.6),
  );
}

/**
 * The headline of the story the page is about: the first <h1>, else <h2>, whose text is the page's
 * title. A linked <h2> is a teaser of the story (a "most read" list naming the page itself), not its headline.
 */
export function findHeadline(doc: Document): Element | null {
  const titles = pageTitles(doc);
  if (!titles.length) return null;
  let h2: Element | null = null;
  for (const h of queryAll(doc, 'h1, h2', MAX_HEADINGS)) {
    if (h.closest('blockquote')) continue;
    if (!sameTitle(normTitle(h.textContent ?? ''), titles)) continue;
    if (h.tagName.toUpperCase() === 'H1') return h;
    if (!h2 && !h.closest('a[href]') && !h.querySelector('a[href]')) h2 = h;
  }
  return h2;
}

interface StoryUnit {
  /** The element holding the page's story, and no other story's. */
  unit: Element;
  /** The other stories, or their headlines. */
  peers: Element[];
}

/**
 * The page's story among others when every story has its own <h1> (infinite scroll): the largest
 * ancestor of the page's headline that holds no other <h1>, when it also holds body text. An <h2>
 * headline does not make a stream: on single stories and landing pages <h2> heads sections.
 */
function headlineStory(doc: Document, headline: Element, body: Element, holdsBody: ReadonlySet<Element>): StoryUnit | null {
  if (headline.tagName.toUpperCase() !== 'H1') return null;
  const peers = queryAll(doc, 'h1', MAX_PEERS).filter((h) => h !== headline && !h.closest('blockquote'));
  if (!peers.length) return null;
  let unit: Element = headline;
  for (let p = headline.parentElement, d = 0; p && p !== body && d < MAX_DEPTH; p = p.parentElement, d++) {
    const tag = p.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML' || peers.some((x) => p!.contains(x))) break;
    unit = p;
  }
  return holdsBody.has(unit) ? { unit, peers } : null;
}

/** Attributes that carry a story's id on stream pages (section#887020, article[data-id="84057530"]). */
const STORY_ID_ATTRS = ['id', 'data-id', 'data-post-id', 'data-article-id', 'data-story-id', 'data-content-id'];
const URL_ID_RE = /\d{5,20}/g;
/** The value is the id, alone or after a short word prefix ("post-887020"). */
const ID_VALUE_RE = /^(?:[A-Za-z]{1,20}[-_])?(\d{5,20})$/;
const MAX_URL_IDS = 6;

/** Long digit runs in the path of the page's address, canonical and og:url: the story's id in most CMSs. */
function urlIds(doc: Document, url: string | null): string[] {
  const raws = [url, doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), doc.querySelector('meta[property="og:url"]')?.getAttribute('content')];
  const out = new Set<string>();
  for (const raw of raws) {
    if (!raw || raw.length > 2048) continue;
    let path: string;
    try {
      const u = new URL(raw, url ?? undefined);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
      path = u.pathname;
    } catch {
      continue;
    }
    for (const m of path.matchAll(URL_ID_RE)) if (out.size < MAX_URL_IDS) out.add(m[0]);
  }
  return [...out];
}

function idShape(value: string): string | null {
  const m = ID_VALUE_RE.exec(value);
  return m ? value.slice(0, value.length - m[1]!.length) : null;
}

/**
 * The page's story on a page streaming several: the element whose id attribute is the id in the
 * page's address, among siblings of the same tag carrying ids of the same shape (the other stories).
 */
function urlStory(url: string | null, holdsBody: ReadonlySet<Element>, doc: Document): StoryUnit | null {
  const ids = urlIds(doc, url);
  if (!ids.length) return null;
  // The story's element holds its text: only the body paragraphs' ancestors are candidates.
  for (const el of holdsBody) {
    for (const attr of STORY_ID_ATTRS) {
      const value = el.getAttribute(attr);
      if (!value || value.length > 60) continue;
      const shape = idShape(value);
      if (shape === null || !ids.some((id) => value === shape + id)) continue;
      const parent = el.parentElement;
      if (!parent) continue;
      const peers: Element[] = [];
      for (let i = 0, kids = parent.children; i < kids.length && i < MAX_PEERS * 4 && peers.length < MAX_PEERS; i++) {
        const k = kids[i]!;
        if (k === el || k.tagName !== el.tagName) continue;
        const v = k.getAttribute(attr);
        if (v && v !== value && idShape(v) === shape) peers.push(k);
      }
      if (peers.length) return { unit: el, peers };
    }
  }
  return null;
}

/**
 * Whether `el` sits in another story of the stream: the branch beside the page's story that holds
 * it also holds another story (or its headline) and body text.
 */
function inOtherStory(el: Element, story: StoryUnit, holdsBody: ReadonlySet<Element>): boolean {
  if (story.unit.contains(el)) return false;
  let child: Element = el;
  for (let p = el.parentElement, d = 0; p && d < MAX_DEPTH; child = p, p = p.parentElement, d++) {
    if (p.contains(story.unit)) return holdsBody.has(child) && story.peers.some((x) => child.contains(x));
  }
  return false;
}
