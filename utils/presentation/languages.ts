// The languages with a complete catalogue in locales/ (a test holds every catalogue to en.yml's keys).
export const UI_LANGUAGES = ['en', 'de', 'fr', 'es', 'hi', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function isUiLanguage(v: unknown): v is UiLanguage {
  return typeof v === 'string' && (UI_LANGUAGES as readonly string[]).includes(v);
}
