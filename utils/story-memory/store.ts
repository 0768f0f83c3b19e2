// The story memory: one on-device store (IndexedDB, through idb) for all tabs, run by the background.
// It keeps a mirror in memory (the essentials and a sketch index) so that lookups and link marks
// never wait on the disk, and it never throws at its callers: a full disk, a damaged record or a
// database deleted under it costs at most the one story being written, never the badge.
//
// Private windows are the caller's to keep out: call remember() only for tabs that are not incognito.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { decodeFingerprint, type Sketch, type StoryFingerprint } from '../../lib/fingerprint/fingerprint';
import { SketchIndex } from '../../lib/fingerprint/sketch-index';
import type { Resemblance } from '../../lib/fingerprint/compare';
import { bytesFromParts, fingerprintJsonLength, parseRecord, type StoryRecord } from './record';

export const DEFAULT_NAME = 'creditline-story-memory';
/** Oldest out beyond this many stories: about 25 MB at the measured size per story. */
export const DEFAULT_CAP = 20_000;
export const EXPORT_FORMAT = 'creditline-story-memory';
/** A page asks for at most this many link marks at once. */
export const MAX_MARK_KEYS = 5000;

interface Schema extends DBSchema {
  stories: { key: string; value: StoryRecord; indexes: { seen: number } };
  meta: { key: string; value: boolean };
}

/** A stored story without its fingerprint: what the popup, the card and the link marks show. */
export type StoryInfo = Omit<StoryRecord, 'fp'>;

export interface StoryCopy {
  story: StoryInfo;
  /** Share of this copy's text that the other copy also has, 0..1. */
  shared: number;
  /** Paragraphs this copy has and the other does not ("this site added 2 paragraphs"). */
  parasAdded: number;
  /** Paragraphs the other copy has and this one does not. */
  parasCut: number;
  resemblance: Resemblance;
}

export interface LinkMark {
  status: StoryRecord['status'];
  publisher: string | null;
  headline: string | null;
  seen: number;
}

export type RememberOutcome = 'stored' | 'paused' | 'invalid' | 'full' | 'failed';

export interface Usage {
  stories: number;
  /** Bytes of the stored records (their JSON in UTF-8). */
  bytes: number;
  paused: boolean;
  /** The last write was refused for lack of space. */
  full: boolean;
}

export interface ImportOutcome {
  added: number;
  updated: number;
  /** Already known with a later date seen. */
  unchanged: number;
}

export class StoryImportError extends Error {
  override name = 'StoryImportError';
}

interface Mirror {
  /** The essentials of each story and its fingerprint's JSON length (bytes are counted when asked). */
  info: Map<string, { story: StoryInfo; fpLength: number }>;
  index: SketchIndex;
  paused: boolean;
}

const isQuota = (err: unknown) => err instanceof Error && (err.name === 'QuotaExceededError' || /quota/i.test(err.message));

export class StoryMemory {
  private db: Promise<IDBPDatabase<Schema>> | null = null;
  private mirror: Promise<Mirror> | null = null;
  private full = false;
  /** Damaged records found (and removed) while loading. */
  repaired = 0;

  constructor(
    readonly name = DEFAULT_NAME,
    readonly cap = DEFAULT_CAP,
  ) {}

  /** Stores (or refreshes) one story. Never throws. */
  async remember(value: StoryRecord): Promise<RememberOutcome> {
    const parsed = parseRecord(value);
    // Only fingerprints of the current version are written: an older one could match no new page.
    if (!('record' in parsed) || !parsed.sketch) return 'invalid';
    const { record, sketch } = parsed;
    try {
      const m = await this.loaded();
      if (m.paused) return 'paused';
      const evicted = await this.attempt(async (db) => {
        const tx = db.transaction('stories', 'readwrite');
        const gone: string[] = [];
        await tx.store.put(record);
        // Oldest out, in the same transaction: the cap holds even if the worker stops right after.
        let excess = (await tx.store.count()) - this.cap;
        if (excess > 0) {
          for (let c = await tx.store.index('seen').openCursor(); c && excess > 0; c = await c.continue()) {
            if (c.primaryKey === record.key) continue;
            gone.push(c.primaryKey);
            await c.delete();
            excess--;
          }
        }
        await tx.done;
        return gone;
      });
      this.full = false;
      for (const key of evicted) this.unmirror(m, key);
      this.mirrorRecord(m, record, sketch);
      return 'stored';
    } catch (err) {
      if (isQuota(err)) {
        this.full = true;
        return 'full';
      }
      return 'failed';
    }
  }

