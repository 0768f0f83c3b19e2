// Corrections as labelled pages: one JSON object a line in the corpus's label format (the fields of
// ../shared/corpus/README.md), so that saved copies of the pages and this file make an evaluation
// folder for `npm run eval`. The reader saves each page as the `file` its line names.
import type { CorpusLabel } from '../../lib/corpus-label';
import type { Correction } from './record';

/** A correction as a corpus label line: the reader's status, and a page saved from the web. */
export type CorpusLabelLine = CorpusLabel & { status: Correction['status']; constructed: false };

/** A label id from the page's address: host and path in lowercase ASCII letters, digits and dashes. */
export function labelId(url: string): string {
  let base = 'page';
  try {
    const u = new URL(url);
    base = `${u.hostname.replace(/^www\./, '')}${u.pathname}`;
  } catch {
    /* the fallback name */
  }
  const slug = base
    .toLowerCase()
    .normalize('NFKD')
    // One dash per run of other characters, so at most one at either end.
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');
  return slug || 'page';
}

export function correctionLabel(c: Correction, id: string): CorpusLabelLine {
  const http = /^https?:/i.test(c.url);
  const said = `${c.engine.status}${c.engine.agencies.length ? ` (${c.engine.agencies.join(', ')})` : ''}`;
  return {
    id,
    file: `pages/${id}.html`,
    // The label format's url is the page's own web address; a saved file's is not one.
    url: http ? c.url : null,
    lang: c.lang,
    publisher: c.publisher,
    isArticle: c.status !== 'not-article',
    status: c.status,
    statusAlt: [],
    agencies: c.agencies,
    optionalAgencies: [],
    photoOnlyAgencies: [],
    disclaimer: null,
    republishedFrom: null,
    embeds: c.embeds,
    evidence: [],
    notes: `Corrected by a reader in Creditline on ${c.savedAt.slice(0, 10)}; Creditline said ${said}.${http ? '' : ` Saved page: ${c.url}`}`,
    constructed: false,
  };
}

/** All corrections as JSON Lines, oldest first, each with an id of its own. */
export function correctionsToJsonl(list: readonly Correction[]): string {
  const used = new Set<string>();
  const lines: string[] = [];
  for (const c of [...list].sort((a, b) => a.savedAt.localeCompare(b.savedAt))) {
    const base = labelId(c.url);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    lines.push(JSON.stringify(correctionLabel(c, id)));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
