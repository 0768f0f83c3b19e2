// The story memory on real corpus articles, with IndexedDB from fake-indexeddb (the same API the
// browsers implement), including the faults a real profile meets: a full disk, a damaged record,
// the database deleted while a page is open.
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOf, type StoryFingerprint } from '../../lib/fingerprint/fingerprint';
import { storyKey } from '../../lib/fingerprint/link-index';
import { readCorpusTexts, trimEnding, type CorpusText } from '../../lib/fingerprint/test-corpus';
import { recordBytes, recordFromReport, type StoryRecord } from './record';
import { StoryImportError, StoryMemory } from './store';

const IDS = ['p037-24horas-cl', 'p038-cooperativa-cl', 'p013-tucson-com', 'bs-unedited-ap', 'globalnews-ap-kyiv-2026', 'p001-reuters-com'];
let texts: Map<string, CorpusText>;
let n = 0;
const names: string[] = [];

function fresh(cap?: number) {
  const name = `test-memory-${++n}`;
  names.push(name);
  return new StoryMemory(name, cap);
}

function fp(t: CorpusText): StoryFingerprint {
  return fingerprintOf({ blocks: t.blocks, lang: t.lang })!;
}

function record(id: string, seen = 1_000, url?: string, status: StoryRecord['status'] = 'wire'): StoryRecord {
  const t = texts.get(id)!;
  // One label keeps the page's protocol-relative og:url ("//www.24horas.cl/…").
  const own = t.url?.startsWith('//') ? `https:${t.url}` : t.url;
  const r = recordFromReport(
    {
      url: url ?? own ?? `https://example.org/${id}`,
      publisher: id.split('-')[1] ?? id,
      headline: t.title,
      status,
      lang: t.lang,
      agencies: [
        { id: 'efe', contribution: 'copy' },
        { id: 'epa', contribution: 'photo' },
      ],
    },
    fp(t),
    seen,
  );
  if (!r) throw new Error(`no record for ${id}`);
  return r;
}

beforeAll(() => {
  texts = new Map(readCorpusTexts(IDS).map((t) => [t.id, t]));
  expect(texts.size).toBe(IDS.length);
}, 60_000);

afterEach(async () => {
  await Promise.all(
    names.splice(0).map(
      (name) =>
        new Promise((done) => {
          const req = indexedDB.deleteDatabase(name);
          req.onsuccess = req.onerror = req.onblocked = done;
        }),
    ),
  );
});

