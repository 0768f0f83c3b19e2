// Embedded social posts in the article: publisher markup, rendered iframes and the plain text
// left when the platform's script never ran.
//
// Embeds are read from the ORIGINAL DOM (Readability drops iframes and classes) with one combined
// selector; Readability's text (page.blocks) and the article container decide what is in the
// article, and give the plain-text form. One post counts once whatever forms it takes on the page.
import type { Page } from '../page';
import type { EmbeddedPost } from '../report';
import {
  EMBED_ADDRESS_HINTS,
  EMBED_CANDIDATE_SELECTOR,
  GENERIC_EMBED_RULES,
  IFRAME_TAGS,
  PLATFORM_BY_ID,
  PLATFORMS,
  type GenericEmbedRule,
  type MarkupRule,
  type Platform,
  type PlatformRule,
} from '../rules/platforms';
import { findArticleScope, type ArticleScope } from '../signals/article-root';
import { clip } from '../text';
import { IFRAME_SRC_ATTRS, readAddress, readGeneric, readIframe, readMarkup } from './embed-markup';
import { postsInText, type TextPost } from './embed-text';
import { inertContainer, placeholderContents } from './embed-placeholders';
import { stateEmbeds } from '../signals/hydration-state';
import { postFromUrl } from './embed-urls';

/** At most this many candidate elements are read: a page with thousands of embeds stays fast. */
export const MAX_EMBED_ELEMENTS = 500;
const MAX_POSTS = 200;
const MAX_TEXT_CHARS = 1_000_000;
const MAX_STATUS_LINKS = 500;
const NESTING_DEPTH = 40;

interface Matcher {
  tag: string | null;
  cls: string | null;
  attr: string | null;
}

interface MarkupEntry extends Matcher {
  platform: PlatformRule;
  rule: MarkupRule;
}

const SIMPLE_SELECTOR_RE = /^([a-z][a-z0-9-]{0,30})?(?:\.([A-Za-z0-9_-]{1,60}))?(?:\[([A-Za-z0-9_-]{1,60})\])?$/;

/** A rule's simple selector (tag, class, attribute), compiled once: Element.matches is slow in DOM libraries. */
function compile(selector: string): Matcher {
  const m = SIMPLE_SELECTOR_RE.exec(selector);
  if (!m) throw new Error(`embed selector too complex: ${selector}`);
  return { tag: m[1] ? m[1].toUpperCase() : null, cls: m[2] ?? null, attr: m[3] ?? null };
}

const MARKUP: readonly MarkupEntry[] = PLATFORMS.map((id) => PLATFORM_BY_ID.get(id)!).flatMap((platform) =>
  platform.markup.map((rule) => ({ platform, rule, ...compile(rule.selector) })),
);
const GENERIC: readonly (Matcher & { rule: GenericEmbedRule })[] = GENERIC_EMBED_RULES.map((rule) => ({ rule, ...compile(rule.selector) }));

function hasClass(el: Element, cls: string): boolean {
  const v = el.getAttribute('class');
  if (!v || v.indexOf(cls) < 0) return false;
  return v.split(/\s+/).includes(cls);
}

function matchesEntry(el: Element, tag: string, m: Matcher): boolean {
  return (!m.tag || m.tag === tag) && (!m.cls || hasClass(el, m.cls)) && (!m.attr || el.hasAttribute(m.attr));
}

/** Tags (upper case) whose address is read as an embed player's. */
const PLAYER_TAGS: ReadonlySet<string> = new Set(IFRAME_TAGS.map((t) => t.toUpperCase()));

/** Whether only click-to-load rules match the element (no platform's own markup rule). */
function clickToLoadOnly(el: Element, tag: string): boolean {
  if (MARKUP.some((m) => matchesEntry(el, tag, m))) return false;
  const g = GENERIC.find((x) => matchesEntry(el, tag, x));
  return !!g?.rule.clickToLoad;
}

/** A click-to-load attribute that names a platform address (cheap substring tests). */
function hasClickToLoadAddress(el: Element): boolean {
  for (const g of GENERIC) {
    if (!g.rule.clickToLoad || !g.rule.urlAttr) continue;
    const v = el.getAttribute(g.rule.urlAttr);
    if (v && v.length < 2048 && EMBED_ADDRESS_HINTS.some((h) => v.includes(h))) return true;
  }
  return false;
}

/** Elements scanned (cheap checks) and elements read (parsed), at most. */
const MAX_SCANNED = 5000;

function hasEmbedSrc(el: Element): boolean {
  for (const attr of IFRAME_SRC_ATTRS) {
    const v = el.getAttribute(attr);
    if (v && v.length < 2048 && EMBED_ADDRESS_HINTS.some((h) => v.includes(h))) return true;
  }
  return false;
}

