// The in-page half: a cheap first look, then (only for articles, when the page is idle) the engine;
// the report goes to the background for the popup and toolbar, and syndicated stories get an inline
// badge. Nothing on the page changes except the badge and the evidence highlights. Errors become a
// `failed` state, never an exception in the page.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Report } from '../../lib/report';
import { listen, PREVIEW_MAX, sendToBackground, TO_CONTENT, type TabState } from '../../utils/messages';
import { disableSite, getSettings, isHostDisabled, normalizeHost, watchSettings, type Settings } from '../../utils/settings';
import { correctedStatus, correctionKey, CORRECTIONS_KEY } from '../../utils/corrections/key';
import type { BadgeUi } from './badge-ui';
import { ENGINE_FILE, ENGINE_GLOBAL, type ContentEngine } from './engine-api';
import { looksLikeArticle } from './first-look';
import { copiesHere, updateLinkMarks } from './story-memory';
import type { Highlighter } from './highlight';

/** Longest wait for an idle moment before analysing anyway. */
const IDLE_TIMEOUT_MS = 2000;
/** Single-page sites render the new story after the URL changes: give them a moment. */
const SPA_SETTLE_MS = 600;
/** An analysis slower than this is reported as a warning (the page stays usable: it ran when idle). */
const BUDGET_MS = 1500;

/** A newer analysis of the page started: this one stops quietly. */
class Superseded extends Error {}

/** A badge for every status the reader chose (staff, "no agency credit found", only when chosen); none for non-articles. */
export function shouldShowBadge(settings: Settings, report: Report): boolean {
  return settings.badges && report.status !== 'not-article' && (settings.badgeStatuses as string[]).includes(report.status);
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.slice(0, 300);
}

let engineLoading: Promise<ContentEngine> | null = null;

/** Loads the engine and badge (once) from the extension's own files; nothing is fetched from the web. */
function loadEngine(): Promise<ContentEngine> {
  engineLoading ??= import(/* @vite-ignore */ browser.runtime.getURL(ENGINE_FILE)).then(() => {
    const engine = (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as ContentEngine | undefined;
    if (!engine) throw new Error('the analysis module did not load');
    return engine;
  });
  engineLoading.catch(() => {
    engineLoading = null;
  });
  return engineLoading;
}

function idle(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else ctx.setTimeout(resolve, 0);
  });
}

