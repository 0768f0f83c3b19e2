// Cost of the story memory in Node: fingerprinting the corpus articles, a lookup among 20,000 stored
// stories, finding the story links of a page with 2,000 links, and the bytes kept per story.
// Figures are CPU time of this process (process.cpuUsage), so they hold on a busy machine where wall
// time does not; the first call of each step is given apart, as a content script always runs cold.
// In Chromium (main-thread CPU time, CDP ThreadTime; --no-chromium skips it) the two steps a reader's
// tab pays are measured too: fingerprinting the median article (fingerprintOf bundled with esbuild,
// on the engine's text blocks of that article) and marking the known links of a 2,000-link page with
// the content script's own code (storyLinks, then real <creditline-mark> shadow-root elements).
// Run: npx tsx scripts/bench-story-memory.ts [--stories 20000] [--no-chromium] [--json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_CHROMIUM_FLAGS } from './chromium';
import { DEFAULT_CORPUS } from '../cli/corpus';
import { parseDocument } from '../cli/dom';
import { fmt, median, quantile, table } from '../cli/bench-stats';
import { decodeFingerprint, fingerprintOf, sketchOf, type Sketch } from '../lib/fingerprint/fingerprint';
import { storyLinks } from '../lib/fingerprint/link-index';
import { BANDS, SketchIndex } from '../lib/fingerprint/sketch-index';
import { isStoryParagraph, random, readCorpusTexts } from '../lib/fingerprint/test-corpus';
import { parseRecord, recordBytes, recordFromReport, type StoryRecord } from '../utils/story-memory/record';

const args = process.argv.slice(2);
const STORIES = Number(args[args.indexOf('--stories') + 1]) || 20_000;
const LINKS = 2_000;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU milliseconds per call of `fn`, repeated until `minMs` have been spent (at least `min` calls). */
function time(fn: () => void, minMs = 20, min = 3): number {
  let n = 0;
  const t0 = cpuMs();
  let t = t0;
  while (n < min || t - t0 < minMs) {
    fn();
    n++;
    t = cpuMs();
  }
  return (t - t0) / n;
}

/** CPU milliseconds of one call. */
function once(fn: () => void): number {
  const t0 = cpuMs();
  fn();
  return cpuMs() - t0;
}

const texts = readCorpusTexts();
const articles = texts.filter((t) => t.isArticle && fingerprintOf({ blocks: t.blocks, lang: t.lang }));

// 1. Fingerprinting, per corpus article: the first call of the process (cold), then warm.
const coldArticle = articles[Math.floor(articles.length / 2)]!;
const coldMs = once(() => fingerprintOf({ blocks: coldArticle.blocks, lang: coldArticle.lang }));
const perArticle = articles.map((t) => ({
  chars: t.blocks.reduce((n, b) => n + b.text.length, 0),
  ms: time(() => fingerprintOf({ blocks: t.blocks, lang: t.lang })),
}));
const byChars = [...perArticle].sort((a, b) => a.chars - b.chars);
const medianArticle = byChars[byChars.length >> 1]!;

// 2. Lookup among STORIES stored stories: the corpus articles plus articles of 6 to 18 corpus
// paragraphs, either as they are (each paragraph then stands in about 60 stored stories: many
// candidates, a worst case) or with each paragraph's words shuffled (text of the same make-up that no
// other story shares, as most stored stories are).
const pool = texts.flatMap((t) => t.blocks.filter(isStoryParagraph).map((b) => b.text));
const real: Sketch[] = articles.map((t) => decodeFingerprint(fingerprintOf({ blocks: t.blocks, lang: t.lang }))!);
function lookupFigures(shuffle: boolean) {
  const rnd = random(7);
  const index = new SketchIndex();
  real.forEach((s, i) => index.set(`corpus-${i}`, s));
  const shuffled = (p: string) => {
    const w = p.split(' ');
    for (let i = w.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [w[i], w[j]] = [w[j]!, w[i]!];
    }
    return w.join(' ');
  };
  const b0 = cpuMs();
  for (let i = index.size; i < STORIES; i++) {
    const paras = Array.from({ length: 6 + Math.floor(rnd() * 12) }, () => pool[Math.floor(rnd() * pool.length)]!);
    const s = sketchOf(shuffle ? paras.map(shuffled) : paras);
    if (s) index.set(`mixed-${i}`, s);
  }
  const fillMs = cpuMs() - b0;
  const sortMs = once(() => index.compact());
  const coldMs = once(() => index.matches(real[0]!, { exclude: 'corpus-0' }));
  const each = real.map((s, i) => time(() => index.matches(s, { exclude: `corpus-${i}` }), 5, 3));
  let found = 0;
  for (const [i, s] of real.entries()) found += index.matches(s, { exclude: `corpus-${i}` }).length;
  return { stories: index.size, medianMs: median(each), p95Ms: quantile(each, 0.95), maxMs: Math.max(...each), matchesFound: found, fillMs, sortMs, coldMs };
}
const distinct = lookupFigures(true);
const shared = lookupFigures(false);

