// Hostile markup through the whole engine: script payloads and non-http links in every slot the
// report can quote or link (titles, bylines, disclaimers, posts, handles, JSON-LD), JSON-LD keys that
// try to reach Object.prototype, and arbitrary strings and markup from fast-check. The report must
// hold only http(s) links, nothing may leak onto a prototype, and analysis never throws.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { analyze, PageTooLargeError } from '../../../lib/analyze';
import type { Report } from '../../../lib/report';
import { BAD_URLS, hostileMarkupPage, SCRIPT_PAYLOADS } from './generate';
import { cpuMs } from '../../helpers/cpu';

const URL_KEYS = new Set(['url', 'homepage', 'href', 'link', 'src']);
// Quoted page text: shown as text, so a sentence that begins "data:…" is evidence, not a link.
const TEXT_KEYS = new Set(['text', 'rule', 'headline', 'byline', 'publisher', 'author', 'label', 'disclaimer', 'republishedFrom', 'name', 'shortName']);
// Strings that would be live links, script or a local file if any consumer used them as a URL.
const DANGEROUS_START = /^\s*(?:j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|data|vbscript|file|blob|about|chrome|chrome-extension|moz-extension)\s*:/i;

/** Every place in the report where a non-http(s) link sits, as "path: value". */
export function badLinks(report: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: string, key: string) => {
    if (typeof v === 'string') {
      if (URL_KEYS.has(key)) {
        let ok = false;
        try {
          const u = new URL(v);
          ok = (u.protocol === 'http:' || u.protocol === 'https:') && /^https?:\/\/[^\s\u0000-\u001f]+$/i.test(v);
        } catch {
          ok = false;
        }
        if (!ok) out.push(`${path}: ${v.slice(0, 80)}`);
      } else if (!TEXT_KEYS.has(key) && key !== 'warnings' && DANGEROUS_START.test(v)) out.push(`${path}: ${v.slice(0, 80)}`);
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`, k);
  };
  walk(report, 'report', '');
  return out;
}

const PROTOTYPES: [string, object][] = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
  ['String', String.prototype],
  ['Function', Function.prototype],
];
const before = new Map(PROTOTYPES.map(([n, p]) => [n, Object.getOwnPropertyNames(p).sort().join(',')]));

function prototypesUntouched(): string[] {
  const changed: string[] = [];
  for (const [name, proto] of PROTOTYPES) {
    if (Object.getOwnPropertyNames(proto).sort().join(',') !== before.get(name)) changed.push(`${name}.prototype gained properties`);
  }
  const probe = {} as Record<string, unknown>;
  for (const k of ['polluted', 'isAdmin', 'name', 'headline']) if (k in probe) changed.push(`({}).${k} is ${String(probe[k])}`);
  return changed;
}

function run(html: string, url: string | null = 'https://news.example.com/world/story'): Report {
  return analyze(parseDocument(html), { url, customPhrases: [{ phrase: 'syndicated feed', status: 'wire-unedited' }] });
}

describe('hostile markup', () => {
  afterEach(() => {
    expect(prototypesUntouched()).toEqual([]);
  });

  it.each(BAD_URLS.map((u) => [u]))('never puts %s into the report as a link', (bad) => {
    for (const payload of SCRIPT_PAYLOADS) {
      const report = run(hostileMarkupPage(payload, bad));
      expect(badLinks(report)).toEqual([]);
    }
  });

  it('keeps payloads as plain text and still reads the page', () => {
    const report = run(hostileMarkupPage(SCRIPT_PAYLOADS[0]!, BAD_URLS[0]!));
    // The page is a story with an AP dateline and social posts: the engine must not give up on it.
    expect(report.status).not.toBe('not-article');
    expect(report.url).toBe('https://news.example.com/world/story');
    for (const e of report.embeds) expect(e.url === null || /^https?:\/\//.test(e.url)).toBe(true);
    for (const s of report.originalSources) expect(s.url === null || /^https?:\/\//.test(s.url)).toBe(true);
  });

  it('ignores a page URL that is not http(s)', () => {
    for (const bad of BAD_URLS) {
      const report = run(hostileMarkupPage('x', 'https://ok.example/'), bad);
      expect(report.url === null || /^https?:/.test(report.url)).toBe(true);
      expect(badLinks(report)).toEqual([]);
    }
  });

  it('survives huge JSON-LD values and __proto__ / constructor keys without touching prototypes', () => {
    const report = run(hostileMarkupPage(SCRIPT_PAYLOADS[1]!, BAD_URLS[4]!, { hugeJsonLd: true }));
    expect(badLinks(report)).toEqual([]);
    expect(JSON.stringify(report).length).toBeLessThan(200_000);
  });

  it('survives JSON-LD nested 5,000 deep, 100,000-item arrays and a 900 kB string', () => {
    const deep = '['.repeat(5000) + '{"@type":"NewsArticle","author":"Reuters"}' + ']'.repeat(5000);
    const wide = JSON.stringify({ '@type': 'NewsArticle', author: Array.from({ length: 100_000 }, (_, i) => ({ name: `A${i}` })) });
    const nested = JSON.stringify(
      Array.from({ length: 3000 }).reduce<Record<string, unknown>>((acc) => ({ '@type': 'NewsArticle', mainEntity: acc, isBasedOn: 'https://x.example/' }), {}),
    );
    const big = JSON.stringify({ '@type': 'NewsArticle', creditText: 'AP '.repeat(300_000) });
    const html = [deep, wide, nested, big].map((j) => `<script type="application/ld+json">${j}</script>`).join('');
    const t = cpuMs();
    const report = run(`<html><head>${html}</head><body><article><p>WASHINGTON (AP) — Text.</p></article></body></html>`);
    expect(cpuMs() - t).toBeLessThan(10_000);
    expect(badLinks(report)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests: arbitrary text and markup never make analysis throw (except "page too large").

const TAGS = [
  'p',
  'div',
  'article',
  'blockquote',
  'figure',
  'figcaption',
  'span',
  'a',
  'h1',
  'i',
  'script',
  'iframe',
  'template',
  'svg',
  'table',
  'td',
  'li',
  'noscript',
  'meta',
  'title',
  'time',
  'address',
];
const CLASSES = [
  'twitter-tweet',
  'instagram-media',
  'fb-post',
  'byline',
  'author',
  'dateline',
  'caption',
  'credit',
  'source',
  'tiktok-embed',
  'bluesky-embed',
  'sponsored',
  'article-body',
  '',
];
const ATTRS = [
  'href',
  'src',
  'data-href',
  'data-instgrm-permalink',
  'cite',
  'content',
  'property',
  'name',
  'rel',
  'type',
  'datetime',
  'title',
  'alt',
  'data-bluesky-uri',
  'data-telegram-post',
  'class',
  'id',
];
const WORDS = [
  'LONDON (Reuters) -',
  'WASHINGTON (AP) —',
  'By',
  'Reporting by',
  'with inputs from PTI',
  '(ANI)',
  '— Name (@handle)',
  'pic.twitter.com/abc',
  'https://twitter.com/a/status/123',
  'javascript:alert(1)',
  'data:text/html,x',
  '__proto__',
  'constructor',
  '© dpa-infocom',
  'МОСКВА, 29 июня. /ТАСС/.',
  '新华社北京4月24日电',
  'has not been edited by NDTV staff',
  'auto-generated from a syndicated feed',
  'Sponsored',
  'originally appeared on',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\ud800',
  '<',
  '>',
  '&',
  '"',
  "'",
  '(((',
  ')))',
  '{',
  '}',
  '[',
  ']',
  ';',
  '\n',
  '  ',
];

const textArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(' ')),
);

const attrArb = fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(textArb, fc.constantFrom(...CLASSES), fc.constantFrom(...BAD_URLS)));

type Tree = { tag: string; attrs: [string, string][]; kids: (Tree | string)[] };
const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree; node: Tree | string }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(attrArb, { maxLength: 4 }),
    kids: fc.array(tie('node'), { maxLength: 5 }),
  }),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, textArb, tie('tree')),
})).tree;

const escAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function render(t: Tree | string, raw: boolean): string {
  if (typeof t === 'string') return raw ? t : escText(t);
  const attrs = t.attrs.map(([k, v]) => ` ${k}="${escAttr(v)}"`).join('');
  const ld = t.tag === 'script' ? ' type="application/ld+json"' : '';
  return `<${t.tag}${ld}${attrs}>${t.kids.map((k) => render(k, raw)).join('')}</${t.tag}>`;
}

function analyseNeverThrows(html: string, url: string | null) {
  try {
    const report = run(html, url);
    expect(badLinks(report)).toEqual([]);
  } catch (err) {
    if (!(err instanceof PageTooLargeError)) throw err;
  }
}

describe('arbitrary input', () => {
  afterEach(() => {
    expect(prototypesUntouched()).toEqual([]);
  });

  // Was finding F3: a document with no element at all made buildPage throw.
  it('analyse returns a report for a document without any element', () => {
    for (const text of ['', ' ', 'x', '<!-- -->', '<!doctype html>']) analyseNeverThrows(text, null);
  });

  it('analyse never throws on arbitrary strings as raw markup', () => {
    // Raw: the string is parsed as markup, so "<", "&" and junk all reach the parser.
    const wrap = fc.constantFrom(
      (t: string) => t,
      (t: string) => `<p>${t}`,
      (t: string) => `${t}<div>x</div>`,
      (t: string) => `<html><body>${t}</body></html>`,
    );
    fc.assert(
      fc.property(textArb, wrap, fc.option(fc.oneof(fc.webUrl(), fc.constantFrom(...BAD_URLS), fc.string())), (text, w, url) => {
        analyseNeverThrows(w(text), url);
      }),
      { numRuns: 150 },
    );
  });

  it('analyse never throws on arbitrary markup trees (escaped and raw)', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { maxLength: 6 }), fc.boolean(), (trees, raw) => {
        const body = trees.map((t) => render(t, raw)).join('');
        analyseNeverThrows(`<!doctype html><html><head><title>t</title></head><body><article>${body}</article></body></html>`, 'https://news.example.com/a');
      }),
      { numRuns: 150 },
    );
  });

  it('analyse never throws on arbitrary JSON-LD', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (json) => {
        analyseNeverThrows(`<html><head><script type="application/ld+json">${json.replace(/</g, '\\u003c')}</script></head><body><p>x</p></body></html>`, null);
      }),
      { numRuns: 150 },
    );
  });
});
