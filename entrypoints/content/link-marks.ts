// Marks on links to stories in the story memory: a small dot in the status colour after a link's
// text, with the status in words for screen readers and on hover, reachable with the keyboard. The
// page's links are read in page order a slice at a time in idle moments (lib/fingerprint/link-index.ts)
// and the background is asked which are known. A known link gets its mark when it comes within a
// screen of the viewport (an IntersectionObserver, which reads no layout of ours), the marks of one
// report put in together, so that the browser lays the page out again once for them: the first run
// reads one slice and marks about two screens, however long the page. Every mark's shadow root
// adopts one shared style sheet. Nothing of the page changes but the added marks.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storyLinksIn } from '../../lib/fingerprint/link-index';
import type { MarkView } from '../../utils/presentation/story-memory';
import { STATUS_COLORS } from '../../utils/presentation/colors';
import { MARK_KEYS_PER_MESSAGE, MARK_KEYS_PER_PAGE, type MarksReply } from '../../utils/story-memory/wire';

export const MARK_TAG = 'creditline-mark';
/** Links marked at most per page: past this the page is a link farm, not a reader's listing. */
const MAX_MARKS = 2000;
/** How far beyond the viewport a link gets its mark: a screen above and below, so a reader scrolling sees it in place. */
const NEAR_VIEWPORT = '100% 0px 100% 0px';
/** Waiting links marked along with each one that comes near the viewport. */
const AHEAD = 48;

export type AskMarks = (keys: string[]) => Promise<MarksReply | null>;

/** The last text of a link that a reader sees (its headline), where the mark goes after. */
function lastText(a: HTMLAnchorElement): Text | null {
  const walk = a.ownerDocument.createTreeWalker(a, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walk.nextNode(); n; n = walk.nextNode()) if ((n as Text).data.trim()) last = n as Text;
  return last;
}

/**
 * The marks' look, as one style sheet. The host's rules are !important inside its shadow root, which
 * wins over any rule of the page, important or not (the inner context wins for important rules): a
 * fixed 10 px inline-block, so the line does not reflow beyond its own few pixels.
 */
const MARK_CSS =
  ':host{all:initial!important;display:inline-block!important;inline-size:10px!important;block-size:10px!important;margin-inline-start:4px!important;vertical-align:baseline!important;line-height:0!important}' +
  'span{display:block;box-sizing:border-box;inline-size:10px;block-size:10px;border-radius:50%;border:2px solid #fff;cursor:help}' +
  Object.entries(STATUS_COLORS)
    .map(([s, c]) => `[data-status="${s}"]{background:${c.light.solid};box-shadow:0 0 0 1px ${c.light.solid}}`)
    .join('');

/** One constructed sheet per document, adopted by every mark's shadow root: parsed once, matched once per mark. */
const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/**
 * The document's shared sheet, or null where a sheet made by this script cannot be adopted: Firefox
 * runs content scripts behind Xray wrappers, which refuse it; there each mark carries a <style>.
 */
function sharedSheet(doc: Document): CSSStyleSheet | null {
  const known = sheets.get(doc);
  if (known !== undefined) return known;
  let sheet: CSSStyleSheet | null = null;
  const win = doc.defaultView;
  if (win === globalThis && !('wrappedJSObject' in win) && typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in ShadowRoot.prototype) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(MARK_CSS);
    } catch {
      sheet = null;
    }
  }
  sheets.set(doc, sheet);
  return sheet;
}

/**
 * One mark: a host element with a shadow root holding the dot, its look from the shared sheet (or
 * its own <style>), so the page's styles neither reach nor break it.
 */
export function createMark(doc: Document, mark: MarkView): HTMLElement {
  const host = doc.createElement(MARK_TAG);
  host.setAttribute('data-status', mark.status);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = sharedSheet(doc);
  if (sheet) root.adoptedStyleSheets = [sheet];
  else {
    const style = doc.createElement('style');
    style.textContent = MARK_CSS;
    root.append(style);
  }
  const dot = doc.createElement('span');
  dot.setAttribute('role', 'img');
  dot.setAttribute('tabindex', '0');
  dot.setAttribute('data-status', mark.status);
  dot.setAttribute('aria-label', mark.label);
  dot.setAttribute('title', mark.label);
  root.append(dot);
  return host;
}

/** Puts a mark after the link's text; false for a link without text or one already marked. */
export function placeMark(a: HTMLAnchorElement, mark: MarkView): boolean {
  if (!a.isConnected || a.querySelector(MARK_TAG)) return false;
  const text = lastText(a);
  if (!text) return false; // a picture link: its headline link beside it gets the mark
  text.after(createMark(a.ownerDocument, mark));
  return true;
}

