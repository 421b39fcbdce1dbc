// Which offered choice a typed answer means: its number, its label or the label's words, a synonym the
// flow author gave, a fact the message states, or a plain yes/no when the step has one yes-like and one
// no-like choice. Returns nothing rather than guess between two.
import { distance } from 'fastest-levenshtein';
import { OTHER_VALUE, type Told } from '../flow/schema.ts';
import { said, type Lexicon } from './lexicon.ts';
import { EN } from './lexicons/en.ts';
import { clausesOf, compact, everywhere, foldAccents, isQuestion, normalize, tokens } from './text.ts';
import { fold, joinCompounds, startsWithPhrase } from './words.ts';

/** Whether a text holds a phrase not turned around by the word before it ("ไม่ ได้" does not say "ได้"). */
function hasAffirmed(t: string, phrase: string, lex: Lexicon): boolean {
  const at = ` ${t} `.indexOf(` ${phrase} `);
  if (at < 0) return false;
  const before = t.slice(0, at).trim().split(' ').pop() ?? '';
  return !before || !said(before, lex, (l) => l.negatedYes);
}

/** A normalised text without what a cue of the lexicon's layers finds in it. */
function without(t: string, lex: Lexicon, cue: (l: Lexicon) => RegExp): string {
  let rest = t;
  for (const l of lex.also ? [lex, lex.also] : [lex]) {
    const re = cue(l);
    rest = rest.replace(everywhere(re), ' ').replace(/\s+/g, ' ').trim();
  }
  return rest;
}

/** Whether a button's label says what a family of words says, as the user sees it or in its English label. */
function labelSays(o: OfferedChoice, lex: Lexicon, family: (l: Lexicon) => RegExp): boolean {
  return said(normalize(o.label), lex, family) || (o.source !== undefined && said(normalize(o.source), EN, family));
}

/** The one button that ends the talk with thanks ("Thanks, all done", "That's enough for now"), if a step offers one. */
export function endingChoice(offered: readonly OfferedChoice[], lex: Lexicon = EN): number | undefined {
  const ending = offered.filter((o) => labelSays(o, lex, (l) => l.enough ?? NOTHING) || /\bthanks?\b/.test(normalize(o.source ?? o.label)));
  return ending.length === 1 ? ending[0]!.index : undefined;
}

export interface OfferedChoice {
  /** Index in the flow file (what the machine's `pick.N` event names). */
  index: number;
  /** The label as the user sees it, in the conversation's language. */
  label: string;
  /** The label in English, the flows' own language, when the user sees a translation: its yes or no is read there. */
  source?: string;
  synonyms?: readonly string[];
  /** In a translated conversation, how many of `synonyms` come first from the translation (the rest are English). */
  translated?: number;
  /** Facts the choice records: a message stating the same fact picks it. */
  set?: Record<string, string>;
  /** Facts that pick it when a message states them all ("only 700 followers" for "fewer followers than that"). */
  told?: Told;
}

export type Polarity = 'yes' | 'no';

/** A number typed for a button: "2", "#2", "option 2", "opción 2", "2." — the 1-based position, or undefined. */
export function numberOf(text: string, lex: Lexicon = EN): number | undefined {
  const t = foldAccents(text.toLowerCase());
  for (const l of lex.also ? [lex, lex.also] : [lex]) {
    const m = l.number.exec(t);
    if (m) return Number(m[1]);
    const place = l.ordinals?.pattern.exec(t)?.[1];
    if (place !== undefined && l.ordinals!.numbers[place] !== undefined) return l.ordinals!.numbers[place];
  }
  return undefined;
}

const polarityCache = new WeakMap<Lexicon, { yes: string[]; no: string[] }>();

function families(lex: Lexicon) {
  let f = polarityCache.get(lex);
  if (!f) {
    const norm = (list: readonly string[]) => [...new Set(list.map((p) => normalize(p) || p))].sort((a, b) => b.length - a.length);
    polarityCache.set(lex, (f = { yes: norm(lex.yes), no: norm(lex.no) }));
  }
  return f;
}

const THUMBS_UP = /[👍✅👌🙌]/u;
const THUMBS_DOWN = /[👎❌]/u;

/** "I don't know", "no idea": a message that says the user cannot tell, whatever the buttons are. */
export function isUnsure(text: string, lex: Lexicon = EN): boolean {
  return said(normalize(text), lex, (l) => l.unsure);
}

/** A no phrase that reports how an attempt went ("still nothing", "same error"), not one that only denies ("i can not"). */
/** "But" in the languages spoken (accents folded): "sí, pero…", "iya, tapi…", "ừ nhưng…". */
const BUT = 'but|however|pero|tapi|tetapi|nhung|แต่';
/** A "but" opening what follows a yes. */
const CONCEDES = new RegExp(`^(${BUT})(\\s|$)`);
/** A "but" anywhere in a normalised message. */
export const CONCEDING = new RegExp(`(^|\\s)(${BUT})(\\s|$)`);

