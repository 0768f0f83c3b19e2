// Node only, for the tests and the benchmark: the corpus pages' article text as the engine reads it,
// and the edits sites make when they carry a story (new headline, trimmed ending, added paragraphs,
// their own boilerplate, copy-editing), applied to real pages.
import { extractArticle } from '../signals/article';
import { blocksOf, type TextBlock } from '../signals/blocks';
import { DEFAULT_CORPUS, readLabels, readPage } from '../../cli/corpus';
import { parseDocument } from '../../cli/dom';
import { MIN_PARAGRAPH_TOKENS } from './fingerprint';
import { tokenHashes } from './shingles';

export interface CorpusText {
  id: string;
  url: string | null;
  lang: string | null;
  isArticle: boolean;
  constructed: boolean;
  title: string | null;
  /** The engine's text blocks for the page (Readability's, or the whole body's). */
  blocks: TextBlock[];
}

export function readCorpusTexts(only?: readonly string[], dir = DEFAULT_CORPUS): CorpusText[] {
  const labels = readLabels(dir).filter((l) => !only || only.includes(l.id));
  return labels.map((label) => {
    const doc = parseDocument(readPage(dir, label));
    const article = extractArticle(doc);
    // The engine's own choice of blocks (buildPage in lib/analyze.ts), without the rest of its reading.
    const root = doc.body ?? doc.documentElement;
    const blocks = article?.blocks.length ? article.blocks : root ? blocksOf(root) : [];
    const l = label as typeof label & { lang?: string; constructed?: boolean };
    return {
      id: label.id,
      url: label.url,
      lang: l.lang ?? null,
      isArticle: label.isArticle,
      constructed: !!l.constructed,
      title: article?.title ?? null,
      blocks,
    };
  });
}

/** A paragraph long enough to carry story text rather than a credit, a date or a link. */
export function isStoryParagraph(b: TextBlock): boolean {
  return !b.link && b.where !== 'caption' && tokenHashes(b.text).length >= MIN_PARAGRAPH_TOKENS;
}

/** A small deterministic random source (mulberry32), so the edited copies are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const body = (text: string): TextBlock => ({ text, where: 'body' });

/** Another headline on top, as a heading block (sites rewrite it; some keep it in the body). */
export function newHeadline(blocks: TextBlock[], headline: string): TextBlock[] {
  return [{ text: headline, where: 'heading' }, ...blocks.filter((b) => b.where !== 'heading' || isStoryParagraph(b))];
}

/** The story's paragraphs between another site's short lines (its dates, credits, "Advertisement"…). */
export function otherBoilerplate(blocks: TextBlock[], donor: TextBlock[]): TextBlock[] {
  const own = blocks.filter(isStoryParagraph);
  const theirs = donor.filter((b) => !isStoryParagraph(b) && b.where === 'body').slice(0, 8);
  const half = Math.ceil(theirs.length / 2);
  return [...theirs.slice(0, half), ...own, ...theirs.slice(half)];
}

/** The story cut after the given share of its paragraphs. */
export function trimEnding(blocks: TextBlock[], keep: number): TextBlock[] {
  const idx = blocks.map((b, i) => (isStoryParagraph(b) ? i : -1)).filter((i) => i >= 0);
  const last = idx[Math.max(0, Math.ceil(idx.length * keep) - 1)] ?? blocks.length - 1;
  return blocks.slice(0, last + 1);
}

/** `extra` paragraphs inserted at even places through the story. */
export function insertParagraphs(blocks: TextBlock[], extra: string[]): TextBlock[] {
  const out = blocks.slice();
  extra.forEach((text, k) => out.splice(Math.round(((k + 1) * out.length) / (extra.length + 1)), 0, body(text)));
  return out;
}

/** Copy-editing: about one paragraph in two gets a word changed or dropped. */
export function smallEdits(blocks: TextBlock[], rnd: () => number, words: string[]): TextBlock[] {
  return blocks.map((b) => {
    if (!isStoryParagraph(b) || rnd() >= 0.5) return b;
    // Text written without spaces (Chinese, Japanese) is edited a character at a time.
    const spaced = b.text.split(' ').length * 12 > b.text.length;
    const w = spaced ? b.text.split(' ') : [...b.text];
    const at = Math.floor(rnd() * w.length);
    if (rnd() < 0.5) w.splice(at, 1);
    else w[at] = spaced ? (words[Math.floor(rnd() * words.length)] ?? 'also') : (w[(at * 7) % w.length] ?? '的');
    return { ...b, text: w.join(spaced ? ' ' : '') };
  });
}

