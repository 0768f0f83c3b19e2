// The engine, top to bottom: page signals from the original DOM, the article from Readability on a
// clone, the detectors, then the classifier. Pure: a Document (and URL) in, a Report out.
import { forgetLoweredTexts } from './prefilter';
import { classify } from './classify';
import { detectAgencies } from './detectors/agencies';
import { detectArticle } from './detectors/article-kind';
import { detectEmbeds } from './detectors/embeds';
import { STATUS_DETECTORS, type CustomPhrase } from './detectors/index';
import type { StatusSignal } from './detectors/types';
import { fingerprintOf, type StoryFingerprint } from './fingerprint/fingerprint';
import type { Page } from './page';
import type { AgencyCredit, EmbeddedPost, Report } from './report';
import { extractArticle, type ArticleText } from './signals/article';
import { blocksOf } from './signals/blocks';
import { readBylineSlots } from './signals/bylines';
import { readCaptions } from './signals/captions';
import { readJsonLd } from './signals/json-ld';
import { readLabels } from './signals/labels';
import { readLines } from './signals/lines';
import { readLogos } from './signals/logos';
import { readerHeadline, readerPublisher } from './signals/names';
import { readStoryLines } from './signals/story-lines';
import { findStory } from './signals/story';
import { scanDom, type DomScan } from './signals/scan';
import { readSourceLines } from './signals/source-lines';
import { metaValue, readMeta } from './signals/meta';
import { originalSources } from './sources';
import { hostOf, safeHttpUrl, squish } from './text';

export interface AnalyzeOptions {
  /** The page's URL; used for relative links and the publisher's domain. */
  url?: string | null;
  /** The user's own disclaimer phrases, matched as plain text. */
  customPhrases?: CustomPhrase[];
  /** Above this many elements the page is not analysed ("page too large"). */
  maxElements?: number;
  /** Clock, injectable for tests. */
  now?: () => number;
}

export const DEFAULT_MAX_ELEMENTS = 60_000;
/** Deeper pages are read without Readability (real articles stay under 60 levels). */
export const MAX_READABILITY_DEPTH = 200;

export class PageTooLargeError extends Error {
  constructor(elements: number) {
    super(`page too large to analyse (${elements} elements)`);
    this.name = 'PageTooLargeError';
  }
}

export function buildPage(doc: Document, url: string | null, warnings: string[], article: ArticleText | null, scan: DomScan = scanDom(doc)): Page {
  const meta = readMeta(doc, url);
  const jsonLd = readJsonLd(doc);
  warnings.push(...jsonLd.errors);
  const story = findStory(scan, article, [metaValue(meta, 'og:title', 'twitter:title'), jsonLd.headline, article?.title, meta.title]);
  const pageUrl = url ?? meta.canonical;
  const storyLines = story ? readStoryLines(scan, story, pageUrl) : [];
  const slots = readBylineSlots(scan, story, pageUrl);
  const bylines: string[] = [];
  const pushByline = (s: string | null | undefined) => {
    const t = s ? squish(s) : '';
    if (t && t.length <= 300 && !bylines.includes(t)) bylines.push(t);
  };
  pushByline(article?.byline);
  slots.forEach((s) => pushByline(s.text));
  (meta.tags.get('author') ?? []).forEach(pushByline);
  (meta.tags.get('article:author') ?? []).forEach(pushByline);
  jsonLd.authors.forEach((a) => pushByline(a.name));

  const body = doc.body ?? doc.documentElement;
  const blocks = article?.blocks.length ? article.blocks : body ? blocksOf(body) : [];
  const publisher =
    metaValue(meta, 'og:site_name', 'application-name', 'al:android:app_name') ?? jsonLd.publisher ?? article?.siteName ?? hostOf(url ?? meta.canonical);
  const headline = metaValue(meta, 'og:title', 'twitter:title') ?? jsonLd.headline ?? article?.title ?? meta.title;
  return {
    url,
    doc,
    scan,
    meta,
    jsonLd,
    story,
    storyLines,
    logos: story ? readLogos([...slots.map((s) => s.el), ...storyLines.filter((l) => l.place === 'header' && l.text.length <= 160).map((l) => l.el)]) : [],
    article,
    blocks,
    bylines,
    captions: readCaptions(scan, story, pageUrl),
    labels: readLabels(scan, story?.headline ?? null),
    lines: readLines(scan, story, storyLines),
    sourceLines: readSourceLines(scan, story, pageUrl),
    headline,
    publisher,
  };
}

/** Runs a step; an exception becomes a warning and the fallback value, never a crash. */
function step<T>(warnings: string[], name: string, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    warnings.push(`${name} failed: ${err instanceof Error ? err.message : String(err)}`);
    return fallback;
  }
}

/**
 * The analysis as a sequence of steps: it yields between them so that a caller in a page can give the
 * main thread back (no single task much longer than Readability's own). Time spent paused is not
 * counted in the report's timings.
 */
