// The benchmark's in-page harness: the engine bundled for a page (IIFE, global __creditlineBench).
// Each call runs ONE step on the live document and returns its wall time, so the driver can read
// the main thread's CPU time around it (CDP Performance.getMetrics ThreadTime). Steps: Readability
// alone (on a clone, with the engine's options), the engine without Readability (analyze() with the
// article precomputed) and the full analyze().
import { Readability } from '@mozilla/readability';
import { analyze, analyzeInSteps } from '../lib/analyze';
import { clearPrecomputedArticle, extractArticle, usePrecomputedArticle, type ArticleText } from './bench-article-cache';

export type Step = 'readability' | 'detectors' | 'full';

export interface StepResult {
  ms: number;
  elements: number;
  isArticle: boolean | null;
  status: string | null;
  readabilityMs: number | null;
  detectorsMs: number | null;
  error: string | null;
}

let article: { value: ArticleText | null } | null = null;

export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function benchStep(kind: Step, url: string | null): StepResult {
  const out: StepResult = {
    ms: NaN,
    elements: document.getElementsByTagName('*').length,
    isArticle: null,
    status: null,
    readabilityMs: null,
    detectorsMs: null,
    error: null,
  };
  try {
    if (kind === 'readability') {
      const t = performance.now();
      const clone = document.cloneNode(true) as Document;
      new Readability<Node>(clone, { serializer: (n) => n, maxElemsToParse: 0 }).parse();
      out.ms = performance.now() - t;
      return out;
    }
    if (kind === 'detectors') {
      // Readability's result is computed once, outside the timing.
      article ??= { value: extractArticle(document) };
      usePrecomputedArticle(document, article.value);
    }
    const t = performance.now();
    const report = analyze(document, { url });
    out.ms = performance.now() - t;
    Object.assign(out, {
      isArticle: report.isArticle,
      status: report.status,
      readabilityMs: report.timings.readabilityMs,
      detectorsMs: report.timings.detectorsMs,
    });
  } catch (err) {
    out.error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  } finally {
    clearPrecomputedArticle();
  }
  return out;
}

// analyzeInSteps() driven one step at a time from outside, so the driver can read the main
// thread's CPU time around each step: the longest task the analysis is when a caller gives the
// main thread back between steps.
let resumeStep: (() => void) | null = null;
let stepDone: ((finished: boolean) => void) | null = null;

function settle(finished: boolean): void {
  const done = stepDone;
  stepDone = null;
  done?.(finished);
}

/** Runs the first step; resolves true when the analysis finished, false when it paused. */
export function stepsStart(url: string | null): Promise<boolean> {
  return new Promise((resolve) => {
    stepDone = resolve;
    const pause = () =>
      new Promise<void>((r) => {
        resumeStep = r;
        settle(false);
      });
    analyzeInSteps(document, { url }, pause).then(
      () => settle(true),
      () => settle(true),
    );
  });
}

/** Runs the next step. */
export function stepsNext(): Promise<boolean> {
  return new Promise((resolve) => {
    stepDone = resolve;
    const r = resumeStep;
    resumeStep = null;
    if (r) r();
    else settle(true);
  });
}
