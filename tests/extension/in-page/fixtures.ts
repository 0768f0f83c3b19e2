// Reports for the in-page tests: real ones from the engine on corpus pages, and small hand-made ones
// built from the Report type for statuses and hostile strings.
import { DEFAULT_CORPUS, readLabels, readPage } from '../../../cli/corpus';
import { parseDocument } from '../../../cli/dom';
import { analyze } from '../../../lib/analyze';
import type { AgencyCredit, Report, Status } from '../../../lib/report';

export function corpusReport(id: string): Report {
  const label = readLabels(DEFAULT_CORPUS).find((l) => l.id === id)!;
  return analyze(parseDocument(readPage(DEFAULT_CORPUS, label)), { url: label.url });
}

export function agency(id: string, shortName: string, name = shortName): AgencyCredit {
  return { id, name, shortName, country: null, homepage: null, contribution: 'copy', confidence: 0.9, evidence: [] };
}

export function report(status: Status, extra: Partial<Report> = {}): Report {
  return {
    version: 2,
    url: 'https://news.example.com/story',
    publisher: 'Example News',
    headline: 'A headline',
    byline: null,
    lang: 'en',
    status,
    confidence: 0.9,
    statusEvidence: [],
    agencies: [],
    disclaimer: null,
    republishedFrom: null,
    embeds: [],
    originalSources: [],
    fingerprint: null,
    diagnostics: { warnings: [], timings: { totalMs: 1, readabilityMs: 1, detectorsMs: 0 } },
    ...extra,
  };
}
