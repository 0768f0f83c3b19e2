// The reader's corrections on the fake browser's storage: saved and read back per page, damaged
// storage read without losing the good entries, and the export held to the corpus label format of
// ../shared/corpus/README.md (its own labels.jsonl gives the fields).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_CORPUS } from '../../cli/corpus';
import { STATUSES } from '../../lib/report';
import { corpusReport } from '../../tests/extension/in-page/fixtures';
import { resetBrowser } from '../../tests/extension/i18n';
import {
  AGENCY_IDS,
  clearCorrections,
  correctedReport,
  correctionKey,
  correctionOf,
  correctionsToJsonl,
  getCorrection,
  listCorrections,
  removeCorrection,
  saveCorrection,
  type Correction,
} from '.';

const SEED = corpusReport('seed-asianet-putin-li-qiang');
const STAFF = corpusReport('birminghammail-walsall-syndication-footer');
const SEED_URL = 'https://newsable.asianetnews.com/world/putin-li-qiang#comments';
const STAFF_URL = 'https://www.birminghammail.co.uk/news/midlands-news/dispersal-order';

const corpusLines = readFileSync(join(DEFAULT_CORPUS, 'labels.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Record<string, unknown>);

beforeEach(() => resetBrowser());

describe('corrections on this device', () => {
  it('files a correction under the page without its fragment, and reads it back', async () => {
    const c = correctionOf(SEED_URL, SEED, 'wire', ['ani'])!;
    await saveCorrection(c);
    const back = await getCorrection('https://newsable.asianetnews.com/world/putin-li-qiang');
    expect(back).toEqual(c);
    expect(back!.engine.status).toBe(SEED.status);
    expect(back!.engine.agencies).toContain('ani');
    expect(await getCorrection('https://newsable.asianetnews.com/world/other')).toBeNull();
  });

  it('keeps one correction per page, the newest, and removes and clears', async () => {
    await saveCorrection(correctionOf(STAFF_URL, STAFF, 'wire', ['pa'], new Date('2026-12-01T10:00:00Z'))!);
    await saveCorrection(correctionOf(STAFF_URL, STAFF, 'wire-assisted', ['pa'], new Date('2026-12-01T11:00:00Z'))!);
    await saveCorrection(correctionOf(SEED_URL, SEED, 'wire', ['ani'], new Date('2026-12-01T12:00:00Z'))!);
    const list = await listCorrections();
    expect(list.map((c) => [c.url, c.status])).toEqual([
      [correctionKey(SEED_URL), 'wire'],
      [STAFF_URL, 'wire-assisted'],
    ]);
    await removeCorrection(SEED_URL);
    expect((await listCorrections()).map((c) => c.url)).toEqual([STAFF_URL]);
    await clearCorrections();
    expect(await listCorrections()).toEqual([]);
  });

  it('credits no agency for a page said to be staff, and refuses ids the registry does not know', () => {
    expect(correctionOf(SEED_URL, SEED, 'staff', ['ani'])!.agencies).toEqual([]);
    expect(correctionOf(SEED_URL, SEED, 'wire', ['not-an-agency'])).toBeNull();
    expect(correctionOf('javascript:alert(1)', SEED, 'wire', ['ani'])).toBeNull();
    expect(correctionKey('file:///home/me/saved.html#x')).toBe('file:///home/me/saved.html');
  });

  it('survives damaged storage: bad entries are dropped, good ones kept, and the next save works', async () => {
    const good = correctionOf(STAFF_URL, STAFF, 'wire', ['pa'])!;
    await fakeBrowser.storage.local.set({
      corrections: {
        [good.url]: good,
        'https://evil.example/': { url: 'https://evil.example/', status: 'trusted', agencies: ['ap'] },
        'https://x.example/': 'not an object',
        'https://y.example/': { ...good, url: 'https://other.example/' },
      },
    });
    expect(await listCorrections()).toEqual([good]);
    for (const broken of ['a string', 42, null, [1, 2]]) {
      await fakeBrowser.storage.local.set({ corrections: broken });
      expect(await listCorrections()).toEqual([]);
    }
    await saveCorrection(good);
    expect(await listCorrections()).toEqual([good]);
  });

  it('gives the toolbar the reader’s verdict and keeps the photo credits', () => {
    const fixed = correctedReport(STAFF, { status: 'wire', agencies: ['pa', 'agencies'] });
    expect(fixed.status).toBe('wire');
    expect(fixed.agencies.filter((a) => a.contribution === 'copy').map((a) => a.id)).toEqual(['pa', 'agencies']);
    expect(fixed.statusEvidence).toEqual(STAFF.statusEvidence);
  });
});

describe('the export', () => {
  it('writes one corpus label a line, with the fields, statuses and agency ids of the corpus', async () => {
    await saveCorrection(correctionOf(SEED_URL, SEED, 'wire', ['ani'], new Date('2026-12-01T10:00:00Z'))!);
    await saveCorrection(correctionOf(STAFF_URL, STAFF, 'not-article', [], new Date('2026-12-01T11:00:00Z'))!);
    await saveCorrection(correctionOf('file:///home/me/Saved%20story.html', STAFF, 'wire-assisted', ['pa', 'reuters'], new Date('2026-12-01T12:00:00Z'))!);
    const text = correctionsToJsonl(await listCorrections());
    expect(text.endsWith('\n')).toBe(true);
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    // Every field a corpus label has that a reader's correction can state.
    const fields = Object.keys(corpusLines[0]!).filter((k) => k !== 'source' && k !== 'wrapped');
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(fields.sort());
      expect(STATUSES).toContain(line.status);
      for (const id of line.agencies as string[]) expect(AGENCY_IDS.has(id)).toBe(true);
      expect(line.file).toBe(`pages/${line.id}.html`);
      expect(line.id).toMatch(/^[a-z0-9-]+$/);
    }
    const [seed, staff, saved] = lines;
    expect(seed).toMatchObject({ url: correctionKey(SEED_URL), status: 'wire', agencies: ['ani'], isArticle: true, statusAlt: [] });
    expect(seed!.notes).toContain(`Creditline said ${SEED.status}`);
    expect(staff).toMatchObject({ url: STAFF_URL, status: 'not-article', isArticle: false, agencies: [] });
    // A saved file has no web address: the label's url is null, the note names the file.
    expect(saved).toMatchObject({ url: null, status: 'wire-assisted', agencies: ['pa', 'reuters'] });
    expect(saved!.notes).toContain('file:///home/me/Saved%20story.html');
    // The ids are those the corpus uses for these agencies.
    const corpusIds = new Set(corpusLines.flatMap((l) => l.agencies as string[]));
    expect(corpusIds.has('ani') && corpusIds.has('reuters')).toBe(true);
  });

  it('gives two pages with the same address shape ids of their own', () => {
    const base = correctionOf(STAFF_URL, STAFF, 'wire', ['pa'])! satisfies Correction;
    const text = correctionsToJsonl([base, { ...base, url: `${STAFF_URL}?page=2`, savedAt: '2026-12-02T00:00:00.000Z' }]);
    const ids = text
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(new Set(ids).size).toBe(2);
  });
});
