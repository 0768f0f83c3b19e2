// Where the reader's corrections live: one item in extension storage (local: on this device, never
// synced and never sent), a map from page address to correction. Every read goes through
// readCorrection, so a damaged entry is dropped and the others survive; every write rewrites the map
// from what was read that way, one write at a time.
import { storage } from 'wxt/utils/storage';
import { CORRECTIONS_KEY } from './key';
import { CORRECTION_LIMITS, correctionKey, readCorrection, type Correction } from './record';

const item = storage.defineItem<unknown>(`local:${CORRECTIONS_KEY}`, { fallback: {} });

/** All valid corrections, newest first. Never throws: unreadable storage reads as none. */
export async function listCorrections(): Promise<Correction[]> {
  let raw: unknown;
  try {
    raw = await item.getValue();
  } catch {
    return [];
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const out: Correction[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const c = readCorrection(value);
    if (c && c.url === key) out.push(c);
  }
  return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function getCorrection(url: string | null | undefined): Promise<Correction | null> {
  const key = correctionKey(url);
  if (!key) return null;
  return (await listCorrections()).find((c) => c.url === key) ?? null;
}

let writing: Promise<unknown> = Promise.resolve();

/** Runs changes to the map one after another, so two quick saves cannot overwrite each other. */
function change(edit: (list: Correction[]) => Correction[]): Promise<void> {
  const next = writing
    .catch(() => undefined)
    .then(async () => {
      const list = edit(await listCorrections()).slice(0, CORRECTION_LIMITS.corrections);
      await item.setValue(Object.fromEntries(list.map((c) => [c.url, c])));
    });
  writing = next;
  return next;
}

/** Keeps a correction (replacing an earlier one of the same page); the oldest go past the limit. */
export function saveCorrection(correction: Correction): Promise<void> {
  return change((list) => [correction, ...list.filter((c) => c.url !== correction.url)]);
}

export function removeCorrection(url: string): Promise<void> {
  const key = correctionKey(url);
  return change((list) => list.filter((c) => c.url !== key));
}

export function clearCorrections(): Promise<void> {
  return change(() => []);
}

/** Calls back with the corrections after every change (from any page of the extension). */
export function watchCorrections(callback: (list: Correction[]) => void): () => void {
  return item.watch(() => void listCorrections().then(callback));
}
