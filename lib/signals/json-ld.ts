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
  return asList(own(o, '@type')).filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
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
    let data: Json;
    try {
      data = JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, '')) as Json;
    } catch {
      out.errors.push('a JSON-LD block is not valid JSON');
      continue;
    }
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
