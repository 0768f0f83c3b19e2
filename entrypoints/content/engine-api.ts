// What the lazily loaded part of the content script (entrypoints/content-engine.ts: the engine,
// Readability, Preact and the badge) hands to the small part that runs on every page. Only pages that
// pass the first look load it, so the cost of the engine is paid on articles alone.
import type { analyze, analyzeInSteps } from '../../lib/analyze';
import type { createHighlighter } from './highlight';
import type { mountBadge } from './badge-ui';
import type { chooseLanguage } from '../../utils/presentation/i18n';
import type { previewPhrase } from '../../lib/phrase-preview';

export interface ContentEngine {
  analyze: typeof analyze;
  analyzeInSteps: typeof analyzeInSteps;
  mountBadge: typeof mountBadge;
  createHighlighter: typeof createHighlighter;
  /** The badge's words in the language chosen in the options page (its catalogue handed in by the background). */
  chooseLanguage: typeof chooseLanguage;
  /** What one of the reader's phrases matches on this page (the options page's preview). */
  previewPhrase: typeof previewPhrase;
}

/** Where the loaded part leaves its functions: the content script's own global (isolated world). */
export const ENGINE_GLOBAL = '__creditlineContentEngine';

/** The built file, relative to the extension root (listed in web_accessible_resources). */
export const ENGINE_FILE = '/content-engine.js';
