// The interface language: the browser's by default, or one of the catalogues. Each language is named
// in its own words ("Deutsch", "हिन्दी", "العربية"), so a reader finds theirs whatever is shown now.
import { i18n, UI_LANGUAGES, type UiLanguage } from '../../utils/presentation';

export interface LanguageSectionProps {
  language: UiLanguage | 'browser';
  onChange: (language: UiLanguage | 'browser') => void;
}

function ownName(lang: UiLanguage): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

export function LanguageSection({ language, onChange }: LanguageSectionProps) {
  return (
    <section class="cl-card" aria-labelledby="cl-language-h" data-section="language">
      <h2 id="cl-language-h" class="cl-card__title">
        {i18n.t('options.language.heading')}
      </h2>
      <label for="cl-language" class="cl-toggle-row__label">
        {i18n.t('options.language.label')}
      </label>
      <p id="cl-language-hint" class="cl-card__hint">
        {i18n.t('options.language.hint')}
      </p>
      <select
        id="cl-language"
        class="cl-select"
        aria-describedby="cl-language-hint"
        value={language}
        onChange={(e) => {
          const v = (e.target as HTMLSelectElement).value;
          onChange(v === 'browser' ? 'browser' : (UI_LANGUAGES.find((l) => l === v) ?? 'browser'));
        }}
      >
        <option value="browser">{i18n.t('options.language.browser')}</option>
        {UI_LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {ownName(lang)}
          </option>
        ))}
      </select>
    </section>
  );
}
