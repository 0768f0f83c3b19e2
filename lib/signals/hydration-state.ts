// The embeds a page's hydration state gives its story's body when the server HTML does not hold
// them (paywalled or lazily rendered bodies): Arc XP's `Fusion.globalContent`, Next.js
// `__NEXT_DATA__` (which on Arc sites carries the same globalContent), and other JSON states
// assigned in a script (`window.__NUXT__ = {…}`, `__INITIAL_STATE__`, `__PRELOADED_STATE__`).
//
// Only the story the page is about counts: Arc's globalContent, or the state object whose headline
// (or address) is the page's, and within it only its body elements (`content_elements`, `body`,
// `blocks`…), never its promo items, related stories or teasers. State text is hostile: it is never
// evaluated, only parsed as JSON after a linear bracket scan, with size, depth and node caps.
import { normTitle } from '../text';

/** One embed element of the story's body: the post's address, or the platform's embed markup. */
export interface StateEmbed {
  url: string | null;
  html: string | null;
}

const MAX_SCRIPT_CHARS = 5_000_000;
/** State text scanned per page, at most: a page of many huge scripts costs no more than one large one. */
const MAX_TOTAL_CHARS = 12_000_000;
const MAX_SCRIPTS = 200;
const MAX_NODES = 200_000;
const MAX_DEPTH = 60;
const MAX_EMBEDS = 100;
const MAX_HTML = 20_000;

/** Assignments of a state object in a script: `Fusion.globalContent={…}`, `window.__NUXT__={…}`. */
const ASSIGNMENTS: readonly { marker: string; arcGlobal: boolean }[] = [
  { marker: 'Fusion.globalContent=', arcGlobal: true },
  { marker: 'Fusion.globalContent =', arcGlobal: true },
  // Arc's content cache: the full story when globalContent holds a paywall's cut of it, among other content.
  { marker: 'Fusion.contentCache=', arcGlobal: false },
  { marker: 'Fusion.contentCache =', arcGlobal: false },
  { marker: '__NUXT__=', arcGlobal: false },
  { marker: '__NUXT__ =', arcGlobal: false },
  { marker: '__INITIAL_STATE__=', arcGlobal: false },
  { marker: '__INITIAL_STATE__ =', arcGlobal: false },
  { marker: '__PRELOADED_STATE__=', arcGlobal: false },
  { marker: '__PRELOADED_STATE__ =', arcGlobal: false },
];
/** Script ids whose whole text is a JSON state. */
const JSON_STATE_IDS = new Set(['__NEXT_DATA__', '__NUXT_DATA__', '__APOLLO_STATE__']);

/** Devalue wrappers (Nuxt 3's payload) that stand for the value at their index. */
const DEVALUE_WRAPPERS = new Set(['Reactive', 'ShallowReactive', 'Ref', 'ShallowRef']);

/**
 * Nuxt 3's `__NUXT_DATA__` payload (devalue): a flat array whose first entry is the root and whose
 * objects and arrays hold indices into the array. Resolved into a plain tree, shared and cyclic
 * references read once, within the node cap.
 */
export function fromDevalue(flat: Json): Json {
  if (!Array.isArray(flat) || !flat.length) return null;
  const memo = new Map<number, Json>();
  let nodes = 0;
  const at = (i: Json, depth: number): Json => {
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= flat.length) return null;
    if (memo.has(i)) return memo.get(i)!;
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return null;
    const v = flat[i]!;
    memo.set(i, null); // a cycle reads as null
    let out: Json;
    if (Array.isArray(v)) {
      if (typeof v[0] === 'string') out = DEVALUE_WRAPPERS.has(v[0]) ? at(v[1] ?? null, depth + 1) : v[0] === 'Date' && typeof v[1] === 'string' ? v[1] : null;
      else out = v.map((x) => at(x, depth + 1));
    } else if (isObject(v)) {
      const o: JsonObject = {};
      for (const k in v) o[k] = at(v[k]!, depth + 1);
      out = o;
    } else out = v;
    memo.set(i, out);
    return out;
  };
  return at(0, 0);
}

