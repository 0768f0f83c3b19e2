// JSON-LD blocks: the article object and its provenance fields (sourceOrganization, isBasedOn,
// creditText, author organisations) that Readability does not read.
import { all } from '../dom';
import { squish } from '../text';

export interface JsonLdSignals {
  /** @type values of every object found (lowercased). */
  types: string[];
  headline: string | null;
  /** Author names with whether JSON-LD calls them an Organization. */
  authors: { name: string; isOrganization: boolean }[];
  publisher: string | null;
  sourceOrganization: string[];
  isBasedOn: string[];
  creditText: string[];
  copyrightHolder: string[];
  /** Problems reading the blocks (bad JSON), for the report's warnings. */
  errors: string[];
}

const MAX_BLOCK = 1_000_000;
const MAX_NODES = 2000;
const ARTICLE_TYPES = /article|posting|report|blogposting|liveblog/i;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function own(obj: { [k: string]: Json }, key: string): Json | undefined {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function isObj(v: Json | undefined): v is { [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asList(v: Json | undefined): Json[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Names from a string, an object with name, or a list of either. */
function names(v: Json | undefined): string[] {
  const out: string[] = [];
  for (const item of asList(v)) {
    if (typeof item === 'string') out.push(squish(item));
    else if (isObj(item)) {
      const n = own(item, 'name');
      if (typeof n === 'string') out.push(squish(n));
      else if (Array.isArray(n)) out.push(...n.filter((x): x is string => typeof x === 'string').map(squish));
      else {
        const url = own(item, 'url') ?? own(item, '@id');
        if (typeof url === 'string') out.push(squish(url));
      }
    }
  }
  return out.filter((s) => s && s.length < 300);
}

function typesOf(o: { [k: string]: Json }): string[] {
  return asList(own(o, '@type'))
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.toLowerCase());
}

/** The block without the wrappers CMSs put around it: HTML comments, CDATA sections, `//` before them. */
function unwrap(raw: string): string {
  let t = raw.trim();
  for (const [open, close] of [
    ['<!--', '-->'],
    ['//<![CDATA[', '//]]>'],
    ['<![CDATA[', ']]>'],
  ] as const) {
    if (t.startsWith(open)) t = t.slice(open.length).trimStart();
    if (t.endsWith(close)) t = t.slice(0, -close.length).trimEnd();
  }
  return t;
}

const VALID_ESCAPE = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);
const WS = new Set([' ', '\t', '\n', '\r']);

function skipWs(s: string, i: number): number {
  while (i < s.length && WS.has(s[i]!)) i++;
  return i;
}

/** Whether a value can start at i (after a comma): a string, object, array, number or literal. */
function valueStarts(s: string, i: number): boolean {
  const c = s[i];
  if (c === undefined) return false;
  if (c === '"' || c === '{' || c === '[' || c === '-' || (c >= '0' && c <= '9')) return true;
  return s.startsWith('true', i) || s.startsWith('false', i) || s.startsWith('null', i);
}

/**
 * A quote inside a string closes it only when JSON can go on after it: a colon, a closing bracket,
 * the end, or a comma followed by another value. Any other quote is part of the text
 * (`"headline": "Biden "incapacitado""`).
 */
function closesString(s: string, i: number): boolean {
  const j = skipWs(s, i + 1);
  const c = s[j];
  if (c === undefined || c === ':' || c === '}' || c === ']') return true;
  return c === ',' && valueStarts(s, skipWs(s, j + 1));
}

/**
 * Hand-written JSON-LD as CMS templates print it, repaired in one pass: quotes inside strings
 * escaped, raw control characters in strings made spaces, invalid escapes (`\'`) kept as text, and
 * trailing commas dropped.
 */
export function repairJson(text: string): string {
  const out: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') {
        const next = text[i + 1];
        if (next !== undefined && VALID_ESCAPE.has(next)) {
          out.push(c, next);
          i++;
        } else out.push('\\\\');
      } else if (c === '"') {
        if (closesString(text, i)) {
          inString = false;
          out.push(c);
        } else out.push('\\"');
      } else out.push(c.charCodeAt(0) < 0x20 ? ' ' : c);
    } else if (c === '"') {
      inString = true;
      out.push(c);
    } else if (c === ',') {
      const next = text[skipWs(text, i + 1)];
      if (next !== '}' && next !== ']') out.push(c);
    } else if (c.charCodeAt(0) >= 0x20 || WS.has(c)) out.push(c);
  }
  return out.join('');
}

