// The benchmark's Node half, run in its own process (node --expose-gc --import tsx) so its peak
// memory is the engine's alone. Measures the command line's engine path (linkedom parse + analyze)
// against linkedom parse + Readability alone over the corpus, then the scaling curve.
// usage: node --expose-gc --import tsx cli/bench-node.ts CORPUS_DIR OUT_JSON [SCALE_BASE_ID|-] [PAGE_LIMIT]
import { writeFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { analyze } from '../lib/analyze';
import { readLabels, readPage } from './corpus';
import { parseDocument } from './dom';
import { articleParts, pickScaleBase, SCALE_SIZES, scaledPage } from './bench-scale';
import { median } from './bench-stats';
import type { Label } from './score';

export interface NodePage {
  id: string;
  bytes: number;
  parseMs: number;
  analyzeMs: number;
  readabilityInAnalyzeMs: number;
  detectorsInAnalyzeMs: number;
  /** A second parse, then Readability alone on a clone (the engine's options). */
  parseForReadabilityMs: number;
  readabilityMs: number;
  /** CPU time of parse + analyze, and of parse + Readability alone. */
  engineCpuMs: number;
  readabilityCpuMs: number;
  error: string | null;
}

export interface NodeScalePoint {
  bytes: number;
  reps: number;
  parseMs: number;
  analyzeMs: number;
  readabilityMs: number;
  detectorsMs: number;
  /** CPU time of parse + analyze. */
  cpuMs: number;
  error: string | null;
}

export interface NodeResult {
  pages: NodePage[];
  /** Peak resident memory over the corpus passes (kernel's max RSS), bytes. */
  peakRssBytes: number;
  /** Largest heapUsed sampled after each page, bytes. */
  peakHeapBytes: number;
  scaleBase: string;
  scale: NodeScalePoint[];
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Runs fn; returns its value, wall ms and CPU ms (the whole process: GC threads included). */
function timed<T>(fn: () => T): [T, number, number] {
  const c = process.cpuUsage();
  const t = performance.now();
  const v = fn();
  const wall = performance.now() - t;
  const cpu = process.cpuUsage(c);
  return [v, wall, (cpu.user + cpu.system) / 1000];
}

function readabilityAlone(doc: Document): void {
  const clone = doc.cloneNode(true) as Document;
  new Readability<Node>(clone, { serializer: (n) => n, maxElemsToParse: 0 }).parse();
}

function measurePage(label: Label, html: string): NodePage {
  const page: NodePage = {
    id: label.id,
    bytes: Buffer.byteLength(html),
    parseMs: NaN,
    analyzeMs: NaN,
    readabilityInAnalyzeMs: NaN,
    detectorsInAnalyzeMs: NaN,
    parseForReadabilityMs: NaN,
    readabilityMs: NaN,
    engineCpuMs: NaN,
    readabilityCpuMs: NaN,
    error: null,
  };
  try {
    const [doc, parseMs, parseCpu] = timed(() => parseDocument(html));
    const [report, analyzeMs, analyzeCpu] = timed(() => analyze(doc, { url: label.url }));
    Object.assign(page, {
      parseMs,
      analyzeMs,
      readabilityInAnalyzeMs: report.timings.readabilityMs,
      detectorsInAnalyzeMs: report.timings.detectorsMs,
      engineCpuMs: parseCpu + analyzeCpu,
    });
    const [doc2, parse2, parse2Cpu] = timed(() => parseDocument(html));
    const [, rMs, rCpu] = timed(() => readabilityAlone(doc2));
    Object.assign(page, { parseForReadabilityMs: parse2, readabilityMs: rMs, readabilityCpuMs: parse2Cpu + rCpu });
  } catch (err) {
    page.error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  }
  return page;
}

function measureScale(html: string): NodeScalePoint[] {
  const parts = articleParts(html);
  return SCALE_SIZES.map((size) => {
    const page = scaledPage(parts, size);
    const reps = size <= 300_000 ? 5 : size <= 2_000_000 ? 3 : 2;
    const runs: { parse: number; analyze: number; r: number; d: number; cpu: number }[] = [];
    let error: string | null = null;
    // One unmeasured run first, so every size is measured warm.
    for (let i = 0; i <= reps && !error; i++) {
      try {
        gc();
        const [doc, parse, parseCpu] = timed(() => parseDocument(page));
        const [report, total, cpu] = timed(() => analyze(doc, { maxElements: Number.MAX_SAFE_INTEGER }));
        if (i > 0) runs.push({ parse, analyze: total, r: report.timings.readabilityMs, d: report.timings.detectorsMs, cpu: parseCpu + cpu });
      } catch (err) {
        error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      }
    }
    return {
      bytes: Buffer.byteLength(page),
      reps: runs.length,
      parseMs: median(runs.map((r) => r.parse)),
      analyzeMs: median(runs.map((r) => r.analyze)),
      readabilityMs: median(runs.map((r) => r.r)),
      detectorsMs: median(runs.map((r) => r.d)),
      cpuMs: median(runs.map((r) => r.cpu)),
      error,
    };
  });
}

function main(): void {
  const [dir, out, base = '-', limit = '0'] = process.argv.slice(2);
  if (!dir || !out) throw new Error('usage: bench-node.ts CORPUS_DIR OUT_JSON [SCALE_BASE_ID]');
  const all = readLabels(dir);
  const labels = Number(limit) > 0 ? all.slice(0, Number(limit)) : all;
  const htmls = new Map(labels.map((l) => [l.id, readPage(dir, l)]));

  // Warm-up pass: the JIT and linkedom's caches, not measured.
  for (const l of labels) measurePage(l, htmls.get(l.id)!);
  gc();
  let peakHeap = 0;
  const pages = labels.map((l) => {
    const p = measurePage(l, htmls.get(l.id)!);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    return p;
  });
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;

  const scaleBase = pickScaleBase(labels, (id) => htmls.get(id)!, base === '-' ? null : base);
  const baseHtml = htmls.get(scaleBase)!;
  const result: NodeResult = { pages, peakRssBytes, peakHeapBytes: peakHeap, scaleBase, scale: measureScale(baseHtml) };
  writeFileSync(out, JSON.stringify(result));
}

main();
