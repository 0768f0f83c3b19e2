// Republication from another, non-agency publisher: "This article originally appeared on …",
// Creative Commons republication, co-publication and editorial-partnership notes ("This story was
// co-published with …"), partner blocks (label + logo linking to the partner), a news-service
// partner's dateline or byline (CNN, The Washington Post…), "X via Y" bylines, "read the original
// article" links to another site, and an outlet in the source slot that is the canonical URL's site.
import { pf } from '../prefilter';
import type { Page } from '../page';
import { AGENCIES } from '../rules/agencies';
import {
  NEWS_SERVICE_PARTNERS,
  PARTNER_BLOCK_LABEL,
  READ_ORIGINAL_LINK_TEXT,
  REPUBLICATION_HINT,
  REPUBLICATION_TEMPLATES,
  type NewsServicePartner,
} from '../rules/republication';
import { IN_AD, IN_COMMENTS, IN_FOOTER, IN_FORM, IN_NAV, IN_TEASER } from '../signals/scan';
import { clip, hostOf, safeHttpUrl, siteOf, squish } from '../text';
import { edgeBlocks, hinted, matchBlocks } from './match';
import type { StatusSignal } from './types';

/** "The" glued to a name in a host or handle ("theguardian"). */
const THE_PREFIX = pf(/^the(?=\p{L}{3})/u);
const HOST_FILLER = pf(/^(?:www\d?|amp|mobile|com|net|org|news)$/);

const MAX_BLOCK = 600;

// "First published on Apr 8, 2020", "… on Monday 2 March": a date where a name would be.
const DATE_LIKE =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?(?:\s\d|$)|\d{1,2}:\d{2}/i;

/** A captured publisher name is kept only when it looks like a name, not a time or a date. */
function cleanOrigin(raw: string | undefined): string | null {
  if (!raw) return null;
  const name = squish(raw);
  if (!/\p{L}{2}/u.test(name) || /^\d/.test(name) || name.length > 80) return null;
  if (/^(?:this|our|the\ssame|a|an|here)$/i.test(name) || DATE_LIKE.test(name)) return null;
  return name;
}

function isOwnSite(page: Page, partner: NewsServicePartner): boolean {
  const site = siteOf(hostOf(page.url ?? page.meta.canonical));
  if (site && partner.hosts.some((h) => siteOf(h) === site)) return true;
  const publisher = (page.publisher ?? '').toLowerCase();
  return !!publisher && partner.aliases.some((a) => publisher === a || publisher.startsWith(a + ' ') || publisher.endsWith(' ' + a));
}

const ARTICLE_WORD = pf(/^(?:the|der|die|das|le|la|les|el|los|las|il|lo|het|de)\s+/);

