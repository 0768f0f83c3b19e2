// Every rule family must stay linear on adversarial text: for each hostile run and each detector,
// four times the input may cost at most ten times the time (quadratic patterns cost sixteen), and
// no step may hang. Detectors are called directly on a Page from buildPage, in child processes.
import { describe, expect, it } from 'vitest';
import { HOSTILE_RUNS } from './generate';
import { collect, type Collected } from './run-measure';

const SMALL = 65_536;
const LARGE = 4 * SMALL;
// Below this a step is too fast to time reliably on a loaded two-core machine (one garbage collection
// of the large page's strings costs about this much), whatever its ratio. A quadratic pattern costs
// seconds at 256 K characters, far above it.
const NOISE_MS = 250;
const FLOOR_MS = 5;
const MAX_RATIO = 10;
// A step that prints nothing for this long on a 256 K run is far beyond any linear pattern.
const STALL_MS = 20_000;
// Absolute ceiling for one detector on 256 K characters per slot (about 4 s per megabyte).
const MAX_LARGE_MS = 1000;

/** Steps whose time grew more than MAX_RATIO times when the text grew four times. */
function superLinear(c: Collected, small: number): string[] {
  const byKey = new Map<string, { small?: number; large?: number }>();
  for (const r of c.rows) {
    const key = `${r.step} on "${r.run}"`;
    const e = byKey.get(key) ?? {};
    if (r.size === small) e.small = r.ms;
    else e.large = r.ms;
    byKey.set(key, e);
  }
  const out: string[] = [];
  for (const [key, { small: s, large: l }] of byKey) {
    if (s === undefined || l === undefined) continue;
    const ratio = l / Math.max(s, FLOOR_MS);
    if (l > NOISE_MS && ratio > MAX_RATIO) out.push(`${key}: ${s.toFixed(1)} ms → ${l.toFixed(1)} ms for 4× the text (×${ratio.toFixed(1)})`);
  }
  return out;
}

const keyOf = (flag: string) => flag.slice(0, flag.indexOf('": ') + 1);
const runOf = (flag: string) => flag.slice(flag.indexOf(' on "') + 5, flag.indexOf('": '));

describe('rule families stay linear on hostile text', () => {
  it('catches a pattern known to be quadratic', { timeout: 60_000 }, async () => {
    const canary = await collect(['one long word'], [8192, 32768], STALL_MS, 1, ['--canary']);
    expect(canary.errors).toEqual([]);
    expect(superLinear(canary, 8192).filter((s) => s.startsWith('canary'))).toHaveLength(1);
  });

  let result: Collected;

  it('measures every run without a hang or a crash', { timeout: 240_000 }, async () => {
    result = await collect(
      HOSTILE_RUNS.map((r) => r.name),
      [SMALL, LARGE],
      STALL_MS,
    );
    expect(result.errors).toEqual([]);
    expect(result.stalls.map((s) => `${s.step} on "${s.run}" (${s.size} chars) did not finish in ${STALL_MS / 1000} s`)).toEqual([]);
    // Every run measured every step at both sizes.
    const runs = new Set(result.rows.map((r) => r.run));
    expect([...runs].sort()).toEqual(HOSTILE_RUNS.map((r) => r.name).sort());
  });

  it('keeps time(4N) / time(N) under 10 for every detector and run', { timeout: 120_000 }, async () => {
    expect(result, 'the measurement step failed').toBeDefined();
    let flagged = superLinear(result, SMALL);
    if (flagged.length) {
      // A loaded machine can pause any step; a super-linear one is slow again when measured anew.
      const again = await collect([...new Set(flagged.map(runOf))], [SMALL, LARGE], STALL_MS);
      const still = new Set(superLinear(again, SMALL).map(keyOf));
      flagged = flagged.filter((f) => still.has(keyOf(f)));
    }
    expect(flagged).toEqual([]);
  });

  // The whole pipeline, Readability included, on the runs that once made it super-linear (finding F1:
  // white-space runs made Readability's retries re-parse one text node per &nbsp; under linkedom).
  it('keeps the whole analysis linear on white-space runs', { timeout: 120_000 }, async () => {
    const runs = ['no-break spaces', 'mixed white space', 'line breaks', 'mixed near-misses'];
    const whole = await collect(runs, [SMALL, LARGE], STALL_MS, 2, ['--analyze']);
    expect(whole.errors).toEqual([]);
    expect(whole.stalls).toEqual([]);
    let flagged = superLinear({ ...whole, rows: whole.rows.filter((r) => r.step === 'analyze') }, SMALL);
    if (flagged.length) {
      const again = await collect([...new Set(flagged.map(runOf))], [SMALL, LARGE], STALL_MS, 2, ['--analyze']);
      const still = new Set(superLinear({ ...again, rows: again.rows.filter((r) => r.step === 'analyze') }, SMALL).map(keyOf));
      flagged = flagged.filter((f) => still.has(keyOf(f)));
    }
    expect(flagged).toEqual([]);
    const slow = whole.rows.filter((r) => r.step === 'analyze' && r.size === LARGE && r.ms > 5000).map((r) => `${r.run}: ${r.ms.toFixed(0)} ms`);
    expect(slow).toEqual([]);
  });

  it(`analyses 256 K characters of hostile text per slot within ${MAX_LARGE_MS} ms per detector`, () => {
    expect(result, 'the measurement step failed').toBeDefined();
    const slow = result.rows.filter((r) => r.size === LARGE && r.ms > MAX_LARGE_MS).map((r) => `${r.step} on "${r.run}": ${r.ms.toFixed(0)} ms`);
    expect(slow).toEqual([]);
  });
});
