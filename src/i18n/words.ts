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

/** The comparable form of one word. */
export function keyOf(word: string): string {
  const lower = word.normalize('NFC').toLowerCase().replace(/[’‘`]/g, "'");
  // Only Latin loses its marks: Thai vowel and tone signs are marks too, and carry meaning.
  if (!LATIN.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC');
}

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const s of segmenter.segment(text.normalize('NFC'))) {
    if (!s.isWordLike) continue;
    words.push({ text: s.segment, key: keyOf(s.segment) });
  }
  return words;
}