/** Keys of a story object that hold its body elements, in order of preference. */
const BODY_KEYS = ['content_elements', 'body', 'blocks', 'bodyElements', 'content', 'elements', 'components'];
/** Keys inside a body element that nest further body elements (lists, boxes, galleries in the text). */
const NESTED_KEYS = ['content_elements', 'items', 'children', 'blocks', 'elements'];
/** Keys that hold a story's headline, as a string or as `{ basic: "…" }` (Arc). */
const TITLE_KEYS = ['headline', 'headlines', 'title', 'seoTitle'];
/** Keys that hold a story's own address. */
const URL_KEYS = ['canonical_url', 'canonicalUrl', 'website_url', 'url', 'permalink', 'link'];
/** An element type that names an embed. */
const EMBED_TYPE_RE = /(?:oembed|embed|social|tweet|twitter|instagram|facebook|youtube|tiktok|bluesky|mastodon|threads|telegram|reddit|linkedin|vimeo)/i;
const TYPE_KEYS = ['type', 'subtype', '_type', '__typename', 'blockType', 'kind', 'embedType', 'provider'];
/** Fields of an embed element that hold the post's address. */
const EMBED_URL_KEYS = ['url', 'embed_url', 'embedUrl', 'src', 'href', 'link', 'permalink', 'value'];
/** Fields of an embed element that hold the platform's markup. */
const EMBED_HTML_KEYS = ['html', 'embed', 'embedCode', 'embed_code', 'code', 'markup'];
/** Nested oEmbed answers (Arc `raw_oembed`, others `oembed`, `oembed_response`). */
const OEMBED_KEYS = ['raw_oembed', 'oembed', 'oembed_response', 'oEmbed'];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/**
 * The JSON object or array starting at `start` (a `{` or `[`), found by a linear scan that tracks
 * strings and nesting, then parsed. null when unbalanced, too long or invalid.
 */
export function balancedJson(text: string, start: number): Json | null {
  const open = text[start];
  if (open !== '{' && open !== '[') return null;
  let depth = 0;
  let inString = false;
  const end = Math.min(text.length, start + MAX_SCRIPT_CHARS);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) {
        try {
          return JSON.parse(text.slice(start, i + 1)) as Json;
        } catch {
          return null;
        }
      }
    }
  }
  return null;
}

function titleOf(o: JsonObject): string | null {
  for (const k of TITLE_KEYS) {
    const v = o[k];
    if (typeof v === 'string' && v) return v;
    if (isObject(v) && typeof v['basic'] === 'string') return v['basic'];
  }
  return null;
}

function pathOf(raw: string, base: string | null): string | null {
  if (raw.length > 2048) return null;
  try {
    const u = new URL(raw, base ?? 'https://invalid.invalid/');
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    let p = u.pathname;
    while (p.endsWith('/')) p = p.slice(0, -1);
    return p;
  } catch {
    return null;
  }
}

interface PageIdentity {
  titles: Set<string>;
  paths: Set<string>;
  base: string | null;
}

function identity(doc: Document, url: string | null): PageIdentity {
  const titles = new Set<string>();
  const paths = new Set<string>();
  const meta = (sel: string) => {
    try {
      return doc.querySelector(sel)?.getAttribute('content') ?? null;
    } catch {
      return null;
    }
  };
  for (const t of [
    meta('meta[property="og:title"]'),
    meta('meta[name="twitter:title"]'),
    doc.querySelector('title')?.textContent ?? null,
    doc.querySelector('h1')?.textContent ?? null,
  ]) {
    const n = t ? normTitle(t) : '';
    if (n.length >= 12) titles.add(n);
  }
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  for (const u of [url, canonical, meta('meta[property="og:url"]')]) {
    const p = u ? pathOf(u, url) : null;
    if (p && p.length > 1) paths.add(p);
  }
  return { titles, paths, base: url };
}

/** Whether a state object is the page's story: a body array and the page's headline or address. */
function isPageStory(o: JsonObject, page: PageIdentity): boolean {
  if (!BODY_KEYS.some((k) => Array.isArray(o[k]))) return false;
  const t = titleOf(o);
  if (t) {
    const n = normTitle(t);
    if (n.length >= 12 && [...page.titles].some((x) => x === n || x.startsWith(n) || n.startsWith(x))) return true;
  }
  for (const k of URL_KEYS) {
    const v = o[k];
    if (typeof v === 'string') {
      const p = pathOf(v, page.base);
      if (p && page.paths.has(p)) return true;
    }
  }
  return false;
}

const MAX_STORIES = 5;

/**
 * The objects in the state that are the page's story (breadth-first, bounded): a state may hold it
 * twice, cut by a paywall and whole in a cache.
 */
