// The shape of what a language brings to understanding: its words (filler, synonyms, yes/no, commands,
// person requests, frustration) and its cues (patterns for commands, topics and facts). One file per language.
import type { Language } from '../i18n/languages.ts';
import { compact, foldAccents } from './text.ts';

export type Command = 'restart' | 'back' | 'help' | 'human' | 'greet' | 'cancel' | 'forget' | 'thanks';

/** Topics next to linking that this bot does not handle. */
export const TOPICS = ['payouts', 'refunds', 'orders', 'listings', 'fees', 'ads', 'violations', 'other-platforms', 'shop-settings'] as const;
export type Topic = (typeof TOPICS)[number];

/** A yes and a no pattern for a fact whose value is yes or no ("the shop is approved" / "still pending"). */
export interface YesNoCue {
  no: RegExp;
  yes: RegExp;
  /** Access one had and lost (a forgotten password, a dead email): then it was one's own. */
  lost?: RegExp;
}

/**
 * How a language states the facts slot filling looks for. Patterns run over normalised text with Thai
 * words closed up again (see `compact`), so write them as people type, without accents.
 */
export interface FactWords {
  /** Words of linking: a time said near them is how long ago the account was linked. */
  link: RegExp;
  /** A link said not to be there ("still shows 'Not linked' after 5 min"): a time beside it is no time since linking. */
  notLinked?: RegExp;
  /**
   * A time said of something else than the linking ("the shop got approved yesterday", "a strike last month"):
   * left out when reading how long ago the account was linked.
   */
  elsewhen?: RegExp;
  /** The shop's icon said to be missing ("3 days and still no bag"): a time said there counts from linking too. */
  iconMissing?: RegExp;
  /** The bag said to be there: a time since linking beside it is no missing bag's. */
  iconShown?: RegExp;
  /** A number with its unit: the number (digits or a number word) in group 1, the unit in group 2. */
  durations: readonly RegExp[];
  /** Words just before a duration that put the time just short of it ("less than", "not even"). */
  under?: RegExp;
  /** Number words ("a", "dos", "dua", "hai", "สอง") → the number. */
  numbers: Record<string, number>;
  /** Unit word → hours. */
  units: readonly (readonly [RegExp, number])[];
  /** Times said without a number ("yesterday", "ayer", "kemarin", "hôm qua", "เมื่อวาน") → hours ago, first match wins. */
  when: readonly (readonly [RegExp, number])[];
  /** Words of the QR step: a symptom is read only next to them. */
  qr: RegExp;
  /** QR symptom value → its pattern, in order: the first that matches is the symptom. */
  symptoms: readonly (readonly [string, RegExp])[];
  /** A QR code of something else than linking (a shipping label's, a payment's): its trouble is no symptom of linking. */
  otherQr?: RegExp;
  /** Words that introduce a quoted error ("it says:", "dice:"), and words that make the rest an error. */
  errorLead: RegExp;
  errorWords: RegExp;
  /** Words about the shop's status: approval and activity are read only next to them. */
  shop: RegExp;
  approved: YesNoCue;
  active: YesNoCue;
  /** Words about the other shop the account is linked to. */
  otherShop: RegExp;
  /** Who holds the other shop → pattern, first match wins. */
  holders: readonly (readonly [string, RegExp])[];
  /**
   * Something said to be held or stuck elsewhere, or to fail ("still", "unlinked", "their shop", "won't link"): without it, a holder
   * named is only the story ("the agency handled it last time, walk me through it"), no sign of the already-linked tree.
   */
  heldElsewhere?: RegExp;
  /** Whether the user can get into the other shop. */
  access: YesNoCue;
  /** Role → pattern, first match wins; a role whose `unless` matches is not read. */
  roles: readonly { role: string; cue: RegExp; unless?: RegExp }[];
  /** A person's own age ("I'm 16", "tengo 17 años", "em 22 tuổi"): the number in the first group that matched. */
  age: readonly RegExp[];
  /** Market code → the names people give it. */
  markets: readonly (readonly [RegExp, string])[];
  /** A follower count: the number in group 1, its multiplier word (if any) in group 2; first match wins. */
  followers: readonly RegExp[];
  /** Multiplier word → factor ("k" → 1000, "rb" → 1000, "triệu" → 1,000,000). */
  multipliers: Record<string, number>;
  /**
   * Things said to be fine ("our shop is already approved", "the bag is showing"): they tell where the person
   * stands, not what they ask, so routing leaves them out, as it leaves out their market.
   */
  settled?: readonly RegExp[];
}

