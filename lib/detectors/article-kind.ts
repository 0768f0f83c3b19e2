// Is this page a news article at all? Home pages, listings, product, recipe and docs pages, and a
// social post's own page are not: Creditline stays quiet there.
import { pf } from '../prefilter';
import type { Page } from '../page';
import type { Evidence, RuleId } from '../report';
import {
  ARTICLE_TYPES,
  LISTING_PATH,
  MAIN_ITEM_CLASSES,
  MAIN_ITEM_TYPES,
  NON_ARTICLE_OG_TYPES,
  NON_NEWS_HOSTS,
  NON_NEWS_TYPES,
  NOT_PRODUCT_HOLDER_TYPES,
  PRODUCT_HINT_TYPES,
  PUBLISHED_META_KEYS,
} from '../rules/page-kinds';
import { hostOf, safeHttpUrl, siteOf, squish, textWeight } from '../text';

export interface ArticleKind {
  isArticle: boolean;
  evidence: Evidence[];
}

/** Below this many characters of article text, a page with no article metadata is not a story. */
const MIN_BARE_LENGTH = 2500;
/** Below this, there is no story to read (a post preview, an empty shell). */
const MIN_TEXT = 200;
const URL_DATE = pf(/\/(?:19|20)\d\d\/(?:[01]?\d\/)?|\/(?:19|20)\d\d-[01]\d-[0-3]\d|[-_/](?:19|20)\d\d[01]\d[0-3]\d(?:[-_/.]|$)/);

