// Which language a conversation speaks this turn: the one the user asked for, else the platform's locale,
// else the language of what they type; English until something says otherwise.
import { languageOfText } from './detect.ts';
import { SOURCE_LANGUAGE, type Language } from './languages.ts';
import { languageOfLocale } from './locale.ts';

/** What chose a conversation's language; a choice the user made is never undone by a guess. */
export type LanguageSource = 'switch' | 'locale' | 'text';

export interface SpokenLanguage {
  language: Language;
  /** Undefined: nothing has said yet, so English by default. */
  by?: LanguageSource;
}

export const DEFAULT_LANGUAGE: SpokenLanguage = { language: SOURCE_LANGUAGE };

export interface LanguageClues {
  /** The platform's locale for the user, as given with the input ("es-ES"). */
  locale?: string;
  /** What the user typed, when it is theirs to word (not a quoted error message answering a question). */
  text?: string;
}

export function chooseLanguage(current: SpokenLanguage = DEFAULT_LANGUAGE, clues: LanguageClues = {}): SpokenLanguage {
  if (current.by === 'switch') return current;
  const fromLocale = languageOfLocale(clues.locale);
  if (fromLocale) return { language: fromLocale, by: 'locale' };
  // A locale stays the choice while inputs without one (a typed message on Discord) come and go.
  if (current.by === 'locale' || clues.text === undefined) return current;
  const seen = languageOfText(clues.text);
  if (!seen || seen.language === current.language) return seen && !current.by ? { language: seen.language, by: 'text' } : current;
  // One word ("thanks") does not turn a conversation already speaking another language.
  if (current.by === 'text' && !seen.strong) return current;
  return { language: seen.language, by: 'text' };
}
