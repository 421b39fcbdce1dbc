// Routes free text to a flow (or one of its steps) by the flows' `match` phrases, in English and in the
// conversation's language, or admits it is unsure. Scoring: how much of a phrase the text covers and how
// much of the text the phrase explains, each word weighted by how rare it is across flows, with small typos
// mapped to known words.
import { distance } from 'fastest-levenshtein';
import type { Flow } from '../flow/load.ts';
import type { FlowText } from '../flow/translation.ts';
import type { Lexicon } from './lexicon.ts';
import { EN } from './lexicons/en.ts';
import { FlowClassifier } from './second-opinion.ts';
import { compact, everywhere, normalize } from './text.ts';
import { contentWords } from './words.ts';

/** A lexicon and the English read beside it. */
function layersOf(lex: Lexicon): Lexicon[] {
  return lex.also ? [lex, lex.also] : [lex];
}

/** A flow's words in one language, as routing reads them. */
interface FlowWords {
  id: string;
  match: Flow['match'];
  title: string;
  summary: string;
  /** What its steps say, and their labels with their synonyms. */
  texts: string[];
}

/** A flow's own (English) words, then its words in the translation, when there is one. */
function wordsOf(flows: readonly Flow[], translated: ReadonlyMap<string, FlowText> | undefined): FlowWords[] {
  // A flow without `match` phrases (the menu) is reached by buttons only, in every language.
  const routed = flows.filter((f) => f.match.length);
  const own = routed.map((f) => ({
    id: f.id,
    match: f.match,
    title: f.title,
    summary: f.summary,
    texts: Object.values(f.steps).flatMap((step) => [...(step.say ? [step.say] : []), ...(step.choices ?? []).map((c) => [c.label, ...(c.synonyms ?? [])].join(' '))]),
  }));
  const other = routed.flatMap((f) => {
    const t = translated?.get(f.id);
    if (!t) return [];
    const texts = Object.values(t.steps).flatMap((step) => [
      ...(step.say ? [step.say] : []),
      ...Object.values(step.choices ?? {}).map((c) => [c.label, ...(c.synonyms ?? [])].join(' ')),
    ]);
    return [{ id: f.id, match: t.match, title: t.title, summary: t.summary, texts }];
  });
  return [...own, ...other];
}

export interface Route {
  flow: string;
  /** A step of the flow the phrase leads to, when it names one; else the flow's start. */
  step?: string;
  score: number;
}

/** Below this score the router shows the menu rather than guess. */
export const MIN_SCORE = 0.5;
/** The best flow must beat the runner-up by this much, or the text is ambiguous. */
export const MIN_MARGIN = 0.15;
/** Whether two words differ only by two neighbouring letters swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Below this lead a route needs a second opinion: the whole-vocabulary similarity or the classifier must
 * name the same flow, or the menu is shown. Picked by 5-fold cross-validation over the English tuning
 * messages, counting a wrong route as costly as three menus.
 */
export const AGREE_MARGIN = 0.25;
/** How close the runner-up must be to take over from the best by explaining more of the text. */
const FLIP_MARGIN = 0.08;
/** A score this high means the text is one of the flow's phrases, word for word. */
const EXACT = 0.999;
/** A score this high means a phrase fits the text nearly word for word. */
export const CLOSE_FIT = 0.8;
/** The whole-vocabulary fallback: least cosine similarity, and how far ahead of the next flow it must be. */
const MIN_SIMILARITY = 0.2;
const SIMILARITY_LEAD = 1.5;
/** How much a flow's words weigh by where they are written: phrases people type, its names, what it says. */
const FIELD_WEIGHT = { match: 3, title: 2, text: 1 } as const;

/** Each flow as one bag of words (TF-IDF over flows): its match phrases, title, summary, texts and labels. */
class TopicIndex {
  private vectors = new Map<string, Map<string, number>>();
  private norms = new Map<string, number>();
  private idf = new Map<string, number>();

  constructor(flows: readonly FlowWords[], lex: Lexicon) {
    const counts = new Map<string, Map<string, number>>();
    for (const f of flows) {
      const bag = counts.get(f.id) ?? new Map<string, number>();
      const add = (text: string, weight: number) => {
        for (const w of contentWords(text, lex)) bag.set(w, (bag.get(w) ?? 0) + weight);
      };
      for (const m of f.match) add(typeof m === 'string' ? m : m.phrase, FIELD_WEIGHT.match);
      add(`${f.title} ${f.summary}`, FIELD_WEIGHT.title);
      for (const text of f.texts) add(text, FIELD_WEIGHT.text);
      counts.set(f.id, bag);
    }
    const df = new Map<string, number>();
    for (const bag of counts.values()) for (const w of bag.keys()) df.set(w, (df.get(w) ?? 0) + 1);
    for (const [w, n] of df) this.idf.set(w, Math.log(1 + counts.size / n));
    for (const [flow, bag] of counts) {
      const v = new Map([...bag].map(([w, n]) => [w, (1 + Math.log(n)) * this.idf.get(w)!] as const));
      this.vectors.set(flow, v);
      this.norms.set(flow, Math.hypot(...v.values()));
    }
  }

