// A report as Markdown or JSON for "copy". Every string from the page is escaped so it stays plain
// text wherever the copy is pasted, and only http(s) addresses become links.
import { i18n } from './presentation';
import { postLink } from './presentation/posts';
import type { AgencyCredit, EmbeddedPost, Evidence, Report } from '../lib/report';
import { safeHttpUrl, squish } from '../lib/text';
import {
  agencyName,
  allEvidence,
  confidenceLabel,
  contributionLabel,
  countryName,
  platformLabel,
  ruleLabel,
  sourceKindLabel,
  statusExplanation,
  statusLabel,
  whereLabel,
} from './presentation';

export { allEvidence } from './presentation';

// Characters that open Markdown or HTML syntax anywhere in a line (emphasis, code, links, tags,
// entities, GFM tables and strikethrough); a backslash keeps each literal. With [ and ] escaped, no
// link or image can form, so parentheses and ! stay as they are and the text stays readable.
const MD_INLINE_RE = /[\\`*_\[\]<>|~&]/g;
// At the start of a line these make headings, list items and numbered lists.
const MD_LINE_START_RE = /^(?:[#+-]|\d{1,9}[.)])/;

/** Page text as inert Markdown: one line, every syntax character escaped. */
export function mdText(text: string | null | undefined): string {
  const escaped = squish(text ?? '').replace(MD_INLINE_RE, (c) => `\\${c}`);
  // Backslash escapes only work before punctuation: "\\# …", "\\- …", but "2024\\. …".
  return escaped.replace(MD_LINE_START_RE, (m) => (m.length === 1 ? `\\${m}` : `${m.slice(0, -1)}\\${m.slice(-1)}`));
}

/** An http(s) link, or the escaped label alone when the address is not http(s). */
export function mdLink(label: string, url: string | null | undefined): string {
  const href = safeHttpUrl(url);
  const text = mdText(label);
  if (!href) return text;
  // Parentheses and spaces end a Markdown link destination; encode them.
  const dest = href.replace(/[()\s]/g, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : '%20'));
  return `[${text}](${dest})`;
}

function quote(text: string): string {
  return `> ${mdText(text)}`;
}

function evidenceLine(e: Evidence): string {
  return `- “${mdText(e.text)}” — ${mdText(whereLabel(e.where))} · ${mdText(ruleLabel(e))}`;
}

function agencyLine(a: AgencyCredit): string {
  // An unnamed credit in words, never its id; a named one by its name and the code readers know.
  if (a.id === 'agencies') return `- **${mdText(agencyName(a))}** — ${mdText(contributionLabel(a.contribution))}`;
  const parts = [`**${mdText(a.name)}**`];
  if (a.shortName && a.shortName !== a.name) parts[0] += ` (${mdText(a.shortName)})`;
  if (a.country) parts.push(mdText(countryName(a.country)));
  parts.push(mdText(contributionLabel(a.contribution)));
  const home = safeHttpUrl(a.homepage);
  if (home) parts.push(mdLink(new URL(home).hostname, home));
  return `- ${parts.join(' — ')}`;
}

function embedLine(p: EmbeddedPost): string {
  const who = [p.author, p.handle ? `@${p.handle.replace(/^@/, '')}` : null].filter(Boolean).join(' ');
  const parts = [mdText(platformLabel(p.platform))];
  if (who) parts.push(mdText(who));
  if (p.date) parts.push(mdText(p.date));
  if (p.text) parts.push(`“${mdText(p.text)}”`);
  // Only the post's own address: a link its text held (t.co, pic.twitter.com) opens something else.
  const href = postLink(p);
  if (href) parts.push(mdLink(href, href));
  return `- ${parts.join(' — ')}`;
}

export function reportToMarkdown(report: Report): string {
  const lines: string[] = [`# ${mdText(i18n.t('report.title'))}`, ''];
  const field = (label: string, value: string) => lines.push(`**${mdText(label)}:** ${value}  `);
  const page = safeHttpUrl(report.url);
  if (page) field(i18n.t('report.page'), mdLink(page, page));
  if (report.headline) field(i18n.t('report.headline'), mdText(report.headline));
  if (report.publisher) field(i18n.t('report.publisher'), mdText(report.publisher));
  if (report.byline) field(i18n.t('report.byline'), mdText(report.byline));
  if (report.republishedFrom) field(i18n.t('popup.republishedFrom'), mdText(report.republishedFrom));
  const pct = String(Math.round(report.confidence * 100));
  field(i18n.t('report.status'), `${mdText(statusLabel(report.status))} — ${mdText(i18n.t('report.confidence', [confidenceLabel(report.confidence), pct]))}`);
  lines.push('', mdText(statusExplanation(report.status)));

  const section = (title: string, body: string[]) => {
    if (!body.length) return;
    lines.push('', `## ${mdText(title)}`, '', ...body);
  };
  section(i18n.t('report.agencies'), report.agencies.map(agencyLine));
  section(i18n.t('report.disclaimer'), report.disclaimer ? [quote(report.disclaimer.text)] : []);
  section(
    i18n.t('report.sources'),
    report.originalSources.map((s) => `- ${mdText(sourceKindLabel(s.kind))}: ${mdLink(s.label, s.url)}`),
  );
  section(i18n.t('report.embeds'), report.embeds.map(embedLine));
  section(i18n.t('report.why'), allEvidence(report).map(evidenceLine));
  lines.push('', `_${mdText(i18n.t('report.madeBy'))}_`, '');
  return lines.join('\n');
}

/** The report as JSON, with every address re-checked (non-http(s) → null) and `<` escaped. */
export function reportToJson(report: Report): string {
  const clean: Report = {
    ...report,
    url: safeHttpUrl(report.url),
    agencies: report.agencies.map((a) => ({ ...a, homepage: safeHttpUrl(a.homepage) })),
    embeds: report.embeds.map((e) => ({ ...e, url: safeHttpUrl(e.url) })),
    originalSources: report.originalSources.map((s) => ({ ...s, url: safeHttpUrl(s.url) })),
  };
  // \u003c keeps the JSON inert even if it is pasted inside an HTML page's <script>.
  return JSON.stringify(clean, null, 2).replace(/</g, '\\u003c');
}
