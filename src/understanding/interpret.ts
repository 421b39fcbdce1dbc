// The one place that reads people's words. interpret(text, where the conversation is) → one Intent:
// a command, choice i of the current step, the answer to its question, a flow (and step) to go to, an
// out-of-scope topic, or unsure — each with the facts the text states. Pure: no store, no platform.
// A message is read in the conversation's language and in English beside it (people mix the two), and one that
// reading cannot place, in the language it is typed in.
import { matchesWhen, type CompiledFlows } from '../flow/compile.ts';
import { languageOfText } from '../i18n/detect.ts';
import { SOURCE_LANGUAGE, type Language } from '../i18n/languages.ts';
import type { StepKey } from '../flow/check.ts';
import type { Step } from '../flow/schema.ts';
import { marketsOffered } from '../flow/markets.ts';
import { SYSTEM_FLOW } from '../flow/system.ts';
import { choiceKeyOf } from '../flow/translation.ts';
import { asksForPerson, commandOf, exactCommandOf, isFrustrated, withoutDeclined, type Command } from './commands.ts';
import { choiceFromText, CONCEDING, endingChoice, isUnsure, labelPolarity, polarityOf, withoutCondition, type OfferedChoice } from './choices.ts';
import { extractFacts, type Facts } from './facts.ts';
import { layers, said, type Lexicon } from './lexicon.ts';
import { labelOf, readingOf, shippedModel, type LearnedModel, type LearnedReading } from './learned.ts';
import { lexiconFor } from './lexicons/by-language.ts';
import { reshapedOf, reshapedTo, shapedLike, shapedTo, shapeOf } from './shapes.ts';
import { CLOSE_FIT, MIN_MARGIN, MIN_SCORE, Router, type Route } from './router.ts';
import { appeals, MORE_ACCOUNTS_FLOW, topicByWords, topicOf, topicWordCount, unsettled, withoutTopics, type Topic } from './scope.ts';
import { clausesOf, compact, isQuestion, markedSentencesOf, normalize, sentencesOf, tokens } from './text.ts';
import { contentWords, fold } from './words.ts';

/** What a message means, before the facts it states are attached. */
export type Meaning =
  | { kind: 'command'; command: Command }
  | { kind: 'choice'; index: number }
  | { kind: 'answer'; text: string }
  | { kind: 'route'; flow: string; step?: string }
  | { kind: 'out-of-scope'; topic: Topic }
  /** `out-of-range`: a number that no button has. */
  | { kind: 'unsure'; why?: 'out-of-range' };

export type Intent = Meaning & { facts: Facts };

/** Where the conversation is when the text arrives. */
export interface Situation {
  /** The step the user is on; undefined for a first message. */
  step?: StepKey;
  /** What is known so far (guards decide which choices are offered). */
  facts?: Record<string, string>;
  language?: Language;
}

/** A button that hands over to a person. */
const PERSON_LABEL = /\b(person|human|support team|agent)\b|\bsomeone\b(?! else)/i;

/** Whether a button's (English) label hands over to a person: asking for one at that step presses it. */
export function isPersonButton(label: string): boolean {
  return PERSON_LABEL.test(label);
}

/**
 * Facts that describe a problem rather than a person: when a message states one and the words alone
 * are not enough, the one flow that asks it is where the message belongs.
 */
const PROBLEM_FACTS = ['qr-symptom', 'linked-ago', 'other-shop-holder', 'other-shop-access'];
/** Whether two regions go together, asked of linking ("will linking work", "is that a problem", "will it still link"). */
const REGIONS_ASKED = /\b(problem|issue|matter|ok|okay|fine|mess\w*|affect\w*|allowed|a thing)\b|\b(will|would|does|can|could)\b(\s\w+){0,8}\s(link\w*|connect\w*|work)\b/;
/** Two shops, or an account moved between them: the already-linked tree's matter, whatever their regions. */
const TWO_SHOPS = /\b(two|2|both|second|another|other|new|old|previous) (\w+ )?(shops|stores|shop|store)\b|\bshops\b|\b(already|bound|tied|hooked|move|moved|moving)\b/;

/** The flows that walk through linking, and the checklist that says who may link at all. */
const LINKING_STEPS = ['seller-link', 'creator-link'];
/** Facts about the user themselves, which a button records only when they say so. */
const PERSONAL_FACTS = ['age', 'market'];
/** The linking steps for each role a message may state. */
const STEPS_FOR_ROLE: Record<string, string> = { seller: 'seller-link', creator: 'creator-link' };
/** The linking steps of the person's role, a shop owner's when none is said. */
const stepsForRole = (facts: Facts): string => STEPS_FOR_ROLE[facts.role ?? ''] ?? STEPS_FOR_ROLE.seller!;
const CHECKLIST = 'preflight';

/** Words of a topic next to linking that outweigh a button picked by its label's words. */
const ASIDE_WORDS = 2;
/** Where a message's clauses part: sentence ends, commas and brackets, and the joints of two things told at once. */
const CLAUSE = /[.?!;:,()\n✅\p{Extended_Pictographic}]+|\s(?:but|because|bc|cuz|coz|cos|since|though|although|also|plus|and also|so|so that|so i can|so we can|before|while|is it because|is it bc)\s/iu;
/** Linking named as a subject ("for linking", "linking accounts"), not a link sent ("my nephew sent me the link"). */
const LINKING_NAMED = /\blinking\b|\b(link|connect)\w* (\w+ ){0,2}(tiktok|tt|accounts?|acc|accs|shops?|stores?)\b/;
/** A question asking how to do something, or where; or saying what one wants to do. */
/** Linking said not done yet ("wait i haven't even linked yet", "seller center shows no linked account at all"); NOT_LINKED is a screen's status. */
const NOT_LINKED_YET = /\b((have not|haven t|havent|has not|hasn t|not|never|didn t|did not)( even| actually| yet)? (linked|connected)( \w+){0,3} yet|(have not|haven t|havent|has not|hasn t|didn t|did not|never) (even |actually )?(linked|connected|done the link\w*)|no (linked|connected) (account|tiktok|tiktok account)s?)\b/;
const HOW_TO = /\b(how (do|can|should|would) (i|we|you|u)|how to|where (do|can) (i|we)|what are the steps|walk me through|show me how|(want|wanna|need|trying|try|like)( to)? (link|connect|hook|attach|add|put))\b/;
/** A how-to whose object is only a pointer at what was told before it: "how do we contest it", "how do i do that". */
const POINTER_HOW_TO = /\b(how (do|can|should|would) (i|we|you|u)|how to|where (do|can) (i|we))( \w+){0,2} (it|that|this|them|those)$/;
/** Mid-flow, a message this short leaves the step only for a flow one of whose phrases fits it closely ("says under review" answers). */
const SHORT_ANSWER = 5;
/** Words from which a first message is long enough for its questions to be routed on their own. */
const LONG_MESSAGE = 20;
/** The flow of a shop icon missing from the profile. */
const ICON_FLOW = 'missing-icon';

/** The tips for selling once linked. */
const AFTER_LINK_FLOW = 'after-link';
/** Linking said done in the first person or as done ("i linked it to my shop", "relinked", "the link is done"). */
const LINK_DONE = /\b(i|we|i ve|we ve|just|then|and) (re)?(linked|connected)\b(?! (to|with) (another|a different|the wrong|someone))|\brelinked\b|\blink(ing)? (is |was )?(done|complete|finished|successful)\b/;
/** A way to the bag asked for, or the bag said broken rather than absent. */
const NOT_ABSENT = /\b(how|steps?|not working|doesn t work|does not work|broken|qr)\b/;
/** A how-to or the steps asked for, a shop of one's own, or an account linked already: no longer linking at large. */
const AT_LARGE_NOT = /\b(how|steps?|linked|connected)\b|\b(my|our|have( a| an| us| uk)?) (own |new )?(shop|store)s?\b/;
/** Linking's own words, which name no more than linking itself. */
const LINKING_OWN = ['link', 'account', 'shop', 'up', 'set'];
/** A clause that opens by saying linking was done ("linked the official account"); not linked elsewhere ("linked to another shop"). */
const LINKED_OPENING = /^(already |just |finally |successfully )?(re)?(linked|connected)\b(?! (to|with|in|into|on) )/;
/** The bag gone from where it was: "the shop tab just disappeared this week". */
const BAG_WENT_AWAY = /\b(bag|basket|cart|icon|shop tab|store tab|shop button|storefront)s? (\w+ ){0,3}(disappeared|vanished|went away|is gone|s gone|got removed)\b/;
/** The link said to be there ("even tho its linked"): an absence beside it is the bag's, as after a time since linking. */
const SAID_LINKED = /\b(it s|its|it is|is|s|already|now|been|got|was|successfully|shows|says) (\w+ )?(linked|connected)\b(?! (to|with) )/;
/** A sentence that adds a thing beside what came before ("also…", "btw…"). */
const SIDE_NOTE = /^(also|btw|by the way|and also|plus|oh and|p s|ps|side note|unrelated)\b/;
/** A short question of what a thing is: "whats seller center", "what is a marketing account". */
const WHAT_IS = /^(what is mean|what s mean|what means|what mean|(what is )?(the )?meaning of|what does|what do|what s|whats|what is|what are|wat is|wats) (a |an |the )?(?<thing>(\w+ ?){1,3}?)( mean)?$/;
/** Asking who handles something ("who do I contact?", "someone who deals with returns"): beside a topic, who handles it. */
const WHO = /^(so |and |but |ok )?who\b|\b(who|that) (deals?|handles?|works? (on|in|with)|knows? about|is in charge of|takes care of)\b/;
/** Asking whether one may: "can a 17 yr old link…", "is it allowed to sell at 16". */
const MAY = /\b(can|could|may) (\w+ ){0,4}(link|connect|sell|open|join|have|use|do)\b|\b(is it|am i|are we|are (minors|teens|kids)) (\w+ )?(allowed|possible|ok|okay)\b/;
/** A question about keeping stock, products or prices in step ("the stock isnt synced"): no question about linking an account. */
const STOCK_SYNC = /\b(stock|inventory|products?|orders?|prices?|listings?|catalog\w*)\b.*\bsync\w*|\bsync\w* (\w+ ){0,2}(stock|inventory|products?|orders?|prices?|listings?|catalog\w*)\b/;
/** A question about a thing named before it ("can i just bring it here", "does that work"). */
const ASKS_ABOUT_IT = /\b(bring|move|transfer|connect|sync|link|use|import) (it|them|that|those|this)\b|\b(does|will|would|can) (it|that|this|they) (work|connect|sync|transfer|move)\b/;
/** A request about a thing named before it ("review it", "look at that"). */
const POINTS_AT_IT = /\b(review|check|look at|look into|handle|fix|sort|see|explain)( out)? (it|this|that|them)\b/;
/** A clause that points back at things named before it ("those shops", "them"). */
const POINTS_BACK = /\b(those|these|both|either)( (shops|stores|platforms|sites|apps|accounts|ones))?\b|\b(can|does|will|would) (it|they|that|this) (link|connect|sync|hook|attach)\w*\b|\b(link|connect|sync|hook|attach)\w* (it|them|those|these|(that|this) (store|shop|platform|site))\b|\b(link|connect|sync|hook|attach|import|move|transfer)\w* (all )?(the |my |our |that |this )?(same )?(products|items|listings|catalog\w*|inventory|stock)\b/;
/** Words of the step's own text a message must repeat to be heard as about that step. */
const ECHO = 2;
/** The longest opening that turns away ("wait actually forget the icon,"), cut off before the rest is read. */
const TURN_WORDS = 5;
/** Words past which a message opening with yes or no may be about something else. */
const LONG_ANSWER = 6;
/** A sentence that says what one wants ("i just want my main tiktok connected to my store"). */
const WANTED = /\b(i|we) (just |only |really |simply )?(want|need|wanna|would like|d like)\b/;
/** A question between a seller's way and a creator's ("do i link like a seller or like an affiliate?"). */
const EITHER_ROLE = /\b(seller|shop owner|business|brand|official)\b.*\bor\b.*\b(affiliate|creator|influencer)\b|\b(affiliate|creator|influencer)\b.*\bor\b.*\b(seller|shop owner|business|brand)\b/;
/** The fewest words left after a person turned down for them to be read as the answer ("no need for anyone, thx" leaves none). */
const MIN_ANSWER_LEFT = 2;
/** A yes or no this short after turning from the question says no more than yes or no. */
const BARE_WORDS = 3;
/** An account beside one's main one: what it is for is asked, not who one is ("my alt account … for ads"). */
const ANOTHER_ACCOUNT = /\b(alt|alternate|second|2nd|backup|extra|spare|other|another) (tiktok |tt )?(account|acc|acct|tiktok|profile|page)s?\b/;

/** The fewest words (as the router reads them) of a clause that names another tree's problem mid-flow. */
const PROBLEM_WORDS = 4;

/** An answer that only acknowledges, with nothing of its own. */
const BARE_ACK = /^(ok|okay|k|kk|done|all done|got it|noted|cool|alright|not now|maybe later|later|thanks|thx|ty|ok thanks|ok done|sure|next)$/;

