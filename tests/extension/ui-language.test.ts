// The interface language chosen in the options page: the chosen catalogue is read instead of the
// browser's, the words, rule names, plurals, numbers and direction follow it, and "browser default"
// goes back to the browser's i18n.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  chooseLanguage,
  formatPercent,
  i18n,
  ruleLabel,
  shortLabel,
  statusLabel,
  summaryLine,
  uiDirection,
  uiLanguage,
  type UiLanguage,
} from '../../utils/presentation';
import { resetBrowser } from './i18n';
import { agency, report } from './in-page/fixtures';

const bundled = (lang: UiLanguage) =>
  Promise.resolve(generateChromeMessages(parseMessagesText(readFileSync(join(import.meta.dirname, '../../locales', `${lang}.yml`), 'utf8'), 'YAML')));

beforeEach(resetBrowser);
afterEach(() => chooseLanguage('browser'));

describe('the interface language', () => {
  it("is the browser's by default (English here), left to right", () => {
    expect(uiLanguage()).toBe('en');
    expect(uiDirection()).toBe('ltr');
    expect(statusLabel('wire-unedited')).toBe('Agency story, published unedited');
  });

  it('speaks Arabic, right to left, once Arabic is chosen, and English again on "browser"', async () => {
    await chooseLanguage('ar', bundled);
    expect(uiLanguage()).toBe('ar');
    expect(uiDirection()).toBe('rtl');
    expect(statusLabel('wire')).toBe('خبر وكالة');
    const r = report('wire-unedited', { agencies: [agency('afp', 'AFP'), agency('ap', 'AP')], publisher: 'Al Example' });
    expect(summaryLine(r)).toBe('خبر وكالة، نُشر دون تحرير · AFP وAP');
    expect(ruleLabel({ ruleId: 'syndication-disclaimer' })).toBe('تنويه بالنقل');
    expect(formatPercent(0.42)).toBe(new Intl.NumberFormat('ar', { style: 'percent' }).format(0.42));
    await chooseLanguage('browser');
    expect(uiDirection()).toBe('ltr');
    expect(statusLabel('wire')).toBe('Agency story');
  });

  it('names rules by their id, never by the English label the report carries', async () => {
    await chooseLanguage('de', bundled);
    expect(ruleLabel({ ruleId: 'sign-off-credit' })).toBe('Agenturkürzel am Textende');
    expect(statusLabel('wire-unedited')).toBe('Agenturmeldung, unbearbeitet veröffentlicht');
  });

  it('picks the plural form by the count', async () => {
    await chooseLanguage('fr', bundled);
    expect(i18n.t('popup.whyCount', ['1'], 1)).toBe('1 indice');
    expect(i18n.t('popup.whyCount', ['3'], 3)).toBe('3 indices');
    await chooseLanguage('browser');
    expect(i18n.t('popup.whyCount', ['1'], 1)).toBe('1 clue');
    expect(i18n.t('popup.whyCount', ['2'], 2)).toBe('2 clues');
  });

  it("shows the toolbar's letters in the chosen language", async () => {
    await chooseLanguage('es', bundled);
    expect(shortLabel(report('sponsored'))).toBe('PAT');
  });

  it("keeps the browser's words when the chosen catalogue cannot be read", async () => {
    await chooseLanguage('hi', () => Promise.reject(new Error('gone')));
    expect(uiLanguage()).toBe('en');
  });
});
