// Matching on real corpus pages: copies of one story are matched, different stories are not, over
// every pair of pages and edited copies. Prints the precision/recall curve the threshold is read from.
import { beforeAll, describe, expect, it } from 'vitest';
import { estimate, overlap, resemblance, SAME_STORY_THRESHOLD } from './compare';
import { decodeFingerprint, encodeSketch, fingerprintOf, type Sketch } from './fingerprint';
import { groupByStory } from './group';
import { corpusCopies, isStoryParagraph, readCorpusTexts, REAL_SAME_STORY, type CorpusCopy, type CorpusText } from './test-corpus';

interface Scored {
  a: CorpusCopy;
  b: CorpusCopy;
  same: boolean;
  overlap: number;
}

let texts: CorpusText[];
let copies: (CorpusCopy & { sketch: Sketch | null })[];
let pairs: Scored[];
const byKey = new Map<string, CorpusCopy & { sketch: Sketch | null }>();

beforeAll(() => {
  texts = readCorpusTexts();
  copies = corpusCopies(texts).map((c) => ({ ...c, sketch: decodeFingerprint(fingerprintOf({ blocks: c.blocks, lang: c.lang })) }));
  for (const c of copies) byKey.set(c.key, c);
  pairs = [];
  const fp = copies.filter((c) => c.sketch);
  for (let i = 0; i < fp.length; i++) {
    for (let j = i + 1; j < fp.length; j++) {
      const a = fp[i]!;
      const b = fp[j]!;
      // Two edited copies of different pages stand for no real situation (sites do not edit two
      // stories with the same donor text); every other pair does.
      if (a.edit !== 'original' && b.edit !== 'original' && a.base !== b.base) continue;
      pairs.push({ a, b, same: a.story === b.story, overlap: overlap(estimate(a.sketch!, b.sketch!)) });
    }
  }
}, 600_000); // reading 263 pages with Readability: about 25 s of CPU, much longer on a busy machine

function counts(threshold: number, keep: (p: Scored) => boolean = () => true) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pairs) {
    if (!keep(p)) continue;
    const said = p.overlap >= threshold;
    if (said && p.same) tp++;
    else if (said) fp++;
    else if (p.same) fn++;
  }
  return { tp, fp, fn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}

