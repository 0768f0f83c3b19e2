// Story addresses as keys, and the links of a page that point to stories. Pure DOM reading; no
// request is made and nothing is changed.
//
// A key is the address without scheme, "www.", fragment, default port, trailing slash or tracking
// parameters, so the link on a home page and the address of the article it leads to give one key.
// Links are read as serialised absolute URLs (a.href in a browser), which string operations can cut
// without a URL parser: 2,000 links stay well under a millisecond or two.

/** Query parameters that say who sent the reader, not which page they asked for. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gbraid',
  'wbraid',
  'dclid',
  'msclkid',
  'yclid',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'ref_src',
  'ref_url',
  'cmpid',
  'cmp',
  'ocid',
  'smid',
  'smtyp',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'xtor',
  'ito',
  'icid',
  'hpt',
  'src',
  'share',
  'sh',
  'cid',
  'ftag',
  'ns_campaign',
  'ns_mchannel',
  'ns_source',
  'ns_linkname',
]);

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || TRACKING_PARAMS.has(n);
}

/** Characters that an address must not hold to skip the URL parser: anything a serialiser would escape. */
const UNSERIALISED = /[^\x21-\x7e]|\\/;

/** The serialised form of an address (absolute, http/https), resolved against `base` when relative. */
function absolute(raw: string, base: string | null): string | null {
  if (raw.startsWith('https://') || raw.startsWith('http://')) return raw;
  // Root-relative and scheme-relative links, the usual forms on listing pages, are joined to the
  // base without the parser when they hold only characters a serialiser leaves as they are.
  if (base && raw.charCodeAt(0) === 47 /* / */ && !UNSERIALISED.test(raw)) {
    const scheme = base.startsWith('https://') ? 'https:' : base.startsWith('http://') ? 'http:' : null;
    if (scheme && raw.charCodeAt(1) === 47) return scheme + raw;
    const originEnd = base.indexOf('/', scheme ? scheme.length + 2 : 0);
    if (scheme) return (originEnd < 0 ? base : base.slice(0, originEnd)) + raw;
  }
  try {
    const u = base ? new URL(raw, base) : new URL(raw);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The story key of an address, or null when it is not an http(s) address or leads to a site's home
 * page (which is no story). Expects serialised URLs (as `URL.href` and `a.href` give them) for the
 * fast path; anything else goes through the URL parser first.
 */
export function storyKey(raw: string | null | undefined, base: string | null = null): string | null {
  if (!raw) return null;
  let href = absolute(raw.trim(), base);
  if (!href) return null;
  // Hosts with upper case, spaces or backslashes are not serialised yet: let the parser do it once.
  if (/[A-Z\s\\]/.test(href.slice(0, href.indexOf('/', 8) >>> 0))) {
    try {
      href = new URL(href).href;
    } catch {
      return null;
    }
  }
  const hash = href.indexOf('#');
  if (hash >= 0) href = href.slice(0, hash);
  const rest = href.slice(href.indexOf('//') + 2);
  const slash = rest.indexOf('/');
  const q = rest.indexOf('?');
  const hostEnd = slash >= 0 && (q < 0 || slash < q) ? slash : q >= 0 ? q : rest.length;
  let host = rest.slice(0, hostEnd).toLowerCase();
  if (host.includes('@')) host = host.slice(host.lastIndexOf('@') + 1);
  if (host.startsWith('www.')) host = host.slice(4);
  if (host.endsWith(':80') || host.endsWith(':443')) host = host.slice(0, host.lastIndexOf(':'));
  if (!host) return null;
  const tail = pathAndQuery(rest, hostEnd);
  return tail === null ? null : host + tail;
}

/**
 * The key's part after the host: the path of an address from `from` on (its fragment already cut),
 * without trailing slashes, and the query without tracking parameters; null when both are empty.
 */
function pathAndQuery(s: string, from: number): string | null {
  const qAt = s.indexOf('?', from);
  let path = qAt >= 0 ? s.slice(from, qAt) : s.slice(from);
  while (path.endsWith('/')) path = path.slice(0, -1);
  let query = '';
  if (qAt >= 0) {
    const kept = s
      .slice(qAt + 1)
      .split('&')
      .filter((p) => p && !isTracking(p.slice(0, (p.indexOf('=') + 1 || p.length + 1) - 1)));
    if (kept.length) query = '?' + kept.join('&');
  }
  if (!path && !query) return null;
  return path + query;
}

/**
 * The key's host for links relative to the root of `base` ("/2026/12/01/story"), when `base` is an
 * http(s) address whose origin needs no parsing; null otherwise. Such a link's key is this host and
 * the link's own path and query, which is what storyKey gives after joining the two.
 */
function rootHost(base: string): string | null {
  const scheme = base.startsWith('https://') ? 8 : base.startsWith('http://') ? 7 : 0;
  const originEnd = scheme ? base.indexOf('/', scheme) : -1;
  if (originEnd < 0 || /[?#]/.test(base.slice(0, originEnd))) return null;
  const key = storyKey(base.slice(0, originEnd) + '/x');
  return key?.endsWith('/x') ? key.slice(0, -2) : null;
}

/** The story key of a root-relative link, as storyKey(raw, base) gives it for a base of this host. */
function rootRelativeKey(host: string, raw: string): string | null {
  const hash = raw.indexOf('#');
  const tail = pathAndQuery(hash >= 0 ? raw.slice(0, hash) : raw, 0);
  return tail === null ? null : host + tail;
}

/** The host part of a story key ("apnews.com"). */
export function keyHost(key: string): string {
  const end = key.search(/[/?]/);
  return end < 0 ? key : key.slice(0, end);
}

/**
 * The links of a page (or part of one) that lead to stories, by story key: one query, one string
 * pass per distinct address. Links to the page itself are left out. `base` is the address relative
 * links resolve against (document.baseURI in a page). The attribute is read rather than a.href,
 * which has the browser parse every link again; the same address linked twice (picture and
 * headline) is worked out once.
 */
export function storyLinks(root: ParentNode, base: string | null): Map<string, HTMLAnchorElement[]> {
  return storyLinksIn(root.querySelectorAll<HTMLAnchorElement>('a[href]'), base);
}

/**
 * storyLinks for the links `anchors[from..to)` (a page's `a[href]` elements, in page order), so
 * that a long page's links can be read a slice at a time.
 */
export function storyLinksIn(anchors: ArrayLike<HTMLAnchorElement>, base: string | null, from = 0, to = anchors.length): Map<string, HTMLAnchorElement[]> {
  const out = new Map<string, HTMLAnchorElement[]>();
  const self = base ? storyKey(base) : null;
  // Most links of a listing are root-relative: the base's host is worked out once for all of them.
  const host = base ? rootHost(base) : null;
  const known = new Map<string, string | null>();
  // The list's length read once (a NodeList's is a call into the DOM each time).
  const end = Math.min(to, anchors.length);
  for (let i = from; i < end; i++) {
    const a = anchors[i]!;
    const raw = a.getAttribute('href') ?? '';
    let key = known.get(raw);
    if (key === undefined) {
      if (host && raw.charCodeAt(0) === 47 /* / */ && raw.charCodeAt(1) !== 47 && !UNSERIALISED.test(raw)) key = rootRelativeKey(host, raw);
      else key = skippable(raw) ? null : storyKey(raw, base);
      known.set(raw, key);
    }
    if (!key || key === self) continue;
    const list = out.get(key);
    if (list) list.push(a);
    else out.set(key, [a]);
  }
  return out;
}

/**
 * In-page anchors and other schemes ("javascript:", "mailto:", "tel:", "data:"…), told from the
 * first few characters without any parsing: a scheme is a letter, then letters, digits, "+", "-" or
 * ".", then a colon. Anything else (http, https, a relative path) is left to storyKey.
 */
function skippable(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c === 35 /* # */ || raw.length === 0) return true;
  const colon = raw.indexOf(':');
  if (colon < 1 || colon > 10 || !isLetter(c)) return false;
  for (let i = 1; i < colon; i++) {
    const d = raw.charCodeAt(i);
    if (!isLetter(d) && !(d >= 0x30 && d <= 0x39) && d !== 0x2b && d !== 0x2d && d !== 0x2e) return false;
  }
  const scheme = raw.slice(0, colon).toLowerCase();
  return scheme !== 'http' && scheme !== 'https';
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
