// The batch outputs on real corpus pages: CSV rows agree with the JSON reports, the summary's numbers
// equal those counted from the JSON Lines, the summary page escapes page strings, and a re-run with
// the same --output file skips what it holds (a line cut by an interrupted run is dropped) and
// appends the rest.
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '../lib/report';
import { cli, jsonLines } from './cli-run';
import { DEFAULT_CORPUS, readLabels } from './corpus';
import { CSV_HEADER, rowFromCsv } from './csv';
import { errorRow, outletOf, rowFromJson } from './page-row';
import { renderSummaryHtml } from './summary-html';
import { SummaryBuilder, type Summary } from './summary';

const IDS = [
  'xinhua-english-wire',
  'sz-dpa-newskanal',
  'telegram-linkedin-embeds',
  'p001-reuters-com',
  'p110-theatlantic-com',
  'p036-100noticias-com-ni',
  'mastodon-embed-staff',
  'p138-daringfireball-net',
];
const labels = readLabels(DEFAULT_CORPUS).filter((l) => IDS.includes(l.id));

let dir: string;
let manifest: string;
let reports: Record<string, unknown>[];
let summary: Summary;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'creditline-outputs-'));
  manifest = join(dir, 'labels.jsonl');
  writeFileSync(manifest, labels.map((l) => JSON.stringify({ file: join(DEFAULT_CORPUS, l.file), url: l.url })).join('\n') + '\n');
  const out = join(dir, 'out.jsonl');
  const run = await cli(['--json', '-o', out, '--summary', join(dir, 'summary.html'), '--summary-json', join(dir, 'summary.json'), manifest]);
  expect(run.stdout).toBe('');
  reports = jsonLines(readFileSync(out, 'utf8'));
  summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Summary;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Json = Record<string, unknown> & {
  agencies: { id: string; role?: string; contribution?: string }[];
  embeds: { platform: string; handle: string | null }[];
};
/** A text credit, in report version 1 (role) or 2 (contribution). */
const isText = (a: { role?: string; contribution?: string }) => (a.role ?? (a.contribution === 'photo' ? 'photo' : 'text')) === 'text';

