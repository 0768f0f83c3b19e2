// The heavy half of the content script, loaded by it with import() only on pages that look like
// articles: the engine (Readability and the detectors), the Preact badge and the highlighter.
import { analyze, analyzeInSteps } from '../lib/analyze';
import { mountBadge } from './content/badge-ui';
import { ENGINE_GLOBAL, type ContentEngine } from './content/engine-api';
import { createHighlighter } from './content/highlight';
import { chooseLanguage } from '../utils/presentation/i18n';
import { previewPhrase } from '../lib/phrase-preview';

export default defineUnlistedScript(() => {
  // `analyze` (all steps at once) is not used by the content script: `npm run bench` measures the
  // built engine with it.
  const engine: ContentEngine = { analyze, analyzeInSteps, mountBadge, createHighlighter, chooseLanguage, previewPhrase };
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = engine;
});
