// Syndication disclaimers ("this story has not been edited by … staff and is published from a
// syndicated feed", "This report is auto-generated from Press Trust of India news service", "Direkt
// aus dem dpa-Newskanal"): the publisher says the text is an agency's or a feed's, unedited. Each
// notice (a short block, line or label) is read for clauses (rules/disclaimers.ts), which are then
// composed: the order of the clauses and the words between them do not matter.
import type { Page } from '../page';
import type { EvidenceSource } from '../report';
import {
  AGENCY_FEED_AFTER,
  AGENCY_FEED_BEFORE,
  AUTO,
  AUTO_PUBLISHED_STORY,
  CONTRIBUTED,
  type ClauseForm,
  DISCLAIMER_HINT,
  FEED,
  FEED_LABEL_CLOSER,
  FEED_LABEL_OPENER,
  FEED_PUBLISHED,
  FROM_BEFORE_AGENCY,
  MAX_CLAUSE_GAP,
  MAX_DISCLAIMER_BLOCK,
  MAX_FEED_LABEL,
  MAX_SHORT_NOTICE,
  NEWSROOM,
  NO_EDIT,
  NOTICE_OPENER,
  NOTICE_WORDS,
  PUBLISHED_FROM,
  PUBLISHER_NAMED,
  STORY,
} from '../rules/disclaimers';
import type { TextBlock } from '../signals/blocks';
import { sentenceAt } from '../text';
import { findMentions } from './agency-names';
import type { StatusSignal } from './types';

interface Notice {
  text: string;
  where: EvidenceSource;
  /** A label or kicker: short text framing the story. */
  label: boolean;
}

/** Where a clause stands in a notice: [start, end). */
interface Span {
  start: number;
  end: number;
}

export interface DisclaimerHit {
  /** Which composition matched, for the evidence ("no-edit + feed"). */
  rule: string;
  strength: number;
  /** Where the quoted sentence starts in the notice. */
  at: number;
  /** The publisher the notice names as not having edited, as written. */
  named: string | null;
}

/** The earliest match of any of the forms. */
function firstOf(forms: readonly ClauseForm[], text: string): Span | null {
  let best: Span | null = null;
  for (const f of forms) {
    const m = f.pattern.exec(text);
    if (m && (!best || m.index < best.start)) best = { start: m.index, end: m.index + m[0].length };
  }
  return best;
}

const anyOf = (forms: readonly ClauseForm[], text: string) => forms.some((f) => f.pattern.test(text));

/** Agency names with a feed noun beside them ("AFP news feed", "dpa-Newskanal", "flusso ANSA"), and names after "from" ("von der dpa"). */
function agencyFeeds(text: string): { feeds: Span[]; fromAgency: Span[] } {
  const feeds: Span[] = [];
  const fromAgency: Span[] = [];
  for (const m of findMentions(text)) {
    if (m.photo) continue;
    const after = AGENCY_FEED_AFTER.exec(text.slice(m.end, m.end + 32));
    const beforeWindow = text.slice(Math.max(0, m.start - 40), m.start);
    const before = AGENCY_FEED_BEFORE.exec(beforeWindow);
    if (after) feeds.push({ start: m.start, end: m.end + after[0].length });
    else if (before) feeds.push({ start: m.start - (beforeWindow.length - before.index), end: m.end });
    else if (FROM_BEFORE_AGENCY.test(beforeWindow)) fromAgency.push({ start: m.start, end: m.end });
  }
  return { feeds, fromAgency };
}

/**
 * The whole short text is "<from> <feed>": "Direkt aus dem dpa-Newskanal", "From the PTI feed". A
 * feed that names no agency needs the word "direct" ("Direkt aus dem Newskanal").
 */
function isFeedLabel(text: string, agencyFeeds: readonly Span[], generic: Span | null): boolean {
  if (text.length > MAX_FEED_LABEL) return false;
  const fits = (f: Span, needDirect: boolean) => {
    const opener = FEED_LABEL_OPENER.exec(text.slice(0, f.start));
    return opener !== null && (!needDirect || opener[1] !== undefined) && FEED_LABEL_CLOSER.test(text.slice(f.end));
  };
  return agencyFeeds.some((f) => fits(f, false)) || (generic !== null && fits(generic, true));
}

/** The first clause pair (a, b) close enough to be one notice. */
function near(text: string, a: Span | null, bs: readonly (Span | null)[]): Span | null {
  if (!a) return null;
  for (const b of bs) if (b && (text.length <= 300 || Math.abs(a.start - b.start) <= MAX_CLAUSE_GAP)) return a.start < b.start ? a : b;
  return null;
}