export default defineContentScript({
  // Saved pages too, where the reader allows extensions on file:// pages (one switch in the browser's
  // settings for the extension; without it the browser does not run us there).
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  main(ctx) {
    let state: TabState = { kind: 'analyzing', url: location.href };
    let report: Report | null = null;
    let badge: BadgeUi | null = null;
    let run = 0;
    let highlighter: Highlighter | null = null;
    let markEvidence = true;
    let marksAfterAnalysis: (() => void) | null = null;
    /** The reader closed the badge this page would show (the popup can bring it back). */
    let badgeDismissed = false;

    const publish = (next: TabState) => {
      state = next;
      // No answer: the background is restarting; it asks again when the tab completes.
      void sendToBackground('creditline/state', { state: next });
      // Link marks go in once the page's analysis is over: the engine reads the page as it was.
      const marks = next.kind === 'analyzing' ? null : marksAfterAnalysis;
      if (marks) {
        marksAfterAnalysis = null;
        marks();
      }
    };

    const removeBadge = () => {
      badge?.remove();
      badge = null;
    };

    // Dismissals live in the background's session storage: per page, for this browser session,
    // never written to disk (a list of pages read is the reader's business).
    const isDismissed = async (url: string): Promise<boolean> => (await sendToBackground('creditline/is-dismissed', { url })) === true;

    const showOnPage = (scroll: boolean): number => {
      if (!report) return 0;
      try {
        return highlighter?.show(report, scroll, markEvidence) ?? 0;
      } catch {
        return 0;
      }
    };

    async function analyzePage() {
      const id = ++run;
      const url = location.href;
      removeBadge();
      highlighter?.clear();
      report = null;
      badgeDismissed = false;
      try {
        const settings = await getSettings();
        if (id !== run) return;
        markEvidence = settings.highlightEvidence;
        const host = normalizeHost(location.hostname) ?? location.hostname;
        const marks = settings.linkMarks && !isHostDisabled(settings, host);
        marksAfterAnalysis = () => updateLinkMarks(ctx, marks, () => id === run && !ctx.isInvalid);
        if (isHostDisabled(settings, host)) return publish({ kind: 'disabled', host });
        publish({ kind: 'analyzing', url });
        if (!looksLikeArticle(document)) return publish({ kind: 'not-article', url, report: null });
        const [engine] = await Promise.all([loadEngine(), idle(ctx)]);
        if (id !== run || ctx.isInvalid) return;
        highlighter ??= engine.createHighlighter(document);
        // Each step of the analysis is its own task, so the page's main thread is never held long; a
        // newer run (navigation, settings change) stops this one between steps.
        const pause = () =>
          new Promise<void>((resolve, reject) => ctx.setTimeout(() => (id !== run || ctx.isInvalid ? reject(new Superseded()) : resolve()), 0));
        const result = await engine.analyzeInSteps(document, { url, customPhrases: settings.customPhrases }, pause);
        const took = result.diagnostics.timings.totalMs;
        if (took > BUDGET_MS) result.diagnostics.warnings.push(`analysis took ${Math.round(took)} ms (budget ${BUDGET_MS} ms)`);
        if (id !== run) return;
        report = result;
        if (result.status === 'not-article') return publish({ kind: 'not-article', url, report: result });
        // The badge goes up before the state is published, so "done" means the page is final.
        // A reader who corrected this page's verdict sees theirs on the toolbar and in the popup; the
        // page itself carries no pill for a verdict they rejected.
        const corrected = await correctedStatus(url);
        if (id !== run) return;
        const wanted = shouldShowBadge(settings, result) && (!corrected || corrected === result.status);
        badgeDismissed = wanted && (await isDismissed(url));
        if (wanted && !badgeDismissed && id === run) {
          await engine.chooseLanguage(settings.language, (lang) => sendToBackground('creditline/catalogue', { lang }));
          if (id !== run) return;
          const mounted = await engine
            .mountBadge(ctx, result, {
              showOnPage: () => showOnPage(true),
              dismiss: () => {
                removeBadge();
                badgeDismissed = true;
                highlighter?.clear();
                void sendToBackground('creditline/dismiss', { url });
              },
              disableSite: () => {
                removeBadge();
                highlighter?.clear();
                void disableSite(host);
              },
              copies: () => copiesHere(result),
            })
            .catch(() => null);
          // A newer run may have started while this one mounted: only the newest badge stays.
          if (id === run) badge = mounted;
          else mounted?.remove();
        }
        if (id === run) publish({ kind: 'done', url, report: result });
      } catch (err) {
        if (err instanceof Superseded) return;
        if (id === run) publish({ kind: 'failed', url, error: errorText(err) });
      }
    }

    const unlisten = listen(TO_CONTENT, {
      'creditline/get-report': () => state,
      'creditline/show-on-page': () => showOnPage(true),
      'creditline/reanalyze': () => {
        void analyzePage();
        return true as const;
      },
      'creditline/badge-dismissed': () => badgeDismissed,
      'creditline/restore-badge': async () => {
        await sendToBackground('creditline/undismiss', { url: location.href });
        void analyzePage();
        return true as const;
      },
      'creditline/preview-phrase': async ({ phrase, sites }) => {
        const engine = await loadEngine();
        const url = location.href;
        return { url, ...engine.previewPhrase(document, url, { phrase, sites }, PREVIEW_MAX) };
      },
    });

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => void analyzePage(), SPA_SETTLE_MS);
    });

    // Switching the site off, or badges off, takes effect at once.
    const unwatch = watchSettings(() => void analyzePage());
    // So does a correction saved or removed for this page in the popup (not another page's).
    const onStorage = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
      const change = changes[CORRECTIONS_KEY];
      const key = correctionKey(location.href);
      if (area !== 'local' || !change || !key) return;
      const entry = (map: unknown) => JSON.stringify(map && typeof map === 'object' ? ((map as Record<string, unknown>)[key] ?? null) : null);
      if (entry(change.oldValue) !== entry(change.newValue)) void analyzePage();
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      unwatch();
      browser.storage.onChanged.removeListener(onStorage);
      unlisten();
      highlighter?.clear();
    });

    void analyzePage();
  },
});
