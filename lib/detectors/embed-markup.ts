// Reads one embed element of the original DOM: the publisher's markup (blockquote.twitter-tweet,
// div.fb-post, [data-telegram-post]…) or a rendered iframe, into an EmbeddedPost.
import type { EmbeddedPost, Evidence, RuleId } from '../report';
import { PLATFORM_BY_ID, type GenericEmbedRule, type MarkupRule, type PlatformRule } from '../rules/platforms';
import { clip, squish } from '../text';
import { dateAtStart, dateFromAttribute } from './embed-dates';
import { findAttributions, type Attribution } from './embed-text';
import { postFromEmbedSrc, postFromId, postFromUrl, type PostRef } from './embed-urls';

/** Attributes an iframe's address may sit in (lazy loaders move it out of src). */
export const IFRAME_SRC_ATTRS = ['src', 'data-src', 'data-lazy-src', 'data-url'] as const;
const MAX_LINKS = 40;
const MAX_TEXT = 5000;
const AT_URI_RE = /^at:\/\/(did:[a-z]{2,10}:[A-Za-z0-9._:%-]{4,120}|[A-Za-z0-9.-]{3,120})\/app\.bsky\.feed\.post\/([A-Za-z0-9]{5,30})$/;
const CHANNEL_POST_RE = /^([A-Za-z0-9_]{3,40})\/(\d{1,12})$/;

function evidence(text: string, ruleId: RuleId, rule: string): Evidence {
  return { text: clip(text, 300), where: 'embed', ruleId, rule };
}

/** Bluesky's at:// URI as a bsky.app post URL. */
function atUriToUrl(value: string): string | null {
  const m = AT_URI_RE.exec(value.trim());
  return m ? `https://bsky.app/profile/${m[1]}/post/${m[2]}` : null;
}

function refFromAttr(value: string, platform: PlatformRule, base: string | null): PostRef | null {
  const v = value.trim();
  if (!v) return null;
  const fromAt = v.startsWith('at://') ? atUriToUrl(v) : null;
  return postFromUrl(fromAt ?? v, base, platform.id);
}

function elementText(el: Element): string {
  return squish((el.textContent ?? '').slice(0, MAX_TEXT));
}

/** The post's own words: the first paragraph, or the text before the attribution line. */
function postText(el: Element, text: string, attribution: Attribution | null): string | null {
  const p = el.querySelector('p');
  let t = p ? elementText(p) : text;
  if (attribution) {
    const at = t.indexOf(attribution.line.slice(0, 20));
    if (at >= 0) t = t.slice(0, at);
    else if (!p) t = t.slice(0, attribution.start);
  }
  t = squish(t.replace(/^View this post on Instagram\s*/i, ''));
  return t ? clip(t, 200) : null;
}

function pickAttribution(list: Attribution[], platform: PlatformRule, handle: string | null): Attribution | null {
  const mine = list.filter((a) => a.platform === platform.id || platform.attributionFrom?.includes(a.platform));
  if (handle) {
    const same = mine.find((a) => a.handle.toLowerCase() === handle.toLowerCase());
    if (same) return same;
  }
  return mine[mine.length - 1] ?? null;
}

