// What the inline badge shows, read from a report: the line, the evidence, the originals and the
// posts. Links are kept only when they are http(s).
import type { Evidence, OriginalSource, Report, Status } from '../../lib/report';
import { safeHttpUrl } from '../../lib/text';
import { postLabel, statusExplanation, summaryLine, verdictEvidence } from '../../utils/presentation';
import { postLink } from '../../utils/presentation/posts';

export interface BadgeLink {
  label: string;
  url: string | null;
}

export interface BadgeModel {
  status: Status;
  line: string;
  /** What the status means, in plain words. */
  explain: string;
  evidence: Evidence[];
  sources: BadgeLink[];
  posts: BadgeLink[];
}

const MAX_EVIDENCE = 4;

function sourceLink(s: OriginalSource): BadgeLink {
  return { label: s.label, url: safeHttpUrl(s.url) };
}

export function badgeModel(report: Report): BadgeModel {
  const evidence: Evidence[] = verdictEvidence(report);
  const postUrls = new Set(report.embeds.map((p) => p.url).filter(Boolean));
  return {
    status: report.status,
    line: summaryLine(report),
    explain: statusExplanation(report.status),
    evidence: evidence.slice(0, MAX_EVIDENCE),
    // Posts get their own list; the originals list keeps agencies, publishers, releases.
    sources: report.originalSources.filter((s) => !(s.kind === 'post' && postUrls.has(s.url))).map(sourceLink),
    posts: report.embeds.map((p) => ({ label: postLabel(p), url: postLink(p) })),
  };
}
