// The class and id words page templates use for the parts of a page, as data. The scan
// (lib/signals/scan.ts) compiles each list once into a test on class tokens: a word must be a whole
// part of a token between spaces, "-" and "_" ("c-sidebar", "related-posts"); a word ending in "*"
// may also begin a longer part ("related*" matches "relatedArticles" lowercased). A part after a
// negating word ("no-sidebars", "has-sidebar") does not count, and the flags are never taken from
// <body> or <html>, nor (lib/signals/story.ts) from a wrapper that holds the story itself.
//
// Seen on: Drupal ("region-sidebar-second", "block-views-related"), WordPress themes
// ("widget_recent_entries" inside "sidebar", "jp-relatedposts"), Arc XP ("rail"), Gutenberg
// ("wp-block-latest-posts"), Polopoly/Escenic ("teaser"), Livewire tickers ("ticker", "newsticker").

/** Other stories, menus and recirculation boxes: nothing inside credits the story. */
export const TEASER_WORDS = [
  'teaser*',
  'related*',
  'recommend*',
  'sidebar*',
  'siderail',
  'rightrail',
  'leftrail',
  'rail',
  'menu*',
  'promo*',
  'newsletter*',
  'trending*',
  'mostread*',
  'most-read',
  'mostpopular',
  'popular*',
  'ticker*',
  'newsticker*',
  'latest-news',
  'latestnews',
  'more-stories',
  'morestories',
  'more-news',
  'morenews',
  'see-also',
  'seealso',
  'read-also',
  'readalso',
  'recirc*',
  'outbrain*',
  'taboola*',
  'next-article',
  'nextarticle',
  'infinite*',
  'latest-posts',
  'recent-posts',
  'recent-entries',
  'topstories',
  'top-stories',
  'carousel*',
] as const;

export const COMMENT_WORDS = ['comment*', 'disqus*', 'discussion*'] as const;

/** Ad slots ("ad-slot", "ads", "advert", "dfp-…", "banner"), never "advertorial" (that is a label). */
export const AD_WORDS = ['ad', 'adslot*', 'ad-slot', 'advert', 'advertisement*', 'dfp*', 'banner*', 'gpt-ad', 'adunit*', 'ad-unit'] as const;

/** Picture captions and credits. Only a figure or a picture beside it makes them a photo credit. */
export const CAPTION_WORDS = [
  'caption*',
  'photo-credit',
  'photocredit*',
  'image-credit',
  'imagecredit*',
  'img-credit',
  'credit*',
  'copyright*',
  'attribution*',
  'bildunterschrift*',
  'legende*',
] as const;

/** Byline slots: who wrote or supplied the story. */
export const BYLINE_WORDS = ['byline*', 'author*', 'autor*', 'auteur*', 'dateline*', 'source*', 'credit*', 'signature*', 'writer*'] as const;

/** Labels above the headline. */
export const KICKER_WORDS = ['kicker*', 'topline*', 'overline*', 'eyebrow*', 'dachzeile*', 'roofline*', 'supertitle*', 'rubric*'] as const;

/** Labels and flags trusted only next to the headline. */
export const NEAR_LABEL_WORDS = ['sponsor*', 'advertorial*', 'flag*', 'label*', 'badge*'] as const;

/** Notes and disclaimers printed with the story. */
export const NOTE_WORDS = ['disclaimer*', 'note*', 'notice*', 'hinweis*'] as const;

/** Holders of source, author and date fields. */
export const SOURCE_HOLDER_WORDS = [
  'source*',
  'info*',
  'meta*',
  'byline*',
  'author*',
  'date*',
  'time*',
  'quelle*',
  'credit*',
  'fuente*',
  'fonte*',
  'zdroj*',
  'origin*',
] as const;

export const DATE_WORDS = ['date*', 'time*', 'datum*', 'fecha*'] as const;

/** Tokens that negate the word after them: "no-sidebars", "has-sidebar", "without-menu". */
export const NEGATING_PREFIXES = ['no', 'has', 'with', 'without', 'hide', 'show', 'is', 'one', 'two'] as const;

/** Icon names that are never an agency's logo, though some are also an agency's code ("RSS", Nepal's). */
export const ICON_WORDS = [
  'rss',
  'feed',
  'print',
  'share',
  'mail',
  'email',
  'icon',
  'logo-site',
  'search',
  'menu',
  'close',
  'comment',
  'comments',
  'font',
  'zoom',
  'play',
  'audio',
  'video',
] as const;
