// Turns the benchmark's raw measurements into budgets (PASS/FAIL) and tables, as text or Markdown.
import type { BadgeResult, ChromiumResult } from './bench-chromium';
import type { NodeResult } from './bench-node';
import type { ProfileSummary } from './bench-profile';
import { CONTENT_SCRIPT_GZIP_BUDGET, contentScriptSize, onDemandSize, type FileSize } from './bench-sizes';
import { sizeLabel } from './bench-scale';
import { kb, logLogSlope, median, ms, pct, round, summarize, table, type Summary } from './bench-stats';

export interface CliRun {
  pages: number;
  wallSeconds: number;
  pagesPerSecond: number;
  /** User + system CPU seconds of the command line process (GNU time), and pages per CPU second. */
  cpuSeconds: number | null;
  pagesPerCpuSecond: number | null;
  peakRssBytes: number | null;
  exitCode: number | null;
}

export interface BenchRaw {
  startedAt: string;
  machine: { cores: number; cpu: string; node: string; chromium: string | null; platform: string; commit: string | null; loadavg: number[] };
  corpusPages: number;
  /** How long the whole run took. */
  seconds: number;
  sizes: Record<string, FileSize[]>;
  node: NodeResult | null;
  cli: CliRun | null;
  cliProfile: ProfileSummary | null;
  chromium: ChromiumResult | null;
  badge: BadgeResult | null;
  errors: string[];
}

export interface Budget {
  name: string;
  measured: string;
  limit: string;
  /** null: not measurable in this run. */
  pass: boolean | null;
}

/** Per-page medians of one step: main-thread CPU time and wall time. */
export interface StepStats {
  cpu: Summary;
  wall: Summary;
}

export interface Derived {
  chromium: {
    pages: number;
    failed: string[];
    readability: StepStats;
    detectors: StepStats;
    full: StepStats;
    coldFull: StepStats;
    analyzeDetectors: Summary;
    /** Ratios on main-thread CPU time: median of per-page ratios, and ratio of medians. */
    detectorsRatioMedian: number;
    detectorsRatioOfMedians: number;
    fullRatioMedian: number;
    fullRatioOfMedians: number;
    detectorsWallRatioMedian: number;
    longestColdUpTo300k: { cpu: number; wall: number; id: string; bytes: number };
    /** The longest step of analyzeInSteps(), articles ≤ 300 kB (main-thread CPU, warm). */
    longestStepUpTo300k: { cpu: number; id: string };
    slowestDetectors: { id: string; ms: number; bytes: number }[];
    slowestFull: { id: string; ms: number; bytes: number }[];
  } | null;
  node: {
    pages: number;
    failed: string[];
    pagesPerSecond: number;
    pagesPerCpuSecond: number;
    readabilityPagesPerSecond: number;
    readabilityPagesPerCpuSecond: number;
    parse: Summary;
    analyze: Summary;
    readability: Summary;
    detectorsInAnalyze: Summary;
    detectorsRatioMedian: number;
  } | null;
  badge: { measured: number; fromDcl: Summary; fromLoad: Summary; longestTaskUpTo300k: number } | null;
  scale: {
    node: { bytes: number; parseMs: number; analyzeMs: number; readabilityMs: number; detectorsMs: number; cpuMs: number; cpuMsPerMb: number }[];
    chromium: { bytes: number; fullCpuMs: number; fullMs: number; readabilityCpuMs: number; detectorsCpuMs: number; cpuMsPerMb: number; error: string | null }[];
    nodeSlope: number;
    nodeDetectorsSlope: number;
    chromiumSlope: number;
    chromiumDetectorsSlope: number;
  };
  budgets: Budget[];
}

const LINEAR_SLOPE_LIMIT = 1.15;
const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);

