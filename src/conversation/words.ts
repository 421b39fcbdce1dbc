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

/** Words people use for the same thing in this domain. */
const SAME_AS: Record<string, string> = {
  store: 'shop',
  connect: 'link',
  basket: 'bag',
  authorisation: 'authorization',
  authorise: 'authorize',
};

/** Folds plurals and -ing/-ed forms together ("scanning" → "scan", "linked" → "link"). */
function fold(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  else if ((w.length > 5 && w.endsWith('ing')) || (w.length > 4 && w.endsWith('ed'))) {
    w = w.slice(0, w.endsWith('ing') ? -3 : -2);
    // "scann" → "scan", "tagg" → "tag": the consonant doubled before the ending.
    if (w.length > 2 && w[w.length - 1] === w[w.length - 2] && !'aeiouls'.includes(w[w.length - 1]!)) w = w.slice(0, -1);
  }
  return SAME_AS[w] ?? w;
}

/** The content words of a text, folded, without duplicates. */
export function contentWords(text: string): string[] {
  return [...new Set(normalize(text).split(' ').filter((w) => w && !FILLER.has(w)).map(fold))];
}