const OUTCOME = /\b(still|same|nothing|luck|change|work\w*|fail\w*|broken)\b/;

/** A normalised text without an "if" clause: "ping me if it's still not there" reports no failure. */
export function withoutCondition(t: string): string {
  return t.replace(/\bif\b.*$/, '');
}

/**
 * "I am", "it is", "I did": in a message, a yes when little follows ("i am 25", "it is now"), but the
 * opening of a statement of its own when much does ("i'm banned from going LIVE for 7 days").
 */
const STATEMENT = /^(i|it|we|you|they) (am|m|is|s|are|re|have|has|can|do|does|did|will)$/;
const STATEMENT_YES_WORDS = 3;
/** Praise said with a "not" ("15% commission not bad"): no no at all. */
const NOT_NEGATIVE = /\b(not (too |that |so |half )?bad|no (problem|prob|probs|worries)|not a (problem|bother))\b/g;

/** A failure said to be over ("not missing anymore", "no longer stuck"): it works now. */
const NO_LONGER_FAILING = /\b(not|isn t|is not|aren t|are not) (missing|broken|stuck|failing|spinning|loading) (any ?more|now)\b|\bno longer (missing|broken|stuck|failing|spinning|loading)\b/g;

function withoutPraise(t: string): string {
  return t.replace(NOT_NEGATIVE, ' ').replace(NO_LONGER_FAILING, 'fixed').replace(/ +/g, ' ').trim();
}
/** A bare no that ends the message after an "and" or a "but": what came of what was done. */
const ENDS_NO = /\b(and|but|still) (nope|nah|no|nothing|not yet)$/;
/** "…it still doesn't pick up the code": a failure that lasts, whatever was done first. */
const STILL_NOT = /\bstill (does not|do not|did not|can not|will not|is not|are not|not|no|never|won t|doesn t|don t|didn t|isn t|can t|rejects?|rejecting|fails?|failing|errors?|broken|stuck|blocked|locked)\b|\bstill (\w+ ){1,2}(failed|fails|failing|errors?|missing|stuck|spinning|loading)\b/;
/** The answer a message ends on ("…so no", "…so yeah"). */
const CONCLUSION = /\bso ((?:\w+ ){0,1}\w+)$/;

/** Words around an answer said last that change nothing: "…im in now", "…so i guess it isnt". */
const HEDGE = /^(so |i guess |i think |guess |probably |prob |then |and )+/;
const TRAILING = /( (now|lol|haha|tho|though|already|then|btw|too))+$/;

/** The last clause of a message, as an answer would be said in it. */
function lastClause(text: string): string | undefined {
  const clauses = clausesOf(text).flatMap((c) => c.split(/\bso\b/i)).map((c) => normalize(c)).filter(Boolean);
  const last = clauses.length > 1 ? clauses[clauses.length - 1] : undefined;
  return last?.replace(HEDGE, '').replace(TRAILING, '');
}

/** Whether a text answers yes or no: by its opening words, else by words that report success or failure. */
export function polarityOf(text: string, lex: Lexicon = EN, statements = true): Polarity | undefined {
  const t = withoutPraise(normalize(text) || text.trim());
  if (said(t, lex, (l) => l.unsure)) return undefined;
  const { yes, no } = families(lex);
  // The longest opening phrase decides: "i can not" is no, though "i can" is yes.
  // "it does not…" opens with "it does" but says no.
  // "ok but my real problem is…": a yes that concedes before a "but" answers nothing.
  const y = yes.find(
    (p) =>
      startsWithPhrase(t, p) &&
      !said(t.slice(p.length + 1), lex, (l) => l.negatedYes) &&
      !CONCEDES.test(t.slice(p.length + 1)) &&
      !(statements && STATEMENT.test(p) && t.slice(p.length + 1).split(' ').length > STATEMENT_YES_WORDS),
  );
  const n = no.find((p) => startsWithPhrase(t, p));
  if (y && n) return y.length > n.length ? 'yes' : 'no';
  // "…but unlinked that two months ago, so no": a story that ends on its answer.
  const last = !y && !n ? CONCLUSION.exec(t)?.[1] : undefined;
  if (last && (yes.includes(last) || no.includes(last))) return no.includes(last) ? 'no' : 'yes';
  // "checked, both say Indonesia, all good", "was using the wrong email lol, im in now": the answer in a clause of its own, last.
  const closing = !y && !n ? lastClause(text) : undefined;
  if (closing && closing.includes(' ') && (yes.includes(closing) || no.includes(closing))) return no.includes(closing) ? 'no' : 'yes';
  // "yep did that, still nothing": the yes says the step was done, the rest says what came of it.
  if (y && !n) {
    const rest = t.slice(y.length + 1);
    // In English by the no phrases that report an outcome; in another language by its own words of failure.
    const told = withoutCondition(rest);
    if (no.some((p) => p.includes(' ') && OUTCOME.test(p) && ` ${told} `.includes(` ${p} `))) return 'no';
    // "did all that and nope": what it came to, said last.
    if (ENDS_NO.test(told) || STILL_NOT.test(told)) return 'no';
    if (lex.also && lex.failed.test(compact(rest))) return 'no';
  }
  // "no it's not missing anymore, it showed up": a no that answers the question the other way round, said of a failure
  // that is over. (Not any success after a no: "No, all good" says no to a problem.)
  if (n && !y && normalize(text).search(NO_LONGER_FAILING) >= 0) {
    const rest = t.slice(n.length + 1);
    if (said(rest, lex, (l) => l.worked) && !said(rest, lex, (l) => l.failed)) return 'yes';
  }
  if (y || n) return y ? 'yes' : 'no';
  // A thumbs up or a tick says yes in any language ("tapped authorize 👍"); normalising drops them.
  const up = THUMBS_UP.test(text);
  if (up !== THUMBS_DOWN.test(text)) return up ? 'yes' : 'no';
  const failed = said(t, lex, (l) => l.failed);
  const worked = said(t, lex, (l) => l.worked);
  if (worked && !failed) return 'yes';
  if (failed && !worked) return 'no';
  return undefined;
}

