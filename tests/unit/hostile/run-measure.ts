// Runs measure.ts in child processes and collects its lines. A step that prints nothing for
// `stallMs` is a hang: the child is killed, the step recorded as stalled, and the remaining runs go on
// in a fresh child. (A catastrophic regular expression cannot be stopped from inside its process.)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Measurement } from './measure';

export const REPO = join(import.meta.dirname, '..', '..', '..');
const SCRIPT = join(import.meta.dirname, 'measure.ts');

export interface Stall {
  run: string;
  size: number;
  step: string;
}

export interface Collected {
  rows: Measurement[];
  stalls: Stall[];
  errors: string[];
}

function runChild(runs: string[], sizes: number[], stallMs: number, out: Collected, extra: string[]): Promise<string[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, '--sizes', sizes.join(','), ...extra, ...runs], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const done = new Set<string>();
    let current: Stall | null = null;
    let buf = '';
    let stderr = '';
    let timer = setTimeout(onStall, stallMs);
    function onStall() {
      if (current) out.stalls.push(current);
      child.kill('SIGKILL');
    }
    child.stdout.on('data', (chunk: Buffer) => {
      clearTimeout(timer);
      timer = setTimeout(onStall, stallMs);
      buf += chunk.toString('utf8');
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        const m = JSON.parse(line) as Measurement & { start?: true; done?: true };
        if (m.done) done.add(m.run);
        else if (m.start) current = { run: m.run, size: m.size, step: m.step };
        else {
          out.rows.push(m);
          current = null;
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0 && signal !== 'SIGKILL') out.errors.push(`measure.ts exited ${code}: ${stderr.slice(-2000)}`);
      // A stalled run counts as done (it failed); the runs after it still need measuring.
      const stalled = signal === 'SIGKILL' && current ? (current as Stall).run : null;
      resolve(runs.filter((r) => !done.has(r) && r !== stalled));
    });
  });
}

/** Measures every run at every size, `parallel` children at a time. */
export async function collect(runs: string[], sizes: number[], stallMs: number, parallel = 2, extra: string[] = []): Promise<Collected> {
  const out: Collected = { rows: [], stalls: [], errors: [] };
  const shares: string[][] = Array.from({ length: parallel }, () => []);
  runs.forEach((r, i) => shares[i % parallel]!.push(r));
  await Promise.all(
    shares.map(async (share) => {
      let left = share;
      // Each pass either finishes the share or drops the stalled run, so this ends.
      for (let pass = 0; left.length && pass <= share.length; pass++) {
        const before = left.length;
        left = await runChild(left, sizes, stallMs, out, extra);
        if (left.length >= before && out.errors.length) break;
      }
    }),
  );
  return out;
}
