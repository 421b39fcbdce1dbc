// Turns what people type into comparable words: lower case, contractions opened, punctuation dropped,
// letters of every script kept, words found by Intl.Segmenter (so scripts written without spaces work).

const CONTRACTIONS: [RegExp, string][] = [
  [/\bwon'?t\b/g, 'will not'],
  [/\bcan'?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should)nt\b/g, '$1 not'],
  [/n't\b/g, ' not'],
  [/\b(it|that|what|there|here|he|she)'s\b/g, '$1 is'],
  [/'s\b/g, ''],
  [/'(re|ve|ll|d|m)\b/g, ''],
];

/** A message is read by several parts of the stage in one turn: each normalises it once. */
const recent = new Map<string, string>();
const RECENT = 64;

/** Normalised text: lower case, accents kept, curly quotes straightened, punctuation and symbols to spaces. */
export function normalize(text: string): string {
  const hit = recent.get(text);
  if (hit !== undefined) return hit;
  const t = normalizeNow(text);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(text, t);
  return t;
}

function normalizeNow(text: string): string {
  let t = text.normalize('NFC').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
  for (const [re, to] of CONTRACTIONS) t = t.replace(re, to);
  return t
    .replace(/[^\p{L}\p{M}\p{N}@#'\s]+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Scripts written without spaces between words: only these need the segmenter's dictionary. */
const UNSPACED = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;

/** The words of a normalised text, as Intl.Segmenter finds them (spaces where a script has them, dictionary breaks where not). */
export function tokens(normalized: string): string[] {
  // Normalised text has single spaces between words; the segmenter is needed only where words touch.
  if (!UNSPACED.test(normalized)) return normalized ? normalized.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)) : [];
  const out: string[] = [];
  for (const s of segmenter.segment(normalized)) if (s.isWordLike) out.push(s.segment);
  return out;
}

/** Folds plurals and -ing/-ed forms together ("scanning" → "scan", "linked" → "link"). */
export function stem(word: string): string {
  let w = word;
  if (!/^[a-z]+$/.test(w)) return w;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  else if ((w.length > 5 && w.endsWith('ing')) || (w.length > 4 && w.endsWith('ed'))) {
    w = w.slice(0, w.endsWith('ing') ? -3 : -2);
    // "scann" → "scan", "tagg" → "tag": the consonant doubled before the ending.
    if (w.length > 2 && w[w.length - 1] === w[w.length - 2] && !'aeiouls'.includes(w[w.length - 1]!)) w = w.slice(0, -1);
  }
  return w;
}