interface DomPost {
  post: EmbeddedPost;
  inArticle: boolean;
  /** Claimed by a plain-text attribution of the same post. */
  claimed: boolean;
}

function readElement(el: Element, base: string | null): EmbeddedPost | null {
  const tag = el.tagName.toUpperCase();
  for (const m of MARKUP) {
    if (matchesEntry(el, tag, m)) return readMarkup(el, m.platform, m.rule, base);
  }
  for (const g of GENERIC) {
    if (matchesEntry(el, tag, g)) return readGeneric(el, g.rule, base);
  }
  if (PLAYER_TAGS.has(tag)) return readIframe(el, base);
  return null;
}

/** Fills what `into` lacks from `from` (same post seen in another form). */
function mergeInto(into: EmbeddedPost, from: EmbeddedPost): void {
  // A URL that names the author beats an id-only one (x.com/i/status/…).
  if (!into.url || (from.url && from.handle && !into.handle)) into.url = from.url ?? into.url;
  into.postId ??= from.postId;
  into.handle ??= from.handle;
  into.author ??= from.author;
  into.date ??= from.date;
  into.text ??= from.text;
  if (into.form !== 'markup' && from.form === 'markup') into.form = 'markup';
  for (const e of from.evidence) if (into.evidence.length < 4 && !into.evidence.some((x) => x.text === e.text)) into.evidence.push(e);
}

function nestedIn(el: Element, accepted: Map<Element, DomPost>, platform: Platform): DomPost | null {
  let p = el.parentElement;
  for (let i = 0; p && i < NESTING_DEPTH; i++, p = p.parentElement) {
    const hit = accepted.get(p);
    if (hit && hit.post.platform === platform) return hit;
  }
  return null;
}

/** An embed element to read, and the element of the live page whose place decides whether it is the article's. */
interface Candidate {
  el: Element;
  /** null: the element comes from the story's own body in the page's state, so it is the article's. */
  host: Element | null;
}

/** Embed candidates under `root` (the page, or a placeholder's parsed markup standing at `host`). */
function candidatesIn(root: ParentNode, host: Element | null | undefined, out: Candidate[]): void {
  let found: ArrayLike<Element>;
  try {
    found = root.querySelectorAll(EMBED_CANDIDATE_SELECTOR);
  } catch {
    return;
  }
  for (let i = 0; i < found.length && i < MAX_SCANNED && out.length < MAX_EMBED_ELEMENTS; i++) {
    const el = found[i]!;
    const tag = el.tagName.toUpperCase();
    // Iframes (and <embed>) count only with a platform address or an embed rule's own marks.
    const cls = el.getAttribute('class') ?? '';
    if (PLAYER_TAGS.has(tag)) {
      if (!hasEmbedSrc(el) && !el.hasAttribute('data-tweet-id') && !cls.includes('-embed')) continue;
    } else if (tag === 'BLOCKQUOTE' && !cls && !el.hasAttribute('data-tweet-id') && !el.hasAttribute('data-telegram-post')) {
      continue; // a plain quotation
    } else if (clickToLoadOnly(el, tag) && !hasClickToLoadAddress(el)) {
      continue; // a lazy image or a share button: no platform address
    }
    out.push({ el, host: host === undefined ? el : host });
  }
}

function domPosts(page: Page, contains: (el: Element) => boolean): DomPost[] {
  const els: Candidate[] = [];
  candidatesIn(page.doc, undefined, els);
  // Consent placeholders and templates: their markup is not in the DOM until the reader opts in.
  for (const p of placeholderContents(page.doc)) {
    if (els.length >= MAX_EMBED_ELEMENTS) break;
    candidatesIn(p.root, p.host, els);
  }
  // The story's body in the page's hydration state: embed markup, else the post's address alone.
  const addresses: EmbeddedPost[] = [];
  for (const e of stateEmbeds(page.doc, page.url)) {
    if (els.length >= MAX_EMBED_ELEMENTS) break;
    const root = e.html ? inertContainer(page.doc, e.html) : null;
    if (root) candidatesIn(root, null, els);
    const post = e.url ? readAddress(e.url, page.url, 'page state (story body)') : null;
    if (post) addresses.push(post);
  }
  const out: DomPost[] = [];
  const byElement = new Map<Element, DomPost>();
  const byId = new Map<string, DomPost>();
  const inArticle = (host: Element | null) => (host ? contains(host) : true);
  const reads: { el: Element | null; host: Element | null; post: EmbeddedPost | null }[] = els.map((c) => ({ ...c, post: null }));
  for (const post of addresses) reads.push({ el: null, host: null, post });
  for (const r of reads) {
    const { el, host } = r;
    const post = r.post ?? (el ? readElement(el, page.url) : null);
    if (!post) continue;
    // The rendered iframe inside its own markup, or Facebook's quote inside .fb-post: one post.
    const outer = el ? nestedIn(el, byElement, post.platform) : null;
    const idKey = post.postId ? `${post.platform}:${post.postId.toLowerCase()}` : null;
    const same = outer ?? (idKey ? byId.get(idKey) : undefined);
    if (same) {
      mergeInto(same.post, post);
      if (!same.inArticle && inArticle(host)) same.inArticle = true;
      if (el) byElement.set(el, same);
      if (idKey && !byId.has(idKey)) byId.set(idKey, same);
      continue;
    }
    const entry: DomPost = { post, inArticle: inArticle(host), claimed: false };
    out.push(entry);
    if (el) byElement.set(el, entry);
    if (idKey) byId.set(idKey, entry);
    if (out.length >= MAX_POSTS) break;
  }
  return out;
}

