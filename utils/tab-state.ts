// The background's memory of each tab's state. Kept in memory and mirrored to storage.session, because
// an MV3 service worker may be stopped at any time; where storage.session is missing (older Firefox
// MV2, whose background page is persistent anyway) memory alone is used.
import { browser } from 'wxt/browser';
import type { TabState } from './messages';

const KINDS = new Set(['unsupported', 'disabled', 'analysing', 'not-article', 'done', 'failed']);

/** Shape check for a state arriving from a content script (which we wrote, but the check is cheap). */
export function isTabState(value: unknown): value is TabState {
  if (!value || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  if (!KINDS.has(s.kind as string)) return false;
  if (s.kind === 'done') return !!s.report && typeof s.report === 'object' && typeof s.url === 'string';
  return true;
}

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

function sessionArea(): SessionArea | null {
  try {
    return (browser.storage as unknown as { session?: SessionArea }).session ?? null;
  } catch {
    return null;
  }
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export interface TabStore {
  get(tabId: number): Promise<TabState | null>;
  set(tabId: number, state: TabState): Promise<void>;
  delete(tabId: number): Promise<void>;
}

export function createTabStore(session: SessionArea | null = sessionArea()): TabStore {
  const memory = new Map<number, TabState>();
  // Storage failures (quota, a closing browser) must never lose the in-memory answer.
  const quietly = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch {
      /* memory still holds the state */
    }
  };
  return {
    async get(tabId) {
      const known = memory.get(tabId);
      if (known || !session) return known ?? null;
      try {
        const stored = (await session.get(keyOf(tabId)))[keyOf(tabId)];
        if (isTabState(stored)) {
          memory.set(tabId, stored);
          return stored;
        }
      } catch {
        /* fall through */
      }
      return null;
    },
    async set(tabId, state) {
      memory.set(tabId, state);
      if (session) await quietly(() => session.set({ [keyOf(tabId)]: state }));
    },
    async delete(tabId) {
      memory.delete(tabId);
      if (session) await quietly(() => session.remove(keyOf(tabId)));
    },
  };
}

/** Pages (address without #fragment) where the reader closed the badge, for this browser session. */
export interface DismissedPages {
  has(url: string): Promise<boolean>;
  add(url: string): Promise<void>;
}

const DISMISSED_KEY = 'dismissedPages';
const DISMISSED_MAX = 500;

export function createDismissedPages(session: SessionArea | null = sessionArea()): DismissedPages {
  let memory: string[] | null = null;
  const load = async (): Promise<string[]> => {
    if (memory) return memory;
    let stored: unknown = null;
    try {
      stored = session ? (await session.get(DISMISSED_KEY))[DISMISSED_KEY] : null;
    } catch {
      /* start empty */
    }
    memory = Array.isArray(stored) ? stored.filter((u): u is string => typeof u === 'string') : [];
    return memory;
  };
  return {
    async has(url) {
      return (await load()).includes(url);
    },
    async add(url) {
      const list = await load();
      memory = [...list.filter((u) => u !== url), url].slice(-DISMISSED_MAX);
      try {
        await session?.set({ [DISMISSED_KEY]: memory });
      } catch {
        /* memory still holds it */
      }
    },
  };
}
