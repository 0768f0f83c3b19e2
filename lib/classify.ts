// Weighs the detectors' findings into one editorial status with its evidence and confidence.
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

export function classify(input: ClassifyInput): Verdict {
  if (!input.isArticle) {
    return { status: 'not-article', confidence: 0.7, evidence: input.articleEvidence, disclaimer: null, republishedFrom: null };
  }
  return { status: 'staff', confidence: 0.5, evidence: [], disclaimer: null, republishedFrom: null };
}
