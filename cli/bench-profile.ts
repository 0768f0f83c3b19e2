// `npx tsx cli/bench-profile.ts FILE.cpuprofile [TOP]` on a profile from
// `node --cpu-prof --import tsx cli/analyze.ts --json PAGES...` lists where the
// time goes: self time by function and by file, and inclusive time of the engine's functions.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  selfByFunction: [name: string, ms: number][];
  selfByFile: [file: string, ms: number][];
  inclusiveEngine: [name: string, ms: number][];
}

const shortUrl = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, 'node_modules/')
    .replace(/^.*\/(lib|cli|entrypoints|utils)\//, '$1/') || '(native)';

export function summarizeProfile(profile: Profile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const n = byId.get(id)!;
    total += us;
    add(fn, label(n), us);
    add(file, shortUrl(n.callFrame.url), us);
    // Inclusive time for engine functions: every lib/ frame on the stack, counted once per sample.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!;
      if (!/\/lib\//.test(f.callFrame.url)) continue;
      const l = label(f);
      if (!seen.has(l)) {
        seen.add(l);
        add(incl, l, us);
      }
    }
  }
  const sorted = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => [k, Math.round(v / 100) / 10] as [string, number]);
  return { totalMs: Math.round(total / 1000), selfByFunction: sorted(fn), selfByFile: sorted(file), inclusiveEngine: sorted(incl) };
}

function main(): void {
  const [path, n = '25'] = process.argv.slice(2);
  if (!path) {
    console.error('usage: npx tsx cli/bench-profile.ts FILE.cpuprofile [TOP]');
    process.exit(2);
  }
  const s = summarizeProfile(JSON.parse(readFileSync(path, 'utf8')) as Profile, Number(n));
  const show = (title: string, rows: [string, number][]) => {
    console.log(`\n${title}`);
    for (const [k, ms] of rows) console.log(`${ms.toFixed(1).padStart(9)} ms  ${(ms / s.totalMs * 100).toFixed(1).padStart(5)}%  ${k}`);
  };
  console.log(`profile: ${s.totalMs} ms sampled`);
  show('self time by function', s.selfByFunction);
  show('self time by file', s.selfByFile);
  show('inclusive time, engine functions (lib/)', s.inclusiveEngine);
}

main();