export function derive(raw: BenchRaw): Derived {
  const budgets: Budget[] = [];
  let chromium: Derived['chromium'] = null;
  if (raw.chromium) {
    const ok = raw.chromium.pages.filter((p) => !p.error && p.fullCpuMs.length);
    const per = ok.map((p) => ({
      id: p.id,
      bytes: p.bytes,
      article: p.labelledArticle,
      r: median(p.readabilityCpuMs),
      d: median(p.detectorsCpuMs),
      f: median(p.fullCpuMs),
      rw: median(p.readabilityMs),
      dw: median(p.detectorsMs),
      fw: median(p.fullMs),
      cold: p.coldFullCpuMs,
      coldw: p.coldFullMs,
      ad: median(p.analyzeDetectorsMs),
    }));
    const small = per.filter((p) => p.article && p.bytes <= 300_000);
    const longest = small.reduce((a, p) => (p.cold > a.cpu ? { cpu: p.cold, wall: p.coldw, id: p.id, bytes: p.bytes } : a), {
      cpu: -Infinity,
      wall: NaN,
      id: '',
      bytes: 0,
    });
    const longestStep = raw.chromium.pages
      .filter((p) => !p.error && p.labelledArticle && p.bytes <= 300_000 && p.stepsCpuMs?.length)
      .reduce((a, p) => (Math.max(...p.stepsCpuMs) > a.cpu ? { cpu: Math.max(...p.stepsCpuMs), id: p.id } : a), { cpu: -Infinity, id: '' });
    const stats = (cpu: number[], wall: number[]): StepStats => ({ cpu: summarize(cpu), wall: summarize(wall) });
    const r = stats(per.map((p) => p.r), per.map((p) => p.rw));
    const d = stats(per.map((p) => p.d), per.map((p) => p.dw));
    const f = stats(per.map((p) => p.f), per.map((p) => p.fw));
    const top = (key: 'd' | 'f') =>
      [...per]
        .sort((a, b) => b[key] - a[key])
        .slice(0, 5)
        .map((p) => ({ id: p.id, ms: round(p[key], 1), bytes: p.bytes }));
    chromium = {
      pages: per.length,
      failed: raw.chromium.pages.filter((p) => p.error).map((p) => `${p.id}: ${p.error}`),
      readability: r,
      detectors: d,
      full: f,
      coldFull: stats(per.map((p) => p.cold), per.map((p) => p.coldw)),
      analyzeDetectors: summarize(per.map((p) => p.ad)),
      detectorsRatioMedian: median(per.map((p) => ratio(p.d, p.r))),
      detectorsRatioOfMedians: ratio(d.cpu.median, r.cpu.median),
      fullRatioMedian: median(per.map((p) => ratio(p.f, p.r))),
      fullRatioOfMedians: ratio(f.cpu.median, r.cpu.median),
      detectorsWallRatioMedian: median(per.map((p) => ratio(p.dw, p.rw))),
      longestColdUpTo300k: longest,
      longestStepUpTo300k: longestStep,
      slowestDetectors: top('d'),
      slowestFull: top('f'),
    };
    budgets.push({
      name: 'engine without Readability ≤ 10% of Readability (Chromium main-thread CPU, median of per-page ratios)',
      measured: `${pct(chromium.detectorsRatioMedian)} (ratio of medians ${pct(chromium.detectorsRatioOfMedians)}; wall ${pct(chromium.detectorsWallRatioMedian)})`,
      limit: '≤ 10%',
      pass: Number.isFinite(chromium.detectorsRatioMedian) ? chromium.detectorsRatioMedian <= 0.1 : null,
    });
    // The content script runs the engine with analyzeInSteps(), one task per step: its longest step is
    // the task that counts. One synchronous analyze() is shown beside it for comparison.
    budgets.push({
      name: 'longest main-thread task, articles ≤ 300 kB (Chromium, the longest analyzeInSteps() step, CPU)',
      measured: `${ms(longestStep.cpu)} ms CPU (${longestStep.id || '–'}); one synchronous analyze(), first run on the page: ${ms(longest.cpu)} ms CPU (${longest.id}, ${kb(longest.bytes, 0)} kB)`,
      limit: '≤ 50 ms',
      pass: Number.isFinite(longestStep.cpu) ? longestStep.cpu <= 50 : null,
    });
  } else {
    budgets.push({ name: 'engine without Readability ≤ 10% of Readability (Chromium)', measured: 'not run', limit: '≤ 10%', pass: null });
    budgets.push({ name: 'longest main-thread task, pages ≤ 300 kB (Chromium)', measured: 'not run', limit: '≤ 50 ms', pass: null });
  }

  let badge: Derived['badge'] = null;
  if (raw.badge?.measurable) {
    const got = raw.badge.pages.filter((p) => p.fromDomContentLoadedMs !== null);
    const longTasks = raw.badge.pages.filter((p) => p.bytes <= 300_000 && Number.isFinite(p.longestTaskMs)).map((p) => p.longestTaskMs);
    badge = {
      measured: got.length,
      fromDcl: summarize(got.map((p) => p.fromDomContentLoadedMs!)),
      fromLoad: summarize(got.map((p) => p.fromLoadMs!)),
      longestTaskUpTo300k: longTasks.length ? Math.max(...longTasks) : NaN,
    };
    budgets.push({
      name: `badge after document idle, median page (real extension; ${got.length}/${raw.badge.pages.length} pages showed it)`,
      measured: `${ms(badge.fromDcl.median)} ms after DOMContentLoaded, ${ms(badge.fromLoad.median)} ms after load`,
      limit: '≤ 300 ms',
      pass: badge.fromDcl.median <= 300,
    });
  } else {
    budgets.push({
      name: 'badge after document idle, median page (real extension)',
      measured: raw.badge ? `not measurable yet: ${raw.badge.reason}` : 'not run',
      limit: '≤ 300 ms',
      pass: null,
    });
  }

  for (const [target, sizes] of Object.entries(raw.sizes)) {
    const c = contentScriptSize(sizes);
    budgets.push({
      name: `content script gzip (${target})`,
      measured: `${kb(c.gzip)} kB gzip (${kb(c.raw)} kB raw)`,
      limit: `≤ ${kb(CONTENT_SCRIPT_GZIP_BUDGET, 0)} kB`,
      pass: c.raw > 0 ? c.gzip <= CONTENT_SCRIPT_GZIP_BUDGET : null,
    });
  }

  let node: Derived['node'] = null;
  if (raw.node) {
    const ok = raw.node.pages.filter((p) => !p.error);
    const total = ok.reduce((a, p) => a + p.parseMs + p.analyzeMs, 0);
    const rTotal = ok.reduce((a, p) => a + p.parseForReadabilityMs + p.readabilityMs, 0);
    node = {
      pages: ok.length,
      failed: raw.node.pages.filter((p) => p.error).map((p) => `${p.id}: ${p.error}`),
      pagesPerSecond: (ok.length / total) * 1000,
      pagesPerCpuSecond: (ok.length / ok.reduce((a, p) => a + p.engineCpuMs, 0)) * 1000,
      readabilityPagesPerSecond: (ok.length / rTotal) * 1000,
      readabilityPagesPerCpuSecond: (ok.length / ok.reduce((a, p) => a + p.readabilityCpuMs, 0)) * 1000,
      parse: summarize(ok.map((p) => p.parseMs)),
      analyze: summarize(ok.map((p) => p.analyzeMs)),
      readability: summarize(ok.map((p) => p.readabilityMs)),
      detectorsInAnalyze: summarize(ok.map((p) => p.detectorsInAnalyzeMs)),
      detectorsRatioMedian: median(ok.map((p) => ratio(p.detectorsInAnalyzeMs, p.readabilityMs))),
    };
  }
  if (raw.cli) {
    // Pages per second of the whole command line on this machine's cores (it analyses inputs on one
    // worker thread per core): wall time, so a busy machine (see the load average) makes it stricter.
    const rate = raw.cli.pagesPerSecond;
    budgets.push({
      name: `command line pages/s (npm run analyze -- --json on all ${raw.cli.pages} pages, ${raw.machine.cores} cores, wall time)`,
      measured: `${rate.toFixed(1)} pages per s (${raw.cli.pagesPerCpuSecond?.toFixed(1) ?? '–'} per CPU s)${node ? `; in-process parse + analyze on one core ${node.pagesPerCpuSecond.toFixed(1)} per CPU s` : ''}`,
      limit: '≥ 20 pages/s',
      pass: rate >= 20,
    });
  } else if (node) {
    budgets.push({
      name: 'command line pages/s (in-process parse + analyze, per CPU second)',
      measured: `${node.pagesPerCpuSecond.toFixed(1)} pages per CPU s (${node.pagesPerSecond.toFixed(1)} per wall s)`,
      limit: '≥ 20 pages/s',
      pass: node.pagesPerCpuSecond >= 20,
    });
  } else budgets.push({ name: 'command line pages/s', measured: 'not run', limit: '≥ 20 pages/s', pass: null });

  const nodeScale = (raw.node?.scale ?? [])
    .filter((s) => !s.error)
    .map((s) => ({ ...s, cpuMsPerMb: s.cpuMs / (s.bytes / 1e6) }));
  const chromiumScale = (raw.chromium?.scale ?? []).map((s) => {
    const full = median(s.fullCpuMs);
    return {
      bytes: s.size,
      fullCpuMs: full,
      fullMs: median(s.fullMs),
      readabilityCpuMs: median(s.readabilityCpuMs),
      detectorsCpuMs: median(s.detectorsCpuMs),
      cpuMsPerMb: full / (s.size / 1e6),
      error: s.error,
    };
  });
  const big = <T extends { bytes: number }>(xs: T[]) => xs.filter((x) => x.bytes >= 100_000);
  const scale = {
    node: nodeScale,
    chromium: chromiumScale,
    nodeSlope: logLogSlope(big(nodeScale).map((s) => [s.bytes, s.cpuMs])),
    nodeDetectorsSlope: logLogSlope(big(nodeScale).map((s) => [s.bytes, s.detectorsMs])),
    chromiumSlope: logLogSlope(big(chromiumScale).filter((s) => !s.error).map((s) => [s.bytes, s.fullCpuMs])),
    chromiumDetectorsSlope: logLogSlope(big(chromiumScale).filter((s) => !s.error).map((s) => [s.bytes, s.detectorsCpuMs])),
  };
  const slopes = [scale.nodeSlope, scale.nodeDetectorsSlope, scale.chromiumSlope, scale.chromiumDetectorsSlope].filter(Number.isFinite);
  const scaleErrors = [...(raw.node?.scale ?? []), ...chromiumScale].filter((s) => s.error).length;
  budgets.push({
    name: 'cost linear in page size, 100 kB – 5 MB (log-log slope of time against size; engine and detectors alone)',
    measured: `Node ${scale.nodeSlope.toFixed(2)} (detectors ${scale.nodeDetectorsSlope.toFixed(2)}), Chromium ${scale.chromiumSlope.toFixed(2)} (detectors ${scale.chromiumDetectorsSlope.toFixed(2)})${scaleErrors ? `, ${scaleErrors} sizes failed` : ''}`,
    limit: `slope ≤ ${LINEAR_SLOPE_LIMIT}`,
    pass: slopes.length ? slopes.every((s) => s <= LINEAR_SLOPE_LIMIT) && !scaleErrors : null,
  });

  return { chromium, node, badge, scale, budgets };
}

