// A second opinion on which flow a message is about: a multinomial naive Bayes over words and letter
// 4-grams, trained when the router is built from the flows' own words (phrases, names, what they say).
import type { Lexicon } from './lexicon.ts';
import { contentWords } from './words.ts';

/** A flow's words with how much each kind counts: phrases people type weigh most. */
export interface Example {
  flow: string;
  text: string;
  weight: number;
}

/** Additive smoothing: a feature a flow never uses is unlikely for it, not impossible. */
const ALPHA = 0.1;

/** A message's features: its content words, and their letter 4-grams so inflections and typos still meet. */
function features(text: string, lex: Lexicon): string[] {
  const words = contentWords(text, lex);
  const grams = words.flatMap((w) => {
    const padded = ` ${w} `;
    return padded.length < 4 ? [] : Array.from({ length: padded.length - 3 }, (_, i) => `#${padded.slice(i, i + 4)}`);
  });
  return [...words, ...grams];
}

export class FlowClassifier {
  private counts = new Map<string, Map<string, number>>();
  private totals = new Map<string, number>();
  private vocabulary = new Set<string>();

  constructor(
    examples: readonly Example[],
    private lex: Lexicon,
  ) {
    for (const e of examples) {
      const bag = this.counts.get(e.flow) ?? new Map<string, number>();
      for (const f of features(e.text, lex)) {
        bag.set(f, (bag.get(f) ?? 0) + e.weight);
        this.totals.set(e.flow, (this.totals.get(e.flow) ?? 0) + e.weight);
        this.vocabulary.add(f);
      }
      this.counts.set(e.flow, bag);
    }
  }

  /** The most likely flow for a text, or undefined when it holds nothing the flows say. */
  best(text: string): string | undefined {
    const known = features(text, this.lex).filter((f) => this.vocabulary.has(f));
    if (known.length === 0) return undefined;
    let best: { flow: string; score: number } | undefined;
    // Flows are equally likely beforehand: how many phrases a flow has says nothing about how often it is asked.
    for (const [flow, bag] of this.counts) {
      const denominator = (this.totals.get(flow) ?? 0) + ALPHA * this.vocabulary.size;
      const score = known.reduce((s, f) => s + Math.log(((bag.get(f) ?? 0) + ALPHA) / denominator), 0);
      if (!best || score > best.score) best = { flow, score };
    }
    return best?.flow;
  }
}
