// `--stories FILE`: the batch's pages grouped by story (same fingerprint family, lib/fingerprint), so
// a researcher sees which outlets carried the same agency story and how much each changed it. Each
// group is measured against one reference copy: the one on an agency's own site, else one crediting
// an agency for the text, else the longest; every other copy is told by the share of its text that
// is the reference's, the share of the reference it kept, and the paragraphs it added and dropped.
import { resemblance } from '../lib/fingerprint/compare';
import { decodeFingerprint, type Sketch } from '../lib/fingerprint/fingerprint';
import { groupByStory } from '../lib/fingerprint/group';
import { AGENCIES } from '../lib/rules/agencies';
import type { Status } from '../lib/report';
import type { PageRow } from './page-row';
import { STATUS_LABELS } from './statuses';

export interface StoryCopy {
  input: string;
  url: string | null;
  outlet: string;
  publisher: string | null;
  headline: string | null;
  date: string | null;
  status: Status | null;
  /** Agencies credited for the text (copy or inputs). */
  agencies: string[];
  /** The agency whose own site this copy is on, or null. */
  agencySite: string | null;
  reference: boolean;
  /** Share of this copy's text that is also in the reference copy (1 for the reference). */
  fromReference: number;
  /** Share of the reference copy's text this copy kept. */
  keptOfReference: number;
  paragraphsAdded: number;
  paragraphsDropped: number;
}

export interface StoryGroup {
  headline: string | null;
  outlets: number;
  copies: StoryCopy[];
}

const agencySiteOf = (host: string) => AGENCIES.find((a) => a.domains?.some((d) => host === d || host.endsWith(`.${d}`)))?.id ?? null;
const shortName = (id: string) => AGENCIES.find((a) => a.id === id)?.shortName ?? id;
const textAgencies = (row: PageRow) => row.agencies.filter((a) => a.contribution !== 'photo').map((a) => a.id);

/** Collects the rows that have a fingerprint (a few hundred bytes each), then groups them once. */
export class StoryCollector {
  private rows = new Map<string, { row: PageRow; sketch: Sketch }>();

  add(row: PageRow): void {
    const sketch = row.status && row.status !== 'not-article' ? decodeFingerprint(row.fingerprint) : null;
    if (sketch) this.rows.set(row.input, { row, sketch });
  }

  /** Stories carried by two pages or more, the most copies first. */
  build(): StoryGroup[] {
    const groups = groupByStory([...this.rows].map(([id, { row }]) => ({ id, fingerprint: row.fingerprint })));
    return groups.filter((g) => g.length > 1).map((ids) => this.describe(ids.map((id) => this.rows.get(id)!)));
  }

  private describe(members: { row: PageRow; sketch: Sketch }[]): StoryGroup {
    const rank = ({ row, sketch }: { row: PageRow; sketch: Sketch }) =>
      (agencySiteOf(row.outlet) ? 2e9 : 0) + (textAgencies(row).length && row.status?.startsWith('wire') ? 1e9 : 0) + sketch.shingles;
    const ref = members.reduce((best, m) => (rank(m) > rank(best) ? m : best));
    const copies = members.map((m): StoryCopy => {
      const r = m === ref ? null : resemblance(m.sketch, ref.sketch);
      return {
        input: m.row.input,
        url: m.row.url,
        outlet: m.row.outlet,
        publisher: m.row.publisher,
        headline: m.row.headline,
        date: m.row.date,
        status: m.row.status,
        agencies: textAgencies(m.row),
        agencySite: agencySiteOf(m.row.outlet),
        reference: !r,
        fromReference: round(r?.aInB ?? 1),
        keptOfReference: round(r?.bInA ?? 1),
        paragraphsAdded: r?.parasOnlyInA ?? 0,
        paragraphsDropped: r?.parasOnlyInB ?? 0,
      };
    });
    copies.sort((a, b) => Number(b.reference) - Number(a.reference) || b.fromReference - a.fromReference || a.outlet.localeCompare(b.outlet));
    return { headline: ref.row.headline, outlets: new Set(copies.map((c) => c.outlet)).size, copies };
  }
}

const round = (v: number) => Math.round(v * 100) / 100;
const pct = (v: number) => `${Math.round(v * 100)}%`;

/** The groups as plain text, one block per story. */
export function storiesText(groups: StoryGroup[]): string {
  if (!groups.length) return 'No story appears on more than one page of this batch.\n';
  const blocks = groups.map((g) => {
    const lines = g.copies.map((c) => {
      const who = [c.outlet, c.status ? STATUS_LABELS[c.status].split(': ')[1] : null, c.agencies.length ? c.agencies.map(shortName).join(' + ') : null]
        .filter(Boolean)
        .join(' · ');
      const how = c.reference
        ? `reference copy${c.agencySite ? ` (the agency's own site)` : ''}`
        : `${pct(c.fromReference)} of its text from the reference, kept ${pct(c.keptOfReference)} of it; ${c.paragraphsAdded} paragraphs added, ${c.paragraphsDropped} dropped`;
      return `  ${who}\n    ${how}\n    ${c.url ?? c.input}`;
    });
    return [`“${g.headline ?? '(no headline)'}”: ${g.copies.length} copies on ${g.outlets} outlets`, ...lines].join('\n');
  });
  return `${groups.length} stories on more than one page\n\n${blocks.join('\n\n')}\n`;
}
