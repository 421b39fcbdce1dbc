// The content words of a message in a language: its tokens without filler, stemmed, synonyms folded,
// so "Can't connect my store" and "cannot link shop" share their words.
import { EN, type Lexicon } from './lexicon.ts';
import { normalize, stem, tokens } from './text.ts';

const fillers = new WeakMap<Lexicon, Set<string>>();

function fillerOf(lex: Lexicon): Set<string> {
  let set = fillers.get(lex);
  if (!set) fillers.set(lex, (set = new Set(lex.filler)));
  return set;
}

/** One word as the router compares it: stemmed, then mapped to its synonym. */
export function fold(word: string, lex: Lexicon = EN): string {
  const s = stem(word);
  return lex.synonyms[s] ?? lex.synonyms[word] ?? s;
}

/** The content words of a text, folded, without duplicates. */
export function contentWords(text: string, lex: Lexicon = EN): string[] {
  const filler = fillerOf(lex);
  return [...new Set(tokens(normalize(text)).filter((w) => !filler.has(w)).map((w) => fold(w, lex)).filter((w) => !filler.has(w)))];
}

/** Whether a normalised text starts with a phrase (whole words). */
export function startsWithPhrase(normalized: string, phrase: string): boolean {
  return normalized === phrase || normalized.startsWith(`${phrase} `);
}

/** Whether a normalised text holds a phrase as whole words. */
export function hasPhrase(normalized: string, phrase: string): boolean {
  return ` ${normalized} `.includes(` ${phrase} `);
}
