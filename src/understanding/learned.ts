// A reading learned from labelled first messages (the corpus's tune part): a naive Bayes over content words.
// It never decides where a message goes; it only doubts a confident reading that the labelled messages make very unlikely.
import { existsSync, readFileSync } from 'node:fs';
import type { Language } from '../i18n/languages.ts';
import type { Lexicon } from './lexicon.ts';
import { contentWords } from './words.ts';

/** What a first message was labelled: the flow, the topic, the command, or the bare intent. */
export type Label = string;

/** Word counts per label, as written to `learned/<language>.json` by `shoplink learn`. */
export interface LearnedModel {
  /** Additive smoothing: a word a label never saw is unlikely for it, not impossible. */
  alpha: number;
  labels: Record<Label, { examples: number; words: Record<string, number> }>;
}

export interface Example {
  label: Label;
  text: string;
}

const ALPHA = 0.5;
/**
 * How unlikely a reading must be to be doubted. Chosen on the tune part, five stretches of it each scored by a reading
 * learned from the other four: at 0.00001 it turned 84 of the rules' 284 first-message mistakes unsure for 7 right
 * readings, at 0.0001 104 for 19; above it, each mistake caught cost about one right reading (at 0.001, 140 for 52).
 */
export const DOUBT_BELOW = 0.0001;

/** The label of a meaning, in the words a corpus item's expectation uses. */
export function labelOf(m: { kind: string; flow?: string; topic?: string; command?: string }): Label {
  if (m.kind === 'route') return `route:${m.flow}`;
  if (m.kind === 'out-of-scope') return `out-of-scope:${m.topic}`;
  if (m.kind === 'command') return `command:${m.command}`;
  return m.kind;
}

export function learn(examples: readonly Example[], lex: Lexicon): LearnedModel {
  const labels: LearnedModel['labels'] = {};
  for (const e of examples) {
    const entry = (labels[e.label] ??= { examples: 0, words: {} });
    entry.examples++;
    for (const w of contentWords(e.text, lex)) entry.words[w] = (entry.words[w] ?? 0) + 1;
  }
  // Sorted, so the file written changes only where the counts do.
  const sortedKeys = <T>(o: Record<string, T>) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]!]));
  const sorted = sortedKeys(Object.fromEntries(Object.entries(labels).map(([l, e]) => [l, { examples: e.examples, words: sortedKeys(e.words) }])));
  return { alpha: ALPHA, labels: sorted };
}

/** Where a language's model ships: beside the code, as the engine's sentences do. */
export function modelFile(language: Language): URL {
  return new URL(`./learned/${language}.json`, import.meta.url);
}

const shipped = new Map<Language, LearnedModel | undefined>();

/** The model shipped for a language, or undefined where none was learned (read once). */
export function shippedModel(language: Language): LearnedModel | undefined {
  if (!shipped.has(language)) {
    const file = modelFile(language);
    shipped.set(language, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LearnedModel) : undefined);
  }
  return shipped.get(language);
}

const readings = new WeakMap<LearnedModel, LearnedReading>();

/** The reading of a model, built once per model (building it weighs every word of every label). */
export function readingOf(model: LearnedModel, lex: Lexicon): LearnedReading {
  let r = readings.get(model);
  if (!r) readings.set(model, (r = new LearnedReading(model, lex)));
  return r;
}

export class LearnedReading {
  /** Per label: the log prior, the log likelihood of each word seen with it, and of a word it never saw. */
  private logs = new Map<Label, { prior: number; words: Map<string, number>; unseen: number }>();
  private vocabulary = new Set<string>();

  constructor(
    model: LearnedModel,
    private lex: Lexicon,
  ) {
    const all = Object.values(model.labels);
    const examples = all.reduce((n, l) => n + l.examples, 0);
    for (const l of all) for (const w of Object.keys(l.words)) this.vocabulary.add(w);
    for (const [label, l] of Object.entries(model.labels)) {
      const total = Object.values(l.words).reduce((n, c) => n + c, 0);
      const denominator = total + model.alpha * this.vocabulary.size;
      const words = new Map(Object.entries(l.words).map(([w, c]) => [w, Math.log((c + model.alpha) / denominator)]));
      this.logs.set(label, { prior: Math.log(l.examples / examples), words, unseen: Math.log(model.alpha / denominator) });
    }
  }

  /** How likely each label is for a text, given the words of it the model knows; undefined when it knows none. */
  posterior(text: string): Map<Label, number> | undefined {
    const known = contentWords(text, this.lex).filter((w) => this.vocabulary.has(w));
    if (known.length === 0) return undefined;
    const scores = [...this.logs].map(([label, l]) => [label, known.reduce((s, w) => s + (l.words.get(w) ?? l.unseen), l.prior)] as const);
    const top = Math.max(...scores.map(([, s]) => s));
    const sum = scores.reduce((z, [, s]) => z + Math.exp(s - top), 0);
    return new Map(scores.map(([label, s]) => [label, Math.exp(s - top) / sum]));
  }

  /**
   * Whether a first message's reading is one the labelled messages make very unlikely (below DOUBT_BELOW). A label the
   * model never saw (flows renamed since it was learned) is not doubted, nor a text it knows no word of.
   */
  doubts(label: Label, text: string): boolean {
    if (!this.logs.has(label)) return false;
    const mine = this.posterior(text)?.get(label);
    return mine !== undefined && mine < DOUBT_BELOW;
  }
}