/** A name or host reduced to its letters and digits, without a leading article: "The Intercept" → "intercept". */
function compact(name: string): string {
  const lower = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^@/, '')
    .trim();
  return lower.replace(ARTICLE_WORD, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** "news24.com" → "news24", "theintercept.com" → "intercept" (the article dropped as in compact()). */
function siteName(site: string): string {
  const label = site.split('.')[0] ?? '';
  return label.replace(THE_PREFIX, '');
}

/** The names a page gives itself: site name, publisher, Twitter handle, app name. */
function ownNames(page: Page): string[] {
  const tags = page.meta.tags;
  const names = [
    page.publisher,
    page.jsonLd.publisher,
    ...(tags.get('og:site_name') ?? []),
    ...(tags.get('twitter:site') ?? []),
    ...(tags.get('application-name') ?? []),
  ];
  return names.filter((n): n is string => !!n && n.length <= 80);
}

/** Whether a captured origin is the page's own publisher (a note naming the publisher itself). */
function isOwnName(page: Page, name: string): boolean {
  const c = compact(name);
  if (c.length < 2) return true;
  const own = ownNames(page).map(compact);
  return own.some((o) => o.length >= 2 && (o === c || (o.length >= 4 && c.length >= 4 && (o.includes(c) || c.includes(o)))));
}

// Funders and programmes are not publishers: "produced in partnership with the X Foundation".
const FUNDER = /\b(?:foundation|fund|fellowship|grant|initiative|stiftung|fondation|fundación|fundação|fondazione)\b/i;

function fromTemplates(page: Page): StatusSignal[] {
  const lines = [
    ...page.blocks,
    ...page.lines,
    ...page.bylines.map((text) => ({ text, where: 'body' as const })),
    // A kicker above the headline: "In partnership with ProPublica".
    ...page.labels.map((text) => ({ text, where: 'body' as const })),
  ];
  // The cheap hint once for all templates, not once per template.
  const only = hinted(lines, REPUBLICATION_HINT, MAX_BLOCK);
  if (!only.length) return [];
  for (const t of REPUBLICATION_TEMPLATES) {
    // The template's own words first: a pattern is compiled only on a page that may match it.
    const own = only.filter((i) => t.hint.test(lines[i]!.text));
    if (!own.length) continue;
    for (const hit of matchBlocks(lines, t.pattern, { limit: 3, only: own })) {
      // "… between Grist and Mother Jones" on Grist's own page names Mother Jones as the partner.
      const names = [hit.match[1], hit.match[2]].filter((n) => n !== undefined);
      const candidates = names.map(cleanOrigin);
      if (names.length && !candidates.some(Boolean)) continue; // "originally published at 2:05 p.m." is an update note
      const partnership = t.kind === 'co-publication';
      const from = candidates.find((n) => n && (!partnership || (!isOwnName(page, n) && !FUNDER.test(n))));
      if (names.length && !from) continue;
      return [
        {
          status: 'republished',
          strength: t.strength,
          originalPublisher: from ?? null,
          evidence: {
            text: hit.sentence,
            where: hit.where,
            ruleId: partnership ? 'co-publication-note' : 'republication-note',
            rule: partnership ? 'co-publication note' : 'republication note',
          },
        },
      ];
    }
  }
  return [];
}

// "(CNN) —", "WASHINGTON (CNN) -": a partner's dateline opening the text.
const PAREN_DATELINE = /^(?:[\p{Lu}][\p{L} .,'/-]{0,60}\s)?\(([^()]{2,40})\)\s?[—–-]{1,2}\s/u;
// "By Kate Sullivan, CNN", "Spencer S. Hsu, The Washington Post", "By CNN.com"
const BYLINE_TAIL = /(?:^by\s|,\s)([^,]{2,40})$/i;
// "The Washington Post’s Carol Morello contributed to this report."
const CONTRIBUTED = pf(/^(?:the\s)?([\p{L} .&]{2,40}?)[’']s?\s[^.]{2,120}?\scontributed\sto\sthis\s(?:report|story|article)/iu);

function partnerNamed(text: string): NewsServicePartner | null {
  const t = squish(text).toLowerCase().replace(/[™®]/g, '');
  return NEWS_SERVICE_PARTNERS.find((p) => p.aliases.includes(t) || p.aliases.includes(t.replace(/^the\s/, ''))) ?? null;
}

function fromPartners(page: Page): StatusSignal[] {
  const found: { partner: NewsServicePartner; text: string; where: 'dateline' | 'byline' | 'sign-off' | 'meta' }[] = [];
  for (const block of page.blocks.slice(0, 3)) {
    const m = PAREN_DATELINE.exec(block.text);
    const partner = m ? partnerNamed(m[1]!) : null;
    if (partner) found.push({ partner, text: clip(block.text, 160), where: 'dateline' });
  }
  for (const line of [...page.bylines, ...page.blocks.slice(0, 3).map((b) => b.text)]) {
    if (line.length > 120) continue;
    const m = BYLINE_TAIL.exec(line);
    const partner = m ? partnerNamed(m[1]!) : null;
    if (partner) found.push({ partner, text: line, where: 'byline' });
  }
  for (const block of edgeBlocks(page, 0, 6)) {
    const m = block.text.length <= 400 ? CONTRIBUTED.exec(block.text) : null;
    const partner = m ? partnerNamed(m[1]!) : null;
    if (partner) found.push({ partner, text: block.text, where: 'sign-off' });
  }
  for (const key of ['article:section', 'article:tag', 'parsely-section', 'news_keywords']) {
    for (const value of page.meta.tags.get(key) ?? []) {
      const partner = partnerNamed(value);
      if (partner) found.push({ partner, text: `${key}: ${value}`, where: 'meta' });
    }
  }
  const hit = found.find((f) => !isOwnSite(page, f.partner));
  if (!hit) return [];
  return [
    {
      status: 'republished',
      strength: hit.where === 'meta' ? 0.75 : 0.88,
      originalPublisher: hit.partner.name,
      evidence: { text: hit.text, where: hit.where, ruleId: 'news-service-story', rule: `${hit.partner.name} news-service story` },
      source: { kind: 'publisher', label: hit.partner.name, url: hit.partner.homepage },
    },
  ];
}

// "KVELLER via JTA —": another outlet's story distributed through an agency, as a byline or as the
// dateline opening the text.
const VIA_BYLINE = pf(/^(?:by\s)?([\p{Lu}][\p{L}\d .&'-]{1,40}?)\svia\s([\p{Lu}][\p{L}\d .&'-]{1,40}?)(?:\s?[—–-]{1,2}\s|$)/u);

function fromViaBylines(page: Page): StatusSignal[] {
  const candidates = [
    ...page.bylines.map((text) => ({ text, where: 'byline' as const })),
    ...page.blocks.slice(0, 2).map((b) => ({ text: b.text, where: 'dateline' as const })),
  ];
  for (const { text, where } of candidates) {
    const m = VIA_BYLINE.exec(text.slice(0, 100));
    if (m && m[1] === m[1]!.toUpperCase() && /\p{L}{3}/u.test(m[1]!)) {
      return [
        {
          status: 'republished',
          strength: 0.9,
          originalPublisher: squish(m[1]!),
          evidence: { text: clip(text, 160), where, ruleId: 'distributed-via-outlet', rule: 'story distributed via another outlet' },
        },
      ];
    }
  }
  return [];
}

// A cheap first test of a link's text before the full phrasing check.
const ORIGINAL_HINT = pf(/origin|元の?記事/i);

function fromReadOriginalLinks(page: Page): StatusSignal[] {
  const ownSite = siteOf(hostOf(page.url ?? page.meta.canonical));
  for (const { el: a } of page.scan.links) {
    const raw = a.textContent ?? '';
    if (raw.length > 200 || !ORIGINAL_HINT.test(raw)) continue;
    const text = squish(raw);
    if (!text || text.length > 40 || !READ_ORIGINAL_LINK_TEXT.test(text)) continue;
    const href = safeHttpUrl(a.getAttribute('href'), page.url ?? undefined);
    const host = hostOf(href);
    if (!href || !host || (ownSite && siteOf(host) === ownSite)) continue;
    return [
      {
        status: 'republished',
        strength: 0.85,
        originalPublisher: host,
        evidence: { text: `${text} → ${host}`, where: 'body', ruleId: 'original-article-link', rule: 'link to the original article' },
        source: { kind: 'publisher', label: host, url: href },
      },
    ];
  }
  return [];
}

const OUTSIDE_STORY = IN_NAV | IN_FOOTER | IN_TEASER | IN_AD | IN_COMMENTS | IN_FORM;
const MAX_BLOCK_TEXT = 120;
const MAX_BLOCK_NODES = 40;
const MAX_PARTNER_LINKS = 400;

interface SmallBox {
  text: string;
  logo: Element | null;
  hrefs: string[];
}

/**
 * A small element's text, first logo and link targets, read in at most MAX_BLOCK_NODES nodes; null
 * for anything larger (a whole article, a link list): no textContent over a big subtree per link.
 */
function smallBox(el: Element): SmallBox | null {
  let text = '';
  let logo: Element | null = null;
  const hrefs: string[] = [];
  const stack: Node[] = [el];
  for (let n = 0; stack.length; n++) {
    if (n > MAX_BLOCK_NODES) return null;
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      if (text.length > MAX_BLOCK_TEXT * 4) return null;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const e = node as Element;
    const tag = e.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
    if (tag === 'IMG' || tag === 'SVG' || tag === 'PICTURE') logo ??= e;
    if (tag === 'A' && e.hasAttribute('href')) hrefs.push(e.getAttribute('href') ?? '');
    if (tag === 'SVG') continue;
    // Sibling links, not childNodes: a DOM library may build the whole child list of a huge element.
    const kids: Node[] = [];
    for (let k = e.firstChild; k; k = k.nextSibling) if (kids.push(k) > MAX_BLOCK_NODES) return null;
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return { text: squish(text), logo, hrefs };
}

/**
 * A partner block: the label "In partnership with" and the partner's logo (or name), linking to the
 * partner's site, in the story's header or trailer. A footer of partner logos, a teaser rail and a
 * block linking to several sites are not one partner's story.
 */
/** Words every partner label holds: with the story known, a page whose own lines hold none has no partner block. */
const PARTNER_HINT = pf(/partner|partenariat|collabora|colabora|cooperation|kooperation|zusammenarbeit|parceria|alianza|co-?publi/i);

function fromPartnerBlocks(page: Page): StatusSignal[] {
  if (page.story && ![...page.storyLines, ...page.lines].some((l) => PARTNER_HINT.test(l.text)) && !page.labels.some((l) => PARTNER_HINT.test(l))) return [];
  const own = [page.url, page.meta.canonical].map((u) => siteOf(hostOf(u))).filter(Boolean);
  const base = page.url ?? undefined;
  let checked = 0;
  for (const { el: a, flags } of page.scan.links) {
    if (flags & OUTSIDE_STORY) continue;
    const href = safeHttpUrl(a.getAttribute('href'), base);
    const host = hostOf(href);
    if (!href || !host || own.includes(siteOf(host))) continue;
    if (++checked > MAX_PARTNER_LINKS) break;
    // The label stands in the link itself or in the small box around it.
    let el: Element | null = a;
    for (let up = 0; el && up < 3; up++, el = el.parentElement) {
      const box = smallBox(el);
      if (!box || box.text.length > MAX_BLOCK_TEXT) break;
      const m = PARTNER_BLOCK_LABEL.exec(box.text);
      if (!m) continue;
      const name = m[1] ? cleanOrigin(m[1]) : null;
      if (!box.logo && !name) break;
      const sites = new Set(box.hrefs.map((h) => siteOf(hostOf(safeHttpUrl(h, base)))).filter((x) => x && !own.includes(x)));
      if (sites.size > 1) break;
      // The partner's name: the block's text, else the logo's alt text or the link's label, else its host.
      const alt = [box.logo?.getAttribute('alt'), a.getAttribute('aria-label'), a.getAttribute('title')].map((x) => x?.trim()).find((x) => x && x.length <= 60);
      const from = name || (alt ? cleanOrigin(alt) : null) || host.replace(/^www\./, '');
      if (isOwnName(page, from)) break;
      return [
        {
          status: 'republished',
          strength: 0.85,
          originalPublisher: from,
          evidence: {
            text: `${box.text}${name ? '' : ' [logo]'} → ${host}`,
            where: 'byline',
            ruleId: 'partner-block',
            rule: 'partner block linking to another site',
          },
          source: { kind: 'publisher', label: from, url: href },
        },
      ];
    }
  }
  return [];
}

/** Whether a source-line name is a news agency's (then it is a wire credit, not a republication). */
function isAgencyName(name: string): boolean {
  const n = name.toLowerCase();
  return AGENCIES.some(
    (a) =>
      a.shortName.toLowerCase() === n ||
      a.name.toLowerCase() === n ||
      (a.names ?? []).some((x) => x.toLowerCase() === n) ||
      (a.codes ?? []).some((x) => x.toLowerCase() === n) ||
      (a.cjk ?? []).some((x) => n.includes(x)),
  );
}

const GENERIC_SOURCE =
  /^(?:agenc|agentur|own|eigen|internet|web|social|archiv|archive|staff|redaktion|redacci|rédaction|本网|本报|本站|综合|網絡|网络|getty|shutterstock|istock|imago|unsplash|pixabay)/i;

/**
 * "来源：半月谈": a source line naming an outlet that is neither an agency nor the publisher. Only the
 * Chinese, Japanese and Korean source labels: there they name the originating outlet, while a Latin
 * "Source:" as often names a data source (a chart's "Source: CDC") or the publisher's own programme.
 */
const OUTLET_SOURCE_LABELS = new Set(['来源', '來源', '出典', '출처']);

function fromSourceLines(page: Page): StatusSignal[] {
  const own = [page.publisher, page.meta.title, page.headline].filter(Boolean).join(' ').toLowerCase();
  const host = hostOf(page.url) ?? '';
  for (const line of page.sourceLines) {
    const name = line.name;
    if (!OUTLET_SOURCE_LABELS.has(line.label)) continue;
    if (!/\p{L}{2}/u.test(name) || GENERIC_SOURCE.test(name) || isAgencyName(name)) continue;
    const lower = name.toLowerCase();
    if (own.includes(lower) || (host && host.includes(lower.replace(/\s/g, '')))) continue;
    return [
      {
        status: 'republished',
        strength: 0.8,
        originalPublisher: name,
        evidence: { text: line.text, where: 'byline', ruleId: 'source-line-outlet', rule: 'source line names another outlet' },
      },
    ];
  }
  return [];
}

const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi;
const MAX_SEGMENT_NODES = 60;

/** An element's text split where a <br> or a child element breaks it: "News24<br>13 Jan 2020" → two. */
function segmentsOf(el: Element): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const t = squish(current);
    if (t) out.push(t);
    current = '';
  };
  const stack: Node[] = [...el.childNodes].reverse();
  for (let n = 0; stack.length && n < MAX_SEGMENT_NODES; n++) {
    const node = stack.pop()!;
    if (node.nodeType === 3) current += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'BR') flush();
      else if (tag !== 'SCRIPT' && tag !== 'STYLE') {
        flush();
        stack.push(...[...node.childNodes].reverse());
      }
    }
  }
  flush();
  return out;
}

/** The headline's element: the first story heading whose text is the page's headline, else the first h1. */
function headlineElement(page: Page): Element | null {
  const want = compact((page.headline ?? '').replace(ENTITY, ''));
  if (want.length >= 8) {
    for (const { el, flags } of page.scan.lines) {
      // Not IN_AD: "banner" classes wrap many story headers, and the text must equal the headline anyway.
      if (flags & (OUTSIDE_STORY & ~IN_AD) || !/^H[12]$/i.test(el.tagName)) continue;
      const text = el.textContent ?? '';
      if (text.length < 600 && compact(text.replace(ENTITY, '')) === want) return el;
    }
  }
  return page.scan.firstH1?.el ?? null;
}

// "By News24", "Source: News24", "Quelle: …": the slot's own label before the outlet's name.
const SLOT_PREFIX = /^(?:by|source|from|quelle|von|fuente|por|source\s?:|par)\s?:?\s/i;
// The segment after the outlet's name starts with a date or time: "13 Jan 2020, 22:11", "Jan 13, 2020".
const DATE_START = /^\P{N}{0,12}\d/u;
// A byline that is one text run "<Outlet> <date>": "News24 13 Jan 2020", "News24 | Jan 13, 2020", "Fin24 13.01.2020".
const DATED_BYLINE =
  /^(\p{L}[\p{L}\p{N}.&'’\-]{1,30}(?:\s\p{L}[\p{L}\p{N}.&'’\-]{1,30}){0,3})\s?[|·•,\-–]?\s(?:\d{1,2}\.?\s\p{L}{3,9}\.?,?\s\d{4}|\p{L}{3,9}\.?\s\d{1,2},?\s\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})/u;

