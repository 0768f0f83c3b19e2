// For the command line's tests: the compiled command line (built once per test file into a
// temporary folder under dist/, exactly as `npm run build:cli` builds it), run as a child process.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

let built: Promise<string> | null = null;

/** The compiled command line's entry script. */
export function compiledCli(): Promise<string> {
  built ??= (async () => {
    const { buildCli } = await import('./build.mjs');
    // Inside dist/, as the real build: the command line finds the project's files (locales/) above it.
    const parent = join(REPO, 'dist');
    mkdirSync(parent, { recursive: true });
    // A test process that is killed leaves its build behind: builds over an hour old are removed.
    for (const old of readdirSync(parent).filter((n) => n.startsWith('test-cli-'))) {
      if (Date.now() - statSync(join(parent, old)).mtimeMs > 3_600_000) rmSync(join(parent, old), { recursive: true, force: true });
    }
    const dir = await buildCli(mkdtempSync(join(parent, 'test-cli-')));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return join(dir, 'analyze.mjs');
  })();
  return built;
}

/** Runs the compiled command line without blocking this process (a test server may live here). */
export async function cli(args: string[], options: { stdin?: Buffer; timeoutMs?: number; cwd?: string } = {}): Promise<Run> {
  const entry = await compiledCli();
  const timeoutMs = options.timeoutMs ?? 90_000;
  return new Promise((resolve, reject) => {
    const t = Date.now();
    const child = spawn(process.execPath, [entry, ...args], { cwd: options.cwd ?? REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.stdin.end(options.stdin ?? undefined);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the command line did not finish in ${timeoutMs} ms; stderr: ${stderr.slice(-500)}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - t });
    });
  });
}

/** The JSON lines of a run's output. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A report without what differs between runs of the same page (its timings) and its input name. */
export function comparable(r: Record<string, unknown>): Record<string, unknown> {
  const { timings: _t, input: _i, ...rest } = r;
  if (rest.diagnostics && typeof rest.diagnostics === 'object') {
    const { timings: _dt, ...diagnostics } = rest.diagnostics as Record<string, unknown>;
    rest.diagnostics = diagnostics;
  }
  return rest;
}