// "2020-04-03 08:41", "03.04.2020", "April 3, 2020", "3 April 2020", "2020年4月3日", and the
// Chinese agency dateline without a year ("新华社北京11月17日电", "中新社上海3月2日电", "…日讯")
const DATE_TEXT =
  /[01]?\d月[0-3]?\d日[电讯]|\b(?:19|20)\d\d[-/.][01]?\d[-/.][0-3]?\d\b|\b[0-3]?\d\.[01]?\d\.(?:19|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s[0-3]?\d,?\s(?:19|20)\d\d\b|\b[0-3]?\d\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s(?:19|20)\d\d\b|(?:19|20)\d\d年[01]?\d月[0-3]?\d日/i;

/** The first of the page's date and time elements whose short text is a date. */
function datedHolder(page: Page): string | undefined {
  for (const { el } of page.scan.dateHolders.slice(0, 20)) {
    const t = el.textContent ?? '';
    if (t.length < 100 && DATE_TEXT.test(t)) return t;
  }
  return undefined;
}

const HOME_PATH = /^\/(?:index\.\w{2,5})?$/;

/** Most microdata items a page is read for (real pages have a few dozen). */
const MAX_ITEMS = 400;
/** Product-like items looked at for the page's main item (each one's name is looked up). */
const MAX_MAIN_CANDIDATES = 20;
/** A page with more byline slots than this is a list of stories, whatever its length. */
const MAX_STORY_BYLINES = 3;
/** Nor one with more linked headlines (teasers) or <article> elements than these. */
const MAX_STORY_TEASERS = 12;
const MAX_STORY_ARTICLES = 3;

/** Whether the page looks like one story rather than a list of them: few teasers, few <article>s. */
function fewTeasers(doc: Document): boolean {
  return (
    doc.querySelectorAll('article').length <= MAX_STORY_ARTICLES &&
    doc.querySelectorAll('h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3').length <= MAX_STORY_TEASERS
  );
}

interface Item {
  el: Element;
  types: string[];
  /** Not a property of another item: a thing the page is about, not a part of one. */
  topLevel: boolean;
}

function typeName(itemtype: string): string {
  return itemtype.slice(Math.max(itemtype.lastIndexOf('/'), itemtype.lastIndexOf('#')) + 1).toLowerCase();
}

/** The page's microdata items and microformat (hRecipe, hProduct, h-event) roots. */
function itemsOf(doc: Document): Item[] {
  const out: Item[] = [];
  const els = doc.querySelectorAll('[itemtype]');
  for (let i = 0; i < els.length && out.length < MAX_ITEMS; i++) {
    const el = els[i]!;
    const types = (el.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean).map(typeName);
    const prop = (el.getAttribute('itemprop') ?? '').toLowerCase();
    out.push({ el, types, topLevel: !prop || prop.startsWith('mainentity') });
  }
  const classed = doc.querySelectorAll(
    Object.keys(MAIN_ITEM_CLASSES)
      .map((c) => `.${c}`)
      .join(','),
  );
  for (let i = 0; i < classed.length && i < 20; i++) {
    const el = classed[i]!;
    const tokens = (el.getAttribute('class') ?? '').toLowerCase().split(/\s+/);
    const types = tokens.filter((t) => Object.hasOwn(MAIN_ITEM_CLASSES, t)).map((t) => MAIN_ITEM_CLASSES[t]!);
    out.push({ el, types, topLevel: true });
  }
  return out;
}

/**
 * The page's headline elements: the H1s whose text is the headline (a page may have one for desktop
 * and one for mobile layouts), else the first H1 with text.
 */
function headlineElements(page: Page): Element[] {
  const h1s = page.doc.querySelectorAll('h1');
  const headline = page.headline ? squish(page.headline).toLowerCase() : null;
  let first: Element | null = null;
  const matching: Element[] = [];
  for (let i = 0; i < h1s.length && i < 10; i++) {
    const text = squish(h1s[i]!.textContent ?? '').toLowerCase();
    if (!text) continue;
    first ??= h1s[i]!;
    const alike =
      text === headline || (headline !== null && Math.min(text.length, headline.length) >= 8 && (headline.includes(text) || text.includes(headline)));
    if (alike) matching.push(h1s[i]!);
  }
  return matching.length ? matching.slice(0, 3) : first ? [first] : [];
}

/** Whether an item is what the page is about: it holds the headline, or its name is the headline. */
function isMainItem(item: Item, h1: Element | null): boolean {
  if (h1 && item.el.contains(h1)) return true;
  const nameEl = item.el.querySelector('[itemprop~="name"], .fn, .p-name');
  const name = squish(nameEl?.textContent || nameEl?.getAttribute('content') || '').toLowerCase();
  const h1Text = h1 ? squish(h1.textContent ?? '').toLowerCase() : '';
  return name.length >= 3 && name === h1Text;
}

/**
 * A product, app, recipe or event page by its microdata: its main item has such a type, or it
 * carries an Offer or AggregateRating of its own (a price, a star rating) and is not an article or
 * review. Items that are properties of others (a Product an article is "about") and boxes that do
 * not hold the headline do not count.
 */
function microdataNonNews(items: Item[], h1: Element | null): string | null {
  let candidates = 0;
  for (const item of items) {
    if (!item.topLevel) continue;
    const main = item.types.find((t) => MAIN_ITEM_TYPES.test(t));
    if (!main) continue;
    if (isMainItem(item, h1)) return main;
    if (++candidates >= MAX_MAIN_CANDIDATES) break;
  }
  for (const item of items) {
    if (!item.types.some((t) => PRODUCT_HINT_TYPES.test(t))) continue;
    const holderEl = item.el.parentElement?.closest('[itemtype]');
    const holder = holderEl ? items.find((i) => i.el === holderEl) : undefined;
    if (!holder?.topLevel || !h1 || !holder.el.contains(h1)) continue;
    if (holder.types.some((t) => ARTICLE_TYPES.test(t) || NOT_PRODUCT_HOLDER_TYPES.test(t))) continue;
    return `${holder.types[0] ?? 'item'} with ${item.types.find((t) => PRODUCT_HINT_TYPES.test(t))}`;
  }
  return null;
}

/**
 * A date in a short element right beside the headline: the subtitle or meta line of a page header
 * ("Handball Schweiz • 02.02.2022"), before or after the H1, or after the header block holding it.
 */
function dateBesideHeadline(h1s: Element[]): string | undefined {
  for (const h1 of h1s) {
    const date = dateBeside(h1);
    if (date) return date;
  }
  return undefined;
}

function dateBeside(h1: Element): string | undefined {
  const near: (Element | null | undefined)[] = [
    h1.nextElementSibling,
    h1.nextElementSibling?.nextElementSibling,
    h1.previousElementSibling,
    h1.previousElementSibling?.previousElementSibling,
  ];
  const parent = h1.parentElement;
  if (parent && parent.children.length <= 3) near.push(parent.nextElementSibling, parent.previousElementSibling);
  for (const el of near) {
    const t = el ? squish(el.textContent ?? '') : '';
    if (t && t.length < 120 && DATE_TEXT.test(t)) return t;
  }
  return undefined;
}

/** The article text's length in Latin-character terms (Chinese and Japanese weigh more a character). */
function articleWeight(page: Page): number {
  if (!page.article) return 0;
  let extra = 0;
  for (const b of page.article.blocks) extra += textWeight(b.text) - b.text.length;
  return page.article.length + extra;
}

function notArticle(text: string, where: Evidence['where'], ruleId: RuleId, rule: string): ArticleKind {
  return { isArticle: false, evidence: [{ text, where, ruleId, rule }] };
}

function pathOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

export function detectArticle(page: Page): ArticleKind {
  const ogUrl = safeHttpUrl(page.meta.tags.get('og:url')?.[0]);
  const url = page.url ?? page.meta.canonical ?? ogUrl;
  const site = siteOf(hostOf(url));
  if (site && NON_NEWS_HOSTS.some((h) => siteOf(h) === site)) {
    return notArticle(url!, 'url', 'platform-page', `a page of ${site} itself, not a news article`);
  }
  const items = itemsOf(page.doc);
  const h1s = headlineElements(page);
  const h1 = h1s[0] ?? null;
  const types = page.jsonLd.types;
  // A microdata article is the page's when it holds the headline or is the only one: listings mark
  // up each teaser as an article too.
  const articleItems = items.filter((i) => i.topLevel && i.types.some((t) => ARTICLE_TYPES.test(t)));
  const microdataArticle = articleItems.find((i) => h1 && i.el.contains(h1)) ?? (articleItems.length === 1 ? articleItems[0] : undefined);
  const articleType = types.find((t) => ARTICLE_TYPES.test(t)) ?? microdataArticle?.types.find((t) => ARTICLE_TYPES.test(t));
  const articleTypeSeen = articleType !== undefined;
  const ogType = page.meta.tags.get('og:type')?.[0]?.toLowerCase() ?? null;
  const weight = articleWeight(page);

  const evidence: Evidence[] = [];
  if (articleType) {
    evidence.push(
      microdataArticle && !types.some((t) => ARTICLE_TYPES.test(t))
        ? { text: `itemtype ${articleType}`, where: 'body', ruleId: 'article-microdata', rule: 'microdata: article' }
        : { text: `@type ${articleType}`, where: 'json-ld', ruleId: 'article-structured-data', rule: 'structured data: article' },
    );
  }
  if (ogType === 'article') evidence.push({ text: 'og:type article', where: 'meta', ruleId: 'article-og-type', rule: 'Open Graph: article' });
  const published = PUBLISHED_META_KEYS.find((k) => page.meta.tags.has(k));
  if (published)
    evidence.push({ text: `${published}: ${page.meta.tags.get(published)![0]}`, where: 'meta', ruleId: 'publication-date', rule: 'publication date' });
  if (!published && page.scan.dateHolders.some((s) => s.el.tagName.toUpperCase() === 'TIME' && s.el.hasAttribute('datetime'))) {
    evidence.push({ text: 'time element', where: 'body', ruleId: 'publication-date', rule: 'publication date' });
  }
  if (url && URL_DATE.test(pathOf(url) ?? '')) evidence.push({ text: url, where: 'url', ruleId: 'date-in-address', rule: 'date in the address' });
  const besideHeadline = dateBesideHeadline(h1s);
  const dated =
    page.blocks.slice(0, 6).find((b) => b.text.length < 200 && DATE_TEXT.test(b.text))?.text ??
    page.bylines.find((b) => DATE_TEXT.test(b)) ??
    besideHeadline ??
    datedHolder(page);
  if (dated) evidence.push({ text: dated.trim(), where: 'byline', ruleId: 'date-on-page', rule: 'date on the page' });

  // A canonical or og:url naming the site's root or a section is what a saved copy of a front page
  // says, but also what some CMSs print on every story. It is not evidence against a page that
  // holds one full, dated or declared story with at most a few bylines and teasers.
  const oneStory =
    weight >= MIN_BARE_LENGTH &&
    page.bylines.length <= MAX_STORY_BYLINES &&
    fewTeasers(page.doc) &&
    (articleTypeSeen || ogType === 'article' || published !== undefined || besideHeadline !== undefined);
  const ownPath = pathOf(page.url);
  const path = ownPath ?? page.meta.canonicalPath;
  const pathIsDeclared = ownPath === null;
  if (path !== null && HOME_PATH.test(path) && !(pathIsDeclared && oneStory)) {
    return notArticle(url ?? path, 'url', 'home-page', 'a home page');
  }
  // A saved or mirrored copy of a front page still says where it lives: its canonical or og:url is
  // the site's root. Trusted only when nothing on the page calls it an article.
  const declaredPaths = [page.meta.canonicalPath, pathOf(ogUrl)];
  if (!articleTypeSeen && ogType !== 'article' && !oneStory && declaredPaths.some((p) => p !== null && HOME_PATH.test(p))) {
    return notArticle(page.meta.tags.get('og:url')?.[0] ?? page.meta.canonical ?? '/', 'meta', 'home-page', 'a home page');
  }
  if (path !== null && !articleTypeSeen && LISTING_PATH.test(path) && !(pathIsDeclared && oneStory)) {
    return notArticle(url ?? path, 'url', 'listing-page', 'a section, tag or author listing');
  }
  const nonNews = types.find((t) => NON_NEWS_TYPES.test(t));
  if (nonNews) return notArticle(`@type ${nonNews}`, 'json-ld', 'non-news-structured-data', 'structured data describes a non-news page');
  if (!articleTypeSeen) {
    const item = microdataNonNews(items, h1);
    if (item) return notArticle(`itemtype ${item}`, 'body', 'non-news-microdata', 'microdata describes a product, app, recipe or event page');
  }

  if (!page.article) {
    if (articleType || (ogType === 'article' && evidence.length >= 2)) return { isArticle: true, evidence };
    return notArticle(page.headline ?? 'no article text', 'body', 'no-article-text', 'no article text found');
  }
  if (weight < MIN_TEXT && !articleType) {
    return notArticle(page.headline ?? 'no article text', 'body', 'almost-no-text', 'almost no text');
  }
  if (!evidence.length && weight < MIN_BARE_LENGTH && !page.bylines.length) {
    return notArticle(page.headline ?? 'short page', 'body', 'short-page', 'short page with no article metadata, date or byline');
  }
  if (ogType && NON_ARTICLE_OG_TYPES.test(ogType) && !articleType && !published && weight < 1000) {
    return notArticle(`og:type ${ogType}`, 'meta', 'non-article-og-type', 'Open Graph type is not an article');
  }
  return { isArticle: true, evidence };
}