// 3. Story links of a page with LINKS links: a real home page's links, repeated with other paths.
const home = readFileSync(join(DEFAULT_CORPUS, 'pages', 'cnn-homepage.html'), 'utf8');
const homeDoc = parseDocument(home);
const hrefs = [...homeDoc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
const anchors = Array.from({ length: LINKS }, (_, i) => {
  const h = hrefs[i % hrefs.length]!;
  return `<li><a href="${h.replace(/"/g, '&quot;').replace(/index\.html/, `story-${i}/index.html`)}">Story ${i}</a></li>`;
});
const listing = parseDocument(`<!doctype html><html><body><ul>${anchors.join('')}</ul></body></html>`);
const base = 'http://edition.cnn.com/';
const coldFindMs = once(() => storyLinks(listing, base));
const keys = [...storyLinks(listing, base).keys()];
// A tenth of them already read: the page asks the background for its keys and marks the answers.
const known = new Map(keys.filter((_, i) => i % 10 === 0).map((k) => [k, { status: 'wire' }]));
const findMs = time(() => storyLinks(listing, base), 50);
const markMs = time(() => {
  const links = storyLinks(listing, base);
  for (const [key, els] of links) {
    if (!known.has(key)) continue;
    for (const a of els) a.after(listing.createElement('creditline-mark'));
  }
  for (const m of [...listing.querySelectorAll('creditline-mark')]) m.remove();
}, 50);

/** Main-thread CPU in Chromium: the median article's fingerprint, and link marking on the 2,000-link page. */
async function inChromiumBench(html: string, knownKeys: string[], blocks: unknown, lang: string | null) {
  const js = `import { storyLinks } from './lib/fingerprint/link-index';
    import { fingerprintOf } from './lib/fingerprint/fingerprint';
    import { placeMark, MARK_TAG } from './entrypoints/content/link-marks';
    globalThis.__fingerprint = (input) => fingerprintOf(input)?.shingles ?? 0;
    globalThis.__find = () => storyLinks(document, location.href).size;
    const mark = { status: 'wire', label: 'Read before: Agency story (A Publisher, 1 Dec 2026)' };
    // The content script's work once the background has answered: read the links, mark the known ones.
    globalThis.__mark = (known) => {
      const set = new Set(known);
      let n = 0;
      for (const [key, els] of storyLinks(document, location.href)) {
        if (!set.has(key)) continue;
        for (const a of els) if (placeMark(a, mark)) n++;
      }
      return n;
    };
    globalThis.__unmark = () => { for (const m of document.querySelectorAll(MARK_TAG)) m.remove(); };
    globalThis.__layout = () => document.body.getBoundingClientRect().height;`;
  const bundle = (
    await build({ stdin: { contents: js, resolveDir: join(import.meta.dirname, '..') }, bundle: true, format: 'iife', target: 'es2022', write: false })
  ).outputFiles[0]!.text;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_CHROMIUM_FLAGS });
  /** A fresh page with the bundle in it, and main-thread CPU milliseconds of one evaluation there. */
  const freshPage = async () => {
    const page = await browser.newPage();
    await page.route('http://edition.cnn.com/**', (r) => r.fulfill({ body: html, contentType: 'text/html' }));
    await page.goto('http://edition.cnn.com/');
    await page.addScriptTag({ content: bundle });
    await page.evaluate((input) => ((globalThis as Record<string, unknown>).__input = input), { blocks, lang });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const thread = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
    const cpu = async (expr: string) => {
      const t0 = await thread();
      await page.evaluate(expr);
      return (await thread()) - t0;
    };
    // What an evaluation costs by itself (the protocol's round trip), taken off the first calls below.
    await cpu('void 0');
    const empty = await cpu('void 0');
    return { page, thread, cpu, empty };
  };
  try {
    const { page, cpu, empty } = await freshPage();
    const k = JSON.stringify(knownKeys);
    // First calls: a content script always runs cold.
    const firstFingerprintMs = (await cpu('__fingerprint(__input)')) - empty;
    const firstFindMs = (await cpu('__find()')) - empty;
    const nothing = (await cpu(`for (let i = 0; i < 20; i++) void 0`)) / 20;
    const fingerprintMs = (await cpu(`for (let i = 0; i < 100; i++) __fingerprint(__input)`)) / 100 - nothing;
    const findMs = (await cpu(`for (let i = 0; i < 20; i++) __find()`)) / 20 - nothing;
    const unmarkMs = (await cpu(`for (let i = 0; i < 20; i++) { __mark([]); __unmark(); }`)) / 20 - nothing;
    const markMs = (await cpu(`for (let i = 0; i < 20; i++) { __mark(${k}); __unmark(); }`)) / 20 - nothing - Math.max(0, unmarkMs - findMs);
    // The browser's style and layout once the marks are in, and again once they are gone, forced
    // inside the loop (between evaluations a frame would do it at a time of its own).
    const withLayoutMs = (await cpu(`for (let i = 0; i < 10; i++) { __mark(${k}); __layout(); __unmark(); __layout(); }`)) / 10 - nothing;
    const layoutMs = (withLayoutMs - markMs - Math.max(0, unmarkMs - findMs)) / 2;
    const marked = await page.evaluate(`__mark(${k})`);
    // The content script's first run on a fresh page: links read and marks put in, then the layout
    // they cause (forced, so that it is counted once and here, not in a frame between evaluations).
    const fresh = await freshPage();
    const t0 = await fresh.thread();
    const firstMarkMs = (await fresh.cpu(`__mark(${k})`)) - fresh.empty;
    await fresh.cpu('__layout()');
    const firstMarkAndLayoutMs = (await fresh.thread()) - t0 - 2 * fresh.empty;
    return { firstFingerprintMs, fingerprintMs, firstFindMs, firstMarkMs, firstMarkAndLayoutMs, findMs, markMs, marked, layoutMs, emptyEvaluationMs: empty };
  } finally {
    await browser.close();
  }
}
const medianText = articles.find((t) => t.blocks.reduce((n, b) => n + b.text.length, 0) === medianArticle.chars)!;
const inChromium = args.includes('--no-chromium')
  ? null
  : await inChromiumBench(`<!doctype html><html><body><ul>${anchors.join('')}</ul></body></html>`, [...known.keys()], medianText.blocks, medianText.lang);

