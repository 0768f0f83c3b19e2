// Wire-agency credits for the text (datelines, bylines, sign-offs, copyright and source lines,
// metadata) and for photos (captions), told apart from mere citations ("Reuters reported").
//
// Only short candidate strings are read: the head of the first text blocks (datelines), the end of the
// last ones (sign-offs, copyright, "with inputs from"), byline slots, JSON-LD and a few meta values,
// and captions. In each, agency names are found in one linear pass (agency-names.ts) and each name
// is judged by what stands right before and after it (rules in lib/rules/agency-phrasings.ts).
import type { Page } from '../page';
import type { AgencyCredit, Evidence, EvidenceSource } from '../report';
import { PHOTO_ONLY_AGENCY_IDS, type AgencyEntry } from '../rules/agencies';
import { CREDIT_RULE_IDS, CREDIT_RULES, monthsAsToken, REUTERS_TRAILER, type Contribution, type CreditRule, type CreditScope } from '../rules/agency-phrasings';
import { authorLinkLines } from '../signals/author-links';
import type { TextBlock } from '../signals/blocks';
import { metaValue } from '../signals/meta';
import { besideImage } from '../signals/story';
import { ICON_WORDS } from '../rules/vocabulary';
import { combine } from '../confidence';
import { clip, hostOf, sentenceAt, squish, textWeight } from '../text';
import { bylineCredits } from './agency-bylines';
import { AGENCY_BY_ID, findMentions, type Mention } from './agency-names';

/** How much of a block's head or tail is read. */
const WINDOW = 240;
/** Lead: read blocks until this many full paragraphs have passed (the dateline opens the first). */
const LEAD_PARAGRAPHS = 3;
const LEAD_MAX_BLOCKS = 40;
/** A full paragraph, in Latin-script characters (lib/text.ts textWeight: a Han character counts as three). */
const PARAGRAPH_CHARS = 200;
const TAIL_BLOCKS = 8;
const SHORT_LINE = 100;
const MAX_CAPTIONS = 80;
const CAPTION_CHARS = 300;
/** Meta values read as byline-like lines. */
const META_LINE_KEYS = [
  'dc.source',
  'dcterms.source',
  'syndication-source',
  'original-source',
  'article:source',
  'source',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'parsely-author',
  'sailthru.author',
];
/** Separators that chain several agencies in one credit: "APA/sda/dpa", "PTI and ANI", "AFP et Reuters". */
const CHAIN_RE = /^\s?(?:[/,&+]|and|und|et|y|e|og|och|en)\s?$/u;
const ARTICLE_TYPE_RE = /article|posting|report|liveblog/;

interface Candidate {
  /** The text read: a whole line, or the head/tail window of a block. */
  text: string;
  /** Whether `text` begins where its block or line begins, and ends where it ends. */
  atStart: boolean;
  atEnd: boolean;
  /** The whole block or line, for quoting and length checks. */
  full: string;
  /** Where `text` starts inside `full`. */
  offset: number;
  where: EvidenceSource;
}

interface Finding {
  agency: AgencyEntry;
  contribution: Contribution;
  confidence: number;
  evidence: Evidence;
}

function quote(c: Candidate, m: Mention): string {
  return c.full.length <= 300 ? clip(c.full) : sentenceAt(c.full, c.offset + m.start);
}

function ruleMatches(r: CreditRule, c: Candidate, m: Mention, scope: CreditScope): boolean {
  if (!r.scopes.includes(scope)) return false;
  if (r.maxLen !== undefined && c.full.length > r.maxLen) return false;
  if (r.maxOffset !== undefined && (!c.atStart || m.start > r.maxOffset)) return false;
  if (r.maxTail !== undefined && (!c.atEnd || c.text.length - m.end > r.maxTail)) return false;
  if (r.before) {
    const w = r.maxOffset !== undefined ? c.text.slice(0, m.start) : c.text.slice(Math.max(0, m.start - 160), m.start);
    if (!r.before.test(w)) return false;
  }
  if (r.after) {
    const w = r.maxTail !== undefined ? c.text.slice(m.end) : c.text.slice(m.end, m.end + 160);
    if (!r.after.test(r.months ? monthsAsToken(w) : w)) return false;
  }
  return true;
}