/** The most words of a short answer after which a message may move on to another topic. */
const MOVED_ON_AFTER = 4;

/** A message that opens with a plain yes or no answers the question asked. */
const PLAIN_ANSWER = /^(yes|yeah|yep|yup|ya|no|nope|nah|not yet)\b/;
/** Something the screen says now that it did not before ("…and now it even says…"). */
const NEW_REPORT = /\b(now|then|suddenly)( it| the app| tiktok| seller cent(er|re)| the screen)?( even| also| just)? (says?|shows?|said|showed|saying|showing|pops up|popped up)\b/;
/** A problem said to be the one that matters, after a plain answer ("yes im 30 but honestly my real issue is the qr code"). */
const REAL_ISSUE = /\b(real|actual|main|bigger|other) (issue|problem|question|headache)\b/;
/** A clause that guesses rather than reports ("i think the scan failed", "maybe it expired"). */
const HEDGED = /^(i think|i guess|i suppose|i believe|maybe|probably|perhaps|possibly|must be|might be|could be)\b/;
/** Linking as the goal of what is asked ("what's next to get it connected to my tiktok"). */
const LINK_AS_GOAL = /\b((to|and) (get|have|make)|(next|next thing|next step|now) (is|would be|s) (getting|to get|having|making)) (it|them|this|that|(my|our|the) \w+)( \w+)? (connected|linked|hooked up|attached)\b/;
/** The link said wanted now ("now connect my tiktok how", "just need the official account linked now"). */
const LINK_WANTED = /\bnow (link|connect|hook|attach|bind)\w*\b|\bneed (\w+ ){0,4}(linked|connected|hooked up|attached)\b|\b(link|connect)\w* (\w+ ){0,4}how$/;
/** What the checklist weighs, asked: "do i need a business account", "am i eligible", "before linking". */
const CHECKLIST_ASKED = /\b(do|does|would|will) (i|we|it|my|our) (\w+ )?(need|have to|require)\b|\b(eligib\w*|requirements?|required|qualif\w*|allowed|before)\b/;
/** A story that ends on its answer ("…but i unlinked it last month so no"): the answer, whatever the story names. */
const CONCLUDED = /\bso (yes|yeah|yep|no|nope|nah|not yet)$/;

/** Whether a message names another thing's QR code ("the QR on my shipping label", "the payment QR at checkout"). */
const othersQrCode = (text: string, lex: Lexicon): boolean => said(normalize(text), lex, (l) => l.facts.otherQr);

/** The app, plugin or connector of the platform a message names beside linking ("the app authorization keeps failing"). */
const THEIR_APP = /\b(the|this|that|their|its) (app|apps|plugin|plug in|integration|connector|extension|sync)\b/;

/** A problem denied or hoped away, at the start of its clause. */
const NO_PROBLEM = /^(\w+ )?((hopefully |and )?(no|without|zero)( more| further| an?| any)? (\w+ ){0,2}(error|errors|issue|issues|problem|problems|drama|failure|failures|fail|failed)\b|if\b|in case\b|unless\b|hopefully\b)/;

/** What the screen said, reported. */
const REPORTED = /\b(says?|said|saying|shows?|showed|showing|error|message|popup|pop up)\b/;

/** A link said not to be there yet. */
const NOT_LINKED = /\b(not|never|doesn t|does not|didn t|did not|isn t|is not|hasn t|has not|won t|don t) (\w+ ){0,2}(shows?|says?|said|showing|saying|get|got|gets)? ?(as |to )?linked\b/;

/** A yes of a word or three ("ok", "linked!") that acknowledges the step, then turns to a question of its own. */
const ACKNOWLEDGED = /^(\w+ ){0,2}\w+ (and|so|but|also|then|btw|now|while (i |we )?(wait|waiting))( \w+)?? (?<question>(how|when|what|where|why|which|who|can|could|do|does|is|are|will|should)\b.*)$/;

/** Going where a route leads: to its flow, and to the step it names, if any. */
function toRoute(route: { flow: string; step?: string }): Meaning {
  return { kind: 'route', flow: route.flow, ...(route.step ? { step: route.step } : {}) };
}

/** Whether a route found leads out of `current`, fitting at least loosely (one found by a shape or a fact has no score). */
function leadsAway<R extends { flow: string; score?: number }>(route: R | undefined, current: string): route is R {
  return route !== undefined && route.flow !== current && (route.score === undefined || route.score >= MIN_SCORE);
}

/** The one fact that two or more of a step's buttons record, if there is one. */
function recordedBy(choices: Step['choices']): string | undefined {
  const counts = new Map<string, number>();
  const values = new Map<string, Set<string>>();
  for (const c of choices ?? []) {
    for (const [k, v] of Object.entries(c.set ?? {})) {
      counts.set(k, (counts.get(k) ?? 0) + 1);
      values.set(k, (values.get(k) ?? new Set()).add(v));
    }
  }
  // (A fact every button records alike, "link-attempt: official", tells the buttons apart no more than none.)
  const shared = [...counts].filter(([k, n]) => n >= 2 && values.get(k)!.size > 1).map(([k]) => k);
  if (shared.length > 0) return shared.length === 1 ? shared[0] : undefined;
  // One button recording a fact the others leave unsaid ("It's been linked for over a day" beside the reminders) asks it too:
  // "over a week" there is that fact, said alone.
  const single = [...counts].filter(([, n]) => n === 1).map(([k]) => k);
  return single.length === 1 ? single[0] : undefined;
}

const built = new WeakMap<CompiledFlows, Understanding>();

/** The bag said absent and not said shown, in a normalised text. */
function bagSaidAbsent(t: string, lex: Lexicon): boolean {
  return said(t, lex, (l) => l.facts.iconMissing) && !said(t, lex, (l) => l.facts.iconShown);
}

const atLargeCache = new WeakMap<Lexicon, { asks: Set<string>; beside: Set<string>; own: Set<string> }>();

/** A lexicon's words of linking asked about at large, folded as message words are, worked out once per lexicon. */
function atLargeWords(lex: Lexicon): { asks: Set<string>; beside: Set<string>; own: Set<string> } {
  let words = atLargeCache.get(lex);
  if (!words) {
    const set = (list: (w: NonNullable<Lexicon['atLarge']>) => string) => new Set(layers(lex, '').flatMap((l) => (l.lex.atLarge ? list(l.lex.atLarge).split(' ') : []).map((w) => fold(w, lex))));
    atLargeCache.set(lex, (words = { asks: set((w) => w.asks), beside: set((w) => w.beside), own: new Set(LINKING_OWN.map((w) => fold(w, lex))) }));
  }
  return words;
}

/** The message after the clause that turns away ("forget the icon, now it says already linked" → "now it says…"). */
function afterTurn(text: string): string {
  const cut = text.search(/[,:;.!?]\s/);
  const head = cut > 0 ? text.slice(0, cut).trim().split(/\s+/).length : Infinity;
  return head <= TURN_WORDS && cut < text.length - 2 ? text.slice(cut + 1).trim() : text;
}

/** The two letters of a flag, "🇻🇳" → "VN". */
const FLAG = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/u;
const REGIONAL_A = 0x1f1e6;

/** What a message of emoji alone says in the lexicon's words, or undefined. */
function emojiWords(text: string, lex: Lexicon): string | undefined {
  const flag = FLAG.exec(text);
  if (flag) return String.fromCharCode(...[flag[1]!, flag[2]!].map((c) => 65 + c.codePointAt(0)! - REGIONAL_A));
  const said = (lex.emoji ?? []).filter(([re]) => re.test(text));
  return said.length === 1 ? said[0]![1] : undefined;
}

/**
 * What a first message asks after it turns from its story ("…fixed it with my laptop. anyway, how do I get people buying
 * from my videos?"): the sentence that turns and those after it. Undefined where no sentence after the first turns.
 */
function askedAfterTurn(text: string, lex: Lexicon): string | undefined {
  const sentences = markedSentencesOf(text);
  for (let i = sentences.length - 1; i > 0; i--) if (layers(lex, normalize(sentences[i]!)).some((l) => l.lex.turnsTo?.test(l.t))) return sentences.slice(i).join(' ');
  return undefined;
}

/** "I'm a seller and want to link my brand's account": a near tie between the two linking flows goes by the role stated. */
function linkingByRole([a, b]: readonly Route[], facts: Facts): string | undefined {
  const mine = facts.role ? STEPS_FOR_ROLE[facts.role] : undefined;
  if (!mine || !a || !b) return undefined;
  const tied = b.score >= MIN_SCORE && a.score - b.score < MIN_MARGIN;
  return tied && (a.flow === mine || b.flow === mine) && LINKING_STEPS.includes(a.flow) && LINKING_STEPS.includes(b.flow) ? mine : undefined;
}

/** Facts without the time since linking, which is said in too many contexts to name a flow. */
function withoutTime(facts: Facts): Facts {
  const { 'linked-ago': _when, ...rest } = facts;
  return rest;
}

export class Understanding {
  /** One per set of compiled flows: building the router's indexes reads every flow. */
  static of(flows: CompiledFlows): Understanding {
    let u = built.get(flows);
    if (!u) built.set(flows, (u = new Understanding(flows)));
    return u;
  }

  /** Problem fact → the only content flow with a step that `asks` it. */
  private flowOfFact = new Map<string, string>();
  /** The markets the flows list as places TikTok Shop runs. */
  private markets: ReadonlySet<string>;
  /** The problems' trees: the flows that `flowOfFact` names. */
  private problemFlows = new Set<string>();
  /** Each language's lexicon and router (and its learned reading, where one was learned), built when a conversation in it first speaks. */
  private readers = new Map<Language, { lex: Lexicon; router: Router; learned?: LearnedReading }>();

  /** `learned`: a language's learned reading in place of the shipped one (null: none), as scoring held-out messages needs. */
  constructor(
    private flows: CompiledFlows,
    private options: { learned?: Partial<Record<Language, LearnedModel | null>> } = {},
  ) {
    const owners = new Map<string, Set<string>>();
    for (const flow of flows.contentFlows) {
      for (const step of Object.values(flow.steps)) {
        const f = step.asks;
        if (f && PROBLEM_FACTS.includes(f)) owners.set(f, (owners.get(f) ?? new Set()).add(flow.id));
      }
    }
    for (const [fact, set] of owners) if (set.size === 1) this.flowOfFact.set(fact, [...set][0]!);
    // Where TikTok Shop runs, as the flows say.
    this.markets = marketsOffered(flows.contentFlows);
    this.problemFlows = new Set(this.flowOfFact.values());
  }

  /** The flow that only sorts people into the others (the menu), if there is one; null once none was found. */
  private hubId?: string | null;
  private get hub(): string | undefined {
    if (this.hubId === undefined) this.hubId = this.flows.contentFlows.find((f) => this.router.isHub(f.id))?.id ?? null;
    return this.hubId ?? undefined;
  }

  /** The English router (the flows' own words). */
  get router(): Router {
    return this.reader('en').router;
  }

  /** How a language is read: its lexicon beside English, and a router over the flows' words in both. */
  reader(language: Language): { lex: Lexicon; router: Router; learned?: LearnedReading } {
    let r = this.readers.get(language);
    if (!r) {
      const lex = lexiconFor(language);
      const given = this.options.learned;
      const model = given && language in given ? given[language] : shippedModel(language);
      r = { lex, router: new Router(this.flows.contentFlows, lex, this.flows.translations.get(language)), learned: model ? readingOf(model, lex) : undefined };
      this.readers.set(language, r);
    }
    return r;
  }

  /**
   * The flow a message belongs to by what it says: its words (or a question's shape that outranks them, or
   * the role stated between the two linking flows), else a quoted error, else a problem fact it states.
   */
  private routeOf(text: string, facts: Facts, router: Router, lex: Lexicon): { flow: string; step?: string; score?: number } | undefined {
    const found = this.anyRouteOf(text, facts, router, lex);
    // The tips after linking, where linking is said never done, or is what the next step is for ("never linked anything before. I
    // have the shop, I have the tiktok, what now", "i made my shop, what's next to get it connected to my tiktok"): the way to link
    // of the person's role, not what comes after it.
    const written = compact(normalize(text));
    const notYet = found?.flow === AFTER_LINK_FLOW && (NOT_LINKED_YET.test(written) || LINK_AS_GOAL.test(written)) && !PROBLEM_FACTS.some((f) => facts[f]);
    // The shop said approved and the link asked for or said needed ("new shop approved, now connect my tiktok how", "…just need
    // the official account linked now"): past the checklist, whose shop step that answers; not one asking whether they may.
    const ready = found?.flow === CHECKLIST && facts['shop-approved'] === 'yes' && facts['shop-active'] !== 'no' && facts.role !== 'creator' && !PROBLEM_FACTS.some((f) => facts[f]) && (HOW_TO.test(written) || LINK_WANTED.test(written)) && !MAY.test(written) && !CHECKLIST_ASKED.test(written);
    const route = notYet || ready ? { flow: stepsForRole(facts) } : found;
    // However it was found (words, a shape, a fact), a flow that needs a word of its own kind needs it said.
    return route && this.reaches(text, route.flow, lex, facts) ? route : undefined;
  }