/**
 * Outlet names standing in the story's source slots: the short line right under the headline when it
 * reads "<Outlet> <date>" (Big News Network sites: "News24<br>13 Jan 2020"), a source line
 * ("Source: News24"), and the byline's name or its tail after a comma.
 */
function slotNames(page: Page): { name: string; text: string; where: 'byline' | 'dateline' }[] {
  const out: { name: string; text: string; where: 'byline' | 'dateline' }[] = [];
  const h = headlineElement(page);
  const after: Element[] = [];
  for (let el = h?.nextElementSibling ?? null; el && after.length < 2; el = el.nextElementSibling) after.push(el);
  if (!after.length) for (let el = h?.parentElement?.nextElementSibling ?? null; el && after.length < 2; el = el.nextElementSibling) after.push(el);
  for (const el of after) {
    const raw = el.textContent ?? '';
    if (raw.length > 400) continue;
    const [first, ...rest] = segmentsOf(el);
    if (!first || first.length > 40 || !rest[0] || rest[0].length > 60 || !DATE_START.test(rest[0])) continue;
    out.push({ name: first.replace(SLOT_PREFIX, ''), text: clip([first, ...rest].join(' '), 160), where: 'dateline' });
  }
  // "Source: News24" under the story: the outlet is named outright, whatever the label's language.
  for (const line of page.sourceLines) out.push({ name: line.name, text: line.text, where: 'dateline' });
  for (const byline of page.bylines) {
    if (byline.length > 80) continue;
    const name = byline.replace(SLOT_PREFIX, '');
    out.push({ name, text: byline, where: 'byline' });
    const tail = name.lastIndexOf(',');
    if (tail > 0) out.push({ name: name.slice(tail + 1).trim(), text: byline, where: 'byline' });
    const dated = DATED_BYLINE.exec(name);
    if (dated) out.push({ name: dated[1]!, text: byline, where: 'byline' });
  }
  return out;
}

