// Link marks on a listing page: only links to known stories get one, after their text, with the status
// in words, reachable with the keyboard; picture links and the page itself get none; nothing is asked
// beyond one message when the memory is empty; links get their marks as they come near the viewport,
// with no layout read. happy-dom has no layout, so the viewport is a stand-in IntersectionObserver.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storyKey } from '../../lib/fingerprint/link-index';
import { MARK_KEYS_PER_MESSAGE, type MarksReply } from '../../utils/story-memory/wire';
import { MARK_TAG, markLinks, markLinksAsTheyCome, NearViewportMarks, removeMarks } from './link-marks';

const ctx = {
  requestIdleCallback: (cb: (d: IdleDeadline) => void) => setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 10 }), 0),
  setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
  onInvalidated: () => {},
} as unknown as ContentScriptContext;

function listing(html: string) {
  document.body.innerHTML = html;
  return document;
}

/**
 * A viewport for happy-dom: `near` says which elements are within the observer's margin. Like the
 * browser, it reports each observed element once after observe(), all of one moment in one callback,
 * and again when the viewport moves.
 */
class FakeIntersectionObserver {
  static live = new Set<FakeIntersectionObserver>();
  static near: (el: Element) => boolean = () => true;
  targets = new Set<Element>();
  private pending = new Set<Element>();
  constructor(private callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.live.add(this);
  }
  observe(el: Element) {
    this.targets.add(el);
    this.pending.add(el);
    if (this.pending.size === 1) setTimeout(() => this.deliver(), 0);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
    this.pending.delete(el);
  }
  disconnect() {
    this.targets.clear();
    this.pending.clear();
    FakeIntersectionObserver.live.delete(this);
  }
  private deliver() {
    const els = [...this.pending].filter((el) => this.targets.has(el));
    this.pending.clear();
    if (els.length)
      this.callback(
        els.map((target) => ({ target, isIntersecting: FakeIntersectionObserver.near(target) }) as IntersectionObserverEntry),
        this as unknown as IntersectionObserver,
      );
  }
  /** The reader scrolled: every observed element is reported again. */
  static scroll(near: (el: Element) => boolean) {
    FakeIntersectionObserver.near = near;
    for (const io of FakeIntersectionObserver.live) {
      for (const el of io.targets) io.pending.add(el);
      io.deliver();
    }
  }
}

beforeEach(() => {
  FakeIntersectionObserver.near = () => true;
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
});