describe('story matching over all pairs of corpus pages and edited copies', () => {
  it('has the real pages and enough edited copies to measure', () => {
    expect(texts.length).toBeGreaterThanOrEqual(250);
    const edited = copies.filter((c) => c.edit !== 'original');
    expect(edited.length).toBeGreaterThanOrEqual(500);
    // Only pages too short to tell apart (a video page, a single tweet) have no fingerprint.
    const none = copies.filter((c) => !c.sketch && c.edit === 'original');
    expect(none.length).toBeLessThanOrEqual(5);
    for (const c of none) expect(c.blocks.filter(isStoryParagraph).length).toBeLessThanOrEqual(2);
  });

  it('prints the precision/recall curve and meets its targets at the chosen threshold', () => {
    const positives = pairs.filter((p) => p.same).length;
    const lines = [`pairs ${pairs.length}, same-story pairs ${positives}`, 'threshold  precision  recall   fp   fn'];
    for (let t = 0.1; t <= 0.951; t += 0.05) {
      const c = counts(t);
      lines.push(
        `${t.toFixed(2).padStart(9)}  ${c.precision.toFixed(4).padStart(9)}  ${c.recall.toFixed(4)}  ${String(c.fp).padStart(3)}  ${String(c.fn).padStart(3)}`,
      );
    }
    const at = counts(SAME_STORY_THRESHOLD);
    lines.push(`chosen ${SAME_STORY_THRESHOLD}: precision ${at.precision.toFixed(4)}, recall ${at.recall.toFixed(4)}`);
    const diff = pairs.filter((p) => !p.same).sort((x, y) => y.overlap - x.overlap)[0]!;
    const same = pairs.filter((p) => p.same).sort((x, y) => x.overlap - y.overlap)[0]!;
    lines.push(`closest different stories: ${diff.a.key} / ${diff.b.key} ${diff.overlap.toFixed(3)}`);
    lines.push(`farthest copies of one story: ${same.a.key} / ${same.b.key} ${same.overlap.toFixed(3)}`);
    for (const p of pairs.filter((p) => !p.same && p.overlap >= SAME_STORY_THRESHOLD)) lines.push(`  FP ${p.a.key} / ${p.b.key} ${p.overlap.toFixed(3)}`);
    console.log(lines.join('\n'));
    expect(positives).toBeGreaterThan(2000);
    expect(at.precision).toBeGreaterThanOrEqual(0.999);
    expect(at.recall).toBeGreaterThanOrEqual(0.99);
  });

  it('matches each kind of edit against the page it was made from', () => {
    const kinds = ['new-headline', 'trimmed', 'inserted', 'boilerplate', 'copy-edited', 'all-edits'];
    for (const kind of kinds) {
      const c = counts(
        SAME_STORY_THRESHOLD,
        (p) => p.same && ((p.a.edit === 'original' && p.b.edit === kind) || (p.b.edit === 'original' && p.a.edit === kind)),
      );
      expect(c.tp + c.fn, kind).toBeGreaterThan(80);
      expect(c.recall, kind).toBeGreaterThanOrEqual(0.99);
    }
  });

  it('matches the agency story two sites carried, and the page saved twice', () => {
    for (const [x, y] of REAL_SAME_STORY) {
      const r = resemblance(byKey.get(x)!.sketch!, byKey.get(y)!.sketch!);
      expect(overlap(r), `${x} / ${y}`).toBeGreaterThanOrEqual(SAME_STORY_THRESHOLD);
    }
  });

  it('does not match different stories: a look-alike that quotes a paragraph, the same site’s boilerplate, the same topic', () => {
    const lookAlikes = pairs.filter(
      (p) => !p.same && (p.a.edit === 'look-alike' || p.b.edit === 'look-alike') && (p.a.edit === 'original' || p.b.edit === 'original'),
    );
    expect(lookAlikes.length).toBeGreaterThan(100);
    expect(lookAlikes.filter((p) => p.overlap >= SAME_STORY_THRESHOLD)).toEqual([]);
    // Two Le Monde stories share the paper's subscription lines; the unedited-feed pages of Indian
    // sites share their disclaimers; several pages are Trump, Gaza or Macron stories from other days.
    const real = pairs.filter((p) => p.a.edit === 'original' && p.b.edit === 'original' && !p.same);
    expect(real.filter((p) => p.overlap >= SAME_STORY_THRESHOLD).map((p) => `${p.a.key} / ${p.b.key}`)).toEqual([]);
  });

  it('counts the paragraphs a site added or cut', () => {
    let exact = 0;
    let all = 0;
    for (const c of copies) {
      if (c.edit !== 'inserted' && c.edit !== 'trimmed') continue;
      const base = byKey.get(c.story)!;
      if (!base.sketch || !c.sketch) continue;
      const r = resemblance(c.sketch, base.sketch);
      const kept = base.blocks.filter(isStoryParagraph).length;
      const expected = c.edit === 'inserted' ? { added: 2, cut: 0 } : { added: 0, cut: kept - c.blocks.filter(isStoryParagraph).length };
      all++;
      if (r.parasOnlyInA === expected.added && r.parasOnlyInB === expected.cut) exact++;
    }
    console.log(`paragraphs added/cut counted exactly on ${exact} of ${all} copies`);
    expect(all).toBeGreaterThan(150);
    expect(exact / all).toBeGreaterThanOrEqual(0.95);
  });

  it('groups the corpus pages and their copies by story, one group per story', () => {
    const real = copies.filter((c) => c.sketch && (c.edit === 'original' || c.base === 'p013-tucson-com' || c.base === 'p037-24horas-cl'));
    const groups = groupByStory(real.map((c) => ({ id: c.key, fingerprint: encodeSketch(c.sketch!) })));
    const storyOf = new Map(real.map((c) => [c.key, c.story]));
    for (const g of groups) expect(new Set(g.map((id) => storyOf.get(id))).size, g.join(', ')).toBe(1);
    const stories = new Set(real.map((c) => c.story));
    expect(groups.length).toBe(stories.size);
    expect(groups.find((g) => g.includes('p038-cooperativa-cl'))).toEqual(
      expect.arrayContaining(['p037-24horas-cl', 'p037-24horas-cl~trimmed', 'p038-cooperativa-cl']),
    );
  });
});
