// Social platforms whose posts news pages embed, described as data: where a post lives (post URL
// shapes and the one URL we normalise each to), the iframes the platform's script renders, the
// publisher markup that exists before that script runs, and the plain-text signature that survives
// when scripts and classes are gone. The matching code lives in lib/detectors/embed-*.ts.
//
// Every pattern is anchored and uses only bounded repetition, so each test is linear and short.
import type { Platform } from '../report';

/** One shape of post URL on a platform. */
export interface PostUrlRule {
  /** Host names without "www."/"m."/"mobile." (exact match). Empty with `anyHost`. */
  hosts: readonly string[];
  /** Any host (federated platforms); the path pattern alone must be distinctive. */
  anyHost?: boolean;
  /**
   * Tested against the pathname (and `?query` when `withQuery`). Named groups: `id` (required),
   * `handle`, `kind` (e.g. Instagram p/reel/tv), `did`.
   */
  path: RegExp;
  withQuery?: boolean;
  /**
   * The normalised post URL; placeholders {id} {handle} {kind} {host} {path} are replaced by the
   * groups (or the URL's host/path). null: the URL itself (cleaned) is kept.
   */
  canonical: string | null;
  /** For wrappers (Facebook's plugin iframes): the query parameter that holds the real post URL. */
  innerUrlParam?: string;
}

/** Publisher markup that stands for one post before (or without) the platform's script. */
export interface MarkupRule {
  /** A CSS selector for the element. All rules are joined into one selector for a single query. */
  selector: string;
  /** Attributes that may hold the post URL, in order of preference. */
  urlAttrs: readonly string[];
  /** Look for the post URL in the element's links too (last matching link wins: the date link). */
  urlFromLinks: boolean;
  /** Attribute holding a bare post id when no URL is given. */
  idAttr?: string;
  /** Attribute holding "channel/123" (Telegram). */
  channelPostAttr?: string;
  /** The element is a post only when it carries a URL or id (else it is a loader or a wrapper). */
  requiresPost: boolean;
}

export interface PlatformRule {
  id: Platform;
  name: string;
  home: string;
  /** How the platform writes a handle: "@name", or none. */
  handlePrefix: '@' | '';
  markup: readonly MarkupRule[];
  /** Iframe (or embed player) src shapes that render one post. */
  iframes: readonly PostUrlRule[];
  /** Links and permalinks to one post. */
  posts: readonly PostUrlRule[];
}

// Shared fragments (bounded).
const X_HANDLE = '(?<handle>[A-Za-z0-9_]{1,15})';
const DIGITS = '(?<id>\\d{5,25})';

