// Social platforms whose posts news pages embed, each described once, as data: where a post lives
// (post URL shapes and the one URL we normalize each to, the URL a bare id stands for), the iframes the
// platform's script renders, the publisher markup that exists before that script runs, how the
// platform writes a handle, the plain-text shape of its handles, its own sites, and the message key of
// its name. Everything else about platforms (the platform list, the one candidate selector, the iframe
// address hints, the highlighter's selector, the non-news sites) is derived below. Adding a platform
// is one entry here. The matching code lives in lib/detectors/embed-*.ts.
//
// Every pattern is anchored and uses only bounded repetition, so each test is linear and short.

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
   * The normalized post URL; placeholders {id} {handle} {kind} {host} {path} are replaced by the
   * groups (or the URL's host/path). null: the URL itself (cleaned) is kept.
   */
  canonical: string | null;
  /** For wrappers (Facebook's plugin iframes): the query parameter that holds the real post URL. */
  innerUrlParam?: string;
}

/** Publisher markup that stands for one post before (or without) the platform's script. */
export interface MarkupRule {
  /** A simple selector (tag, class, attribute) for the element; the candidate selector is derived from them. */
  selector: string;
  /** Attributes that may hold the post URL, in order of preference. */
  urlAttrs: readonly string[];
  /** Look for the post URL in the element's links too (last matching link wins: the date link). */
  urlFromLinks: boolean;
  /** Attribute holding a bare post id when no URL is given (read with the platform's `postById`). */
  idAttr?: string;
  /** Attribute holding "channel/123" (Telegram), and the post URL it stands for ({channel}, {id}). */
  channelPost?: { attr: string; url: string };
  /** The element is a post only when it carries a URL or id (else it is a loader or a wrapper). */
  requiresPost: boolean;
}

/** How the platform writes the handle a post URL names. */
export interface HandleStyle {
  prefix: '@' | '';
  /** Federated handles carry their server: "@name@mastodon.social". */
  withHost?: boolean;
  /** URL handle groups that are no handle (numeric page ids, script names, DIDs). */
  notAHandle?: RegExp;
}

export interface PlatformRuleOf<Id extends string> {
  id: Id;
  /** The platform's name as written in the engine's evidence ("YouTube"); the UI reads `nameKey`. */
  name: string;
  /** The message key of the platform's name (locales/en.yml), spelled as `name`. */
  nameKey: `platform.${Id}`;
  home: string;
  /** How a handle from a post URL is written; null: the URL names no author (a subreddit). */
  handle: HandleStyle | null;
  /**
   * The shape of the handle in a plain-text attribution line "— Name (@handle) date", without the "@".
   * The shapes of different platforms never overlap.
   */
  textHandle?: RegExp;
  /** Other platforms whose attribution lines this platform's embeds print (Threads prints X's). */
  attributionFrom?: readonly string[];
  /** A bare post id (from an `idAttr`) and the post URL it stands for ({id}). */
  postById?: { id: RegExp; url: string };
  markup: readonly MarkupRule[];
  /** Iframe (or embed player) src shapes that render one post. */
  iframes: readonly PostUrlRule[];
  /** Links and permalinks to one post. */
  posts: readonly PostUrlRule[];
  /**
   * The platform's own sites, whose pages are posts, profiles and channels rather than news. Not
   * LinkedIn's (its Pulse pages are articles) nor Mastodon's (any server).
   */
  sites: readonly string[];
  /**
   * A real post of the platform, as the test that walks every rule reads it: its address, its embed
   * player's address, and its author's handle as an attribution line writes it (with `textHandle`).
   */
  example: { post: string; embed: string; textHandle?: string };
}

// Shared fragments (bounded).
const X_HANDLE = '(?<handle>[A-Za-z0-9_]{1,15})';
const DIGITS = '(?<id>\\d{5,25})';

/** One platform's entry: the id ties the name's message key to it. */
const rule = <const Id extends string>(r: PlatformRuleOf<Id>): PlatformRuleOf<Id> => r;

