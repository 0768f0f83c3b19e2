// What marks a page as a news article or as something else (home page, product, recipe, a social
// post's own page, a code repository).
import { pf } from '../prefilter';
import { PLATFORM_SITES } from './platforms';

/** JSON-LD types of news and blog articles. */
export const ARTICLE_TYPES =
  /^(?:newsarticle|article|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|blogposting|liveblogposting|report|scholarlyarticle|techarticle|socialmediaposting)$/;

/** JSON-LD types whose presence means the page is about something other than news. */
export const NON_NEWS_TYPES = pf(
  /^(?:product|recipe|softwareapplication|softwaresourcecode|profilepage|searchresultspage|collectionpage|jobposting|event|course|book|movie|musicalbum|musicrecording|store|localbusiness|restaurant|hotel)$/,
);

/** og:type values that are not articles. */
export const NON_ARTICLE_OG_TYPES = pf(
  /^(?:website|product|profile|object|book|music\.[\w.]+|video\.[\w.]+|books\.[\w.]+|restaurant\.[\w.]+|place|business\.[\w.]+)$/,
);

/** Sites whose pages are posts, profiles or repositories rather than news articles. */
export const NON_NEWS_HOSTS = [
  // The social platforms' own sites (lib/rules/platforms.ts).
  ...PLATFORM_SITES,
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'stackoverflow.com',
  'wikipedia.org',
  'amazon.com',
];

/** Meta keys that date an article. */
export const PUBLISHED_META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
];

/** Paths of listings: tag, topic, author and search pages, and bare section fronts ("/politics/"). */
export const LISTING_PATH = pf(
  /^\/(?:(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:tags?|topics?|themen|thema|category|categories|categorie|categoria|section|sections|rubrik|ressort|author|authors|autor|autoren|auteur|search|suche|recherche|buscar|archive|archives|archiv)\/[^/]{0,80}\/?|(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:news|world|politics|sports?|business|tech|technology|science|health|entertainment|opinion|culture|lifestyle|local|national|international|economy|nachrichten|politik|wirtschaft|kultur|panorama|actualites|actualite|monde|economie|deportes|economia|esteri|cronaca|noticias|mundo|politica|latest|live|video|videos)\/?)(?:page\/\d{1,4}\/?)?$/i,
);

/**
 * Microdata (`itemtype`) and microformat items that, as the page's main item (holding the headline),
 * make it a product, app, recipe or event page: download portals and app stores (SoftwareApplication,
 * often with the og:type "article" that SEO plugins set on every page), shops, recipe blogs and event
 * listings. Only the type's last path segment is compared ("https://schema.org/Product" → product).
 */
export const MAIN_ITEM_TYPES =
  /^(?:product|individualproduct|productmodel|productgroup|car|vehicle|softwareapplication|mobileapplication|webapplication|videogame|softwaresourcecode|recipe|event|sportsevent|musicevent|theaterevent|festival|exhibitionevent|screeningevent|comedyevent|businessevent|foodevent|saleevent|course|jobposting|hotel|restaurant|localbusiness|store)$/;

/** Microdata items that price or rate the item they belong to: a product page's hints. */
export const PRODUCT_HINT_TYPES = /^(?:offer|aggregateoffer|aggregaterating)$/;

/**
 * Items that may hold a price or a rating without being a product page: articles, reviews and the
 * page-level wrappers news sites put around everything.
 */
export const NOT_PRODUCT_HOLDER_TYPES = /^(?:review|criticreview|userreview|webpage|itempage|creativework|blog|collectionpage|webpageelement|thing)$/;

/** Microformat classes of the same kinds of items (hRecipe, hProduct, h-event). */
export const MAIN_ITEM_CLASSES: Record<string, string> = {
  hrecipe: 'recipe',
  'h-recipe': 'recipe',
  hproduct: 'product',
  'h-product': 'product',
  'h-event': 'event',
};
