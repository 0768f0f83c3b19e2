// Which parts of a report a reader is shown: the text credits, and the evidence once each.
import type { AgencyCredit, Evidence, Report } from '../../lib/report';

/** Agencies credited for the text (not photo-only credits), strongest first. */
export function textAgencies(report: Report): AgencyCredit[] {
  return report.agencies.filter((a) => a.contribution !== 'photo').sort((a, b) => b.confidence - a.confidence);
}

/**
 * Evidence text as compared for repeats: Unicode-normalised, in lower case, with punctuation, symbols
 * and runs of space folded, so "(ANI)" quoted from the sign-off and from the credit is one piece.
 */
export function evidenceKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/** Evidence de-duplicated by normalised text, keeping the first (strongest) occurrence. */
export function uniqueEvidence(items: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((e) => {
    const key = evidenceKey(e.text);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A picture's credit or caption says who took the photo, never who wrote the text. */
function aboutTheText(e: Evidence): boolean {
  return e.where !== 'caption' && e.ruleId !== 'photo-credit' && e.ruleId !== 'picture-credit';
}

/** The evidence for the verdict on the text: the disclaimer, the status's evidence, the text credits; once each, no captions. */
export function verdictEvidence(report: Report): Evidence[] {
  return uniqueEvidence(
    [...(report.disclaimer ? [report.disclaimer] : []), ...report.statusEvidence, ...textAgencies(report).flatMap((a) => a.evidence)].filter(aboutTheText),
  );
}

/** All evidence in the report, strongest first, without repeats: the verdict's, then the embedded posts'. */
export function allEvidence(report: Report): Evidence[] {
  return uniqueEvidence([...verdictEvidence(report), ...report.embeds.flatMap((e) => e.evidence)]);
}