/** Judges every agency name in a candidate by the credit rules of its scope. */
/**
 * The page's host while detectAgencies runs: a code two agencies share ("APA", "CNA") goes to the
 * one of the page's country. Set and cleared around one synchronous run.
 */
let pageHost: string | null = null;

function readCandidate(c: Candidate, scope: CreditScope, out: Finding[]): void {
  const mentions = findMentions(c.text, { host: pageHost });
  let prev: { m: Mention; rule: CreditRule } | null = null;
  for (const m of mentions) {
    let rule: CreditRule | null = null;
    // A name listed right after a credited one shares its credit ("Quelle: APA/sda/dpa", "(AP/dpa)").
    if (prev && CHAIN_RE.test(c.text.slice(prev.m.end, m.start))) rule = prev.rule;
    if (!rule && m.photo) rule = CREDIT_RULES.find((r) => r.contribution === 'photo') ?? null;
    if (!rule) rule = CREDIT_RULES.find((r) => ruleMatches(r, c, m, scope)) ?? null;
    prev = rule ? { m, rule } : null;
    if (!rule) continue;
    const where =
      rule.contribution === 'photo'
        ? 'caption'
        : scope === 'line'
          ? c.where
          : rule.where === 'dateline'
            ? 'dateline'
            : c.where === 'meta'
              ? 'meta'
              : rule.where;
    out.push({
      agency: m.agency,
      contribution: rule.contribution,
      confidence: rule.confidence,
      evidence: { text: quote(c, m), where, ruleId: CREDIT_RULE_IDS[rule.rule], rule: rule.rule },
    });
  }
}

/** A label that opens a list of other stories: "Lesen Sie auch:", "Also Read:", "Leggi anche", "Mehr zum Thema". */
const LIST_LABEL_RE =
  /^[^.!?]{1,40}[:：»›]$|^(?:also read|read also|read more|see also|related|lesen sie auch|mehr zum thema|leggi anche|lire aussi|lea también|leia também|czytaj też|čtěte také)\b/iu;
/** At most this many blocks after the last long paragraph are read as the story's last lines. */
const TAIL_MAX_BLOCKS = 30;

/** A trailing block that is page chrome rather than the story's last line: a link list, a "Read also:" label. */
function isChromeBlock(b: TextBlock): boolean {
  return !!b.link || (b.text.length <= 60 && LIST_LABEL_RE.test(b.text));
}

function tailCandidate(t: string): Candidate {
  const from = Math.max(0, t.length - WINDOW);
  return { text: t.slice(from), atStart: from === 0, atEnd: true, full: t, offset: from, where: 'sign-off' };
}

function blockCandidates(page: Page): { lead: Candidate[]; tail: Candidate[]; short: Candidate[]; tailTexts: Set<string> } {
  const text = page.blocks.filter((b) => b.where === 'body' || b.where === 'quote');
  const lead: Candidate[] = [];
  const tail: Candidate[] = [];
  const short: Candidate[] = [];
  let paragraphs = 0;
  let i = 0;
  for (; i < text.length && lead.length < LEAD_MAX_BLOCKS && paragraphs < LEAD_PARAGRAPHS; i++) {
    const t = text[i]!.text;
    lead.push({ text: t.slice(0, WINDOW), atStart: true, atEnd: t.length <= WINDOW, full: t, offset: 0, where: 'body' });
    if (t.length <= SHORT_LINE) short.push({ text: t, atStart: true, atEnd: true, full: t, offset: 0, where: 'byline' });
    if (textWeight(t) >= PARAGRAPH_CHARS) paragraphs++;
  }
  // The story's last lines run from its last long paragraph to the end, whatever follows (a sign-off,
  // a contributor line, link lists and "Read also:" labels, which are skipped). The lead may have
  // taken the same blocks on a short story: they are read again as the tail.
  let last = text.length - 1;
  while (last > 0 && textWeight(text[last]!.text) < PARAGRAPH_CHARS && text.length - last <= TAIL_MAX_BLOCKS) last--;
  const from = Math.max(0, text.length - last > TAIL_MAX_BLOCKS ? text.length - TAIL_BLOCKS : last);
  const tailTexts = new Set<string>();
  for (let j = text.length - 1; j >= from; j--) {
    const b = text[j]!;
    if (isChromeBlock(b)) continue;
    tail.push(tailCandidate(b.text));
    tailTexts.add(b.text);
    if (b.text.length <= SHORT_LINE && j >= i) short.push({ text: b.text, atStart: true, atEnd: true, full: b.text, offset: 0, where: 'sign-off' });
  }
  // What the story's own trailer holds outside Readability's content: a source strip, a bare "(KNA)".
  for (const l of page.storyLines) {
    if (l.place !== 'trailer' || tailTexts.has(l.text) || l.text.length > 300) continue;
    tail.push(tailCandidate(l.text));
    tailTexts.add(l.text);
  }
  return { lead, tail, short, tailTexts };
}

