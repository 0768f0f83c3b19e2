// Weighs the detectors' findings into one editorial status with its evidence and confidence.
// Order of precedence, strongest claim first: a page that is not an article; a press release or paid
// content (what the reader is looking at, whoever wrote it); a statement that agency copy runs
// unedited; agency copy; a named non-agency original; agency material in a staff story; staff.
import type { StatusSignal } from './detectors/types';
import type { AgencyCredit, Evidence, Status } from './report';

export interface ClassifyInput {
  isArticle: boolean;
  articleEvidence: Evidence[];
  agencies: AgencyCredit[];
  signals: StatusSignal[];
}

export interface Verdict {
  status: Status;
  confidence: number;
  evidence: Evidence[];
  disclaimer: Evidence | null;
  republishedFrom: string | null;
}

/** Signals weaker than this do not decide a status on their own. */
const DECISIVE = 0.7;

function strongest(signals: StatusSignal[], status: StatusSignal['status']): StatusSignal[] {
  return signals.filter((s) => s.status === status).sort((a, b) => b.strength - a.strength);
}

/** Combined confidence of independent pieces of evidence: 1 - Π(1 - p). */
function combine(ps: number[]): number {
  const c = 1 - ps.reduce((acc, p) => acc * (1 - Math.min(Math.max(p, 0), 0.99)), 1);
  // Never claim certainty: the page could still be lying.
  return Math.min(0.99, Math.round(c * 100) / 100);
}

export function classify(input: ClassifyInput): Verdict {
  const { signals } = input;
  const base = { disclaimer: null, republishedFrom: null };
  if (!input.isArticle) {
    return { ...base, status: 'not-article', confidence: combine([0.75, ...input.articleEvidence.map(() => 0.1)]), evidence: input.articleEvidence };
  }

  const textCredits = input.agencies.filter((a) => a.role === 'text');
  const copy = textCredits.filter((a) => a.contribution === 'copy');
  const inputs = textCredits.filter((a) => a.contribution === 'inputs');
  const creditEvidence = (list: AgencyCredit[]) => list.flatMap((a) => a.evidence);

  // Custom phrases from the user always win: they asked for exactly this.
  const custom = signals.find((s) => s.evidence.where === 'custom-rule');
  if (custom) {
    return { ...base, status: custom.status, confidence: custom.strength, evidence: [custom.evidence], disclaimer: custom.evidence };
  }

  for (const status of ['press-release', 'sponsored'] as const) {
    const found = strongest(signals, status);
    if (found[0] && found[0].strength >= DECISIVE) {
      return { ...base, status, confidence: combine(found.map((s) => s.strength)), evidence: found.map((s) => s.evidence), disclaimer: found[0].evidence };
    }
  }

  const unedited = strongest(signals, 'wire-unedited');
  if (unedited[0] && unedited[0].strength >= DECISIVE) {
    return {
      ...base,
      status: 'wire-unedited',
      confidence: combine([...unedited.map((s) => s.strength), ...copy.map((a) => a.confidence)]),
      evidence: [...unedited.map((s) => s.evidence), ...creditEvidence(textCredits)],
      disclaimer: unedited[0].evidence,
    };
  }

  const republished = strongest(signals, 'republished');
  const named = republished.find((s) => s.strength >= 0.85);
  // An explicit "originally appeared on X" names the real original even when an agency distributed it.
  const republishedVerdict = (lead: StatusSignal): Verdict => ({
    status: 'republished',
    confidence: combine(republished.map((s) => s.strength)),
    evidence: republished.map((s) => s.evidence),
    disclaimer: lead.evidence,
    republishedFrom: lead.from ?? null,
  });
  if (named && (!copy.length || named.strength >= 0.9)) return republishedVerdict(named);

  if (copy.length) {
    return {
      ...base,
      status: 'wire',
      confidence: combine(copy.map((a) => a.confidence)),
      evidence: creditEvidence(copy),
      disclaimer: null,
    };
  }

  const weakRepublished = republished.find((s) => s.strength >= DECISIVE);
  if (weakRepublished) return republishedVerdict(weakRepublished);

  if (inputs.length) {
    return {
      ...base,
      status: 'wire-assisted',
      confidence: combine(inputs.map((a) => a.confidence)),
      evidence: creditEvidence(inputs),
      disclaimer: inputs[0]!.evidence[0] ?? null,
    };
  }

  // Staff: no credit for the text. Say how sure we are from what was checked, and show the weaker
  // hints that did not decide (a canonical elsewhere) so a reader can judge.
  const hints = signals.filter((s) => s.strength < DECISIVE).map((s) => s.evidence);
  return { ...base, status: 'staff', confidence: hints.length ? 0.6 : 0.8, evidence: hints };
}