/** A label's own polarity, by its first words: "Yes, it's there", "That fixed it" / "No…", "Still not working". */
const labelPolarities = new Map<string, Polarity | undefined>();

export function labelPolarity(label: string, lex: Lexicon = EN): Polarity | undefined {
  const key = `${lex.code}:${label}`;
  if (labelPolarities.has(key)) return labelPolarities.get(key);
  const polarity = polarityOfLabel(label, lex);
  labelPolarities.set(key, polarity);
  return polarity;
}

function polarityOfLabel(label: string, lex: Lexicon): Polarity | undefined {
  const t = normalize(label);
  if (said(t, lex, (l) => l.unsure) || /^something else/.test(t)) return undefined;
  // A label is short and read whole: "It's my old shop, but…" is judged below as a yes that ends like a no.
  let own = polarityOf(label, lex, false);
  // "I'm stuck here", "It's been linked for over a day": a label that opens with a pronoun and a verb
  // states something; it is not the button a plain "yes" means (unless it moves on, below).
  if (own === 'yes' && /^(i|it|we|you|they) (am|is|are|have|has|can|do|does|did|will|would)\b/.test(t)) own = undefined;
  // "It's my old shop, but I can't log in any more" opens like a yes and ends like a no: neither.
  if (own === 'yes' && said(t, lex, (l) => l.failed)) return undefined;
  if (own) return own;
  // A label that moves on ("Scanned, next", "I'm logged in, next") is what a plain yes means; a question is not.
  if (!label.trim().endsWith('?') && /\b(next|done|fixed|worked|continue|ready)\b/.test(t) && !/\b(not|no|never|can not|didn t)\b/.test(t)) return 'yes';
  return undefined;
}

export interface ChoiceContext {
  /** Facts the message states (already extracted). */
  facts?: Record<string, string>;
  /** Maps a misspelt word to a known one. */
  known?: (word: string) => string;
  lex?: Lexicon;
}

/** `yes-no`: a plain yes or no opens the message; `yes-no-inside`: only words inside it report success or failure. */
export type ChoiceMatch = { index: number; by: 'number' | 'label' | 'synonym' | 'fact' | 'words' | 'yes-no' | 'yes-no-inside' } | { outOfRange: number } | undefined;

/** A pattern that matches nothing: a lexicon without a family of words. */
const NOTHING = /(?!)/;

/** Minimum word score to pick a choice by its words, and the lead it needs over the next choice. */
const MIN_WORDS = 0.5;
const MIN_LEAD = 0.2;