// 4. Bytes per story: the record as stored and exported.
const bytes = articles.map((t) => {
  const fp = fingerprintOf({ blocks: t.blocks, lang: t.lang })!;
  const url = t.url?.startsWith('//') ? `https:${t.url}` : (t.url ?? `https://example.org/${t.id}`);
  const r = recordFromReport({ url, publisher: 'A Publisher Name', headline: t.title, status: 'wire', agencies: [], lang: t.lang }, fp, Date.now());
  return r ? recordBytes(r) : NaN;
});
const sketchBytes = real.map((s) => s.mins.byteLength + s.paras.byteLength + BANDS * 8);

// 5. What a background start costs once the records are read from the database: checking and
// decoding 20,000 records and indexing them (the database read itself is the browser's).
const sample = articles
  .slice(0, 50)
  .map((t, i) =>
    recordFromReport(
      { url: `https://example.org/story-${i}`, publisher: 'A Publisher', headline: t.title, status: 'wire', agencies: [], lang: t.lang },
      fingerprintOf({ blocks: t.blocks, lang: t.lang }),
      i,
    )!,
  );
const many: StoryRecord[] = Array.from({ length: 20_000 }, (_, i) => {
  const r = sample[i % sample.length]!;
  return { ...r, url: `${r.url}-${i}`, key: `${r.key}-${i}` };
});
const loadMs = once(() => {
  const index = new SketchIndex();
  for (const r of many) {
    const p = parseRecord(r);
    if ('record' in p && p.sketch) index.set(p.record.key, p.sketch);
  }
  index.compact();
});