/** Reads one notice; null when it is not a syndication disclaimer. */
export function readNotice(text: string, label = false): DisclaimerHit | null {
  if (!DISCLAIMER_HINT.test(text) || CONTRIBUTED.test(text)) return null;

  const generic = firstOf(FEED, text);
  const { feeds: agencyFeed, fromAgency } = agencyFeeds(text);
  const feeds = generic ? [generic, ...agencyFeed] : agencyFeed;

  if ((label || text.length <= MAX_FEED_LABEL) && isFeedLabel(text, agencyFeed, generic)) return { rule: 'feed label', strength: 0.9, at: 0, named: null };

  const noEdit = firstOf(NO_EDIT, text);
  const newsroom = noEdit !== null && anyOf(NEWSROOM, text);
  const named = newsroom ? publisherIn(text) : null;
  const story = anyOf(STORY, text);
  // Said of this story: "this story …", "Disclaimer: …", "(…)", a label. A short line with an auto
  // verb and a feed ("Auto-generated from the PTI feed.") also reads as a notice; a short paragraph
  // that merely says footage "had not been altered" and names an agency's news service does not.
  const noticeLike = label || story || NOTICE_OPENER.test(text);

  if (noticeLike) {
    const both = near(text, noEdit, feeds);
    if (both) return { rule: 'no-edit + feed', strength: 0.97, at: both.start, named };
  }
  if (noticeLike || text.length <= MAX_SHORT_NOTICE) {
    const auto = firstOf(AUTO, text);
    // "automatisch von der Deutschen Presse-Agentur (dpa) übernommen": an agency after "from", right by the auto verb.
    const autoFrom = auto ? fromAgency.filter((s) => Math.abs(s.start - auto.start) <= 80) : [];
    const autoFeed = near(text, auto, [...feeds, ...autoFrom]);
    if (autoFeed) return { rule: 'auto + feed', strength: 0.97, at: autoFeed.start, named };
    if (noticeLike && generic && (PUBLISHED_FROM.test(text.slice(Math.max(0, generic.start - 40), generic.start)) || FEED_PUBLISHED.test(text))) {
      return { rule: 'published from feed', strength: 0.95, at: generic.start, named };
    }
  }
  if (noEdit && newsroom && story) return { rule: 'no-edit by newsroom', strength: 0.95, at: noEdit.start, named };
  const autoStory = firstOf(AUTO_PUBLISHED_STORY, text);
  if (autoStory) return { rule: 'published automatically', strength: 0.95, at: autoStory.start, named };
  return null;
}

function publisherIn(text: string): string | null {
  for (const re of PUBLISHER_NAMED) {
    const m = re.exec(text);
    if (m?.[1]) return m[1];
  }
  return null;
}

/**
 * "NDTV", "FPJ's editorial", "the Business Standard" → the publisher the disclaimer names as not having
 * edited the text. A capital "The" is part of the name ("The Tribune").
 */
function publisherName(raw: string | null): string | null {
  if (!raw) return null;
  const name = raw
    .replace(NOTICE_WORDS, '')
    .replace(/['’]s?(?:\s.*)?$/, '')
    .replace(/^the\s/, '')
    .trim();
  if (/^(?:our|its|their|this|unser\w{0,2})\b/i.test(name)) return null;
  return name.length >= 2 && name.length <= 60 && /\p{Lu}/u.test(name) ? name : null;
}

/** Short blocks or lines, placed as the other status detectors place them (the last four: sign-off). */
function noticesOf(blocks: readonly TextBlock[]): Notice[] {
  const out: Notice[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.text.length > MAX_DISCLAIMER_BLOCK) continue;
    out.push({ text: b.text, label: false, where: b.where === 'caption' ? 'caption' : i >= blocks.length - 4 ? 'sign-off' : 'body' });
  }
  return out;
}

export function detectDisclaimers(page: Page): StatusSignal[] {
  const notices: Notice[] = [
    ...noticesOf(page.blocks),
    ...noticesOf(page.lines),
    ...page.labels.map((text) => ({ text, label: true, where: 'title' as const })),
  ];
  let best: { hit: DisclaimerHit; notice: Notice } | null = null;
  const seen = new Set<string>();
  for (const notice of notices) {
    if (seen.has(notice.text)) continue;
    seen.add(notice.text);
    const hit = readNotice(notice.text, notice.label);
    // The strongest; between equals, the shortest notice: the disclaimer on its own line rather than
    // the paragraph it was appended to.
    if (hit && (!best || hit.strength > best.hit.strength || (hit.strength === best.hit.strength && notice.text.length < best.notice.text.length))) {
      best = { hit, notice };
    }
  }
  if (!best) return [];
  const { hit, notice } = best;
  return [
    {
      status: 'wire-unedited',
      strength: hit.strength,
      evidence: {
        text: notice.text.length <= 300 ? notice.text : sentenceAt(notice.text, hit.at),
        where: notice.where,
        ruleId: 'syndication-disclaimer',
        rule: 'syndication disclaimer',
      },
      uneditedBy: publisherName(hit.named),
    },
  ];
}