function line(text: string, where: EvidenceSource): Candidate {
  const t = squish(text).slice(0, 300);
  return { text: t, atStart: true, atEnd: true, full: t, offset: 0, where };
}

/** Byline credits of a line; `alsoRules` also reports what the line rules find in it (source, copyright…). */
function readByline(c: Candidate, publisher: string | null, out: Finding[], rulePrefix = '', alsoRules = true): void {
  const own: Finding[] = [];
  readCandidate(c, 'line', own);
  if (alsoRules) out.push(...own);
  // A picture credit in a byline slot ("Photo by: The Associated Press", "Friso Gentsch/dpa").
  if (own.some((f) => f.contribution === 'photo')) return;
  for (const b of bylineCredits(c.text, publisher)) {
    // What a phrasing rule already said of this name ("Mit Material von dpa") stands.
    if (own.some((f) => f.agency === b.mention.agency)) continue;
    out.push({
      agency: b.mention.agency,
      contribution: b.contribution,
      confidence: c.where === 'json-ld' ? 0.85 : alsoRules ? 0.9 : 0.8,
      evidence: { text: clip(c.text), where: c.where, ruleId: b.ruleId, rule: rulePrefix + b.rule },
    });
  }
}

/** Every way an agency is written, lowercased, for logos whose alt or file name is a bare name. */
let logoForms: Map<string, AgencyEntry> | null = null;
const ICON = new Set<string>(ICON_WORDS);

function agencyOfLogoWord(word: string): AgencyEntry | null {
  if (!logoForms) {
    logoForms = new Map();
    for (const a of AGENCY_BY_ID.values()) {
      if (a.id === 'agencies') continue;
      for (const f of [a.shortName, a.name, ...(a.names ?? []), ...(a.codes ?? [])]) {
        const k = f.toLowerCase();
        if (!logoForms.has(k)) logoForms.set(k, a);
      }
    }
  }
  return logoForms.get(word.toLowerCase()) ?? null;
}

/**
 * An agency logo in the story's byline slot or header row: its alt or file name is the agency's name
 * ("Reuters", ".../ultnot/reuters.gif", "ap_wire.png"), or it links to the agency's site.
 */
function logoFindings(page: Page, out: Finding[]): void {
  for (const logo of page.logos) {
    const words = [logo.text, ...logo.text.split(/[\s_.-]+/)].filter((w) => w.length >= 2 && w.length <= 60);
    if (words.some((w) => ICON.has(w.toLowerCase()))) continue;
    let agency: AgencyEntry | null = null;
    for (const w of words) if ((agency = agencyOfLogoWord(w))) break;
    if (!agency && logo.host) {
      for (const a of AGENCY_BY_ID.values()) if (hostMatches(logo.host, a.domains)) agency = a;
    }
    if (!agency || isPublisherItself(page, agency, hostOf(page.url ?? page.meta.canonical))) continue;
    const text = logo.host ? `${logo.source} → ${logo.host}` : logo.source;
    out.push({
      agency,
      contribution: 'copy',
      confidence: 0.85,
      evidence: { text: clip(text), where: 'byline', ruleId: 'agency-logo', rule: 'agency logo in the byline' },
    });
  }
}