  /** Whether any flow's words hold the word. */
  knows(word: string): boolean {
    return this.idf.has(word);
  }

  /** Flows by cosine similarity to the words, highest first. */
  similar(words: readonly string[]): { flow: string; score: number }[] {
    const q = words.filter((w) => this.idf.has(w));
    if (q.length === 0) return [];
    const qNorm = Math.hypot(...q.map((w) => this.idf.get(w)!));
    return [...this.vectors]
      .map(([flow, v]) => ({ flow, score: q.reduce((s, w) => s + (v.get(w) ?? 0) * this.idf.get(w)!, 0) / (qNorm * this.norms.get(flow)!) }))
      .sort((a, b) => b.score - a.score);
  }
}

/** How much more covering a phrase counts than explaining every word of a rambling message. */
const RECALL_WEIGHT = 2;
/** A word in this many flows' phrases at most tells them apart. */
const DISTINCT = 2;

/** A market named as the condition of the question, not where the person happens to be. */
const MARKET_AS_CONDITION = /\b(if|when|while|since) (i|we|im|my (shop|store|account|business|company) is|our (shop|store|account|business|company) is) ?(m |am |re |are |is |live |am based |m based |re based |are based |only sell |sell )?(in|from|based in|outside|out of)\b/;

interface Phrase {
  flow: string;
  step?: string;
  words: string[];
  /** Each word's weight and their sum, computed once. */
  weights: number[];
  weight: number;
}

export class Router {
  private phrases: Phrase[];
  private weight = new Map<string, number>();
  private vocabulary: string[];

  private topics: TopicIndex;
  /**
   * Flows whose phrases all lead to one of their steps (the menu): their texts hold every flow's words, so a
   * message whose whole vocabulary is closest to one is a general one, not a question for it.
   */
  private hubs: Set<string>;
  private classifier: FlowClassifier;

  /**
   * @param lex the conversation's lexicon (its language beside English)
   * @param translated the flows' words in the conversation's language, by flow id: routed beside the English ones
   */
  constructor(
    flows: readonly Flow[],
    private lex: Lexicon = EN,
    translated?: ReadonlyMap<string, FlowText>,
  ) {
    this.markets = layersOf(lex).flatMap((l) => l.facts.markets.map(([re, code]) => [everywhere(re), code] as const));
    this.followers = layersOf(lex).flatMap((l) => l.facts.followers.map(everywhere));
    // What is fine, and not knowing where or how ("can't find where"), say nothing about which flow.
    this.settled = layersOf(lex).flatMap((l) => [...(l.facts.settled ?? []), ...(l.shapes?.lost ? [l.shapes.lost] : [])].map(everywhere));
    this.topicWords = new Set(layersOf(lex).flatMap((l) => Object.values(l.topicWords ?? {}).flatMap((list) => list.flatMap((w) => contentWords(w, lex)))));
    const all = wordsOf(flows, translated);
    this.topics = new TopicIndex(all, lex);
    this.hubs = new Set(all.filter((f) => f.match.every((m) => typeof m !== 'string' && m.step)).map((f) => f.id));
    this.classifier = new FlowClassifier(
      all.flatMap((f) => [
        ...f.match.map((m) => ({ flow: f.id, text: typeof m === 'string' ? m : m.phrase, weight: FIELD_WEIGHT.match })),
        { flow: f.id, text: `${f.title} ${f.summary}`, weight: FIELD_WEIGHT.title },
        ...f.texts.map((text) => ({ flow: f.id, text, weight: FIELD_WEIGHT.text })),
      ]),
      lex,
    );
    this.phrases = all.flatMap((f) =>
      [...f.match, f.title].map((p) =>
        typeof p === 'string' ? { flow: f.id, words: contentWords(p, lex), weights: [], weight: 0 } : { flow: f.id, step: p.step, words: contentWords(p.phrase, lex), weights: [], weight: 0 },
      ),
    );
    const flowsWith = new Map<string, Set<string>>();
    for (const p of this.phrases) for (const w of p.words) flowsWith.set(w, (flowsWith.get(w) ?? new Set()).add(p.flow));
    const flowCount = new Set(this.phrases.map((p) => p.flow)).size || 1;
    for (const [w, set] of flowsWith) {
      this.weight.set(w, Math.log(1 + flowCount / set.size));
      this.flowsWith.set(w, set.size);
    }
    this.vocabulary = [...flowsWith.keys()];
    for (const [i, p] of this.phrases.entries()) {
      p.weights = p.words.map((w) => this.weightOf(w));
      p.weight = p.weights.reduce((sum, w) => sum + w, 0);
      for (const w of p.words) this.phrasesWith.set(w, [...(this.phrasesWith.get(w) ?? []), i]);
    }
  }

