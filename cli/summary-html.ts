// `--summary FILE.html`: the batch's numbers as one self-contained page (inline CSS and SVG, no
// script, nothing fetched), readable on a phone. Every string from a page (outlet, publisher,
// agency, account) is escaped; the layout is HTML rows with a small SVG bar each, so labels stay
// text at any width.
import { STATUSES, type Status } from '../lib/report';
import { STATUS_COLORS, STATUS_LABELS } from './statuses';
import type { OutletSummary, Summary } from './summary';

const CHART_OUTLETS = 30;
const TABLE_OUTLETS = 300;
const CHART_AGENCIES = 20;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const pct = (share: number): string => `${Math.round(share * 1000) / 10}%`;
const num = (n: number): string => n.toLocaleString('en-US');

/** A bar of status segments, as wide as its container. */
function stackedBar(counts: Record<Status, number>, total: number, label: string): string {
  let x = 0;
  const parts: string[] = [];
  for (const s of STATUSES) {
    if (!counts[s] || !total) continue;
    const w = (counts[s] / total) * 100;
    parts.push(
      `<rect x="${x.toFixed(3)}" width="${w.toFixed(3)}" height="10" fill="${STATUS_COLORS[s]}"><title>${escapeHtml(`${label}: ${STATUS_LABELS[s]} ${counts[s]} (${pct(counts[s] / total)})`)}</title></rect>`,
    );
    x += w;
  }
  return `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}">${parts.join('')}</svg>`;
}

function shareBar(share: number, label: string): string {
  return `<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(label)}"><rect width="100" height="10" fill="#e8e8ec"/><rect width="${(share * 100).toFixed(3)}" height="10" fill="#3b6ea8"/></svg>`;
}

function legend(): string {
  return `<ul class="legend">${STATUSES.map((s) => `<li><span class="swatch" style="background:${STATUS_COLORS[s]}"></span>${escapeHtml(STATUS_LABELS[s])}</li>`).join('')}</ul>`;
}

function outletName(o: OutletSummary): string {
  return o.name && o.name.toLowerCase() !== o.outlet.toLowerCase() ? `${o.outlet} · ${o.name}` : o.outlet;
}

function outletChart(summary: Summary): string {
  const rows = summary.outlets
    .slice(0, CHART_OUTLETS)
    .map(
      (o) =>
        `<li><div class="row-label"><span class="name">${escapeHtml(outletName(o))}</span><span class="count">${num(o.articles)} article${o.articles === 1 ? '' : 's'}${o.pages > o.articles ? ` · ${num(o.pages)} pages` : ''}</span></div>${stackedBar(o.statuses, o.pages, o.outlet)}</li>`,
    );
  const more =
    summary.outlets.length > CHART_OUTLETS
      ? `<p class="note">The ${CHART_OUTLETS} outlets with the most articles of ${num(summary.outlets.length)}; all are in the table below and in the JSON summary.</p>`
      : '';
  return `<section><h2>Statuses per outlet</h2>${legend()}<ol class="bars">${rows.join('')}</ol>${more}</section>`;
}

function agencyChart(summary: Summary): string {
  if (!summary.agencies.length) return `<section><h2>Agencies</h2><p class="note">No article credits an agency for its text.</p></section>`;
  // Bars are scaled to the largest share, so small differences stay visible; the labels say the share.
  const top = summary.agencies[0]!.share || 1;
  const rows = summary.agencies
    .slice(0, CHART_AGENCIES)
    .map(
      (a) =>
        `<li><div class="row-label"><span class="name">${escapeHtml(a.name)}</span><span class="count">${num(a.articles)} · ${pct(a.share)}</span></div>${shareBar(a.share / top, `${a.name}: ${pct(a.share)} of articles`)}</li>`,
    );
  return `<section><h2>Agencies by share of articles</h2><p class="note">Articles whose text an agency is credited for (its copy or material used in a staff story), of ${num(summary.articles)} articles.</p><ol class="bars">${rows.join('')}</ol></section>`;
}

function timelineChart(summary: Summary): string {
  const { points, unit, undated } = summary.timeline;
  if (!points.length) return `<section><h2>Timeline</h2><p class="note">No page states its publication date.</p></section>`;
  const W = 360;
  const H = 140;
  const max = Math.max(...points.map((p) => p.pages));
  const step = W / points.length;
  const bars = points.map((p, i) => {
    let y = H;
    const segs: string[] = [];
    for (const s of STATUSES) {
      if (!p.statuses[s]) continue;
      const h = (p.statuses[s] / max) * (H - 4);
      y -= h;
      segs.push(
        `<rect x="${(i * step + step * 0.1).toFixed(2)}" y="${y.toFixed(2)}" width="${(step * 0.8).toFixed(2)}" height="${h.toFixed(2)}" fill="${STATUS_COLORS[s]}"><title>${escapeHtml(`${p.date}: ${STATUS_LABELS[s]} ${p.statuses[s]}`)}</title></rect>`,
      );
    }
    return segs.join('');
  });
  const first = points[0]!.date;
  const last = points.at(-1)!.date;
  return `<section><h2>Timeline by ${unit} of publication</h2>${legend()}<svg class="timeline" viewBox="0 0 ${W} ${H + 16}" role="img" aria-label="pages by ${unit}, from ${first} to ${last}">${bars.join('')}<line x1="0" x2="${W}" y1="${H}" y2="${H}" stroke="#888" stroke-width="0.5"/><text x="0" y="${H + 12}" font-size="9">${escapeHtml(first)}</text><text x="${W}" y="${H + 12}" font-size="9" text-anchor="end">${escapeHtml(last)}</text><text x="2" y="9" font-size="9">${num(max)} pages</text></svg><p class="note">${num(points.reduce((n, p) => n + p.pages, 0))} dated pages${undated ? `; ${num(undated)} without a stated date are left out` : ''}.</p></section>`;
}

