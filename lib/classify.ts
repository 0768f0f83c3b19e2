// Weighs the detectors' findings into one editorial status with its evidence and confidence.
// Order of precedence, strongest claim first: a page that is not an article; a press release or paid
// content (what the reader is looking at, whoever wrote it); a statement that agency copy runs
// unedited; agency copy; a named non-agency original; agency material in a staff story; staff.
import { pf } from './prefilter';
import { against, combine } from './confidence';
import type { StatusSignal } from './detectors/types';
import type { AgencyCredit, Evidence, Status } from './report';

/** What the engine read on the page, so that "no credit found" can say where it looked. */
export interface CheckedPlaces {
  /** The byline as read (the first byline candidate), or null when the page has none. */
  byline: string | null;
  /** Body text blocks read (their first and last carry datelines and sign-offs), and their characters. */
  bodyBlocks: number;
  bodyChars: number;
  /** Whether meta tags were read (author, source and syndication tags). */
  meta: boolean;
  /** Whether Readability found the article (else the body is the whole page's text). */
  article?: boolean;
  /** Whether JSON-LD objects were read (author, sourceOrganization, isBasedOn). */
  jsonLd?: boolean;
  /** Short notice lines and labels read outside the body (disclaimers, kickers, source lines). */
  notices?: number;
  /** Captions and picture credits read. */
  captions?: number;
}

export interface ClassifyInput {
  isArticle: boolean;
  articleEvidence: Evidence[];
  agencies: AgencyCredit[];
  signals: StatusSignal[];
  /** Where the engine looked; without it a staff verdict can only say what the detectors read in general. */
  checked?: CheckedPlaces;
}

export interface Verdict {
  status: Status;
  confidence: number;
  evidence: Evidence[];
  disclaimer: Evidence | null;
  republishedFrom: string | null;
}

/** Signals weaker than this do not decide a status on their own. */
const DECISIVE = 0.7;
/** Not an article on the article check's word alone. */
const NOT_ARTICLE = 0.85;

function strongest(signals: StatusSignal[], status: StatusSignal['status']): StatusSignal[] {
  return signals.filter((s) => s.status === status).sort((a, b) => b.strength - a.strength);
}