  /** The other stored copies of the story with this fingerprint, most shared text first. Never throws. */
  async copiesOf(fp: StoryFingerprint, options: { excludeKey?: string | null; limit?: number } = {}): Promise<StoryCopy[]> {
    const sketch = decodeFingerprint(fp);
    if (!sketch) return [];
    try {
      const m = await this.loaded();
      const out: StoryCopy[] = [];
      for (const hit of m.index.matches(sketch, { exclude: options.excludeKey ?? undefined, limit: options.limit ?? 10 })) {
        const story = m.info.get(hit.id)?.story;
        if (!story) continue;
        const r = hit.resemblance;
        out.push({ story, shared: r.aInB, parasAdded: r.parasOnlyInA, parasCut: r.parasOnlyInB, resemblance: r });
      }
      return out;
    } catch {
      return [];
    }
  }

  /** The stored stories among these keys (lib/fingerprint/link-index.ts storyKey), for link marks. Never throws. */
  async marksFor(keys: readonly string[]): Promise<Record<string, LinkMark>> {
    const out: Record<string, LinkMark> = {};
    try {
      const m = await this.loaded();
      for (const key of keys.slice(0, MAX_MARK_KEYS)) {
        const s = typeof key === 'string' ? m.info.get(key)?.story : undefined;
        if (s) out[key] = { status: s.status, publisher: s.publisher, headline: s.headline, seen: s.seen };
      }
    } catch {
      /* no marks rather than a broken page */
    }
    return out;
  }

  async usage(): Promise<Usage> {
    try {
      const m = await this.loaded();
      let bytes = 0;
      for (const { story, fpLength } of m.info.values()) bytes += bytesFromParts(story, fpLength);
      return { stories: m.info.size, bytes, paused: m.paused, full: this.full };
    } catch {
      return { stories: 0, bytes: 0, paused: false, full: this.full };
    }
  }

  /** Pauses (nothing new is stored; lookups go on) or resumes the memory. Kept across restarts. */
  async setPaused(paused: boolean): Promise<void> {
    const m = await this.loaded();
    await this.attempt((db) => db.put('meta', paused, 'paused'));
    m.paused = paused;
  }