  /** As routeOf, before the check that the message says what its flow needs. */
  private anyRouteOf(text: string, facts: Facts, router: Router, lex: Lexicon): { flow: string; step?: string; score?: number } | undefined {
    const found = router.route(text) ?? this.reachableLead(text, facts, router, lex) ?? (facts['error-text'] ? router.route(facts['error-text']) : undefined);
    // Words that fit a flow the message does not reach leave the shapes and facts below to find another.
    const route = found && !this.reaches(text, found.flow, lex, facts) ? undefined : found;
    // The screen's own words, quoted, name the problem over the words around them ("\"This account is already linked to a
    // TikTok Shop\" when I tried adding my second account under Marketing accounts"): a quote that closely fits a problem's
    // tree is that tree, unless the words around it fit another problem.
    const quoted = facts['error-text'] && route ? router.route(facts['error-text']) : undefined;
    if (quoted && quoted.score >= CLOSE_FIT && this.problemFlows.has(quoted.flow) && !this.problemFlows.has(route!.flow)) return { flow: quoted.flow };
    // Someone under 18 asking how to link is answered by the checklist, whose age step says who may.
    // (So is one asking whether someone their age may link at all, however the rest of the question sounds: "can a 17 yr
    // old link their tiktok to their parents shop".)
    const mayThey = facts.age === 'minor' && !PROBLEM_FACTS.some((f) => facts[f]) && MAY.test(compact(normalize(text)));
    if (facts.age === 'minor' && (!route || LINKING_STEPS.includes(route.flow) || mayThey)) return { flow: CHECKLIST };
    // So is someone in a country where TikTok Shop does not run, asking how to link: the checklist's country step says so.
    const nowhere = facts.market !== undefined && this.markets.size > 0 && !this.markets.has(facts.market);
    // (Not a country named in words no flow's phrases hold: "whats the capital of australia lol".)
    const aboutFlows = () => route !== undefined || router.words(text).some((w) => router.kindOf(w) !== 'unknown');
    if (nowhere && aboutFlows() && !PROBLEM_FACTS.some((f) => facts[f]) && (!route || LINKING_STEPS.includes(route.flow))) return { flow: CHECKLIST };
    // …and so is an account from one region and a shop in another, asked about before linking ("my tiktok acc is from canada
    // but the shop is registered US, will linking work"): the checklist's account step says the regions must match.
    // (One account and one shop, asked whether they go together: not two shops, not regional pages added to one shop, not a
    // creator's own country, not a link made.)
    const written = compact(normalize(text));
    const regions = facts['region-ok'] === 'no' && facts.role !== 'creator' && REGIONS_ASKED.test(written) && !TWO_SHOPS.test(written) && !shapedLike(text, MORE_ACCOUNTS_FLOW, lex);
    if (regions && aboutFlows() && !PROBLEM_FACTS.some((f) => facts[f]) && (!route || LINKING_STEPS.includes(route.flow))) return { flow: CHECKLIST };
    // A resemblance of the whole vocabulary, which no phrase of the flow backs, gives way to a problem the
    // message states that one flow asks about (a time since linking is said in too many contexts to count).
    const loose = route && route.score < MIN_SCORE && !this.nearPhrase(text, route.flow, router);
    const { 'linked-ago': _when, ...problems } = this.heldOnly(text, facts, lex);
    // So does a looser phrase fit of a flow that asks no problem (the checklist's "still link" in "he still has the
    // tiktok connected to his store"), when a problem fact says whose problem it is.
    const asksNone = route && !this.problemFlows.has(route.flow) && route.score !== undefined && route.score < CLOSE_FIT;
    // (A partner or an agency named beside more accounts is whose account it is: "add my partner's account besides the official one".)
    const partner = ['ex-partner', 'employee', 'agency'].includes(problems['other-shop-holder'] ?? '');
    const { 'other-shop-holder': _holder, ...unlessPartner } = problems;
    // …and a looser fit of one problem's tree, when the problem the message states is another tree's ("no idea which store
    // our tiktok is connected to" fits the missing bag's "connected" and "store" loosely, and says who holds the account).
    // (Not where a fact of its own is said too: "my business partner says the bag isn't showing, we linked it this morning".)
    const ownFact = route !== undefined && Object.keys(facts).some((f) => this.flowOfFact.get(f) === route.flow);
    const otherTree = route?.score !== undefined && route.score < CLOSE_FIT && this.problemFlows.has(route.flow) && !ownFact && [undefined, route.flow].every((f) => this.flowOfFacts(problems) !== f);
    const stated = loose || asksNone || otherTree ? this.flowOfFacts(asksNone && partner && route!.flow === MORE_ACCOUNTS_FLOW ? unlessPartner : problems) : undefined;
    if (stated) return { flow: stated };
    // The bag said gone where linking is said done ("our official account's been linked since last month and the shop tab just
    // disappeared"): the bag's tree, over the linking steps the words fit.
    const gone = route !== undefined && LINKING_STEPS.includes(route.flow) && facts['qr-symptom'] === undefined && (facts['linked-ago'] !== undefined || SAID_LINKED.test(written));
    if (gone && (bagSaidAbsent(normalize(text), lex) || BAG_WENT_AWAY.test(written)) && this.reaches(text, ICON_FLOW, lex)) return { flow: ICON_FLOW };
    // A QR code that will not scan is linking not done yet, whatever is said of the bag it was meant to bring.
    if (route?.flow === ICON_FLOW && facts['qr-symptom'] !== undefined && facts['linked-ago'] === undefined) return { flow: this.flowOfFact.get('qr-symptom') ?? route.flow };
    // A question's shape is surer than a resemblance of the whole vocabulary ("the owner wants our tiktok connected to the shop, walk me through it").
    // (A shape gives way to a question that outranks it, as a phrase fit does: "marketing accounts confuse me, I only want our main tiktok linked".)
    const byShape = loose ? shapedTo(text, facts, lex) : undefined;
    if (byShape) return reshapedTo(text, byShape.flow, lex, facts) ?? byShape;
    if (route) {
      const over = reshapedTo(text, route.flow, lex, facts);
      if (over) return over;
      const mine = LINKING_STEPS.includes(route.flow) ? linkingByRole(router.scores(text), facts) : undefined;
      return mine && mine !== route.flow ? { flow: mine } : route;
    }
    const scores = router.scores(text);
    // A time since linking and the bag said missing ("linked everything last month but the shop tab is gone") is the
    // bag's tree, whoever is asking.
    const t = normalize(text);
    // So is the bag said missing where linking is said done, or with no how-to ("my followers say there's nowhere to buy on
    // my page"); not one asked for ("how do i get the shop tab as a creator"), said broken ("cart not working") or beside the QR code.
    const absent = bagSaidAbsent(t, lex) && facts['qr-symptom'] === undefined;
    const missing = absent && (facts['linked-ago'] !== undefined || SAID_LINKED.test(compact(t)) || !NOT_ABSENT.test(t));
    if (missing && this.reaches(text, ICON_FLOW, lex)) return { flow: ICON_FLOW };
    // A near tie where the question's shape takes one flow over the other ("linked, but I can't tag
    // products": the missing-icon tree over the tips) is that flow's.
    const [a, b] = scores;
    if (a && b && b.score >= MIN_SCORE) {
      if (reshapedOf(text, b.flow, lex, facts) === a.flow) return { flow: a.flow };
      const toB = reshapedTo(text, a.flow, lex, facts);
      if (toB?.flow === b.flow) return toB;
    }
    // The best fit, not clear enough alone, whose shape names another flow ("a checklist for linking pls"), before the role
    // that breaks a tie between the two linking flows ("i'm the shop owner… besides the official account i want my personal tiktok linked too").
    const over = a && a.score >= MIN_SCORE ? reshapedTo(text, a.flow, lex, facts) : undefined;
    if (over) return over;
    // (So is the best fit, not clear enough alone, that the runner-up's shape takes to it, however weak the runner-up: "scan the
    // code to link, the app says something went wrong" fits the QR tree best, and the steps' shape takes it there.)
    if (a && b && a.score >= MIN_SCORE && reshapedOf(text, b.flow, lex, facts) === a.flow) return { flow: a.flow };
    const mine = linkingByRole(scores, facts);
    if (mine) return { flow: mine };
    // (A shape gives way to one that outranks it here too: "pro account vs personal which one do i need for affiliate".)
    const shaped = shapedTo(text, facts, lex);
    if (shaped) return reshapedTo(text, shaped.flow, lex, facts) ?? shaped;
    // (A time since linking beside the bag said to be there names no missing bag: "linked two days ago, bag showing, zero sales".)
    const flow = this.flowOfFacts(said(t, lex, (l) => l.facts.iconShown) ? problems : this.heldOnly(text, facts, lex));
    return flow ? { flow } : undefined;
  }

  /**
   * A near tie between two flows, one of which the message cannot reach ("Linked, bag is showing, but 0 sales": nothing said
   * absent, so not the missing bag): the other, when it leads the flows the message does reach clearly.
   */
  private reachableLead(text: string, facts: Facts, router: Router, lex: Lexicon): Route | undefined {
    const scores = router.scores(text);
    const [first, second] = scores;
    // (A few words many flows share, "cart not working", name nothing here either.)
    if (!first || !second || first.score < MIN_SCORE || first.score - second.score >= MIN_MARGIN || router.words(text).length <= 3) return undefined;
    const [a, b] = scores.filter((r) => this.reaches(text, r.flow, lex, facts));
    // (Where neither of the two was dropped, the near tie stands: the margin below fails.)
    return a && a.score >= MIN_SCORE && (!b || a.score - b.score >= MIN_MARGIN) && router.seconded(text, a.flow) ? a : undefined;
  }

  /** The facts, without a holder of another shop that the message names only in its story (see `heldElsewhere`). */
  private heldOnly(text: string, facts: Facts, lex: Lexicon): Facts {
    // (Only those who may have done the work for one: one's own old shop, or an ex's, is always another shop.)
    if (!['agency', 'employee'].includes(facts['other-shop-holder'] ?? '') || facts['other-shop-access'] !== undefined) return facts;
    const words = layers(lex, compact(normalize(text)));
    if (words.some((l) => l.lex.facts.heldElsewhere === undefined || l.lex.facts.heldElsewhere.test(l.t))) return facts;
    const { 'other-shop-holder': _holder, ...rest } = facts;
    return rest;
  }

  /** The one flow that asks about the problem facts stated, if they point to one. */
  private flowOfFacts(facts: Facts): string | undefined {
    const flows = new Set(Object.keys(facts).flatMap((f) => (this.flowOfFact.has(f) ? [this.flowOfFact.get(f)!] : [])));
    return flows.size === 1 ? [...flows][0]! : undefined;
  }

  /** A long message that opens like a yes ("linked it…") and goes on to say something failed. */
  private soundsLikeYes(text: string, lex: Lexicon): boolean {
    const t = normalize(text);
    return t.split(' ').length > LONG_ANSWER && polarityOf(text, lex) === 'yes' && lex.failed.test(withoutCondition(t));
  }

  /** Whether the router's phrases (not a fact or a question's shape) place the text in a flow other than `current`. */
  private routedElsewhere(text: string, router: Router, current: string): boolean {
    const route = router.route(text);
    return route !== undefined && route.flow !== current;
  }

