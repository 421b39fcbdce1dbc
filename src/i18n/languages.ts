// The languages shoplink speaks, by BCP 47 code, with the names people use for them.
// English is the source every other language translates; adding one starts here.

export const LANGUAGES = ['en', 'es', 'id', 'vi', 'th'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language flows and engine strings are written in; every translation is checked against it. */
export const SOURCE_LANGUAGE: Language = 'en';

/** How each language is named in English and by its speakers (menus, help, the desk's "language" line). */
export const LANGUAGE_NAMES: Record<Language, { english: string; native: string }> = {
  en: { english: 'English', native: 'English' },
  es: { english: 'Spanish', native: 'Español' },
  id: { english: 'Indonesian', native: 'Bahasa Indonesia' },
  vi: { english: 'Vietnamese', native: 'Tiếng Việt' },
  th: { english: 'Thai', native: 'ภาษาไทย' },
};

export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}
