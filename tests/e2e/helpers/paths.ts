// Where the browser tests find the built extension and the corpus.
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** The labelled corpus beside the repository (CI clones ../shared next to it). */
export const CORPUS_DIR = join(REPO_ROOT, '..', 'shared', 'corpus');
/**
 * Absolute paths of the builds made by tests/e2e/global-setup.ts. CREDITLINE_BUILD_DIR points the
 * tests at another output folder (holding chrome-mv3/ and firefox-mv2/), e.g. a private copy.
 */
export const BUILD_DIR = process.env.CREDITLINE_BUILD_DIR ? resolve(process.env.CREDITLINE_BUILD_DIR) : join(REPO_ROOT, '.output');
export const CHROME_BUILD = join(BUILD_DIR, 'chrome-mv3');
export const FIREFOX_BUILD = join(BUILD_DIR, 'firefox-mv2');
export const SEED_ID = 'seed-asianet-putin-li-qiang';
