// Every language's lexicon, each read beside English: people mix English words ("link", "QR", "shop")
// into their own, so a conversation in Spanish also understands English.
import type { Language } from '../../i18n/languages.ts';
import { withEnglish, type Lexicon } from '../lexicon.ts';
import { EN } from './en.ts';
import { ES } from './es.ts';
import { ID } from './id.ts';
import { TH } from './th.ts';
import { VI } from './vi.ts';

const OWN: Record<Language, Lexicon> = { en: EN, es: ES, id: ID, vi: VI, th: TH };

const read = new Map<Language, Lexicon>();

/** The lexicon a conversation in this language reads with: its own words, then English. */
export function lexiconFor(language: Language): Lexicon {
  let lex = read.get(language);
  if (!lex) read.set(language, (lex = withEnglish(OWN[language], EN)));
  return lex;
}
