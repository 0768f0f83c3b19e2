// Cost of the story memory in Node: fingerprinting the corpus articles, a lookup among 20,000 stored
// stories, finding the story links of a page with 2,000 links, and the bytes kept per story.
// Figures are CPU time of this process (process.cpuUsage), so they hold on a busy machine where wall
// time does not; the first call of each step is given apart, as a content script always runs cold.
// In Chromium (main-thread CPU time, CDP ThreadTime; --no-chromium skips it) the two steps a reader's
// tab pays are measured too: fingerprinting the median article (fingerprintOf bundled with esbuild
// and its patterns rewritten as the extension's build rewrites them, on the engine's text blocks of
// that article) and marking the known links of a 2,000-link page with
// the content script's own code (storyLinks, then the links near the viewport get real
// <creditline-mark> shadow-root elements once the IntersectionObserver reports; the others as the
// page is scrolled down, measured apart). Beside the first slice, the same slice with no known link
// (nothing put in), and with a plain text node put in where each mark would go: the browser's own
// restyle, relayout and repaint of the page for any change there, which no way of making marks avoids.
// First runs are taken on --fresh pages (5) and given as median (least–most).
// Run: npx tsx scripts/bench-story-memory.ts [--stories 20000] [--fresh 5] [--no-chromium] [--json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_CHROMIUM_FLAGS } from './chromium';
import { rewriteRegexLiterals } from './regex-literals-plugin';
import { DEFAULT_CORPUS } from '../cli/corpus';
import { parseDocument } from '../cli/dom';
import { fmt, median, quantile, table } from '../cli/bench-stats';
import { decodeFingerprint, fingerprintOf, sketchOf, type Sketch } from '../lib/fingerprint/fingerprint';
import { storyLinks } from '../lib/fingerprint/link-index';
import { BANDS, SketchIndex } from '../lib/fingerprint/sketch-index';
import { LINKS_PER_SLICE } from '../entrypoints/content/link-marks';
import { isStoryParagraph, random, readCorpusTexts } from '../lib/fingerprint/test-corpus';
import { parseRecord, recordBytes, recordFromReport, type StoryRecord } from '../utils/story-memory/record';

const args = process.argv.slice(2);
const STORIES = Number(args[args.indexOf('--stories') + 1]) || 20_000;
const LINKS = 2_000;
const FRESH_PAGES = Number(args[args.indexOf('--fresh') + 1]) || 5;

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