/**
 * Marks links once they come near the viewport. The links reported in one IntersectionObserver
 * callback are marked in that callback, with the AHEAD waiting links after them in page order (most
 * often the ones just below), and no layout read in between: the browser restyles and lays out the page
 * once for all of them, and a reader scrolling down a long listing pays that once every few screens
 * rather than on every one.
 */
export class NearViewportMarks {
  /** Links queued, in page order, and the index of each. */
  private order: HTMLAnchorElement[] = [];
  private index = new Map<Element, number>();
  private waiting = new Map<Element, MarkView>();
  /** Links queued once by this run (a later pass over the page's links skips them). */
  private queuedOnce = new WeakSet<Element>();
  /** Links observed whose first report has not come yet. */
  private unreported = new Set<Element>();
  private settledWaiters: (() => void)[] = [];
  private observer: IntersectionObserver;
  /** Marks put in by this run. */
  marked = 0;
  /** Observer callbacks that marked something. */
  private reports = 0;

  constructor(
    private isCurrent: () => boolean,
    private max = MAX_MARKS,
  ) {
    this.observer = new IntersectionObserver((entries) => this.report(entries), { rootMargin: NEAR_VIEWPORT });
    live.add(this);
  }

  /** Queues a link for its mark; false when it is queued already or the page has enough. Reads nothing of the page. */
  add(a: HTMLAnchorElement, mark: MarkView): boolean {
    if (this.queuedOnce.has(a) || this.order.length >= this.max) return false;
    this.queuedOnce.add(a);
    this.index.set(a, this.order.length);
    this.order.push(a);
    this.waiting.set(a, mark);
    this.unreported.add(a);
    this.observer.observe(a);
    return true;
  }

  /** Resolves once every queued link has been reported on once (marked if it was near the viewport). */
  settled(): Promise<void> {
    return this.unreported.size ? new Promise((resolve) => this.settledWaiters.push(resolve)) : Promise.resolve();
  }

  stop(): void {
    this.observer.disconnect();
    this.waiting.clear();
    live.delete(this);
    this.unreported.clear();
    for (const done of this.settledWaiters.splice(0)) done();
  }

  private report(entries: IntersectionObserverEntry[]): void {
    if (!this.isCurrent()) return this.stop();
    let last = -1;
    for (const e of entries) {
      this.unreported.delete(e.target);
      if (!e.isIntersecting || !this.waiting.has(e.target)) continue;
      this.take(e.target);
      last = Math.max(last, this.index.get(e.target)!);
    }
    // The links after the last of them in page order, while the browser lays out the page anyway;
    // not in the first report, which holds the whole screen and so goes first.
    const more = last >= 0 && this.reports++ ? AHEAD : 0;
    for (let i = last + 1, ahead = 0; last >= 0 && i < this.order.length && ahead < more; i++) {
      const next = this.order[i]!;
      if (this.waiting.has(next)) {
        this.take(next);
        ahead++;
      }
    }
    if (!this.unreported.size) for (const done of this.settledWaiters.splice(0)) done();
  }

  private take(a: Element): void {
    const mark = this.waiting.get(a)!;
    this.waiting.delete(a);
    this.unreported.delete(a);
    this.observer.unobserve(a);
    if (placeMark(a as HTMLAnchorElement, mark)) this.marked++;
  }
}

/** Runs whose links are still waiting: removeMarks stops them. */
const live = new Set<NearViewportMarks>();

/**
 * Queues the known links of `links` (as storyLinks gives them) for their marks: near the viewport
 * when the browser has IntersectionObserver, else at once. Returns how many links were queued.
 */
export function queueMarks(links: Map<string, HTMLAnchorElement[]>, marks: Record<string, MarkView>, near: NearViewportMarks | null, out: Work[]): number {
  let n = 0;
  for (const [key, mark] of Object.entries(marks)) {
    const anchors = links.get(key);
    if (!anchors) continue;
    if (!near) out.push({ anchors, mark });
    else for (const a of anchors) if (near.add(a, mark)) n++;
  }
  return n;
}

export interface Work {
  anchors: HTMLAnchorElement[];
  mark: MarkView;
}

/** Links read per idle slice: a long page's links are read, asked about and queued a slice at a time. */
export const LINKS_PER_SLICE = 400;

/**
 * Marks the known story links of the page. `ask` sends one message of keys to the background;
 * `isCurrent` says whether this run is still wanted (a navigation or a setting change stops it);
 * `near` is the run's queue of links waiting to come near the viewport (one is made when missing
 * and the browser has IntersectionObserver). The links are read in page order, LINKS_PER_SLICE at a
 * time in idle moments, so the first slice — the top of most listings — is marked before the rest
 * of a long page is read. Returns how many links were queued for a mark (or marked, without an
 * IntersectionObserver), or -1 when the memory is empty (or did not answer).
 */
