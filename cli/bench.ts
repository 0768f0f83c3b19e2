// npm run bench [-- --no-build --limit N --reps N --rounds N --engine-b FILE|DIR --no-badge
//                   --only sizes,node,cli,archive,chromium]
// Measures, on the corpus: the built extension's sizes; the engine in Node against Readability
// (cli/bench-node.bench.ts, vitest bench); the command line on a batch against a plain linkedom +
// Readability script, in alternated rounds; the engine in Chromium, cold and warm, and the real
// extension's badge (cli/bench-chromium.ts, where --engine-b compares a second build). Prints plain
// text; docs/bench.md says what each figure means. Not part of npm test.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchChromium, parseChromiumArgs } from './bench-chromium';
import { fmt, median, table } from './bench-stats';
import { contentScriptSize, engineSize } from './bench-sizes';
import { DEFAULT_CORPUS, readLabels } from './corpus';
import { CHROMIUM_PATH } from '../scripts/chromium';

const ROOT = join(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench-results');
const STAGES = ['sizes', 'node', 'cli', 'archive', 'chromium'] as const;
type Stage = (typeof STAGES)[number];

const log = (m: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const out = (...lines: string[]) => console.log(lines.join('\n'));

function parseArgs(argv: string[]) {
  const o = { build: true, rounds: 5, only: new Set<Stage>(STAGES), chromium: [] as string[], limit: 0, reps: 5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--no-build') o.build = false;
    else if (a === '--rounds') o.rounds = Math.max(1, Number(argv[++i]) || 1);
    else if (a === '--only') o.only = new Set((argv[++i] ?? '').split(',').filter((s): s is Stage => (STAGES as readonly string[]).includes(s)));
    else {
      // Everything else is the Chromium script's (it checks them); --limit and --reps apply to all.
      if (a === '--limit') o.limit = Math.max(0, Number(argv[i + 1]) || 0);
      if (a === '--reps') o.reps = Math.max(1, Number(argv[i + 1]) || 1);
      o.chromium.push(a);
      if (['--limit', '--reps', '--engine-a', '--engine-b', '--page-timeout', '--json'].includes(a)) o.chromium.push(argv[++i] ?? '');
    }
  }
  return o;
}

const version = (cmd: string, args: string[]) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop()!;
  } catch {
    return '?';
  }
};

/** One process, timed: wall seconds, and user + system CPU seconds (GNU time, children included). */
function timedRun(cmd: string, args: string[]): { wall: number; cpu: number; status: number | null } {
  const gnuTime = existsSync('/usr/bin/time');
  const t = performance.now();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'CREDITLINE_CPU=%U+%S', cmd, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
    : spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wall = (performance.now() - t) / 1000;
  const cpu = /CREDITLINE_CPU=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? '');
  return { wall, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN, status: r.status };
}

/** The command line as `npm run analyze` runs it against the plain script, in alternated rounds. */
function benchCli(files: string[], rounds: number): string {
  const runs = {
    cli: { cmd: join(ROOT, 'node_modules', '.bin', 'tsx'), args: [join(ROOT, 'cli', 'analyze.ts'), '--json', ...files], wall: [] as number[], cpu: [] as number[] },
    plain: { cmd: process.execPath, args: [join(ROOT, 'cli', 'bench-plain.mjs'), ...files], wall: [] as number[], cpu: [] as number[] },
  };
  const ratio = { wall: [] as number[], cpu: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    log(`command line: round ${r + 1}/${rounds}`);
    const order = r % 2 ? (['plain', 'cli'] as const) : (['cli', 'plain'] as const);
    for (const k of order) {
      const t = timedRun(runs[k].cmd, runs[k].args);
      if (t.status !== 0) throw new Error(`${k} run exited with ${t.status}`);
      runs[k].wall.push(t.wall);
      runs[k].cpu.push(t.cpu);
    }
    ratio.wall.push(runs.cli.wall[r]! / runs.plain.wall[r]!);
    ratio.cpu.push(runs.cli.cpu[r]! / runs.plain.cpu[r]!);
  }
  const spread = (v: number[], d = 2) => `${fmt(median(v), d)} (${fmt(Math.min(...v), d)}–${fmt(Math.max(...v), d)})`;
  return [
    `Command line on ${files.length} pages, ${rounds} alternated rounds: median (min–max)`,
    table(['', 'wall s', 'CPU s'], [
      ['tsx cli/analyze.ts --json (npm run analyze)', spread(runs.cli.wall), spread(runs.cli.cpu)],
      ['node cli/bench-plain.mjs', spread(runs.plain.wall), spread(runs.plain.cpu)],
      ['ratio, per round', spread(ratio.wall), spread(ratio.cpu)],
    ]),
    `pages/s: command line ${fmt(files.length / median(runs.cli.wall))}, plain ${fmt(files.length / median(runs.plain.wall))}`,
  ].join('\n');
}