/**
 * The outlet named in the source slot is the site the canonical URL points to, and the page calls
 * itself something else: the story is that outlet's, carried here. Either piece alone is weak (a
 * canonical can be a CMS's mistake, a slot can name the publisher's own brand); together they decide.
 */
function fromSourceSlot(page: Page): StatusSignal[] {
  const canonical = page.meta.canonical ?? page.meta.tags.get('og:url')?.[0] ?? null;
  const canonicalHost = hostOf(canonical);
  const site = siteOf(canonicalHost);
  if (!canonical || !canonicalHost || !site) return [];
  const label = siteName(site);
  if (label.length < 3) return [];
  const full = compact(site);
  // Every label of the canonical's host: "www1.folha.uol.com.br" is Folha's as much as UOL's.
  const hostLabels = canonicalHost
    .split('.')
    .slice(0, -1)
    .map((l) => l.replace(THE_PREFIX, ''))
    .filter((l) => l.length >= 3 && !HOST_FILLER.test(l));
  const names = ownNames(page)
    .map(compact)
    .filter((n) => n.length >= 2);
  // The page must call itself something (a site name, a handle) or stand on another site, and none of
  // its own names may be the canonical's site: else the slot names the publisher itself.
  const ownSite = siteOf(hostOf(page.url ?? safeHttpUrl(page.meta.tags.get('og:url')?.[0])));
  const elsewhere = !!ownSite && ownSite !== site;
  if (!names.length && !elsewhere) return [];
  const isOwn = (n: string) => n === full || hostLabels.some((l) => n === l || (n.length >= 4 && (n.includes(l) || l.includes(n))));
  if (names.some(isOwn)) return [];
  for (const slot of slotNames(page)) {
    // A byline naming the outlet is only the outlet's when the page stands elsewhere: a brand and its
    // host can differ ("Birmingham Live" on birminghammail.co.uk), and a byline may name the paper.
    if (slot.where === 'byline' && !elsewhere) continue;
    const c = compact(slot.name);
    if (c !== label && c !== full) continue;
    return [
      {
        status: 'republished',
        strength: 0.88,
        originalPublisher: squish(slot.name),
        evidence: {
          text: `${slot.text} · canonical ${canonical}`,
          where: slot.where,
          ruleId: 'source-slot-canonical',
          rule: 'outlet in the source slot is the canonical URL’s site',
        },
        source: { kind: 'canonical', label: canonicalHost, url: canonical },
      },
    ];
  }
  return [];
}