export function choiceFromText(text: string, offered: readonly OfferedChoice[], c: ChoiceContext = {}): ChoiceMatch {
  const lex = c.lex ?? EN;
  const n = numberOf(text, lex);
  if (n !== undefined && n >= 1 && n <= offered.length) return { index: offered[n - 1]!.index, by: 'number' };
  // "32" at the age question is the age a button records, not a button's number.
  const recorded = n !== undefined ? byRecordedFact(offered, c.facts ?? {}) : undefined;
  if (n !== undefined) return recorded !== undefined ? { index: recorded, by: 'fact' } : { outOfRange: n };
  // "four" where the buttons are numbers (a score): the button of that number, as "4" would be.
  const spelled = lex.ordinals?.numbers[foldAccents(text.toLowerCase()).trim()];
  const numbered = spelled !== undefined ? offered.filter((o) => o.label.trim() === String(spelled)) : [];
  if (numbered.length === 1) return { index: numbered[0]!.index, by: 'label' };
  // (Praise said with a "not" is no "not": "not bad, it works now".)
  // ("zero reply", "zero luck": the no of the no family, as the buttons' words put it.)
  const written = withoutPraise(normalize(text));
  const t = lex.noneAs ? written.replace(...lex.noneAs) : written;
  if (!t) return undefined;
  const close = (a: string, b: string) => a === b || (a.length > 6 && distance(a, b) <= Math.floor(a.length / 8) + 1);
  const byLabel = offered.filter((o) => close(normalize(o.label), t));
  if (byLabel.length === 1) return { index: byLabel[0]!.index, by: 'label' };
  // "carry on anyway, the ban got lifted after my appeal": a label of several words said first, then why.
  // So is its first clause ("they wont answer, the agency ghosted us" for "They won't answer, or can't").
  const opening = normalize(text.split(/[.!?\n]/)[0] ?? '');
  const leading = offered.filter((o) => {
    const label = normalize(o.label);
    const first = normalize(o.label.split(',')[0]!);
    const own = !offered.some((other) => other !== o && normalize(other.label).startsWith(first));
    // …or its first clause said as a sentence of its own ("authorized. hope the bag shows up fast" for "Authorized, next").
    return (label.includes(' ') && t.startsWith(`${label} `)) || (o.label.includes(',') && own && (first.split(' ').length >= 3 ? t.startsWith(`${first} `) : opening === first));
  });
  // (Unless what follows states a fact one other button records: "scanned. now it says authorization failed".)
  if (leading.length === 1 && byRecordedFact(offered.filter((o) => o !== leading[0]), c.facts ?? {}) === undefined) return { index: leading[0]!.index, by: 'label' };
  // "same problem", "nope": a whole message of the yes or no family is the one button of its kind, whatever word it
  // shares with another label ("Seller Center is open on this same phone").
  const { yes, no } = families(lex);
  const plain = yes.includes(t) ? 'yes' : no.includes(t) ? 'no' : undefined;
  // (Only where the step asks a yes or no: "broken" at the greeting is weighed as a topic first, below.)
  const ofKind = plain && offered.some((o) => polarityOfChoice(o, lex) === 'yes') ? offered.filter((o) => polarityOfChoice(o, lex) === plain) : [];
  if (ofKind.length === 1) return { index: ofKind[0]!.index, by: 'yes-no' };
  const pointed = pointedAt(t, offered, c);
  if (pointed !== undefined) return { index: pointed, by: 'label' };
  const synonyms = (o: OfferedChoice) => (o.synonyms ?? []).map((s) => normalize(s));
  const whole = offered.filter((o) => synonyms(o).some((s) => close(s, t)));
  if (whole.length === 1) return { index: whole[0]!.index, by: 'synonym' };
  // A synonym of several words said inside a longer text, unless the label's own words say otherwise
  // ("linked, but the bag isn't there" holds "isn't there" of another choice).
  const found = offered.flatMap((o) => synonyms(o).filter((s) => s.includes(' ') && hasAffirmed(t, s, lex)).map((s) => ({ o, s })));
  if (found.length && found.every((f) => f.o === found[0]!.o)) {
    const longest = Math.max(...found.map((f) => f.s.split(' ').length));
    const byWords = longest <= 2 && 2 * longest < t.split(' ').length ? wordsMatch(t, offered, c) : undefined;
    return { index: byWords ?? found[0]!.o.index, by: byWords === undefined ? 'synonym' : 'words' };
  }

  // A one-word synonym inside the text, outside the words that say "not sure" or "something else"
  // ("not sure" holds "no", "maybe not yet" still says "not yet").
  const ways = [(l: Lexicon) => l.unsure, (l: Lexicon) => l.other];
  const rest = ways.reduce((r, family) => without(r, lex, family), t);
  const inside = offered.filter((o) => synonyms(o).some((s) => hasAffirmed(rest, s, lex)));
  if (inside.length === 1) return { index: inside[0]!.index, by: 'synonym' };
  const loose = looseSynonym(text, t, offered, c, c.facts ?? {});
  if (loose !== undefined) return { index: loose, by: 'synonym' };

  // A value a choice records, said alone ("PH" at the country question).
  const byValue = offered.filter((o) => Object.values(o.set ?? {}).some((v) => normalize(v) === t));
  if (byValue.length === 1) return { index: byValue[0]!.index, by: 'fact' };

  // "both tbh, i own a shop and also do affiliate": two buttons at once answer none, unless one offers both.
  if (said(t, lex, (l) => l.both ?? NOTHING) && !offered.some((o) => /\bboth\b/.test(normalize(o.source ?? o.label)))) return undefined;
  // "something different, it says the code expired": the catch-all said in so many words outranks a fact told beside it.
  if (said(t, lex, (l) => l.other)) {
    const other = offered.filter((o) => labelSays(o, lex, (l) => l.other));
    if (other.length === 1) return { index: other[0]!.index, by: 'words' };
  }
  // A fact the message states that exactly one choice records.
  const facts = c.facts ?? {};
  const byFact = recordingAll(offered, facts);
  // (A choice the facts pick by what it is `told` counts beside those that record them: "17 and 300 followers" picks two.)
  const byTold = offered.filter((o) => o.told && tells(o.told, facts) && !byFact.includes(o));
  if (byTold.length === 1 && byFact.length === 0) return { index: byTold[0]!.index, by: 'fact' };
  if (byTold.length > 0 && byFact.length + byTold.length > 1) return undefined;
  if (byFact.length === 1 && byTold.length === 0) {
    // "approved, but no idea about the active part": half of what the button records, and a doubt about the rest, is the "not sure" button.
    const partly = Object.keys(byFact[0]!.set!).some((k) => facts[k] === undefined);
    const doubting = partly && said(t, lex, (l) => l.unsure) ? offered.filter((o) => labelSays(o, lex, (l) => l.unsure)) : [];
    return doubting.length === 1 ? { index: doubting[0]!.index, by: 'words' } : { index: byFact[0]!.index, by: 'fact' };
  }
  // A value the choices record, but none of them this one ("Australia" where the countries end with
  // "Somewhere else"): the one choice that records "other".
  const unlisted = Object.keys(facts).filter((k) => offered.some((o) => o.set?.[k] !== undefined) && !offered.some((o) => o.set?.[k] === facts[k]));
  const elsewhere = offered.filter((o) => unlisted.some((k) => o.set?.[k] === OTHER_VALUE));
  if (elsewhere.length === 1) return { index: elsewhere[0]!.index, by: 'fact' };
  // …or, where none records "other", the one button that says "something else" and records none of them ("it just keeps
  // loading after i scan" where the buttons name two other symptoms).
  const otherwise = unlisted.length ? offered.filter((o) => unlisted.every((k) => o.set?.[k] === undefined) && labelSays(o, lex, (l) => l.other)) : [];
  if (otherwise.length === 1) return { index: otherwise[0]!.index, by: 'fact' };
  // "it says pending review" where the yes button records an approved shop: a fact that says no to the one
  // yes-like button is the one no-like button.
  const denied = offered.filter((o) => Object.entries(o.set ?? {}).some(([k, v]) => facts[k] !== undefined && facts[k] !== v));
  if (denied.length === 1 && polarityOfChoice(denied[0]!, lex) === 'yes') {
    const no = offered.filter((o) => polarityOfChoice(o, lex) === 'no');
    if (no.length === 1) return { index: no[0]!.index, by: 'fact' };
  }

  // "That's plenty, thanks", "I'll look tonight", "there's no such button": the one button that ends the talk, puts it off, or says one is stuck.
  const later = (l: Lexicon) => l.later ?? NOTHING;
  for (const family of [(l: Lexicon) => l.enough ?? NOTHING, later, (l: Lexicon) => l.stuck ?? NOTHING]) {
    if (!said(t, lex, family)) continue;
    const same = offered.filter((o) => labelSays(o, lex, family));
    if (same.length === 1) return { index: same[0]!.index, by: 'words' };
    // "haven't opened it yet, I'll look later" where no button puts it off: no answer yet, whatever "haven't" says.
    if (family === later && same.length === 0 && /\b(i ll|i will|will|gonna|going to|let me|lemme)\b/.test(t)) return undefined;
  }

  // "dunno", "none of those": the one label that says the same, or no button at all.
  for (const family of ways) {
    if (!said(t, lex, family)) continue;
    const same = offered.filter((o) => labelSays(o, lex, family));
    return same.length === 1 ? { index: same[0]!.index, by: 'words' } : undefined;
  }

  const mixed = mixedAnswer(text, offered, lex);
  if (mixed !== undefined) return { index: mixed, by: 'words' };
  const byWords = wordsMatch(t, offered, c);
  if (byWords !== undefined) return { index: byWords, by: 'words' };

  const polarity = polarityOf(text, lex);
  if (polarity) {
    let same = offered.filter((o) => polarityOfChoice(o, lex) === polarity);
    // "Yes" where no label says yes, and all but one say no or offer a way out: the one left.
    if (polarity === 'yes' && same.length === 0) same = offered.filter((o) => polarityOfChoice(o, lex) === undefined && !isWayOut(o.source ?? o.label));
    const { yes, no } = families(lex);
    // A "no" opening the message answers a yes-or-no question; a step with no yes-like choice ("What brings you
    // here?") is not one, so there "I can't scan the code" is weighed as a topic first, like words inside it.
    const question = polarity === 'yes' || offered.some((o) => polarityOfChoice(o, lex) === 'yes');
    const opens = question && ([...yes, ...no].some((p) => startsWithPhrase(t, p)) || CONCLUSION.test(t) || THUMBS_UP.test(text) || THUMBS_DOWN.test(text));
    // "which account should i be logged in on?": words of success inside a question answer nothing; and a "yay"
    // before "how do i start selling?" never presses the button that ends the talk.
    const asking = text.split(/(?<=[.!?,])\s+/).some(isQuestion);
    const ending = same.length === 1 && labelSays(same[0]!, lex, (l) => l.enough ?? NOTHING);
    // "ok let's go through the whole checklist then": an "ok" that only opens, before words of another button that says neither yes nor no.
    const acked = polarity === 'yes' && lex.ack?.exec(t);
    if (acked) {
      // (As wordsMatch reads them: a word the buttons hold is no typo of another.)
      const known = c.known ?? ((w: string) => w);
      const wordsOf = (o: OfferedChoice) => [o.label, ...(o.synonyms ?? [])].flatMap((l) => labelWords(l, lex));
      const own = new Set(offered.flatMap(wordsOf));
      const rest = new Set(labelWords(t.slice(acked[0].length), lex).map((w) => (own.has(w) ? w : known(w))));
      const sharing = offered.filter((o) => wordsOf(o).some((w) => rest.has(w)));
      if (sharing.length === 1 && polarityOfChoice(sharing[0]!, lex) === undefined) return { index: sharing[0]!.index, by: 'words' };
    }
    if (same.length === 1 && (opens || !isQuestion(text)) && !(asking && ending)) return { index: same[0]!.index, by: opens ? 'yes-no' : 'yes-no-inside' };
  }
  // "ok lets continue", "seems the same, go on": the one button that moves on, unless something stops it ("can't continue").
  const onward = (l: Lexicon) => l.onward ?? NOTHING;
  if (said(t, lex, onward) && !said(t, lex, (l) => l.negation)) {
    const same = offered.filter((o) => labelSays(o, lex, onward));
    // (As loose as a yes: what is told after it may still be another problem, "ok i carry on. ah and the qr keeps loading".)
    if (same.length === 1) return { index: same[0]!.index, by: 'yes-no-inside' };
  }
  return undefined;
}

