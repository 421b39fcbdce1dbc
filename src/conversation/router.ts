// Routes free text to a flow by its `match` phrases, or admits it is unsure.
// Scoring is a word-overlap (Dice) weighted by how rare a word is across flows, tolerant of small typos.
import { distance } from 'fastest-levenshtein';
import type { Flow } from '../flow/load.ts';
import { contentWords } from './words.ts';

export interface Route {
  flow: string;
  score: number;
}

/** Below this score the router shows the menu rather than guess. */
export const MIN_SCORE = 0.5;
/** The best flow must beat the runner-up by this much, or the text is ambiguous. */
export const MIN_MARGIN = 0.12;

interface Phrase {
  flow: string;
  words: string[];
}

export class Router {
  private phrases: Phrase[];
  private weight = new Map<string, number>();
  private vocabulary: string[];

  constructor(flows: readonly Flow[]) {
    // A flow without `match` phrases (the menu) is reached by buttons only.
    this.phrases = flows.flatMap((f) => (f.match.length ? [...f.match, f.title] : []).map((p) => ({ flow: f.id, words: contentWords(p) })));
    const flowsWith = new Map<string, Set<string>>();
    for (const p of this.phrases) for (const w of p.words) flowsWith.set(w, (flowsWith.get(w) ?? new Set()).add(p.flow));
    const flowCount = new Set(this.phrases.map((p) => p.flow)).size || 1;
    for (const [w, set] of flowsWith) this.weight.set(w, Math.log(1 + flowCount / set.size));
    this.vocabulary = [...flowsWith.keys()];
  }

  private weightOf(word: string): number {
    return this.weight.get(word) ?? Math.log(2);
  }

  /** Maps a typed word to a known one when it is a near miss ("scna" → "scan"). */
  private known(word: string): string {
    if (this.weight.has(word) || word.length < 4) return word;
    let best = word;
    let bestDistance = 2;
    for (const v of this.vocabulary) {
      if (Math.abs(v.length - word.length) > 1) continue;
      const d = distance(word, v);
      if (d < bestDistance) [best, bestDistance] = [v, d];
    }
    return best;
  }

  /** Every flow's best score for the text, highest first. */
  scores(text: string): Route[] {
    const words = contentWords(text).map((w) => this.known(w));
    if (words.length === 0) return [];
    const textWeight = words.reduce((s, w) => s + this.weightOf(w), 0);
    const given = new Set(words);
    const best = new Map<string, number>();
    for (const p of this.phrases) {
      const phraseWeight = p.words.reduce((s, w) => s + this.weightOf(w), 0);
      const shared = p.words.filter((w) => given.has(w)).reduce((s, w) => s + this.weightOf(w), 0);
      const score = (2 * shared) / (phraseWeight + textWeight);
      if (score > (best.get(p.flow) ?? 0)) best.set(p.flow, score);
    }
    return [...best].map(([flow, score]) => ({ flow, score })).sort((a, b) => b.score - a.score);
  }

  /** The flow the text is about, or undefined when the router is not confident. */
  route(text: string): Route | undefined {
    const [first, second] = this.scores(text);
    if (!first || first.score < MIN_SCORE) return undefined;
    if (second && first.score - second.score < MIN_MARGIN) return undefined;
    return first;
  }
}
