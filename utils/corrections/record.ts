// A reader's correction of one page's verdict: what it is, how any stored value is read back as one
// (a damaged entry is dropped, the others kept), and the page address it is filed under.
import { STATUSES, type Report, type Status } from '../../lib/report';
import { AGENCIES, UNNAMED_AGENCIES } from '../../lib/rules/agencies';
import { correctionKey, URL_MAX } from './key';

export interface CorrectionEmbed {
  platform: string;
  url: string | null;
  handle: string | null;
}

export interface Correction {
  /** The page's address without its #fragment: the key. */
  url: string;
  /** The status the reader says is right. */
  status: Status;
  /** The agencies the reader says the text comes from (registry ids). */
  agencies: string[];
  /** What Creditline said when the reader corrected it. */
  engine: { status: Status; agencies: string[] };
  headline: string | null;
  publisher: string | null;
  lang: string | null;
  /** The posts Creditline found embedded (not corrected by the reader), for the label's `embeds`. */
  embeds: CorrectionEmbed[];
  /** When it was saved (ISO 8601). */
  savedAt: string;
}

/** Agency ids a correction may name: the registry's, and "agencies" for an unnamed agency credit. */
export const AGENCY_IDS: ReadonlySet<string> = new Set([...AGENCIES.map((a) => a.id), UNNAMED_AGENCIES.id]);

export const CORRECTION_LIMITS = { corrections: 2000, agencies: 10, text: 500, url: URL_MAX, embeds: 50 } as const;

export { correctionKey } from './key';

const isStatus = (v: unknown): v is Status => typeof v === 'string' && (STATUSES as readonly string[]).includes(v);
const textOrNull = (v: unknown): string | null => (typeof v === 'string' ? v.slice(0, CORRECTION_LIMITS.text) : null);

function agencyList(v: unknown): string[] | null {
  if (!Array.isArray(v) || v.length > CORRECTION_LIMITS.agencies) return null;
  if (!v.every((id) => typeof id === 'string' && AGENCY_IDS.has(id))) return null;
  return [...new Set(v as string[])];
}

function embedList(v: unknown): CorrectionEmbed[] {
  if (!Array.isArray(v)) return [];
  const out: CorrectionEmbed[] = [];
  for (const e of v.slice(0, CORRECTION_LIMITS.embeds)) {
    if (!e || typeof e !== 'object' || typeof (e as CorrectionEmbed).platform !== 'string') continue;
    const { platform, url, handle } = e as Record<string, unknown>;
    out.push({ platform: (platform as string).slice(0, 40), url: textOrNull(url), handle: textOrNull(handle) });
  }
  return out;
}

/** Reads a stored value as a correction, or null when it is not one. */
export function readCorrection(raw: unknown): Correction | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const url = correctionKey(typeof r.url === 'string' ? r.url : null);
  const agencies = agencyList(r.agencies);
  const engine = r.engine as Record<string, unknown> | null | undefined;
  const engineAgencies = engine && typeof engine === 'object' ? agencyList(engine.agencies) : null;
  const savedAt = typeof r.savedAt === 'string' && !Number.isNaN(Date.parse(r.savedAt)) ? r.savedAt : null;
  if (!url || !isStatus(r.status) || !agencies || !engine || !isStatus(engine.status) || !engineAgencies || !savedAt) return null;
  return {
    url,
    status: r.status,
    agencies,
    engine: { status: engine.status, agencies: engineAgencies },
    headline: textOrNull(r.headline),
    publisher: textOrNull(r.publisher),
    lang: textOrNull(r.lang),
    embeds: embedList(r.embeds),
    savedAt,
  };
}

/** A new correction of `report` (the page at `url`), or null when the page's address cannot be a key. */
export function correctionOf(url: string, report: Report, status: Status, agencies: string[], now = new Date()): Correction | null {
  const key = correctionKey(url);
  const chosen = agencyList(agencies);
  if (!key || !chosen) return null;
  return {
    url: key,
    status,
    // Agencies credit text: a page said to be staff or no article credits none.
    agencies: status === 'staff' || status === 'not-article' ? [] : chosen,
    engine: { status: report.status, agencies: report.agencies.filter((a) => a.contribution !== 'photo' && AGENCY_IDS.has(a.id)).map((a) => a.id) },
    headline: report.headline,
    publisher: report.publisher,
    lang: report.lang,
    embeds: report.embeds.map((e) => ({ platform: e.platform, url: e.url, handle: e.handle })),
    savedAt: now.toISOString(),
  };
}

/**
 * The report as the reader corrected it, for what paints the verdict in one glance (the toolbar
 * button): their status, and their agencies as text credits resting on their word. The engine's own
 * report is kept unchanged everywhere the evidence is shown.
 */
export function correctedReport(report: Report, c: Pick<Correction, 'status' | 'agencies'>): Report {
  const contribution = c.status === 'wire-assisted' ? 'inputs' : 'copy';
  const credits = c.agencies.flatMap((id) => {
    const a = id === UNNAMED_AGENCIES.id ? UNNAMED_AGENCIES : AGENCIES.find((e) => e.id === id);
    return a ? [{ id: a.id, name: a.name, shortName: a.shortName, country: a.country, homepage: a.homepage, contribution, confidence: 1, evidence: [] }] : [];
  });
  return {
    ...report,
    status: c.status,
    confidence: 1,
    agencies: [...credits, ...report.agencies.filter((a) => a.contribution === 'photo')],
  } as Report;
}
