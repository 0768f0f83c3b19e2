// Which parts of a report a reader is shown: the text credits, and the evidence once each.
import type { AgencyCredit, Evidence, Report } from '../../lib/report';

/** Agencies credited for the text (not photo-only credits), strongest first. */
export function textAgencies(report: Report): AgencyCredit[] {
  return report.agencies.filter((a) => a.contribution !== 'photo').sort((a, b) => b.confidence - a.confidence);
}

/** Evidence de-duplicated by text and place, keeping the first (strongest) occurrence. */
export function uniqueEvidence(items: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((e) => {
    const key = `${e.where}\u0000${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** All evidence in the report, strongest first, without repeats. */
export function allEvidence(report: Report): Evidence[] {
  return uniqueEvidence([
    ...report.statusEvidence,
    ...(report.disclaimer ? [report.disclaimer] : []),
    ...report.agencies.flatMap((a) => a.evidence),
    ...report.embeds.flatMap((e) => e.evidence),
  ]);
}