describe('the summary', () => {
  it('has the numbers counted from the JSON Lines, per outlet and overall', () => {
    expect(reports).toHaveLength(IDS.length);
    const pages = reports as Json[];
    expect(summary.pages).toBe(pages.length);
    for (const s of STATUSES) expect(summary.statuses[s], s).toBe(pages.filter((p) => p.status === s).length);
    const articles = pages.filter((p) => p.status !== 'not-article');
    expect(summary.articles).toBe(articles.length);
    const outlets = new Set(pages.map((p) => outletOf(p.url as string | null, p.publisher as string | null)));
    expect(summary.outlets.map((o) => o.outlet).sort()).toEqual([...outlets].sort());
    for (const o of summary.outlets) {
      const mine = pages.filter((p) => outletOf(p.url as string | null, p.publisher as string | null) === o.outlet);
      const mineArticles = mine.filter((p) => p.status !== 'not-article');
      expect(o.pages).toBe(mine.length);
      expect(o.articles).toBe(mineArticles.length);
      for (const s of STATUSES) expect(o.statuses[s]).toBe(mine.filter((p) => p.status === s).length);
      for (const a of o.agencies) expect(a.articles).toBe(mineArticles.filter((p) => p.agencies.some((x) => x.id === a.id && isText(x))).length);
    }
    for (const a of summary.agencies) expect(a.articles).toBe(articles.filter((p) => p.agencies.some((x) => x.id === a.id && isText(x))).length);
    const credited = new Set(articles.flatMap((p) => p.agencies.filter(isText).map((a) => a.id)));
    expect(summary.agencies.map((a) => a.id).sort()).toEqual([...credited].sort());
    const embedded = articles.filter((p) => p.embeds.length).length;
    expect(embedded).toBeGreaterThan(0);
    expect(summary.accounts.length).toBeGreaterThan(0);
    expect(summary.uneditedShare).toBeCloseTo(articles.filter((p) => p.status === 'wire-unedited').length / articles.length, 3);
  });

  it('is the same when made from the JSON Lines afterwards (--summarize)', async () => {
    const again = join(dir, 'again.json');
    const run = await cli(['--summarize', join(dir, 'out.jsonl'), '--summary-json', again]);
    expect(run.code).toBe(0);
    const made = JSON.parse(readFileSync(again, 'utf8')) as Summary;
    // Dates are read from the page itself, which the JSON line does not carry.
    expect({ ...made, timeline: null }).toEqual({ ...summary, timeline: null });
  });

  it('shows the numbers in one self-contained page', () => {
    const html = readFileSync(join(dir, 'summary.html'), 'utf8');
    expect(html).not.toMatch(/<script|<link|src=|href=|url\(/i);
    for (const o of summary.outlets) expect(html).toContain(o.outlet);
    expect(html).toContain(`<strong>${summary.pages}</strong> pages analysed`);
  });

  it('escapes page strings', () => {
    const b = new SummaryBuilder();
    const row = rowFromJson({
      input: 'x',
      url: null,
      publisher: '<img src=x onerror=alert(1)>',
      status: 'staff',
      agencies: [{ id: 'ap', name: '"><svg onload=alert(1)>', role: 'text' }],
      embeds: [{ platform: 'x', handle: '@</td><script>' }],
    })!;
    b.add(row);
    b.add(errorRow('y', 'bad'));
    const html = renderSummaryHtml(b.build());
    expect(html).not.toMatch(/<img|<svg onload|<script/i);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
});

describe('the summary timeline', () => {
  const dated = (date: string | null, status = 'staff') => ({ ...rowFromJson({ input: date ?? 'none', url: 'https://a.example/x', status })!, date });

  it('has every day from the first to the last, empty days too', () => {
    const b = new SummaryBuilder();
    for (const d of ['2026-01-30', '2026-02-02', '2026-02-02', null]) b.add(dated(d));
    const { unit, points, undated } = b.build().timeline;
    expect(unit).toBe('day');
    expect(points.map((p) => [p.date, p.pages])).toEqual([
      ['2026-01-30', 1],
      ['2026-01-31', 0],
      ['2026-02-01', 0],
      ['2026-02-02', 2],
    ]);
    expect(undated).toBe(1);
  });

  it('goes by month over a longer span, across the year', () => {
    const b = new SummaryBuilder();
    b.add(dated('2025-10-20', 'wire'));
    b.add(dated('2026-02-03'));
    const { unit, points } = b.build().timeline;
    expect(unit).toBe('month');
    expect(points.map((p) => p.date)).toEqual(['2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    expect(points[0]!.statuses.wire).toBe(1);
  });
});

describe('--csv', () => {
  it('has a header and one row per page that agrees with the JSON report', async () => {
    const run = await cli(['--csv', manifest]);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines).toHaveLength(IDS.length + 1);
    lines.slice(1).forEach((line, i) => {
      const row = rowFromCsv(line)!;
      const json = rowFromJson(reports[i])!;
      expect(row.input).toBe(json.input);
      expect(row.status).toBe(json.status);
      expect(row.outlet).toBe(json.outlet);
      expect(row.agencies.filter((a) => a.role === 'text').map((a) => a.id)).toEqual(json.agencies.filter((a) => a.role === 'text').map((a) => a.id));
      expect(row.embeds.map((e) => e.platform)).toEqual(json.embeds.map((e) => e.platform));
    });
  });
});

describe('--output resumes', () => {
  it('skips the inputs already written, drops a line cut short, and appends the rest', async () => {
    const out = join(dir, 'resume.jsonl');
    const firstThree = join(dir, 'three.jsonl');
    writeFileSync(firstThree, readFileSync(manifest, 'utf8').split('\n').slice(0, 3).join('\n') + '\n');
    expect((await cli(['--json', '-o', out, firstThree])).code).toBe(0);
    appendFileSync(out, '{"input":"half a li');
    const run = await cli(['--json', '-o', out, '--summary-json', join(dir, 'resumed.json'), manifest]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/3 already in the output file/);
    const lines = jsonLines(readFileSync(out, 'utf8'));
    expect(lines.map((l) => l.input)).toEqual(reports.map((r) => r.input));
    const resumed = JSON.parse(readFileSync(join(dir, 'resumed.json'), 'utf8')) as Summary;
    expect({ ...resumed, timeline: null }).toEqual({ ...summary, timeline: null });
  });
});
