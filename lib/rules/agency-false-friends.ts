// Look-alikes: the same letters as an agency with another meaning. The data lives in each agency's entry
// (lib/rules/agencies.ts: `lookalikes`, `nameLike`); this module gathers it in the shapes the matchers read
// (lib/detectors/agency-names.ts, agency-bylines.ts). A mention is dropped when one of its `near` phrases is
// within ~80 characters of it, or when the next word is one of its `nextWords`.
import { AGENCIES } from './agencies';

export interface FalseFriend {
  id: string;
  /** Phrases that, close by, show the letters mean something else (matched case-insensitively). */
  near: string[];
  /** Words right after the letters that mark another body ("PTI leader", "AAP MLA"), lowercase. */
  nextWords?: string[];
}

export const FALSE_FRIENDS: readonly FalseFriend[] = AGENCIES.filter((a) => a.lookalikes).map((a) => ({
  id: a.id,
  near: a.lookalikes!.near ?? [],
  nextWords: a.lookalikes!.nextWords?.map((w) => w.toLowerCase()),
}));

/**
 * Agency names that are also people's names or ordinary place names ("Michael Bloomberg"): in a
 * byline they count only when standing alone, never at the end of a run of capitalised words.
 */
export const NAME_LIKE_ALIASES: ReadonlySet<string> = new Set(AGENCIES.flatMap((a) => a.nameLike ?? []).map((n) => n.toLowerCase()));

/** Codes that, standing alone as a whole byline or line, are more likely a menu link or a word ("RSS", "MAP"). */
export const NOT_ALONE_CODES: ReadonlySet<string> = new Set(AGENCIES.filter((a) => a.standsAlone === false).flatMap((a) => a.codes ?? []));