export function classify(input: ClassifyInput): Verdict {
  const { signals } = input;
  const base = { disclaimer: null, republishedFrom: null };
  if (!input.isArticle) {
    // One page-kind finding (a home page, a platform's own page, non-news structured data) is rarely
    // wrong; each further one adds a little.
    return {
      ...base,
      status: 'not-article',
      confidence: combine([NOT_ARTICLE, ...input.articleEvidence.slice(1).map(() => 0.1)]),
      evidence: input.articleEvidence,
    };
  }

  const textCredits = input.agencies.filter((a) => a.contribution !== 'photo');
  const copy = textCredits.filter((a) => a.contribution === 'copy');
  const inputs = textCredits.filter((a) => a.contribution === 'inputs');
  const creditEvidence = (list: AgencyCredit[]) => list.flatMap((a) => a.evidence);

  // The reader's own phrases are signals like the detectors', each for its status: they take their
  // place in the order below instead of overriding what the page itself proves. For agency copy and
  // agency material (which the detectors state as credits, not signals) they stand beside the credits.
  const customFor = (status: StatusSignal['status']) => strongest(signals, status).filter((s) => s.evidence.ruleId === 'custom-phrase');
  const customCopy = customFor('wire');
  const customInputs = customFor('wire-assisted');

  for (const status of ['press-release', 'sponsored'] as const) {
    const found = strongest(signals, status);
    if (found[0] && found[0].strength >= DECISIVE) {
      return { ...base, status, confidence: combine(found.map((s) => s.strength)), evidence: found.map((s) => s.evidence), disclaimer: found[0].evidence };
    }
  }

  const unedited = strongest(signals, 'wire-unedited');
  if (unedited[0] && unedited[0].strength >= DECISIVE) {
    return {
      ...base,
      status: 'wire-unedited',
      confidence: combine([...unedited.map((s) => s.strength), ...copy.map((a) => a.confidence)]),
      evidence: [...unedited.map((s) => s.evidence), ...creditEvidence(textCredits)],
      disclaimer: unedited[0].evidence,
    };
  }

  const republished = strongest(signals, 'republished');
  const named = republished.find((s) => s.strength >= 0.85);
  // An explicit "originally appeared on X" names the real original even when an agency distributed it.
  const republishedVerdict = (lead: StatusSignal): Verdict => ({
    status: 'republished',
    confidence: combine(republished.map((s) => s.strength)),
    evidence: republished.map((s) => s.evidence),
    disclaimer: lead.evidence,
    republishedFrom: lead.originalPublisher ?? null,
  });
  if (named && (!copy.length || named.strength >= 0.9)) return republishedVerdict(named);

  if (copy.length || customCopy.length) {
    return {
      ...base,
      status: 'wire',
      confidence: combine([...copy.map((a) => a.confidence), ...customCopy.map((s) => s.strength)]),
      evidence: [...creditEvidence(copy), ...customCopy.map((s) => s.evidence)],
      disclaimer: copy.length ? null : customCopy[0]!.evidence,
    };
  }

  const weakRepublished = republished.find((s) => s.strength >= DECISIVE);
  if (weakRepublished) return republishedVerdict(weakRepublished);

  if (inputs.length || customInputs.length) {
    return {
      ...base,
      status: 'wire-assisted',
      confidence: combine([...inputs.map((a) => a.confidence), ...customInputs.map((s) => s.strength)]),
      evidence: [...creditEvidence(inputs), ...customInputs.map((s) => s.evidence)],
      disclaimer: inputs[0]?.evidence[0] ?? customInputs[0]!.evidence,
    };
  }

  // Staff: no credit for the text. Say where we looked and how sure that makes us, and show the
  // weaker hints that did not decide (a canonical elsewhere) so a reader can judge.
  const hints = signals.filter((s) => s.strength < DECISIVE);
  const checked = input.checked;
  const confidence = hints.reduce((p, h) => against(p, h.strength), checked ? staffConfidence(checked) : STAFF_UNCHECKED);
  return { ...base, status: 'staff', confidence, evidence: [notFound(checked), ...hints.map((s) => s.evidence)] };
}

/** A staff verdict when the caller did not say what was read: the engine's long-standing claim. */
const STAFF_UNCHECKED = 0.8;

/**
 * Staff is what is left when no credit turned up, so its confidence is built from the places that
 * were there to read and came up clean, each an independent piece of evidence (combined as for
 * credits): where agency copy carries its credit, a page that has those places and shows none is
 * less likely to be agency copy than one where there was nothing to read. Notices and captions are
 * listed to the reader but add nothing here: an agency's text credit rarely sits only there.
 * Check a change against the calibration table of `npm run eval`.
 */
const STAFF_EVIDENCE = {
  /** Staff by elimination, with nothing read: barely better than a guess. */
  nothingRead: 0.5,
  /** A person's name in the byline slot: agencies' copy carries the agency there, desks carry a desk name. */
  personByline: 0.75,
  /** First and last paragraphs read, where datelines and sign-offs sit. */
  body: 0.4,
  /** Author and source metadata read. */
  meta: 0.15,
  jsonLd: 0.15,
};
/** Below this the body is too short to have a separate dateline paragraph and sign-off. */
const FULL_BODY_BLOCKS = 3;
const FULL_BODY_CHARS = 600;

function staffConfidence(c: CheckedPlaces): number {
  const ps = [STAFF_EVIDENCE.nothingRead];
  if (isPersonName(c.byline)) ps.push(STAFF_EVIDENCE.personByline);
  // A body Readability did not find is the whole page's text: its first and last lines are furniture.
  const bodyWeight = c.article === false ? 0.5 : 1;
  if (c.bodyBlocks >= FULL_BODY_BLOCKS && c.bodyChars >= FULL_BODY_CHARS) ps.push(STAFF_EVIDENCE.body * bodyWeight);
  else if (c.bodyBlocks > 0) ps.push((STAFF_EVIDENCE.body / 2) * bodyWeight);
  if (c.meta) ps.push(STAFF_EVIDENCE.meta);
  if (c.jsonLd) ps.push(STAFF_EVIDENCE.jsonLd);
  return combine(ps);
}