/** A label that grants one thing and denies another: "It says Linked, but the bag icon isn't there". */
const GRANTS_BUT = /^(.+?),? but (.+)$/;

const STILL = /\bstill\b/g;

/** Ticks and crosses, each closing what it says of the words before it ("Linked ✅ bag ❌"). */
const MARKS = /([👍✅👌🙌👎❌])/gu;

/**
 * "linked yes. bag no.", "Linked ✅ bag ❌", "linked, bag not there": a yes to one thing, then a no to another, is the
 * one button that grants the first and denies the second, its words on each side.
 */
function mixedAnswer(text: string, offered: readonly OfferedChoice[], lex: Lexicon): number | undefined {
  const { yes, no } = families(lex);
  const last = (c: string) => normalize(c).split(' ').at(-1) ?? '';
  const says = (c: string): Polarity | undefined => {
    if (THUMBS_UP.test(c) !== THUMBS_DOWN.test(c)) return THUMBS_UP.test(c) ? 'yes' : 'no';
    // (A "still" alone keeps a thing on and denies nothing: "i still log in there to check payouts".)
    const n = normalize(c).replace(STILL, ' ');
    if (said(n, lex, (l) => l.negation)) return 'no';
    if (polarityOf(c, lex, false) === 'yes') return 'yes';
    return yes.includes(last(c)) ? 'yes' : no.includes(last(c)) ? 'no' : undefined;
  };
  const clauses = clausesOf(text.replace(MARKS, '$1.')).map((c) => ({ c, p: says(c) }));
  const granted = clauses.findIndex((x) => x.p === 'yes');
  const denied = clauses.findIndex((x, i) => i > granted && x.p === 'no');
  if (granted < 0 || denied < 0) return undefined;
  // (The words of the things said, not of saying yes or no: "not ours" shares nothing with "I can't log in".)
  const thing = (w: string) => !lex.negation.test(w) && !yes.includes(w) && !no.includes(w);
  const wordsIn = (c: string) => new Set(labelWords(c, lex).filter(thing));
  const grantedWords = wordsIn(clauses.slice(0, denied).map((x) => x.c).join(' '));
  const deniedWords = wordsIn(clauses.slice(denied).map((x) => x.c).join(' '));
  const fitting = offered.filter((o) => {
    const sides = GRANTS_BUT.exec(normalize(o.source ?? o.label));
    return sides && labelWords(sides[1]!, lex).some((w) => thing(w) && grantedWords.has(w)) && labelWords(sides[2]!, lex).some((w) => thing(w) && deniedWords.has(w));
  });
  return fitting.length === 1 ? fitting[0]!.index : undefined;
}