function findStories(root: Json, page: PageIdentity): JsonObject[] {
  const out: JsonObject[] = [];
  const queue: Json[] = [root];
  let nodes = 0;
  for (let i = 0; i < queue.length && nodes < MAX_NODES && out.length < MAX_STORIES; i++) {
    const v = queue[i]!;
    nodes++;
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object') queue.push(x);
    } else if (isObject(v)) {
      if (isPageStory(v, page)) {
        out.push(v);
        continue; // its related stories and promos are not the page's
      }
      for (const k in v) {
        const x = v[k];
        if (x && typeof x === 'object') queue.push(x);
      }
    }
    // A queue of this size means a huge state; stop rather than hold it all.
    if (queue.length > MAX_NODES) break;
  }
  return out;
}

function stringField(o: JsonObject, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string' && v) return v;
  }
  return null;
}

/** An embed read from one body element, or null when the element is not an embed. */
function embedOf(o: JsonObject): StateEmbed | null {
  for (const k of OEMBED_KEYS) {
    const v = o[k];
    if (isObject(v)) {
      const url = stringField(v, ['url', 'author_url_post', 'permalink']);
      const html = stringField(v, ['html']);
      if (url || html) return { url, html: html && html.length <= MAX_HTML ? html : null };
    }
  }
  const type = TYPE_KEYS.map((k) => o[k])
    .filter((v): v is string => typeof v === 'string')
    .join(' ');
  if (!type || !EMBED_TYPE_RE.test(type.slice(0, 200))) return null;
  const url = stringField(o, EMBED_URL_KEYS);
  const html = stringField(o, EMBED_HTML_KEYS);
  if (!url && !html) return null;
  return { url, html: html && html.length <= MAX_HTML ? html : null };
}

/** The embed elements of a story's body, in order, descending into nested body elements only. */
function bodyEmbeds(story: JsonObject): StateEmbed[] {
  const out: StateEmbed[] = [];
  const key = BODY_KEYS.find((k) => Array.isArray(story[k]));
  if (!key) return out;
  const walk = (list: Json[], depth: number) => {
    for (const item of list) {
      if (out.length >= MAX_EMBEDS) return;
      if (!isObject(item)) continue;
      const e = embedOf(item);
      if (e) {
        out.push(e);
        continue;
      }
      if (depth >= MAX_DEPTH) continue;
      for (const k of NESTED_KEYS) {
        const v = item[k];
        if (Array.isArray(v)) walk(v, depth + 1);
      }
    }
  };
  walk(story[key] as Json[], 0);
  return out;
}

/** The embeds in the body of the page's story as its hydration state gives them. */
export function stateEmbeds(doc: Document, url: string | null): StateEmbed[] {
  let scripts: ArrayLike<Element>;
  try {
    scripts = doc.querySelectorAll('script');
  } catch {
    return [];
  }
  let page: PageIdentity | null = null;
  const out: StateEmbed[] = [];
  let budget = MAX_TOTAL_CHARS;
  let parsed = 0;
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS * 10 && budget > 0 && parsed < MAX_SCRIPTS; i++) {
    const s = scripts[i]!;
    const id = s.getAttribute('id') ?? '';
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    if (type && type !== 'application/json' && type !== 'application/javascript' && type !== 'text/javascript') continue;
    const text = s.textContent ?? '';
    if (text.length < 50 || text.length > MAX_SCRIPT_CHARS) continue;
    const states: { value: Json; arcGlobal: boolean }[] = [];
    const isState = JSON_STATE_IDS.has(id) || ASSIGNMENTS.some((a) => text.includes(a.marker));
    if (!isState) continue;
    budget -= text.length;
    parsed++;
    if (budget < 0) break;
    if (JSON_STATE_IDS.has(id)) {
      const start = text.search(/\S/);
      const value = start >= 0 ? balancedJson(text, start) : null;
      if (value) states.push({ value: id === '__NUXT_DATA__' ? fromDevalue(value) : value, arcGlobal: false });
    } else {
      for (const a of ASSIGNMENTS) {
        const at = text.indexOf(a.marker);
        if (at < 0) continue;
        const start = at + a.marker.length;
        const value = balancedJson(text, text[start] === ' ' ? start + 1 : start);
        if (value) states.push({ value, arcGlobal: a.arcGlobal });
      }
    }
    for (const st of states) {
      page ??= identity(doc, url);
      // Arc's globalContent is by definition the page's own content.
      const stories =
        st.arcGlobal && isObject(st.value) && BODY_KEYS.some((k) => Array.isArray((st.value as JsonObject)[k])) ? [st.value] : findStories(st.value, page);
      for (const story of stories) for (const e of bodyEmbeds(story)) if (out.length < MAX_EMBEDS) out.push(e);
    }
    if (out.length) break; // one state script describes the story; the next would repeat it
  }
  return out;
}
