// Marks on links to stories in the story memory: a small dot in the status colour after a link's
// text, with the status in words for screen readers and on hover, reachable with the keyboard. The
// page's links are read in one pass (lib/fingerprint/link-index.ts), the background is asked which
// are known a few hundred keys at a time, and the marks go in across idle moments, so a page with
// thousands of links stays responsive. Nothing of the page changes but the added marks.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storyLinks } from '../../lib/fingerprint/link-index';
import type { MarkView } from '../../utils/presentation/story-memory';
import { STATUS_COLORS } from '../../utils/presentation/colors';
import { MARK_KEYS_PER_MESSAGE, MARK_KEYS_PER_PAGE, type MarksReply } from '../../utils/story-memory/wire';

export const MARK_TAG = 'creditline-mark';
/** Links marked at most per page: past this the page is a link farm, not a reader's listing. */
const MAX_MARKS = 2000;

export type AskMarks = (keys: string[]) => Promise<MarksReply | null>;

/** The last text of a link that a reader sees (its headline), where the mark goes after. */
function lastText(a: HTMLAnchorElement): Text | null {
  const walk = a.ownerDocument.createTreeWalker(a, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walk.nextNode(); n; n = walk.nextNode()) if ((n as Text).data.trim()) last = n as Text;
  return last;
}

/** One prototype mark per status and document, cloned for each link: styles are parsed once. */
const prototypes = new WeakMap<Document, Map<string, HTMLElement>>();

/** A fresh mark of this status with no label yet. */
function buildMark(doc: Document, status: MarkView['status']): HTMLElement {
  const host = doc.createElement(MARK_TAG);
  host.setAttribute('data-status', status);
  host.style.cssText =
    'all:initial!important;display:inline-block!important;inline-size:10px!important;block-size:10px!important;margin-inline-start:4px!important;vertical-align:baseline!important;line-height:0!important';
  // Clonable: a copy of the prototype brings its shadow root along (where the browser supports it).
  const root = host.attachShadow({ mode: 'open', clonable: true } as ShadowRootInit);
  const dot = doc.createElement('span');
  dot.setAttribute('role', 'img');
  dot.setAttribute('tabindex', '0');
  const color = STATUS_COLORS[status].light.solid;
  dot.style.cssText = `display:block;box-sizing:border-box;inline-size:10px;block-size:10px;border-radius:50%;background:${color};border:2px solid #fff;box-shadow:0 0 0 1px ${color};cursor:help`;
  root.append(dot);
  return host;
}

/**
 * One mark: a fixed-size inline-block (no reflow of the line beyond its own few pixels), its look
 * set inline on the host and inside its shadow root, so the page's styles neither reach nor break it.
 */
export function createMark(doc: Document, mark: MarkView): HTMLElement {
  let byStatus = prototypes.get(doc);
  if (!byStatus) prototypes.set(doc, (byStatus = new Map()));
  let proto = byStatus.get(mark.status);
  if (!proto) byStatus.set(mark.status, (proto = buildMark(doc, mark.status)));
  let host = proto.cloneNode(true) as HTMLElement;
  if (!host.shadowRoot) host = buildMark(doc, mark.status);
  const dot = host.shadowRoot!.firstElementChild!;
  dot.setAttribute('aria-label', mark.label);
  dot.setAttribute('title', mark.label);
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

interface Work {
  anchors: HTMLAnchorElement[];
  mark: MarkView;
}

/**
 * Marks the known story links of the page. `ask` sends one message of keys to the background;
 * `isCurrent` says whether this run is still wanted (a navigation or a setting change stops it).
 * Returns how many links were marked, or -1 when the memory is empty (or did not answer).
 */
export async function markLinks(ctx: ContentScriptContext, doc: Document, ask: AskMarks, isCurrent: () => boolean): Promise<number> {
  // An empty memory (most readers at first) costs one message and no reading of the page.
  const first = await ask([]);
  if (!first?.stories) return -1;
  if (!isCurrent()) return 0;
  await idle(ctx);
  if (!isCurrent()) return 0;
  const links = storyLinks(doc, doc.baseURI);
  const keys = [...links.keys()].slice(0, MARK_KEYS_PER_PAGE);
  const queue: Work[] = [];
  for (let i = 0; i < keys.length && isCurrent(); i += MARK_KEYS_PER_MESSAGE) {
    const reply = await ask(keys.slice(i, i + MARK_KEYS_PER_MESSAGE));
    for (const [key, mark] of Object.entries(reply?.marks ?? {})) {
      const anchors = links.get(key);
      if (anchors) queue.push({ anchors, mark });
    }
  }
  let marked = 0;
  // Inserted a slice at a time, while the browser says it is idle.
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
  const pass = async () => {
    const known = await markLinks(ctx, doc, ask, isCurrent).catch(() => -1);
    // An empty memory, or a run no longer wanted: nothing to follow.
    if (known < 0 || !isCurrent()) return observer?.disconnect();
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

/** Removes every mark (the switch was turned off, or the site switched off). */
export function removeMarks(doc: Document): void {
  for (const m of doc.querySelectorAll(MARK_TAG)) m.remove();
}

function idle(ctx: ContentScriptContext): Promise<IdleDeadline | null> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback((d) => resolve(d), { timeout: 1000 });
    else ctx.setTimeout(() => resolve(null), 0);
  });
}