const verdict = (b: Budget) => (b.pass === null ? 'n/a' : b.pass ? 'PASS' : 'FAIL');
const row = (name: string, s: Summary) => [name, ms(s.median), ms(s.p95), ms(s.max)];

export function render(raw: BenchRaw, d: Derived, markdown: boolean): string {
  const out: string[] = [];
  const h = (t: string) => out.push('', markdown ? `### ${t}` : `== ${t} ==`, '');
  h('Budgets');
  out.push(table(['budget', 'measured', 'limit', 'result'], d.budgets.map((b) => [b.name, b.measured, b.limit, verdict(b)]), markdown));

  if (d.chromium) {
    const c = d.chromium;
    h(`Chromium: per page, ${c.pages} pages (ms; per page the median of ${raw.chromium?.pages[0]?.fullMs.length ?? '?'} warm runs)`);
    const srow = (name: string, s: StepStats) => [name, ms(s.cpu.median), ms(s.cpu.p95), ms(s.cpu.max), ms(s.wall.median), ms(s.wall.p95)];
    out.push(
      table(
        ['step', 'CPU median', 'CPU p95', 'CPU max', 'wall median', 'wall p95'],
        [
          srow('Readability alone (clone + parse)', c.readability),
          srow('engine without Readability (signals + detectors + classifier)', c.detectors),
          srow('full analyze()', c.full),
          srow('full analyze(), first run on the page (cold)', c.coldFull),
          ["analyze()'s own timings.detectorsMs (wall)", '', '', '', ms(c.analyzeDetectors.median), ms(c.analyzeDetectors.p95)],
        ],
        markdown,
      ),
    );
    out.push('');
    out.push(
      table(
        ['ratio (main-thread CPU)', 'median of per-page ratios', 'ratio of medians'],
        [
          ['without Readability / Readability', pct(c.detectorsRatioMedian), pct(c.detectorsRatioOfMedians)],
          ['full / Readability', pct(c.fullRatioMedian), pct(c.fullRatioOfMedians)],
        ],
        markdown,
      ),
    );
    out.push('');
    out.push(`slowest without Readability (CPU): ${c.slowestDetectors.map((p) => `${p.id} ${p.ms} ms (${kb(p.bytes, 0)} kB)`).join(', ')}`);
    out.push('');
    out.push(`slowest full (CPU): ${c.slowestFull.map((p) => `${p.id} ${p.ms} ms (${kb(p.bytes, 0)} kB)`).join(', ')}`);
    if (c.failed.length) out.push('', `failed: ${c.failed.join('; ')}`);
  }
  if (d.badge) {
    h('Real extension: badge timing');
    out.push(
      table(
        ['measure', 'median', 'p95', 'max'],
        [
          row('DOMContentLoaded → badge', d.badge.fromDcl),
          row('load → badge', d.badge.fromLoad),
          ['longest task after DOMContentLoaded, pages ≤ 300 kB', '', '', ms(d.badge.longestTaskUpTo300k)],
        ],
        markdown,
      ),
    );
  }
  if (d.node) {
    const n = d.node;
    h(`Node ${raw.machine.node} + linkedom: ${n.pages} pages`);
    const rows = [
      ['engine (parse + analyze), in-process', `${n.pagesPerSecond.toFixed(1)} pages/s wall, ${n.pagesPerCpuSecond.toFixed(1)} per CPU s`],
      ['Readability alone (parse + Readability), in-process', `${n.readabilityPagesPerSecond.toFixed(1)} pages/s wall, ${n.readabilityPagesPerCpuSecond.toFixed(1)} per CPU s`],
    ];
    if (raw.cli) {
      rows.push([
        'npm run analyze -- --json (all pages, one process, end to end)',
        `${raw.cli.pagesPerSecond.toFixed(1)} pages/s wall (${raw.cli.wallSeconds.toFixed(1)} s), ${raw.cli.pagesPerCpuSecond?.toFixed(1) ?? '–'} per CPU s (${raw.cli.cpuSeconds?.toFixed(1) ?? '–'} CPU s)${raw.cli.peakRssBytes ? `, peak RSS ${(raw.cli.peakRssBytes / 1e6).toFixed(0)} MB` : ''}`,
      ]);
    }
    rows.push(
      ['parse / analyze / Readability alone, median ms', `${ms(n.parse.median)} / ${ms(n.analyze.median)} / ${ms(n.readability.median)}`],
      ['parse / analyze / Readability alone, p95 ms', `${ms(n.parse.p95)} / ${ms(n.analyze.p95)} / ${ms(n.readability.p95)}`],
      ["analyze()'s detectorsMs median / p95, median ratio to Readability", `${ms(n.detectorsInAnalyze.median)} / ${ms(n.detectorsInAnalyze.p95)} ms, ${pct(n.detectorsRatioMedian)}`],
      ['peak memory of the benchmark process (2 passes over the corpus)', `RSS ${(raw.node!.peakRssBytes / 1e6).toFixed(0)} MB, heap ${(raw.node!.peakHeapBytes / 1e6).toFixed(0)} MB`],
    );
    out.push(table(['measure', 'value'], rows, markdown));
    if (n.failed.length) out.push('', `failed: ${n.failed.join('; ')}`);
  }

  h('Bundle sizes (kB = 1000 bytes, gzip -9)');
  const sizeRows = Object.entries(raw.sizes).flatMap(([target, sizes]) => sizes.map((s) => [target, s.file, kb(s.raw), kb(s.gzip)]));
  out.push(table(['build', 'file', 'raw kB', 'gzip kB'], sizeRows, markdown));
  for (const [target, sizes] of Object.entries(raw.sizes)) {
    const c = contentScriptSize(sizes);
    const e = onDemandSize(sizes);
    out.push('', `${target}: every page loads the content script, ${kb(c.gzip)} kB gzip; an article page also loads ${e.file}, ${kb(e.gzip)} kB gzip (${kb(e.raw)} kB raw): ${kb(c.gzip + e.gzip)} kB gzip in all.`);
  }

  h(`Scaling: pages built from ${raw.node?.scaleBase ?? '?'}'s article paragraphs (median ms)`);
  const sizes = [...new Set([...d.scale.node.map((s) => s.bytes), ...d.scale.chromium.map((s) => s.bytes)])];
  const scaleRows = d.scale.node.map((n, i) => {
    const c = d.scale.chromium[i];
    return [
      sizeLabel(Math.round(n.bytes / 1000) * 1000),
      ms(n.parseMs),
      ms(n.readabilityMs),
      ms(n.detectorsMs),
      ms(n.cpuMs),
      ms(n.cpuMsPerMb, 0),
      c ? (c.error ? `error: ${c.error}` : ms(c.readabilityCpuMs)) : '–',
      c ? ms(c.detectorsCpuMs) : '–',
      c ? ms(c.fullCpuMs) : '–',
      c ? ms(c.cpuMsPerMb, 0) : '–',
    ];
  });
  out.push(
    table(
      ['size', 'Node parse', 'Node Readability', 'Node rest', 'Node CPU total', 'Node CPU ms/MB', 'Chromium Readability', 'Chromium rest', 'Chromium full', 'Chromium ms/MB'],
      scaleRows,
      markdown,
    ),
  );
  out.push(
    '',
    `Node parse / Readability / rest: wall ms inside analyze(); Node CPU total: parse + analyze, process CPU. Chromium columns: main-thread CPU ms.`,
    '',
    `log-log slope (100 kB – 5 MB): Node CPU total ${d.scale.nodeSlope.toFixed(2)}, Node rest ${d.scale.nodeDetectorsSlope.toFixed(2)}, Chromium full ${d.scale.chromiumSlope.toFixed(2)}, Chromium rest ${d.scale.chromiumDetectorsSlope.toFixed(2)} (1.00 = linear)`,
  );
  if (!sizes.length) out.push('(not run)');
  const prof = (title: string, p: ProfileSummary, top: number) => {
    h(title);
    // Shares of analyze()'s own inclusive time, when it is in the list.
    const whole = p.inclusive.find(([name]) => /^analyze\b/.test(name))?.[1] ?? p.totalMs;
    const rows = p.inclusive.slice(0, top).map(([name, v]) => [name, v.toFixed(1), pct(v / whole)]);
    out.push(table(['function (inclusive)', 'ms', 'share of analyze()'], rows, markdown));
    out.push('', `sampled ${p.totalMs} ms in all (idle excluded); top self time: ${p.selfByFunction.slice(0, 6).map(([n, v]) => `${n} ${v.toFixed(0)} ms`).join(', ')}`);
  };
  if (raw.chromium?.profile) prof('Chromium CPU profile: the engine without Readability, one run on every page', raw.chromium.profile, 20);
  if (raw.cliProfile) prof('Node CPU profile: npm run analyze on every page (engine functions, inclusive)', raw.cliProfile, 20);
  if (raw.errors.length) {
    h('Errors');
    out.push(...raw.errors.map((e) => `- ${e}`));
  }
  return out.join('\n');
}