  /** Word → the phrases holding it: a text is scored only against phrases it shares a word with. */
  private phrasesWith = new Map<string, number[]>();

  private weightOf(word: string): number {
    return this.weight.get(word) ?? Math.log(2);
  }

  /** The words of the topics next to linking, as the router reads them. */
  private topicWords: ReadonlySet<string>;

  /** Near misses already looked up: the vocabulary is fixed, people's typos repeat. */
  private nearMisses = new Map<string, string>();

  /** Maps a typed word to a known one when it is a near miss ("scna" → "scan", "authorizaton" → "authorize"). */
  known(word: string): string {
    // Words of scripts without spaces are dictionary words: an edit away is another word, not a typo.
    // Nor is a word of a topic next to linking a slip for a flow's word ("charge" is not "change").
    if (this.weight.has(word) || this.topicWords.has(word) || word.length < this.lex.typoMinLength || /[\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word)) return word;
    const cached = this.nearMisses.get(word);
    if (cached !== undefined) return cached;
    const found = this.nearest(word);
    if (this.nearMisses.size > 10_000) this.nearMisses.clear();
    this.nearMisses.set(word, found);
    return found;
  }

  private nearest(word: string): string {
    let best = word;
    let bestDistance = word.length >= 8 ? 3 : 2;
    for (const v of this.vocabulary) {
      if (Math.abs(v.length - word.length) > 2) continue;
      // A short word that starts differently is more likely another word than a slip ("tell" is not "sell").
      if (word.length < 6 && v[0] !== word[0]) continue;
      // Two letters swapped ("scna") is one slip of the fingers, not two.
      const d = swapped(word, v) ? 1 : distance(word, v);
      if (d < bestDistance) [best, bestDistance] = [v, d];
    }
    return best;
  }

  /** Facts about the person (their market, their follower count): they say who is asking, not what about. */
  private markets: (readonly [RegExp, string])[];
  private followers: RegExp[];
  private settled: RegExp[];

  /** The text's words as the router sees them. */
  words(text: string): string[] {
    let t = compact(normalize(text));
    for (const re of this.followers) t = t.replace(re, ' ');
    for (const re of this.settled) t = t.replace(re, ' ');
    // One market is where the person is; two ("an account from Spain, a shop in the UK") are the question.
    // So is one set as a condition ("can i link my account if i'm in vietnam").
    const named = new Set(this.markets.filter(([re]) => t.search(re) >= 0).map(([, code]) => code));
    const asked = named.size > 1 || (named.size === 1 && MARKET_AS_CONDITION.test(t));
    for (const [re] of this.markets) t = t.replace(re, asked ? ' country ' : ' ');
    return [...new Set(contentWords(t, this.lex).map((w) => this.known(w)))];
  }

  /** Every flow's best score for the text, highest first. */
  scores(text: string): Route[] {
    return this.scoresOf(this.words(text));
  }

