// npm run bench [-- --no-build --limit N --reps N --rounds N --engine-b FILE --no-badge --page-timeout S
//                   --only node,cli,chromium,archive,memory]
// Prints the cost figures docs/bench.md explains (the README's are copied from a run by hand): the
// engine in Node against Readability (vitest bench), the command line against a plain linkedom +
// Readability script in alternated rounds, the engine cold and warm in Chromium and the real badge,
// the command line on archives, the story memory. Sizes are printed by tests/e2e/bundle-size.test.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../scripts/chromium';
import { benchChromium } from './bench-chromium';
import { fmt, median, table } from './bench-stats';
import { DEFAULT_CORPUS, readLabels } from './corpus';

const ROOT = join(import.meta.dirname, '..');
const log = (m: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

const o = {
  build: true,
  limit: 0,
  reps: 5,
  rounds: 5,
  engineB: null as string | null,
  badge: true,
  pageTimeoutMs: 20_000,
  only: ['node', 'cli', 'chromium', 'archive', 'memory'],
};
const argv = process.argv.slice(2);
const positive = (v: string | undefined) => Math.max(1, Math.floor(Number(v)) || 1);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (a === '--no-build') o.build = false;
  else if (a === '--no-badge') o.badge = false;
  else if (a === '--limit') o.limit = positive(argv[++i]);
  else if (a === '--reps') o.reps = positive(argv[++i]);
  else if (a === '--rounds') o.rounds = positive(argv[++i]);
  else if (a === '--engine-b') o.engineB = argv[++i] ?? null;
  else if (a === '--page-timeout') o.pageTimeoutMs = positive(argv[++i]) * 1000;
  else if (a === '--only') o.only = (argv[++i] ?? '').split(',');
  else throw new Error(`unknown option ${a}`);
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

/** One process: wall seconds, and user + system CPU seconds of it and its threads (GNU time). */
function timedRun(cmd: string, args: string[]): { wall: number; cpu: number } {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'CREDITLINE_CPU=%U+%S', cmd, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args[0]} exited with ${r.status}`);
  const cpu = /CREDITLINE_CPU=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? '');
  return { wall: (performance.now() - t) / 1000, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN };
}

/** The command line as `npm run analyze` runs it (its package.json script, without npm) against the plain script, ABBA… */
function benchCli(files: string[]): string {
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.analyze!;
  const runs = {
    cli: [process.execPath, ...script.split(' ').slice(1), '--json', ...files],
    plain: [process.execPath, join(ROOT, 'cli', 'bench-plain.mjs'), ...files],
  };
  const t = { cli: { wall: [] as number[], cpu: [] as number[] }, plain: { wall: [] as number[], cpu: [] as number[] } };
  for (let r = 0; r < o.rounds; r++) {
    log(`command line: round ${r + 1}/${o.rounds}`);
    for (const k of r % 2 ? (['plain', 'cli'] as const) : (['cli', 'plain'] as const)) {
      const { wall, cpu } = timedRun(runs[k][0]!, runs[k].slice(1));
      t[k].wall.push(wall);
      t[k].cpu.push(cpu);
    }
  }
  const spread = (v: number[]) => `${fmt(median(v), 2)} (${fmt(Math.min(...v), 2)}–${fmt(Math.max(...v), 2)})`;
  const perRound = (k: 'wall' | 'cpu') => t.cli[k].map((v, i) => v / t.plain[k][i]!);
  return [
    `Command line on ${files.length} pages, ${o.rounds} alternated rounds: median (min–max)`,
    table(
      ['', 'wall s', 'CPU s'],
      [
        [`${script} --json`, spread(t.cli.wall), spread(t.cli.cpu)],
        ['node cli/bench-plain.mjs', spread(t.plain.wall), spread(t.plain.cpu)],
        ['ratio, per round', spread(perRound('wall')), spread(perRound('cpu'))],
      ],
    ),
    `pages/s: command line ${fmt(files.length / median(t.cli.wall))}, plain ${fmt(files.length / median(t.plain.wall))}`,
  ].join('\n');
}

const tsx = (file: string, args: string[] = [], env: Record<string, string> = {}) =>
  spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [file, ...args], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });

const started = loadavg()[0]!;
console.log(
  `Creditline benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${version('git', ['rev-parse', '--short', 'HEAD'])}`,
  `\n${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}, ${version(CHROMIUM_PATH, ['--version'])}; 1-minute load ${started.toFixed(2)} at start\n`,
);
for (const script of o.build ? ['build', 'build:cli'] : []) {
  log(`building (npm run ${script})`);
  if (spawnSync('npm', ['run', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) throw new Error(`npm run ${script} failed`);
}
// A private copy of the build: a build into .output while this runs (a test run) changes nothing here.
const builds = mkdtempSync(join(tmpdir(), 'creditline-bench-'));
try {
  cpSync(join(ROOT, '.output'), builds, { recursive: true });
  const env = { CREDITLINE_BENCH_LIMIT: String(o.limit), CREDITLINE_BENCH_REPS: String(o.reps) };
  if (o.only.includes('node'))
    spawnSync('npx', ['vitest', 'bench', '--run', '--config', 'cli/bench-vitest.config.ts', '--disableConsoleIntercept'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
  const labels = readLabels(DEFAULT_CORPUS).slice(0, o.limit || undefined);
  if (o.only.includes('cli')) console.log(benchCli(labels.map((l) => join(DEFAULT_CORPUS, l.file))), '\n');
  if (o.only.includes('chromium')) console.log(await benchChromium({ ...o, buildDir: join(builds, 'chrome-mv3'), log }), '\n');
  if (o.only.includes('archive')) tsx(join(ROOT, 'cli', 'bench-archive.ts'));
  const memory = join(ROOT, 'scripts', 'bench-story-memory.ts');
  if (o.only.includes('memory') && existsSync(memory)) tsx(memory, ['--chromium']);
} finally {
  rmSync(builds, { recursive: true, force: true });
}
console.log(`1-minute load ${started.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end`);