/** "the qr one", "the bag thing", "the one about the bag": a button pointed at by what it says. */
const POINTING = /^(?:the |that |this |its the |it s the )?(.+?) (?:one|option|button|thing|stuff|issue|problem)$|^(?:the )?(?:one|option|button) (?:about|with|for|that says) (?:the )?(.+)$/;

/** The one choice whose label (or a synonym) holds every word the text points with. */
function pointedAt(t: string, offered: readonly OfferedChoice[], c: ChoiceContext): number | undefined {
  const m = POINTING.exec(t);
  if (!m) return undefined;
  const lex = c.lex ?? EN;
  const known = c.known ?? ((w: string) => w);
  const words = labelWords(m[1] ?? m[2]!, lex).map(known);
  if (words.length === 0) return undefined;
  const holding = offered.filter((o) => {
    const own = new Set([o.label, ...(o.synonyms ?? [])].flatMap((l) => labelWords(l, lex)).map(known));
    return words.every((w) => own.has(w));
  });
  return holding.length === 1 ? holding[0]!.index : undefined;
}

/** Whether the facts state every fact of a choice's `told`, each as it wants it. */
function tells(told: Told, facts: Record<string, string>): boolean {
  return Object.entries(told).every(([k, want]) => {
    const have = facts[k];
    if (have === undefined) return false;
    if (typeof want === 'string') return have === want;
    if (Array.isArray(want)) return want.includes(have);
    if ('not' in want) return !want.not.includes(have);
    const n = Number(have);
    return Number.isFinite(n) && ('below' in want ? n < want.below : n >= want['at-least']);
  });
}

