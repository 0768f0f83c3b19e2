// The extension's real messages (locales/en.yml, converted exactly as the build does) behind
// fakeBrowser.i18n.getMessage, which the fake browser leaves unimplemented.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatChromeMessage } from '../../utils/presentation/chrome-format';

const messages = generateChromeMessages(parseMessagesText(readFileSync(join(import.meta.dirname, '../../locales/en.yml'), 'utf8'), 'YAML'));

/** Chrome's substitution rules: named $placeholders$ from `placeholders`, then $1..$9, then $$. */
export function getMessage(name: string, subs?: string | string[]): string {
  const m = messages[name];
  return m ? formatChromeMessage(m, subs) : '';
}

/** Resets the fake browser and installs the real messages; call in beforeEach. */
export function resetBrowser(): void {
  fakeBrowser.reset();
  (fakeBrowser.i18n as { getMessage: unknown }).getMessage = getMessage;
}

export function hasMessage(name: string): boolean {
  return name in messages;
}
