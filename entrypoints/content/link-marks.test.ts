// Link marks on a listing page: only links to known stories get one, after their text, with the status
// in words, reachable with the keyboard; picture links and the page itself get none; nothing is asked
// beyond one message when the memory is empty.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storyKey } from '../../lib/fingerprint/link-index';
import { MARK_KEYS_PER_MESSAGE, type MarksReply } from '../../utils/story-memory/wire';
import { MARK_TAG, markLinks, markLinksAsTheyCome, removeMarks } from './link-marks';

const ctx = {
  requestIdleCallback: (cb: (d: IdleDeadline) => void) => setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 10 }), 0),
  setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
  onInvalidated: () => {},
} as unknown as ContentScriptContext;

function listing(html: string) {
  document.body.innerHTML = html;
  return document;
}

afterEach(() => {
  document.body.innerHTML = '';
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
    expect(await markLinks(ctx, doc, ask, () => true)).toBe(1);
    const marks = doc.querySelectorAll(MARK_TAG);
    expect(marks).toHaveLength(1);
    // After the link's last text, inside the link.
    expect(marks[0]!.previousSibling?.textContent).toBe('strike Kyiv');
    expect(marks[0]!.closest('a')?.getAttribute('href')).toBe(KNOWN);
    const dot = marks[0]!.shadowRoot!.querySelector('[role="img"]')!;
    expect(dot.getAttribute('aria-label')).toBe('Read before: Wire copy (AP News, 1 Dec 2026)');
    expect(dot.getAttribute('tabindex')).toBe('0');
    // A fixed small box: the line does not reflow beyond it.
    expect((marks[0] as HTMLElement).style.getPropertyValue('display')).toBe('inline-block');
    expect(asked[0]).toEqual([]);
    expect(asked[1]!.sort()).toEqual(['apnews.com/article/kyiv-strike', 'apnews.com/article/other']);
    // Run again (a settings change): no second mark.
    expect(await markLinks(ctx, doc, ask, () => true)).toBe(0);
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
