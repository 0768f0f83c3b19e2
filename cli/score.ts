// Scores reports against corpus labels exactly as the corpus README describes.
import type { CorpusLabel } from '../lib/corpus-label';
import type { CliReport } from './output';

/** The fields of a corpus label the scorer reads. */
export type Label = Pick<
  CorpusLabel,
  | 'id'
  | 'file'
  | 'url'
  | 'isArticle'
  | 'status'
  | 'statusAlt'
  | 'agencies'
  | 'optionalAgencies'
  | 'photoOnlyAgencies'
  | 'disclaimer'
  | 'republishedFrom'
  | 'embeds'
>;

export interface Miss {
  id: string;
  field: 'agencies' | 'status' | 'embeds' | 'postIds' | 'error';
  expected: string;
  got: string;
}

/** One confidence band: the pages whose stated confidence fell in [lo, hi), and how many were right. */
export interface CalibrationBand {
  label: string;
  lo: number;
  hi: number;
  count: number;
  correct: number;
  /** Share of these pages whose status was right (null for an empty band). */
  accuracy: number | null;
  meanConfidence: number | null;
}

export interface Calibration {
  bands: CalibrationBand[];
  /** The same per predicted status: which verdicts claim more (or less) than they deliver. */
  byStatus: Record<string, { count: number; correct: number; accuracy: number; meanConfidence: number }>;
  /** Expected calibration error: the page-weighted gap between stated confidence and accuracy per band. */
  ece: number;
  /** Mean squared gap between stated confidence and being right (0 or 1): lower is better. */
  brier: number;
}

/** Lower edges of the bands; the last runs to 1 inclusive. */
export const CONFIDENCE_BANDS = [0, 0.6, 0.7, 0.8, 0.9, 0.95];

export function calibration(points: { status: string; confidence: number; correct: boolean }[], edges = CONFIDENCE_BANDS): Calibration {
  const fmt = (x: number) => x.toFixed(2).replace(/^0/, '');
  const bands: CalibrationBand[] = edges.map((lo, i) => {
    const hi = edges[i + 1] ?? Number.POSITIVE_INFINITY;
    const label = i === 0 ? `<${fmt(hi)}` : hi === Number.POSITIVE_INFINITY ? `≥${fmt(lo)}` : `${fmt(lo)}–${fmt(hi)}`;
    return { label, lo, hi: Math.min(hi, 1), count: 0, correct: 0, accuracy: null, meanConfidence: null };
  });
  const sums = bands.map(() => 0);
  const byStatus: Calibration['byStatus'] = {};
  let brier = 0;
  for (const p of points) {
    // Edges at 0.95 and a confidence of 0.95 must land in the same band however the float rounds.
    const c = Math.round(p.confidence * 1e6) / 1e6;
    let i = edges.length - 1;
    while (i > 0 && c < edges[i]!) i--;
    bands[i]!.count++;
    if (p.correct) bands[i]!.correct++;
    sums[i]! += p.confidence;
    const st = (byStatus[p.status] ??= { count: 0, correct: 0, accuracy: 0, meanConfidence: 0 });
    st.count++;
    if (p.correct) st.correct++;
    st.meanConfidence += p.confidence;
    brier += (p.confidence - (p.correct ? 1 : 0)) ** 2;
  }
  let ece = 0;
  bands.forEach((b, i) => {
    if (!b.count) return;
    b.accuracy = b.correct / b.count;
    b.meanConfidence = sums[i]! / b.count;
    ece += (b.count / points.length) * Math.abs(b.accuracy - b.meanConfidence);
  });
  for (const st of Object.values(byStatus)) {
    st.accuracy = st.correct / st.count;
    st.meanConfidence /= st.count;
  }
  return { bands, byStatus, ece, brier: points.length ? brier / points.length : 0 };
}