/** The choices that record a fact the message states, and nothing it contradicts. */
function recordingAll(offered: readonly OfferedChoice[], facts: Record<string, string>): OfferedChoice[] {
  return offered.filter((o) => o.set && Object.entries(o.set).some(([k, v]) => facts[k] === v) && Object.entries(o.set).every(([k, v]) => facts[k] === undefined || facts[k] === v));
}

/** The one choice that records a fact the message states, if only one does. */
function byRecordedFact(offered: readonly OfferedChoice[], facts: Record<string, string>): number | undefined {
  const found = recordingAll(offered, facts);
  return found.length === 1 ? found[0]!.index : undefined;
}

/**
 * Where a message turns, for a synonym's words to be said together; a comma only lists and a question mark may
 * lead in ("on the laptop, same thing", "my messages? she's ignoring them").
 */
const SYNONYM_CLAUSE = /[;.!\n]+|\s(?:but|because)\s/i;

/**
 * A synonym said in other forms or another order ("they ignore my messages" for "ignoring my messages",
 * "password wrong" for "wrong password"): all its words, folded, in the text, agreeing on "not", within one
 * clause, for one choice only.
 */
function looseSynonym(raw: string, t: string, offered: readonly OfferedChoice[], c: ChoiceContext, stated: Record<string, string>): number | undefined {
  const lex = c.lex ?? EN;
  // Another language's synonyms sit beside the English ones, and its "not" words beside English "not":
  // there only a synonym said as written counts.
  if (lex.also) return undefined;
  const known = c.known ?? ((w: string) => w);
  const negated = (text: string) => said(text, lex, (l) => l.negation);
  // Within one clause: "I already unlinked it, but now … it says authorization failed" is no "unlink fails".
  const clauses = raw.split(SYNONYM_CLAUSE).map((x) => normalize(x)).filter(Boolean);
  const read = (clauses.length ? clauses : [t]).map((x) => ({ given: new Set(labelWords(x, lex).map(known)), negated: negated(x) }));
  const fits = offered.filter(
    (o) =>
      Object.entries(o.set ?? {}).every(([k, v]) => stated[k] === undefined || stated[k] === v) &&
      (o.synonyms ?? []).some((syn) => {
        const s = normalize(syn);
        const words = labelWords(s, lex).map(known);
        return words.length > 0 && read.some((r) => words.every((w) => r.given.has(w)) && negated(s) === r.negated);
      }),
  );
  return fits.length === 1 ? fits[0]!.index : undefined;
}

/** A label that is not an answer to the question but a way out of it: unsure, something else, a person, a question back. */
function isWayOut(label: string): boolean {
  const t = normalize(label);
  // "Accepted, what now?" reports a step done before it asks; "What do I need first?" only asks.
  const asks = label.trim().endsWith('?') && !/^[^,?]+,/.test(label);
  return asks || EN.unsure.test(t) || EN.other.test(t) || /\b(person|someone|human|stuck|later|remind|rather|instead)\b/.test(t);
}

/** A choice's yes or no, read from its English label when it has one: the flows' own words are tuned. */
function polarityOfChoice(o: OfferedChoice, lex: Lexicon): Polarity | undefined {
  return (o.source !== undefined ? labelPolarity(o.source, EN) : undefined) ?? labelPolarity(o.label, lex);
}

const wordsOfLabels = new Map<string, string[]>();
const lightWords = new WeakMap<Lexicon, Set<string>>();

/** A label's words as choices compare them: only the lightest words dropped, computed once per label. */
function labelWords(text: string, lex: Lexicon): string[] {
  const key = `${lex.code}:${text}`;
  let words = wordsOfLabels.get(key);
  if (!words) {
    let light = lightWords.get(lex);
    if (!light) lightWords.set(lex, (light = new Set(lex.light.map((w) => normalize(w) || w))));
    words = tokens(joinCompounds(normalize(text), lex))
      .filter((w) => !light.has(w))
      .map((w) => fold(w, lex));
    if (wordsOfLabels.size > 5000) wordsOfLabels.clear();
    wordsOfLabels.set(key, words);
  }
  return words;
}

/** A normalised text up to the clause that gives a purpose, a reason or a condition ("…so i dont forget"). */
function mainClause(t: string): string {
  // (A question tagged on says no "not" either: "that's the problem isn't it".)
  return t.replace(/\s((so|so that|because|bc|cuz|coz|since|in case) (i|we|you|u|it|they|he|she)|if)\s.*$/, '').replace(TAG_QUESTION, '').replace(NOT_THAT_ONE, '');
}

