// The numbers of a batch, per outlet and overall, gathered page by page (memory grows with the
// number of outlets, agencies and accounts, not of pages). `--summary-json` writes them as they
// are; `--summary` draws them (summary-html.ts).
import { STATUSES, type Status } from '../lib/report';
import { accountOf, UNKNOWN_OUTLET, type PageRow } from './page-row';
import type { SkipReason } from './inputs/warc';

/** What the summary counts of the archive records not analysed. */
type Counted = Exclude<SkipReason, 'done'> | 'broken';

export interface AgencyShare {
  id: string;
  name: string;
  /** Articles whose text the agency is credited for (copy or inputs). */
  articles: number;
  /** articles / the articles of the outlet (or of the whole batch). */
  share: number;
}

export interface AccountCount {
  platform: string;
  account: string;
  /** Articles that embed at least one post of this account. */
  articles: number;
}

export interface OutletSummary {
  outlet: string;
  /** The publisher name the outlet's pages give most often. */
  name: string | null;
  pages: number;
  /** Pages that are news articles (every status but not-article). */
  articles: number;
  statuses: Record<Status, number>;
  /** Each status's share of the outlet's pages (they add up to 1). */
  shares: Record<Status, number>;
  /** wire-unedited / articles. */
  uneditedShare: number;
  agencies: AgencyShare[];
  accounts: AccountCount[];
}

export interface TimelinePoint {
  /** YYYY-MM-DD or YYYY-MM. */
  date: string;
  pages: number;
  statuses: Record<Status, number>;
}

export interface Summary {
  version: 1;
  /** Pages analysed (with a report). */
  pages: number;
  articles: number;
  /** Inputs that gave an error instead of a report. */
  failed: number;
  /** Archive records not analysed, by reason; broken: archives that could not be read to the end. */
  skipped: Record<Counted, number>;
  statuses: Record<Status, number>;
  shares: Record<Status, number>;
  uneditedShare: number;
  agencies: AgencyShare[];
  accounts: AccountCount[];
  outlets: OutletSummary[];
  /** Pages by stated publication date, every day (a span up to 92 days) or month from the first to the last; undated pages are left out. */
  timeline: { unit: 'day' | 'month'; undated: number; points: TimelinePoint[] };
}

const zero = (): Record<Status, number> => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;

class Tally {
  pages = 0;
  articles = 0;
  statuses = zero();
  agencies = new Map<string, { name: string; articles: number }>();
  accounts = new Map<string, AccountCount>();
  names = new Map<string, number>();

  add(row: PageRow, status: Status): void {
    this.pages++;
    this.statuses[status]++;
    if (status === 'not-article') return;
    this.articles++;
    const seen = new Set<string>();
    for (const a of row.agencies) {
      if (a.role !== 'text' || seen.has(a.id)) continue;
      seen.add(a.id);
      const entry = this.agencies.get(a.id) ?? { name: a.name, articles: 0 };
      entry.articles++;
      this.agencies.set(a.id, entry);
    }
    const accounts = new Set<string>();
    for (const e of row.embeds) {
      const account = accountOf(e);
      if (!account) continue;
      const key = `${e.platform}\u0000${account.toLowerCase()}`;
      if (accounts.has(key)) continue;
      accounts.add(key);
      const entry = this.accounts.get(key) ?? { platform: e.platform, account, articles: 0 };
      entry.articles++;
      this.accounts.set(key, entry);
    }
  }

  agencyShares(): AgencyShare[] {
    return [...this.agencies]
      .map(([id, a]) => ({ id, name: a.name, articles: a.articles, share: ratio(a.articles, this.articles) }))
      .sort((x, y) => y.articles - x.articles || x.id.localeCompare(y.id));
  }

  topAccounts(n: number): AccountCount[] {
    return [...this.accounts.values()].sort((x, y) => y.articles - x.articles || x.account.localeCompare(y.account)).slice(0, n);
  }

  shares(): Record<Status, number> {
    return Object.fromEntries(STATUSES.map((s) => [s, ratio(this.statuses[s], this.pages)])) as Record<Status, number>;
  }
}

