// Where the time goes, from V8 CPU profiles: self time by function and by file, and inclusive
// time of the engine's functions. Used by the benchmark for the Chromium profile, and by hand:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx cli/analyze.ts --json PAGES...
//   npx tsx cli/bench-profile.ts /tmp/prof/CPU.*.cpuprofile [TOP]
import { readFileSync } from 'node:fs';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  totalMs: number;
  selfByFunction: [name: string, ms: number][];
  selfByFile: [file: string, ms: number][];
  inclusive: [name: string, ms: number][];
}

/** Sums of microseconds by key, added to over one or more profiles. */
export interface ProfileTotals {
  totalUs: number;
  fn: Map<string, number>;
  file: Map<string, number>;
  incl: Map<string, number>;
}

export const newTotals = (): ProfileTotals => ({ totalUs: 0, fn: new Map(), file: new Map(), incl: new Map() });

const shortUrl = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, 'node_modules/')
    .replace(/^.*\/(lib|cli|entrypoints|utils)\//, '$1/') || '(no file)';

const NATIVE = new Set(['(garbage collector)', '(idle)', '(program)', '(root)']);

/**
 * Adds one profile. `inclusiveOf` picks the frames whose inclusive time is listed (default: the
 * engine's files under lib/); each such function counts once per sample however deep it recurses.
 */
export function addProfile(totals: ProfileTotals, profile: Profile, inclusiveOf = (f: ProfileNode) => /\/lib\//.test(f.callFrame.url)): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
  const label = (n: ProfileNode) =>
    NATIVE.has(n.callFrame.functionName)
      ? n.callFrame.functionName
      : `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url ? ` ${shortUrl(n.callFrame.url)}` : ''}${n.callFrame.url && n.callFrame.lineNumber > 0 ? `:${n.callFrame.lineNumber + 1}` : ''}`;
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  for (const [id, us] of selfUs) {
    const n = byId.get(id)!;
    if (n.callFrame.functionName === '(idle)') continue;
    totals.totalUs += us;
    add(totals.fn, label(n), us);
    add(totals.file, shortUrl(n.callFrame.url), us);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!;
      if (!inclusiveOf(f)) continue;
      const l = label(f);
      if (!seen.has(l)) {
        seen.add(l);
        add(totals.incl, l, us);
      }
    }
  }
}

export function summarize(totals: ProfileTotals, top = 25): ProfileSummary {
  const sorted = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => [k, Math.round(v / 100) / 10] as [string, number]);
  return {
    totalMs: Math.round(totals.totalUs / 1000),
    selfByFunction: sorted(totals.fn),
    selfByFile: sorted(totals.file),
    inclusive: sorted(totals.incl),
  };
}

export function renderProfile(s: ProfileSummary, inclusiveTitle = 'inclusive time, engine functions (lib/)'): string {
  const lines = [`profile: ${s.totalMs} ms sampled (idle excluded)`];
  const show = (title: string, rows: [string, number][]) => {
    lines.push('', title);
    for (const [k, ms] of rows) lines.push(`${ms.toFixed(1).padStart(9)} ms  ${((ms / s.totalMs) * 100).toFixed(1).padStart(5)}%  ${k}`);
  };
  show(inclusiveTitle, s.inclusive);
  show('self time by function', s.selfByFunction);
  show('self time by file', s.selfByFile);
  return lines.join('\n');
}

function main(): void {
  const [path, n = '25'] = process.argv.slice(2);
  if (!path) {
    console.error('usage: npx tsx cli/bench-profile.ts FILE.cpuprofile [TOP]');
    process.exit(2);
  }
  const totals = newTotals();
  addProfile(totals, JSON.parse(readFileSync(path, 'utf8')) as Profile);
  console.log(renderProfile(summarize(totals, Number(n))));
}

if (process.argv[1]?.endsWith('bench-profile.ts')) main();