describe('story memory', () => {
  it('finds the other copy of an agency story and tells how much text they share', async () => {
    const memory = fresh();
    for (const id of IDS) expect(await memory.remember(record(id))).toBe('stored');
    const here = record('p038-cooperativa-cl');
    const copies = await memory.copiesOf(here.fp, { excludeKey: here.key });
    expect(copies.map((c) => c.story.key)).toEqual([record('p037-24horas-cl').key]);
    expect(copies[0]!.shared).toBeGreaterThan(0.6);
    expect(copies[0]!.story.headline).toContain('Boric');
    expect(copies[0]!.story.agencies).toEqual(['efe']); // the photo credit is no text credit
    expect(copies[0]!).not.toHaveProperty('story.fp');
    // Its own record is left out; a different AP story is not a copy.
    const tucson = record('p013-tucson-com');
    expect(await memory.copiesOf(tucson.fp, { excludeKey: tucson.key })).toEqual([]);
  });

  it('counts the paragraphs a copy cut', async () => {
    const memory = fresh();
    await memory.remember(record('globalnews-ap-kyiv-2026'));
    const t = texts.get('globalnews-ap-kyiv-2026')!;
    const trimmed = fingerprintOf({ blocks: trimEnding(t.blocks, 0.5), lang: t.lang })!;
    const [copy] = await memory.copiesOf(trimmed);
    expect(copy!.shared).toBeGreaterThan(0.9);
    expect(copy!.parasAdded).toBe(0);
    expect(copy!.parasCut).toBeGreaterThanOrEqual(3);
  });

  it('marks links to stored stories, by key', async () => {
    const memory = fresh();
    await memory.remember(record('p013-tucson-com', 5, undefined, 'wire'));
    const key = storyKey(texts.get('p013-tucson-com')!.url)!;
    const marks = await memory.marksFor([key, 'example.com/never-seen', 42 as unknown as string]);
    expect(Object.keys(marks)).toEqual([key]);
    expect(marks[key]).toMatchObject({ status: 'wire', seen: 5 });
  });

  it('keeps at most its cap, oldest out', async () => {
    const memory = fresh(3);
    const ids = IDS.slice(0, 5);
    for (const [i, id] of ids.entries()) await memory.remember(record(id, 100 + i));
    expect((await memory.usage()).stories).toBe(3);
    const again = new StoryMemory(names.at(-1)!, 3);
    const stored = await again.marksFor(ids.map((id) => record(id).key));
    expect(Object.keys(stored).sort()).toEqual(
      ids
        .slice(2)
        .map((id) => record(id).key)
        .sort(),
    );
  });

  it('refreshes a story seen again instead of keeping two', async () => {
    const memory = fresh();
    await memory.remember(record('p013-tucson-com', 1));
    await memory.remember(
      record(
        'p013-tucson-com',
        2,
        'https://www.tucson.com/news/national/college-football-player-arrested-on-murder-charge-in-georgia/article_c7e4b901-9d60-5895-a288-73911df10bd3.html?utm_source=x#top',
      ),
    );
    const u = await memory.usage();
    expect(u.stories).toBe(1);
    const [kept] = JSON.parse(await memory.exportJson()).stories;
    expect(u.bytes).toBe(recordBytes(kept)); // counted from the parts, as the record's JSON
    expect(u.bytes).toBeGreaterThan(500);
  });

  it('stores nothing while paused, across restarts, and resumes', async () => {
    const memory = fresh();
    await memory.setPaused(true);
    expect(await memory.remember(record('p001-reuters-com'))).toBe('paused');
    const again = new StoryMemory(names.at(-1)!);
    expect((await again.usage()).paused).toBe(true);
    expect(await again.remember(record('p001-reuters-com'))).toBe('paused');
    await again.setPaused(false);
    expect(await again.remember(record('p001-reuters-com'))).toBe('stored');
  });

  it('forgets one site (with its subdomains) or everything', async () => {
    const memory = fresh();
    await memory.remember(record('p001-reuters-com', 1, 'https://www.reuters.com/article/a'));
    await memory.remember(record('p013-tucson-com', 1, 'https://uk.reuters.com/article/b'));
    await memory.remember(record('bs-unedited-ap', 1, 'https://www.business-standard.com/article/c'));
    expect(await memory.forgetSite('www.reuters.com')).toBe(2);
    expect((await memory.usage()).stories).toBe(1);
    expect((await new StoryMemory(names.at(-1)!).usage()).stories).toBe(1);
    await memory.forgetAll();
    expect(await memory.usage()).toMatchObject({ stories: 0, bytes: 0 });
  });

  it('exports and imports, and a malformed file changes nothing', async () => {
    const a = fresh();
    for (const id of IDS) await a.remember(record(id));
    const json = await a.exportJson();
    const b = fresh();
    await b.remember(record('p001-reuters-com', 9_999));
    expect(await b.importJson(json)).toEqual({ added: IDS.length - 1, updated: 0, unchanged: 1 });
    expect((await b.usage()).stories).toBe(IDS.length);
    const here = record('p038-cooperativa-cl');
    expect((await b.copiesOf(here.fp, { excludeKey: here.key })).length).toBe(1);

    const before = await b.exportJson();
    const doc = JSON.parse(json);
    doc.stories[3].fp.sketch = 'not base64!';
    for (const bad of ['{"format":', '[]', JSON.stringify({ format: 'other' }), JSON.stringify(doc)]) {
      await expect(b.importJson(bad)).rejects.toBeInstanceOf(StoryImportError);
    }
    await expect(b.importJson(JSON.stringify(doc))).rejects.toThrow(/Story 4 of 6 is damaged \(bad fingerprint\); nothing was imported/);
    expect(JSON.parse(await b.exportJson()).stories).toEqual(JSON.parse(before).stories);
  });

  it('refuses a record that does not check out, whatever the caller sends', async () => {
    const memory = fresh();
    const r = record('p001-reuters-com');
    for (const bad of [
      { ...r, url: 'javascript:alert(1)' },
      { ...r, key: 'other.com/x' },
      { ...r, status: 'invented' },
      { ...r, fp: { ...r.fp, shingles: -1 } },
      null,
    ])
      expect(await memory.remember(bad as StoryRecord)).toBe('invalid');
    expect((await memory.usage()).stories).toBe(0);
  });
});