/** Links to X posts in the article, by lowercase handle: the status URL a plain-text post points to. */
function statusLinks(page: Page, contains: (el: Element) => boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let anchors: Element[];
  try {
    anchors = Array.from(page.doc.querySelectorAll('a[href*="/status"]')).slice(0, MAX_STATUS_LINKS);
  } catch {
    return out;
  }
  for (const a of anchors) {
    const ref = postFromUrl(a.getAttribute('href'), page.url, 'x');
    if (!ref?.handle || !ref.url || !contains(a)) continue;
    const key = ref.handle.toLowerCase();
    const list = out.get(key) ?? [];
    if (!list.includes(ref.url)) list.push(ref.url);
    out.set(key, list);
  }
  return out;
}

function textPosts(page: Page): TextPost[] {
  const out: TextPost[] = [];
  let chars = 0;
  let previous = '';
  for (const block of page.blocks) {
    chars += block.text.length;
    if (chars > MAX_TEXT_CHARS || out.length >= MAX_POSTS) break;
    if (block.where === 'heading') continue;
    out.push(...postsInText(block.text, previous));
    previous = block.text;
  }
  return out;
}

/** The DOM post a plain-text attribution stands for, if any (same platform and handle, compatible date). */
function claim(t: TextPost, dom: DomPost[]): DomPost | null {
  const handle = t.handle.toLowerCase();
  for (const d of dom) {
    if (d.claimed || d.post.platform !== t.platform || d.post.handle?.toLowerCase() !== handle) continue;
    if (d.post.date && t.date && d.post.date !== t.date) continue;
    return d;
  }
  return null;
}

export function detectEmbeds(page: Page): EmbeddedPost[] {
  // Finding the article container costs a walk over the paragraphs: only pages with candidates pay it.
  let scope: ArticleScope | null = null;
  const contains = (el: Element) => (scope ??= findArticleScope(page.doc, page.blocks, page.article !== null, page.url)).contains(el);
  const dom = domPosts(page, contains);
  const posts: EmbeddedPost[] = dom.filter((d) => d.inArticle).map((d) => d.post);

  const texts = textPosts(page);
  if (texts.length) {
    const links = texts.some((t) => t.platform === 'x') ? statusLinks(page, contains) : new Map<string, string[]>();
    const usedUrls = new Set(posts.map((p) => p.url).filter(Boolean));
    for (const t of texts) {
      const d = claim(t, dom);
      if (d) {
        d.claimed = true;
        if (d.inArticle) mergeInto(d.post, { ...textPost(t, null), evidence: [] });
        continue;
      }
      const linked = (links.get(t.handle.toLowerCase()) ?? []).find((u) => !usedUrls.has(u)) ?? null;
      if (linked) usedUrls.add(linked);
      posts.push(textPost(t, linked));
      if (posts.length >= MAX_POSTS) break;
    }
  }
  return posts;
}

function textPost(t: TextPost, statusUrl: string | null): EmbeddedPost {
  const ref = statusUrl ? postFromUrl(statusUrl, null, 'x') : null;
  return {
    platform: t.platform,
    url: ref?.url ?? t.shortLink,
    postId: ref?.postId ?? null,
    handle: t.handle,
    author: t.author,
    date: t.date,
    text: t.text,
    form: 'text',
    evidence: [
      {
        text: clip(t.line, 300),
        where: 'embed',
        ruleId: 'post-attribution-text',
        rule: `${PLATFORM_BY_ID.get(t.platform)?.name ?? t.platform} post attribution line (plain text)`,
      },
    ],
  };
}
