// npm run bench [-- --no-build --limit N --reps N --rounds N --engine-a FILE|DIR --engine-b FILE|DIR
//                   --no-badge --page-timeout S --only sizes,node,cli,archive,chromium]
// Measures on the corpus: the built extension's sizes; the engine in Node against Readability
// (cli/bench-node.bench.ts, vitest bench); the command line on a batch against a plain linkedom +
// Readability script, in alternated rounds; the engine in Chromium, cold and warm, and the real
// extension's badge (cli/bench-chromium.ts). --engine-a/-b name a built content-engine.js or a build
// folder (default A: this checkout's build); with B both run on every page and B/A is printed.
// Prints plain text; docs/bench.md says what each figure means. Not part of npm test.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../scripts/chromium';
import { benchChromium, readEngine } from './bench-chromium';
import { contentScriptSize, engineSize } from './bench-sizes';
import { fmt, median, table } from './bench-stats';
import { DEFAULT_CORPUS, readLabels } from './corpus';

const ROOT = join(import.meta.dirname, '..');
const STAGES = ['sizes', 'node', 'cli', 'archive', 'chromium'];

const log = (m: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const out = (...lines: string[]) => console.log(lines.join('\n'));

function parseArgs(argv: string[]) {
  const o = { build: true, limit: 0, reps: 5, rounds: 5, a: null as string | null, b: null as string | null, badge: true, pageTimeoutMs: 20_000, only: STAGES };
  const positive = (v: string | undefined) => Math.max(1, Math.floor(Number(v)) || 1);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--no-build') o.build = false;
    else if (a === '--no-badge') o.badge = false;
    else if (a === '--limit') o.limit = positive(argv[++i]);
    else if (a === '--reps') o.reps = positive(argv[++i]);
    else if (a === '--rounds') o.rounds = positive(argv[++i]);
    else if (a === '--engine-a') o.a = argv[++i] ?? null;
    else if (a === '--engine-b') o.b = argv[++i] ?? null;
    else if (a === '--page-timeout') o.pageTimeoutMs = positive(argv[++i]) * 1000;
    else if (a === '--only') o.only = (argv[++i] ?? '').split(',');
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const version = (cmd: string, args: string[]) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .split('\n')
      .pop()!;
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

/** The command line as `npm run analyze` runs it (its package.json script, without npm), against the plain script. */
function benchCli(files: string[], rounds: number): string {
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.analyze!;
  const [bin, ...rest] = script.split(' ');
  const cmd = bin === 'node' ? process.execPath : join(ROOT, 'node_modules', '.bin', bin!);
  const runs = {
    cli: { cmd, args: [...rest, '--json', ...files], wall: [] as number[], cpu: [] as number[] },
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
    table(
      ['', 'wall s', 'CPU s'],
      [
        [`${script} --json`, spread(runs.cli.wall), spread(runs.cli.cpu)],
        ['node cli/bench-plain.mjs', spread(runs.plain.wall), spread(runs.plain.cpu)],
        ['ratio, per round', spread(ratio.wall), spread(ratio.cpu)],
      ],
    ),
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
    for (const script of ['build', 'build:cli']) {
      log(`building (npm run ${script})`);
      if (spawnSync('npm', ['run', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) throw new Error(`npm run ${script} failed`);
    }
  }
  // A private copy: a build into .output while this runs (a test run, another checkout) changes nothing here.
  const builds = mkdtempSync(join(tmpdir(), 'creditline-bench-'));
  try {
    cpSync(join(ROOT, '.output'), builds, { recursive: true });
    if (o.only.includes('sizes')) out(sizes(builds), '');
    if (o.only.includes('node')) {
      log('node: vitest bench (cli/bench-node.bench.ts)');
      const env = { ...process.env, CREDITLINE_BENCH_LIMIT: String(o.limit), CREDITLINE_BENCH_REPS: String(o.reps) };
      spawnSync('npx', ['vitest', 'bench', '--run', '--config', 'cli/bench-vitest.config.ts', '--disableConsoleIntercept'], {
        cwd: ROOT,
        env,
        stdio: 'inherit',
      });
    }
    const labels = readLabels(DEFAULT_CORPUS).slice(0, o.limit || undefined);
    if (o.only.includes('cli'))
      out(
        benchCli(
          labels.map((l) => join(DEFAULT_CORPUS, l.file)),
          o.rounds,
        ),
        '',
      );
    // The archive figures (pages/s and peak memory over a large archive of pages) come from their own
    // script when it is there.
    const archive = join(ROOT, 'cli', 'bench-archive.ts');
    if (o.only.includes('archive') && existsSync(archive)) {
      log('archive: cli/bench-archive.ts');
      spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [archive], { cwd: ROOT, stdio: 'inherit' });
    }
    if (o.only.includes('chromium')) {
      const engines = [
        readEngine(o.a ?? join(builds, 'chrome-mv3'), `${o.b ? 'A: ' : ''}${o.a ?? 'this build'}`),
        ...(o.b ? [readEngine(o.b, `B: ${o.b}`)] : []),
      ];
      mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
      out(await benchChromium({ ...o, engines, log }, join(ROOT, 'bench-results', 'chromium.json')), '');
    }
  } finally {
    rmSync(builds, { recursive: true, force: true });
  }
  out(`1-minute load ${started.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end`);
}

await main();