  /**
   * "my refund case is a mess, but buyers can't see a shop tab and it's been linked a week": a linking problem
   * told in clauses of its own, beside another topic's, which a phrase fits closely and whose facts name it.
   * A single clause ("the QR code on my shipping label won't scan") stays the other topic's.
   */
  private problemBeside(text: string, router: Router, lex: Lexicon): string | undefined {
    // What was said to be settled ("the already-linked issue is solved, the agency unlinked it.") is no problem now.
    const clauses = (unsettled(text, lex).trim() || text).split(CLAUSE).map((c) => c.trim()).filter((c) => c.length > 0);
    const plain = clauses.filter((c) => !topicOf(c, lex));
    if (plain.length === 0 || plain.length === clauses.length) return undefined;
    // "how do i sync my shopify products…, the app authorization keeps failing": the app beside another platform is that platform's.
    if (clauses.some((c) => topicOf(c, lex) === 'other-platforms') && plain.some((c) => THEIR_APP.test(compact(normalize(c))))) return undefined;
    const rest = plain.join('. ');
    // A word of linking as said ("link", "connect"), or any word that folds into one ("hook up", "attach").
    // (Not stock kept in step: "how do i stop overselling when the stock isnt synced".)
    const stock = (t: string) => STOCK_SYNC.test(compact(normalize(t)));
    const saysLink = (t: string) => !stock(t) && layers(lex, compact(normalize(t))).some((l) => l.lex.facts.link.test(l.t));
    const speaksOfLinking = (t: string) => saysLink(t) || (!stock(t) && contentWords(t, lex).includes(fold('link', lex)));
    // "it" and "those" point back to the other topic's things ("…Lazada and Shopee, can I connect those?"), unless a clause of
    // no topic before spoke of linking or of the account ("we never linked our tiktok acc to the shop… how do i link it?").
    const namesAccount = (t: string) => speaksOfLinking(t) || contentWords(t, lex).includes(fold('account', lex));
    const pointsBack = (c: string) => POINTS_BACK.test(compact(normalize(c))) && !plain.slice(0, plain.indexOf(c)).some(namesAccount);
    // "bank details done, now how do I connect my tiktok to the shop?": a linking question put in a clause of its own.
    const restFacts = extractFacts(rest, { lex });
    const asking = shapeOf(rest, restFacts, lex);
    // (Not one that points back at the topic's own things: "I sell on Tokopedia too, how to connect those products".)
    if (asking && LINKING_STEPS.includes(asking) && !plain.some((c) => pointsBack(c))) return asking;
    // "i sell on lazada already. what do i need before linking my tiktok?": the checklist, asked in a sentence about
    // linking ("we linked last week. does it sync with shopify, or do we need an app for that?" asks about syncing).
    const sentences = sentencesOf(text).filter((x) => !topicOf(x, lex) && speaksOfLinking(x));
    if (asking === CHECKLIST && sentences.some((x) => plain.some((c) => x.includes(c) && shapeOf(c, extractFacts(c, { lex }), lex) === CHECKLIST))) return CHECKLIST;
    const linking = speaksOfLinking(rest);
    const { 'linked-ago': _when, 'error-text': quoted, ...problems } = restFacts;
    const byFact = this.flowOfFacts(problems);
    // A problem fact names its flow when the clause's words fit it at all, however another flow fits them
    // ("my ex business partner kept the old shop, and my tiktok still shows linked to it").
    // (…or fit it best of all flows, if a little less: "only problem the qr opens on my phone and i dont own a laptop".)
    const fits = byFact ? router.scores(rest) : [];
    const fitting = fits.find((r) => r.flow === byFact && r.score >= MIN_SCORE) ?? (byFact !== undefined && fits[0]?.flow === byFact && fits[0].score >= MIN_SCORE - MIN_MARGIN ? { ...fits[0], score: MIN_SCORE } : undefined);
    // A question of its own about linking, which no clause of the other topic asks ("before I start shipping orders
    // I need to know: do I need a registered business to link my account?"), names the flow it fits on its own.
    // Not one that points back at the topic's own things ("…Lazada and Shopee, can I connect those shops to my tiktok?").
    // (A word that only folds into linking, "hook up", "attach", counts where the question's own words route it to the linking
    // steps: "where in seller centre do i hook up our tiktok page?"; "how do i stop duplicate syncs" asks no linking.)
    // (…or any question whose own words fit a flow closely, where the lexicon says which words point back and it holds
    // none, and whose linking, if any, is said in so many words: "can link both to same shop or not?"; not "where do i do
    // that in seller center", which asks about what was told, nor "how do i stop duplicate syncs".)
    const pointsAtNothing = (c: string) => lex.pointing !== undefined && !lex.pointing.test(normalize(c)) && !contentWords(c, lex).includes(fold('link', lex));
    const asksItself = (c: string) => {
      if (saysLink(c)) return true;
      const fit = router.route(c);
      return (speaksOfLinking(c) && LINKING_STEPS.includes(fit?.flow ?? '')) || (pointsAtNothing(c) && (fit?.score ?? 0) >= CLOSE_FIT);
    };
    const questions = plain.filter((c) => isQuestion(c) && !pointsBack(c) && asksItself(c));
    const asked = questions.length > 0 && !clauses.some((c) => isQuestion(c) && topicOf(c, lex)) ? this.routeOf(questions.join('. '), extractFacts(questions.join('. '), { lex }), router, lex)?.flow : undefined;
    // Linking said done, in so many words or by a time, in a clause of no topic ("linked the official account", "I linked my account on Friday").
    const linkedSaid = restFacts['linked-ago'] !== undefined || SAID_LINKED.test(compact(normalize(rest))) || plain.some((c) => LINKED_OPENING.test(compact(normalize(c))));
    // "…I linked my account on Friday and Seller Center says Linked. But there's no shopping bag on my profile…": the bag said missing
    // in a clause of its own, where linking is said done, is the missing bag's however the other clauses pull the whole.
    const iconClause = linkedSaid ? plain.map((c) => ({ c, fit: router.route(c) })).find(({ c, fit }) => fit?.flow === ICON_FLOW && lex.facts.iconMissing?.test(compact(normalize(c)))) : undefined;
    const route = fitting ?? router.route(rest) ?? (quoted ? router.route(quoted) : undefined) ?? (asked ? { flow: asked, score: MIN_SCORE } : undefined) ?? iconClause?.fit;
    const linkAsked = () => this.linkingAsked(text, clauses, plain, router, lex, (c) => !pointsBack(c) && speaksOfLinking(c));
    if (!route || route.score < MIN_SCORE) return linkAsked();
    // Named by a problem fact it states or the error it quotes, or, for a problem's flow that needs a word of
    // its own kind (something absent), by that word; the last two only where a phrase fits closely.
    const problemFlow = this.problemFlows.has(route.flow);
    // (In one clause that the flow's phrases fit: "I do not know how to ship them" says nothing is absent from a profile.)
    const needs = problemFlow && lex.shapes?.needs?.some((n) => n.flow === route.flow && n.names !== false) && plain.some((c) => this.reaches(c, route.flow, lex) && this.nearPhrase(c, route.flow, router));
    const byQuote = quoted ? router.route(quoted)?.flow : undefined;
    // A how-to asked in a clause of its own ("got my first payout 🎉 now that I'm linked how do I tag products") names its flow,
    // when it speaks of linking ("…cancel her order, where do I do that" asks about the order); not one that only points at the
    // topic told before it ("our account has been connected since March. A customer opened a dispute… How do we contest it?").
    const pointsAtTopic = (c: string) => POINTER_HOW_TO.test(compact(normalize(c))) && clauses.slice(0, clauses.indexOf(c)).some((x) => topicOf(x, lex) !== undefined);
    const howTo = !problemFlow && linking && HOW_TO.test(compact(normalize(rest))) && !plain.some(pointsAtTopic) ? route.flow : undefined;
    // Something absent since a time of linking, or while said to be linked ("linked 2 days ago and there's no bag",
    // "no bag even tho its linked"), is that flow's problem at a looser fit.
    const absentSince = linkedSaid && route.flow === ICON_FLOW && plain.some((c) => lex.facts.iconMissing?.test(compact(normalize(c))));
    // …and so is an account reported linked elsewhere, as the screen says it, in a clause a phrase of that tree fits
    // ("tried to link our tiktok and it says its bound to another seller"), backed by the vocabulary or the classifier.
    // (Not a failure reported: "says failed" is said of payouts and labels as often.)
    const reported = route.flow === this.flowOfFact.get('other-shop-holder') && plain.some((c) => REPORTED.test(compact(normalize(c))) && router.route(c)?.flow === route.flow) && (route.score >= CLOSE_FIT || router.seconded(rest, route.flow)) ? route.flow : undefined;
    const named = byFact ?? howTo ?? (asked === route.flow ? asked : undefined) ?? reported ?? (route.score >= CLOSE_FIT ? (byQuote ?? (needs ? route.flow : undefined)) : absentSince ? route.flow : undefined);
    if (named !== route.flow) return linkAsked();
    // The other topic's clauses must not hold the problem's own words: "the QR code on my shipping label, it
    // won't scan" is the label's QR, whatever the clause after it says. (A question about linking asked on its
    // own is not a problem's words; "before I start shipping" merely sounds like the checklist.)
    if (!problemFlow && asked === named) return named;
    // …unless the clause that states the problem says whose it is: linking's ("the QR to link my account won't scan, but payment
    // QR codes from my bank scan fine", "scanned the link qr and its just loading forever. meanwhile orders are waiting").
    const own = (c: string) => saysLink(c) && this.flowOfFacts(withoutTime(extractFacts(c, { lex }))) === named;
    if (byFact === named && plain.some(own)) return named;
    const aside = clauses.filter((c) => topicOf(c, lex));
    // Words beyond the topic's own phrase, that is: "change my shop logo" is a shop setting whatever "logo" shares with the icon.
    return aside.some((c) => router.scores(withoutTopics(c, lex)).some((r) => r.flow === named && r.score >= MIN_SCORE)) ? undefined : named;
  }

  /**
   * The flow a clause asks about on its own, in so many words of linking, beside a topic only told ("I'm 17 and I help my
   * mom with her shop's listings and shipping. Can I be the one who links my own tiktok to her shop?"): a question by its
   * words or its question mark, holding no word of a topic, no guess at a cause ("is it because we changed the linked
   * tiktok?"), where no clause of the topic asks anything. Who is asking, said anywhere, still counts.
   */
  private linkingAsked(text: string, clauses: string[], plain: string[], router: Router, lex: Lexicon, speaks: (c: string) => boolean): string | undefined {
    // (Only where the language says how a guess at a cause is put, which reads like a question about linking.)
    if (lex.guessed === undefined) return undefined;
    const marked = text.split(/(?<=[?\n])/).filter((x) => x.trim().endsWith('?')).map((x) => x.trim().replace(/\?+$/, '').trim());
    // (A clause of its own, after a comma or a full stop: not what follows "because" or "so" in "because of a product link??".)
    const own = (c: string) => /(^|[,.;:!?\n—–-])$/.test(text.slice(0, text.indexOf(c)).trimEnd());
    const asks = (c: string) => isQuestion(c) || (own(c) && marked.some((x) => x.endsWith(c)));
    if (clauses.some((c) => asks(c) && topicOf(c, lex))) return undefined;
    const guess = (c: string) => lex.guessed!.test(compact(normalize(c)));
    const whole = extractFacts(text, { lex });
    for (const c of plain) {
      if (!asks(c) || guess(c) || !speaks(c) || topicWordCount(c, (w) => router.kindOf(w), lex) > 0) continue;
      const flow = this.routeOf(c, { ...whole, ...extractFacts(c, { lex }) }, router, lex)?.flow;
      if (flow) return flow;
    }
    return undefined;
  }

  /**
   * Whether a message asks about linking and names nothing more: a word of linking, a word that asks for help,
   * and beside them only linking's own words ("account", "shop", "set up"); no fact, no shop of one's own (the
   * steps), nothing linked already (the tips) and no how-to (the steps: "how link tt to shop").
   */
  private atLarge(text: string, facts: Facts, lex: Lexicon): boolean {
    if (Object.keys(facts).length > 0 || AT_LARGE_NOT.test(compact(normalize(text)))) return false;
    const { asks, beside, own } = atLargeWords(lex);
    const words = contentWords(text, lex);
    // (The asking words as said: "help" is no content word.)
    const asked = tokens(normalize(text)).some((w) => asks.has(fold(w, lex)));
    return asked && words.includes(fold('link', lex)) && words.every((w) => asks.has(w) || beside.has(w) || own.has(w));
  }

  /** The bag said absent where linking is said done ("linked it yesterday, still no bag", "relinked … but the bag is missing"). */
  private absentSinceLinked(text: string, facts: Facts, lex: Lexicon): boolean {
    const t = normalize(text);
    const absent = bagSaidAbsent(t, lex);
    // (A time said where no linking is, "under review since monday", is no time since linking.)
    const linked = (facts['linked-ago'] !== undefined && said(t, lex, (l) => l.facts.link)) || SAID_LINKED.test(compact(t)) || LINK_DONE.test(compact(t));
    return absent && linked && this.reaches(text, ICON_FLOW, lex);
  }

  /** Whether the message says what its language requires to reach `flow` (every need its lexicon declares: something absent, for the missing icon). */
  private reaches(text: string, flow: string, lex: Lexicon, facts: Facts = {}): boolean {
    const t = compact(normalize(text));
    // (A fact the flow asks about, stated, outweighs what would keep it away: "how do i scan a qr thats on my own phone screen".)
    const stated = Object.keys(facts).some((f) => this.flowOfFact.get(f) === flow);
    return (lex.shapes?.needs ?? []).filter((n) => n.flow === flow).every((need) => need.cue.test(t) && (stated || !need.unless?.test(t)));
  }

  /** Whether the message opens by turning to something else, in the language or in English. */
  private switching(text: string, lex: Lexicon): boolean {
    // Any sentence may turn ("ok will wait. meanwhile a buyer wants a refund").
    return sentencesOf(text).some((sentence) => layers(lex, normalize(sentence)).some((l) => l.lex.switches?.test(l.t) ?? false));
  }