export interface Lexicon {
  code: Language;
  /** Words that carry no topic ("the", "please", "hi"). */
  filler: readonly string[];
  /** Word (as typed, or already stemmed) → the word it means here ("store" → "shop", "tienda" → "shop"). */
  synonyms: Record<string, string>;
  /** Phrases of several words that mean one word ("cửa hàng" → "shop", "ร้านค้า" → "shop"), as typed. */
  compounds: Record<string, string>;
  /** Folds a word's endings so its forms meet ("scanning" → "scan", "vinculada" → "vincul"). */
  stem: (word: string) => string;
  /** Whole messages that are a command, after normalisation. */
  commands: Record<Command, readonly string[]>;
  /** Words and phrases that answer yes, or report that something worked. */
  yes: readonly string[];
  /** Words and phrases that answer no, or report that something still fails. */
  no: readonly string[];
  /** A word that says none ("zero reply", "zero luck"), and the no it stands for in the no family's words. */
  noneAs?: readonly [RegExp, string];
  /** Who people ask for when they want a person. */
  personNouns: readonly string[];
  /** Verbs of asking for someone ("talk", "get", "need"). */
  personVerbs: readonly string[];
  /** Messages that give up on the bot: a person is the kind answer. */
  frustration: readonly string[];
  /** Words too light to tell two button labels apart. */
  light: readonly string[];
  /** Words these cues must not read as English ("ban" is Vietnamese "you" or "sell", never a ban). */
  falseFriends: readonly string[];