export const PLATFORM_RULES: readonly PlatformRule[] = [
  {
    id: 'x',
    name: 'X (Twitter)',
    home: 'https://x.com/',
    handlePrefix: '@',
    markup: [
      { selector: 'blockquote.twitter-tweet', urlAttrs: ['cite', 'data-url'], urlFromLinks: true, idAttr: 'data-tweet-id', requiresPost: false },
      { selector: 'blockquote.twitter-video', urlAttrs: ['cite', 'data-url'], urlFromLinks: true, idAttr: 'data-tweet-id', requiresPost: false },
      // The widget's rendered state: <iframe data-tweet-id> (src-less in older widgets) or <twitter-widget
      // data-tweet-id>. Not any element with the attribute: X's own pages mark every tweet with it.
      { selector: 'iframe[data-tweet-id]', urlAttrs: [], urlFromLinks: false, idAttr: 'data-tweet-id', requiresPost: true },
      { selector: 'twitter-widget[data-tweet-id]', urlAttrs: [], urlFromLinks: false, idAttr: 'data-tweet-id', requiresPost: true },
      { selector: 'amp-twitter', urlAttrs: [], urlFromLinks: false, idAttr: 'data-tweetid', requiresPost: true },
      // Embetty's privacy-friendly element (German publishers' two-click tweets): <embetty-tweet status="…">.
      { selector: 'embetty-tweet[status]', urlAttrs: [], urlFromLinks: false, idAttr: 'status', requiresPost: true },
    ],
    iframes: [
      { hosts: ['platform.twitter.com', 'platform.x.com'], path: /^\/embed\/(?:Tweet|index)\.html\?(?:[^#]{0,2000}?&)?(?:id|tweetId)=(?<id>\d{5,25})/, withQuery: true, canonical: 'https://x.com/i/status/{id}' },
      { hosts: ['twitter.com', 'x.com'], path: /^\/i\/videos\/tweet\/(?<id>\d{5,25})/, canonical: 'https://x.com/i/status/{id}' },
    ],
    posts: [
      { hosts: ['twitter.com', 'x.com'], path: new RegExp(`^/(?!i/)${X_HANDLE}/status(?:es)?/${DIGITS}(?:[/?#]|$)`), canonical: 'https://x.com/{handle}/status/{id}' },
      { hosts: ['twitter.com', 'x.com'], path: new RegExp(`^/i/(?:web/)?status(?:es)?/${DIGITS}(?:[/?#]|$)`), canonical: 'https://x.com/i/status/{id}' },
    ],
  },
  {
    id: 'instagram',
    name: 'Instagram',
    home: 'https://www.instagram.com/',
    handlePrefix: '@',
    markup: [
      { selector: 'blockquote.instagram-media', urlAttrs: ['data-instgrm-permalink', 'cite'], urlFromLinks: true, requiresPost: false },
      { selector: 'amp-instagram', urlAttrs: [], urlFromLinks: false, idAttr: 'data-shortcode', requiresPost: true },
    ],
    iframes: [
      { hosts: ['instagram.com'], path: /^\/(?:[A-Za-z0-9_.]{1,30}\/)?(?<kind>p|reel|tv)\/(?<id>[A-Za-z0-9_-]{5,40})\/embed(?:\/|$)/, canonical: 'https://www.instagram.com/{kind}/{id}/' },
    ],
    posts: [
      { hosts: ['instagram.com', 'instagr.am'], path: /^\/(?:[A-Za-z0-9_.]{1,30}\/)?(?<kind>p|reel|tv)\/(?<id>[A-Za-z0-9_-]{5,40})(?:[/?#]|$)/, canonical: 'https://www.instagram.com/{kind}/{id}/' },
      { hosts: ['instagram.com'], path: /^\/reels\/(?<id>[A-Za-z0-9_-]{5,40})(?:[/?#]|$)/, canonical: 'https://www.instagram.com/reel/{id}/' },
    ],
  },
  {
    id: 'facebook',
    name: 'Facebook',
    home: 'https://www.facebook.com/',
    handlePrefix: '@',
    markup: [
      { selector: '.fb-post', urlAttrs: ['data-href', 'cite'], urlFromLinks: false, requiresPost: true },
      { selector: '.fb-video', urlAttrs: ['data-href', 'cite'], urlFromLinks: false, requiresPost: true },
      // The fallback quote Facebook's embed code puts inside .fb-post, also seen alone.
      { selector: 'blockquote.fb-xfbml-parse-ignore', urlAttrs: ['cite'], urlFromLinks: true, requiresPost: true },
      { selector: 'amp-facebook', urlAttrs: ['data-href'], urlFromLinks: false, requiresPost: true },
    ],
    iframes: [
      { hosts: ['facebook.com'], path: /^\/(?:v\d{1,2}\.\d{1,2}\/)?plugins\/(?:post|video|comment_embed)\.php$/, canonical: null, innerUrlParam: 'href' },
    ],
    posts: [
      { hosts: ['facebook.com', 'graph.facebook.com'], path: /^\/(?<handle>[A-Za-z0-9.\-]{1,80})\/(?:posts|videos|reels?)\/(?:[A-Za-z0-9.\-]{1,120}\/)?(?<id>pfbid[A-Za-z0-9]{10,80}|\d{5,25})(?:[/?#:]|$)/, canonical: 'https://www.facebook.com/{path}' },
      { hosts: ['facebook.com', 'graph.facebook.com'], path: /^\/(?<handle>[A-Za-z0-9.\-]{1,80})\/photos\/(?:[A-Za-z0-9.\-]{1,120}\/)?(?<id>\d{5,25})(?:[/?#]|$)/, canonical: 'https://www.facebook.com/{path}' },
      { hosts: ['facebook.com'], path: /^\/groups\/[A-Za-z0-9.\-]{1,80}\/(?:posts|permalink)\/(?<id>\d{5,25})(?:[/?#]|$)/, canonical: 'https://www.facebook.com/{path}' },
      { hosts: ['facebook.com'], path: /^\/(?:photo|permalink|story|video)\.php\?(?:[^#]{0,2000}?&)?(?:fbid|story_fbid|v)=(?<id>pfbid[A-Za-z0-9]{10,80}|\d{5,25})/, withQuery: true, canonical: null },
      { hosts: ['facebook.com'], path: /^\/watch\/?\?(?:[^#]{0,2000}?&)?v=(?<id>\d{5,25})/, withQuery: true, canonical: 'https://www.facebook.com/watch/?v={id}' },
      { hosts: ['facebook.com'], path: /^\/(?:reel|share\/[prv])\/(?<id>[A-Za-z0-9]{5,40})(?:[/?#]|$)/, canonical: 'https://www.facebook.com/{path}' },
      { hosts: ['fb.watch'], path: /^\/(?<id>[A-Za-z0-9_-]{5,20})\/?$/, canonical: 'https://fb.watch/{id}/' },
    ],
  },
  {
    id: 'youtube',
    name: 'YouTube',
    home: 'https://www.youtube.com/',
    handlePrefix: '',
    markup: [
      { selector: 'lite-youtube[videoid]', urlAttrs: [], urlFromLinks: false, idAttr: 'videoid', requiresPost: true },
      { selector: 'amp-youtube', urlAttrs: [], urlFromLinks: false, idAttr: 'data-videoid', requiresPost: true },
      // WP Rocket's lazy player: the iframe waits in data-src (its <noscript> copy never counts).
      { selector: 'div.rll-youtube-player', urlAttrs: ['data-src'], urlFromLinks: false, idAttr: 'data-id', requiresPost: true },
    ],
    iframes: [
      // embed/<id>; not embed/videoseries (a playlist) nor embed/live_stream (a channel).
      { hosts: ['youtube.com', 'youtube-nocookie.com'], path: /^\/embed\/(?!videoseries|live_stream)(?<id>[A-Za-z0-9_-]{11})(?:[/?#]|$)/, canonical: 'https://www.youtube.com/watch?v={id}' },
      { hosts: ['youtube.com'], path: /^\/v\/(?<id>[A-Za-z0-9_-]{11})(?:[/?#&]|$)/, canonical: 'https://www.youtube.com/watch?v={id}' },
    ],
    posts: [
      { hosts: ['youtube.com'], path: /^\/watch\/?\?(?:[^#]{0,2000}?&)?v=(?<id>[A-Za-z0-9_-]{11})(?:[&#]|$)/, withQuery: true, canonical: 'https://www.youtube.com/watch?v={id}' },
      { hosts: ['youtube.com'], path: /^\/(?:shorts|live|embed)\/(?<id>[A-Za-z0-9_-]{11})(?:[/?#]|$)/, canonical: 'https://www.youtube.com/watch?v={id}' },
      { hosts: ['youtu.be'], path: /^\/(?<id>[A-Za-z0-9_-]{11})(?:[/?#]|$)/, canonical: 'https://www.youtube.com/watch?v={id}' },
    ],
  },
  {
    id: 'tiktok',
    name: 'TikTok',
    home: 'https://www.tiktok.com/',
    handlePrefix: '@',
    markup: [
      { selector: 'blockquote.tiktok-embed', urlAttrs: ['cite'], urlFromLinks: false, idAttr: 'data-video-id', requiresPost: true },
      { selector: 'amp-tiktok', urlAttrs: ['data-src'], urlFromLinks: false, idAttr: 'data-src', requiresPost: true },
    ],
    iframes: [
      { hosts: ['tiktok.com'], path: /^\/(?:embed(?:\/v2)?|player\/v1)\/(?<id>\d{5,25})(?:[/?#]|$)/, canonical: 'https://www.tiktok.com/embed/v2/{id}' },
    ],
    posts: [
      { hosts: ['tiktok.com'], path: /^\/@(?<handle>[A-Za-z0-9_.]{1,40})\/(?:video|photo)\/(?<id>\d{5,25})(?:[/?#]|$)/, canonical: 'https://www.tiktok.com/@{handle}/video/{id}' },
      { hosts: ['tiktok.com'], path: /^\/(?:embed(?:\/v2)?|player\/v1)\/(?<id>\d{5,25})(?:[/?#]|$)/, canonical: 'https://www.tiktok.com/embed/v2/{id}' },
    ],
  },
  {
    id: 'bluesky',
    name: 'Bluesky',
    home: 'https://bsky.app/',
    handlePrefix: '@',
    markup: [
      { selector: 'blockquote.bluesky-embed', urlAttrs: ['data-bluesky-uri', 'cite'], urlFromLinks: true, requiresPost: false },
    ],
    iframes: [
      { hosts: ['embed.bsky.app'], path: /^\/embed\/(?<did>did:[a-z]{2,10}:[A-Za-z0-9._:%-]{4,120})\/app\.bsky\.feed\.post\/(?<id>[A-Za-z0-9]{5,30})(?:[/?#]|$)/, canonical: 'https://bsky.app/profile/{did}/post/{id}' },
    ],
    posts: [
      { hosts: ['bsky.app'], path: /^\/profile\/(?<handle>[A-Za-z0-9._:%-]{3,120})\/post\/(?<id>[A-Za-z0-9]{5,30})(?:[/?#]|$)/, canonical: 'https://bsky.app/profile/{handle}/post/{id}' },
    ],
  },
  {
    id: 'mastodon',
    name: 'Mastodon',
    home: 'https://joinmastodon.org/',
    handlePrefix: '@',
    markup: [
      { selector: 'blockquote.mastodon-embed', urlAttrs: ['data-embed-url', 'cite'], urlFromLinks: true, requiresPost: true },
      { selector: 'iframe.mastodon-embed', urlAttrs: ['src'], urlFromLinks: false, requiresPost: true },
    ],
    iframes: [
      // Any instance: /@user/<id>/embed is Mastodon's own embed path.
      { hosts: [], anyHost: true, path: /^\/@(?<handle>[A-Za-z0-9_]{1,30})\/(?<id>\d{5,25})\/embed\/?$/, canonical: 'https://{host}/@{handle}/{id}' },
    ],
    posts: [
      { hosts: [], anyHost: true, path: /^\/@(?<handle>[A-Za-z0-9_]{1,30})\/(?<id>\d{5,25})(?:\/embed)?\/?$/, canonical: 'https://{host}/@{handle}/{id}' },
      { hosts: [], anyHost: true, path: /^\/users\/(?<handle>[A-Za-z0-9_]{1,30})\/statuses\/(?<id>\d{5,25})\/?$/, canonical: 'https://{host}/@{handle}/{id}' },
    ],
  },
  {
    id: 'threads',
    name: 'Threads',
    home: 'https://www.threads.com/',
    handlePrefix: '@',
    markup: [
      { selector: 'blockquote.text-post-media', urlAttrs: ['data-text-post-permalink', 'cite'], urlFromLinks: true, requiresPost: true },
    ],
    iframes: [
      { hosts: ['threads.net', 'threads.com'], path: /^\/@(?<handle>[A-Za-z0-9_.]{1,40})\/post\/(?<id>[A-Za-z0-9_-]{5,40})\/embed\/?$/, canonical: 'https://www.threads.com/@{handle}/post/{id}' },
    ],
    posts: [
      { hosts: ['threads.net', 'threads.com'], path: /^\/@(?<handle>[A-Za-z0-9_.]{1,40})\/post\/(?<id>[A-Za-z0-9_-]{5,40})(?:[/?#]|$)/, canonical: 'https://www.threads.com/@{handle}/post/{id}' },
    ],
  },
  {
    id: 'telegram',
    name: 'Telegram',
    home: 'https://telegram.org/',
    handlePrefix: '@',
    markup: [
      // data-telegram-post="channel/123" is a post; data-telegram-discussion is a comments widget.
      { selector: '[data-telegram-post]', urlAttrs: [], urlFromLinks: false, channelPostAttr: 'data-telegram-post', requiresPost: true },
    ],
    iframes: [
      { hosts: ['t.me', 'telegram.me'], path: /^\/(?:s\/)?(?<handle>[A-Za-z0-9_]{3,40})\/(?<id>\d{1,12})\/?$/, canonical: 'https://t.me/{handle}/{id}' },
    ],
    posts: [
      { hosts: ['t.me', 'telegram.me'], path: /^\/(?:s\/)?(?<handle>[A-Za-z0-9_]{3,40})\/(?<id>\d{1,12})\/?$/, canonical: 'https://t.me/{handle}/{id}' },
    ],
  },
  {
    id: 'reddit',
    name: 'Reddit',
    home: 'https://www.reddit.com/',
    handlePrefix: '',
    markup: [
      { selector: 'blockquote.reddit-embed-bq', urlAttrs: ['cite', 'data-embed-url'], urlFromLinks: true, requiresPost: true },
      { selector: 'blockquote.reddit-card', urlAttrs: ['cite'], urlFromLinks: true, requiresPost: true },
      { selector: 'amp-reddit', urlAttrs: ['data-src'], urlFromLinks: false, requiresPost: true },
    ],
    iframes: [
      { hosts: ['embed.reddit.com', 'redditmedia.com', 'reddit.com'], path: /^\/r\/(?<handle>[A-Za-z0-9_]{2,30})\/comments\/(?<id>[a-z0-9]{4,12})(?:\/[^?#]{0,300})?/, canonical: 'https://www.reddit.com/r/{handle}/comments/{id}/' },
    ],
    posts: [
      { hosts: ['reddit.com', 'old.reddit.com', 'new.reddit.com'], path: /^\/r\/(?<handle>[A-Za-z0-9_]{2,30})\/comments\/(?<id>[a-z0-9]{4,12})(?:[/?#]|$)/, canonical: 'https://www.reddit.com/r/{handle}/comments/{id}/' },
    ],
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    home: 'https://www.linkedin.com/',
    handlePrefix: '',
    markup: [],
    iframes: [
      { hosts: ['linkedin.com'], path: /^\/embed\/feed\/update\/urn:li:(?<kind>activity|share|ugcPost):(?<id>\d{5,25})\/?$/, canonical: 'https://www.linkedin.com/feed/update/urn:li:{kind}:{id}/' },
    ],
    posts: [
      { hosts: ['linkedin.com'], path: /^\/feed\/update\/urn:li:(?<kind>activity|share|ugcPost):(?<id>\d{5,25})\/?$/, canonical: 'https://www.linkedin.com/feed/update/urn:li:{kind}:{id}/' },
      { hosts: ['linkedin.com'], path: /^\/posts\/[A-Za-z0-9_%-]{1,300}?-activity-(?<id>\d{5,25})(?:-[A-Za-z0-9_]{1,10})?\/?$/, canonical: 'https://www.linkedin.com/feed/update/urn:li:activity:{id}/' },
    ],
  },
  {
    id: 'vimeo',
    name: 'Vimeo',
    home: 'https://vimeo.com/',
    handlePrefix: '',
    markup: [{ selector: 'amp-vimeo', urlAttrs: [], urlFromLinks: false, idAttr: 'data-videoid', requiresPost: true }],
    iframes: [
      { hosts: ['player.vimeo.com'], path: /^\/video\/(?<id>\d{4,15})(?:[/?#]|$)/, canonical: 'https://vimeo.com/{id}' },
    ],
    posts: [
      { hosts: ['vimeo.com'], path: /^\/(?:channels\/[A-Za-z0-9_-]{1,60}\/)?(?<id>\d{4,15})(?:[/?#]|$)/, canonical: 'https://vimeo.com/{id}' },
    ],
  },
];

/**
 * One short selector that every markup rule's element also matches, plus all iframes (their
 * addresses are checked in code). The DOM is queried once with it; each hit is then tested against
 * the rules. Long selector lists cost far more in DOM libraries than a few tag tests.
 */
export const EMBED_CANDIDATE_SELECTOR =
  'blockquote, iframe, embed, .fb-post, .fb-video, twitter-widget, [data-telegram-post], lite-youtube, .rll-youtube-player, oembed, [data-oembed-url], .wp-block-embed__wrapper, ' +
  // AMP pages: the same embeds as AMP components.
  'amp-twitter, amp-instagram, amp-facebook, amp-youtube, amp-vimeo, amp-tiktok, amp-reddit, amp-iframe, ' +
  // Two-click and consent placeholders that keep the embed's address in an attribute until a click.
  'embetty-tweet, [data-embed-url], [data-embed-src], div[data-src], div[data-url], figure[data-url]';

/** A CMS wrapper that holds a bare post URL of any platform when the embed was never rendered. */
export interface GenericEmbedRule {
  selector: string;
  /** The attribute with the post URL; null: the wrapper's whole text is the URL. */
  urlAttr: string | null;
  /**
   * A click-to-load placeholder: the attribute holds a post URL or the embed iframe's address, and
   * elements whose attribute names no platform (lazy images, share buttons) are skipped unread.
   */
  clickToLoad?: boolean;
}

export const GENERIC_EMBED_RULES: readonly GenericEmbedRule[] = [
  // CKEditor 5 media embeds: <figure class="media"><oembed url="https://twitter.com/…/status/…"></oembed></figure>
  { selector: 'oembed[url]', urlAttr: 'url' },
  // CKEditor 4 embeds: <div data-oembed-url="https://www.instagram.com/p/…/">…</div>
  { selector: '[data-oembed-url]', urlAttr: 'data-oembed-url' },
  // WordPress embed blocks before oEmbed ran: the wrapper's text is the post URL.
  { selector: '.wp-block-embed__wrapper', urlAttr: null },
  // Click-to-load and consent placeholders: <div class="embed-placeholder" data-embed-url="https://twitter.com/…/status/…">,
  // <div data-src="https://www.youtube.com/embed/…">, <div data-url="https://www.instagram.com/p/…/">.
  { selector: '[data-embed-url]', urlAttr: 'data-embed-url', clickToLoad: true },
  { selector: '[data-embed-src]', urlAttr: 'data-embed-src', clickToLoad: true },
  { selector: 'div[data-src]', urlAttr: 'data-src', clickToLoad: true },
  { selector: 'div[data-url]', urlAttr: 'data-url', clickToLoad: true },
  { selector: 'figure[data-url]', urlAttr: 'data-url', clickToLoad: true },
];

export const PLATFORM_BY_ID: ReadonlyMap<Platform, PlatformRule> = new Map(PLATFORM_RULES.map((p) => [p.id, p]));

/**
 * Iframe src query parameters that make a video player a feed rather than one post: a playlist of
 * several videos, or a channel's uploads.
 */
export const FEED_PLAYER_PARAMS: readonly RegExp[] = [/(?:^|[?&])playlist=[^&#]{0,400}?,/, /(?:^|[?&])listType=(?:user_uploads|search)/];

/**
 * Plain-text signatures a post leaves when scripts and classes are gone: the attribution line
 * "— Name (@handle) Month D, YYYY" of X/Bluesky/Mastodon blockquotes, Instagram's "A post shared by
 * Name (@handle)", Threads' "Post by @handle". Matching code: lib/detectors/embed-text.ts.
 */
export const TEXT_SIGNATURES = {
  /** Media and short links an X post leaves in its text. */
  xShortLinks: /(?:https?:\/\/)?(?:t\.co\/[A-Za-z0-9]{4,20}|pic\.(?:twitter|x)\.com\/[A-Za-z0-9]{4,20})/g,
  /** "A post shared by Name (@handle)" in Instagram's fallback text, in the languages it writes. */
  instagramShared: /(?:A post shared by|Ein Beitrag geteilt von|Una publicación compartida por|Une publication partagée par|Un post condiviso da|Uma publicação compartilhada por|Een bericht gedeeld door)\s{1,3}([^()\n]{0,80}?)\s{0,3}\(@([A-Za-z0-9_.]{1,30})\)/g,
} as const;