  /** The button the sentences without a topic next to linking press, when those with one ask nothing. */
  private answerBeside(text: string, offered: OfferedChoice[], router: Router, lex: Lexicon): number | undefined {
    // Asking anything at all, in any clause, may be about the topic ("…never arrived in my bank. where do I chase that?").
    if (text.includes('?') || text.split(/[.!\n,;:]+|\s(?:meanwhile|side note|btw)\s/i).some(isQuestion)) return undefined;
    const failing = (x: string) => layers(lex, compact(normalize(x))).some((l) => l.lex.failed.test(l.t));
    // "not now, busy with orders": a button's own words open the message, and the topic after the comma is the reason.
    const [head, ...after] = text.split(/\s*[,;:–—]\s*/);
    const reason = after.join(' ');
    const opened = reason ? offered.find((o) => normalize(o.label) === normalize(head!)) : undefined;
    if (opened && topicOf(reason, lex) && !failing(reason)) return opened.index;
    const sentences = text.split(/(?<=[.!\n])\s+|\s(?:meanwhile|side note|btw)\s/i).map((x) => x.trim()).filter(Boolean);
    const about = sentences.filter((x) => topicOf(x, lex));
    if (about.length === 0 || about.length === sentences.length) return undefined;
    // Nor one that reports a failure there ("totally different thing, my payout never arrived"): that asks for help with it.
    if (about.some(failing)) return undefined;
    const rest = sentences.filter((x) => !about.includes(x)).join('. ');
    // (A bare "ok" answers nothing of its own: "ok. fees on my statement look doubled this week" moves on to the fees.)
    if (asksForPerson(rest, lex) || commandOf(rest, lex) || BARE_ACK.test(normalize(rest))) return undefined;
    const match = choiceFromText(rest, offered, { facts: extractFacts(rest, { lex }), known: (w) => router.known(w), lex });
    return match && 'index' in match && match.by !== 'yes-no-inside' ? match.index : undefined;
  }

  /** Whether a message repeats words the step itself says, and which no flow's phrases hold (at least ECHO of them). */
  private echoes(text: string, step: Step, router: Router, lex: Lexicon): boolean {
    if (!step.say) return false;
    const echoed = new Set(contentWords(step.say, lex));
    return contentWords(text, lex).filter((w) => echoed.has(w) && router.kindOf(w) === 'unknown').length >= ECHO;
  }

  /** Whether the router's best phrase, fitting at least loosely, is one of `flow`'s. */
  private nearPhrase(text: string, flow: string, router: Router): boolean {
    const [best] = router.scores(text);
    return best !== undefined && best.flow === flow && best.score >= MIN_SCORE;
  }

  /** The offered choice that leads into a flow (a menu's "I linked, but the bag icon is missing" → missing-icon). */
  private choiceInto(step: StepKey, offered: OfferedChoice[], route: { flow: string; score?: number }, facts: Facts): number | undefined {
    const info = this.flows.steps.get(step)!;
    const into = offered.filter((o) => {
      const goto = info.step.choices![o.index]!.goto;
      // A button that records a problem ("It says authorization failed") is pressed by that problem, said or
      // closely phrased; a resemblance of words ("tapped authorize, done") records nothing.
      // (How long ago it was linked is said in too many contexts to count.)
      const recorded = PROBLEM_FACTS.filter((f) => f !== 'linked-ago' && o.set?.[f] !== undefined);
      const told = recorded.every((f) => facts[f] === o.set![f] || (facts[f] === undefined && (route.score ?? 0) >= CLOSE_FIT));
      // …and one that records who the user is ("I'm under 18") only by their saying so.
      const own = PERSONAL_FACTS.every((f) => o.set?.[f] === undefined || facts[f] === o.set[f]);
      return told && own && (goto === route.flow || goto.startsWith(`${route.flow}.`));
    });
    return into.length === 1 ? into[0]!.index : undefined;
  }

  /**
   * The linking flow of the role a message states, when the step is on the other role's way to link (in its flow,
   * or offering a button into it) and not already on this one's.
   */
  private roleTurn(step: StepKey, facts: Facts): string | undefined {
    const mine = facts.role ? STEPS_FOR_ROLE[facts.role] : undefined;
    const info = this.flows.steps.get(step)!;
    if (!mine || info.flow.id === mine) return undefined;
    const leads = (info.step.choices ?? []).map((c) => c.goto.split('.')[0]!);
    const other = LINKING_STEPS.find((f) => f !== mine)!;
    return info.flow.id === other || leads.includes(other) ? mine : undefined;
  }

  /**
   * The choices a step offers given the facts, as understanding needs them: in a translated conversation,
   * labelled as the user sees them, with the translation's synonyms and the English words beside them.
   */
  offered(step: StepKey, facts: Record<string, string>, language: Language = 'en'): OfferedChoice[] {
    const info = this.flows.steps.get(step);
    const choices = info?.step.choices ?? [];
    const texts = language === 'en' ? undefined : this.flows.translations.get(language)?.get(info!.flow.id)?.steps[info!.name]?.choices;
    return choices
      .map((c, index) => {
        const own = { index, label: c.label, synonyms: c.synonyms, set: c.set, told: c.told, when: c.when };
        const text = texts?.[choiceKeyOf(c)];
        if (!text) return own;
        return { ...own, label: text.label, source: c.label, synonyms: [...(text.synonyms ?? []), c.label, ...(c.synonyms ?? [])], translated: text.synonyms?.length ?? 0 };
      })
      .filter((c) => matchesWhen(facts, c.when))
      .map(({ when: _when, ...c }) => c);
  }

  interpret(text: string, at: Situation = {}): Intent {
    const read = this.questionAfterStory(text, at) ?? this.doubted(this.readIn(text, at), text, at);
    const intent = read.kind === 'unsure' ? (this.lastQuestion(text, at) ?? read) : read;
    if (intent.kind !== 'unsure') return intent;
    // A neighbour's language typed where another is spoken ("kak gimana caranya jadi affiliate" in an English chat, whose
    // Slack locale keeps the replies English): what its own reading understands, where the conversation's finds nothing.
    // (The other languages' readings hold English's already.)
    const seen = (at.language ?? SOURCE_LANGUAGE) === SOURCE_LANGUAGE ? languageOfText(text)?.language : undefined;
    return seen === undefined || seen === SOURCE_LANGUAGE ? intent : this.readIn(text, { ...at, language: seen });
  }

  /**
   * The story before a turn is what led here; the question after it is what a first message asks, when it asks anything
   * the bot reads ("we had the already-linked mess last year, got it back. anyway, how many extra accounts can we add?").
   */
  private questionAfterStory(text: string, at: Situation): Intent | undefined {
    if (this.openStep(at)) return undefined;
    const lex = this.reader(at.language ?? SOURCE_LANGUAGE).lex;
    const asked = askedAfterTurn(text, lex);
    const later = asked !== undefined ? this.doubted(this.readIn(asked, at), asked, at) : undefined;
    return later && later.kind !== 'unsure' ? { ...later, facts: { ...extractFacts(text, { lex }), ...later.facts } } : undefined;
  }

  /**
   * A story the whole of which reads as nothing, with one question of its own: what it asks ("we got approved this
   * morning, I'm the owner… Where do I connect the TikTok account exactly?", "where i can find Linked TikTok Accounts menu?
   * i already login seller center but dont see it").
   */
  private lastQuestion(text: string, at: Situation): Intent | undefined {
    if (this.openStep(at)) return undefined;
    const sentences = markedSentencesOf(text);
    // (One question, not a side note: "…Also what's the fee for GMV Max?" leaves the story's question untold. It may stand
    // before what was tried: "…What is the step for link? I try find in the app already but cannot find anything.")
    const asked = sentences.filter(isQuestion);
    const last = asked.length === 1 ? asked[0] : undefined;
    if (sentences.length < 2 || !last || SIDE_NOTE.test(normalize(last))) return undefined;
    const later = this.doubted(this.doubted(this.readIn(last, at), last, at), text, at);
    // (What follows the question names no topic and no other flow closely, nor wants another flow: "whats the difference between
    // official and marketing account? i just want my main tiktok connected". Nor is the question one between the two roles' ways.)
    const { lex, router } = this.reader(at.language ?? SOURCE_LANGUAGE);
    const after = sentences.slice(sentences.indexOf(last) + 1);
    const elsewhere = (x: string) => [router.route(x)].some((r) => r !== undefined && later.kind === 'route' && r.flow !== later.flow && ((r.score ?? 0) >= CLOSE_FIT || WANTED.test(normalize(x))));
    if (after.some((x) => topicOf(x, lex) !== undefined || elsewhere(x)) || (after.length > 0 && EITHER_ROLE.test(normalize(last)))) return undefined;
    // (Nor a question whose flow the story's words name another: "…linked the TikTok to the candle shop by accident. Can I undo that?")
    const whole = router.scores(text)[0];
    if (later.kind === 'route' && whole !== undefined && whole.score >= MIN_SCORE && whole.flow !== later.flow) return undefined;
    return later.kind === 'route' || later.kind === 'out-of-scope' ? { ...later, facts: { ...extractFacts(text, { lex }), ...later.facts } } : undefined;
  }

  /** The step a message answers, if it asks anything: at an end (resolved or handed off) text is read as a first message. */
  private openStep(at: Situation): Step | undefined {
    const step = at.step ? this.flows.steps.get(at.step)?.step : undefined;
    return step && !step.end && !step.handoff ? step : undefined;
  }

  /**
   * A first message's topic or flow that the labelled first messages make very unlikely is not trusted: the menu is a
   * smaller harm than a confident wrong turn. (Only first messages: the labelled ones mid-flow are mostly buttons.)
   */
  private doubted(intent: Intent, text: string, at: Situation): Intent {
    if (at.step !== undefined || (intent.kind !== 'route' && intent.kind !== 'out-of-scope')) return intent;
    const { lex, learned } = this.reader(at.language ?? SOURCE_LANGUAGE);
    // Another thing's QR code (a payment's, a shipping label's) is what words alone take for the linking one: the rules tell them apart.
    if (intent.kind === 'out-of-scope' && othersQrCode(text, lex)) return intent;
    return learned?.doubts(labelOf(intent), text) ? { kind: 'unsure', facts: intent.facts } : intent;
  }