/** "median (min–max) ms" of first runs on fresh pages. */
const range = (r: { median: number; min: number; max: number }) => `${fmt(r.median, 2)} ms (${fmt(r.min, 1)}–${fmt(r.max, 1)})`;

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
  const js = `import { storyLinks, storyLinksIn } from './lib/fingerprint/link-index';
    import { fingerprintOf } from './lib/fingerprint/fingerprint';
    import { LINKS_PER_SLICE, markLinks, NearViewportMarks, queueMarks, removeMarks } from './entrypoints/content/link-marks';
    globalThis.__fingerprint = (input) => fingerprintOf(input)?.shingles ?? 0;
    globalThis.__find = () => storyLinks(document, location.href).size;
    const mark = { status: 'wire', label: 'Read before: Agency story (A Publisher, 1 Dec 2026)' };
    const answer = (known) => {
      const set = new Set(known);
      return async (keys) => ({ stories: known.length, marks: Object.fromEntries(keys.filter((k) => set.has(k)).map((k) => [k, mark])) });
    };
    const ctx = { requestIdleCallback: (cb, o) => requestIdleCallback(cb, o), setTimeout: (cb, ms) => setTimeout(cb, ms) };
    // The content script's first slice once the background has answered: the page's first
    // LINKS_PER_SLICE links read, the known ones queued, and those near the viewport marked (with
    // the waiting links after them) when the observer first reports, a frame later.
    globalThis.__first = async (known) => {
      const near = new NearViewportMarks(() => true);
      const marks = {};
      for (const k of known) marks[k] = mark;
      const links = storyLinksIn(document.querySelectorAll('a[href]'), document.baseURI, 0, LINKS_PER_SLICE);
      queueMarks(links, marks, near, []);
      await near.settled();
      return near.marked;
    };
    // The same first slice with a plain text node put at the end of each of those links instead of
    // a mark: what the browser's restyle, relayout and repaint of the page cost for any change
    // there, the floor under the marks' own cost.
    globalThis.__firstText = async (known) => {
      const set = new Set(known);
      const links = storyLinksIn(document.querySelectorAll('a[href]'), document.baseURI, 0, LINKS_PER_SLICE);
      let n = 0;
      await new Promise((resolve) => {
        const io = new IntersectionObserver((entries) => {
          for (const e of entries) if (e.isIntersecting) (e.target.append(document.createTextNode(' \u2022')), n++);
          io.disconnect();
          resolve();
        }, { rootMargin: '100% 0px 100% 0px' });
        for (const [k, els] of links) if (set.has(k)) for (const a of els) io.observe(a);
      });
      return n;
    };
    // The content script's whole pass (markLinks, the background's answers given at once): every
    // slice of links read in idle moments, and the marks near the viewport put in.
    globalThis.__mark = async (known) => {
      const near = new NearViewportMarks(() => true);
      globalThis.__queued = await markLinks(ctx, document, answer(known), () => true, near);
      await near.settled();
      return near.marked;
    };
    globalThis.__unmark = () => removeMarks(document);
    globalThis.__layout = () => document.body.getBoundingClientRect().height;
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // The reader scrolls to the end a screen at a time; the marks near each screen go in as it comes.
    globalThis.__scrollDown = async () => {
      let screens = 0;
      while (scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
        scrollBy(0, innerHeight);
        await frame();
        screens++;
      }
      globalThis.__down = { screens, marked: document.querySelectorAll('creditline-mark').length };
    };`;
  // The patterns as the extension ships them (scripts/regex-literals-plugin.ts).
  const bundle = rewriteRegexLiterals(
    (await build({ stdin: { contents: js, resolveDir: join(import.meta.dirname, '..') }, bundle: true, format: 'iife', target: 'es2022', write: false }))
      .outputFiles[0]!.text,
  ).code;
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
  /** One first run on each of FRESH_PAGES fresh pages (a single one varies by a few milliseconds on a busy machine). */
  const firsts = async <T extends Record<string, number>>(run: (p: Awaited<ReturnType<typeof freshPage>>) => Promise<T>) => {
    const runs: T[] = [];
    for (let i = 0; i < FRESH_PAGES; i++) {
      const p = await freshPage();
      runs.push(await run(p));
      await p.page.close();
    }
    const out = {} as Record<keyof T, { median: number; min: number; max: number }>;
    for (const key of Object.keys(runs[0]!) as (keyof T)[]) {
      const v = runs.map((r) => r[key] as number);
      out[key] = { median: median(v), min: Math.min(...v), max: Math.max(...v) };
    }
    return out;
  };
  try {
    const k = JSON.stringify(knownKeys);
    // First calls: a content script always runs cold.
    const first = await firsts(async ({ cpu, empty }) => ({
      fingerprintMs: (await cpu('__fingerprint(__input)')) - empty,
      findMs: (await cpu('__find()')) - empty,
    }));
    // The content script's first slice on a fresh page, then the layout it causes (forced, so that
    // it is counted once and here, not in a frame between evaluations).
    const firstSlice = await firsts(async ({ page, cpu, thread, empty }) => {
      const t0 = await thread();
      const marksMs = (await cpu(`__first(${k})`)) - empty;
      await cpu('__layout()');
      return {
        marksMs,
        withLayoutMs: (await thread()) - t0 - 2 * empty,
        marked: (await page.evaluate(`document.querySelectorAll('creditline-mark').length`)) as number,
      };
    });
    // The same slice on a fresh page with no known link: reading the links, waiting for idle and a
    // frame, and that frame's own work, with nothing put in.
    const emptySlice = await firsts(async ({ cpu, thread, empty }) => {
      const t0 = await thread();
      await cpu('__first([])');
      await cpu('__layout()');
      return { withLayoutMs: (await thread()) - t0 - 2 * empty };
    });
    const textSlice = await firsts(async ({ cpu, thread, empty }) => {
      const t0 = await thread();
      await cpu(`__firstText(${k})`);
      await cpu('__layout()');
      return { withLayoutMs: (await thread()) - t0 - 2 * empty };
    });
    // The whole pass on a fresh page (every slice), its layout, and the rest of the marks as the
    // page is scrolled to the end, less the same scrolling without marks (the browser's own cost).
    const whole = await firsts(async ({ page, cpu, thread, empty }) => {
      const t0 = await thread();
      await cpu(`__mark(${k})`);
      await cpu('__layout()');
      const withLayoutMs = (await thread()) - t0 - 2 * empty;
      const marked = (await page.evaluate(`document.querySelectorAll('creditline-mark').length`)) as number;
      const queued = (await page.evaluate('__queued')) as number;
      const scrollMs = (await cpu('__scrollDown()')) - empty;
      const down = (await page.evaluate('__down')) as { screens: number; marked: number };
      return { withLayoutMs, marked, queued, scrollMs, screens: down.screens, scrollMarked: down.marked };
    });
    const plain = await firsts(async ({ cpu, empty }) => {
      await cpu('__mark([])');
      return { scrollMs: (await cpu('__scrollDown()')) - empty };
    });
    // Warm runs on one page: each waits for idle moments and a frame for the observer, whose style,
    // layout and paint are counted, so the run with no known link is taken off the run with them.
    const { cpu } = await freshPage();
    const nothing = (await cpu(`for (let i = 0; i < 20; i++) void 0`)) / 20;
    const fingerprintMs = (await cpu(`for (let i = 0; i < 100; i++) __fingerprint(__input)`)) / 100 - nothing;
    const findMs = (await cpu(`for (let i = 0; i < 20; i++) __find()`)) / 20 - nothing;
    const emptyPassMs = (await cpu(`(async () => { for (let i = 0; i < 10; i++) { await __first([]); __unmark(); __layout(); } })()`)) / 10 - nothing;
    const firstSliceMs =
      (await cpu(`(async () => { for (let i = 0; i < 10; i++) { await __first(${k}); __layout(); __unmark(); __layout(); } })()`)) / 10 - nothing;
    return {
      firstFingerprintMs: first.fingerprintMs,
      firstFindMs: first.findMs,
      firstSlice,
      textSlice,
      emptySlice,
      whole,
      plainScrollMs: plain.scrollMs,
      fingerprintMs,
      findMs,
      warmFirstSliceMs: firstSliceMs,
      warmEmptySliceMs: emptyPassMs,
      freshPages: FRESH_PAGES,
    };
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
                `${fmt(inChromium.fingerprintMs, 3)} ms, first call ${range(inChromium.firstFingerprintMs)} (an empty evaluation taken off first calls)`,
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
                `Chromium, fresh page: first slice (${LINKS_PER_SLICE} of ${result.links.links} links read, ${fmt(inChromium.firstSlice.marked.median, 0)} marks near the viewport)`,
                `${range(inChromium.firstSlice.withLayoutMs)} with the layout after (${range(inChromium.firstSlice.marksMs)} without); warm ${fmt(inChromium.warmFirstSliceMs, 2)} ms, ${fmt(inChromium.warmEmptySliceMs, 2)} ms with no known link`,
                '≤ 10 ms',
              ],
              [
                `Chromium, fresh page: the same slice with no known link`,
                `${range(inChromium.emptySlice.withLayoutMs)} with the layout after: the links read, idle and a frame waited for, nothing put in`,
                '',
              ],
              [
                `Chromium, fresh page: the same slice with plain text nodes for marks`,
                `${range(inChromium.textSlice.withLayoutMs)} with the layout after: the page's own restyle, relayout and repaint for a change there`,
                '',
              ],
              [
                `Chromium, fresh page: every slice (${fmt(inChromium.whole.queued.median, 0)} known links queued, ${fmt(inChromium.whole.marked.median, 0)} marked)`,
                `${range(inChromium.whole.withLayoutMs)} in all, over ${Math.ceil(result.links.links / LINKS_PER_SLICE)} idle slices, with the layout after; links read alone: first ${range(inChromium.firstFindMs)}, warm ${fmt(inChromium.findMs, 2)} ms`,
                '',
              ],
              [
                `Chromium: the rest of the marks, scrolling to the end`,
                `${fmt(inChromium.whole.scrollMs.median - inChromium.plainScrollMs.median, 1)} ms over ${fmt(inChromium.whole.screens.median, 0)} screens (${fmt(inChromium.whole.scrollMarked.median, 0)} marks in all), beyond the ${fmt(inChromium.plainScrollMs.median, 0)} ms the scrolling itself costs`,
                '',
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