export interface Scores {
  pages: number;
  agencies: { tp: number; fp: number; fn: number; precision: number; recall: number; staffFalseCredits: number };
  status: { correct: number; total: number; accuracy: number; confusion: Record<string, Record<string, number>> };
  embeds: { tp: number; predicted: number; gold: number; precision: number; recall: number; postIdsFound: number; postIdsGold: number; postIdRate: number };
  /** Whether a stated confidence of 0.9 is right about 90% of the time (pages that failed to analyse are left out). */
  calibration: Calibration;
  misses: Miss[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** The post id in a post URL: a post-id query parameter, the segment after /status/, /p/, /posts/…, or the last long digit run. */
export function postIdOf(url: string | null): string | null {
  if (!url) return null;
  const m =
    // LinkedIn names a post by its URN, also inside an embed address ("/embed/feed/update/urn:li:share:…").
    url.match(/urn:li:(?:share|activity|ugcPost):(\d+)/) ??
    url.match(/[?&](?:fbid|story_fbid|v|id)=([\w-]+)/) ??
    url.match(/\/(?:status|statuses)\/(\d+)/) ??
    url.match(/\/(?:p|reel|reels|tv|post|posts|video|videos|shorts|embed)\/([\w-]+)/i) ??
    url.match(/youtu\.be\/([\w-]+)/) ??
    url.match(/(\d{6,})(?!.*\d{6,})/);
  return m ? m[1]! : null;
}

export function score(labels: Label[], reports: Map<string, CliReport | { error: string }>): Scores {
  const s: Scores = {
    pages: labels.length,
    agencies: { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, staffFalseCredits: 0 },
    status: { correct: 0, total: 0, accuracy: 0, confusion: {} },
    embeds: { tp: 0, predicted: 0, gold: 0, precision: 0, recall: 0, postIdsFound: 0, postIdsGold: 0, postIdRate: 0 },
    calibration: calibration([]),
    misses: [],
  };
  const points: { status: string; confidence: number; correct: boolean }[] = [];
  for (const label of labels) {
    const r = reports.get(label.id);
    if (!r || 'error' in r) {
      s.misses.push({ id: label.id, field: 'error', expected: 'a report', got: r && 'error' in r ? r.error : 'nothing' });
      s.agencies.fn += label.agencies.length;
      s.status.total++;
      s.embeds.gold += label.embeds.length;
      continue;
    }
    // Agencies: text credits only.
    const predicted = new Set(r.agencies.filter((a) => a.contribution !== 'photo').map((a) => a.id));
    const gold = new Set(label.agencies);
    const optional = new Set(label.optionalAgencies);
    const tp = [...predicted].filter((id) => gold.has(id));
    const fp = [...predicted].filter((id) => !gold.has(id) && !optional.has(id));
    const fn = [...gold].filter((id) => !predicted.has(id));
    s.agencies.tp += tp.length;
    s.agencies.fp += fp.length;
    s.agencies.fn += fn.length;
    if (gold.size === 0 && fp.length > 0) s.agencies.staffFalseCredits++;
    if (fp.length || fn.length) {
      s.misses.push({ id: label.id, field: 'agencies', expected: [...gold].join(',') || '—', got: [...predicted].join(',') || '—' });
    }
    // Status.
    s.status.total++;
    const ok = r.status === label.status || label.statusAlt.includes(r.status);
    if (ok) s.status.correct++;
    else s.misses.push({ id: label.id, field: 'status', expected: [label.status, ...label.statusAlt].join('|'), got: r.status });
    points.push({ status: r.status, confidence: r.confidence, correct: ok });
    const row = (s.status.confusion[label.status] ??= {});
    row[r.status] = (row[r.status] ?? 0) + 1;
    // Embeds: per platform counts.
    const goldCount = new Map<string, number>();
    const predCount = new Map<string, number>();
    for (const e of label.embeds) goldCount.set(e.platform, (goldCount.get(e.platform) ?? 0) + 1);
    for (const e of r.embeds) predCount.set(e.platform, (predCount.get(e.platform) ?? 0) + 1);
    let pageTp = 0;
    for (const [p, n] of goldCount) pageTp += Math.min(n, predCount.get(p) ?? 0);
    s.embeds.tp += pageTp;
    s.embeds.gold += label.embeds.length;
    s.embeds.predicted += r.embeds.length;
    if (pageTp !== label.embeds.length || pageTp !== r.embeds.length) {
      const fmt = (m: Map<string, number>) => [...m].map(([p, n]) => `${p}×${n}`).join(',') || '—';
      s.misses.push({ id: label.id, field: 'embeds', expected: fmt(goldCount), got: fmt(predCount) });
    }
    const foundIds = new Set(r.embeds.map((e) => e.postId ?? postIdOf(e.url)).filter((x): x is string => !!x));
    for (const e of label.embeds) {
      const id = postIdOf(e.url);
      if (!id) continue;
      s.embeds.postIdsGold++;
      if (foundIds.has(id)) s.embeds.postIdsFound++;
      else s.misses.push({ id: label.id, field: 'postIds', expected: e.url!, got: [...foundIds].join(',') || '—' });
    }
  }
  s.agencies.precision = ratio(s.agencies.tp, s.agencies.tp + s.agencies.fp);
  s.agencies.recall = ratio(s.agencies.tp, s.agencies.tp + s.agencies.fn);
  s.status.accuracy = ratio(s.status.correct, s.status.total);
  s.embeds.precision = ratio(s.embeds.tp, s.embeds.predicted);
  s.embeds.recall = ratio(s.embeds.tp, s.embeds.gold);
  s.embeds.postIdRate = ratio(s.embeds.postIdsFound, s.embeds.postIdsGold);
  s.calibration = calibration(points);
  return s;
}