  private readIn(text: string, at: Situation): Intent {
    const info = at.step ? this.flows.steps.get(at.step) : undefined;
    const step = info?.step;
    const open = this.openStep(at);
    // A step whose buttons record one fact between them asks it, declared or not ("It's approved and active" / "It isn't").
    const asking = open?.asks ?? open?.ask?.fact ?? recordedBy(open?.choices);
    const { lex, router } = this.reader(at.language ?? 'en');
    const facts = extractFacts(text, { asking, lex });
    const intent = (i: Meaning): Intent => ({ ...i, facts });

    // Thanks at a step with a button that ends the talk with thanks is that button: the path shows the step answered.
    // (Worked out only for thanks, and once.)
    const thanked = (command: Command | undefined): number | undefined => (command === 'thanks' && open?.choices ? endingChoice(this.offered(at.step!, at.facts ?? {}, at.language), lex) : undefined);
    const exact = exactCommandOf(text, lex);
    const endsWithThanks = thanked(exact);
    if (endsWithThanks !== undefined) return intent({ kind: 'choice', index: endsWithThanks });
    // A button's own label typed out is that button, whatever command it also says ("back to the start").
    const pressed = exact && open?.choices ? this.offered(at.step!, at.facts ?? {}, at.language).find((o) => [o.label, o.source].some((l) => l !== undefined && normalize(l) === normalize(text))) : undefined;
    if (pressed) return intent({ kind: 'choice', index: pressed.index });
    // "omg it works now tysm" at a step that asks whether it worked answers it; thanks alone ends the talk.
    const reportsWorked = open?.choices !== undefined && said(normalize(text), lex, (l) => l.worked);
    // Starting over at a step whose own button starts the guide over ("Restart this guide") is that button. (Not one
    // back to the menu, "Back to the start": starting over goes there too, and forgets what was said.)
    const restarting = (command: Command | undefined): number | undefined => {
      if (command !== 'restart' || !open?.choices) return undefined;
      const toMenu = (goto: string) => this.hub !== undefined && (goto === this.hub || goto.startsWith(`${this.hub}.`) || info!.flow.id === this.hub);
      const same = this.offered(at.step!, at.facts ?? {}, at.language).filter((o) => commandOf(o.source ?? o.label, lex) === 'restart' && !toMenu(open.choices![o.index]!.goto));
      return same.length === 1 ? same[0]!.index : undefined;
    };
    // "No reminder pls", "dont bother checking back, i'll just wait" where a reminder is offered and nothing else is said:
    // the one button that turns it down ("No thanks").
    const declined = (command: Command | undefined): number | undefined => {
      if (command !== 'cancel' || !open?.choices?.some((c) => c.remind !== undefined)) return undefined;
      const unreminded = this.offered(at.step!, at.facts ?? {}, at.language).filter((o) => open.choices![o.index]!.remind === undefined);
      const no = unreminded.filter((o) => labelPolarity(o.source ?? o.label) === 'no');
      if (no.length === 1) return no[0]!.index;
      // "no need to remind me, I'll try later myself": where no button says no, the one that puts it off unreminded, as the message does.
      const later = (l: Lexicon) => l.later ?? /(?!)/;
      const putOff = no.length === 0 && said(normalize(text), lex, later) ? unreminded.filter((o) => said(normalize(o.label), lex, later)) : [];
      return putOff.length === 1 ? putOff[0]!.index : undefined;
    };
    const declinedExactly = declined(exact);
    if (declinedExactly !== undefined) return intent({ kind: 'choice', index: declinedExactly });
    const restartButton = restarting(exact);
    if (restartButton !== undefined) return intent({ kind: 'choice', index: restartButton });
    if (exact && !(exact === 'thanks' && reportsWorked)) return intent({ kind: 'command', command: exact });
    // "👍", "🤷", "🇻🇳" typed as the whole answer: what they say, read as words (a flag as its country's code).
    if (open?.choices && !normalize(text)) {
      const words = emojiWords(text, lex);
      if (words) return this.readIn(words, at);
    }
    // "no need for a human, I'll just try again tomorrow": a person turned down beside the answer leaves the answer, which
    // the person's own button must not take.
    if (open?.choices) {
      const rest = withoutDeclined(text, lex);
      const left = rest !== text && normalize(rest).split(' ').filter((w) => /\p{L}/u.test(w)).length >= MIN_ANSWER_LEFT ? this.readIn(rest, at) : undefined;
      // (What a support agent or a brand's rep said is told, not turned down: it stays part of the answer when the rest alone says nothing.)
      if (left && left.kind !== 'unsure') return { ...left, facts };
      // "yes it went through... no wait, same 'already linked' message again": the answer taken back leaves the one after it.
      // (…and so does a button's thing denied before the answer: "not the agency, it's my ex", "not someone else, it's my own other shop".)
      const lowered = text.toLowerCase();
      const takenBack = lex.corrects ? [...lowered.matchAll(lex.corrects)].at(-1) : undefined;
      const taken = takenBack ?? lex.deniedFirst?.exec(lowered) ?? undefined;
      const after = taken ? text.slice(taken.index + taken[0].length).replace(/^[\s,.:;!-]+/, '') : '';
      const corrected = after && normalize(after).split(' ').length >= MIN_ANSWER_LEFT ? this.readIn(after, at) : undefined;
      // (Its facts too: "the US, sorry I mean the UK" is in the UK alone.)
      if (corrected && corrected.kind !== 'unsure') return corrected;
      // "yes... wait no, it's showing the same popup again": the no that takes the yes back answers with what follows it.
      const denying = taken && lex.negation.test(normalize(taken[0])) && polarityOf(text.slice(0, taken.index), lex) === 'yes' ? this.readIn(`${taken[0].match(lex.negation)?.[0]} ${after}`, at) : undefined;
      if (denying && denying.kind !== 'unsure') return denying;
      // (Never the answer taken back: what follows, unread, leaves the step asking. A thing denied first is no answer taken
      // back: "not rn, im busy" is still "Not now".)
      if (corrected && takenBack) return intent({ kind: 'unsure' });
    }
    // A question's answer is whatever the user writes (an error message, a username, a description),
    // unless they ask for a person instead.
    if (open?.ask) {
      // (Not at the step a request for a person leads to, which asks what the person should know: there the person
      // named is part of the answer, "i need someone to unlink my tiktok from my old agency's shop".)
      const forPerson = info!.flow.id === SYSTEM_FLOW && info!.name === info!.flow.start;
      // (Nor the words of a message quoted as the answer: "it says 'Deactivated - contact support'" where the status is asked.)
      const quoted = facts['error-text'];
      if (!forPerson && asksForPerson(quoted ? text.replace(quoted, ' ') : text, lex)) return intent({ kind: 'command', command: 'human' });
      const command = commandOf(text, lex);
      // "ugh forget it. what fees does tiktok charge sellers in the UK anyway": turning away from the question to a topic
      // next to linking, or to another flow, answers nothing.
      if (!forPerson && !command && this.switching(text, lex)) {
        const aside = topicOf(text, lex);
        if (aside) return intent({ kind: 'out-of-scope', topic: aside });
        const route = this.routeOf(text, facts, router, lex);
        if (leadsAway(route, info!.flow.id)) return intent(toRoute(route));
      }
      // (Thanks that says it worked is no answer either: "nvm it just worked!! thank you" where the error was asked for.)
      const thanksForWorking = command === 'thanks' && said(normalize(text), lex, (l) => l.worked);
      return intent(command && command !== 'greet' && (command !== 'thanks' || thanksForWorking) ? { kind: 'command', command } : { kind: 'answer', text: text.trim() });
    }

    // "what does that mean": asking about the question answers none of its buttons, whatever words it shares with them.
    if (open?.choices && said(normalize(text), lex, (l) => l.clarify)) return intent({ kind: 'unsure' });
    // …and so does asking what a thing the step names is ("whats seller center" where it asks about Seller Center).
    // (Unless a button answers it: "whats a marketing account" at a step offering "What are Marketing Accounts?".)
    if (open?.choices && open.say && this.asksWhatItSays(text, open.say, open.choices.map((c) => c.label), lex)) return intent({ kind: 'unsure' });
    // Asking to be forgotten is never an answer ("before we go on, can you delete whatever info you've stored about me?").
    if (commandOf(text, lex) === 'forget') return intent({ kind: 'command', command: 'forget' });
    // The step's own buttons come first: "get me someone" at a step offering "Get me a person" is that button.
    const offered = open?.choices ? this.offered(at.step!, at.facts ?? {}, at.language) : [];
    const wantsPerson = asksForPerson(text, lex);
    let yesNo: number | undefined;
    // "ok logged in. side note the dashboard says I have 3 orders to ship lol": a topic told beside the answer, asking nothing, is no question.
    const beside = offered.length ? this.answerBeside(text, offered, router, lex) : undefined;
    if (beside !== undefined) return intent({ kind: 'choice', index: beside });
    // "forget that, the bag doesn't show on my profile": turning away from the question, to another flow.
    if (offered.length && this.switching(text, lex)) {
      const aside = topicOf(text, lex);
      if (aside) return intent({ kind: 'out-of-scope', topic: aside });
      // What is turned away from ("forget the icon, …"), and what was answered before the turn ("im in. side q, …"), is no part of what comes next.
      const sentences = sentencesOf(text);
      const turn = sentences.findIndex((x) => layers(lex, normalize(x)).some((l) => l.lex.switches?.test(l.t) ?? false));
      const next = afterTurn(turn > 0 ? sentences.slice(turn).join('. ') : text);
      // (Not a bare yes or no after the turn: "forget it, no need" turns down what the step offers, no flow's "need".)
      const bare = normalize(next).split(' ').length <= BARE_WORDS && polarityOf(next, lex) !== undefined;
      const route = bare ? undefined : (this.routeOf(next, extractFacts(next, { lex }), router, lex) ?? this.routeOf(text, facts, router, lex));
      if (leadsAway(route, info!.flow.id)) {
        // (A button that leads there is that button: "nvm, back to the main account linking" at "Back to linking my Official Account".)
        const into = this.choiceInto(at.step!, offered, route, facts);
        return intent(into !== undefined ? { kind: 'choice', index: into } : toRoute(route));
      }
    }
    // A step that asks about the topic itself ("that warning may slow things down; carry on?") hears it as an answer.
    const stepSays = (t: Topic) => step?.say !== undefined && (topicOf(step.say) === t || topicByWords(step.say, (w) => router.kindOf(w)) === t);
    // (Never an appeal: "how do i appeal the warning though" at "any recent warnings?" asks about the penalty itself.)
    const asked = (t: Topic) => (offered.some((o) => topicOf(o.source ?? o.label) === t) || (offered.length > 0 && stepSays(t))) && !appeals(text, lex);
    if (offered.length) {
      const match = choiceFromText(text, offered, { facts, known: (w) => router.known(w), lex });
      if (match && 'outOfRange' in match) return intent({ kind: 'unsure', why: 'out-of-range' });
      // "ok restarted and scanned again, now it says this account is already linked to another shop": another tree's
      // problem, told in a clause a phrase of that tree fits closely, is that tree's question, whatever the clause
      // before it acknowledges (a button that leads into that tree is that button). Not when a button's own words
      // are said, nor after a plain yes or no, which answers the question ("no, the qr code will not scan"); nor
      // a command, a person asked for, exasperation or a topic next to linking, which are read below.
      // (A button's own words count only when the problem comes after them: "that worked from the laptop but now it
      // says already linked to another shop".)
      const loosely = !match || match.by === 'yes-no' || match.by === 'yes-no-inside' || match.by === 'fact';
      // (A plain yes or no first answers the question, unless a new message on the screen follows, or another problem said to
      // be the real one: "nah still failing, and now it even says account already linked to another shop".)
      const plain = PLAIN_ANSWER.test(normalize(text)) && !NEW_REPORT.test(normalize(text)) && !REAL_ISSUE.test(normalize(text)) && !sentencesOf(text).slice(1).some(isQuestion);
      const other = match?.by !== 'number' && !wantsPerson && !plain && !CONCLUDED.test(normalize(text)) ? this.problemTold(text, info!.flow.id, router, lex) : undefined;
      const named = other && (loosely || other.after) && !isFrustrated(text, lex) && !commandOf(text, lex) && !topicOf(text, lex) ? other : undefined;
      // "they unlinked it and i linked to my shop, but bag still missing": linking said done and the bag said absent is
      // the missing bag's tree, whatever the step asked and however loosely its words fit.
      const bagGone = !named && info!.flow.id !== ICON_FLOW && this.absentSinceLinked(text, facts, lex) && !topicOf(text, lex) ? ICON_FLOW : undefined;
      // …and so is wanting more accounts on the shop ("i want to add 2 more accounts to my shop for affiliate stuff, how").
      // (Unless the shape gives way to another flow's, as in a first message: "my second account says its already linked to another shop".)
      const more = !named && !bagGone && info!.flow.id !== MORE_ACCOUNTS_FLOW && shapedLike(text, MORE_ACCOUNTS_FLOW, lex) && !topicOf(text, lex) ? (reshapedOf(text, MORE_ACCOUNTS_FLOW, lex, facts) ?? MORE_ACCOUNTS_FLOW) : undefined;
      // "got it, so how do i actually add my VA's account": a question after an "ok" that one of the step's own buttons asks
      // ("How do I add one?") is that button, before another flow that would answer it and the "Got it" its opening says.
      const okThen = match?.by === 'yes-no' ? ACKNOWLEDGED.exec(normalize(text))?.groups?.question : undefined;
      const own = okThen !== undefined ? choiceFromText(okThen, offered, { facts, known: (w) => router.known(w), lex }) : undefined;
      if (own && 'index' in own && (own.by === 'words' || own.by === 'label' || own.by === 'synonym') && own.index !== match!.index && !topicOf(okThen!, lex)) return intent({ kind: 'choice', index: own.index });
      // (Never the flow the step is in: its own question is for its buttons.)
      // …and so is linking said not done yet, with a how-to ("oh wait i haven't even linked yet, how do i do it"): the linking steps of
      // the person's role, wherever the talk had got to.
      const written = compact(normalize(text));
      const notYet = !named && !bagGone && !more && NOT_LINKED_YET.test(written) && HOW_TO.test(written) && !topicOf(text, lex) ? stepsForRole(facts) : undefined;
      const problem = named?.flow ?? bagGone ?? more ?? notYet;
      if (problem && problem !== info!.flow.id) {
        const into = this.choiceInto(at.step!, offered, { flow: problem }, facts);
        return intent(into !== undefined ? { kind: 'choice', index: into } : { kind: 'route', flow: problem });
      }
      // "Still failing, get me a person": an answer said on the way to asking for someone is the request.
      const passing = wantsPerson && match && match.by !== 'number';
      // "ok it scanned, but now it says already linked": a yes with a "but" after it may be the lead-in to
      // another problem, so it weighs no more than yes-or-no words inside a message.
      const conceded = match?.by === 'yes-no' && CONCEDING.test(normalize(text)) && !CONCLUDED.test(normalize(text));
      // A button picked by a fact gives way to a topic next to linking ("my shop balance is on hold" reads
      // as an inactive shop, but it is a payout question); one picked by its label's words only to a topic
      // said in more than a word ("2k orders" is the size of a shop, "balance … withdraw" a payout question).
      // So does a label's words or synonym inside a question, which asks about the topic it names ("when does the money from sales get paid out?").
      // So does an "ok" that only acknowledges before a question ("ok and when does my first settlement come in").
      const acknowledged = match?.by === 'yes-no' && ACKNOWLEDGED.test(normalize(text));
      // (A question by its words, or one whose mark asks about the topic: "they unlinked but now my acc got violation…, appeal?".)
      const asksTopic =
        ((match?.by === 'words' || match?.by === 'synonym') && (text.split(/[.,;:!?\n—–]+/).some(isQuestion) || clausesOf(text).some((c) => isQuestion(c) && topicOf(c, lex) !== undefined))) || acknowledged;
      // A menu's button that opens another tree is pressed by the words that would route there, and a topic next to
      // linking outranks those words as it does in a first message ("the return qr code my customer got wont scan").
      const chosenGoto = match && 'index' in match && router.isHub(info!.flow.id) ? info!.step.choices?.[match.index]?.goto : undefined;
      const opensTree = chosenGoto !== undefined && !this.flows.steps.has(`${info!.flow.id}.${chosenGoto}` as StepKey) && !chosenGoto.startsWith(`${info!.flow.id}.`);
      const topic = match && (match.by === 'fact' || match.by === 'words' || asksTopic || opensTree) ? topicOf(text, lex) : undefined;
      // A menu's button that only sorts ("Something isn't working"), pressed by words that name a problem's tree outright
      // ("scanning gives me authorization failed", "ugh my qr keeps failing"): that tree, which the sorting would only ask about again.
      if (chosenGoto !== undefined && !opensTree && !topic && (match!.by === 'words' || match!.by === 'synonym')) {
        const tree = this.routeOf(text, facts, router, lex);
        // (Named by a fact of its own or a phrase that fits, and one the sorting step offers: not a loose resemblance.)
        const sure = tree !== undefined && (this.flowOfFacts(withoutTime(facts)) === tree.flow || router.route(text)?.flow === tree.flow);
        const sorts = this.flows.steps.get(`${info!.flow.id}.${chosenGoto}` as StepKey)?.step.choices?.some((c) => c.goto === tree?.flow || c.goto.startsWith(`${tree?.flow}.`));
        if (tree && sure && sorts && this.problemFlows.has(tree.flow)) {
          const into = this.choiceInto(at.step!, offered, tree, facts);
          return intent(into !== undefined ? { kind: 'choice', index: into } : toRoute(tree));
        }
      }
      // …and a question of another linking flow after such an "ok" is that flow ("ok, and how do i tag products in my videos once its live?").
      if (acknowledged && !topic) {
        const question = ACKNOWLEDGED.exec(normalize(text))!.groups!.question!;
        const route = this.routeOf(question, extractFacts(question, { lex }), router, lex);
        if (leadsAway(route, info!.flow.id)) {
          const into = this.choiceInto(at.step!, offered, route, facts);
          return intent(into !== undefined ? { kind: 'choice', index: into } : toRoute(route));
        }
      }
      // Unless the fact is the very one the step asks, or its buttons record ("registered in the Philippines… business
      // registration" at the market question). The fact must stand without the topic's own words ("listing rejected"
      // is no unapproved shop), or be told rather than asked ("it says deactivated because I missed some documents").
      const recorded = match?.by === 'fact' ? offered.find((o) => o.index === match.index)?.set : undefined;
      const key = asking ?? Object.keys(recorded ?? {}).find((k) => facts[k] === recorded![k]);
      const answersAsked =
        topic !== undefined &&
        key !== undefined &&
        recorded?.[key] !== undefined &&
        (extractFacts(withoutTopics(text, lex), { asking, lex })[key] === facts[key] || !clausesOf(text).some(isQuestion)) &&
        // (Not when a question of its own asks about the topic's thing: "i own a shopee store, can i just bring it here".)
        !clausesOf(text).some((c) => isQuestion(c) && extractFacts(c, { asking, lex })[key] === undefined && ASKS_ABOUT_IT.test(normalize(c)));
      // Nor when the message opens with the yes or no that the button is ("yes I'm 24, got my own bank account…").
      const polarity = polarityOf(text, lex);
      const chosen = match && 'index' in match ? offered.find((o) => o.index === match.index) : undefined;
      // "something else, the refund button not working in app": the catch-all button, with what else it is named as a topic next to linking, is that topic.
      const elseTopic = chosen && lex.other.test(normalize(chosen.source ?? chosen.label)) ? topicOf(text, lex) : undefined;
      if (elseTopic) return intent({ kind: 'out-of-scope', topic: elseTopic });
      // "got it. how long does a buyer have to ask for a return": a short answer, then a question about a topic next to
      // linking that the step does not ask about.
      const movedOn = match && 'index' in match ? this.movedOn(text, asking, lex) : undefined;
      if (movedOn && !asked(movedOn)) return intent({ kind: 'out-of-scope', topic: movedOn });
      // "can i get paid in euros if my bank is in spain" at the market question: a question about a topic asks it,
      // whatever answer its words hold (a question about the step's own topic is left to the step).
      // (After a button's own words only in a clause of its own: "my shop isnt on probation, its suspended for a violation. appeal how?")
      const parts = (all: string[]) => (match && 'index' in match && match.by === 'label' ? all.slice(1) : all);
      const questions = [...parts(clausesOf(text)), ...parts(markedSentencesOf(text))].filter(isQuestion);
      const questioned = match && 'index' in match ? questions.map((c) => topicOf(c, lex)).find((t) => t !== undefined) : undefined;
      if (questioned && !asked(questioned)) return intent({ kind: 'out-of-scope', topic: questioned });
      // (Not one that turns with a "but" to ask about the topic: "logged in but there's a red banner… how do i appeal that".)
      const opened = chosen !== undefined && polarity !== undefined && labelPolarity(chosen.source ?? chosen.label) === polarity && !(asksTopic && (acknowledged || CONCEDING.test(normalize(text))));
      // (A menu's button answers no yes-or-no question: "won't scan" in the text is no "no" to it.)
      // (Nor does a QR code of another thing's, whatever its trouble: "the QR on my shipping label prints all blurry and the courier cant scan it".)
      const othersQr = topic !== undefined && othersQrCode(text, lex);
      const aside = topic && (othersQr || (!answersAsked && (!opened || opensTree) && (match!.by === 'fact' || asksTopic || opensTree || topicWordCount(text, (w) => router.kindOf(w), lex) >= ASIDE_WORDS)));
      // "linked it 3 days ago and the bag still isn't there": a long message that opens like a yes, then
      // reports a failure, and which another flow's phrases clearly fit, is that flow's question.
      const elsewhere = match?.by === 'yes-no' && this.soundsLikeYes(text, lex) && this.routedElsewhere(text, router, info!.flow.id);
      // "take me back one step" shares words with "Back to my Official Account steps", but says a command.
      // So does a long message that opens with "ok" and ends asking to start over (not one reporting a failure
      // after restarting an app).
      const long = normalize(text).split(' ').length > LONG_ANSWER;
      // (…and a reminder called off is never the button that sets one, however its words fit: "actually cancel that 24h reminder".)
      const calledOff = match && 'index' in match && commandOf(text, lex) === 'cancel' && step?.choices?.[match.index]?.remind !== undefined;
      const told = match?.by === 'words' || calledOff || (match?.by === 'yes-no' && long && polarity === 'yes') ? commandOf(text, lex) : undefined;
      // …unless the button is itself that command ("Back to my Official Account steps").
      const button = told && 'index' in match! ? offered.find((o) => o.index === match.index) : undefined;
      // (A reminder called off where one is offered is its "No thanks": "yeah I'm good, no need to check in".)
      const turnedDown = declined(told);
      if (turnedDown !== undefined) return intent({ kind: 'choice', index: turnedDown });
      if (told && told !== 'greet' && told !== 'thanks' && told !== 'human' && button && commandOf(button.source ?? button.label, lex) !== told) return intent({ kind: 'command', command: told });
      // A message that opens with yes or no answers the question, whatever topic words follow ("no im 16").
      // "i'm going round in circles here": exasperation that opens like "I'm…" answers nothing.
      const fedUp = match?.by === 'yes-no' && polarity === 'yes' && isFrustrated(text, lex);
      // "ok thanks thats all i needed": an "ok" that opens a goodbye says goodbye, as "ok thanks" alone does. (Not a plain
      // yes or no, nor one that says it worked: those answer a step asking whether it did.)
      if (match?.by === 'yes-no' && !reportsWorked && !PLAIN_ANSWER.test(normalize(text)) && commandOf(text, lex) === 'thanks') {
        const ending = thanked('thanks');
        return intent(ending !== undefined ? { kind: 'choice', index: ending } : { kind: 'command', command: 'thanks' });
      }
      if (match && match.by !== 'yes-no-inside' && !passing && !conceded && !aside && !elsewhere && !fedUp) return intent({ kind: 'choice', index: match.index });
      if (match && !passing) yesNo = match.index;
    }
    if (wantsPerson && offered.length) {
      const person = offered.filter((o) => isPersonButton(o.source ?? o.label));
      if (person.length === 1) return intent({ kind: 'choice', index: person[0]!.index });
    }
    const command = commandOf(text, lex);
    // "no, I don't want a reminder, I want a human to check my account": the reminder turned down for a person, who is the request.
    if (command === 'cancel' && wantsPerson) return intent({ kind: 'command', command: 'human' });
    // "no need to remind me, I'll just try again tomorrow myself" where a reminder is offered: the reminder declined,
    // and whichever other button the rest says.
    if (command === 'cancel' && offered.length && (step?.choices ?? []).some((c) => c.remind !== undefined)) {
      const others = offered.filter((o) => step!.choices![o.index]!.remind === undefined);
      const rest = clausesOf(text).filter((c) => commandOf(c, lex) !== 'cancel').join(' ');
      const other = rest.trim() ? choiceFromText(rest, others, { facts, known: (w) => router.known(w), lex }) : undefined;
      if (other && 'index' in other) return intent({ kind: 'choice', index: other.index });
    }
    const declines = declined(command);
    if (declines !== undefined) return intent({ kind: 'choice', index: declines });
    const thanksButton = thanked(command);
    if (thanksButton !== undefined) return intent({ kind: 'choice', index: thanksButton });
    // (Not where the step asks a fact: "the bag just appeared, thank you" where the shop's status is asked answers nothing.)
    if (command === 'thanks' && reportsWorked && yesNo !== undefined && open?.asks === undefined) return intent({ kind: 'choice', index: yesNo });
    const startsOver = restarting(command);
    if (startsOver !== undefined) return intent({ kind: 'choice', index: startsOver });
    // "what can you help me with for tiktok shop linking": what the bot does, asked of linking, is the menu of what it covers
    // there (help alone explains the bot itself).
    if (command === 'help' && !open && this.hub && LINKING_NAMED.test(compact(normalize(text))) && !wantsPerson) return intent({ kind: 'route', flow: this.hub });
    // "what can you do about a refund a buyer is asking for?": help asked with a topic next to linking is that topic's question.
    const helpWith = command === 'help' && !wantsPerson ? topicOf(text, lex) : undefined;
    if (helpWith) return intent({ kind: 'out-of-scope', topic: helpWith });
    if (command) return intent({ kind: 'command', command });

    // A topic next to linking comes next: "customer service hours" is a shop setting, not a person. A step
    // that asks about the topic itself ("any warnings or suspensions?") takes it as an answer.
    const topic = topicOf(text, lex);
    // "Is possible to open a ticket with a support person? Is urgent, we have campaign tomorrow": a person asked for in a
    // question of its own, beside a topic only told, is the request ("who do I talk to about my payout" asks the topic).
    const personAsked = wantsPerson && topic !== undefined && (this.personAskedBeside(text, lex) || this.personDemanded(text, lex));
    if (personAsked) return intent({ kind: 'command', command: 'human' });
    if (topic && !asked(topic)) {
      const beside = this.problemBeside(text, router, lex);
      return intent(beside ? { kind: 'route', flow: beside } : { kind: 'out-of-scope', topic });
    }
    if (wantsPerson) return intent({ kind: 'command', command: 'human' });
    // What is left once the sentences that set a topic aside are gone ("payouts are fine. why does the QR expire?"),
    // and a person declined ("no need for an agent, just tell me what to do after linking": no "no" of an absence).
    const kept = unsettled(withoutDeclined(text, lex), lex).trim() || text;
    // No phrase of a topic, but more of its words than of linking's: still not a linking question.
    const byWords = topicByWords(kept, (w) => router.kindOf(w), lex);
    if (byWords && !asked(byWords)) return intent({ kind: 'out-of-scope', topic: byWords });

    // "hello, need assistance regarding tiktok linking": linking at large, with nothing named, is for the menu to sort.
    // (Asking whether linking helps at all, "does linking really help?", is the menu's own question why.)
    if (!open && this.hub && this.atLarge(kept, facts, lex)) {
      const why = reshapedTo(kept, this.hub, lex, facts);
      return intent(why?.flow === this.hub && why.step ? { kind: 'route', flow: this.hub, step: why.step } : { kind: 'route', flow: this.hub });
    }
    // "I don't remember" at a step with no such button: neither an answer nor another topic.
    if (offered.length && isUnsure(text, lex)) return intent({ kind: 'unsure' });
    const found = this.routeOf(kept, kept === text ? facts : extractFacts(kept, { asking, lex }), router, lex);
    // "scanned fine, authorized, then it says linked to another shop": a story that ends in another tree's problem,
    // told in a clause of its own, asks about where it ended.
    const ended = !offered.length && found && this.problemFlows.has(found.flow) ? this.problemTold(kept, found.flow, router, lex, true) : undefined;
    const route = ended?.after && this.problemFlows.has(ended.flow) ? { flow: ended.flow } : found;
    // Naming the flow a choice leads to is that choice: the path shows the step answered.
    const into = route && offered.length ? this.choiceInto(at.step!, offered, route, kept === text ? facts : extractFacts(kept, { asking, lex })) : undefined;
    if (into !== undefined && route!.flow !== info?.flow.id) return intent({ kind: 'choice', index: into });
    // A word of a topic next to linking ("refund", "invoice") beside a route that no phrase fits closely: the
    // linking words may be incidental ("the bag icon fee"), and a wrong tree costs more than asking.
    // Unless the question has that flow's own shape ("we run GMV Max ads and want 2 more tiktok accounts on our shop").
    if (route?.score !== undefined && route.score < CLOSE_FIT && topicWordCount(kept, (w) => router.kindOf(w), lex) > 0 && !shapedLike(kept, route.flow, lex)) return intent({ kind: 'unsure' });
    // Mid-flow, a resemblance of the whole vocabulary ("qr is on the screen now") is too little to leave the step.
    // Unless a phrase of the same flow comes close ("how do I add my staff member's tiktok to the shop").
    // Nor does an answer in the step's own words ("forgot password sends the code to a number I don't have", where the
    // step speaks of the forgotten password and the phone number), unless a phrase of the other flow comes close.
    // Nor does a loose fit of the menu, which only sorts ("i dont have that option in my menu").
    // (A problem fact of the flow, stated, is more than a resemblance: "authorisation unsuccessful every time" at the menu.)
    const loose =
      route?.score !== undefined &&
      offered.length > 0 &&
      this.flowOfFacts(withoutTime(facts)) !== route.flow &&
      ((route.score < MIN_SCORE && !this.nearPhrase(text, route.flow, router)) ||
        (route.score < CLOSE_FIT && (normalize(text).split(' ').length <= SHORT_ANSWER || this.echoes(text, step!, router, lex) || router.isHub(route.flow))));
    // Naming the topic the user is already in is an answer to this step, not a restart of the flow.
    if (route && route.flow !== info?.flow.id && !loose) {
      // Mid-flow, exasperation with another topic wants a person; a first message that names its problem
      // ("authorization failed every time, nothing works") gets that problem's tree.
      // (So does one whose phrase fit a problem tree's, backed by the vocabulary or the classifier: "linking fails at the qr bit
      // every single time. ridiculous".)
      // (Weighed only for exasperation, the one reading it can change.)
      const backed = () => route.score !== undefined && route.score >= MIN_SCORE && this.problemFlows.has(route.flow) && router.seconded(kept, route.flow);
      // (…and so does a question of its own that the flow's words fit: "fed up. how do i even link my tiktok to my shop, your help pages are useless".)
      const askedOwn = () => clausesOf(text).some((x) => isQuestion(x) && this.routeOf(x, extractFacts(x, { lex }), router, lex)?.flow === route.flow);
      const named = () => !info && (PROBLEM_FACTS.some((f) => facts[f]) || (route.score !== undefined && route.score >= CLOSE_FIT) || backed() || askedOwn());
      if (isFrustrated(text, lex) && polarityOf(text, lex) === undefined && !named()) return intent({ kind: 'command', command: 'human' });
      return intent(toRoute(route));
    }
    // "this isn't helping at all": the "not" inside exasperation answers nothing, it gives up on the bot.
    if (isFrustrated(text, lex)) return intent({ kind: 'command', command: 'human' });
    if (yesNo !== undefined) return intent({ kind: 'choice', index: yesNo });
    // The flow the user is already in, named again, restarts it only from a step that asks nothing.
    if (route && !offered.length) return intent(toRoute(route));
    // A long first message whose words, all together, fit no flow clearly: what its questions ask, when they agree.
    const questioned = !offered.length && !route ? this.questionsAsk(kept, router, lex) : undefined;
    if (questioned) return intent({ kind: 'route', flow: questioned });
    // "im just an affiliate actually, no shop at all" where a shop owner's way is shown, and nothing else fits: the
    // other role's way to link.
    const turned = offered.length && !shapedLike(text, MORE_ACCOUNTS_FLOW, lex) && !ANOTHER_ACCOUNT.test(compact(normalize(text))) ? this.roleTurn(at.step!, facts) : undefined;
    if (turned) {
      const into = this.choiceInto(at.step!, offered, { flow: turned }, facts);
      return intent(into !== undefined ? { kind: 'choice', index: into } : { kind: 'route', flow: turned });
    }
    return intent({ kind: 'unsure' });
  }

