// The engine, top to bottom: page signals from the original DOM, the article from Readability on a
// clone, the detectors, then the classifier. Pure: a Document (and URL) in, a Report out.
import { classify } from './classify';
import { detectAgencies } from './detectors/agencies';
import { detectArticle } from './detectors/article-kind';
import { detectEmbeds } from './detectors/embeds';
import { STATUS_DETECTORS, type CustomPhrase } from './detectors/index';
import type { StatusSignal } from './detectors/types';
import type { Page } from './page';
import type { AgencyCredit, EmbeddedPost, Report } from './report';
import { extractArticle, type ArticleText } from './signals/article';
import { blocksOf } from './signals/blocks';
import { readBylines } from './signals/bylines';
import { readCaptions } from './signals/captions';
import { readJsonLd } from './signals/json-ld';
import { readLabels } from './signals/labels';
import { readLines } from './signals/lines';
import { scanDom } from './signals/scan';
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

export class PageTooLargeError extends Error {
  constructor(elements: number) {
    super(`page too large to analyse (${elements} elements)`);
    this.name = 'PageTooLargeError';
  }
}

export function buildPage(doc: Document, url: string | null, warnings: string[], article: ArticleText | null): Page {
  const scan = scanDom(doc);
  const meta = readMeta(doc, url);
  const jsonLd = readJsonLd(doc);
  warnings.push(...jsonLd.errors);
  const bylines: string[] = [];
  const pushByline = (s: string | null | undefined) => {
    const t = s ? squish(s) : '';
    if (t && t.length <= 300 && !bylines.includes(t)) bylines.push(t);
  };
  pushByline(article?.byline);
  readBylines(scan).forEach(pushByline);
  (meta.tags.get('author') ?? []).forEach(pushByline);
  (meta.tags.get('article:author') ?? []).forEach(pushByline);
  jsonLd.authors.forEach((a) => pushByline(a.name));

  const body = doc.body ?? doc.documentElement;
  const blocks = article?.blocks.length ? article.blocks : body ? blocksOf(body) : [];
  const publisher =
    metaValue(meta, 'og:site_name', 'application-name', 'al:android:app_name') ??
    jsonLd.publisher ??
    article?.siteName ??
    hostOf(url ?? meta.canonical);
  const headline = metaValue(meta, 'og:title', 'twitter:title') ?? jsonLd.headline ?? article?.title ?? meta.title;
  return {
    url,
    doc,
    scan,
    meta,
    jsonLd,
    article,
    blocks,
    bylines,
    captions: readCaptions(scan),
    labels: readLabels(scan),
    lines: readLines(scan),
    sourceLines: readSourceLines(scan),
    headline,
    publisher,
  };
}

function countElements(doc: Document, limit: number): number {
  // getElementsByTagName is live and cheap to count in browsers; stop early past the limit.
  const list = doc.getElementsByTagName('*');
  return Math.min(list.length, limit + 1);
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

export function analyze(doc: Document, options: AnalyzeOptions = {}): Report {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const warnings: string[] = [];
  const url = safeHttpUrl(options.url ?? null);
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const elements = countElements(doc, maxElements);
  if (elements > maxElements) throw new PageTooLargeError(elements);

  const tr = now();
  const article = step(warnings, 'Readability', null, () => extractArticle(doc));
  const readabilityMs = now() - tr;

  const page = buildPage(doc, url, warnings, article);
  const kind = step(warnings, 'article check', { isArticle: !!article, evidence: [] }, () => detectArticle(page));
  const agencies = step<AgencyCredit[]>(warnings, 'agency detector', [], () => detectAgencies(page));
  const signals: StatusSignal[] = [];
  for (const [name, detector] of STATUS_DETECTORS) {
    signals.push(...step<StatusSignal[]>(warnings, `${name} detector`, [], () => detector(page, options)));
  }
  const embeds = step<EmbeddedPost[]>(warnings, 'embed detector', [], () => detectEmbeds(page));
  const verdict = classify({ isArticle: kind.isArticle, articleEvidence: kind.evidence, agencies, signals });
  const total = now() - t0;

  return {
    version: 1,
    url,
    isArticle: kind.isArticle,
    publisher: page.publisher,
    headline: page.headline,
    byline: page.bylines[0] ?? null,
    lang: page.meta.lang ?? article?.lang ?? null,
    status: verdict.status,
    confidence: verdict.confidence,
    statusEvidence: verdict.evidence,
    agencies,
    disclaimer: verdict.disclaimer,
    republishedFrom: verdict.republishedFrom,
    embeds,
    originalSources: originalSources(page, agencies, signals, embeds),
    warnings,
    timings: { totalMs: round(total), readabilityMs: round(readabilityMs), detectorsMs: round(total - readabilityMs) },
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
