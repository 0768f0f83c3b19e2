// The catalogues: every language has every message of locales/en.yml and nothing else, with the same
// substitutions and plural forms; and every message is used by the code (a key no code asks for is a
// leftover). Keys the presentation tables map codes to are literals in those tables, so the scan of
// the sources finds them there.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../utils/presentation/languages';

const ROOT = join(import.meta.dirname, '../..');

function catalogue(lang: string) {
  return generateChromeMessages(parseMessagesText(readFileSync(join(ROOT, 'locales', `${lang}.yml`), 'utf8'), 'YAML'));
}

/** Message names as the build writes them ("popup_state_failed_title"), without Chrome's @@ ones. */
function names(messages: Record<string, unknown>): string[] {
  return Object.keys(messages).filter((k) => !k.startsWith('@@'));
}

const substitutions = (text: string) => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();
const forms = (text: string) => text.split(' | ').length;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' ? [] : sources(p);
    return /\.(tsx?|html)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

const en = catalogue('en');

describe('locales/', () => {
  it('has a catalogue for each interface language and no other', () => {
    const files = readdirSync(join(ROOT, 'locales'))
      .map((f) => f.replace(/\.yml$/, ''))
      .sort();
    expect(files).toEqual([...UI_LANGUAGES].sort());
  });

  for (const lang of UI_LANGUAGES.filter((l) => l !== 'en')) {
    describe(`${lang}.yml`, () => {
      const messages = catalogue(lang);
      it('has every message of en.yml and none that en.yml lacks', () => {
        expect(
          names(en).filter((k) => !(k in messages)),
          'missing',
        ).toEqual([]);
        expect(
          names(messages).filter((k) => !(k in en)),
          'not in en.yml',
        ).toEqual([]);
      });
      it('keeps the substitutions and the number of plural forms of each message', () => {
        const wrong = names(en)
          .filter((k) => k in messages)
          .filter((k) => {
            const [a, b] = [en[k]!.message, messages[k]!.message];
            return substitutions(a).join() !== substitutions(b).join() || forms(a) !== forms(b);
          });
        expect(wrong).toEqual([]);
      });
      it('fits the store and the toolbar: a short description, at most five letters on the button', () => {
        expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
        const letters = new Intl.Segmenter(lang, { granularity: 'grapheme' });
        for (const k of names(messages).filter((n) => n.startsWith('toolbar_short_'))) {
          expect([...letters.segment(messages[k]!.message)].length, k).toBeLessThanOrEqual(5);
        }
      });
      it('names its own language', () => {
        expect(messages.locale_code!.message).toBe(lang);
        expect(messages.locale_dir!.message).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      });
    });
  }

  it('has no message that no code uses', () => {
    const code = ['components', 'entrypoints', 'utils', 'lib', 'cli']
      .flatMap((d) => sources(join(ROOT, d)))
      .concat(join(ROOT, 'wxt.config.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const quoted = new Set([...code.matchAll(/['"`]([A-Za-z][\w.-]{0,80})['"`]/g)].map((m) => m[1]!));
    const manifest = new Set([...code.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!));
    // Back from a message name to the dotted key the code writes: the YAML path of the entry.
    const keys = collectKeys(parseMessagesText(readFileSync(join(ROOT, 'locales', 'en.yml'), 'utf8'), 'YAML'));
    expect(keys.length).toBe(names(en).length);
    const unused = keys.filter((k) => !quoted.has(k) && !manifest.has(k.replaceAll('.', '_')));
    expect(unused).toEqual([]);
  });
});

function collectKeys(parsed: { key: string[] }[]): string[] {
  return parsed.map((m) => m.key.join('.')).filter((k) => !k.startsWith('@@'));
}