export async function markLinks(
  ctx: ContentScriptContext,
  doc: Document,
  ask: AskMarks,
  isCurrent: () => boolean,
  near: NearViewportMarks | null = typeof IntersectionObserver === 'function' ? new NearViewportMarks(isCurrent) : null,
): Promise<number> {
  // An empty memory (most readers at first) costs one message and no reading of the page.
  const first = await ask([]);
  if (!first?.stories) return -1;
  if (!isCurrent()) return 0;
  const anchors = doc.querySelectorAll<HTMLAnchorElement>('a[href]');
  // The background's answer for each key asked in this pass (null: not a known story).
  const answers = new Map<string, MarkView | null>();
  const queue: Work[] = [];
  let queued = 0;
  for (let from = 0; from < anchors.length; from += LINKS_PER_SLICE) {
    await idle(ctx);
    if (!isCurrent()) return queued;
    const links = storyLinksIn(anchors, doc.baseURI, from, from + LINKS_PER_SLICE);
    const fresh = [...links.keys()].filter((k) => !answers.has(k)).slice(0, Math.max(0, MARK_KEYS_PER_PAGE - answers.size));
    for (let i = 0; i < fresh.length && isCurrent(); i += MARK_KEYS_PER_MESSAGE) {
      const keys = fresh.slice(i, i + MARK_KEYS_PER_MESSAGE);
      const marks = (await ask(keys))?.marks ?? {};
      for (const k of keys) answers.set(k, marks[k] ?? null);
    }
    if (!isCurrent()) return queued;
    const marks: Record<string, MarkView> = {};
    for (const k of links.keys()) {
      const m = answers.get(k);
      if (m) marks[k] = m;
    }
    queued += queueMarks(links, marks, near, queue);
  }
  if (near) return queued;
  // Without IntersectionObserver: every mark, a slice at a time, while the browser says it is idle.
  let marked = 0;
  while (queue.length && marked < MAX_MARKS && isCurrent()) {
    const deadline = await idle(ctx);
    while (queue.length && marked < MAX_MARKS && (deadline === null || deadline.timeRemaining() > 1)) {
      const { anchors, mark } = queue.pop()!;
      for (const a of anchors) if (placeMark(a, mark)) marked++;
    }
  }
  return marked;
}

/** Links added later (more stories loaded on scrolling) are marked this long after the last change. */
const LATER_LINKS_MS = 800;
/** Passes over later links at most per page: a page that never stops changing is not followed forever. */
const MAX_LATER_PASSES = 20;

/**
 * Marks the known story links now and again each time the page adds links, until `isCurrent` says
 * the run is over. Changes that add no link (and the marks themselves) are ignored.
 */
export function markLinksAsTheyCome(ctx: ContentScriptContext, doc: Document, ask: AskMarks, isCurrent: () => boolean): void {
  let passes = 0;
  let pending = false;
  let observer: MutationObserver | null = null;
  // One queue of links near the viewport for the whole run, later links included.
  const near = typeof IntersectionObserver === 'function' ? new NearViewportMarks(isCurrent) : null;
  ctx.onInvalidated(() => near?.stop());
  const pass = async () => {
    const known = await markLinks(ctx, doc, ask, isCurrent, near).catch(() => -1);
    // An empty memory, or a run no longer wanted: nothing to follow.
    if (known < 0 || !isCurrent()) {
      near?.stop();
      return observer?.disconnect();
    }
    if (observer || !doc.body || typeof MutationObserver !== 'function') return;
    observer = new MutationObserver((records) => {
      if (!isCurrent()) return observer!.disconnect();
      if (pending || !records.some(addsLinks)) return;
      if (++passes > MAX_LATER_PASSES) return observer!.disconnect();
      pending = true;
      ctx.setTimeout(() => {
        pending = false;
        void pass();
      }, LATER_LINKS_MS);
    });
    observer.observe(doc.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer?.disconnect());
  };
  void pass();
}

function addsLinks(record: MutationRecord): boolean {
  for (const n of record.addedNodes) {
    if (n.nodeType !== 1 || (n as Element).localName === MARK_TAG) continue;
    const el = n as Element;
    if (el.localName === 'a' || el.querySelector('a[href]')) return true;
  }
  return false;
}

/** Removes every mark and stops the links waiting for one (the switch was turned off, or the site switched off). */
export function removeMarks(doc: Document): void {
  for (const run of [...live]) run.stop();
  for (const m of doc.querySelectorAll(MARK_TAG)) m.remove();
}

function idle(ctx: ContentScriptContext): Promise<IdleDeadline | null> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback((d) => resolve(d), { timeout: 1000 });
    else ctx.setTimeout(() => resolve(null), 0);
  });
}
