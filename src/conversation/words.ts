// Turns free text into comparable words: lower case, contractions opened, filler dropped, plurals folded.
// Shared by the router and the commands, so "Start over!" and "start  over" mean the same.

const CONTRACTIONS: [RegExp, string][] = [
  [/\bwon'?t\b/g, 'will not'],
  [/\bcan'?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/n't\b/g, ' not'],
  [/'s\b/g, ''],
  [/'(re|ve|ll|d|m)\b/g, ''],
];

const FILLER = new Set(
  'a an the i me my mine we our you your it its is am are was were be been being do does did doing have has had to of in on at for with from by and or but so if then this that these those there here just please hi hello hey can could would will should how what why when where which who im ive id get got'.split(
    ' ',
  ),
);

/** Normalised text: lower case, curly quotes straightened, punctuation to spaces. */
export function normalize(text: string): string {
  let t = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  for (const [re, to] of CONTRACTIONS) t = t.replace(re, to);
  return t.replace(/[^a-z0-9@#\s]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function fold(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The content words of a text, folded, without duplicates. */
export function contentWords(text: string): string[] {
  return [...new Set(normalize(text).split(' ').filter((w) => w && !FILLER.has(w)).map(fold))];
}
