// `--stories` on real corpus pages: a Reuters story carried by two other sites (one with a new
// headline and its ending cut, one with paragraphs of its own added) is one story with the agency's
// copy as reference; the two EFE copies of one story from two Chilean sites are another; other stories,
// Reuters' own among them, stay out. The text and the JSON say the same, and --summarize gives the
// same groups from the --json results.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cli-run';
import { DEFAULT_CORPUS, readLabels } from './corpus';
import { parseDocument } from './dom';
import type { StoryGroup } from './stories';

const SOURCE = 'p001-reuters-com';
const OTHERS = ['p002-reuters-com', 'p003-reuters-com', 'p037-24horas-cl', 'p038-cooperativa-cl', 'p110-theatlantic-com'];
const labels = readLabels(DEFAULT_CORPUS);
const label = (id: string) => labels.find((l) => l.id === id)!;

/** The source page as another site would run it: edited with the DOM, as a site's CMS would. */
function copyOf(edit: (doc: Document, paragraphs: HTMLParagraphElement[]) => void): string {
  const doc = parseDocument(readFileSync(join(DEFAULT_CORPUS, label(SOURCE).file), 'utf8'));
  const paragraphs = [...doc.querySelectorAll('p')].filter((p) => (p.textContent ?? '').length > 80) as HTMLParagraphElement[];
  edit(doc, paragraphs);
  return (doc as unknown as { toString(): string }).toString();
}

let dir: string;
let groups: StoryGroup[];
let text: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'creditline-stories-'));
  const trimmed = join(dir, 'trimmed.html');
  writeFileSync(
    trimmed,
    copyOf((doc, ps) => {
      doc.querySelector('h1')!.textContent = 'Fed lifts rates for the first time this year and sees three more rises';
      doc.title = 'Fed lifts rates | The Daily Example';
      for (const p of ps.slice(-4)) p.remove();
    }),
  );
  const added = join(dir, 'added.html');
  writeFileSync(
    added,
    copyOf((doc, ps) => {
      for (const words of [
        'Local lenders said on Wednesday that mortgage rates in the county would follow within days, raising payments for most families.',
        'The county treasurer said the rise would add about two million dollars a year to the cost of the bonds it sold in the spring.',
      ]) {
        const p = doc.createElement('p');
        p.textContent = words;
        ps[2]!.after(p);
      }
    }),
  );
  const manifest = join(dir, 'pages.jsonl');
  const lines = [
    { file: join(DEFAULT_CORPUS, label(SOURCE).file), url: label(SOURCE).url },
    { file: trimmed, url: 'https://news.example-daily.com/business/fed-rates.html' },
    { file: added, url: 'https://www.example-county-times.com/2016/12/14/fed.html' },
    ...OTHERS.map((id) => ({ file: join(DEFAULT_CORPUS, label(id).file), url: label(id).url })),
  ];
  writeFileSync(manifest, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const json = join(dir, 'stories.json');
  const run = await cli(['--json', '-o', join(dir, 'out.jsonl'), '--stories', json, manifest]);
  expect(run.code, run.stderr).toBe(0);
  groups = JSON.parse(readFileSync(json, 'utf8')) as StoryGroup[];
  const again = await cli(['--summarize', join(dir, 'out.jsonl'), '--stories', join(dir, 'stories.txt')]);
  expect(again.code, again.stderr).toBe(0);
  text = readFileSync(join(dir, 'stories.txt'), 'utf8');
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--stories', () => {
  it('groups the three copies of the Reuters story, with the agency copy as reference', () => {
    const fed = groups.find((g) => g.copies.some((c) => c.outlet === 'reuters.com'))!;
    expect(fed.copies.map((c) => c.outlet).sort()).toEqual(['example-county-times.com', 'news.example-daily.com', 'reuters.com']);
    const [ref, added, trimmed] = ['reuters.com', 'example-county-times.com', 'news.example-daily.com'].map((o) => fed.copies.find((c) => c.outlet === o));
    expect(fed.copies[0]).toBe(ref);
    expect(ref!.reference).toBe(true);
    expect(ref!.agencySite).toBe('reuters');
    // Two paragraphs of its own; otherwise the agency's text.
    expect(added!.paragraphsAdded).toBe(2);
    expect(added!.keptOfReference).toBeGreaterThan(0.9);
    // A new headline and the last four paragraphs cut: all of its text is the agency's, not all of the agency's is in it.
    expect(trimmed!.fromReference).toBeGreaterThan(0.9);
    expect(trimmed!.keptOfReference).toBeLessThan(0.95);
    expect(trimmed!.paragraphsDropped).toBeGreaterThanOrEqual(3);
    expect(trimmed!.paragraphsAdded).toBe(0);
  });

  it('finds the EFE story two Chilean sites carried, and leaves the other stories out', () => {
    expect(groups.length).toBe(2);
    const efe = groups.find((g) => g !== groups.find((x) => x.copies.some((c) => c.outlet === 'reuters.com')))!;
    expect(efe.copies.map((c) => c.input).sort()).toEqual(
      [label('p037-24horas-cl').file, label('p038-cooperativa-cl').file].map((f) => join(DEFAULT_CORPUS, f)).sort(),
    );
    const grouped = new Set(groups.flatMap((g) => g.copies.map((c) => c.input)));
    for (const id of ['p002-reuters-com', 'p003-reuters-com', 'p110-theatlantic-com'])
      expect(grouped.has(join(DEFAULT_CORPUS, label(id).file)), id).toBe(false);
  });

  it('says the same in plain text', () => {
    expect(text).toMatch(/^2 stories on more than one page/);
    expect(text).toContain("reference copy (the agency's own site)");
    expect(text).toMatch(/: 3 copies on 3 outlets/);
    expect(text).toContain('2 paragraphs added');
  });

  it('gives the same groups from the --json results (--summarize)', async () => {
    const again = join(dir, 'again.json');
    const run = await cli(['--summarize', join(dir, 'out.jsonl'), '--stories', again]);
    expect(run.code, run.stderr).toBe(0);
    // The reports hold no publication date (the command line reads it from the page), so results read back have none.
    const undated = (gs: StoryGroup[]) => gs.map((g) => ({ ...g, copies: g.copies.map((c) => ({ ...c, date: null })) }));
    expect(JSON.parse(readFileSync(again, 'utf8'))).toEqual(undated(groups));
  });
});