afterEach(() => {
  removeMarks(document);
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

const KNOWN = 'https://apnews.com/article/kyiv-strike';

describe('markLinks', () => {
  it('marks the known stories’ text links and nothing else', async () => {
    const doc = listing(`
      <a href="${KNOWN}?utm_source=home"><img src="x.jpg" alt=""></a>
      <h2><a href="${KNOWN}">Russian missiles <em>strike Kyiv</em></a></h2>
      <a href="https://apnews.com/article/other">Another story</a>
      <a href="#top">Top</a>`);
    const asked: string[][] = [];
    const ask = async (keys: string[]): Promise<MarksReply> => {
      asked.push(keys);
      const key = storyKey(KNOWN)!;
      return { stories: 3, marks: keys.includes(key) ? { [key]: { status: 'wire', label: 'Read before: Wire copy (AP News, 1 Dec 2026)' } } : {} };
    };
    const near = new NearViewportMarks(() => true);
    // Both links are queued; the picture link takes no mark: its headline link beside it does.
    expect(await markLinks(ctx, doc, ask, () => true, near)).toBe(2);
    await near.settled();
    const marks = doc.querySelectorAll(MARK_TAG);
    expect(marks).toHaveLength(1);
    // After the link's last text, inside the link.
    expect(marks[0]!.previousSibling?.textContent).toBe('strike Kyiv');
    expect(marks[0]!.closest('a')?.getAttribute('href')).toBe(KNOWN);
    const dot = marks[0]!.shadowRoot!.querySelector('[role="img"]')!;
    expect(dot.getAttribute('aria-label')).toBe('Read before: Wire copy (AP News, 1 Dec 2026)');
    expect(dot.getAttribute('tabindex')).toBe('0');
    // A fixed small box: the line does not reflow beyond it. Its rules come from one sheet for all marks.
    const root = marks[0]!.shadowRoot!;
    const css = root.adoptedStyleSheets.length
      ? [...root.adoptedStyleSheets[0]!.cssRules].map((r) => r.cssText).join('')
      : root.querySelector('style')!.textContent!;
    expect(css.replace(/\s/g, '')).toContain('display:inline-block!important');
    expect(css.replace(/\s/g, '')).toContain('inline-size:10px!important');
    expect(asked[0]).toEqual([]);
    expect(asked[1]!.sort()).toEqual(['apnews.com/article/kyiv-strike', 'apnews.com/article/other']);
    // Run again (a settings change): no second mark.
    expect(await markLinks(ctx, doc, ask, () => true, near)).toBe(0);
    removeMarks(doc);
    expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(0);
  });

  it('reads no link and asks once when the memory is empty', async () => {
    const doc = listing(`<a href="${KNOWN}">A story</a>`);
    let asks = 0;
    expect(
      await markLinks(
        ctx,
        doc,
        async () => (asks++, { stories: 0, marks: {} }),
        () => true,
      ),
    ).toBe(-1);
    expect(asks).toBe(1);
  });

  it('asks a few hundred keys at a time on a page with thousands of links', async () => {
    const doc = listing(Array.from({ length: 2000 }, (_, i) => `<a href="https://news.example/story-${i}">Story ${i}</a>`).join(''));
    const sizes: number[] = [];
    const ask = async (keys: string[]): Promise<MarksReply> => {
      sizes.push(keys.length);
      return { stories: 1, marks: Object.fromEntries(keys.filter((k) => k.endsWith('7')).map((k) => [k, { status: 'staff', label: 'Read before' }])) };
    };
    expect(await markLinks(ctx, doc, ask, () => true)).toBe(200);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MARK_KEYS_PER_MESSAGE);
    expect(sizes.slice(1).reduce((a, b) => a + b, 0)).toBe(2000);
  });

  it('marks the links near the viewport first and the others as they come into view, reading no layout', async () => {
    const doc = listing(`<ul>${Array.from({ length: 2000 }, (_, i) => `<li><a href="https://news.example/story-${i}">Story ${i}</a></li>`).join('')}</ul>`);
    const index = (el: Element) => Number(/story-(\d+)/.exec(el.getAttribute('href') ?? '')?.[1]);
    // Two screens of 40 links each around the top of the page.
    FakeIntersectionObserver.near = (el) => index(el) < 80;
    const reads = ['getBoundingClientRect', 'getClientRects'].map((m) => vi.spyOn(Element.prototype, m as 'getBoundingClientRect'));
    const offsets = vi.spyOn(HTMLElement.prototype, 'offsetTop', 'get');
    const ask = async (keys: string[]): Promise<MarksReply> => ({
      stories: 1,
      marks: Object.fromEntries(keys.filter((k) => k.endsWith('7')).map((k) => [k, { status: 'wire', label: 'Read before' }])),
    });
    const near = new NearViewportMarks(() => true);
    expect(await markLinks(ctx, doc, ask, () => true, near)).toBe(200);
    await near.settled();
    // The 8 known links near the viewport, and no more.
    const marked = () => [...doc.querySelectorAll(MARK_TAG)].map((m) => index(m.closest('a')!));
    expect(marked()).toEqual(Array.from({ length: 8 }, (_, i) => 7 + 10 * i));
    expect(near.marked).toBe(8);
    // Further down: that screen's marks and the 48 waiting after them in page order, in one go.
    FakeIntersectionObserver.scroll((el) => index(el) >= 1000 && index(el) < 1080);
    expect(marked()).toHaveLength(64);
    expect(marked().slice(8)).toEqual(Array.from({ length: 56 }, (_, i) => 1007 + 10 * i));
    FakeIntersectionObserver.scroll(() => true);
    expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(200);
    for (const spy of [...reads, offsets]) expect(spy).not.toHaveBeenCalled();
    // Switched off: marks go, and links still waiting get none.
    removeMarks(doc);
    expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(0);
    FakeIntersectionObserver.scroll(() => true);
    expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(0);
  });

  it('marks at once, in idle slices, where there is no IntersectionObserver', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const doc = listing(`<a href="${KNOWN}">A story</a> <a href="https://apnews.com/article/other">Another</a>`);
    const key = storyKey(KNOWN)!;
    const ask = async (keys: string[]): Promise<MarksReply> => ({
      stories: 1,
      marks: keys.includes(key) ? { [key]: { status: 'wire', label: 'Read before' } } : {},
    });
    expect(await markLinks(ctx, doc, ask, () => true)).toBe(1);
    expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(1);
  });

  it('stops when the run is no longer wanted', async () => {
    const doc = listing(`<a href="${KNOWN}">A story</a>`);
    let current = true;
    const ask = async (): Promise<MarksReply> => {
      current = false;
      return { stories: 1, marks: {} };
    };
    expect(await markLinks(ctx, doc, ask, () => current)).toBe(0);
  });
});

describe('markLinksAsTheyCome', () => {
  it('marks links the page adds later (more stories on scrolling), and stops when the run is over', async () => {
    const doc = listing(`<ul id="list"><li><a href="https://news.example/story-1">Story 1</a></li></ul>`);
    const ask = async (keys: string[]): Promise<MarksReply> => ({
      stories: 2,
      marks: Object.fromEntries(keys.map((k) => [k, { status: 'wire' as const, label: 'Read before' }])),
    });
    let current = true;
    markLinksAsTheyCome(ctx, doc, ask, () => current);
    await vi.waitFor(() => expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(1));
    doc.getElementById('list')!.insertAdjacentHTML('beforeend', '<li><a href="https://news.example/story-2">Story 2</a></li>');
    await vi.waitFor(() => expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(2), { timeout: 3000 });
    current = false;
    doc.getElementById('list')!.insertAdjacentHTML('beforeend', '<li><a href="https://news.example/story-3">Story 3</a></li>');
    // Past the delay a later pass would have taken: none came.
    await new Promise((r) => setTimeout(r, 1200));
    expect(doc.querySelectorAll(MARK_TAG)).toHaveLength(2);
  });
});
