// The inline badge in real Chromium, page by page over the labelled corpus: it must be there exactly
// when the gold label's status is one that gets a badge by default (wire-unedited, wire, wire-assisted,
// republished, press-release, sponsored), and absent on staff stories and non-articles. Expectations
// come from labels.jsonl, not from the engine, so an engine miss is a failing page here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { launchWithExtension, openCorpusPage, waitForFinalState, type ExtensionBrowser } from './helpers/chromium';
import { hostResolverArgs, readLabels, startCorpusServer, type CorpusLabel, type CorpusServer } from './helpers/corpus-server';

const BADGE_STATUSES = new Set<string>(DEFAULT_SETTINGS.badgeStatuses);

/** Does the gold label call for a badge? null when the label accepts statuses on both sides. */
function wantsBadge(label: CorpusLabel): boolean | null {
  const want = (status: string) => label.isArticle && BADGE_STATUSES.has(status);
  const main = want(label.status);
  return (label.statusAlt ?? []).some((alt) => want(alt) !== main) ? null : main;
}

/**
 * Pages where the engine, at the time of writing, does not reach the label's conclusion, with the
 * reason. They are still loaded (errors are checked) but their badge is not asserted. Keep this list
 * short and shrink it as the engine improves: a page that starts passing should leave the list.
 */
const KNOWN_ENGINE_MISSES: Record<string, string> = {
  // `npm run eval` misses it too: the AFP credit of this live blog is read as a photo credit, so
  // the engine says staff where the label says wire-assisted.
  'p047-repubblica-it': 'AFP credit read as a photo credit (staff instead of wire-assisted)',
};

// A deterministic sample that keeps the suite quick: every page of the rarer badge statuses
// (wire-unedited, wire-assisted, republished, press release, sponsored), every third wire page and
// every fifth page without a badge (staff stories and non-articles).
function selection(labels: CorpusLabel[]): CorpusLabel[] {
  let wire = 0;
  let other = 0;
  return labels.filter((l) => {
    const want = wantsBadge(l);
    if (want === null) return false;
    if (!want) return other++ % 5 === 0;
    return l.status === 'wire' ? wire++ % 3 === 0 : true;
  });
}

describe('inline badge on corpus pages (Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: CorpusServer;
  const pages = selection(readLabels());
  const results = new Map<string, { badge: boolean; kind: string; status: string | null; line: string | null }>();
  const extensionErrors: string[] = [];

  beforeAll(async () => {
    server = await startCorpusServer();
    browser = await launchWithExtension(hostResolverArgs(server.port));
    // A few tabs at once: each page is still checked on its own, and the suite stays quick.
    const queue = [...pages];
    const worker = async () => {
      const page = await browser.context.newPage();
      page.on('pageerror', (err) => extensionErrors.push(`${page.url()}: ${err.message}`));
      page.on('console', (msg) => {
        const where = msg.location().url ?? '';
        // The test server's CSP (script-src 'none') reports the page's own inline handler attributes
        // when Readability copies them into its detached clone: a report of blocking, not an error.
        if (/violates the following Content Security Policy/.test(msg.text())) return;
        if (msg.type() === 'error' && (where.startsWith('chrome-extension://') || /creditline/i.test(msg.text()))) {
          extensionErrors.push(`${page.url()}: ${msg.text()}`);
        }
      });
      for (let label = queue.shift(); label; label = queue.shift()) {
        const { state } = await waitForFinalState(browser.worker, await openCorpusPage(page, server, label));
        const host = page.locator('creditline-badge');
        const badge = (await host.count()) > 0;
        results.set(label.id, {
          badge,
          kind: state.kind,
          status: state.report?.status ?? null,
          line: badge ? await host.locator('.line').first().textContent() : null,
        });
      }
      await page.close();
    };
    await Promise.all([worker(), worker(), worker()]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('tests at least 30 labelled pages, both with and without a badge', () => {
    const want = pages.map(wantsBadge);
    expect(pages.length).toBeGreaterThanOrEqual(30);
    expect(want.filter((w) => w === true).length).toBeGreaterThanOrEqual(15);
    expect(want.filter((w) => w === false).length).toBeGreaterThanOrEqual(15);
  });

  it('shows the badge exactly where the labels call for one', () => {
    const wrong: string[] = [];
    for (const label of pages) {
      if (label.id in KNOWN_ENGINE_MISSES) continue;
      const got = results.get(label.id)!;
      const want = wantsBadge(label);
      if (got.badge !== want) {
        wrong.push(
          `${label.id}: label ${label.status}, badge ${want ? 'expected' : 'not expected'}; got ${got.kind}/${got.status ?? '-'}${got.line ? ` "${got.line}"` : ''}`,
        );
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lists no page as a known miss once the engine gets it right', () => {
    const fixed = Object.keys(KNOWN_ENGINE_MISSES).filter((id) => {
      const label = pages.find((l) => l.id === id);
      return label && results.get(id)?.badge === wantsBadge(label);
    });
    expect(fixed).toEqual([]);
  });

  it('never fails on a page and throws nothing into it', () => {
    const failed = [...results].filter(([, r]) => r.kind === 'failed').map(([id]) => id);
    expect(failed).toEqual([]);
    expect(extensionErrors).toEqual([]);
  });
});
