// Republication from another, non-agency publisher: "This article originally appeared on …",
// Creative Commons republication, a news-service partner's dateline or byline (CNN, The Washington
// Post…), "X via Y" bylines, "read the original article" links to another site.
import type { Page } from '../page';
import { AGENCIES } from '../rules/agencies';
import { NEWS_SERVICE_PARTNERS, READ_ORIGINAL_LINK_TEXT, REPUBLICATION_HINT, REPUBLICATION_TEMPLATES, type NewsServicePartner } from '../rules/republication';
import { clip, hostOf, safeHttpUrl, siteOf, squish } from '../text';
import { edgeBlocks, matchBlocks } from './match';
import type { StatusSignal } from './types';

const MAX_BLOCK = 600;

/** A captured publisher name is kept only when it looks like a name, not a time or a date. */
function cleanOrigin(raw: string | undefined): string | null {
  if (!raw) return null;
  const name = squish(raw);
  if (!/\p{L}{2}/u.test(name) || /^\d/.test(name) || name.length > 80) return null;
  if (/^(?:this|our|the\ssame|a|an|here)$/i.test(name)) return null;
  return name;
}

function isOwnSite(page: Page, partner: NewsServicePartner): boolean {
  const site = siteOf(hostOf(page.url ?? page.meta.canonical));
  if (site && partner.hosts.some((h) => siteOf(h) === site)) return true;
  const publisher = (page.publisher ?? '').toLowerCase();
  return !!publisher && partner.aliases.some((a) => publisher === a || publisher.startsWith(a + ' ') || publisher.endsWith(' ' + a));
}

function fromTemplates(page: Page): StatusSignal[] {
  const lines = [...page.blocks, ...page.lines, ...page.bylines.map((text) => ({ text, where: 'body' as const }))];
  for (const t of REPUBLICATION_TEMPLATES) {
    const [hit] = matchBlocks(lines, t.pattern, { maxLength: MAX_BLOCK, limit: 1, hint: REPUBLICATION_HINT });
    if (!hit) continue;
    const from = cleanOrigin(hit.match[1]);
    if (hit.match[1] !== undefined && !from) continue; // "originally published at 2:05 p.m." is an update note
    return [{ status: 'republished', strength: t.strength, from, evidence: { text: hit.sentence, where: hit.where, rule: 'republication note' } }];
  }
  return [];
}

// "(CNN) —", "WASHINGTON (CNN) -": a partner's dateline opening the text.
const PAREN_DATELINE = /^(?:[\p{Lu}][\p{L} .,'/-]{0,60}\s)?\(([^()]{2,40})\)\s?[—–-]{1,2}\s/u;
// "By Kate Sullivan, CNN", "Spencer S. Hsu, The Washington Post", "By CNN.com"
const BYLINE_TAIL = /(?:^by\s|,\s)([^,]{2,40})$/i;
// "The Washington Post’s Carol Morello contributed to this report."
const CONTRIBUTED = /^(?:the\s)?([\p{L} .&]{2,40}?)[’']s?\s[^.]{2,120}?\scontributed\sto\sthis\s(?:report|story|article)/iu;

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
      from: hit.partner.name,
      evidence: { text: hit.text, where: hit.where, rule: `${hit.partner.name} news-service story` },
      source: { kind: 'publisher', label: hit.partner.name, url: hit.partner.homepage },
    },
  ];
}

// "KVELLER via JTA —": another outlet's story distributed through an agency, as a byline or as the
// dateline opening the text.
const VIA_BYLINE = /^(?:by\s)?([\p{Lu}][\p{L}\d .&'-]{1,40}?)\svia\s([\p{Lu}][\p{L}\d .&'-]{1,40}?)(?:\s?[—–-]{1,2}\s|$)/u;

function fromViaBylines(page: Page): StatusSignal[] {
  const candidates = [...page.bylines.map((text) => ({ text, where: 'byline' as const })), ...page.blocks.slice(0, 2).map((b) => ({ text: b.text, where: 'dateline' as const }))];
  for (const { text, where } of candidates) {
    const m = VIA_BYLINE.exec(text.slice(0, 100));
    if (m && m[1] === m[1]!.toUpperCase() && /\p{L}{3}/u.test(m[1]!)) {
      return [{ status: 'republished', strength: 0.9, from: squish(m[1]!), evidence: { text: clip(text, 160), where, rule: 'story distributed via another outlet' } }];
    }
  }
  return [];
}

// A cheap first test of a link's text before the full phrasing check.
const ORIGINAL_HINT = /origin|元の?記事/i;

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
        from: host,
        evidence: { text: `${text} → ${host}`, where: 'body', rule: 'link to the original article' },
        source: { kind: 'publisher', label: host, url: href },
      },
    ];
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

const GENERIC_SOURCE = /^(?:agenc|agentur|own|eigen|internet|web|social|archiv|archive|staff|redaktion|redacci|rédaction|本网|本报|本站|综合|網絡|网络|getty|shutterstock|istock|imago|unsplash|pixabay)/i;

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
    return [{ status: 'republished', strength: 0.8, from: name, evidence: { text: line.text, where: 'byline', rule: 'source line names another outlet' } }];
  }
  return [];
}

/** A canonical URL on another site: the page itself says the original is elsewhere. */
function fromCanonical(page: Page): StatusSignal[] {
  const canonical = page.meta.canonical;
  const own = siteOf(hostOf(page.url));
  const other = siteOf(hostOf(canonical));
  if (!canonical || !own || !other || own === other) return [];
  return [
    {
      status: 'republished',
      strength: 0.6,
      from: hostOf(canonical),
      evidence: { text: canonical, where: 'canonical', rule: 'canonical URL on another site' },
      source: { kind: 'canonical', label: hostOf(canonical)!, url: canonical },
    },
  ];
}

export function detectRepublication(page: Page): StatusSignal[] {
  return [...fromTemplates(page), ...fromPartners(page), ...fromViaBylines(page), ...fromReadOriginalLinks(page), ...fromSourceLines(page), ...fromCanonical(page)];
}

// Seen on: salon.com (Grist), vice.com (VICE US), fortune.com (Time.com), medium.com, linkedin.com
// pulse, mercurynews.com (CNN), inquirer.com (The Washington Post), timesofisrael.com (Kveller via
// JTA), article.auone.jp (TBS NEWS DIG), bostonherald.com (Tribune Content Agency)
