import { beforeAll, describe, expect, it } from 'vitest';
import { estimate, overlap, SAME_STORY_THRESHOLD } from './compare';
import { decodeFingerprint, fingerprintOf, type Sketch } from './fingerprint';
import { REBUILD_AT, SketchIndex } from './sketch-index';
import { insertParagraphs, isStoryParagraph, random, readCorpusTexts, trimEnding } from './test-corpus';

// Real articles and cut or extended copies of them, plus many articles of shuffled corpus paragraphs
// (enough to pass the re-sort point, so both the sorted bands and the recent list are exercised).
const IDS = [
  'p037-24horas-cl',
  'p038-cooperativa-cl',
  'p013-tucson-com',
  'globalnews-ap-kyiv-2026',
  'p001-reuters-com',
  'p033-afpbb-com',
  'mz-dpa-iran-activist',
  'p082-lemonde-fr',
];
const stored = new Map<string, Sketch>();
let queries: Sketch[] = [];

const sk = (blocks: { text: string; where: string }[], lang: string | null) => decodeFingerprint(fingerprintOf({ blocks, lang }))!;

beforeAll(() => {
  const texts = readCorpusTexts(IDS);
  const rnd = random(3);
  const paras = texts.flatMap((t) => t.blocks.filter(isStoryParagraph).map((b) => b.text));
  for (const t of texts) {
    stored.set(t.id, sk(t.blocks, t.lang));
    stored.set(`${t.id}~cut`, sk(trimEnding(t.blocks, 0.4), t.lang));
    stored.set(`${t.id}~added`, sk(insertParagraphs(t.blocks, paras.slice(0, 3)), t.lang));
    queries.push(sk(trimEnding(t.blocks, 0.7), t.lang));
  }
  for (let i = 0; i < REBUILD_AT * 3; i++) {
    const mix = Array.from({ length: 8 }, () => paras[Math.floor(rnd() * paras.length)]!);
    stored.set(
      `mix-${i}`,
      sk(
        mix.map((text) => ({ text, where: 'body' })),
        null,
      ),
    );
  }
  queries = queries.concat([...stored.values()].slice(0, 40));
}, 60_000);

/**
 * Checks the index's answers against a comparison with every stored story: nothing it returns is
 * wrong, it misses none of the copies that share a third of their text or more (banding misses
 * those with probability < 10^-5), and overall it misses no more than banding predicts for copies
 * of very different lengths (a long article and a short text holding some of its paragraphs).
 */
function expectLikeBruteForce(index: SketchIndex, all: Map<string, Sketch>) {
  let expected = 0;
  let found = 0;
  for (const q of queries) {
    const got = new Set(index.matches(q, { limit: 1000 }).map((m) => m.id));
    const want = [...all].filter(([, s]) => overlap(estimate(q, s)) >= SAME_STORY_THRESHOLD);
    for (const id of got) expect(want.map(([w]) => w)).toContain(id);
    for (const [id, s] of want) if (estimate(q, s).jaccard >= 0.33) expect(got).toContain(id);
    expected += want.length;
    found += got.size;
  }
  expect(expected).toBeGreaterThan(queries.length * 2); // copies, not only the query itself
  expect(found / expected).toBeGreaterThanOrEqual(0.97);
}

describe('SketchIndex', () => {
  it('finds what comparing with every stored story finds, before and after the bands are sorted', () => {
    const index = new SketchIndex();
    for (const [id, s] of stored) index.set(id, s);
    expectLikeBruteForce(index, stored);
    index.compact();
    expectLikeBruteForce(index, stored);
  });

  it('forgets deleted stories, replaces a story set again, reuses slots', () => {
    const index = new SketchIndex();
    const left = new Map(stored);
    for (const [id, s] of stored) index.set(id, s);
    index.compact();
    for (const id of IDS) {
      index.delete(id);
      left.delete(id);
    }
    // The Reuters copy now holds the Le Monde text: it must be found as Le Monde, not as Reuters.
    index.set('p001-reuters-com~cut', stored.get('p082-lemonde-fr~cut')!);
    left.set('p001-reuters-com~cut', stored.get('p082-lemonde-fr~cut')!);
    index.set('new-story', stored.get('p013-tucson-com')!);
    left.set('new-story', stored.get('p013-tucson-com')!);
    expect(index.size).toBe(left.size);
    expectLikeBruteForce(index, left);
    expect(index.matches(stored.get('p082-lemonde-fr~cut')!, { limit: 1000 }).map((m) => m.id)).toContain('p001-reuters-com~cut');
    expect(index.matches(stored.get('p001-reuters-com')!, { limit: 1000 }).map((m) => m.id)).not.toContain('p001-reuters-com~cut');
  });

  it('leaves out the excluded story, orders by shared text and keeps to the limit', () => {
    const index = new SketchIndex();
    for (const [id, s] of stored) index.set(id, s);
    const q = stored.get('globalnews-ap-kyiv-2026')!;
    const all = index.matches(q, { exclude: 'globalnews-ap-kyiv-2026' });
    expect(all.map((m) => m.id)).not.toContain('globalnews-ap-kyiv-2026');
    expect(all.length).toBeGreaterThanOrEqual(2);
    const shares = all.map((m) => overlap(m.resemblance));
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    expect(index.matches(q, { limit: 1 })).toHaveLength(1);
  });
});