function outletTable(summary: Summary): string {
  const head = `<tr><th>outlet</th><th>articles</th>${STATUSES.map((s) => `<th title="${escapeHtml(STATUS_LABELS[s])}">${escapeHtml(s)}</th>`).join('')}<th>unedited feed</th><th>agencies</th><th>top embedded accounts</th></tr>`;
  const rows = summary.outlets.slice(0, TABLE_OUTLETS).map((o) => {
    const agencies = o.agencies
      .slice(0, 4)
      .map((a) => `${escapeHtml(a.name)} ${pct(a.share)}`)
      .join(', ');
    const accounts = o.accounts.map((a) => `${escapeHtml(a.account)} (${escapeHtml(a.platform)}, ${a.articles})`).join(', ');
    return `<tr><td>${escapeHtml(outletName(o))}</td><td class="n">${num(o.articles)}</td>${STATUSES.map((s) => `<td class="n">${o.statuses[s] ? pct(o.shares[s]) : ''}</td>`).join('')}<td class="n">${o.articles ? pct(o.uneditedShare) : ''}</td><td>${agencies}</td><td>${accounts}</td></tr>`;
  });
  const more =
    summary.outlets.length > TABLE_OUTLETS
      ? `<p class="note">The first ${TABLE_OUTLETS} of ${num(summary.outlets.length)} outlets; the JSON summary has them all.</p>`
      : '';
  return `<section><h2>Outlets</h2><p class="note">Status shares are of each outlet's pages; the unedited-feed share and agency shares are of its articles.</p><div class="scroll"><table>${head}${rows.join('')}</table></div>${more}</section>`;
}

function accountsTable(summary: Summary): string {
  if (!summary.accounts.length) return '';
  const rows = summary.accounts.map((a) => `<tr><td>${escapeHtml(a.account)}</td><td>${escapeHtml(a.platform)}</td><td class="n">${num(a.articles)}</td></tr>`);
  return `<section><h2>Top embedded accounts</h2><div class="scroll"><table><tr><th>account</th><th>platform</th><th>articles</th></tr>${rows.join('')}</table></div></section>`;
}

function totals(summary: Summary): string {
  const skipped = Object.entries(summary.skipped).filter(([reason, n]) => n && reason !== 'broken');
  const skippedText = skipped.length ? skipped.map(([reason, n]) => `${num(n)} ${reason}`).join(', ') : 'none';
  return `<section class="totals"><p><strong>${num(summary.pages)}</strong> pages analysed, <strong>${num(summary.articles)}</strong> articles, ${num(summary.outlets.length)} outlets; <strong>${pct(summary.uneditedShare)}</strong> of articles are unedited feed copy.</p>${stackedBar(summary.statuses, summary.pages, 'all pages')}<p class="note">Inputs that failed: ${num(summary.failed)}. Archive records skipped: ${skippedText}.${summary.skipped.broken ? ` Archives damaged or cut short: ${num(summary.skipped.broken)}.` : ''}</p></section>`;
}

const STYLE = `
:root{color-scheme:light;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d22;background:#fff}
body{margin:0 auto;max-width:960px;padding:12px 16px 40px}
h1{font-size:1.4rem;margin:.4em 0}h2{font-size:1.1rem;margin:1.6em 0 .5em}
.note{color:#555;font-size:.85rem;margin:.4em 0}
.bars{list-style:none;margin:0;padding:0}.bars li{margin:0 0 8px}
.row-label{display:flex;justify-content:space-between;gap:8px;font-size:.85rem}
.row-label .name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;min-width:0}
.row-label .count{color:#555;white-space:nowrap}
svg.bar{display:block;width:100%;height:12px;border-radius:2px}
svg.timeline{display:block;width:100%;height:auto;max-height:320px}
.legend{list-style:none;padding:0;margin:0 0 8px;display:flex;flex-wrap:wrap;gap:4px 12px;font-size:.8rem}
.swatch{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px;vertical-align:-1px}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;font-size:.8rem;min-width:100%}
th,td{border-bottom:1px solid #e2e2e8;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f4f4f7;white-space:nowrap}td.n{text-align:right;white-space:nowrap}
`;

export function renderSummaryHtml(summary: Summary, title = 'Creditline batch summary'): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1>
${totals(summary)}
${outletChart(summary)}
${agencyChart(summary)}
${timelineChart(summary)}
${outletTable(summary)}
${accountsTable(summary)}
<p class="note">Made by Creditline from the pages' own evidence. Creditline tells where a text comes from, not whether it is true.</p>
</body></html>
`;
}
