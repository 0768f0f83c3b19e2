// The command line over batches of real corpus pages: a WARC.gz written with warcio (the pages with
// their URLs as target URIs, a non-HTML record, a 404, a request record and a last record cut short),
// a damaged WARC, a folder with gzip pages, stdin and a manifest. Each gives the same reports, in the
// same order, as the pages analysed one by one with their URLs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseItem } from './analyze-input';
import { cli, comparable, jsonLines } from './cli-run';
import { DEFAULT_CORPUS, readLabels } from './corpus';
import { warcInfo, warcRecord } from './inputs/warc-write';

const IDS = [
  'xinhua-english-wire',
  'sz-dpa-newskanal',
  'telegram-linkedin-embeds',
  'theprint-unedited-pti',
  'p001-reuters-com',
  'p110-theatlantic-com',
  'p036-100noticias-com-ni',
  'cision-pr-feed',
];
const labels = readLabels(DEFAULT_CORPUS);
const PAGES = IDS.map((id) => {
  const label = labels.find((l) => l.id === id)!;
  return { id, file: join(DEFAULT_CORPUS, label.file), url: label.url! };
});

let dir: string;
let warc: string;
/** The report of each page analysed on its own, with its URL. */
let alone: Record<string, unknown>[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'creditline-batch-'));
  const parts: Uint8Array[] = [await warcInfo(true)];
  for (const [i, p] of PAGES.entries()) {
    parts.push(await warcRecord({ url: p.url, body: readFileSync(p.file), contentType: 'text/html' }, true));
    if (i === 1) parts.push(await warcRecord({ url: 'https://example.com/logo.png', body: new Uint8Array(300).fill(7), contentType: 'image/png' }, true));
    if (i === 3)
      parts.push(
        await warcRecord({ url: 'https://example.com/gone', body: '<html><body>Not found</body></html>', statusline: 'HTTP/1.1 404 Not Found' }, true),
      );
    if (i === 5) parts.push(await warcRecord({ url: p.url, body: '', type: 'request' }, true));
  }
  const last = await warcRecord({ url: 'https://example.com/cut', body: readFileSync(PAGES[0]!.file) }, true);
  parts.push(last.subarray(0, Math.floor(last.length / 2)));
  warc = join(dir, 'crawl.warc.gz');
  writeFileSync(warc, Buffer.concat(parts));
  alone = [];
  for (const p of PAGES) {
    const r = await analyseItem({ kind: 'load', input: p.file, url: p.url }, { format: 'json', url: null, timeoutMs: 5000 });
    alone.push(comparable(JSON.parse(r.text) as Record<string, unknown>));
  }
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a WARC.gz of corpus pages', () => {
  it('gives the reports of the pages analysed one by one, in order, and counts what it skipped or could not read', async () => {
    const run = await cli(['--json', '--jobs', '2', warc]);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(PAGES.length + 1);
    expect(lines.slice(0, -1).map(comparable)).toEqual(alone);
    expect(lines.slice(0, -1).map((l) => l.url)).toEqual(PAGES.map((p) => new URL(p.url).href));
    for (const l of lines.slice(0, -1)) expect(l.input).toMatch(/crawl\.warc\.gz@\d+$/);
    expect(lines.at(-1)!.error).toMatch(/crawl\.warc\.gz: the (last record|archive) is (cut short|damaged or cut short).*at byte \d+/);
    expect(run.stderr).toMatch(/1 not HTML/);
    expect(run.stderr).toMatch(/1 status other than 200/);
    expect(run.stderr).toMatch(/1 archives damaged or cut short/);
    expect(run.code).toBe(1);
  });

  it('an uncompressed WARC reads the same, and revisit records are skipped and counted', async () => {
    const parts: Uint8Array[] = [await warcInfo(false)];
    for (const p of PAGES.slice(0, 3)) {
      parts.push(await warcRecord({ url: p.url, body: readFileSync(p.file), contentType: 'text/html' }, false));
      parts.push(await warcRecord({ url: p.url, body: '', type: 'revisit' }, false));
    }
    const path = join(dir, 'plain.warc');
    writeFileSync(path, Buffer.concat(parts));
    const run = await cli(['--json', path]);
    expect(jsonLines(run.stdout).map(comparable)).toEqual(alone.slice(0, 3));
    expect(run.stderr).toMatch(/3 revisit records/);
    expect(run.code).toBe(0);
  });

  it('a damaged archive: one clear error, and the records before the damage still count', async () => {
    const bytes = readFileSync(warc);
    const firstTwo = jsonLines((await cli(['--json', warc])).stdout)
      .slice(0, 3)
      .map((l) => Number(String(l.input).split('@')[1]));
    // Overwrite the middle of the third page's gzip member.
    const damaged = Buffer.from(bytes);
    damaged.fill(0x41, firstTwo[2]! + 40, firstTwo[2]! + 400);
    const path = join(dir, 'damaged.warc.gz');
    writeFileSync(path, damaged);
    const run = await cli(['--json', path]);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(3);
    expect(lines.slice(0, 2).map(comparable)).toEqual(alone.slice(0, 2));
    expect(lines[2]!.error).toMatch(/damaged\.warc\.gz: the archive is damaged or cut short after this point.*at byte \d+/);
    expect(run.code).toBe(1);
  });
});