  /**
   * Commands said in a sentence of one's own ("back pls i clicked the wrong one", "erase my info"), over
   * normalised text. Each cue needs its command's own words, so topic questions never match.
   */
  cues: readonly (readonly [Command, RegExp, 'any-length'?])[];
  /** Courtesy before and after a command that does not change it ("ok, start over please"). */
  courtesy: { before: RegExp; after: RegExp };
  /** Words that only ever mean a person ("live agent", "not a bot"), in a message of up to 30 words. */
  personWords: RegExp;
  /** Words that mean a person in a short message (up to 12 words) only: "human" ("prove I am a human" is not a request). */
  personShort: RegExp;
  /** A person word that is about someone else ("someone else linked it"), not a request. */
  notPerson: RegExp;
  /**
   * A person spoken of without being asked for: declined ("I don't need a person"), asked whether one is needed
   * ("do I have to contact support to unlink…").
   */
  personDeclined?: RegExp;
  /**
   * A person demanded in a statement of one's own, not asked whether one exists ("I need to speak with someone about my
   * payouts", "connect me with a live agent for ads billing"): the topic it names is what to tell them.
   */
  personDemanded?: RegExp;
  /** A person asked to look at one's own thing ("can a real person look at my ads account?"): a request for them, whatever the thing's topic. */
  personActs?: RegExp;
  /** Words that turn a statement around. */
  negation: RegExp;
  /** After a yes word, words that turn it into a no ("it does not", "ya no"). */
  negatedYes: RegExp;
  /** Words inside a message that report success, and failure. */
  worked: RegExp;
  failed: RegExp;
  /** "I don't know", "not sure": neither yes nor no. */
  unsure: RegExp;
  /** Asking what the question means ("what does that mean"): no answer, and no doubt about one either. */
  clarify?: RegExp;
  /**
   * Words that ask for help and name nothing (`asks`: "need assistance regarding", "a few questions about",
   * "where do I begin"), and words that may stand beside them (`beside`: "quick", "new"): a first message with
   * one of the first, a word of linking, and beside them only these and linking's own words asks about linking
   * at large, which the menu sorts out.
   */
  atLarge?: { asks: string; beside: string };
  /** A button named by its place in words, the whole message ("the 2nd", "the fourth one"): the pattern, its word → number. */
  ordinals?: { pattern: RegExp; numbers: Record<string, number> };
  /** "Both tbh, i own a shop and also do affiliate": two of the buttons at once, which answers none of them. */
  both?: RegExp;
  /** "Go on", "let's continue", "next": the one button that moves on ("Next tip", "Looks fine, carry on"). */
  onward?: RegExp;
  /** A bare acknowledgment opening a message ("ok", "alright"): it hears what was said, and picks no button by itself. */
  ack?: RegExp;
  /** "None of those", "something else": the catch-all choice. */
  other: RegExp;
  /** Asking to have a penalty lifted, or about the penalty itself ("how do I appeal", "how long does the strike last"): a violations question, whatever it says about linking. */
  appeal?: RegExp;
  /** "Payouts are fine", "that's a separate thing": a sentence that sets a topic aside as no part of the question. */
  settled?: RegExp;
  /** Words that point back at something told before ("it", "that", "they"): a question holding one asks about what was told. */
  pointing?: RegExp;
  /** "Maybe bc of open orders?": a cause guessed at in passing, which asks nothing about its topic, question mark or not. */
  guessed?: RegExp;
  /** "Tonight", "when I get home": the button that puts it off ("I'll check later"). */
  later?: RegExp;
  /** "That's plenty", "I'm good": the button that ends the tips or the talk ("That's enough for now", "All done"). */
  enough?: RegExp;
  /** "I don't see that button", "there's no such tab": the button that says one is stuck ("I'm stuck here", "I can't find it"). */
  stuck?: RegExp;
  /**
   * A message that opens by turning from the question to something else ("forget that, …", "different thing:
   * …", "btw …"): what follows is read as a first message, not as an answer.
   */
  switches?: RegExp;
  /**
   * An answer taken back in the same message ("yes it went through... no wait, same error again", "the first one, sorry I
   * mean the second"): what follows it is the answer. Matched against the text as typed, lowercased.
   */
  corrects?: RegExp;
  /** What an answer of emoji alone says, in the language's words ("👍" → "yes"): read as if typed. */
  emoji?: readonly (readonly [RegExp, string])[];
  /** A thing denied first, before the answer ("not the agency, it's my ex"): what follows it is the answer. */
  deniedFirst?: RegExp;
  /** A first message's sentence that turns from the story told to what is asked ("anyway, …", "my question is …"). */
  turnsTo?: RegExp;
  /** The button numbers people type: "option 2", "opción 2", "số 2", "ข้อ 2" (the number in group 1). */
  number: RegExp;
  /** Each out-of-scope topic's cues: any one places a message in the topic. */
  topics: Partial<Record<Topic, readonly RegExp[]>>;
  /**
   * Each out-of-scope topic's words, one by one ("payout", "refund", "courier"): a message whose words are
   * more of a topic's than of linking is about that topic, however it is phrased.
   */
  topicWords?: Partial<Record<Topic, readonly string[]>>;
  facts: FactWords;
  /**
   * How a question is put, when its words fit no flow clearly: "how do I connect X to my shop" asks for the
   * linking steps, "can I still link if…" asks the checklist. A shape counts only in a message that names no
   * problem (`problem`); the flow goes by the role the message states when the shape names one per role.
   */
  shapes?: {
    problem: RegExp;
    /** Not knowing where or how ("can't find where", "never done this before"): a how-to question, no problem named. */
    lost?: RegExp;
    asks: readonly { flow: string; step?: string; cue: RegExp; role?: string }[];
    /**
     * Shapes that outrank the flow a message's words fit: "what's the minimum to get TikTok Shop as a creator"
     * has the creator steps' words but asks the checklist's question. Read in problems too. `step` names the step of
     * the flow the shape asks for, when it is not the start ("why would i link at all" → the menu's "why").
     */
    over?: readonly { flow: string; step?: string; from: readonly string[]; cue: RegExp; unless?: RegExp; role?: string }[];
    /**
     * Flows a message reaches only when it says this: the missing-icon tree needs something said to be absent
     * ("so it shows on my profile" asks how to get there, "it doesn't show" is the failure). In this language only.
     * Saying it also names the flow beside another topic's clause, unless `names: false` (a word the flow only
     * needs, like the QR code's, which a topic's own question may hold: "the app keeps failing authorization").
     * `unless` keeps the flow away where it matches, but a fact the flow asks about, stated, outweighs it (a QR code
     * "on my own phone screen" is the QR tree's problem, however the question is put).
     */
    needs?: readonly { flow: string; cue: RegExp; unless?: RegExp; names?: false }[];
  };