/**
 * The "no credit found" entry: what was read, so a reader sees what the verdict rests on. Filed under
 * 'body' (the article text is most of what was read) until EvidenceSource has a place for it.
 */
function notFound(c: CheckedPlaces | undefined): Evidence {
  const ruleId = 'no-credit-found';
  const rule = 'no credit found';
  if (!c) {
    return { text: 'No agency credit found in the byline, dateline, sign-off and last lines, notices, metadata or captions', where: 'body', ruleId, rule };
  }
  const read: string[] = [];
  const absent: string[] = [];
  if (c.byline) read.push(`byline (“${clipName(c.byline)}”)`);
  else absent.push('byline');
  if (c.bodyBlocks >= 2) read.push(`first and last paragraphs (of ${c.bodyBlocks})`);
  else if (c.bodyBlocks === 1) read.push('the one paragraph');
  else absent.push('article text');
  if (c.notices) read.push(`notices (${c.notices})`);
  if (c.meta) read.push('metadata');
  if (c.jsonLd) read.push('JSON-LD');
  if (c.captions) read.push(`captions (${c.captions})`);
  const text = read.length ? `No agency credit found in: ${read.join(', ')}` : 'No agency credit found: nothing to read';
  return { text: absent.length ? `${text}; no ${absent.join(' or ')} found` : text, where: 'body', ruleId, rule };
}

const clipName = (s: string) => (s.length > 60 ? `${s.slice(0, 59).trimEnd()}…` : s);

/** Words that make a byline a desk, a role or an outlet rather than a person ("Staff Reporter", "BBC News"). */
const DESK_WORDS = new Set(
  (
    'staff reporter reporters correspondent correspondents bureau desk news newsroom team editor editors editorial writer writers ' +
    'contributor contributors agency agencies wire service services online media press times post daily herald tribune journal ' +
    'magazine magazin group author admin unknown redaction rédaction redacción redação redazione redaktion redactie agencia agenzia ' +
    'agência agentur nachrichten verlag gmbh ag inc ltd llc'
  ).split(' '),
);
/** A byline opening with an article names an outlet ("The Associated Press", "Le Monde"). */
const ARTICLES = new Set('the le la les el il lo der die das het de'.split(' '));
/** Lower-case name particles ("Ursula von der Leyen", "Nuño de la Cruz"). */
const PARTICLES = new Set('von van der den de da das do dos del della di du la le ter bin al e y'.split(' '));
const BYLINE_LEAD = pf(/^(?:(?:by|von|par|por|de|di|door|av|af|geschrieben von|written by|reported by|text|texto)\b[\s:]*)+/iu);
/** Where a byline's first name ends: a date or time, a separator, a second author, a handle. */
const NAME_END = /[\d|/／•·–—@,;:(（\[]|\s(?:and|und|et|y|e|og|och|en)\s/u;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const ACRONYM = /^\p{Lu}{2,3}$/u;

/** Whether a byline names a person: two or more capitalised name words before anything else. */
export function isPersonName(byline: string | null | undefined): boolean {
  if (!byline) return false;
  const head = byline.trim().replace(BYLINE_LEAD, '').split(NAME_END)[0] ?? '';
  let names = 0;
  let initials = 0;
  const words = head.split(/\s+/).filter(Boolean);
  if (ARTICLES.has(words[0]?.toLowerCase() ?? '')) return false;
  for (const w of words) {
    if (PARTICLES.has(w)) continue;
    if (INITIALS.test(w) || /^\p{Lu}$/u.test(w)) {
      initials++;
      continue;
    }
    const desk = w
      .toLowerCase()
      .split('-')
      .some((part) => DESK_WORDS.has(part));
    if (desk || ACRONYM.test(w) || !NAME_WORD.test(w)) break;
    names++;
  }
  // "Jane Doe", "R.C. Baker"; not "Reuters", "HT Correspondent", "BBC News".
  return names >= 2 || (names === 1 && initials > 0);
}