const result = {
  fingerprint: {
    articles: articles.length,
    medianChars: medianArticle.chars,
    medianArticleMs: medianArticle.ms,
    medianMs: median(perArticle.map((p) => p.ms)),
    p95Ms: quantile(
      perArticle.map((p) => p.ms),
      0.95,
    ),
    maxMs: Math.max(...perArticle.map((p) => p.ms)),
    coldMs,
  },
  lookup: { distinct, sharedParagraphs: shared },
  links: {
    links: listing.querySelectorAll('a[href]').length,
    keys: keys.length,
    known: known.size,
    findMs,
    coldFindMs,
    findAndMarkMs: markMs,
    chromium: inChromium,
  },
  load: { records: many.length, ms: loadMs },
  storage: {
    medianRecordBytes: median(bytes),
    p95RecordBytes: quantile(bytes, 0.95),
    medianMemoryBytes: median(sketchBytes),
    at20000MB: (median(bytes) * 20_000) / 1e6,
  },
};

if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
else {
  console.log(
    table(
      ['step', 'figure', 'budget'],
      [
        ['fingerprint, median article (Node)', `${fmt(result.fingerprint.medianArticleMs, 3)} ms (${result.fingerprint.medianChars} chars)`, '≤ 2 ms'],
        ...(inChromium
          ? [
              [
                'Chromium: fingerprint, median article',
                `${fmt(inChromium.fingerprintMs, 3)} ms, first call ${fmt(inChromium.firstFingerprintMs, 2)} ms (an empty evaluation's ${fmt(inChromium.emptyEvaluationMs, 2)} ms taken off first calls)`,
                '≤ 2 ms',
              ],
            ]
          : []),
        [
          'fingerprint, all articles',
          `median ${fmt(result.fingerprint.medianMs, 3)} / p95 ${fmt(result.fingerprint.p95Ms, 3)} / max ${fmt(result.fingerprint.maxMs, 2)} ms, first call ${fmt(coldMs, 2)} ms`,
          '',
        ],
        ...[
          ['distinct texts', distinct],
          ['shared paragraphs', shared],
        ].map(([name, l]) => {
          const f = l as typeof distinct;
          return [
            `lookup among ${f.stories}, ${name as string}`,
            `median ${fmt(f.medianMs, 3)} / p95 ${fmt(f.p95Ms, 3)} / max ${fmt(f.maxMs, 3)} ms (${f.matchesFound} matches), first ${fmt(f.coldMs, 2)} ms, sort ${fmt(f.sortMs, 0)} ms`,
            '≤ 5 ms',
          ];
        }),
        [`story links of ${result.links.links} links`, `${fmt(findMs, 2)} ms (${keys.length} keys), first ${fmt(coldFindMs, 2)} ms`, ''],
        [`links + ${known.size} keys marked (linkedom)`, `${fmt(markMs, 2)} ms`, '≤ 10 ms'],
        ...(inChromium
          ? [
              [
                `Chromium: ${result.links.links} links read, ${inChromium.marked} <creditline-mark> put in`,
                `${fmt(inChromium.markMs, 2)} ms (links only ${fmt(inChromium.findMs, 2)} ms); first runs: links ${fmt(inChromium.firstFindMs, 2)} ms, links + marks ${fmt(inChromium.firstMarkMs, 2)} ms (${fmt(inChromium.firstMarkAndLayoutMs, 2)} ms with the layout after); the browser's style and layout after ${fmt(inChromium.layoutMs, 2)} ms`,
                '≤ 10 ms',
              ],
            ]
          : []),
        [
          'bytes per story (JSON, UTF-8)',
          `median ${fmt(result.storage.medianRecordBytes, 0)} / p95 ${fmt(result.storage.p95RecordBytes, 0)}; ${fmt(result.storage.at20000MB, 1)} MB at 20,000`,
          '',
        ],
        ['index memory per story', `${fmt(result.storage.medianMemoryBytes, 0)} bytes of minima and bands`, ''],
        [`mirror of ${many.length} records at start`, `${fmt(loadMs, 0)} ms to check, decode and index`, ''],
      ],
    ),
  );
}