export const PLATFORM_RULES = [
  rule({
    id: 'x',
    name: 'X',
    nameKey: 'platform.x',
    home: 'https://x.com/',
    example: {
      post: 'https://twitter.com/mfa_russia/status/1991500000000000000',
      embed: 'https://platform.twitter.com/embed/Tweet.html?dnt=false&id=1511642234562752512&lang=en',
      textHandle: 'mfa_russia',
    },
    sites: ['twitter.com', 'x.com'],
    // "twitter.com/X/status/…", "/i/status/…": placeholders a page writes where the account is unknown.
    handle: { prefix: '@', notAHandle: /^(?:x|i|twitter|intent|share|home|search|hashtag|status)$/i },
    textHandle: /^[A-Za-z0-9_]{1,15}$/,
    postById: { id: /^\d{5,25}$/, url: 'https://x.com/i/status/{id}' },
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
      {
        hosts: ['platform.twitter.com', 'platform.x.com'],
        path: /^\/embed\/(?:Tweet|index)\.html\?(?:[^#]{0,2000}?&)?(?:id|tweetId)=(?<id>\d{5,25})/,
        withQuery: true,
        canonical: 'https://x.com/i/status/{id}',
      },
      { hosts: ['twitter.com', 'x.com'], path: /^\/i\/videos\/tweet\/(?<id>\d{5,25})/, canonical: 'https://x.com/i/status/{id}' },
    ],
    posts: [
      {
        hosts: ['twitter.com', 'x.com'],
        path: new RegExp(`^/(?!i/)${X_HANDLE}/status(?:es)?/${DIGITS}(?:[/?#]|$)`),
        canonical: 'https://x.com/{handle}/status/{id}',
      },
      { hosts: ['twitter.com', 'x.com'], path: new RegExp(`^/i/(?:web/)?status(?:es)?/${DIGITS}(?:[/?#]|$)`), canonical: 'https://x.com/i/status/{id}' },
    ],
  }),
  rule({
    id: 'instagram',
    name: 'Instagram',
    nameKey: 'platform.instagram',
    home: 'https://www.instagram.com/',
    example: { post: 'https://www.instagram.com/p/B_fawQoFahE/', embed: 'https://www.instagram.com/p/BwhCjGGF1Tt/embed/captioned/' },
    sites: ['instagram.com'],
    handle: { prefix: '@' },
    postById: { id: /^[A-Za-z0-9_-]{5,40}$/, url: 'https://www.instagram.com/p/{id}/' },
    markup: [
      { selector: 'blockquote.instagram-media', urlAttrs: ['data-instgrm-permalink', 'cite'], urlFromLinks: true, requiresPost: false },
      { selector: 'amp-instagram', urlAttrs: [], urlFromLinks: false, idAttr: 'data-shortcode', requiresPost: true },
    ],
    iframes: [
      {
        hosts: ['instagram.com'],
        path: /^\/(?:[A-Za-z0-9_.]{1,30}\/)?(?<kind>p|reel|tv)\/(?<id>[A-Za-z0-9_-]{5,40})\/embed(?:\/|$)/,
        canonical: 'https://www.instagram.com/{kind}/{id}/',
      },
    ],
    posts: [
      {
        hosts: ['instagram.com', 'instagr.am'],
        path: /^\/(?:[A-Za-z0-9_.]{1,30}\/)?(?<kind>p|reel|tv)\/(?<id>[A-Za-z0-9_-]{5,40})(?:[/?#]|$)/,
        canonical: 'https://www.instagram.com/{kind}/{id}/',
      },
      { hosts: ['instagram.com'], path: /^\/reels\/(?<id>[A-Za-z0-9_-]{5,40})(?:[/?#]|$)/, canonical: 'https://www.instagram.com/reel/{id}/' },
    ],
  }),
  rule({
    id: 'facebook',
    name: 'Facebook',
    nameKey: 'platform.facebook',
    home: 'https://www.facebook.com/',
    example: {
      post: 'https://www.facebook.com/Sozialdemokratie/posts/928812574504508/',
      embed: 'https://www.facebook.com/v18.0/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2FSozialdemokratie%2Fposts%2F928812574504508%2F&locale=de_DE',
    },
    sites: ['facebook.com'],
    handle: { prefix: '@', notAHandle: /^\d+$|\.php/ },
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
      {
        hosts: ['facebook.com', 'graph.facebook.com'],
        path: /^\/(?<handle>[A-Za-z0-9.\-]{1,80})\/(?:posts|videos|reels?)\/(?:[A-Za-z0-9.\-]{1,120}\/)?(?<id>pfbid[A-Za-z0-9]{10,80}|\d{5,25})(?:[/?#:]|$)/,
        canonical: 'https://www.facebook.com/{path}',
      },
      {
        hosts: ['facebook.com', 'graph.facebook.com'],
        path: /^\/(?<handle>[A-Za-z0-9.\-]{1,80})\/photos\/(?:[A-Za-z0-9.\-]{1,120}\/)?(?<id>\d{5,25})(?:[/?#]|$)/,
        canonical: 'https://www.facebook.com/{path}',
      },
      {
        hosts: ['facebook.com'],
        path: /^\/groups\/[A-Za-z0-9.\-]{1,80}\/(?:posts|permalink)\/(?<id>\d{5,25})(?:[/?#]|$)/,
        canonical: 'https://www.facebook.com/{path}',
      },
      {
        hosts: ['facebook.com'],
        path: /^\/(?:photo|permalink|story|video)\.php\?(?:[^#]{0,2000}?&)?(?:fbid|story_fbid|v)=(?<id>pfbid[A-Za-z0-9]{10,80}|\d{5,25})/,
        withQuery: true,
        canonical: null,
      },
      {
        hosts: ['facebook.com'],
        path: /^\/watch\/?\?(?:[^#]{0,2000}?&)?v=(?<id>\d{5,25})/,
        withQuery: true,
        canonical: 'https://www.facebook.com/watch/?v={id}',
      },
      { hosts: ['facebook.com'], path: /^\/(?:reel|share\/[prv])\/(?<id>[A-Za-z0-9]{5,40})(?:[/?#]|$)/, canonical: 'https://www.facebook.com/{path}' },
      { hosts: ['fb.watch'], path: /^\/(?<id>[A-Za-z0-9_-]{5,20})\/?$/, canonical: 'https://fb.watch/{id}/' },
    ],
  }),
  rule({
    id: 'youtube',
    name: 'YouTube',
    nameKey: 'platform.youtube',
    home: 'https://www.youtube.com/',
    example: { post: 'https://youtu.be/TdChki1-wW4', embed: 'https://www.youtube-nocookie.com/embed/TdChki1-wW4?rel=0' },
    sites: ['youtube.com'],
    handle: { prefix: '' },
    postById: { id: /^[A-Za-z0-9_-]{11}$/, url: 'https://www.youtube.com/watch?v={id}' },
    markup: [
      { selector: 'lite-youtube[videoid]', urlAttrs: [], urlFromLinks: false, idAttr: 'videoid', requiresPost: true },
      { selector: 'amp-youtube', urlAttrs: [], urlFromLinks: false, idAttr: 'data-videoid', requiresPost: true },
      // WP Rocket's lazy player: the iframe waits in data-src (its <noscript> copy never counts).
      { selector: 'div.rll-youtube-player', urlAttrs: ['data-src'], urlFromLinks: false, idAttr: 'data-id', requiresPost: true },
    ],
    iframes: [
      // embed/<id>; not embed/videoseries (a playlist) nor embed/live_stream (a channel).
      {
        hosts: ['youtube.com', 'youtube-nocookie.com'],
        path: /^\/embed\/(?!videoseries|live_stream)(?<id>[A-Za-z0-9_-]{11})(?:[/?#]|$)/,
        canonical: 'https://www.youtube.com/watch?v={id}',
      },
      { hosts: ['youtube.com'], path: /^\/v\/(?<id>[A-Za-z0-9_-]{11})(?:[/?#&]|$)/, canonical: 'https://www.youtube.com/watch?v={id}' },
    ],
    posts: [
      {
        hosts: ['youtube.com'],
        path: /^\/watch\/?\?(?:[^#]{0,2000}?&)?v=(?<id>[A-Za-z0-9_-]{11})(?:[&#]|$)/,
        withQuery: true,
        canonical: 'https://www.youtube.com/watch?v={id}',
      },
      { hosts: ['youtube.com'], path: /^\/(?:shorts|live|embed)\/(?<id>[A-Za-z0-9_-]{11})(?:[/?#]|$)/, canonical: 'https://www.youtube.com/watch?v={id}' },
      { hosts: ['youtu.be'], path: /^\/(?<id>[A-Za-z0-9_-]{11})(?:[/?#]|$)/, canonical: 'https://www.youtube.com/watch?v={id}' },
    ],
  }),
  rule({
    id: 'tiktok',
    name: 'TikTok',
    nameKey: 'platform.tiktok',
    home: 'https://www.tiktok.com/',
    example: { post: 'https://www.tiktok.com/@scout2015/video/6718335390845095173', embed: 'https://www.tiktok.com/embed/v2/6718335390845095173' },
    sites: ['tiktok.com'],
    handle: { prefix: '@' },
    postById: { id: /^\d{5,25}$/, url: 'https://www.tiktok.com/embed/v2/{id}' },
    markup: [
      { selector: 'blockquote.tiktok-embed', urlAttrs: ['cite'], urlFromLinks: false, idAttr: 'data-video-id', requiresPost: true },
      { selector: 'amp-tiktok', urlAttrs: ['data-src'], urlFromLinks: false, idAttr: 'data-src', requiresPost: true },
    ],
    iframes: [
      { hosts: ['tiktok.com'], path: /^\/(?:embed(?:\/v2)?|player\/v1)\/(?<id>\d{5,25})(?:[/?#]|$)/, canonical: 'https://www.tiktok.com/embed/v2/{id}' },
    ],
    posts: [
      {
        hosts: ['tiktok.com'],
        path: /^\/@(?<handle>[A-Za-z0-9_.]{1,40})\/(?:video|photo)\/(?<id>\d{5,25})(?:[/?#]|$)/,
        canonical: 'https://www.tiktok.com/@{handle}/video/{id}',
      },
      { hosts: ['tiktok.com'], path: /^\/(?:embed(?:\/v2)?|player\/v1)\/(?<id>\d{5,25})(?:[/?#]|$)/, canonical: 'https://www.tiktok.com/embed/v2/{id}' },
    ],
  }),
  rule({
    id: 'bluesky',
    name: 'Bluesky',
    nameKey: 'platform.bluesky',
    home: 'https://bsky.app/',
    example: {
      post: 'https://bsky.app/profile/jay.bsky.team/post/3lbmtwjj6gk2x',
      embed: 'https://embed.bsky.app/embed/did:plc:oky5czdrnfjpqslsw2a5iclo/app.bsky.feed.post/3lbmtwjj6gk2x',
      textHandle: 'jay.bsky.team',
    },
    sites: ['bsky.app'],
    handle: { prefix: '@', notAHandle: /^did:/ },
    textHandle: /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,5}$/,
    markup: [{ selector: 'blockquote.bluesky-embed', urlAttrs: ['data-bluesky-uri', 'cite'], urlFromLinks: true, requiresPost: false }],
    iframes: [
      {
        hosts: ['embed.bsky.app'],
        path: /^\/embed\/(?<did>did:[a-z]{2,10}:[A-Za-z0-9._:%-]{4,120})\/app\.bsky\.feed\.post\/(?<id>[A-Za-z0-9]{5,30})(?:[/?#]|$)/,
        canonical: 'https://bsky.app/profile/{did}/post/{id}',
      },
    ],
    posts: [
      {
        hosts: ['bsky.app'],
        path: /^\/profile\/(?<handle>[A-Za-z0-9._:%-]{3,120})\/post\/(?<id>[A-Za-z0-9]{5,30})(?:[/?#]|$)/,
        canonical: 'https://bsky.app/profile/{handle}/post/{id}',
      },
    ],
  }),
  rule({
    id: 'mastodon',
    name: 'Mastodon',
    nameKey: 'platform.mastodon',
    home: 'https://joinmastodon.org/',
    example: {
      post: 'https://mastodon.social/@Gargron/109334245433734985',
      embed: 'https://mastodon.social/@Gargron/109334245433734985/embed',
      textHandle: 'Gargron@mastodon.social',
    },
    sites: [],
    handle: { prefix: '@', withHost: true },
    textHandle: /^[A-Za-z0-9_]{1,30}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,5}$/,
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
  }),
  rule({
    id: 'threads',
    name: 'Threads',
    nameKey: 'platform.threads',
    home: 'https://www.threads.com/',
    example: { post: 'https://www.threads.net/@zuck/post/C8l2k5Rv0Xe', embed: 'https://www.threads.net/@zuck/post/C8l2k5Rv0Xe/embed' },
    sites: ['threads.net', 'threads.com'],
    handle: { prefix: '@' },
    attributionFrom: ['x'],
    markup: [{ selector: 'blockquote.text-post-media', urlAttrs: ['data-text-post-permalink', 'cite'], urlFromLinks: true, requiresPost: true }],
    iframes: [
      {
        hosts: ['threads.net', 'threads.com'],
        path: /^\/@(?<handle>[A-Za-z0-9_.]{1,40})\/post\/(?<id>[A-Za-z0-9_-]{5,40})\/embed\/?$/,
        canonical: 'https://www.threads.com/@{handle}/post/{id}',
      },
    ],
    posts: [
      {
        hosts: ['threads.net', 'threads.com'],
        path: /^\/@(?<handle>[A-Za-z0-9_.]{1,40})\/post\/(?<id>[A-Za-z0-9_-]{5,40})(?:[/?#]|$)/,
        canonical: 'https://www.threads.com/@{handle}/post/{id}',
      },
    ],
  }),
  rule({
    id: 'telegram',
    name: 'Telegram',
    nameKey: 'platform.telegram',
    home: 'https://telegram.org/',
    example: { post: 'https://t.me/chollometro/28542', embed: 'https://t.me/chollometro/28542?embed=1&mode=tme' },
    sites: ['t.me', 'telegram.me'],
    handle: { prefix: '@' },
    markup: [
      // data-telegram-post="channel/123" is a post; data-telegram-discussion is a comments widget.
      {
        selector: '[data-telegram-post]',
        urlAttrs: [],
        urlFromLinks: false,
        channelPost: { attr: 'data-telegram-post', url: 'https://t.me/{channel}/{id}' },
        requiresPost: true,
      },
    ],
    iframes: [
      { hosts: ['t.me', 'telegram.me'], path: /^\/(?:s\/)?(?<handle>[A-Za-z0-9_]{3,40})\/(?<id>\d{1,12})\/?$/, canonical: 'https://t.me/{handle}/{id}' },
    ],
    posts: [{ hosts: ['t.me', 'telegram.me'], path: /^\/(?:s\/)?(?<handle>[A-Za-z0-9_]{3,40})\/(?<id>\d{1,12})\/?$/, canonical: 'https://t.me/{handle}/{id}' }],
  }),
  rule({
    id: 'reddit',
    name: 'Reddit',
    nameKey: 'platform.reddit',
    home: 'https://www.reddit.com/',
    example: {
      post: 'https://www.reddit.com/r/worldnews/comments/1abcde/some_title/',
      embed: 'https://embed.reddit.com/r/worldnews/comments/1abcde/some_title/?embed=true',
    },
    sites: ['reddit.com'],
    // The URL names the subreddit, not the author.
    handle: null,
    markup: [
      { selector: 'blockquote.reddit-embed-bq', urlAttrs: ['cite', 'data-embed-url'], urlFromLinks: true, requiresPost: true },
      { selector: 'blockquote.reddit-card', urlAttrs: ['cite'], urlFromLinks: true, requiresPost: true },
      { selector: 'amp-reddit', urlAttrs: ['data-src'], urlFromLinks: false, requiresPost: true },
    ],
    iframes: [
      {
        hosts: ['embed.reddit.com', 'redditmedia.com', 'reddit.com'],
        path: /^\/r\/(?<handle>[A-Za-z0-9_]{2,30})\/comments\/(?<id>[a-z0-9]{4,12})(?:\/[^?#]{0,300})?/,
        canonical: 'https://www.reddit.com/r/{handle}/comments/{id}/',
      },
    ],
    posts: [
      {
        hosts: ['reddit.com', 'old.reddit.com', 'new.reddit.com'],
        path: /^\/r\/(?<handle>[A-Za-z0-9_]{2,30})\/comments\/(?<id>[a-z0-9]{4,12})(?:[/?#]|$)/,
        canonical: 'https://www.reddit.com/r/{handle}/comments/{id}/',
      },
    ],
  }),
  rule({
    id: 'linkedin',
    name: 'LinkedIn',
    nameKey: 'platform.linkedin',
    home: 'https://www.linkedin.com/',
    example: {
      post: 'https://www.linkedin.com/posts/satyanadella_ai-copilot-activity-7123456789012345678-abcd/',
      embed: 'https://www.linkedin.com/embed/feed/update/urn:li:share:7123456789012345678',
    },
    sites: [],
    handle: { prefix: '' },
    markup: [],
    iframes: [
      {
        hosts: ['linkedin.com'],
        path: /^\/embed\/feed\/update\/urn:li:(?<kind>activity|share|ugcPost):(?<id>\d{5,25})\/?$/,
        canonical: 'https://www.linkedin.com/feed/update/urn:li:{kind}:{id}/',
      },
    ],
    posts: [
      {
        hosts: ['linkedin.com'],
        path: /^\/feed\/update\/urn:li:(?<kind>activity|share|ugcPost):(?<id>\d{5,25})\/?$/,
        canonical: 'https://www.linkedin.com/feed/update/urn:li:{kind}:{id}/',
      },
      {
        hosts: ['linkedin.com'],
        path: /^\/posts\/[A-Za-z0-9_%-]{1,300}?-activity-(?<id>\d{5,25})(?:-[A-Za-z0-9_]{1,10})?\/?$/,
        canonical: 'https://www.linkedin.com/feed/update/urn:li:activity:{id}/',
      },
    ],
  }),
  rule({
    id: 'vimeo',
    name: 'Vimeo',
    nameKey: 'platform.vimeo',
    home: 'https://vimeo.com/',
    example: { post: 'https://vimeo.com/76979871', embed: 'https://player.vimeo.com/video/76979871?h=8272103f6e' },
    sites: ['vimeo.com'],
    handle: { prefix: '' },
    postById: { id: /^\d{4,25}$/, url: 'https://vimeo.com/{id}' },
    markup: [{ selector: 'amp-vimeo', urlAttrs: [], urlFromLinks: false, idAttr: 'data-videoid', requiresPost: true }],
    iframes: [{ hosts: ['player.vimeo.com'], path: /^\/video\/(?<id>\d{4,15})(?:[/?#]|$)/, canonical: 'https://vimeo.com/{id}' }],
    posts: [{ hosts: ['vimeo.com'], path: /^\/(?:channels\/[A-Za-z0-9_-]{1,60}\/)?(?<id>\d{4,15})(?:[/?#]|$)/, canonical: 'https://vimeo.com/{id}' }],
  }),
] as const;

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

// --- Derived from the rules above: nothing below names a platform.

export type Platform = (typeof PLATFORM_RULES)[number]['id'];
export type PlatformRule = PlatformRuleOf<Platform>;

export const PLATFORMS: readonly Platform[] = PLATFORM_RULES.map((p) => p.id);

export const PLATFORM_BY_ID: ReadonlyMap<Platform, PlatformRule> = new Map(PLATFORM_RULES.map((p) => [p.id, p]));

/** The elements whose address an embed player keeps in src (or a lazy loader's data-src). */
export const IFRAME_TAGS = ['iframe', 'embed', 'amp-iframe'] as const;

/**
 * A markup rule's element as a cheap candidate test: a custom element, a blockquote or an iframe by
 * its tag alone (the rules then check class and attribute), anything else by its whole selector.
 */
function candidateOf(selector: string): string {
  const tag = /^[a-z][a-z0-9-]*/.exec(selector)?.[0];
  return tag && (tag.includes('-') || tag === 'blockquote' || tag === 'iframe') ? tag : selector;
}

/**
 * One short selector that every markup and generic rule's element matches, plus all iframes (their
 * addresses are checked in code). The DOM is queried once with it; each hit is then tested against
 * the rules. Long selector lists cost far more in DOM libraries than a few tag tests.
 */
export const EMBED_CANDIDATE_SELECTOR = [
  ...new Set([
    ...IFRAME_TAGS,
    ...PLATFORM_RULES.flatMap((p) => p.markup.map((m) => candidateOf(m.selector))),
    ...GENERIC_EMBED_RULES.map((g) => candidateOf(g.selector)),
  ]),
].join(', ');

/**
 * Address fragments worth reading in an iframe's src or a click-to-load attribute: every host a
 * platform's posts and players live on, and the embed path of federated servers. Cheap substring
 * tests that skip ad and widget frames before any URL is parsed.
 */
export const EMBED_ADDRESS_HINTS: readonly string[] = [
  ...new Set(PLATFORM_RULES.flatMap((p) => [...p.iframes, ...p.posts]).flatMap((r) => (r.anyHost ? ['/embed'] : r.hosts.map((h) => `${h}/`)))),
];

/**
 * The distinctive words of a simple selector: a custom tag, the class, a hyphenated attribute
 * ("amp-twitter", "twitter-tweet", "data-telegram-post"); not "div", "url" or "status".
 */
function selectorWords(selector: string): string[] {
  const m = /^([a-z][a-z0-9-]*)?(?:\.([\w-]+))?(?:\[([\w-]+)\])?$/.exec(selector);
  return m ? [m[1], m[2], m[3]].filter((w): w is string => !!w && (w === m[2] || w.includes('-'))) : [];
}

/**
 * Lower-case words that embed markup kept as text (consent placeholders, templates) must hold to be
 * worth parsing: every platform host and every markup rule's tag, class and attribute.
 */
export const EMBED_MARKUP_HINTS: readonly string[] = [
  ...new Set(
    [
      ...PLATFORM_RULES.flatMap((p) => [...p.iframes, ...p.posts].flatMap((r) => r.hosts)),
      ...PLATFORM_RULES.flatMap((p) => p.markup.flatMap((m) => selectorWords(m.selector))),
      ...GENERIC_EMBED_RULES.filter((g) => !g.clickToLoad).flatMap((g) => selectorWords(g.selector)),
    ].map((w) => w.toLowerCase()),
  ),
];

/** Attributes of publisher markup that may hold a post's address, and the link and player ones. */
export const POST_ADDRESS_ATTRS: readonly string[] = [...new Set(['href', 'src', ...PLATFORM_RULES.flatMap((p) => p.markup.flatMap((m) => m.urlAttrs))])];

/** Elements that hold a post's address: the highlighter finds an embedded post on the page by it. */
export const POST_ADDRESS_SELECTOR = [
  'a[href]',
  ...IFRAME_TAGS.map((t) => `${t}[src]`),
  ...PLATFORM_RULES.flatMap((p) => p.markup.flatMap((m) => m.urlAttrs.map((a) => `${m.selector}[${a}]`))),
].join(', ');

/** Sites whose pages are the platforms' own posts, profiles and channels. */
export const PLATFORM_SITES: readonly string[] = PLATFORM_RULES.flatMap((p) => p.sites);

/** The platform whose handles look like `handle` (without "@") in a plain-text attribution line. */
export function platformOfTextHandle(handle: string): Platform | null {
  for (const p of PLATFORM_BY_ID.values()) if (p.textHandle?.test(handle)) return p.id;
  return null;
}

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
  instagramShared:
    /(?:A post shared by|Ein Beitrag geteilt von|Una publicación compartida por|Une publication partagée par|Un post condiviso da|Uma publicação compartilhada por|Een bericht gedeeld door)\s{1,3}([^()\n]{0,80}?)\s{0,3}\(@([A-Za-z0-9_.]{1,30})\)/g,
} as const;
