// What the popup and the card say about another copy of the story beyond the shared text: that it is
// on an agency's own site, or carries an agency's credit this copy does not.
import { AGENCIES, type AgencyEntry } from '../../lib/rules/agencies';
import type { StoryInfo } from './store';

export interface CopyNotes {
  /** The agency whose own site the other copy is on ("ap" for apnews.com), or null. */
  agencySite: string | null;
  /** Agencies the other copy credits for the text and this copy does not. */
  creditedThereNotHere: string[];
}

const ownSite = (host: string) => (a: AgencyEntry) => a.domains?.some((d) => host === d || host.endsWith(`.${d}`)) ?? false;

/** Notes on `other` as seen from this copy (its site and the agencies it credits for the text). */
export function copyNotes(here: { site: string | null; agencies: readonly string[] }, other: Pick<StoryInfo, 'site' | 'agencies'>): CopyNotes {
  const agencySite = AGENCIES.find(ownSite(other.site))?.id ?? null;
  const mine = new Set(here.agencies);
  // The agency's own site is a credit in itself, though it seldom names itself in its copy.
  const theirs = new Set([...other.agencies, ...(agencySite ? [agencySite] : [])]);
  const hereIsAgency = here.site ? AGENCIES.find(ownSite(here.site))?.id : undefined;
  if (hereIsAgency) mine.add(hereIsAgency);
  return { agencySite, creditedThereNotHere: [...theirs].filter((a) => !mine.has(a)) };
}
