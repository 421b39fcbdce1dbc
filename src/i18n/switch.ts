// An explicit request for a language, in any of the forms people write one ("español", "en español por
// favor", "pakai bahasa inggris", "tiếng việt", "ภาษาไทย", "english please"), or a language we don't speak.
import { LANGUAGES, type Language } from './languages.ts';
import { LANGUAGE_WORDS, OTHER_LANGUAGE_NAMES, OUR_LANGUAGE_NAMES, SWITCH_WORDS } from './names.ts';
import { keyOf, wordsOf, type Word } from './words.ts';

export type LanguageRequest =
  | { kind: 'switch'; language: Language }
  /** `name`: the language as the user wrote it, for "I don't speak … yet". */
  | { kind: 'unknown'; name: string };

/** A request is short: a name and a few words around it. Longer messages are about something else. */
const MAX_WORDS = 8;

const FILLERS = new Set(SWITCH_WORDS.map(keyOf));
const LANGUAGE_WORD_KEYS = new Set(LANGUAGE_WORDS.map(keyOf));

/** The words of a message that may name a language: without the words around names, and numbers. */
const naming = (words: readonly Word[]) => words.filter((w) => !FILLERS.has(w.key) && !/^\d+$/.test(w.key));
/** Names compared without spaces or accents: "tiengviet", "bahasaindonesia", "ภาษาไทย". */
const joined = (words: readonly Word[]) => words.map((w) => w.key).join('');
const nameKey = (name: string) => joined(naming(wordsOf(name)));

const OURS = new Map<string, Language>(LANGUAGES.flatMap((l) => OUR_LANGUAGE_NAMES[l].map((n) => [nameKey(n), l] as const)));
const OTHERS = new Set(OTHER_LANGUAGE_NAMES.map(nameKey));

/** How a name the user wrote is shown back: their words, the first letter capitalised where that means anything. */
function shown(words: readonly Word[]): string {
  const thaiLike = words.every((w) => !/[\p{Script=Latin}]/u.test(w.text));
  const text = words.map((w) => w.text).join(thaiLike && words.some((w) => /\p{Script=Thai}/u.test(w.text)) ? '' : ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The language a whole message asks for, or undefined when the message is about something else. */
export function languageRequest(text: string): LanguageRequest | undefined {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_WORDS) return undefined;
  const rest = naming(words);
  if (rest.length === 0) return undefined;
  const key = joined(rest);
  const ours = OURS.get(key) ?? OURS.get(key.replace(/^berbahasa/, 'bahasa'));
  if (ours) return { kind: 'switch', language: ours };
  if (OTHERS.has(key)) return { kind: 'unknown', name: shown(rest) };
  // "bahasa klingon", "tiếng lào": the word for "language" and one name after it.
  const [head, ...name] = rest;
  if (head && LANGUAGE_WORD_KEYS.has(head.key) && name.length === 1) return { kind: 'unknown', name: shown(rest) };
  return undefined;
}