  /** Every flow's best score for the text's words (as `words` gives them), highest first. */
  private scoresOf(words: string[]): Route[] {
    if (words.length === 0) return [];
    const given = new Set(words);
    const textWeight = words.reduce((s, w) => s + this.weightOf(w), 0);
    const best = new Map<string, Route>();
    const b2 = RECALL_WEIGHT * RECALL_WEIGHT;
    // Each phrase sharing a word with the text, once, in the order the words first lead to it.
    const seen = new Uint8Array(this.phrases.length);
    for (const w of words) {
      for (const i of this.phrasesWith.get(w) ?? []) {
        if (seen[i]) continue;
        seen[i] = 1;
        const p = this.phrases[i]!;
        const phraseWeight = p.weight;
        let shared = 0;
        let count = 0;
        for (let j = 0; j < p.words.length; j++) if (given.has(p.words[j]!)) (shared += p.weights[j]!), count++;
        if (shared === 0 || phraseWeight === 0) continue;
        // One rare word of a longer phrase ("review" of "shop is still under review") is a coincidence, not
        // the phrase; so is one common word ("not", "link") of a short one.
        if (count < 2 && (p.words.length > 2 || (p.words.length === 2 && !p.words.some((x) => given.has(x) && this.spread(x) <= DISTINCT)))) continue;
        const recall = shared / phraseWeight;
        const precision = shared / textWeight;
        const score = ((1 + b2) * precision * recall) / (b2 * precision + recall);
        if (score > (best.get(p.flow)?.score ?? 0)) best.set(p.flow, { flow: p.flow, step: p.step, score });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }

  /** How many flows' phrases hold each word. */
  private flowsWith = new Map<string, number>();

  /** Whether the flow is a hub (the menu), whose steps only sort people into the other flows. */
  isHub(flow: string): boolean {
    return this.hubs.has(flow);
  }

  /** Whether the flows' phrases hold a word, and whether few enough of them do for it to tell them apart. */
  kindOf(word: string): 'distinct' | 'common' | 'unknown' {
    const n = this.spread(word);
    return n === 0 ? 'unknown' : n <= DISTINCT ? 'distinct' : 'common';
  }

  private spread(word: string): number {
    return this.flowsWith.get(word) ?? 0;
  }

  /** The text's words that some phrase of the flow holds. */
  private explained(flow: string, words: readonly string[]): Set<string> {
    return new Set(words.filter((w) => (this.phrasesWith.get(w) ?? []).some((i) => this.phrases[i]!.flow === flow)));
  }

  /** Whether the whole-vocabulary similarity or the classifier also names the flow: a near call needs one of them. */
  seconded(text: string, flow: string): boolean {
    // The margin was calibrated on English messages; a router reading a language beside English mixes two
    // vocabularies, and its own tuning already stands without this check.
    if (this.lex.also) return true;
    return this.topics.similar(this.words(text))[0]?.flow === flow || this.classifier.best(text) === flow;
  }

  /** The flow the text is about, or undefined when the router is not confident. */
  route(text: string): Route | undefined {
    const words = this.words(text);
    const [first, second] = this.scoresOf(words);
    // A phrase said in full, with nothing else, is always enough; otherwise the best must lead clearly.
    if (first && first.score >= EXACT) return second && second.score >= EXACT ? undefined : first;
    // Two or fewer words that many flows share ("not working") name no problem, unless a phrase fits closely.
    if (first && first.score < CLOSE_FIT && words.length <= 3 && words.every((w) => this.kindOf(w) !== 'distinct')) return undefined;
    if (first && first.score >= MIN_SCORE && (!second || first.score - second.score >= MIN_MARGIN)) {
      return (first.score >= CLOSE_FIT && (!second || first.score - second.score >= AGREE_MARGIN)) || this.seconded(text, first.flow) ? first : undefined;
    }
    // Close scores: the one of the two whose phrases explain all the other's words and more, one of them
    // a word few flows' phrases hold, is the one meant.
    if (first && second && second.score >= MIN_SCORE) {
      const words = this.words(text);
      const dominates = (a: Route, b: Route) => {
        const mine = this.explained(a.flow, words);
        const theirs = this.explained(b.flow, words);
        const own = [...mine].filter((w) => !theirs.has(w));
        return own.length > 0 && [...theirs].every((w) => mine.has(w)) && own.some((w) => this.spread(w) <= DISTINCT);
      };
      if (dominates(first, second)) return this.seconded(text, first.flow) ? first : undefined;
      // The runner-up takes over only from a near tie: one more word of its own ("new" of "a new shop") does
      // not outweigh a phrase that fits clearly better.
      if (first.score - second.score < FLIP_MARGIN && dominates(second, first)) return this.seconded(text, second.flow) ? second : undefined;
    }
    // No phrase fits well: the flow whose whole vocabulary (phrases, texts, labels) is closest, when clearly so.
    // One known word is too little to go on without a phrase ("test", "wait", "tell me a joke").
    if (words.filter((w) => this.topics.knows(w)).length < 2) return undefined;
    const [a, b] = this.topics.similar(words);
    // Phrases of two flows fitting well are a question between those two, and one flow's phrase fitting well is that flow's:
    // the vocabulary may settle or confirm it, never name a third.
    const between = first && first.score >= MIN_SCORE ? [first.flow, ...(second && second.score >= MIN_SCORE ? [second.flow] : [])] : undefined;
    // (Nor overturn the better phrase fit when the classifier sides with it: then the two readings disagree, and the menu asks.)
    const overturned = between !== undefined && a !== undefined && a.flow !== first!.flow && !this.lex.also && this.classifier.best(text) === first!.flow;
    if (a && a.score >= MIN_SIMILARITY && (!b || a.score >= SIMILARITY_LEAD * b.score) && !this.hubs.has(a.flow) && (!between || between.includes(a.flow)) && !overturned) return { flow: a.flow, score: a.score };
    return undefined;
  }
}
