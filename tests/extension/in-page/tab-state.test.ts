// The background's per-tab memory: kept per tab, survives a service-worker restart through
// storage.session, and rejects malformed states.
import { describe, expect, it } from 'vitest';
import { createDismissedPages, createTabStore, isTabState } from '../../../utils/tab-state';
import { report } from './fixtures';

function fakeSession() {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(key: string) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(key: string) {
      data.delete(key);
    },
  };
}

describe('tab store', () => {
  it('keeps states apart per tab and forgets a closed tab', async () => {
    const store = createTabStore(fakeSession());
    await store.set(1, { kind: 'done', url: 'https://a.example/', report: report('wire') });
    await store.set(2, { kind: 'not-article', url: 'https://b.example/', report: null });
    expect((await store.get(1))?.kind).toBe('done');
    expect((await store.get(2))?.kind).toBe('not-article');
    await store.delete(1);
    expect(await store.get(1)).toBeNull();
    expect(await store.get(3)).toBeNull();
  });

  it('answers after a restart from storage.session, and works without it', async () => {
    const session = fakeSession();
    await createTabStore(session).set(7, { kind: 'analysing', url: 'https://a.example/' });
    expect(await createTabStore(session).get(7)).toEqual({ kind: 'analysing', url: 'https://a.example/' });
    const memoryOnly = createTabStore(null);
    await memoryOnly.set(7, { kind: 'disabled', host: 'a.example' });
    expect(await memoryOnly.get(7)).toEqual({ kind: 'disabled', host: 'a.example' });
  });

  it('rejects what is not a tab state', () => {
    expect(isTabState({ kind: 'done', url: 'https://a.example/' })).toBe(false);
    expect(isTabState({ kind: 'hacked' })).toBe(false);
    expect(isTabState(null)).toBe(false);
    expect(isTabState({ kind: 'failed', url: 'https://a.example/', error: 'x' })).toBe(true);
  });
});

describe('dismissed pages', () => {
  it('remembers a page for the session (a restarted worker too), capped in size', async () => {
    const session = fakeSession();
    const pages = createDismissedPages(session);
    await pages.add('https://a.example/story');
    expect(await pages.has('https://a.example/story')).toBe(true);
    expect(await pages.has('https://a.example/other')).toBe(false);
    expect(await createDismissedPages(session).has('https://a.example/story')).toBe(true);
    for (let i = 0; i < 600; i++) await pages.add(`https://a.example/${i}`);
    expect((session.data.get('dismissedPages') as string[]).length).toBe(500);
    expect(await pages.has('https://a.example/story')).toBe(false);
  });
});