  /** Forgets every story from a site and its subdomains ("example.com" also takes "news.example.com"). Returns how many. */
  async forgetSite(site: string): Promise<number> {
    const host = site
      .trim()
      .toLowerCase()
      .replace(/^www\./, '');
    if (!host) return 0;
    const m = await this.loaded();
    const keys = [...m.info.values()]
      .map((i) => i.story)
      .filter((s) => s.site === host || s.site.endsWith('.' + host))
      .map((s) => s.key);
    if (!keys.length) return 0;
    await this.attempt(async (db) => {
      const tx = db.transaction('stories', 'readwrite');
      await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.done]);
    });
    for (const k of keys) this.unmirror(m, k);
    return keys.length;
  }

  async forgetAll(): Promise<void> {
    const m = await this.loaded();
    await this.attempt((db) => db.clear('stories'));
    m.info.clear();
    m.index.clear();
  }

  /** Every stored story as one JSON document. */
  async exportJson(): Promise<string> {
    const stories = await this.attempt((db) => db.getAll('stories'));
    return JSON.stringify({ format: EXPORT_FORMAT, version: 1, exported: new Date().toISOString(), stories });
  }

  /**
   * Adds the stories of an exported file, keeping the later date seen where a story is known. The
   * whole file is checked before anything is written, and written in one transaction: a malformed
   * file throws StoryImportError and changes nothing.
   */
  async importJson(text: string): Promise<ImportOutcome> {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      throw new StoryImportError(`The file is not JSON (${err instanceof Error ? err.message : String(err)}).`);
    }
    const d = doc as Record<string, unknown> | null;
    if (!d || typeof d !== 'object' || d.format !== EXPORT_FORMAT) throw new StoryImportError('The file is not a Creditline story memory export.');
    if (d.version !== 1) throw new StoryImportError(`Unknown export version ${String(d.version)}.`);
    if (!Array.isArray(d.stories)) throw new StoryImportError('The file has no list of stories.');
    const records: StoryRecord[] = [];
    d.stories.forEach((s, i) => {
      const p = parseRecord(s);
      if (!('record' in p)) throw new StoryImportError(`Story ${i + 1} of ${(d.stories as unknown[]).length} is damaged (${p.error}); nothing was imported.`);
      records.push(p.record);
    });
    const outcome: ImportOutcome = { added: 0, updated: 0, unchanged: 0 };
    await this.loaded();
    await this.attempt(async (db) => {
      outcome.added = outcome.updated = outcome.unchanged = 0;
      const tx = db.transaction('stories', 'readwrite');
      for (const r of records) {
        const old = await tx.store.get(r.key);
        if (old && old.seen >= r.seen) outcome.unchanged++;
        else {
          if (old) outcome.updated++;
          else outcome.added++;
          // A later visit from an older export keeps the current fingerprint already stored.
          const keep = old && decodeFingerprint(old.fp) && !decodeFingerprint(r.fp);
          await tx.store.put(keep ? { ...r, fp: old.fp } : r);
        }
      }
      let excess = (await tx.store.count()) - this.cap;
      for (let c = excess > 0 ? await tx.store.index('seen').openCursor() : null; c && excess > 0; c = await c.continue()) {
        await c.delete();
        excess--;
      }
      await tx.done;
    });
    this.mirror = null; // read again from the database, the one truth
    await this.loaded();
    return outcome;
  }

  // ---- connection and mirror ----

  private connect(): Promise<IDBPDatabase<Schema>> {
    if (!this.db) {
      const opening = openDB<Schema>(this.name, 1, {
        upgrade(db) {
          db.createObjectStore('stories', { keyPath: 'key' }).createIndex('seen', 'seen');
          db.createObjectStore('meta');
        },
        // Another context wants to delete or upgrade the database: let it, and start again after.
        blocking: () => this.drop(opening),
        // The browser closed the connection (site data cleared, disk error).
        terminated: () => this.drop(opening),
      });
      this.db = opening;
      opening.catch(() => this.drop(opening));
    }
    return this.db;
  }

  private drop(which: Promise<IDBPDatabase<Schema>>) {
    if (this.db !== which) return;
    this.db = null;
    this.mirror = null; // the data may be gone: read it again
    void which.then((db) => db.close()).catch(() => {});
  }

  /** Runs one database step; a connection that was closed or deleted under it is reopened once. */
  private async attempt<T>(step: (db: IDBPDatabase<Schema>) => Promise<T>): Promise<T> {
    const db = await this.connect();
    try {
      return await step(db);
    } catch (err) {
      if (
        isQuota(err) ||
        !(err instanceof Error) ||
        !['InvalidStateError', 'TransactionInactiveError', 'UnknownError', 'AbortError', 'NotFoundError'].includes(err.name)
      )
        throw err;
      if (this.db) this.drop(this.db);
      return step(await this.connect());
    }
  }

  private loaded(): Promise<Mirror> {
    if (!this.mirror) {
      const loading = this.load();
      this.mirror = loading;
      loading.catch(() => {
        if (this.mirror === loading) this.mirror = null;
      });
    }
    return this.mirror;
  }

  private async load(): Promise<Mirror> {
    const m: Mirror = { info: new Map(), index: new SketchIndex(), paused: false };
    const damaged: string[] = [];
    await this.attempt(async (db) => {
      m.info.clear();
      m.index.clear();
      damaged.length = 0;
      m.paused = (await db.get('meta', 'paused')) === true;
      for (let c = await db.transaction('stories').store.openCursor(); c; c = await c.continue()) {
        const p = parseRecord(c.value);
        if (!('record' in p) || p.record.key !== c.primaryKey) {
          damaged.push(c.primaryKey);
          continue;
        }
        this.mirrorRecord(m, p.record, p.sketch);
      }
    });
    m.index.compact();
    if (damaged.length) {
      // A damaged record can be neither shown nor matched; removing it loses nothing readable.
      this.repaired += damaged.length;
      await this.attempt(async (db) => {
        const tx = db.transaction('stories', 'readwrite');
        await Promise.all([...damaged.map((k) => tx.store.delete(k)), tx.done]);
      }).catch(() => {});
    }
    return m;
  }

  /** An older version's record (sketch null) is kept for link marks and the counts, out of the index. */
  private mirrorRecord(m: Mirror, record: StoryRecord, sketch: Sketch | null) {
    const { fp, ...story } = record;
    m.info.set(record.key, { story, fpLength: fingerprintJsonLength(fp) });
    if (sketch) m.index.set(record.key, sketch);
    else m.index.delete(record.key);
  }

  private unmirror(m: Mirror, key: string) {
    m.info.delete(key);
    m.index.delete(key);
  }
}