/** Rounded to 4 places, so the JSON reads well and equal inputs give equal files. */
function ratio(n: number, d: number): number {
  return d ? Math.round((n / d) * 10_000) / 10_000 : 0;
}

/** The day or month after `key` (YYYY-MM-DD or YYYY-MM). */
function nextKey(key: string, unit: 'day' | 'month'): string {
  if (unit === 'day') return new Date(Date.parse(`${key}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const [y, m] = key.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export class SummaryBuilder {
  private all = new Tally();
  private outlets = new Map<string, Tally>();
  private days = new Map<string, Record<Status, number>>();
  private undated = 0;
  private failed = 0;
  private skipped: Record<Counted, number> = { 'not-html': 0, 'not-200': 0, revisit: 0, 'too-large': 0, broken: 0 };

  add(row: PageRow): void {
    if (row.error || !row.status) {
      this.failed++;
      return;
    }
    this.all.add(row, row.status);
    let outlet = this.outlets.get(row.outlet);
    if (!outlet) this.outlets.set(row.outlet, (outlet = new Tally()));
    outlet.add(row, row.status);
    if (row.publisher) outlet.names.set(row.publisher, (outlet.names.get(row.publisher) ?? 0) + 1);
    if (row.date) {
      const day = this.days.get(row.date) ?? zero();
      day[row.status]++;
      this.days.set(row.date, day);
    } else this.undated++;
  }

  skip(reason: SkipReason | 'broken'): void {
    // Records an earlier run analysed are in its rows, not skipped.
    if (reason !== 'done') this.skipped[reason]++;
  }

  build(): Summary {
    const outlets = [...this.outlets].map(([outlet, t]): OutletSummary => {
      const name = [...t.names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
      return {
        outlet,
        name,
        pages: t.pages,
        articles: t.articles,
        statuses: t.statuses,
        shares: t.shares(),
        uneditedShare: ratio(t.statuses['wire-unedited'], t.articles),
        agencies: t.agencyShares(),
        accounts: t.topAccounts(5),
      };
    });
    // Pages whose outlet is not known come last, whatever their number.
    const unknown = (o: OutletSummary) => (o.outlet === UNKNOWN_OUTLET ? 1 : 0);
    outlets.sort((a, b) => unknown(a) - unknown(b) || b.articles - a.articles || b.pages - a.pages || a.outlet.localeCompare(b.outlet));
    return {
      version: 1,
      pages: this.all.pages,
      articles: this.all.articles,
      failed: this.failed,
      skipped: { ...this.skipped },
      statuses: this.all.statuses,
      shares: this.all.shares(),
      uneditedShare: ratio(this.all.statuses['wire-unedited'], this.all.articles),
      agencies: this.all.agencyShares(),
      accounts: this.all.topAccounts(20),
      outlets,
      timeline: this.timeline(),
    };
  }

  private timeline(): Summary['timeline'] {
    const days = [...this.days.keys()].sort();
    const span = days.length ? (Date.parse(days.at(-1)!) - Date.parse(days[0]!)) / 86_400_000 : 0;
    const unit = span > 92 ? 'month' : 'day';
    const points = new Map<string, TimelinePoint>();
    for (const day of days) {
      const key = unit === 'month' ? day.slice(0, 7) : day;
      const point = points.get(key) ?? { date: key, pages: 0, statuses: zero() };
      for (const s of STATUSES) {
        point.statuses[s] += this.days.get(day)![s];
        point.pages += this.days.get(day)![s];
      }
      points.set(key, point);
    }
    // Every day or month from the first to the last, empty ones too, so the chart's axis is time.
    const all: TimelinePoint[] = [];
    for (let key = days.length ? (unit === 'month' ? days[0]!.slice(0, 7) : days[0]!) : null; key; key = nextKey(key, unit)) {
      all.push(points.get(key) ?? { date: key, pages: 0, statuses: zero() });
      if (key >= (unit === 'month' ? days.at(-1)!.slice(0, 7) : days.at(-1)!)) break;
    }
    return { unit, undated: this.undated, points: all };
  }
}
