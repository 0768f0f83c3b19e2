import { beforeAll, describe, expect, it } from 'vitest';
import { isSameStory, overlap, resemblance } from './compare';
import { decodeFingerprint, FINGERPRINT_VERSION, fingerprintOf, MIN_SHINGLES, olderFingerprint, SKETCH_SIZE, type StoryFingerprint } from './fingerprint';
import { readCorpusTexts, type CorpusText } from './test-corpus';

let boric: CorpusText;
const body = (text: string) => ({ text, where: 'body' as const });
const sketch = (blocks: { text: string; where: string; link?: boolean }[], lang: string | null = 'es') => decodeFingerprint(fingerprintOf({ blocks, lang }))!;

// An English rendering of the opening of the EFE story in p038-cooperativa-cl.
const TRANSLATION = [
  'President Gabriel Boric, who is going through one of the hardest political moments since he took office two months ago, travels this Wednesday to his home region of Magallanes on his second official trip inside the country after the visit he made to the north in April.',
  'Boric is heading to "friendly territory", which he represented for two terms as a deputy and where he won more than 60 percent of the votes in the December run-off.',
  'Several polls point to a sharp fall in the approval of the young head of state, who has barely had time to settle into La Moneda and who has had, as he himself said, a "turbulent" take-off in the first weeks, marked by mistakes of ministers and protests by the truckers\' union.',
  'The uncertainty of part of the population has been compounded by the noise and controversy around the Constitutional Convention that is writing a new Magna Carta - one of the milestones of his term - and the negative trend of the world economy, dragged by the war in Europe and rising inflation after years of pandemic, which has spurred the impatience of many sectors.',
];

beforeAll(() => {
  boric = readCorpusTexts(['p038-cooperativa-cl'])[0]!;
}, 60_000);

describe('fingerprintOf', () => {
  it('is plain JSON of a fixed size that decodes back', () => {
    const fp = fingerprintOf({ blocks: boric.blocks, lang: 'es-CL' })!;
    expect(JSON.parse(JSON.stringify(fp))).toEqual(fp);
    expect(fp.lang).toBe('es');
    expect(fp.shingles).toBeGreaterThan(300);
    const s = decodeFingerprint(fp)!;
    expect(s.mins).toHaveLength(SKETCH_SIZE);
    expect(s.paras.length).toBeGreaterThanOrEqual(2 * 8);
    expect(JSON.stringify(fp).length).toBeLessThan(1400);
  });

  it('keeps no text: no word of the page is in it', () => {
    const json = JSON.stringify(fingerprintOf({ blocks: boric.blocks, lang: 'es' }));
    for (const word of ['Boric', 'Magallanes', 'presidente', 'miércoles']) expect(json.toLowerCase()).not.toContain(word.toLowerCase());
  });

  it('stays the same from one version to the next (stored fingerprints must stay comparable)', () => {
    // Changing the tokens, shingles, seeds or hashing changes this value: stored memories would no
    // longer match new pages. Such a change needs a new fingerprint version (v) instead.
    const fp = fingerprintOf({ blocks: TRANSLATION.map(body), lang: 'en' })!;
    expect(fp.sketch.slice(0, 24)).toBe(GOLDEN_SKETCH_START);
    expect(fp.shingles).toBe(GOLDEN_SHINGLES);
  });

  it('ignores case, punctuation, quotes and spacing, captions and link lists', () => {
    const plain = sketch(boric.blocks);
    const retyped = sketch([
      { text: 'Photo: Agencia Uno / EFE. The president in Punta Arenas.', where: 'caption' },
      { text: 'Read more: Boric anuncia plan de seguridad para Magallanes', where: 'body', link: true },
      ...boric.blocks.map((b) => ({ ...b, text: b.text.replace(/"/g, '«').replace(/ /g, '\u00a0 ').replace(/,/g, ' ,').toUpperCase() })),
    ]);
    expect(resemblance(plain, retyped).jaccard).toBe(1);
  });

  it('gives nothing for a text too short to tell apart', () => {
    expect(fingerprintOf({ blocks: [body('Watch: the president arrives in Punta Arenas.')] })).toBeNull();
    expect(fingerprintOf({ blocks: [] })).toBeNull();
    const words = Array.from({ length: MIN_SHINGLES + 3 }, (_, i) => `w${i}`).join(' ');
    expect(fingerprintOf({ blocks: [body(words)] })).not.toBeNull();
  });

  it('does not take a translation for a copy', () => {
    const spanish = sketch(boric.blocks.slice(0, 12));
    const english = sketch(TRANSLATION.map(body), 'en');
    const r = resemblance(spanish, english);
    expect(overlap(r)).toBeLessThan(0.1);
    expect(isSameStory(r)).toBe(false);
  });

  it('works on text written without spaces (Japanese)', () => {
    const [ja] = readCorpusTexts(['p033-afpbb-com']);
    const whole = sketch(ja!.blocks, 'ja');
    const half = sketch(ja!.blocks.slice(0, Math.ceil(ja!.blocks.length / 2)), 'ja');
    expect(isSameStory(resemblance(half, whole))).toBe(true);
  });
});

describe('decodeFingerprint', () => {
  it('refuses anything that is not a well-formed fingerprint', () => {
    const fp = fingerprintOf({ blocks: boric.blocks, lang: 'es' })!;
    const bad: unknown[] = [
      null,
      'x',
      [],
      { ...fp, v: 1 },
      { ...fp, v: 3 },
      { ...fp, sketch: fp.sketch.slice(4) },
      { ...fp, sketch: '!!!' },
      { ...fp, paras: 'AAAAAA==' },
      { ...fp, shingles: 3 },
      { ...fp, shingles: 1.5 },
      { ...fp, lang: 'x'.repeat(40) },
      { ...fp, sketch: 'A'.repeat(5000) },
    ];
    for (const b of bad) expect(decodeFingerprint(b as StoryFingerprint), JSON.stringify(b)?.slice(0, 60)).toBeNull();
    expect(decodeFingerprint(fp)).not.toBeNull();
  });

  it('tells a well-formed fingerprint of version 1 (128 permutations) apart from a damaged one, and compares neither', () => {
    const fp = fingerprintOf({ blocks: boric.blocks, lang: 'es' })!;
    expect(fp.v).toBe(FINGERPRINT_VERSION);
    // A version 1 fingerprint as stored before: 128 uint32 minima, the same 512 bytes.
    const v1 = { ...fp, v: 1 };
    expect(decodeFingerprint(v1)).toBeNull();
    expect(olderFingerprint(v1)).toEqual(v1);
    expect(olderFingerprint(fp)).toBeNull();
    for (const bad of [{ ...v1, sketch: v1.sketch.slice(8) }, { ...v1, shingles: 2 }, { ...v1, v: 0 }, { ...v1, v: 1.5 }, null])
      expect(olderFingerprint(bad)).toBeNull();
  });
});

const GOLDEN_SKETCH_START = 'kVxhnDiP9Fb6cUof+vARimyC';
const GOLDEN_SHINGLES = 190;
