// npm run eval [-- DIR] [--json]: scores the engine on a labelled corpus, lists every miss and shows
// whether its stated confidence matches how often it is right.
import { readLabels, runLabel, DEFAULT_CORPUS } from './corpus';
import { score } from './score';
import type { CliReport } from './output';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const dir = argv.find((a) => !a.startsWith('--')) ?? DEFAULT_CORPUS;

const labels = readLabels(dir);
const reports = new Map<string, CliReport | { error: string }>();
const times: [string, number][] = [];
for (const label of labels) {
  const t = performance.now();
  reports.set(label.id, runLabel(dir, label));
  times.push([label.id, performance.now() - t]);
}
const s = score(labels, reports);
const slowest = times
  .sort((a, b) => b[1] - a[1])
  .slice(0, 5)
  .map(([id, ms]) => ({ id, ms: Math.round(ms) }));

if (json) {
  console.log(JSON.stringify({ ...s, slowest }, null, 2));
} else {
  const pct = (x: number) => x.toFixed(3);
  for (const m of s.misses) console.log(`miss  ${m.id.padEnd(48)} ${m.field.padEnd(9)} expected ${m.expected}  got ${m.got}`);
  console.log('');
  console.log(`pages ${s.pages}`);
  console.log(
    `agencies   precision ${pct(s.agencies.precision)}  recall ${pct(s.agencies.recall)}  (tp ${s.agencies.tp}, fp ${s.agencies.fp}, fn ${s.agencies.fn})  staff pages credited: ${s.agencies.staffFalseCredits}`,
  );
  console.log(`status     accuracy ${pct(s.status.accuracy)}  (${s.status.correct}/${s.status.total})`);
  console.log(
    `embeds     precision ${pct(s.embeds.precision)}  recall ${pct(s.embeds.recall)}  (tp ${s.embeds.tp}, predicted ${s.embeds.predicted}, gold ${s.embeds.gold})  post ids found ${pct(s.embeds.postIdRate)} (${s.embeds.postIdsFound}/${s.embeds.postIdsGold})`,
  );
  console.log('confusion (gold → predicted):');
  for (const [gold, row] of Object.entries(s.status.confusion)) {
    console.log(
      `  ${gold.padEnd(14)} ${Object.entries(row)
        .map(([p, n]) => `${p}:${n}`)
        .join('  ')}`,
    );
  }
  const c = s.calibration;
  const f2 = (x: number | null) => (x === null ? '   —' : x.toFixed(2));
  console.log('calibration (stated confidence → share of statuses right):');
  console.log(`  ${'band'.padEnd(10)} ${'pages'.padStart(5)} ${'right'.padStart(5)}  accuracy  stated`);
  for (const b of c.bands)
    console.log(
      `  ${b.label.padEnd(10)} ${String(b.count).padStart(5)} ${String(b.correct).padStart(5)}  ${f2(b.accuracy).padStart(8)}  ${f2(b.meanConfidence).padStart(6)}`,
    );
  console.log(`  ECE ${pct(c.ece)}  Brier ${pct(c.brier)}`);
  console.log(
    `  by status: ${Object.entries(c.byStatus)
      .map(([st, x]) => `${st} ${x.count} stated ${f2(x.meanConfidence)} right ${f2(x.accuracy)}`)
      .join('; ')}`,
  );
  console.log(`slowest pages: ${slowest.map((x) => `${x.id} ${x.ms} ms`).join(', ')}`);
}
