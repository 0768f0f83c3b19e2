// Post URLs and embed iframe sources, read against the platform rules: which platform, which post,
// and one normalized http(s) URL for it. Every URL from the page is hostile: parsing never throws,
// long strings are skipped, only http(s) comes out.
import { FEED_PLAYER_PARAMS, PLATFORM_BY_ID, PLATFORMS, type Platform, type PlatformRule, type PostUrlRule } from '../rules/platforms';

export interface PostRef {
  platform: Platform;
  /** Normalised post URL (http/https), or null when only the id is known. */
  url: string | null;
  postId: string | null;
  handle: string | null;
}

const ALL: readonly PlatformRule[] = PLATFORMS.map((id) => PLATFORM_BY_ID.get(id)!);

/** Longer attribute values are not URLs a publisher wrote by hand; skip them. */
const MAX_URL_LENGTH = 2048;
const HOST_PREFIX_RE = /^(?:www\.|m\.|mobile\.|web\.|mbasic\.)/;

/** Parses an http(s) URL; protocol-relative ones get https. null for anything else. Never throws. */
export function parseHttpUrl(raw: string | null | undefined, base?: string | null): URL | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s || s.length > MAX_URL_LENGTH) return null;
  try {
    const u = s.startsWith('//') ? new URL(`https:${s}`) : base ? new URL(s, base) : new URL(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (u.hostname === 'invalid.invalid') return null;
    return u;
  } catch {
    return null;
  }
}

function bareHost(u: URL): string {
  return u.hostname.toLowerCase().replace(HOST_PREFIX_RE, '');
}

function hostMatches(rule: PostUrlRule, host: string): boolean {
  return rule.anyHost === true || rule.hosts.includes(host);
}

function fill(template: string, groups: Record<string, string | undefined>, u: URL): string {
  return template.replace(/\{(id|handle|kind|did|host|path)\}/g, (_m, key: string) => {
    if (key === 'host') return u.host.toLowerCase();
    if (key === 'path') return u.pathname.replace(/^\/+/, '');
    return groups[key] ?? '';
  });
}

/** The handle as the platform writes it, from a URL's handle group. */
function handleFor(platform: PlatformRule, raw: string | undefined, u: URL): string | null {
  const style = platform.handle;
  if (!raw || !style || style.notAHandle?.test(raw)) return null;
  return `${style.prefix}${raw}${style.withHost ? `@${bareHost(u)}` : ''}`;
}

/** The post a bare id stands for on a platform that has such ids, or null. */
export function postFromId(platform: PlatformRule, raw: string): PostRef | null {
  const id = raw.trim();
  if (!platform.postById?.id.test(id)) return null;
  return { platform: platform.id, url: platform.postById.url.replace('{id}', id), postId: id, handle: null };
}

function matchRules(platform: PlatformRule, rules: readonly PostUrlRule[], u: URL, host: string): PostRef | null {
  for (const rule of rules) {
    if (!hostMatches(rule, host)) continue;
    const subject = rule.withQuery ? u.pathname + u.search : u.pathname;
    const m = rule.path.exec(subject);
    if (!m) continue;
    const groups = m.groups ?? {};
    const id = groups['id'] ?? null;
    if (rule.innerUrlParam) return null; // handled by the caller
    const url = rule.canonical ? fill(rule.canonical, groups, u) : cleanUrl(u);
    return { platform: platform.id, url: parseHttpUrl(url)?.href ?? null, postId: id, handle: handleFor(platform, groups['handle'], u) };
  }
  return null;
}

/** The URL without fragment and with the host's "m."/"web." prefix turned into "www.". */
function cleanUrl(u: URL): string {
  const host = u.hostname.toLowerCase();
  const bare = host.replace(HOST_PREFIX_RE, '');
  const h = bare === host || bare.split('.').length > 2 ? host : `www.${bare}`;
  return `https://${h}${u.pathname}${u.search}`;
}

/** A link or permalink to one post, on any platform (or only on `only`). */
export function postFromUrl(raw: string | null | undefined, base?: string | null, only?: Platform): PostRef | null {
  const u = parseHttpUrl(raw, base);
  if (!u) return null;
  return postFromParsedUrl(u, only);
}

export function postFromParsedUrl(u: URL, only?: Platform): PostRef | null {
  const host = bareHost(u);
  const platforms = only ? [PLATFORM_BY_ID.get(only)!] : ALL;
  for (const p of platforms) {
    // Federated rules accept any host: try them only when asked for that platform.
    const rules = only ? p.posts : p.posts.filter((r) => !r.anyHost);
    const ref = matchRules(p, rules, u, host);
    if (ref) return ref;
  }
  return null;
}

/** An iframe (or player) source that renders one post. */
export function postFromEmbedSrc(raw: string | null | undefined, base?: string | null): PostRef | null {
  const u = parseHttpUrl(raw, base);
  if (!u) return null;
  const host = bareHost(u);
  for (const p of ALL) {
    for (const rule of p.iframes) {
      if (!hostMatches(rule, host)) continue;
      const subject = rule.withQuery ? u.pathname + u.search : u.pathname;
      if (!rule.path.test(subject)) continue;
      if (rule.innerUrlParam) {
        // Facebook's plugin iframes carry the post URL, percent-encoded, in a parameter.
        const inner = u.searchParams.get(rule.innerUrlParam);
        const ref = postFromUrl(inner, null, p.id);
        if (ref) return ref;
        const innerUrl = parseHttpUrl(inner);
        if (!innerUrl || bareHost(innerUrl) !== host) return null;
        return { platform: p.id, url: cleanUrl(innerUrl), postId: lastDigitRun(innerUrl.href), handle: null };
      }
      if (FEED_PLAYER_PARAMS.some((re) => re.test(u.search))) return null;
      return matchRules(p, [rule], u, host);
    }
  }
  return null;
}

/** The last run of 5+ digits in a string: the post id in most numeric post URLs. */
export function lastDigitRun(s: string): string | null {
  let best: string | null = null;
  const re = /\d{5,25}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) best = m[0];
  return best;
}
