// The background's side of the story memory: one StoryMemory for every tab, written when a tab's
// analysis is done (never from a private window) and read for the popup, the card and the link
// marks. Each answer is what its reader shows: copies with names resolved, marks with their label.
import type { Browser } from 'wxt/browser';
import { storyKey, keyHost } from '../../lib/fingerprint/link-index';
import { AGENCIES } from '../../lib/rules/agencies';
import type { Report } from '../../lib/report';
import type { Handlers, TO_BACKGROUND } from '../messages';
import { memoryWords, type MarkView, type SeenCopy } from '../presentation';
import { copyNotes } from './copies';
import { recordFromReport } from './record';
import { StoryImportError, StoryMemory, type Usage } from './store';
import { MARK_KEYS_PER_MESSAGE, MAX_COPIES, type CopiesQuery, type ImportReply, type MarksReply } from './wire';

const SHORT_NAME = new Map(AGENCIES.map((a) => [a.id, a.shortName || a.name]));
const agencyName = (id: string) => SHORT_NAME.get(id) ?? id;

export interface StoryMemoryService {
  /** A tab's new state: a finished article is remembered, unless the tab is in a private window. */
  onTabState(state: { kind: string; report?: Report | null }, tab: Browser.tabs.Tab | undefined, now?: number): Promise<void>;
  copies(query: CopiesQuery): Promise<SeenCopy[]>;
  marks(keys: readonly string[]): Promise<MarksReply>;
  usage(): Promise<Usage>;
  setPaused(paused: boolean): Promise<Usage>;
  forgetSite(site: string): Promise<number>;
  forgetAll(): Promise<true>;
  exportJson(): Promise<string>;
  importJson(text: string): Promise<ImportReply>;
  readonly memory: StoryMemory;
}

export function storyMemoryService(memory = new StoryMemory()): StoryMemoryService {
  return {
    memory,
    async onTabState(state, tab, now = Date.now()) {
      // Private windows never write: whatever the reader opens there leaves no trace here.
      if (!tab || tab.incognito !== false) return;
      if (state.kind !== 'done' || !state.report?.fingerprint) return;
      let record;
      try {
        // The report comes from a page's renderer: the record is checked field by field.
        record = recordFromReport(state.report, state.report.fingerprint, now);
      } catch {
        return;
      }
      if (record) await memory.remember(record);
    },

    async copies({ fingerprint, url, agencies }) {
      const key = storyKey(url);
      const here = { site: key ? keyHost(key) : null, agencies };
      const found = await memory.copiesOf(fingerprint as never, { excludeKey: key, limit: MAX_COPIES });
      return found.map(({ story, shared, parasAdded, parasCut }): SeenCopy => {
        const notes = copyNotes(here, story);
        const own = notes.agencySite ?? story.agencies[0] ?? null;
        return {
          url: story.url,
          site: story.site,
          publisher: story.publisher,
          headline: story.headline,
          status: story.status,
          seen: story.seen,
          shared: Math.max(0, Math.min(1, shared)),
          parasAdded,
          parasCut,
          agency: own ? agencyName(own) : null,
          agencySite: notes.agencySite && notes.creditedThereNotHere.includes(notes.agencySite) ? agencyName(notes.agencySite) : null,
          creditedThereNotHere: notes.creditedThereNotHere.filter((a) => a !== notes.agencySite).map(agencyName),
        };
      });
    },

    async marks(keys) {
      const { stories } = await memory.usage();
      if (!stories || !keys.length) return { stories, marks: {} };
      const found = await memory.marksFor(keys.slice(0, MARK_KEYS_PER_MESSAGE));
      const marks: Record<string, MarkView> = {};
      for (const [key, m] of Object.entries(found)) marks[key] = { status: m.status, label: memoryWords.markLabel({ ...m, site: keyHost(key) }) };
      return { stories, marks };
    },

    usage: () => memory.usage(),
    async setPaused(paused) {
      await memory.setPaused(paused);
      return memory.usage();
    },
    forgetSite: (site) => memory.forgetSite(site),
    async forgetAll() {
      await memory.forgetAll();
      return true as const;
    },
    exportJson: () => memory.exportJson(),
    async importJson(text) {
      try {
        return { ok: true, ...(await memory.importJson(text)) };
      } catch (err) {
        if (err instanceof StoryImportError) return { ok: false };
        throw err;
      }
    },
  };
}

type MemoryMessage =
  | 'creditline/copies-here'
  | 'creditline/copies'
  | 'creditline/marks'
  | 'creditline/memory-usage'
  | 'creditline/memory-pause'
  | 'creditline/memory-forget-site'
  | 'creditline/memory-forget-all'
  | 'creditline/memory-export'
  | 'creditline/memory-import';

/** The background's handlers of the story memory's messages (their sender rules are in utils/messages.ts). */
export function memoryHandlers(service: StoryMemoryService): Pick<Handlers<typeof TO_BACKGROUND>, MemoryMessage> {
  return {
    'creditline/copies-here': (query) => service.copies(query),
    'creditline/copies': (query) => service.copies(query),
    'creditline/marks': ({ keys }) => service.marks(keys),
    'creditline/memory-usage': () => service.usage(),
    'creditline/memory-pause': ({ paused }) => service.setPaused(paused),
    'creditline/memory-forget-site': ({ site }) => service.forgetSite(site),
    'creditline/memory-forget-all': () => service.forgetAll(),
    'creditline/memory-export': () => service.exportJson(),
    'creditline/memory-import': ({ text }) => service.importJson(text),
  };
}
