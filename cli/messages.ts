// The extension's English messages (locales/en.yml) for the command line, so it says a report in the
// same words as the popup and the badge.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { formatChromeMessage } from '../utils/presentation/chrome-format';
import type { Translate } from '../utils/presentation/messages';

/** locales/en.yml above this module: beside the sources (cli/) or above the compiled command line (dist/cli/). */
function messagesFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    const file = join(dir, 'locales', 'en.yml');
    if (existsSync(file)) return file;
  }
  throw new Error('locales/en.yml not found');
}

let messages: ReturnType<typeof generateChromeMessages> | null = null;

export const englishTranslate: Translate = (key, substitutions) => {
  messages ??= generateChromeMessages(parseMessagesText(readFileSync(messagesFile(), 'utf8'), 'YAML'));
  const m = messages[key.replaceAll('.', '_')];
  return m ? formatChromeMessage(m, substitutions) : key;
};