/** A site's front page (root path) lists other stories: nothing on it credits "the" text. */
function isFrontPage(page: Page): boolean {
  const url = page.url ?? page.meta.canonical;
  if (!url) return false;
  try {
    const u = new URL(url);
    return (u.pathname === '/' || u.pathname === '') && !u.search;
  } catch {
    return false;
  }
}

function looksLikeArticle(page: Page): boolean {
  return page.jsonLd.types.some((t) => ARTICLE_TYPE_RE.test(t)) || (metaValue(page.meta, 'og:type') ?? '').toLowerCase() === 'article';
}

function hostMatches(host: string | null, domains: readonly string[] | undefined): boolean {
  if (!host || !domains) return false;
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

function normName(s: string): string {
  return s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The publisher names itself in its own byline slots ("CNA", "Bloomberg"): not an agency credit. */
function isPublisherItself(page: Page, agency: AgencyEntry, host: string | null): boolean {
  const own = hostMatches(host, agency.domains);
  if (own) return agency.ownSiteIsWire === false;
  const pub = page.publisher ? normName(page.publisher) : '';
  if (!pub) return false;
  const forms = [agency.name, agency.shortName, ...(agency.names ?? []), ...(agency.codes ?? [])].map(normName);
  return forms.includes(pub);
}

function textFindings(page: Page, out: Finding[], blocks: ReturnType<typeof blockCandidates>): void {
  const { lead, tail, short } = blocks;
  const captionTexts = new Set(page.captions);
  // With the story known, captions and bylines were told apart by position already.
  const positional = !!page.story;
  // A block that is also a picture's caption ("… Aug. 31, 2019. (AP)") is the picture's credit.
  for (const c of lead) if (!captionTexts.has(c.full)) readCandidate(c, 'lead', out);
  for (const c of tail) {
    if (captionTexts.has(c.full)) continue;
    readCandidate(c, 'tail', out);
    if (c.atStart && c.full.length <= 500 && REUTERS_TRAILER.test(c.full)) {
      const reuters = AGENCY_BY_ID.get('reuters')!;
      out.push({
        agency: reuters,
        contribution: 'copy',
        confidence: 0.7,
        evidence: { text: clip(c.full), where: 'sign-off', ruleId: 'editing-trailer', rule: 'Reuters editing trailer' },
      });
    }
  }
  // Short blocks may be the byline or credit line itself ("By Associated Press", "PTI").
  for (const c of short) if (!captionTexts.has(c.full)) readByline(c, page.publisher, out, '', false);

  const articleByline = page.article?.byline ?? null;
  // Readability sometimes takes a picture credit inside a figure for the byline.
  const bylineIsCaption = !!articleByline && captionTexts.has(articleByline);
  // Without the story's positions, a credit line that is also a picture's caption is the picture's;
  // with them, a caption never vetoes a byline read from another element.
  const pageUrl = page.url ?? page.meta.canonical;
  const domBylines = [...page.bylines, ...authorLinkLines(page.scan, page.doc, page.story, pageUrl)].filter(
    (b, i, list) => b !== articleByline && (positional || !captionTexts.has(b)) && list.indexOf(b) === i,
  );
  // The story's header lines between headline and body ("PTI | July 9, 2020", "KYODO").
  for (const l of page.storyLines) {
    // A bare code in a header line with no byline mark is too weak alone ("AA" is a text-size button).
    if (l.place !== 'header' || l.text.length > 160 || l.text.length <= 4 || domBylines.includes(l.text) || captionTexts.has(l.text)) continue;
    if (page.story?.headline?.contains(l.el) || besideImage(l.el, page.story)) continue;
    domBylines.push(l.text);
  }
  // Byline slots naming several agencies are a list of teasers, not this story's byline.
  const agenciesInSlots = new Set(domBylines.flatMap((b) => bylineCredits(b, null).map((c) => c.mention.agency.id)));
  const teaserList = agenciesInSlots.size >= 3;
  if (articleByline && !bylineIsCaption) {
    const c = line(articleByline, 'byline');
    readByline(c, page.publisher, out);
    readCandidate({ ...c, where: 'dateline' }, 'lead', out);
  }
  if (!teaserList) for (const b of domBylines) readByline(line(b, 'byline'), page.publisher, out);

  // Source lines of the story's header ("Source: PTI"), read where Readability left them out.
  for (const sl of page.sourceLines) readByline(line(`${sl.label}: ${sl.name}`, 'byline'), page.publisher, out);
  // Short paragraphs Readability dropped: only their "with inputs from" notes, which no footer carries.
  for (const l of page.lines.slice(0, 300)) {
    if (l.where !== 'body' || l.text.length > 160 || captionTexts.has(l.text)) continue;
    const own: Finding[] = [];
    readCandidate(line(l.text, 'sign-off'), 'line', own);
    out.push(...own.filter((f) => f.contribution === 'inputs'));
  }

  const ld = page.jsonLd;
  for (const a of ld.authors) readByline(line(a.name, 'json-ld'), page.publisher, out, 'JSON-LD author: ');
  for (const s of [...ld.sourceOrganization, ...ld.creditText, ...ld.copyrightHolder]) readByline(line(s, 'json-ld'), page.publisher, out, 'JSON-LD source: ');
  for (const key of META_LINE_KEYS) for (const v of page.meta.tags.get(key) ?? []) readByline(line(v, 'meta'), page.publisher, out, `meta ${key}: `);
  for (const key of ['description', 'og:description']) {
    const v = metaValue(page.meta, key);
    if (v) readCandidate({ ...line(v.slice(0, WINDOW), 'meta'), atEnd: v.length <= WINDOW }, 'lead', out);
  }
  for (const based of ld.isBasedOn) {
    const host = hostOf(based);
    for (const agency of AGENCY_BY_ID.values()) {
      if (hostMatches(host, agency.domains))
        out.push({
          agency,
          contribution: 'copy',
          confidence: 0.8,
          evidence: { text: clip(based), where: 'json-ld', ruleId: 'json-ld-based-on', rule: 'JSON-LD isBasedOn' },
        });
    }
  }
  const host = hostOf(page.url ?? page.meta.canonical);
  if (host && looksLikeArticle(page)) {
    for (const agency of AGENCY_BY_ID.values()) {
      if (agency.ownSiteIsWire !== false && hostMatches(host, agency.domains)) {
        out.push({
          agency,
          contribution: 'copy',
          confidence: 0.8,
          evidence: { text: host, where: 'url', ruleId: 'publisher-is-agency', rule: 'publisher is the agency' },
        });
      }
    }
  }
}

/** Picture credits left in the text blocks of a long page ("… the airport, Indonesia (AP)", "(AFP/Getty)"). */
const MIDDLE_BLOCKS = 150;
const MIDDLE_CHARS = 300;
const CAPTION_END_RE = /^\s?[)）]\s?\.?$/u;

function middlePhotoFindings(page: Page, out: Finding[], tailTexts: Set<string>): void {
  // No picture, no picture credit: "(ANI)" at the end of a short paragraph is then a sign-off.
  if (!page.scan.images.length && !page.captions.length) return;
  let read = 0;
  for (const b of page.blocks) {
    if (read >= MIDDLE_BLOCKS) break;
    // The story's last lines are its sign-off, never a caption left in the text.
    if (b.where !== 'body' || b.text.length > MIDDLE_CHARS || tailTexts.has(b.text)) continue;
    read++;
    const c: Candidate = { text: b.text, atStart: true, atEnd: true, full: b.text, offset: 0, where: 'caption' };
    for (const m of findMentions(b.text)) {
      const photoRule = m.photo || CREDIT_RULES.some((r) => r.contribution === 'photo' && ruleMatches(r, c, m, 'tail'));
      // A caption left in the text ends with the agency in brackets, and does not open with a dateline.
      const captionEnd = m.start > 40 && b.text[m.start - 1] === '(' && CAPTION_END_RE.test(b.text.slice(m.end));
      if (photoRule || captionEnd)
        out.push({
          agency: m.agency,
          contribution: 'photo',
          confidence: 0.6,
          evidence: { text: clip(b.text), where: 'caption', ruleId: 'picture-credit', rule: 'picture credit' },
        });
    }
  }
}

function photoFindings(page: Page, out: Finding[], tailTexts: Set<string>): void {
  middlePhotoFindings(page, out, tailTexts);
  // Some titles carry the lead picture's credit: "…の成否（写真＝ロイター）".
  if (page.headline) {
    const own: Finding[] = [];
    readCandidate(line(page.headline, 'title'), 'line', own);
    out.push(...own.filter((f) => f.contribution === 'photo'));
  }
  const captions = page.blocks.filter((b) => b.where === 'caption').map((b) => b.text);
  const texts = [...captions, ...page.captions].slice(0, MAX_CAPTIONS);
  const articleByline = page.article?.byline;
  if (articleByline && page.captions.includes(articleByline)) texts.push(articleByline);
  for (const t of texts) {
    const text = t.slice(0, CAPTION_CHARS);
    const c: Candidate = { text, atStart: true, atEnd: text.length === t.length, full: t, offset: 0, where: 'caption' };
    for (const m of findMentions(text)) {
      // A dateline in a caption slot is a teaser for another story, not a picture credit.
      const teaser = CREDIT_RULES.some((r) => CREDIT_RULE_IDS[r.rule] === 'dateline-credit' && ruleMatches(r, c, m, 'lead'));
      if (teaser) continue;
      out.push({
        agency: m.agency,
        contribution: 'photo',
        confidence: 0.7,
        evidence: { text: quote(c, m), where: 'caption', ruleId: 'picture-credit', rule: 'picture credit' },
      });
    }
  }
}

/** Evidence compared as a reader sees it: case, quotes, spaces and punctuation aside. */
function normEvidence(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function detectAgencies(page: Page): AgencyCredit[] {
  pageHost = hostOf(page.url ?? page.meta.canonical);
  try {
    return creditsOf(page);
  } finally {
    pageHost = null;
  }
}

function creditsOf(page: Page): AgencyCredit[] {
  const findings: Finding[] = [];
  // The story's lead and last lines, worked out once for the text and the picture credits.
  const blocks = blockCandidates(page);
  if (!isFrontPage(page)) {
    textFindings(page, findings, blocks);
    logoFindings(page, findings);
  }
  photoFindings(page, findings, blocks.tailTexts);

  const host = hostOf(page.url ?? page.meta.canonical);
  const byAgency = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byAgency.get(f.agency.id);
    if (list) list.push(f);
    else byAgency.set(f.agency.id, [f]);
  }
  const named = [...byAgency.entries()].some(([id, list]) => id !== 'agencies' && list.some((f) => f.contribution !== 'photo'));
  const credits: AgencyCredit[] = [];
  for (const [id, list] of byAgency) {
    const agency = list[0]!.agency;
    let text = list.filter((f) => f.contribution !== 'photo');
    // An unnamed credit ("Agencies", "wire services", "from a wire agency feed") adds nothing when an
    // agency is named for the text.
    if (id === 'agencies' && named) text = [];
    if (PHOTO_ONLY_AGENCY_IDS.has(id) || (text.length && isPublisherItself(page, agency, host))) text = [];
    const photo = list.filter((f) => f.contribution === 'photo');
    const used = text.length ? text : photo;
    if (!used.length) continue;
    const contribution: Contribution = text.some((f) => f.contribution === 'copy') ? 'copy' : text.length ? 'inputs' : 'photo';
    const ordered = [...used.filter((f) => f.contribution === contribution), ...used.filter((f) => f.contribution !== contribution)];
    // A text verdict is shown with its text evidence only: the photo credits of the same agency are no proof of it.
    const evidence: Evidence[] = [];
    for (const f of ordered) {
      if (evidence.length >= 4) break;
      const key = normEvidence(f.evidence.text);
      if (!evidence.some((e) => normEvidence(e.text) === key)) evidence.push(f.evidence);
    }
    credits.push({
      id,
      name: agency.name,
      shortName: agency.shortName,
      country: agency.country,
      homepage: agency.homepage,
      contribution,
      confidence: combine(used.map((f) => f.confidence)),
      evidence,
    });
  }
  // Text credits first, strongest first.
  return credits.sort((a, b) =>
    (a.contribution === 'photo') === (b.contribution === 'photo') ? b.confidence - a.confidence : a.contribution === 'photo' ? 1 : -1,
  );
}