/** A real block names its authors once or twice; past this many "author" keys the rest is noise. */
const MAX_AUTHOR_KEYS = 50;
const AUTHOR_KEY = /"author"\s*:\s*/g;
const STRING_VALUE = /^"((?:[^"\\\n]|\\.){1,300})"/;
const NAME_VALUE = /"name"\s*:\s*"((?:[^"\\\n]|\\.){1,300})"/g;
const TYPE_VALUE = /"@type"\s*:\s*(?:\[\s*)?"([\w:/.#-]{1,100})"/g;
const ORGANIZATION_TYPE = /"@type"\s*:\s*(?:\[\s*)?"(?:\w{1,40}:\/\/schema\.org\/)?(?:Organization|NewsMediaOrganization)"/i;

function unescapeJson(s: string): string {
  try {
    return JSON.parse(`"${s}"`) as string;
  } catch {
    return s;
  }
}

/**
 * What a block that is not JSON even after repair still says, read linearly from its text: the
 * first @type, and, when the block describes an article, its authors (`"author": "X"`,
 * `"author": {… "name": "X"}`, `"author": [{… "name": "X"}, …]`).
 */
export function extractLinearly(text: string): { types: string[]; authors: JsonLdSignals['authors'] } {
  const types = [...text.matchAll(TYPE_VALUE)].map((m) => m[1]!.toLowerCase().replace(/^.*\//, ''));
  const authors: JsonLdSignals['authors'] = [];
  if (types.some((t) => ARTICLE_TYPES.test(t))) {
    let keys = 0;
    for (const m of text.matchAll(AUTHOR_KEY)) {
      if (++keys > MAX_AUTHOR_KEYS) break;
      const at = m.index + m[0].length;
      const open = text[at];
      if (open === '"') {
        const name = STRING_VALUE.exec(text.slice(at, at + 400))?.[1];
        if (name) authors.push({ name: squish(unescapeJson(name)), isOrganization: false });
        continue;
      }
      if (open !== '{' && open !== '[') continue;
      const window = text.slice(at, at + 2000);
      const end = window.indexOf(open === '{' ? '}' : ']');
      const value = end < 0 ? window : window.slice(0, end + 1);
      // Each author object of a list is the text up to its closing brace.
      for (const entity of value.split('}')) {
        const isOrganization = ORGANIZATION_TYPE.test(entity);
        for (const n of entity.matchAll(NAME_VALUE)) {
          const name = squish(unescapeJson(n[1]!));
          if (name) authors.push({ name, isOrganization });
        }
      }
    }
  }
  return { types: types.slice(0, 1), authors: authors.filter((a) => a.name.length < 300) };
}

interface Parsed {
  data?: Json;
  error?: string;
  fallback?: { types: string[]; authors: JsonLdSignals['authors'] };
}

/** JSON.parse, then JSON.parse of the repaired text, then a linear read of what it names. */
function parseTolerantly(raw: string): Parsed {
  const text = unwrap(raw);
  try {
    return { data: JSON.parse(text) as Json };
  } catch {
    // repaired below
  }
  try {
    return { data: JSON.parse(repairJson(text)) as Json, error: 'a JSON-LD block is not valid JSON; it was read after repair' };
  } catch {
    const fallback = extractLinearly(text);
    if (fallback.authors.length) {
      return { error: 'a JSON-LD block is not valid JSON; its author was read from the raw text', fallback };
    }
    return { error: 'a JSON-LD block is not valid JSON', fallback };
  }
}

export function readJsonLd(doc: Document): JsonLdSignals {
  const out: JsonLdSignals = {
    types: [],
    headline: null,
    authors: [],
    publisher: null,
    sourceOrganization: [],
    isBasedOn: [],
    creditText: [],
    copyrightHolder: [],
    errors: [],
  };
  const objects: { [k: string]: Json }[] = [];
  for (const script of all(doc, 'script[type="application/ld+json" i]')) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_BLOCK) {
      out.errors.push('a JSON-LD block over 1 MB was skipped');
      continue;
    }
    const parsed = parseTolerantly(raw);
    if (parsed.error) out.errors.push(parsed.error);
    if (parsed.fallback) {
      // Unreadable even after repair: keep what a linear read of the raw text still gives.
      out.types.push(...parsed.fallback.types);
      out.authors.push(...parsed.fallback.authors);
    }
    if (parsed.data === undefined) continue;
    const data = parsed.data;
    // Walk objects breadth-first through @graph and nested values, bounded.
    const queue: Json[] = [data];
    while (queue.length && objects.length < MAX_NODES) {
      const v = queue.shift()!;
      if (Array.isArray(v)) queue.push(...v.slice(0, MAX_NODES));
      else if (isObj(v)) {
        objects.push(v);
        const graph = own(v, '@graph');
        if (graph !== undefined) queue.push(graph);
        const main = own(v, 'mainEntity');
        if (isObj(main)) queue.push(main);
      }
    }
  }
  for (const o of objects) {
    const types = typesOf(o);
    out.types.push(...types);
    const isArticle = types.some((t) => ARTICLE_TYPES.test(t));
    if (!isArticle) continue;
    if (!out.headline) {
      const h = own(o, 'headline');
      if (typeof h === 'string') out.headline = squish(h);
    }
    for (const a of asList(own(o, 'author'))) {
      const isOrganization = isObj(a) && typesOf(a).some((t) => t === 'organization' || t === 'newsmediaorganization');
      for (const name of names(a)) out.authors.push({ name, isOrganization });
    }
    if (!out.publisher) out.publisher = names(own(o, 'publisher'))[0] ?? null;
    out.sourceOrganization.push(...names(own(o, 'sourceOrganization')));
    out.isBasedOn.push(...names(own(o, 'isBasedOn')), ...names(own(o, 'isBasedOnUrl')));
    out.creditText.push(...names(own(o, 'creditText')));
    out.copyrightHolder.push(...names(own(o, 'copyrightHolder')));
  }
  return out;
}
