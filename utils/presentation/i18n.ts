// The interface language: the browser's (its i18n picks the catalogue), or the one chosen in the
// options page. browser.i18n cannot switch language at run time, so a chosen language's catalogue
// (bundled with the extension as _locales/<lang>/messages.json) is loaded and read here instead.
import { i18n as browserI18n } from '#i18n';
import { formatChromeMessage, pickPlural, type ChromeMessageText } from './chrome-format';
import { isUiLanguage, type UiLanguage } from './languages';
import type { MessageKey, Translate } from './messages';

export { isUiLanguage, UI_LANGUAGES, type UiLanguage } from './languages';

let chosen: Record<string, ChromeMessageText> | null = null;

const browserTranslate: Translate = (key, substitutions, count) => (browserI18n.t as (key: string, ...args: unknown[]) => string)(key, substitutions, count);

const chosenTranslate: Translate = (key, substitutions, count) => {
  const m = chosen![key.replaceAll('.', '_')];
  if (!m) return browserTranslate(key, substitutions, count);
  const text = formatChromeMessage(m, substitutions ?? (count == null ? undefined : [String(count)]));
  return count == null ? text : pickPlural(text, count);
};

/** A message in the interface language. */
export const t: Translate = (key, substitutions, count) => (chosen ? chosenTranslate : browserTranslate)(key, substitutions, count);

/** The same call shape as @wxt-dev/i18n's `i18n.t`, so components read `i18n.t('key', [subs])`. */
export const i18n = {
  t: (key: MessageKey, ...args: (string[] | number | undefined)[]): string => {
    const substitutions = args.find(Array.isArray);
    const count = args.find((a): a is number => typeof a === 'number');
    return t(key, substitutions, count);
  },
};

/** The language the words are in (from the catalogue that answered, so a fallback to English says "en"). */
export function uiLanguage(): UiLanguage {
  const code = t('locale.code');
  return isUiLanguage(code) ? code : 'en';
}

export function uiDirection(): 'ltr' | 'rtl' {
  return t('locale.dir') === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * Uses the chosen language's catalogue from now on ('browser': the browser's own choice again).
 * `load` reads the bundled catalogue; in an extension page that is a fetch of our own file.
 */
export async function chooseLanguage(language: UiLanguage | 'browser', load: (lang: UiLanguage) => Promise<unknown> = fetchCatalogue): Promise<void> {
  if (language === 'browser') {
    chosen = null;
    return;
  }
  const raw = await load(language).catch(() => null);
  chosen = raw && typeof raw === 'object' ? (raw as Record<string, ChromeMessageText>) : null;
}

async function fetchCatalogue(lang: UiLanguage): Promise<unknown> {
  const res = await fetch(`/_locales/${lang}/messages.json`);
  return res.ok ? res.json() : null;
}

/** Sets `lang` and `dir` of a document (or shadow root host) from the interface language. */
export function applyDirection(el: HTMLElement): void {
  el.lang = uiLanguage();
  el.dir = uiDirection();
}

/** Numbers, percentages and dates in the interface language. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(n);
}

export function formatPercent(fraction: number): string {
  return new Intl.NumberFormat(uiLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** An ISO date from a page ("2024-05-01T10:00:00Z") as the reader writes dates; anything else as given. */
export function formatDate(iso: string): string {
  const d = /^\d{4}-\d{2}-\d{2}/.test(iso) ? new Date(iso) : null;
  if (!d || Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(d);
}