function sizes(buildDir: string): string {
  const rows = ['chrome-mv3', 'firefox-mv2'].flatMap((t) => {
    const dir = join(buildDir, t);
    if (!existsSync(dir)) return [];
    const c = contentScriptSize(dir);
    const e = engineSize(dir);
    return [
      [`${t} content script (every page)`, fmt(c.raw / 1000), fmt(c.gzip / 1000)],
      [`${t} content-engine.js (article pages)`, fmt(e.raw / 1000), fmt(e.gzip / 1000)],
    ];
  });
  return ['Bundle sizes (kB = 1000 bytes)', table(['', 'raw kB', 'gzip -9 kB'], rows)].join('\n');
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const started = loadavg()[0]!;
  out(
    `Creditline benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${version('git', ['rev-parse', '--short', 'HEAD'])}`,
    `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, ${version(CHROMIUM_PATH, ['--version'])}; 1-minute load ${started.toFixed(2)} at start`,
    '',
  );
  if (o.build) {
    log('building (npm run build)');
    if (spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) throw new Error('npm run build failed');
  }
  // A private copy: a build into .output while this runs (a test run, another checkout) changes nothing here.
  const builds = mkdtempSync(join(tmpdir(), 'creditline-bench-'));
  try {
    cpSync(join(ROOT, '.output'), builds, { recursive: true });
    if (o.only.has('sizes')) out(sizes(builds), '');
    if (o.only.has('node')) {
      log('node: vitest bench (cli/bench-node.bench.ts)');
      const env = { ...process.env, CREDITLINE_BENCH_LIMIT: String(o.limit), CREDITLINE_BENCH_REPS: String(o.reps) };
      spawnSync('npx', ['vitest', 'bench', '--run', '--config', 'cli/bench-vitest.config.ts', '--disableConsoleIntercept'], { cwd: ROOT, env, stdio: 'inherit' });
    }
    const labels = readLabels(DEFAULT_CORPUS).slice(0, o.limit || undefined);
    if (o.only.has('cli')) out(benchCli(labels.map((l) => join(DEFAULT_CORPUS, l.file)), o.rounds), '');
    // The archive figures (pages/s and peak memory over a large archive of pages) come from their own
    // script when it is there.
    const archive = join(ROOT, 'cli', 'bench-archive.ts');
    if (o.only.has('archive') && existsSync(archive)) {
      log('archive: cli/bench-archive.ts');
      spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [archive], { cwd: ROOT, stdio: 'inherit' });
    }
    if (o.only.has('chromium')) {
      const c = parseChromiumArgs(o.chromium, { engineA: join(builds, 'chrome-mv3'), nameA: 'this build' });
      mkdirSync(RESULTS, { recursive: true });
      out(await benchChromium({ ...c, log }, c.json ?? join(RESULTS, 'chromium.json')), '');
    }
  } finally {
    rmSync(builds, { recursive: true, force: true });
  }
  out(`1-minute load ${started.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end`);
}

await main();
