// npm run bench [-- --docs | --docs-only] [--no-build --no-chromium --no-extension --no-cli
//                   --no-profile --reps N --limit N --scale-base ID --corpus DIR]
// Measures the engine and the built extension on every corpus page in one run: Chromium (engine
// bundled for the page, and the real extension's badge), Node (the command line's path), bundle
// sizes, the scaling curve and CPU profiles. Prints budgets and tables; writes
// bench-results/bench.{json,md}; --docs also writes docs/bench.md (--docs-only: from the last JSON).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchBadge, benchChromium, CHROMIUM, servePages } from './bench-chromium';
import type { NodeResult } from './bench-node';
import { addProfile, newTotals, summarize, type Profile, type ProfileSummary } from './bench-profile';
import { derive, render, type BenchRaw, type CliRun, type Derived } from './bench-report';
import { articleParts, pickScaleBase, SCALE_SIZES, scaledPage, sizeLabel } from './bench-scale';
import { bundleSizes, OUTPUT_DIR, TARGETS } from './bench-sizes';
import { DEFAULT_CORPUS, readLabels, readPage } from './corpus';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench-results');

interface Options {
  build: boolean;
  chromium: boolean;
  extension: boolean;
  cli: boolean;
  reps: number;
  limit: number;
  scaleBase: string | null;
  docs: boolean;
  docsOnly: boolean;
  profile: boolean;
  corpus: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { build: true, chromium: true, extension: true, cli: true, reps: 3, limit: 0, scaleBase: null, docs: false, docsOnly: false, profile: true, corpus: DEFAULT_CORPUS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--no-build') o.build = false;
    else if (a === '--no-chromium') o.chromium = false;
    else if (a === '--no-extension') o.extension = false;
    else if (a === '--no-cli') o.cli = false;
    else if (a === '--docs') o.docs = true;
    else if (a === '--no-profile') o.profile = false;
    else if (a === '--docs-only') o.docsOnly = true;
    else if (a === '--reps') o.reps = Math.max(1, Number(argv[++i]) || 3);
    else if (a === '--limit') o.limit = Math.max(0, Number(argv[++i]) || 0);
    else if (a === '--scale-base') o.scaleBase = argv[++i] ?? null;
    else if (a === '--corpus') o.corpus = resolve(argv[++i] ?? DEFAULT_CORPUS);
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

function git(...args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function chromiumVersion(): string | null {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function runNode(o: Options, scaleBase: string): NodeResult {
  const out = join(tmpdir(), `creditline-bench-node-${process.pid}.json`);
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(ROOT, 'cli', 'bench-node.ts'), o.corpus, out, scaleBase, String(o.limit)],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (r.status !== 0) throw new Error(`bench-node exited with ${r.status ?? r.signal}`);
  try {
    return JSON.parse(readFileSync(out, 'utf8')) as NodeResult;
  } finally {
    rmSync(out, { force: true });
  }
}

/** The real command line on every page in one process, timed from outside (GNU time for peak RSS). */
/** The command line again under V8's sampling profiler, summed by engine function. */
function profileCli(files: string[]): ProfileSummary | null {
  const dir = mkdtempSync(join(tmpdir(), 'creditline-bench-prof-'));
  try {
    spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--import', 'tsx', join(ROOT, 'cli', 'analyze.ts'), '--json', ...files], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    // The main thread's profile is the largest (tsx's loader thread writes a small one).
    const biggest = readdirSync(dir)
      .map((f) => join(dir, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0];
    if (!biggest) return null;
    const totals = newTotals();
    addProfile(totals, JSON.parse(readFileSync(biggest, 'utf8')) as Profile);
    return summarize(totals, 30);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runCli(files: string[]): CliRun {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const args = [tsx, join(ROOT, 'cli', 'analyze.ts'), '--json', ...files];
  const gnuTime = existsSync('/usr/bin/time');
  const t = performance.now();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'CREDITLINE_MAXRSS_KB=%M CREDITLINE_CPU_S=%U+%S', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(args[0]!, args.slice(1), { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallSeconds = (performance.now() - t) / 1000;
  const rss = /CREDITLINE_MAXRSS_KB=(\d+)/.exec(r.stderr ?? '')?.[1];
  const cpu = /CREDITLINE_CPU_S=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? '');
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : null;
  return {
    pages: files.length,
    wallSeconds,
    pagesPerSecond: files.length / wallSeconds,
    cpuSeconds,
    pagesPerCpuSecond: cpuSeconds ? files.length / cpuSeconds : null,
    peakRssBytes: rss ? Number(rss) * 1024 : null,
    exitCode: r.status,
  };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o.docsOnly) {
    const raw = JSON.parse(readFileSync(join(RESULTS, 'bench.json'), 'utf8')) as BenchRaw;
    writeDocs(markdown(raw, derive(raw)), raw);
    log('wrote docs/bench.md from bench-results/bench.json');
    return;
  }
  const t0 = performance.now();
  const errors: string[] = [];
  const all = readLabels(o.corpus);
  const labels = o.limit ? all.slice(0, o.limit) : all;
  const cpu = cpus();
  const raw: BenchRaw = {
    startedAt: new Date().toISOString(),
    machine: {
      cores: cpu.length,
      cpu: cpu[0]?.model ?? 'unknown',
      node: process.version,
      chromium: chromiumVersion(),
      platform: `${process.platform} ${process.arch}`,
      commit: git('rev-parse', '--short', 'HEAD'),
      loadavg: [loadavg()[0]!],
    },
    corpusPages: labels.length,
    seconds: 0,
    sizes: {},
    node: null,
    cli: null,
    cliProfile: null,
    chromium: null,
    badge: null,
    errors,
  };

  // Each build is copied at once to a private folder: another build into .output (a test run, a
  // colleague) must not change what is measured or loaded.
  const builds = mkdtempSync(join(tmpdir(), 'creditline-bench-build-'));
  for (const target of TARGETS) {
    const args = target === 'chrome-mv3' ? ['wxt', 'build'] : ['wxt', 'build', '-b', 'firefox'];
    for (let attempt = 1; o.build && attempt <= 2; attempt++) {
      log(`building ${target} (npx ${args.join(' ')})`);
      const b = spawnSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
      if (b.status === 0 && existsSync(join(OUTPUT_DIR, target, 'manifest.json'))) break;
      if (attempt === 2) errors.push(`wxt build for ${target} failed twice: measuring the build already in .output, if any`);
    }
    const dir = join(OUTPUT_DIR, target);
    if (!existsSync(join(dir, 'manifest.json'))) {
      errors.push(`no build in ${dir}`);
      continue;
    }
    cpSync(dir, join(builds, target), { recursive: true });
    raw.sizes[target] = bundleSizes(join(builds, target));
  }

  const scaleBase = pickScaleBase(labels, (id) => readPage(o.corpus, labels.find((l) => l.id === id)!), o.scaleBase);
  log(`node: ${labels.length} pages, two passes, then scaling from ${scaleBase}`);
  try {
    raw.node = runNode(o, scaleBase);
  } catch (err) {
    errors.push(`node half: ${String(err)}`);
  }
  if (o.cli) {
    log('command line: npm run analyze -- --json on every page');
    raw.cli = runCli(labels.map((l) => join(o.corpus, l.file)));
    if (o.profile) {
      log('command line again under --cpu-prof');
      raw.cliProfile = profileCli(labels.map((l) => join(o.corpus, l.file)));
    }
  }

  if (o.chromium || o.extension) {
    const parts = articleParts(readPage(o.corpus, labels.find((l) => l.id === scaleBase)!));
    const generated = new Map(SCALE_SIZES.map((s) => [`scale-${s}.html`, scaledPage(parts, s)]));
    const served = await servePages(o.corpus, generated);
    try {
      if (o.chromium) {
        log(`chromium: ${labels.length} pages, 1 cold + 1 warm-up + ${o.reps} measured rounds each`);
        try {
          raw.chromium = await benchChromium({
            corpusDir: o.corpus,
            labels,
            served,
            scalePages: SCALE_SIZES.map((s) => [s, `scale-${s}.html`]),
            reps: o.reps,
            profile: o.profile,
            progress: log,
          });
        } catch (err) {
          errors.push(`chromium half: ${String(err)}`);
        }
      }
      if (o.extension) {
        const ext = join(builds, 'chrome-mv3');
        if (!existsSync(join(ext, 'manifest.json'))) errors.push('no chrome-mv3 build: badge not measured');
        else {
          log('extension: document idle → badge on every page');
          try {
            // The badge shows only on syndicated articles: time the pages labelled as such.
            const expected = labels.filter((l) => l.isArticle && l.status !== 'staff' && l.status !== 'not-article');
            raw.badge = await benchBadge({ extensionDir: ext, corpusDir: o.corpus, labels: expected, served, progress: log });
          } catch (err) {
            errors.push(`extension: ${String(err)}`);
          }
        }
      }
    } finally {
      served.server.close();
    }
  }
  rmSync(builds, { recursive: true, force: true });
  raw.machine.loadavg.push(loadavg()[0]!);

  raw.seconds = (performance.now() - t0) / 1000;
  const d = derive(raw);
  console.log([...header(raw), render(raw, d, false)].join('\n'));
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'bench.json'), JSON.stringify({ ...raw, derived: d }, null, 2));
  const md = markdown(raw, d);
  writeFileSync(join(RESULTS, 'bench.md'), md);
  if (o.docs) writeDocs(md, raw);
  log(`wrote ${join(RESULTS, 'bench.json')} and bench.md${o.docs ? ' and docs/bench.md' : ''}`);
}

function header(raw: BenchRaw): string[] {
  return [
    `Creditline benchmark, ${raw.startedAt.slice(0, 16).replace('T', ' ')} UTC, commit ${raw.machine.commit ?? '?'}, ${raw.corpusPages} corpus pages, ${raw.seconds ? `${raw.seconds.toFixed(0)} s` : 'duration not recorded'}`,
    `machine: ${raw.machine.cores} cores (${raw.machine.cpu}), ${raw.machine.platform}, Node ${raw.machine.node}, ${raw.machine.chromium ?? 'no Chromium'}; 1-minute load average ${raw.machine.loadavg.map((l) => l.toFixed(2)).join(' at start, ')} at end`,
  ];
}

function markdown(raw: BenchRaw, d: Derived): string {
  return [...header(raw).map((l) => `${l}  `), render(raw, d, true)].join('\n') + '\n';
}

const DOCS_INTRO = `# Performance

\`npm run bench\` measures the engine and the built extension on every page of the corpus in one run
(about 4 minutes on an idle 2-core machine, longer on a shared one) and prints the budgets below
with PASS/FAIL; it writes the raw numbers to \`bench-results/bench.json\` (git-ignored).
\`npm run bench -- --docs\` rewrites this file from the run; \`npm run bench -- --docs-only\`
rewrites it from the last \`bench-results/bench.json\` without measuring.

How it measures:
- **Chromium** (Debian \`/usr/bin/chromium\` through playwright-core, headless): each corpus page is
  served from 127.0.0.1 with its own scripts off and every outside request refused; the engine and
  Readability, bundled for the page with esbuild, run on the live document. Per page: Readability
  alone (clone + parse, with the engine's options), the engine without Readability (\`analyze()\`
  with Readability's result computed beforehand: signals, detectors, classifier), and the full
  \`analyze()\`: one cold run first (what a single synchronous call pays on a fresh page), a warm-up
  round, the median of 3 rounds, then one \`analyzeInSteps()\` run, one step per call. Each step is
  timed twice: wall time (performance.now) and the renderer main thread's CPU time (CDP
  \`Performance.getMetrics\` \`ThreadTime\`). Chromium budgets use CPU time: the machine is shared, and wall
  time also measures whatever else runs on the 2 cores (the load average is printed with each run).
- **Real extension**: \`.output/chrome-mv3\` loaded into Chromium; each page labelled as a
  syndicated article (the badge shows only there) is opened with its own scripts on. Measured: the
  time from DOMContentLoaded (the earliest \`document_idle\`) and from \`load\` to the insertion of
  the \`creditline-badge\` element, and the longest task a \`longtask\` PerformanceObserver reports
  after DOMContentLoaded (wall time, any script on the page).
- **Node**: the command line's path (linkedom parse + \`analyze()\`) against linkedom parse +
  Readability alone, in a separate process (a warm-up pass, then a measured pass; wall and process
  CPU time), and the real \`npm run analyze -- --json\` on every page in one process, timed from
  outside with GNU time (wall, user + system CPU, peak RSS). The pages/s budget uses wall time (the
  command line runs one worker thread per core); CPU seconds are shown beside it.
- **Sizes**: every file in \`.output/chrome-mv3\` and \`.output/firefox-mv2\`, raw and gzip -9.
- **Scaling**: pages of 10 kB to 5 MB built from one real wire article (its head, a header and
  footer of its links, its paragraphs repeated in order), timed in Node and Chromium; the log-log
  slope of time against size from 100 kB up is 1.0 when cost is linear.
- **Profiles**: a CPU profile of one extra run of the engine without Readability on every page in
  Chromium, and of \`npm run analyze\` over the corpus in Node, summed by function.

Only the content-script size budget is a CI test (\`tests/e2e/bundle-size.test.ts\`); timings stay here.

## Last run
`;

/** A text bar chart: one bar per page size, its length proportional to the time. */
function curve(title: string, points: { bytes: number; ms: number }[]): string {
  const ok = points.filter((p) => Number.isFinite(p.ms));
  if (!ok.length) return '';
  const max = Math.max(...ok.map((p) => p.ms));
  const bars = ok.map(
    (p) =>
      `${sizeLabel(Math.round(p.bytes / 1000) * 1000).padStart(7)} ${'#'.repeat(Math.max(1, Math.round((p.ms / max) * 60)))} ${p.ms.toFixed(0)} ms  (${(p.ms / (p.bytes / 1e6)).toFixed(0)} ms/MB)`,
  );
  return `\n### ${title}\n\n\`\`\`\n${bars.join('\n')}\n\`\`\`\n`;
}

function writeDocs(md: string, raw: BenchRaw): void {
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  const d = derive(raw);
  const curves =
    curve('Node CPU time per size (linkedom parse + analyze)', d.scale.node.map((s) => ({ bytes: s.bytes, ms: s.cpuMs }))) +
    curve('Chromium main-thread CPU time per size (full analyze())', d.scale.chromium.map((s) => ({ bytes: s.bytes, ms: s.fullCpuMs })));
  writeFileSync(join(ROOT, 'docs', 'bench.md'), DOCS_INTRO + '\n' + md + curves);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
