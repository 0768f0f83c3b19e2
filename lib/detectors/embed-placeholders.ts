// Embeds the page holds as text until the reader consents or clicks: consent tools keep the
// platform's markup in a hidden <textarea> (Drupal third_party_services), a <script type="text/template">
// (Borlabs-style blockers, raw or base64), or a <template> opt-in. None of it is part of the DOM a
// browser builds, so the markup is parsed here, into a detached inert document (scripts never run,
// nothing loads, the live page is never touched), and read like any embed of the page.
//
// Whether such an embed is the article's is decided by where its placeholder sits (the host).

import { EMBED_MARKUP_HINTS } from '../rules/platforms';

/** The elements whose text may hold embed markup. One query; each hit is checked in code. */
export const PLACEHOLDER_SELECTOR = 'textarea, script[type], template';

/** Script types that hold markup waiting to be inserted, not code. */
const TEMPLATE_SCRIPT_TYPES = new Set(['text/template', 'text/x-template', 'text/html', 'text/plain', 'text/x-tmpl']);
const MAX_PLACEHOLDERS = 100;
const MAX_CANDIDATES = 2000;
const MAX_CHARS = 200_000;
const MAX_TOTAL_CHARS = 2_000_000;
/** Class/id words of the wrappers consent tools put around a blocked embed. */
const CONSENT_WORDS = new Set([
  'placeholder',
  'consent',
  'privacy',
  'optin',
  'gdpr',
  'dsgvo',
  'cookie',
  'cookies',
  'blocker',
  'blocked',
  'twoclick',
  '2click',
  'original',
]);
/** Words of a code box that offers embed code for copying. */
const CODE_WORDS = new Set(['code', 'snippet', 'copy', 'clipboard']);
const CONSENT_LEVELS = 3;
/** Cheap hints that the text holds a platform's embed markup at all. */
/** Base64 text (Borlabs stores the blocked code so); bounded by the size cap before it is tested. */
const BASE64_RE = /^[A-Za-z0-9+/]{16,}={0,2}$/;
const WORD_SPLIT_RE = /[\s_-]+/;

export interface PlaceholderContent {
  /** The placeholder in the live page: where the embed would appear. */
  host: Element;
  /** The parsed markup, in a detached document. */
  root: ParentNode;
}

function classWords(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.slice(0, 400).toLowerCase().split(WORD_SPLIT_RE).filter(Boolean);
}

/** Hidden from the reader: the placeholder shows something else until consent. */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').slice(0, 400).toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function inConsentWrapper(el: Element): boolean {
  let p: Element | null = el;
  for (let i = 0; p && i <= CONSENT_LEVELS; i++, p = p.parentElement) {
    if (classWords(p).some((w) => CONSENT_WORDS.has(w))) return true;
  }
  return false;
}

function isCodeBox(el: Element): boolean {
  let p: Element | null = el;
  for (let i = 0; p && i <= 1; i++, p = p.parentElement) {
    if (classWords(p).some((w) => CODE_WORDS.has(w))) return true;
  }
  return false;
}

/**
 * A textarea that keeps blocked markup: hidden, or inside a consent wrapper. A visible or read-only
 * textarea is a form field or an "embed this post" code box offered for copying, not an embed.
 */
function isPlaceholderTextarea(el: Element): boolean {
  if (el.hasAttribute('readonly') || el.hasAttribute('name') || isCodeBox(el)) return false;
  return isHidden(el) || inConsentWrapper(el);
}

function decodeBase64(s: string): string | null {
  const t = s.replace(/\s+/g, '');
  if (t.length % 4 !== 0 || !BASE64_RE.test(t)) return null;
  try {
    const bin = atob(t);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    return null;
  }
}

function markupOf(el: Element): string | null {
  const tag = el.tagName.toUpperCase();
  let raw: string | null = null;
  if (tag === 'TEXTAREA') raw = isPlaceholderTextarea(el) ? el.textContent : null;
  else if (tag === 'TEMPLATE') raw = el.innerHTML;
  else if (tag === 'SCRIPT') {
    const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
    if (!TEMPLATE_SCRIPT_TYPES.has(type)) return null;
    raw = el.textContent;
    if (raw && raw.length <= MAX_CHARS && !raw.includes('<')) raw = decodeBase64(raw.trim());
  }
  if (!raw || raw.length > MAX_CHARS || !raw.includes('<')) return null;
  const lower = raw.toLowerCase();
  return EMBED_MARKUP_HINTS.some((h) => lower.includes(h)) ? raw : null;
}

/**
 * A detached, inert container for page markup: the body of a document of its own, parsed by
 * DOMParser (which runs no script and loads nothing). Never an element of the live page. The
 * markup goes inside a whole document's body, where every DOM library parses it the same way.
 */
export function inertContainer(doc: Document, html: string): ParentNode | null {
  try {
    const Parser = typeof DOMParser === 'function' ? DOMParser : (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser;
    if (!Parser) return null;
    return new Parser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html').body;
  } catch {
    return null;
  }
}

/** The embed markup held by the page's placeholders, parsed, with the placeholder each came from. */
export function placeholderContents(doc: Document): PlaceholderContent[] {
  const out: PlaceholderContent[] = [];
  let found: ArrayLike<Element>;
  try {
    found = doc.querySelectorAll(PLACEHOLDER_SELECTOR);
  } catch {
    return out;
  }
  let total = 0;
  for (let i = 0; i < found.length && i < MAX_CANDIDATES && out.length < MAX_PLACEHOLDERS; i++) {
    const el = found[i]!;
    const html = markupOf(el);
    if (!html) continue;
    total += html.length;
    if (total > MAX_TOTAL_CHARS) break;
    const root = inertContainer(doc, html);
    if (root) out.push({ host: el, root });
  }
  return out;
}