  /**
   * Whether a sentence asks for a person and names no topic, while every sentence naming a topic asks nothing and
   * asks no one about it; "who do I contact?" after a topic told asks who handles that topic.
   */
  private personAskedBeside(text: string, lex: Lexicon): boolean {
    // (Clause by clause: "i need real human support urgently, we have big campaign tomorrow".)
    const sentences = clausesOf(text);
    const about = sentences.filter((x) => topicOf(x, lex) !== undefined);
    if (about.length === 0 || about.some((x) => isQuestion(x) || asksForPerson(x, lex))) return false;
    // (Not a person asked to look at the topic's own thing: "…a violation point for a product description, can a human review it".)
    return sentences.some((x) => !about.includes(x) && !WHO.test(normalize(x)) && !POINTS_AT_IT.test(normalize(x)) && asksForPerson(x, lex));
  }

  /**
   * Whether a sentence demands a person, the topic only what they should hear about ("i want to talk to an agent about my
   * payout"), and no question asks the topic or who handles it ("…Who should I contact?", "can I speak to someone about…").
   */
  private personDemanded(text: string, lex: Lexicon): boolean {
    const sentences = clausesOf(text);
    const demands = (x: string) => asksForPerson(x, lex) && layers(lex, normalize(x)).some((l) => l.lex.personDemanded?.test(l.t));
    const acts = (x: string) => asksForPerson(x, lex) && layers(lex, normalize(x)).some((l) => l.lex.personActs?.test(l.t));
    if (!sentences.some((x) => (!isQuestion(x) && demands(x)) || acts(x))) return false;
    return sentences.every((x) => !isQuestion(x) || (asksForPerson(x, lex) && !WHO.test(normalize(x))));
  }

