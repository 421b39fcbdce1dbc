// Routes free text to a flow (or one of its steps) by the flows' `match` phrases, or admits it is unsure.
// Scoring: how much of a phrase the text covers and how much of the text the phrase explains, each word
// weighted by how rare it is across flows, with small typos mapped to known words.
import { distance } from 'fastest-levenshtein';
import type { Flow } from '../flow/load.ts';
import { EN, type Lexicon } from './lexicon.ts';
import { contentWords } from './words.ts';

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

/** A score this high means the text is one of the flow's phrases, word for word. */
const EXACT = 0.999;
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

  constructor(flows: readonly Flow[], lex: Lexicon) {
    const counts = new Map<string, Map<string, number>>();
    for (const f of flows.filter((x) => x.match.length)) {
      const bag = new Map<string, number>();
      const add = (text: string, weight: number) => {
        for (const w of contentWords(text, lex)) bag.set(w, (bag.get(w) ?? 0) + weight);
      };
      for (const m of f.match) add(typeof m === 'string' ? m : m.phrase, FIELD_WEIGHT.match);
      add(`${f.title} ${f.summary}`, FIELD_WEIGHT.title);
      for (const step of Object.values(f.steps)) {
        if (step.say) add(step.say, FIELD_WEIGHT.text);
        for (const c of step.choices ?? []) add([c.label, ...(c.synonyms ?? [])].join(' '), FIELD_WEIGHT.text);
      }
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

  constructor(
    flows: readonly Flow[],
    private lex: Lexicon = EN,
  ) {
    this.topics = new TopicIndex(flows, lex);
    // A flow without `match` phrases (the menu) is reached by buttons only.
    this.phrases = flows.flatMap((f) =>
      (f.match.length ? [...f.match, f.title] : []).map((p) =>
        typeof p === 'string'
          ? { flow: f.id, words: contentWords(p, lex), weights: [], weight: 0 }
          : { flow: f.id, step: p.step, words: contentWords(p.phrase, lex), weights: [], weight: 0 },
      ),
    );
    const flowsWith = new Map<string, Set<string>>();
    for (const p of this.phrases) for (const w of p.words) flowsWith.set(w, (flowsWith.get(w) ?? new Set()).add(p.flow));
    const flowCount = new Set(this.phrases.map((p) => p.flow)).size || 1;
    for (const [w, set] of flowsWith) this.weight.set(w, Math.log(1 + flowCount / set.size));
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

  /** Near misses already looked up: the vocabulary is fixed, people's typos repeat. */
  private nearMisses = new Map<string, string>();

  /** Maps a typed word to a known one when it is a near miss ("scna" → "scan", "authorizaton" → "authorize"). */
  known(word: string): string {
    if (this.weight.has(word) || word.length < 4) return word;
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
      // Two letters swapped ("scna") is one slip of the fingers, not two.
      const d = swapped(word, v) ? 1 : distance(word, v);
      if (d < bestDistance) [best, bestDistance] = [v, d];
    }
    return best;
  }

  /** The text's words as the router sees them. */
  words(text: string): string[] {
    return [...new Set(contentWords(text, this.lex).map((w) => this.known(w)))];
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
        for (let j = 0; j < p.words.length; j++) if (given.has(p.words[j]!)) shared += p.weights[j]!;
        if (shared === 0 || phraseWeight === 0) continue;
        const recall = shared / phraseWeight;
        const precision = shared / textWeight;
        const score = ((1 + b2) * precision * recall) / (b2 * precision + recall);
        if (score > (best.get(p.flow)?.score ?? 0)) best.set(p.flow, { flow: p.flow, step: p.step, score });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }

  /** The flow the text is about, or undefined when the router is not confident. */
  route(text: string): Route | undefined {
    const words = this.words(text);
    const [first, second] = this.scoresOf(words);
    // A phrase said in full, with nothing else, is always enough; otherwise the best must lead clearly.
    if (first && (first.score >= EXACT || (first.score >= MIN_SCORE && (!second || first.score - second.score >= MIN_MARGIN)))) return first;
    // No phrase fits well: the flow whose whole vocabulary (phrases, texts, labels) is closest, when clearly so.
    // One word is too little to go on without a phrase ("test", "wait").
    if (words.length < 2) return undefined;
    const [a, b] = this.topics.similar(words);
    if (a && a.score >= MIN_SIMILARITY && (!b || a.score >= SIMILARITY_LEAD * b.score)) return { flow: a.flow, score: a.score };
    return undefined;
  }
}