  /** English words of the flows another language's stemmer leaves alone ("seller" is not "sell", "center" not "cent"). */
  keep?: readonly string[];
  /** The shortest word a typo is looked for in (short words of some languages are all near each other). */
  typoMinLength: number;
  /** English, read after this language with its false friends masked: people mix in English words. */
  also?: Lexicon;
}

/** A pattern written with accents, as it reads over normalised text (which has none): Vietnamese stays legible. */
export function folded(re: RegExp): RegExp {
  return new RegExp(foldAccents(re.source), re.flags);
}

/** Leaves out of a text the words another language's cues would misread. */
export function withoutFalseFriends(t: string, words: readonly string[]): string {
  if (words.length === 0) return t;
  const set = new Set(words.map(foldAccents));
  return t
    .split(' ')
    .map((w) => (set.has(w) ? '_' : w))
    .join(' ');
}

/** The lexicons that read a text's cues, with the text each reads: the language's own, then English. */
export function layers(lex: Lexicon, t: string): { lex: Lexicon; t: string }[] {
  return lex.also ? [{ lex, t }, { lex: lex.also, t: withoutFalseFriends(t, lex.falseFriends) }] : [{ lex, t }];
}

/** Whether a normalised text says what a cue matches, in the conversation's language or in English beside it. */
export function said(t: string, lex: Lexicon, cue: (l: Lexicon) => RegExp | undefined): boolean {
  return layers(lex, compact(t)).some((layer) => cue(layer.lex)?.test(layer.t) ?? false);
}

/**
 * A language's lexicon with English beside it: word lists joined (the language's synonyms win), words
 * folded by both stemmers, and English kept as `also` for its cues.
 */
export function withEnglish(own: Lexicon, en: Lexicon): Lexicon {
  if (own.code === en.code) return own;
  const kept = new Set([...(en.keep ?? []), ...Object.values(en.synonyms)].map(en.stem));
  const commands = { ...own.commands };
  for (const c of Object.keys(commands) as Command[]) commands[c] = [...own.commands[c], ...en.commands[c]];
  return {
    ...own,
    filler: [...own.filler, ...en.filler],
    synonyms: { ...en.synonyms, ...own.synonyms },
    compounds: { ...en.compounds, ...own.compounds },
    stem: (w) => {
      const e = en.stem(w);
      return kept.has(e) ? e : own.stem(e);
    },
    commands,
    yes: [...own.yes, ...en.yes],
    no: [...own.no, ...en.no],
    noneAs: own.noneAs ?? en.noneAs,
    personNouns: [...own.personNouns, ...en.personNouns],
    personVerbs: [...own.personVerbs, ...en.personVerbs],
    frustration: [...own.frustration, ...en.frustration],
    light: [...own.light, ...en.light],
    also: en,
  };
}