  /** Whether a short "what is X" asks about words the step itself says, none of which a button asking it holds ("What are Marketing Accounts?"). */
  private asksWhatItSays(text: string, say: string, labels: readonly string[], lex: Lexicon): boolean {
    const m = WHAT_IS.exec(normalize(text));
    if (!m) return false;
    const asked = contentWords(m.groups!.thing!, lex);
    const stepWords = new Set(contentWords(say, lex));
    return asked.length > 0 && asked.every((w) => stepWords.has(w)) && !labels.some((l) => isQuestion(l) && contentWords(l, lex).some((w) => asked.includes(w)));
  }

  /** The topic next to linking that a message turns to after a short answer of its own, in a clause or sentence after it. */
  private movedOn(text: string, asking: string | undefined, lex: Lexicon): Topic | undefined {
    const [head, ...tail] = clausesOf(text);
    if (!head || tail.length === 0 || normalize(head).split(' ').length > MOVED_ON_AFTER) return undefined;
    const rest = tail.join(' ');
    // Asked, or told after a bare "ok" ("ok. fees on my statement look doubled this week"): what "ok logged in. side note
    // the dashboard says I have 3 orders to ship lol" tells beside its answer leaves the answer its button.
    if (!tail.some(isQuestion) && !sentencesOf(rest).some(isQuestion) && !BARE_ACK.test(normalize(head))) return undefined;
    const topic = topicOf(rest, lex);
    // (Not what the step asks, told after the answer: "no, deactivated due to a violation" where the shop's status is asked.)
    return topic && (asking === undefined || extractFacts(rest, { asking, lex })[asking] === undefined) ? topic : undefined;
  }

  /**
   * The problem tree, other than `current`, that a clause of the message names in that tree's own words, or the flow
   * that a question after the answer asks; and whether other clauses come first.
   */
  private problemTold(text: string, current: string, router: Router, lex: Lexicon, last = false): { flow: string; after: boolean } | undefined {
    // (Counting the words as typed first is cheap: most answers are a word or two.)
    if (text.trim().split(/\s+/).length < PROBLEM_WORDS) return undefined;
    // (What came of a step is often told after "now" or "then": "refreshed and now theres a message saying…".)
    const clauses = text
      .split(CLAUSE)
      .flatMap((c) => (c ? c.split(/\s(?:and )?(?:now|then)\s/i) : []))
      .map((c) => c.trim())
      .filter((c) => c.length > 0);
    // (Read from the end, where a story ends: the last problem told is the one it asks about.)
    const order = last ? [...clauses.entries()].reverse() : [...clauses.entries()];
    const howToLink = (c: string) => LINKING_STEPS.includes(shapeOf(c, extractFacts(c, { lex }), lex) ?? '');
    for (const [i, clause] of order) {
      // A clause of a few words fits a phrase by chance ("shop is 8 months old" holds "old shop"), unless it asks how to
      // link ("picked wrong, im the shop owner not a creator, how do i link my shop") or asks what a phrase fits closely
      // ("yes its there! how do i tag products in a video now").
      const few = clause.split(/\s+/).length < PROBLEM_WORDS || router.words(clause).length < PROBLEM_WORDS;
      // After the answer, a clause that states a problem of the tree its words fit, if loosely ("ok. but my main account keeps
      // saying authorization failed when i try to relink it", "…when i scan it tiktok says it's expired"): the fact says whose problem it is.
      const stated = i > 0 && !last ? this.flowOfFacts(withoutTime(extractFacts(clause, { lex }))) : undefined;
      // (Not a guess at what went wrong: "seller center never showed linked, i think the scan failed" answers the step.)
      if (stated !== undefined && stated !== current && this.problemFlows.has(stated) && !NO_PROBLEM.test(compact(normalize(clause))) && !HEDGED.test(compact(normalize(clause)))) {
        const fit = router.route(clause) ?? this.closeSeconded(clause, router);
        if (fit?.flow === stated && this.reaches(clause, stated, lex)) return { flow: stated, after: true };
      }
      if (few && !(i > 0 && isQuestion(clause) && (howToLink(clause) || (router.route(clause)?.score ?? 0) >= CLOSE_FIT))) continue;
      // After the answer, a question that another flow answers ("accepted ✅ how do i add the products to my live tho").
      if (i > 0 && isQuestion(clause)) {
        const asked = this.routeOf(clause, extractFacts(clause, { lex }), router, lex);
        if (leadsAway(asked, current)) return { flow: asked.flow, after: true };
      }
      if (few) continue;
      // A problem denied or hoped away ("no authorization error this time", "hopefully no authorization failed drama") is none.
      if (NO_PROBLEM.test(compact(normalize(clause)))) continue;
      // What the screen reports, in a shape that outranks a looser phrase fit ("seller center says the tiktok is linked to
      // some other shop", which fits the linking steps' words about as well).
      // (The report is looked for first: the clause's scores are worked out only for one.)
      const top = REPORTED.test(compact(normalize(clause))) ? router.scores(clause)[0] : undefined;
      // (…or told in the very shape that takes a reader of the linking steps to the tree its words fit best: "i tried linking our
      // second brand's tiktok and it says its already linked to another shop", typed at a tip after linking.)
      // (Not a link said not to be there: "the status still doesn't show linked".)
      const clauseFacts = top && top.score >= MIN_SCORE ? extractFacts(clause, { lex }) : {};
      const shaped = (flow: string) =>
        this.problemFlows.has(flow) && !(flow === ICON_FLOW && NOT_LINKED.test(compact(normalize(text)))) && LINKING_STEPS.some((f) => reshapedOf(clause, f, lex, clauseFacts) === flow);
      const reported = top && top.score >= MIN_SCORE ? (reshapedOf(clause, top.flow, lex, clauseFacts) ?? (shaped(top.flow) ? top.flow : undefined)) : undefined;
      if (reported && reported !== current && this.problemFlows.has(reported) && this.reaches(clause, reported, lex)) return { flow: reported, after: i > 0 };
      // A phrase that fits closely, leading the next flow or backed by the vocabulary or the classifier.
      const route = router.route(clause) ?? this.closeSeconded(clause, router);
      if (!route || (route.flow === current && !last) || !this.problemFlows.has(route.flow) || route.score < CLOSE_FIT || !this.reaches(clause, route.flow, lex)) continue;
      // Nor is a link said not to be there the bag missing ("the status still doesn't show linked, it's just empty there").
      if (route.flow === ICON_FLOW && NOT_LINKED.test(compact(normalize(text)))) continue;
      // (Read from the end, the last problem told may be the current tree's own: then there is none other. Another
      // tree's is where the story ended only when it reports what the screen said: "then it says linked to another shop".)
      if (last && route.flow === current) return undefined;
      if (last && !REPORTED.test(compact(normalize(clause)))) continue;
      return { flow: route.flow, after: i > 0 };
    }
    return undefined;
  }

  /** The best phrase fit of a clause, when it fits closely and the vocabulary or the classifier backs it. */
  private closeSeconded(clause: string, router: Router): Route | undefined {
    const [top] = router.scores(clause);
    return top && top.score >= CLOSE_FIT && router.seconded(clause, top.flow) ? top : undefined;
  }

  /** The one flow the question sentences of a long message are routed to, each on its own. */
  private questionsAsk(text: string, router: Router, lex: Lexicon): string | undefined {
    if (normalize(text).split(' ').length < LONG_MESSAGE) return undefined;
    const questions = markedSentencesOf(text).filter(isQuestion);
    const flows = new Set(questions.flatMap((q) => this.routeOf(q, extractFacts(q, { lex }), router, lex)?.flow ?? []));
    // …and the whole message's words fit that flow best too, if loosely.
    const [best] = router.scores(text);
    return best !== undefined && flows.size === 1 && flows.has(best.flow) ? best.flow : undefined;
  }
}