/** A device set against another ("the tab is on my phone, not a computer"), which says where, not that something failed. */
const NOT_THAT_ONE = /\snot (on )?(a|an|the|my) (computer|laptop|pc|desktop|tablet|ipad|phone|mobile)$/;

/** A question tagged on at the end ("isn't it", "don't you think"), which asks for agreement and denies nothing. */
const TAG_QUESTION = /\s(isn t|is not|aren t|doesn t|don t|wasn t|didn t|won t|right) (it|that|they|there|you|you think)( right)?$/;

/** The choice whose label's words the text carries best, when clearly ahead; words shared by every label count nothing. */
function wordsMatch(t: string, offered: readonly OfferedChoice[], c: ChoiceContext): number | undefined {
  const lex = c.lex ?? EN;
  const known = c.known ?? ((w: string) => w);
  // A choice scores as all its words together or as one way of saying it (its label, a synonym), whichever
  // fits best: a long list of synonyms must not dilute how much of the label a short answer carries.
  const ways = offered.map((o) => [o.label, ...(o.synonyms ?? [])].map((l) => new Set(labelWords(l, lex))));
  const labels = ways.map((sets) => new Set(sets.flatMap((set) => [...set])));
  // A word the step's own buttons hold is no typo of another ("wait" is not "want"): only the rest are mapped.
  const own = new Set(labels.flatMap((words) => [...words]));
  const given = new Set(labelWords(t, lex).map((w) => (own.has(w) ? w : known(w))));
  if (given.size === 0) return undefined;
  // A translated choice mixes its words with the English ones: there they count all together, or as the
  // translation's own words together, so English synonyms added to a flow never dilute a translated label.
  const alone = (i: number) => {
    const o = offered[i]!;
    if (o.source === undefined) return ways[i]!;
    return [new Set([o.label, ...(o.synonyms ?? []).slice(0, o.translated ?? 0)].flatMap((l) => labelWords(l, lex)))];
  };
  const df = new Map<string, number>();
  for (const words of labels) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  const weight = (w: string) => Math.log(1 + offered.length / (df.get(w) ?? 1)) * (df.get(w) === offered.length ? 0 : 1);
  const negated = (text: string) => said(normalize(text), lex, (l) => l.negation);
  // Labels are short, so their question words count ("Why link at all?"): only the lightest words are dropped.
  // Only the main clause's "not" counts: "remind me tomorrow so i dont forget" says no "not" to the button.
  const textNegated = negated(mainClause(t));
  const told = [...given].reduce((sum, w) => sum + (df.has(w) ? weight(w) : Math.log(2)), 0);
  const scores = labels.map((_, i) => {
    // "Scanned" is not "The QR code won't scan": a label and a text that disagree on "not" count half.
    const agree = negated(offered[i]!.source ?? offered[i]!.label) === textNegated ? 1 : 0.5;
    const best = Math.max(
      ...[labels[i]!, ...alone(i)].map((words) => {
        const total = [...words].reduce((sum, w) => sum + weight(w), 0);
        const shared = [...words].filter((w) => given.has(w)).reduce((sum, w) => sum + weight(w), 0);
        // Half how much of the label (or synonym) the text carries, half how much of the text it explains.
        return total && told ? 0.5 * (shared / total) + 0.5 * (shared / told) : 0;
      }),
    );
    return agree * best;
  });
  const ranked = scores.map((score, i) => ({ score, i })).sort((a, b) => b.score - a.score);
  const [first, second] = ranked;
  if (!first || first.score < MIN_WORDS || (second && first.score - second.score < MIN_LEAD)) return byNegation(labels, given, textNegated, negated, offered, c.facts ?? {});
  return offered[first.i]!.index;
}

/**
 * "Yes, no recent warnings" and "There was a recent warning": labels that share their words and differ in
 * "not". A text with those words ("got a strike last week") is the one label that agrees with it on "not".
 */
function byNegation(labels: Set<string>[], given: Set<string>, textNegated: boolean, negated: (t: string) => boolean, offered: readonly OfferedChoice[], facts: Record<string, string>): number | undefined {
  // A button that records something the message contradicts is out ("active but pending" is not "active and approved").
  const fits = (o: OfferedChoice) => Object.entries(o.set ?? {}).every(([k, v]) => facts[k] === undefined || facts[k] === v);
  const sharing = labels.flatMap((words, i) => ([...words].some((w) => given.has(w)) ? [i] : []));
  if (!sharing.every((i) => fits(offered[i]!))) return undefined;
  if (sharing.length !== 2) return undefined;
  // Only where the text's words are in both labels alike: then "not" is all that tells them apart.
  const [a, b] = sharing.map((i) => [...labels[i]!].filter((w) => given.has(w)).sort().join(' '));
  if (a !== b) return undefined;
  const agreeing = sharing.filter((i) => negated(offered[i]!.source ?? offered[i]!.label) === textNegated);
  return agreeing.length === 1 ? offered[agreeing[0]!]!.index : undefined;
}
