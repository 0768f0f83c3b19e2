// Is this page a news article at all? Home pages, listings, product, recipe and docs pages, and a
// social post's own page are not: Creditline stays quiet there.
import type { Page } from '../page';
import type { Evidence } from '../report';
import { ARTICLE_TYPES, LISTING_PATH, NON_ARTICLE_OG_TYPES, NON_NEWS_HOSTS, NON_NEWS_TYPES, PUBLISHED_META_KEYS } from '../rules/page-kinds';
import { hostOf, safeHttpUrl, siteOf } from '../text';

export interface ArticleKind {
  isArticle: boolean;
  evidence: Evidence[];
}

/** Below this many characters of article text, a page with no article metadata is not a story. */
const MIN_BARE_LENGTH = 2500;
/** Below this, there is no story to read (a post preview, an empty shell). */
const MIN_TEXT = 200;
const URL_DATE = /\/(?:19|20)\d\d\/(?:[01]?\d\/)?|\/(?:19|20)\d\d-[01]\d-[0-3]\d|[-_/](?:19|20)\d\d[01]\d[0-3]\d(?:[-_/.]|$)/;

// "2020-04-03 08:41", "03.04.2020", "April 3, 2020", "3 April 2020", "2020年4月3日"
const DATE_TEXT =
  /\b(?:19|20)\d\d[-/.][01]?\d[-/.][0-3]?\d\b|\b[0-3]?\d\.[01]?\d\.(?:19|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s[0-3]?\d,?\s(?:19|20)\d\d\b|\b[0-3]?\d\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s(?:19|20)\d\d\b|(?:19|20)\d\d年[01]?\d月[0-3]?\d日/i;

/** The first of the page's date and time elements whose short text is a date. */
function datedHolder(page: Page): string | undefined {
  for (const { el } of page.scan.dateHolders.slice(0, 20)) {
    const t = el.textContent ?? '';
    if (t.length < 100 && DATE_TEXT.test(t)) return t;
  }
  return undefined;
}

const HOME_PATH = /^\/(?:index\.\w{2,5})?$/;

function notArticle(text: string, where: Evidence['where'], rule: string): ArticleKind {
  return { isArticle: false, evidence: [{ text, where, rule }] };
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
  const url = page.url ?? page.meta.canonical;
  const site = siteOf(hostOf(url));
  if (site && NON_NEWS_HOSTS.some((h) => siteOf(h) === site)) {
    return notArticle(url!, 'url', `a page of ${site} itself, not a news article`);
  }
  const path = pathOf(page.url) ?? page.meta.canonicalPath;
  if (path !== null && HOME_PATH.test(path)) {
    return notArticle(url ?? path, 'url', 'a home page');
  }
  const types = page.jsonLd.types;
  const articleTypeSeen = types.some((t) => ARTICLE_TYPES.test(t));
  // A saved or mirrored copy of a front page still says where it lives: its canonical or og:url is
  // the site's root. Trusted only when nothing on the page calls it an article.
  const ogType = page.meta.tags.get('og:type')?.[0]?.toLowerCase() ?? null;
  const declaredPaths = [page.meta.canonicalPath, pathOf(safeHttpUrl(page.meta.tags.get('og:url')?.[0]))];
  if (!articleTypeSeen && ogType !== 'article' && declaredPaths.some((p) => p !== null && HOME_PATH.test(p))) {
    return notArticle(page.meta.tags.get('og:url')?.[0] ?? page.meta.canonical ?? '/', 'meta', 'a home page');
  }
  if (path !== null && !articleTypeSeen && LISTING_PATH.test(path)) {
    return notArticle(url ?? path, 'url', 'a section, tag or author listing');
  }
  const nonNews = types.find((t) => NON_NEWS_TYPES.test(t));
  if (nonNews) return notArticle(`@type ${nonNews}`, 'json-ld', 'structured data describes a non-news page');

  const evidence: Evidence[] = [];
  const articleType = types.find((t) => ARTICLE_TYPES.test(t));
  if (articleType) evidence.push({ text: `@type ${articleType}`, where: 'json-ld', rule: 'structured data: article' });
  if (ogType === 'article') evidence.push({ text: 'og:type article', where: 'meta', rule: 'Open Graph: article' });
  const published = PUBLISHED_META_KEYS.find((k) => page.meta.tags.has(k));
  if (published) evidence.push({ text: `${published}: ${page.meta.tags.get(published)![0]}`, where: 'meta', rule: 'publication date' });
  if (!published && page.scan.dateHolders.some((s) => s.el.tagName.toUpperCase() === 'TIME' && s.el.hasAttribute('datetime'))) {
    evidence.push({ text: 'time element', where: 'body', rule: 'publication date' });
  }
  if (url && URL_DATE.test(pathOf(url) ?? '')) evidence.push({ text: url, where: 'url', rule: 'date in the address' });
  const dated =
    page.blocks.slice(0, 6).find((b) => b.text.length < 200 && DATE_TEXT.test(b.text))?.text ??
    page.bylines.find((b) => DATE_TEXT.test(b)) ??
    datedHolder(page);
  if (dated) evidence.push({ text: dated.trim(), where: 'byline', rule: 'date on the page' });

  if (!page.article) {
    if (articleType || (ogType === 'article' && evidence.length >= 2)) return { isArticle: true, evidence };
    return notArticle(page.headline ?? 'no article text', 'body', 'no article text found');
  }
  if (page.article.length < MIN_TEXT && !articleType) {
    return notArticle(page.headline ?? 'no article text', 'body', 'almost no text');
  }
  if (!evidence.length && page.article.length < MIN_BARE_LENGTH && !page.bylines.length) {
    return notArticle(page.headline ?? 'short page', 'body', 'short page with no article metadata, date or byline');
  }
  if (ogType && NON_ARTICLE_OG_TYPES.test(ogType) && !articleType && !published && page.article.length < 1000) {
    return notArticle(`og:type ${ogType}`, 'meta', 'Open Graph type is not an article');
  }
  return { isArticle: true, evidence };
}