/** Facebook's fallback quote: "Posted by <a>Page</a> on <a>date</a>"; the first link names the author. */
function facebookAuthor(el: Element, postUrl: string | null): string | null {
  for (const a of Array.from(el.querySelectorAll('a[href]')).slice(0, MAX_LINKS)) {
    const href = a.getAttribute('href') ?? '';
    if (!/facebook\.com\//i.test(href) || (postUrl && postFromUrl(href, null, 'facebook'))) continue;
    const name = elementText(a);
    if (name && name.length <= 80 && !/^https?:/i.test(name)) return name;
  }
  return null;
}

function lastLinkDate(el: Element): string | null {
  const links = el.querySelectorAll('a[href]');
  const last = links.length ? links[links.length - 1]! : null;
  return last ? dateAtStart(elementText(last)) : null;
}

/** A publisher markup element, or null when it names no post and the rule requires one. */
export function readMarkup(el: Element, platform: PlatformRule, rule: MarkupRule, base: string | null): EmbeddedPost | null {
  let ref: PostRef | null = null;
  let raw: string | null = null;
  for (const attr of rule.urlAttrs) {
    const v = el.getAttribute(attr);
    if (!v) continue;
    ref = refFromAttr(v, platform, base);
    if (ref) {
      raw = v;
      break;
    }
  }
  if (!ref && rule.urlFromLinks) {
    const links = Array.from(el.querySelectorAll('a[href]')).slice(0, MAX_LINKS);
    for (let i = links.length - 1; i >= 0 && !ref; i--) {
      const href = links[i]!.getAttribute('href') ?? '';
      ref = postFromUrl(href, base, platform.id);
      if (ref) raw = href;
    }
  }
  if (!ref && rule.channelPost) {
    const v = (el.getAttribute(rule.channelPost.attr) ?? '').trim();
    const m = CHANNEL_POST_RE.exec(v);
    if (m) {
      ref = postFromUrl(rule.channelPost.url.replace('{channel}', m[1]!).replace('{id}', m[2]!), null, platform.id);
      raw = v;
    }
  }
  if (!ref && rule.idAttr) {
    const v = el.getAttribute(rule.idAttr);
    if (v) {
      ref = postFromId(platform, v);
      if (ref) raw = v;
    }
  }
  if (!ref && rule.requiresPost) return null;
  // A bare id attribute alongside a URL attribute (TikTok's data-video-id) fills a missing id.
  if (ref && !ref.postId && rule.idAttr) ref.postId = el.getAttribute(rule.idAttr)?.trim() || null;

  const text = elementText(el);
  const attribution = pickAttribution(findAttributions(text), platform, ref?.handle ?? null);
  let handle = ref?.handle ?? null;
  if (!handle && attribution) handle = attribution.handle;
  if (!handle && platform.id === 'tiktok') {
    const t = el.querySelector('a[title^="@"]')?.getAttribute('title');
    if (t && /^@[A-Za-z0-9_.]{1,40}$/.test(t)) handle = t;
  }
  let author = attribution?.author ?? null;
  if (!author && platform.id === 'facebook') author = facebookAuthor(el, ref?.url ?? null);
  const time = el.querySelector('time[datetime]');
  const date = attribution?.date ?? dateFromAttribute(time?.getAttribute('datetime')) ?? lastLinkDate(el);

  const tag = el.tagName.toLowerCase();
  const cls = squish(el.getAttribute('class') ?? '').split(' ')[0] ?? '';
  const ev: Evidence[] = [
    evidence(raw ?? `<${tag}${cls ? ` class="${cls}"` : ''}>`, 'embed-markup', `${platform.name} embed markup (${tag}${cls ? `.${cls}` : ''})`),
  ];
  if (attribution) ev.push(evidence(attribution.line, 'post-attribution', `${platform.name} post attribution`));
  return {
    platform: platform.id,
    url: ref?.url ?? null,
    postId: ref?.postId ?? null,
    handle,
    author,
    date,
    text: postText(el, text, attribution),
    // An <iframe data-tweet-id> is the widget's rendered state, not the publisher's markup.
    form: tag === 'iframe' ? 'iframe' : 'markup',
    evidence: ev,
  };
}

/** A rendered embed iframe (or player), or null when its address is not one post. */
/** A post known only by its address: no author, date or text to read. */
function postOnly(ref: PostRef, form: EmbeddedPost['form'], found: Evidence): EmbeddedPost {
  return { platform: ref.platform, url: ref.url, postId: ref.postId, handle: ref.handle, author: null, date: null, text: null, form, evidence: [found] };
}

export function readIframe(el: Element, base: string | null): EmbeddedPost | null {
  for (const attr of IFRAME_SRC_ATTRS) {
    const src = el.getAttribute(attr);
    if (!src) continue;
    const ref = postFromEmbedSrc(src, base);
    if (!ref) continue;
    return postOnly(ref, 'iframe', evidence(src, 'embed-iframe', `${PLATFORM_BY_ID.get(ref.platform)?.name ?? ref.platform} embed iframe`));
  }
  return null;
}

/** A single URL and nothing else: the text of an embed wrapper whose embed never rendered. */
const BARE_URL_RE = /^https?:\/\/\S{4,2000}$/;

/** A CMS wrapper holding a bare post URL (any platform), or null. */
export function readGeneric(el: Element, rule: GenericEmbedRule, base: string | null): EmbeddedPost | null {
  let raw: string | null = null;
  if (rule.urlAttr) raw = el.getAttribute(rule.urlAttr);
  else {
    const t = elementText(el);
    raw = BARE_URL_RE.test(t) ? t : null;
  }
  if (!raw) return null;
  // A click-to-load placeholder may keep the embed iframe's address rather than the post's.
  const ref = postFromUrl(raw, base) ?? (rule.clickToLoad ? postFromEmbedSrc(raw, base) : null);
  if (!ref) return null;
  const name = PLATFORM_BY_ID.get(ref.platform)?.name ?? ref.platform;
  return postOnly(ref, 'markup', evidence(raw, 'embed-markup', `${name} embed markup (${rule.selector})`));
}

/** A post known by its address alone (a post URL or an embed iframe's), found where `where` says. */
export function readAddress(raw: string, base: string | null, where: string): EmbeddedPost | null {
  const ref = postFromUrl(raw, base) ?? postFromEmbedSrc(raw, base);
  if (!ref) return null;
  const name = PLATFORM_BY_ID.get(ref.platform)?.name ?? ref.platform;
  return postOnly(ref, 'markup', evidence(raw, 'embed-address', `${name} post address in the ${where}`));
}