/** A canonical URL on another site: the page itself says the original is elsewhere. */
function fromCanonical(page: Page): StatusSignal[] {
  const canonical = page.meta.canonical;
  // Without the page's URL (a saved page), its og:url says where it stands.
  const own = siteOf(hostOf(page.url ?? safeHttpUrl(page.meta.tags.get('og:url')?.[0])));
  const other = siteOf(hostOf(canonical));
  if (!canonical || !own || !other || own === other) return [];
  return [
    {
      status: 'republished',
      strength: 0.6,
      originalPublisher: hostOf(canonical),
      evidence: { text: canonical, where: 'canonical', ruleId: 'canonical-elsewhere', rule: 'canonical URL on another site' },
      source: { kind: 'canonical', label: hostOf(canonical)!, url: canonical },
    },
  ];
}

export function detectRepublication(page: Page): StatusSignal[] {
  return [
    ...fromTemplates(page),
    ...fromPartners(page),
    ...fromViaBylines(page),
    ...fromReadOriginalLinks(page),
    ...fromPartnerBlocks(page),
    ...fromSourceSlot(page),
    ...fromSourceLines(page),
    ...fromCanonical(page),
  ];
}

// Seen on: salon.com (Grist), vice.com (VICE US), fortune.com (Time.com), medium.com, linkedin.com
// pulse, mercurynews.com (CNN), inquirer.com (The Washington Post), timesofisrael.com (Kveller via
// JTA), article.auone.jp (TBS NEWS DIG), bostonherald.com (Tribune Content Agency), theintercept.com
// (partner block: +972 Magazine), asiapacificstar.com (Big News Network: "News24" slot, news24.com canonical)