describe('stories kept from before the fingerprint changed (version 1)', () => {
  /** A record as the previous version stored it: the same fields, a version 1 fingerprint (128 uint32 minima, the same bytes). */
  const v1 = (id: string, seen: number): StoryRecord => {
    const r = record(id, seen);
    return { ...r, fp: { ...r.fp, v: 1 } };
  };

  /** Writes records behind the memory's back, as the previous version did. */
  async function writeRaw(name: string, records: StoryRecord[]) {
    await new StoryMemory(name).usage(); // creates the database
    await new Promise<void>((done, fail) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => {
        const db = req.result;
        const tx = db.transaction('stories', 'readwrite');
        for (const r of records) tx.objectStore('stories').put(r);
        tx.oncomplete = () => (db.close(), done());
        tx.onerror = () => fail(tx.error);
      };
    });
  }

  it('are kept: they mark links and count, match no new page, are fingerprinted anew when seen again, and age out', async () => {
    const name = `test-memory-${++n}`;
    names.push(name);
    await writeRaw(name, [v1('p037-24horas-cl', 10), v1('p001-reuters-com', 20)]);
    const memory = new StoryMemory(name, 3);
    expect((await memory.usage()).stories).toBe(2);
    expect(memory.repaired).toBe(0);
    const key = record('p037-24horas-cl').key;
    expect(Object.keys(await memory.marksFor([key]))).toEqual([key]);
    // Its sketch cannot be compared with a new one: no copy rather than a wrong one.
    const here = record('p038-cooperativa-cl');
    expect(await memory.copiesOf(here.fp)).toEqual([]);
    expect(await memory.copiesOf({ ...here.fp, v: 1 } as unknown as StoryFingerprint)).toEqual([]);
    // Nothing new is written with an old fingerprint; opening the story again writes a new one.
    expect(await memory.remember(v1('p013-tucson-com', 30))).toBe('invalid');
    expect(await memory.remember(record('p037-24horas-cl', 40))).toBe('stored');
    expect((await memory.copiesOf(here.fp)).map((c) => c.story.key)).toEqual([key]);
    // The oldest goes first when the memory is full, whatever its version.
    await memory.remember(record('p013-tucson-com', 50));
    await memory.remember(record('globalnews-ap-kyiv-2026', 60));
    expect((await memory.usage()).stories).toBe(3);
    expect(await memory.marksFor([record('p001-reuters-com').key])).toEqual({});
    const again = new StoryMemory(name, 3);
    expect(JSON.parse(await again.exportJson()).stories.map((r: StoryRecord) => r.fp.v)).toEqual([2, 2, 2]);
  });

  it('import from an older export; a later visit there keeps the new fingerprint already stored', async () => {
    const a = fresh();
    const json = JSON.stringify({ format: 'creditline-story-memory', version: 1, stories: [v1('p037-24horas-cl', 99), v1('p001-reuters-com', 5)] });
    await a.remember(record('p037-24horas-cl', 10));
    expect(await a.importJson(json)).toEqual({ added: 1, updated: 1, unchanged: 0 });
    const stories: StoryRecord[] = JSON.parse(await a.exportJson()).stories;
    const byKey = new Map(stories.map((r) => [r.key, r]));
    expect(byKey.get(record('p037-24horas-cl').key)).toMatchObject({ seen: 99, fp: { v: 2 } });
    expect(byKey.get(record('p001-reuters-com').key)).toMatchObject({ seen: 5, fp: { v: 1 } });
    expect((await a.copiesOf(record('p038-cooperativa-cl').fp)).length).toBe(1);
  });
});

describe('story memory faults', () => {
  it('survives a full disk: the story is not stored, nothing else is lost, lookups go on', async () => {
    const memory = fresh();
    await memory.remember(record('p037-24horas-cl'));
    const proto = IDBObjectStore.prototype as unknown as { put: (...a: unknown[]) => unknown };
    const put = proto.put;
    proto.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      expect(await memory.remember(record('p013-tucson-com'))).toBe('full');
      expect((await memory.usage()).full).toBe(true);
    } finally {
      proto.put = put;
    }
    const here = record('p038-cooperativa-cl');
    expect((await memory.copiesOf(here.fp)).length).toBe(1);
    expect((await new StoryMemory(names.at(-1)!).usage()).stories).toBe(1);
    expect(await memory.remember(record('p013-tucson-com'))).toBe('stored');
    expect((await memory.usage()).full).toBe(false);
  });

  it('drops a damaged record and keeps the others', async () => {
    const memory = fresh();
    await memory.remember(record('p037-24horas-cl'));
    await memory.remember(record('p013-tucson-com'));
    const name = names.at(-1)!;
    // Damage one record behind the memory's back, as a disk error or an old version might.
    await new Promise<void>((done, fail) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => {
        const db = req.result;
        const tx = db.transaction('stories', 'readwrite');
        tx.objectStore('stories').put({ key: record('p013-tucson-com').key, url: 42, fp: 'garbage' });
        tx.objectStore('stories').put({ key: 'x', nothing: true });
        tx.oncomplete = () => (db.close(), done());
        tx.onerror = () => fail(tx.error);
      };
    });
    const again = new StoryMemory(name);
    expect((await again.usage()).stories).toBe(1);
    expect(again.repaired).toBe(2);
    const here = record('p038-cooperativa-cl');
    expect((await again.copiesOf(here.fp)).map((c) => c.story.key)).toEqual([record('p037-24horas-cl').key]);
    expect(await again.remember(record('p013-tucson-com'))).toBe('stored');
  });

  it('goes on after the database is deleted while it is open', async () => {
    const memory = fresh();
    await memory.remember(record('p037-24horas-cl'));
    const name = names.at(-1)!;
    await new Promise<void>((done, fail) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => done();
      req.onerror = () => fail(req.error);
      req.onblocked = () => fail(new Error('the memory kept the database from being deleted'));
    });
    // The reader cleared the data: it is gone, and the memory starts again, empty, without an error.
    expect((await memory.usage()).stories).toBe(0);
    expect(await memory.marksFor([record('p037-24horas-cl').key])).toEqual({});
    expect(await memory.remember(record('p013-tucson-com'))).toBe('stored');
    expect((await new StoryMemory(name).usage()).stories).toBe(1);
  });
});