export interface CorpusCopy {
  /** Page id, or page id and edit ("p013-tucson-com~trimmed"). */
  key: string;
  /** The real page the copy was made from. */
  base: string;
  /** The story: copies with the same story are pairs to match, every other pair is not. */
  story: string;
  edit: string;
  lang: string | null;
  blocks: TextBlock[];
}

/**
 * Real pages whose copies are the same story: the only real pair of sites carrying one agency story
 * in the corpus (an EFE story on two Chilean sites), and one page saved twice from two sources.
 */
export const REAL_SAME_STORY: [string, string][] = [
  ['p037-24horas-cl', 'p038-cooperativa-cl'],
  ['p135-uk-yahoo-com', 'yahoo-uk-homepage-agency-teasers'],
];

/**
 * Every corpus page, plus edited copies of each real article long enough to edit (six story
 * paragraphs or more), plus, for each, a look-alike: a different story (a donor page in the same
 * language) that quotes one of its paragraphs.
 */
export function corpusCopies(texts: CorpusText[]): CorpusCopy[] {
  const storyOf = new Map<string, string>();
  for (const [a, b] of REAL_SAME_STORY) storyOf.set(b, a);
  const out: CorpusCopy[] = texts.map((t) => ({ key: t.id, base: t.id, story: storyOf.get(t.id) ?? t.id, edit: 'original', lang: t.lang, blocks: t.blocks }));
  const bases = texts.filter((t) => t.isArticle && !t.constructed && t.blocks.filter(isStoryParagraph).length >= 6);
  bases.forEach((base, n) => {
    const rnd = random(n + 1);
    const paras = base.blocks.filter(isStoryParagraph);
    // The donor: another long article in the same language (its text stands in for a site's own additions).
    const donors = bases.filter((d) => d !== base && d.lang === base.lang && d.blocks.filter(isStoryParagraph).length >= 12);
    const donor = donors[Math.floor(rnd() * donors.length)];
    if (!donor) return;
    const donorParas = donor.blocks.filter(isStoryParagraph).map((b) => b.text);
    const words = donorParas.join(' ').split(' ');
    const headline = donor.title ?? donorParas[0]!.slice(0, 80);
    const add = (edit: string, blocks: TextBlock[], story = storyOf.get(base.id) ?? base.id) =>
      out.push({ key: `${base.id}~${edit}`, base: base.id, story, edit, lang: base.lang, blocks });
    add('new-headline', newHeadline(base.blocks, headline));
    add('trimmed', trimEnding(base.blocks, 0.6));
    // Added paragraphs no longer than this story's typical one: local context, not a second story.
    const typical = [...paras].sort((x, y) => x.text.length - y.text.length)[paras.length >> 1]!;
    const fitting = donorParas.filter((p) => p.length <= typical.text.length);
    const pool = fitting.length >= 3 ? fitting : [...donorParas].sort((x, y) => x.length - y.length).slice(0, 3);
    const pick = () => pool[Math.floor(rnd() * pool.length)]!;
    const first = pick();
    add('inserted', insertParagraphs(base.blocks, [first, pool.find((p) => p !== first && rnd() < 0.3) ?? pool.find((p) => p !== first) ?? first]));
    add('boilerplate', otherBoilerplate(base.blocks, donor.blocks));
    add('copy-edited', smallEdits(base.blocks, rnd, words));
    add('all-edits', smallEdits(insertParagraphs(otherBoilerplate(trimEnding(newHeadline(base.blocks, headline), 0.75), donor.blocks), [pick()]), rnd, words));
    // A different story that quotes this one: another donor's first half and one of our paragraphs.
    const other = donors.filter((d) => d !== donor)[Math.floor(rnd() * (donors.length - 1))];
    const quoted = typical;
    if (other) add('look-alike', insertParagraphs(trimEnding(other.blocks, 0.5), [quoted.text]), storyOf.get(other.id) ?? other.id);
  });
  return out;
}