function* analysisSteps(doc: Document, options: AnalyzeOptions): Generator<void, Report, void> {
  const now = options.now ?? (() => performance.now());
  const warnings: string[] = [];
  let busy = 0;
  let t = now();
  const pause = function* () {
    busy += now() - t;
    yield;
    t = now();
  };
  const url = safeHttpUrl(options.url ?? null);
  // A document with no root element (an empty or text-only file) has nothing to read; some DOM
  // libraries even throw on doc.body then.
  if (!doc.documentElement) return emptyReport(url, ['the page has no HTML content']);
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  // The one walk over the page's elements doubles as the size check, before Readability's work.
  const scan = scanDom(doc, maxElements);
  if (scan.elementCount > maxElements) throw new PageTooLargeError(scan.elementCount);

  yield* pause();
  // Readability's cleaning passes revisit every nested element's whole subtree: on pages nested
  // hundreds of levels deep (no real article is; Chromium's parser stops at 512) that takes minutes.
  const tooDeep = scan.maxDepth > MAX_READABILITY_DEPTH;
  if (tooDeep) warnings.push(`the page is nested ${scan.maxDepth} levels deep: its text was read without Readability`);
  const article = tooDeep ? null : step(warnings, 'Readability', null, () => extractArticle(doc));
  const readabilityMs = now() - t;
  yield* pause();

  const page = buildPage(doc, url, warnings, article, scan);
  const kind = step(warnings, 'article check', { isArticle: !!article, evidence: [] }, () => detectArticle(page));
  const agencies = step<AgencyCredit[]>(warnings, 'agency detector', [], () => detectAgencies(page));
  yield* pause();
  const signals: StatusSignal[] = [];
  for (const [name, detector] of STATUS_DETECTORS) {
    signals.push(...step<StatusSignal[]>(warnings, `${name} detector`, [], () => detector(page, options)));
  }
  const embeds = step<EmbeddedPost[]>(warnings, 'embed detector', [], () => detectEmbeds(page));
  // What was read and found clean: "staff" is as sure as the places it could check.
  const bodyBlocks = page.blocks.filter((b) => b.where === 'body');
  const checked = {
    byline: page.bylines[0] ?? null,
    bodyBlocks: bodyBlocks.length,
    bodyChars: bodyBlocks.reduce((n, b) => n + b.text.length, 0),
    meta: page.meta.tags.size > 0,
    article: !!article,
    jsonLd: page.jsonLd.types.length > 0,
    notices: page.lines.length + page.labels.length + page.sourceLines.length,
    captions: page.captions.length,
  };
  const verdict = classify({ isArticle: kind.isArticle, articleEvidence: kind.evidence, agencies, signals, checked });
  const sources = originalSources(page, agencies, signals, embeds);
  const lang = page.meta.lang ?? article?.lang ?? null;
  // Only an article's text is worth matching against other copies; a listing's would match its own
  // next visit. Its own step: in a fresh tab its hashing loop runs cold, a few milliseconds.
  let fingerprint: StoryFingerprint | null = null;
  if (verdict.status !== 'not-article') {
    yield* pause();
    fingerprint = step<StoryFingerprint | null>(warnings, 'fingerprint', null, () => fingerprintOf({ blocks: page.blocks, lang }));
  }
  busy += now() - t;
  // The page's lowered texts are not kept past its analysis.
  forgetLoweredTexts();

  return {
    version: 2,
    url,
    ...readerNames(page, publisherOf(page, signals)),
    byline: page.bylines[0] ?? null,
    lang,
    status: verdict.status,
    confidence: verdict.confidence,
    statusEvidence: verdict.evidence,
    agencies,
    disclaimer: verdict.disclaimer,
    republishedFrom: verdict.republishedFrom,
    embeds,
    originalSources: sources,
    fingerprint,
    diagnostics: { warnings, timings: { totalMs: round(busy), readabilityMs: round(readabilityMs), detectorsMs: round(busy - readabilityMs) } },
  };
}

function emptyReport(url: string | null, warnings: string[]): Report {
  return {
    version: 2,
    url,
    publisher: hostOf(url),
    headline: null,
    byline: null,
    lang: null,
    status: 'not-article',
    confidence: 0.99,
    statusEvidence: [],
    agencies: [],
    disclaimer: null,
    republishedFrom: null,
    embeds: [],
    originalSources: [],
    fingerprint: null,
    diagnostics: { warnings, timings: { totalMs: 0, readabilityMs: 0, detectorsMs: 0 } },
  };
}

/**
 * The publisher a page declares (site name, structured data); else the one its syndication disclaimer
 * names ("not edited by NDTV staff"); else its host.
 */
function publisherOf(page: Page, signals: StatusSignal[]): string | null {
  const host = hostOf(page.url ?? page.meta.canonical);
  if (page.publisher && page.publisher !== host) return page.publisher;
  return signals.find((s) => s.uneditedBy)?.uneditedBy ?? page.publisher;
}

/** The report's headline and publisher as a reader writes them: no site suffix, tagline or address for a name. */
function readerNames(page: Page, publisher: string | null): { publisher: string | null; headline: string | null } {
  const url = page.url ?? page.meta.canonical;
  const { meta } = page;
  const titles = [meta.title, metaValue(meta, 'og:title', 'twitter:title')];
  const declared = [
    ...['og:site_name', 'application-name', 'al:android:app_name'].map((k) => metaValue(meta, k)),
    page.jsonLd.publisher,
    page.article?.siteName,
  ];
  const name = readerPublisher(declared, publisher, titles, url);
  const h1 = page.story?.headline?.textContent ?? null;
  return { publisher: name, headline: readerHeadline(page.headline, h1, [name, ...declared], url) };
}

/** Analyses a page in one go. */
export function analyze(doc: Document, options: AnalyzeOptions = {}): Report {
  const steps = analysisSteps(doc, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Analyses a page, awaiting `pause()` between steps (e.g. a macrotask or requestIdleCallback) so the
 * page stays responsive. The DOM may change while paused; the steps read it again as they go.
 */
export async function analyzeInSteps(doc: Document, options: AnalyzeOptions, pause: () => Promise<void>): Promise<Report> {
  const steps = analysisSteps(doc, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pause();
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
