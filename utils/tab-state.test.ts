// Per-tab state and closed badges in storage.session (the fake browser's): kept per tab, read back
// by a fresh reader (a restarted service worker, the popup), watched, malformed values refused.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { report } from '../tests/extension/in-page/fixtures';
import type { TabState } from './messages';
import { addDismissed, DISMISSED_MAX, forgetTabState, getTabState, isDismissed, setTabState, watchTabState } from './tab-state';

beforeEach(() => fakeBrowser.reset());

describe('tab state', () => {
  it('keeps states apart per tab, under the tab:<id> keys of storage.session, and forgets a closed tab', async () => {
    await setTabState(1, { kind: 'done', url: 'https://a.example/', report: report('wire') });
    await setTabState(2, { kind: 'not-article', url: 'https://b.example/', report: null });
    expect((await getTabState(1))?.kind).toBe('done');
    expect((await getTabState(2))?.kind).toBe('not-article');
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual(['tab:1', 'tab:2']);
    await forgetTabState(1);
    expect(await getTabState(1)).toBeNull();
    expect(await getTabState(3)).toBeNull();
  });

  it('reads nothing from a stored value that is not a tab state', async () => {
    await fakeBrowser.storage.session.set({ 'tab:4': { kind: 'done', url: 'https://a.example/' } });
    expect(await getTabState(4)).toBeNull();
  });

  it('calls a watcher with each new state of its own tab only, and null once forgotten', async () => {
    const seen: (TabState | null)[] = [];
    const unwatch = watchTabState(5, (s) => seen.push(s));
    await setTabState(6, { kind: 'analyzing', url: 'https://other.example/' });
    await setTabState(5, { kind: 'analyzing', url: 'https://a.example/' });
    await setTabState(5, { kind: 'failed', url: 'https://a.example/', error: 'x' });
    await forgetTabState(5);
    unwatch();
    await setTabState(5, { kind: 'analyzing', url: 'https://a.example/' });
    expect(seen.map((s) => s?.kind ?? null)).toEqual(['analyzing', 'failed', null]);
  });
});

describe('dismissed pages', () => {
  it('remembers a page without its #fragment, capped at the newest pages', async () => {
    await addDismissed('https://a.example/story#comments');
    expect(await isDismissed('https://a.example/story')).toBe(true);
    expect(await isDismissed('https://a.example/story#top')).toBe(true);
    expect(await isDismissed('https://a.example/other')).toBe(false);
    await Promise.all(Array.from({ length: DISMISSED_MAX + 100 }, (_, i) => addDismissed(`https://a.example/${i}`)));
    const stored = (await fakeBrowser.storage.session.get('dismissedPages')).dismissedPages as string[];
    expect(stored).toHaveLength(DISMISSED_MAX);
    // Quick dismissals all land (none overwrites another's list); the oldest fall off.
    expect(stored.at(-1)).toBe(`https://a.example/${DISMISSED_MAX + 99}`);
    expect(await isDismissed('https://a.example/story')).toBe(false);
  });
});