describe('folders, gzip pages, stdin and manifests', () => {
  it('a folder is read recursively, sorted, with the glob; .html.gz pages are read as pages', async () => {
    const folder = join(dir, 'saved');
    mkdirSync(join(folder, 'b'), { recursive: true });
    writeFileSync(join(folder, 'a.html'), readFileSync(PAGES[0]!.file));
    writeFileSync(join(folder, 'b', 'c.html.gz'), gzipSync(readFileSync(PAGES[1]!.file)));
    writeFileSync(join(folder, 'b', 'notes.txt'), 'not a page');
    const run = await cli(['--json', '--url', PAGES[0]!.url, folder]);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => l.input)).toEqual([join(folder, 'a.html'), join(folder, 'b', 'c.html.gz')]);
    expect(comparable(lines[0]!)).toEqual(alone[0]);
    expect(lines[1]!.status).toBe(alone[1]!.status);
    const only = jsonLines((await cli(['--json', '--glob', '**/*.gz', folder])).stdout);
    expect(only.map((l) => l.input)).toEqual([join(folder, 'b', 'c.html.gz')]);
  });

  it('stdin (-) is one page, with --url', async () => {
    const run = await cli(['--json', '--url', PAGES[2]!.url, '-'], { stdin: readFileSync(PAGES[2]!.file) });
    const [line] = jsonLines(run.stdout);
    expect(line!.input).toBe('-');
    expect(comparable(line!)).toEqual(alone[2]);
    expect(run.code).toBe(0);
  });

  it('a manifest gives each saved page its own URL, takes archive records by offset, and a bad line costs only itself', async () => {
    const offsets = jsonLines((await cli(['--json', warc])).stdout).map((l) => Number(String(l.input).split('@')[1]));
    const manifest = join(dir, 'pages.jsonl');
    writeFileSync(
      manifest,
      [
        JSON.stringify({ file: PAGES[3]!.file, url: PAGES[3]!.url }),
        '{ not json',
        JSON.stringify({ warc: 'crawl.warc.gz', offset: offsets[4] }),
        JSON.stringify({ file: PAGES[5]!.file, url: 42 }),
        JSON.stringify({ file: PAGES[6]!.file, url: PAGES[6]!.url }),
        JSON.stringify({ file: PAGES[7]!.file, url: 'javascript:alert(1)' }),
      ].join('\n') + '\n',
    );
    const run = await cli(['--json', manifest]);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(6);
    expect(comparable(lines[0]!)).toEqual(alone[3]);
    expect(lines[1]!.error).toMatch(/pages\.jsonl:2: not a JSON object/);
    expect(comparable(lines[2]!)).toEqual(alone[4]);
    expect(lines[2]!.input).toBe(`${join(dir, 'crawl.warc.gz')}@${offsets[4]}`);
    expect(lines[3]!.error).toMatch(/pages\.jsonl:4: "url" must be a string or null/);
    expect(comparable(lines[4]!)).toEqual(alone[6]);
    // Not an http(s) URL: the page is analysed without one.
    expect(lines[5]).toMatchObject({ input: PAGES[7]!.file, url: null, status: expect.any(String) });
    expect(run.code).toBe(1);
  });

  it("the corpus's own labels.jsonl is a manifest", async () => {
    const subset = join(dir, 'labels.jsonl');
    const chosen = labels.filter((l) => IDS.slice(0, 3).includes(l.id));
    writeFileSync(subset, chosen.map((l) => JSON.stringify({ ...l, file: join(DEFAULT_CORPUS, l.file) })).join('\n'));
    const lines = jsonLines((await cli(['--json', '--manifest', subset])).stdout);
    expect(lines.map(comparable)).toEqual(chosen.map((l) => alone[IDS.indexOf(l.id)]));
  });
});
