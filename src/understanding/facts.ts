// Facts pulled from anything a person writes (slot filling): the QR symptom, a quoted error, how long ago
// the account was linked, the shop's status, who holds the other shop, access to it, role, market, followers.
// A fact that needs context ("3 days ago" is a link's age only when linking is the subject) takes it from
// the words around it or from the question the step is asking. The words are each language's (its lexicon's
// `facts`); a message is read in its language first, then in English.
import { layers, type FactWords, type Lexicon } from './lexicon.ts';
import { EN } from './lexicons/en.ts';
import { compact, everywhere, foldAccents, normalize, tokens } from './text.ts';

export type Facts = Record<string, string>;

export interface FactContext {
  /** The fact the current step asks for, if any: a bare answer ("3 days") is read as that fact. */
  asking?: string;
  /** The conversation's lexicon (its language beside English). */
  lex?: Lexicon;
}

/** Quotes people use around an error message. */
const QUOTED = /["“”«»„「」]([^"“”«»„「」]{4,200})["“”«»„「」]|(?:^|\s)'([^']{6,200})'(?=\s|$|[.,!?])/u;

/** Hours ago that a text says something happened, or undefined. */
export function hoursAgo(t: string, numbers: string = t, words: FactWords = EN.facts): number | undefined {
  // A number with its unit says most ("0.5 days ago", "3d"); read from the text as written first, where
  // "0.5" is still one number.
  for (const re of words.durations) {
    const m = re.exec(numbers) ?? re.exec(t);
    if (!m) continue;
    const n = words.numbers[m[1]!] ?? Number(m[1]!.replace(',', '.'));
    const unit = words.units.find(([u]) => u.test(m[2]!));
    // "less than a day", "not even a day": just short of it.
    const short = words.under?.test(m.input.slice(0, m.index)) ? 0.99 : 1;
    if (unit && Number.isFinite(n)) return n * unit[1] * short;
  }
  // A time denied is not when it happened: "last month, not yesterday".
  return words.when.find(([re]) => {
    const m = re.exec(t);
    return m !== null && !NOT_WHEN.test(t.slice(0, m.index));
  })?.[1];
}

/** Words just before a time that say it was not then. */
const NOT_WHEN = /\b(not|never|t)\s*$/;

function qrSymptom(t: string, w: FactWords, asking: string | undefined): string | undefined {
  // Where the step asks what the QR code does, the answer need not name it ("it just spins").
  if (!w.qr.test(t) && asking !== 'qr-symptom') return undefined;
  // "the QR on my shipping label prints all blurry and the courier cant scan it": another thing's QR code.
  if (w.otherQr?.test(t)) return undefined;
  // A symptom denied is none: "now it says linked, no authorization error this time".
  return w.symptoms.find(([, re]) => {
    const m = re.exec(t);
    return m !== null && !DENIED.test(t.slice(0, m.index));
  })?.[0];
}

/** Words just before a symptom that say it did not happen. */
const DENIED = /\b(no|without|never|zero)( (the|an|any|a|more))?\s*$/;

function errorText(raw: string, w: FactWords): string | undefined {
  const q = QUOTED.exec(raw);
  const quoted = (q?.[1] ?? q?.[2])?.trim();
  if (quoted && /\p{L}/u.test(quoted)) return quoted;
  const after = w.errorLead.exec(raw.trim());
  if (after && w.errorWords.test(foldAccents(after[1]!))) return after[1]!.trim().replace(/[.!。]+$/, '');
  return undefined;
}

function yesNo(t: string, cue: { no: RegExp; yes: RegExp }): string | undefined {
  return cue.no.test(t) ? 'no' : cue.yes.test(t) ? 'yes' : undefined;
}

function shopStatus(t: string, w: FactWords, asking: string | undefined): Facts {
  const facts: Facts = {};
  const aboutShop = w.shop.test(t) || asking === 'shop-active' || asking === 'shop-approved';
  if (!aboutShop) return facts;
  const approved = yesNo(t, w.approved);
  if (approved) facts['shop-approved'] = approved;
  const active = yesNo(t, w.active);
  if (active) facts['shop-active'] = active;
  return facts;
}

function otherShop(t: string, w: FactWords, asking: string | undefined): Facts {
  const facts: Facts = {};
  const asked = asking === 'other-shop-holder' || asking === 'other-shop-access';
  const about = w.otherShop.test(t) || w.link.test(t) || w.shop.test(t) || asked;
  if (!about) return facts;
  const holder = w.holders.find(([, re]) => re.test(t))?.[0];
  if (holder) facts['other-shop-holder'] = holder;
  // Access is about the other shop only: "can't log into seller center" alone is a linking question.
  if (!(w.otherShop.test(t) || asked || holder)) return facts;
  const lost = w.access.lost?.test(t) ?? false;
  // A login forgotten or gone says by itself that one cannot get in ("I don't even remember the old login").
  const access = yesNo(t, w.access) ?? (lost ? 'no' : undefined);
  // One's own old shop that one can no longer get into is a lost login, not someone else's shop.
  if (access) facts['other-shop-access'] = access === 'no' && (holder === 'me' || lost) ? 'lost-login' : access;
  return facts;
}

/** Adult or minor, by the age a person gives for themselves. */
function age(t: string, w: FactWords): string | undefined {
  for (const re of w.age) {
    const m = re.exec(t);
    const said = m ? Number(m.slice(1).find((g) => g !== undefined)) : NaN;
    // A birth year ("sinh năm 2010") is counted from this year.
    // An age still to come or not yet reached ("I turn 18 next month", "I will be 18", "almost 18", "under 18") is a year
    // more than one's age now.
    const coming = m && /\b(turn|turning|will be|ll be|almost|nearly|under)\b|^\d+ in\b/.test(m[0]) ? 1 : 0;
    const n = (said >= 1900 ? new Date().getFullYear() - said : said) - coming;
    if (Number.isFinite(n) && n >= 5) return n >= 18 ? 'adult' : 'minor';
  }
  return undefined;
}

/**
 * Where the step asks one's age, the one number of a short answer is it ("32 na po ako", "19"), unless it counts
 * something else; in a longer one it may be an age to come ("not yet, I turn 18 next year").
 */
const AGE_ALONE = /^\D*\b(\d{1,3})\b(?!\s*(days?|hours?|hrs?|weeks?|wks?|months?|mos?|years? ago|k|m|followers|shops?|accounts?|products?|orders?|%|am|pm))\D*$/;

const AGE_ALONE_WORDS = 4;

function ageAlone(t: string, negation: RegExp): string | undefined {
  // (…or a bare number before a "but": "17 but my mom said she would help me".)
  const before = t.split(/\s(?:but|though|tho|although|pero|tapi|nhung|แต่)\s/)[0]!;
  for (const part of before === t || tokens(before).length > 1 ? [t] : [t, before]) {
    // Counted as Intl.Segmenter finds words: "ยังค่ะ ปีหน้าถึงจะครบ18" ("not yet, I turn 18 next year") is no short answer;
    // nor is one that says "not" ("chưa đủ 18", "not 18 yet").
    if (tokens(part).length > AGE_ALONE_WORDS || negation.test(part)) continue;
    const n = Number(AGE_ALONE.exec(part)?.[1]);
    if (n >= 10 && n <= 120) return n >= 18 ? 'adult' : 'minor';
  }
  return undefined;
}

function role(t: string, w: FactWords): string | undefined {
  return w.roles.find((r) => !r.unless?.test(t) && r.cue.test(t))?.role;
}

function followers(numbers: string, t: string, w: FactWords): string | undefined {
  let m: RegExpExecArray | null = null;
  for (const re of w.followers) if ((m = re.exec(numbers) ?? re.exec(t))) break;
  if (!m) return undefined;
  const n = Number(m[1]!.replace(',', '.'));
  const times = m[2] ? (w.multipliers[m[2]] ?? 1) : 1;
  return Number.isFinite(n) ? String(Math.round(n * times)) : undefined;
}

/** Words either side of a word of linking within which a time is said of the linking. */
const NEAR_LINKING = 6;

/**
 * The text cut down to the words around each word of linking, in a long message: "we got linked last month…
 * shop application submitted two days ago" says when it was linked only next to "linked".
 */
function nearLinking(t: string, numbers: string, w: FactWords): [string, string] {
  const words = t.split(' ');
  if (words.length <= 2 * NEAR_LINKING) return [t, numbers];
  const keep = new Set<number>();
  words.forEach((word, i) => {
    if (!w.link.test(word)) return;
    for (let k = Math.max(0, i - NEAR_LINKING); k <= Math.min(words.length - 1, i + NEAR_LINKING); k++) keep.add(k);
  });
  const near = words.map((word, i) => (keep.has(i) ? word : '|')).join(' ');
  // Numbers as written are read only where the normalised text still holds them.
  return [near, near];
}

/** The text (normalised, and as written) without times said of another event than the linking. */
function linkTimes(t: string, numbers: string, w: FactWords): [string, string] {
  if (!w.elsewhen) return [t, numbers];
  const re = everywhere(w.elsewhen);
  return [t.replace(re, ' '), numbers.replace(re, ' ')];
}

/** Each language's country names (Intl.DisplayNames, five letters or more: shorter ones are too often other words) → region code. */
const countries = new Map<string, Map<string, string>>();

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Where a country named next is where one is: "in", "from", "based in". */
const PLACED = /\b(?:in|from)\s+/g;
/** The United States by its capital letters, which the lowered text loses ("US" is no "us"). */
const US = /\bUS\b|\bU\.S\.?/;
/** A market by its code in capitals after "in" or "from" ("shop in PH", "from SG"): lowered, most codes are words. */
const CODE_PLACED = /\b(?:[Ii]n|[Ff]rom|[Bb]ased in)\s+(?:the\s+)?(PH|SG|VN|TH|MY|UK|GB|SA|AE|ID)\b/g;
const codesPlaced = (raw: string): string[] => [...raw.matchAll(CODE_PLACED)].filter((m) => !DENIED_BEFORE.test(raw.slice(0, m.index))).map((m) => (m[1] === 'UK' ? 'GB' : m[1]!));
/** Just before a country: it is denied ("not the US, we're in Manila", "not in the UK anymore"). */
const DENIED_BEFORE = /\b(not|never|no longer|isn'?t|aren'?t|wasn'?t|isn t|aren t|wasn t)( (in|from|based in|the))* ?$/i;
/** Whether the text names a country by this pattern other than to deny it. */
const namesPlace = (text: string, re: RegExp) => [...text.matchAll(everywhere(re))].some((m) => !DENIED_BEFORE.test(text.slice(0, m.index)));

/** The most words a country's name takes ("the democratic republic of the congo" is read no further). */
const NAME_WORDS = 4;

/** The country a text says one is in or from ("i live in kenya"), by any name of it in the language: its region code. */
function countryIn(t: string, language: string, asking?: string): string | undefined {
  let names = countries.get(language);
  if (!names) {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    names = new Map();
    for (const a of LETTERS) {
      for (const b of LETTERS) {
        const name = normalize(display.of(a + b) ?? '');
        if (name.length >= 5 && !names.has(name)) names.set(name, a + b);
      }
    }
    countries.set(language, names);
  }
  // Where the market is asked, a name alone is the answer ("kenya", "Portugal").
  if (asking === 'market' && names.has(t)) return names.get(t);
  // The longest name that follows "in" or "from", looked up word by word rather than matched against every name.
  for (const m of t.matchAll(PLACED)) {
    if (DENIED_BEFORE.test(t.slice(0, m.index))) continue;
    const words = t.slice(m.index + m[0].length).split(' ', NAME_WORDS);
    for (let n = words.length; n > 0; n--) {
      const code = names.get(words.slice(0, n).join(' '));
      if (code) return code;
    }
  }
  return undefined;
}

/** The facts one language's words find; `negation` only for the conversation's own language, whose bare age it reads. */
function factsIn(raw: string, t: string, numbers: string, w: FactWords, asking: string | undefined, negation?: RegExp, language = 'en'): Facts {
  const facts: Facts = {};
  const set = (k: string, v: string | undefined) => {
    if (v !== undefined) facts[k] = v;
  };
  set('qr-symptom', qrSymptom(t, w, asking));
  set('error-text', errorText(raw, w));
  // (Times of other events go before the words near linking are kept: "…cant link them yet?? we're 3 weeks old".)
  const [own, ownNumbers] = linkTimes(t, numbers, w);
  const hours = w.notLinked?.test(t) ? undefined : asking === 'linked-ago' || w.iconMissing?.test(t) ? hoursAgo(own, ownNumbers, w) : w.link.test(t) ? hoursAgo(...nearLinking(own, ownNumbers, w), w) : undefined;
  if (hours !== undefined) facts['linked-ago'] = hours < 24 ? 'under-24h' : 'over-24h';
  Object.assign(facts, shopStatus(t, w, asking), otherShop(t, w, asking));
  set('role', role(t, w));
  // (A bare age only as the conversation's own language reads it, with its own words for "not".)
  set('age', age(t, w) ?? (asking === 'age' && negation ? ageAlone(t, negation) : undefined));
  const codes = codesPlaced(raw);
  set('market', namesPlace(raw, US) ? 'US' : (w.markets.find(([re]) => namesPlace(t, re))?.[1] ?? codes[0] ?? countryIn(t, language, asking)));
  // Two markets named ("my tiktok is from Singapore but the shop is in Malaysia"): the account's region is not the shop's.
  const named = new Set(w.markets.filter(([re]) => namesPlace(t, re)).map(([, code]) => code));
  if (facts.market === 'US') named.add('US');
  for (const code of codes) named.add(code);
  if (named.size > 1) facts['region-ok'] = 'no';
  set('followers', followers(numbers, t, w));
  return facts;
}

/** Every fact the text states: what its language's words find, then what English words add. */
export function extractFacts(raw: string, context: FactContext = {}): Facts {
  const lex = context.lex ?? EN;
  const t = compact(normalize(raw));
  // Numbers are read from the text as written: normalising would split "1,200" and "0.5".
  const numbers = foldAccents(raw.toLowerCase()).replace(/(\d)[,.](?=\d{3}\b)/g, '$1');
  const facts: Facts = {};
  for (const [i, layer] of layers(lex, t).entries()) {
    for (const [k, v] of Object.entries(factsIn(raw, layer.t, numbers, layer.lex.facts, context.asking, i === 0 ? layer.lex.negation : undefined, layer.lex.code))) facts[k] ??= v;
  }
  return facts;
}
