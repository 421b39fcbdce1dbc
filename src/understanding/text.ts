// Turns what people type into comparable words: lower case, contractions opened, punctuation dropped,
// accents of Latin letters folded (Vietnamese and Spanish are typed with and without them), letters of
// every script kept, and words found by Intl.Segmenter spaced apart (so Thai compares word by word).

const CONTRACTIONS: [RegExp, string][] = [
  [/\bwon'?t\b/g, 'will not'],
  [/\bcan'?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should)nt\b/g, '$1 not'],
  [/n't\b/g, ' not'],
  [/\b(it|that|what|there|here|he|she)'s\b/g, '$1 is'],
  [/'s\b/g, ''],
  [/'m\b/g, ' am'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/'ll\b/g, ' will'],
  // "ill wait", "ill check": typed without the apostrophe, "I'll" far more often than the illness.
  [/\bill\b/g, 'i will'],
  [/'d\b/g, ' would'],
];

/** A message is read by several parts of the stage in one turn: each normalises it once. */
const recent = new Map<string, string>();
const RECENT = 64;

/**
 * Normalised text: lower case, curly quotes straightened, punctuation and symbols to spaces, Latin letters
 * without their accents ("không" and "khong" meet), and words of scripts written without spaces spaced apart.
 */
export function normalize(text: string): string {
  const hit = recent.get(text);
  if (hit !== undefined) return hit;
  const t = normalizeNow(text);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(text, t);
  return t;
}

function normalizeNow(text: string): string {
  let t = foldAccents(text.toLowerCase()).replace(/[\u2018\u2019\u02bc]/g, "'");
  for (const [re, to] of CONTRACTIONS) t = t.replace(re, to);
  t = t
    // Emoji presentation selectors and joiners are marks that belong to no letter ("❤️" leaves one behind).
    .replace(/[\uFE0E\uFE0F\u200D]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}@#'\s]+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    // A letter drawn out ("heyyy", "pleaseee", "nooo") is the word: no English word has one three times in a row.
    .replace(/([a-z])\1{2,}/g, '$1')
    .trim();
  return UNSPACED.test(t) ? segmented(thaiSpelling(t).replace(SCRIPT_CHANGE, ' ')) : t;
}

/** Where a script without spaces meets Latin letters or digits ("อายุ17สมัครtiktok"): the segmenter keeps those together. */
const SCRIPT_CHANGE = /(?<=[\u0E00-\u0E7F])(?=[a-z0-9])|(?<=[a-z0-9])(?=[\u0E00-\u0E7F])/g;

/**
 * Thai letters drawn out for tone back to one: three or more anywhere ("ค่าาา"), two at a word's end
 * ("ค้าบบ"). Two inside a text are often two words meeting ("ร้านนี้"), and รร is a spelling.
 */
function thaiSpelling(t: string): string {
  // ๆ repeats the word before it: "มากๆ" says "มาก" twice, and once is enough to read it.
  return t
    .replace(/ๆ/g, ' ')
    .replace(/([\u0E01-\u0E22\u0E24-\u0E4E])\1{2,}/g, '$1')
    .replace(/([\u0E01-\u0E22\u0E24-\u0E4E])\1(?=\s|$)/g, '$1');
}

/**
 * Latin letters without their marks: "không" → "khong", "vinculación" → "vinculacion", "đ" → "d". Marks
 * on other scripts (Thai vowels and tones, Cyrillic й) are part of the letter and stay.
 */
export function foldAccents(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/([a-zA-Z])[\u0300-\u036f]+/g, '$1')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Scripts written without spaces between words: only these need the segmenter's dictionary. */
const UNSPACED = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;

/** The words of a text as Intl.Segmenter finds them, one space apart (dictionary breaks where a script has no spaces). */
function segmented(text: string): string {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment);
  return out.join(' ');
}

/** The words of a normalised text: normalisation already put one space between every two words. */
export function tokens(normalized: string): string[] {
  const spaced = UNSPACED.test(normalized) ? segmented(normalized) : normalized;
  return spaced ? spaced.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)) : [];
}

const BETWEEN_UNSPACED = new RegExp(`(?<=${UNSPACED.source}) (?=${UNSPACED.source})`, 'g');

/**
 * A normalised text with the spaces normalisation put between Thai (and other unspaced) words taken out
 * again: cues of those languages are written as people write them, and word breaks inside a phrase are
 * the dictionary's guess, not the writer's.
 */
export function compact(normalized: string): string {
  return UNSPACED.test(normalized) ? normalized.replace(BETWEEN_UNSPACED, '') : normalized;
}

/** Folds plurals and -ing/-ed forms together ("scanning" → "scan", "linked" → "link"). */
export function stem(word: string): string {
  let w = word;
  if (!/^[a-z]+$/.test(w)) return w;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  // "warnings" → "warning" → "warn", as "warning" is: a plural of an -ing word loses both.
  if ((w.length > 5 && w.endsWith('ing')) || (w.length > 4 && w.endsWith('ed') && w === word)) {
    w = w.slice(0, w.endsWith('ing') ? -3 : -2);
    // "scann" → "scan", "tagg" → "tag": the consonant doubled before the ending. (Not a word of three letters that
    // ends doubled: "adding" is "add", never the "ad" of an advert.)
    if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !'aeiouls'.includes(w[w.length - 1]!)) w = w.slice(0, -1);
  }
  return w;
}

/** A sentence or clause that asks: it ends with a question mark or opens like an English question. */
// A word or two of lead-in may come first ("also, when does…", "ok so how do I…").
const LEAD_IN = String.raw`^\W*((also|and|so|now|ok|okay|oh|btw|but|then|hey|hi|sorry|anyway|unrelated|quick q|quick question|(one|another|other|random|separate|different) (more )?question)\W+){0,3}`;
// …or ask indirectly ("i just need to know how to change the courier").
const QUESTION = new RegExp(String.raw`\?|\b((need|want|like|wanted|trying) to|wanna|gotta) (know|find out|understand) (how|what|why|when|where|which|who|if|whether)\b|\b(wondering|wonder) (how|what|why|when|where|which|who|if|whether)\b|${LEAD_IN}(how|what|whats|hows|why|when|where|wheres|which|who|pls|please)\b|${LEAD_IN}(can|could|is|are|do|does|did|will|would|should)\s+(i|we|you|u|it|they|he|she|there|someone|somebody|anyone|anybody)\b`, 'i');

/** A message's sentences, as written: split at their ends and line breaks, trimmed. */
export function sentencesOf(text: string): string[] {
  return text.split(/[.!?\n]+/).map((x) => x.trim()).filter(Boolean);
}

/** Whether a sentence or clause asks something. */
export function isQuestion(clause: string): boolean {
  return QUESTION.test(clause);
}

/** A message's sentences as written, each keeping the mark that ends it: a question mark still asks. */
export function markedSentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?\n])\s+/);
}

/** A message's clauses, each keeping the mark that ends it ("…account sale',", "appeal?"): a question mark still asks. */
export function clausesOf(text: string): string[] {
  return text.split(/(?<=[.,;:!?\n—–])\s*/).filter((c) => c.trim().length > 0);
}

const everywheres = new WeakMap<RegExp, RegExp>();

/** The same pattern, matching every occurrence (for `replace`), made once per pattern. */
export function everywhere(re: RegExp): RegExp {
  let global = everywheres.get(re);
  if (!global) everywheres.set(re, (global = new RegExp(re.source, `${re.flags.replace('g', '')}g`)));
  return global;
}
