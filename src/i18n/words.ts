// A message's words for language evidence: Intl.Segmenter's word-like segments (it also splits Thai, which
// has no spaces), lower-cased, with Latin accents dropped so "espanol" and "tieng viet" count as typed with them.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export interface Word {
  /** As typed (NFC). */
  text: string;
  /** Lower-case; Latin letters without accents ("Tiếng" → "tieng", "đ" → "d"); other scripts as they are. */
  key: string;
}

const LATIN = /\p{Script=Latin}/u;

/** Keys already worked out: people's words repeat, and normalising Unicode is slow. Cleared when it grows past KEYS. */
const keys = new Map<string, string>();
const KEYS = 10_000;

/** The comparable form of one word. */
export function keyOf(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    key = keyNow(word);
    if (keys.size >= KEYS) keys.clear();
    keys.set(word, key);
  }
  return key;
}

function keyNow(word: string): string {
  const lower = word.normalize('NFC').toLowerCase().replace(/[’‘`]/g, "'");
  // Only Latin loses its marks: Thai vowel and tone signs are marks too, and carry meaning.
  if (!LATIN.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC');
}

/** A message is read for a language request and for its language in one turn: the words are found once. */
let last: { text: string; words: readonly Word[] } | undefined;

export function wordsOf(text: string): readonly Word[] {
  if (last?.text === text) return last.words;
  const words: Word[] = [];
  for (const s of segmenter.segment(text.normalize('NFC'))) {
    if (!s.isWordLike) continue;
    words.push({ text: s.segment, key: keyOf(s.segment) });
  }
  last = { text, words };
  return words;
}
