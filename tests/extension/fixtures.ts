// Reports for UI tests, made by running the real engine on corpus pages, plus a hostile report
// whose every page-derived string and address tries to become markup or a script link.
import { analyze } from '../../lib/analyze';
import type { Report, Status } from '../../lib/report';
import { DEFAULT_CORPUS, readLabels, readPage } from '../../cli/corpus';
import { parseDocument } from '../../cli/dom';

const labels = readLabels(DEFAULT_CORPUS);

export function engineReport(id: string): Report {
  const label = labels.find((l) => l.id === id);
  if (!label) throw new Error(`no corpus label ${id}`);
  return analyze(parseDocument(readPage(DEFAULT_CORPUS, label)), { url: label.url });
}

export const SEED_ID = 'seed-asianet-putin-li-qiang';

/** The first labelled page of each status, so the UI sees every kind of report the engine makes. */
export function onePagePerStatus(): { status: Status; id: string }[] {
  const out = new Map<Status, string>();
  for (const l of labels) if (!out.has(l.status as Status)) out.set(l.status as Status, l.id);
  return [...out].map(([status, id]) => ({ status, id }));
}

/** The labelled pages that have embedded posts or agencies, for sections the status pages may lack. */
export function pagesWith(field: 'embeds' | 'agencies', n: number): string[] {
  return labels
    .filter((l) => (l[field] as unknown[] | undefined)?.length)
    .slice(0, n)
    .map((l) => l.id);
}

export const HOSTILE = '<img src=x onerror="alert(1)">';
export const HOSTILE_MD = '[click me](javascript:alert(1)) **bold** <script>alert(2)</script>';

/** A report as a hostile page could make the engine produce it: markup in every string, script URLs. */
export function hostileReport(): Report {
  const evidence = { text: `${HOSTILE} ${HOSTILE_MD}`, where: 'body' as const, ruleId: 'custom-phrase' as const, rule: `rule ${HOSTILE}` };
  return {
    version: 2,
    url: 'javascript:alert(document.cookie)',
    publisher: `Publisher ${HOSTILE}`,
    headline: `Headline ${HOSTILE_MD}`,
    byline: `By ${HOSTILE}`,
    lang: 'en',
    status: 'wire',
    confidence: 0.9,
    statusEvidence: [evidence],
    agencies: [
      {
        id: 'evil',
        name: `Agency ${HOSTILE}`,
        shortName: `EVL ${HOSTILE_MD}`,
        country: `Country ${HOSTILE}`,
        homepage: 'javascript:alert(3)',
        contribution: 'copy',
        confidence: 0.9,
        evidence: [evidence],
      },
      {
        id: 'ap',
        name: 'The Associated Press',
        shortName: 'AP',
        country: 'United States',
        homepage: 'data:text/html,<script>alert(4)</script>',
        contribution: 'copy',
        confidence: 0.8,
        evidence: [],
      },
    ],
    disclaimer: { ...evidence, where: 'sign-off' },
    republishedFrom: `Origin ${HOSTILE}`,
    embeds: [
      {
        platform: 'x',
        url: 'javascript:alert(5)',
        postId: null,
        handle: `@${HOSTILE}`,
        author: `Author ${HOSTILE_MD}`,
        date: '2025-11-20',
        text: `Post ${HOSTILE}`,
        form: 'text',
        evidence: [{ ...evidence, where: 'embed' }],
      },
    ],
    originalSources: [
      { kind: 'publisher', label: `Source ${HOSTILE_MD}`, url: 'vbscript:msgbox(1)' },
      { kind: 'canonical', label: 'The canonical copy', url: 'https://copy.example/story' },
    ],
    fingerprint: null,
    diagnostics: { warnings: [], timings: { totalMs: 1, readabilityMs: 1, detectorsMs: 0 } },
  };
}
