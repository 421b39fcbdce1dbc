// Measures understanding on a labelled corpus (test/understanding/corpus/, English at its top, every other
// language in its own folder): right / unsure / wrong per intent and overall, slot accuracy, and out-of-scope
// messages sent into a linking tree. The check part is only ever scored, never listed message by message,
// so tuning cannot read it. Items name choices by their English label, whatever language they are in.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { MENU_FLOW, type StepKey } from '../flow/check.ts';
import type { CompiledFlows } from '../flow/compile.ts';
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '../i18n/languages.ts';
import { endingChoice, labelPolarity } from './choices.ts';
import { commandOf } from './commands.ts';
import { isPersonButton, Understanding, type Intent } from './interpret.ts';
import { labelOf, learn, type Example } from './learned.ts';
import { lexiconFor } from './lexicons/by-language.ts';
import { normalize } from './text.ts';

const Expect = z.strictObject({
  intent: z.enum(['route', 'choice', 'answer', 'command', 'person', 'out-of-scope', 'unsure']),
  flow: z.string().optional(),
  label: z.string().optional(),
  command: z.string().optional(),
  topic: z.string().optional(),
  facts: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)).optional(),
});

export const CorpusItem = z.strictObject({
  text: z.string(),
  at: z.string().nullable().optional(),
  expect: Expect,
});
export type CorpusItem = z.infer<typeof CorpusItem>;

export function readCorpus(file: string): CorpusItem[] {
  return z.array(CorpusItem).parse(parse(readFileSync(file, 'utf8')));
}

/** Where a language's part of the corpus lives: English at the top of the folder, others in `<lang>/`. */
export function corpusFile(folder: string, language: Language, part: string): string {
  return language === SOURCE_LANGUAGE ? join(folder, `${part}.yaml`) : join(folder, language, `${part}.yaml`);
}

/** The languages that have this part of the corpus, English first. */
export function corpusLanguages(folder: string, part: string): Language[] {
  return LANGUAGES.filter((l) => existsSync(corpusFile(folder, l, part)));
}


export type Verdict = 'right' | 'unsure' | 'wrong';

export interface Scored {
  item: CorpusItem;
  got: Intent;
  verdict: Verdict;
  /** Expected facts found with the expected value, and facts expected. */
  slotsRight: number;
  slotsExpected: number;
  /** Facts found that the item does not state. */
  slotsSpurious: number;
}

export interface Report {
  total: number;
  byIntent: Record<string, Record<Verdict, number>>;
  overall: Record<Verdict, number>;
  slots: { right: number; expected: number; spurious: number };
  /** Out-of-scope messages that were routed into a linking flow or a choice: must be none. */
  scopeLeaks: number;
  /** Items whose step or label no longer exists in the flows (the corpus needs updating). */
  stale: number;
  scored: Scored[];
}

/**
 * Help asked as a first message and the menu's route land in one place: the greeting and its menu, help's note above
 * them ("what can this bot do?" is either, and the user sees the same buttons).
 */
function helpMeetsMenu(item: CorpusItem, flow: string | undefined, command: string | undefined): boolean {
  return !item.at && flow === MENU_FLOW && command === 'help';
}

/** The verdict on one item: `right` when the intent (and its flow, label, command or topic) matches. */
function judge(item: CorpusItem, got: Intent, flows: CompiledFlows): Verdict | 'stale' {
  const e = item.expect;
  const at = item.at ? flows.steps.get(item.at as StepKey) : undefined;
  if (item.at && !at) return 'stale';
  if (got.kind === 'unsure') return e.intent === 'unsure' ? 'right' : 'unsure';
  switch (e.intent) {
    case 'route': {
      // The step's button that leads into that flow, pressed ("how to sell these in live" at a step offering "How do I
      // make it sell?"): the user lands in the flow either way.
      const goto = got.kind === 'choice' ? at?.step.choices?.[got.index]?.goto : undefined;
      const into = goto !== undefined && (goto === e.flow || goto.startsWith(`${e.flow}.`));
      return (got.kind === 'route' && got.flow === e.flow) || into || helpMeetsMenu(item, e.flow, got.kind === 'command' ? got.command : undefined) ? 'right' : 'wrong';
    }
    case 'choice': {
      const index = at?.step.choices?.findIndex((c) => c.label === e.label) ?? -1;
      if (index < 0) return 'stale';
      // The step's person button, asked for in words that ask for a person anywhere: a person either way.
      if (got.kind === 'command' && got.command === 'human' && isPersonButton(e.label!)) return 'right';
      // …and so is a button that is a command by its words ("Back to the start"), given as that command: the same place either way.
      if (got.kind === 'command' && commandOf(e.label!) === got.command) return 'right';
      return got.kind === 'choice' && got.index === index ? 'right' : 'wrong';
    }
    case 'answer':
      return got.kind === 'answer' ? 'right' : 'wrong';
    case 'command': {
      // Thanks at a step whose button ends the talk with thanks is that button, pressed (by design, as a person asked
      // for is the person button): the talk ends with thanks either way.
      const thanked = e.command === 'thanks' && got.kind === 'choice' && at?.step.choices && endingChoice(at.step.choices.map((c, i) => ({ index: i, label: c.label }))) === got.index;
      // So is starting over at a step whose button starts over ("Restart this guide"): the guide starts again either way.
      const restarted = e.command === 'restart' && got.kind === 'choice' && at?.step.choices?.[got.index] !== undefined && commandOf(at.step.choices[got.index]!.label) === 'restart';
      // …and so is turning a reminder down at a step that offers one, by its "No thanks": no reminder either way.
      const declined = e.command === 'cancel' && got.kind === 'choice' && at?.step.choices?.some((c) => c.remind !== undefined) && at.step.choices[got.index]?.remind === undefined && labelPolarity(at.step.choices[got.index]!.label) === 'no';
      const menu = helpMeetsMenu(item, got.kind === 'route' ? got.flow : undefined, e.command);
      return (got.kind === 'command' && got.command === e.command) || thanked || restarted || declined || menu ? 'right' : 'wrong';
    }
    case 'person': {
      // A person asked for at a step that offers one is that button, pressed: the user reaches a person either way.
      const button = got.kind === 'choice' ? at?.step.choices?.[got.index]?.label : undefined;
      return (got.kind === 'command' && got.command === 'human') || (button !== undefined && isPersonButton(button)) ? 'right' : 'wrong';
    }
    case 'out-of-scope':
      return got.kind === 'out-of-scope' && got.topic === e.topic ? 'right' : 'wrong';
    case 'unsure':
      return 'wrong';
  }
}

function sameFact(fact: string, want: string, have: string | undefined): boolean {
  if (have === undefined) return false;
  if (fact === 'error-text') return normalize(have).includes(normalize(want)) || normalize(want).includes(normalize(have));
  return have === want;
}

export function evaluate(items: readonly CorpusItem[], understanding: Understanding, flows: CompiledFlows, language: Language = SOURCE_LANGUAGE): Report {
  const zero = (): Record<Verdict, number> => ({ right: 0, unsure: 0, wrong: 0 });
  const report: Report = { total: 0, byIntent: {}, overall: zero(), slots: { right: 0, expected: 0, spurious: 0 }, scopeLeaks: 0, stale: 0, scored: [] };
  for (const item of items) {
    const got = understanding.interpret(item.text, { step: (item.at ?? undefined) as StepKey | undefined, facts: {}, language });
    const verdict = judge(item, got, flows);
    if (verdict === 'stale') {
      report.stale++;
      continue;
    }
    report.total++;
    (report.byIntent[item.expect.intent] ??= zero())[verdict]++;
    report.overall[verdict]++;
    if (item.expect.intent === 'out-of-scope' && (got.kind === 'route' || got.kind === 'choice')) report.scopeLeaks++;
    const want = item.expect.facts ?? {};
    const slotsRight = Object.entries(want).filter(([k, v]) => sameFact(k, v, got.facts[k])).length;
    const slotsSpurious = Object.keys(got.facts).filter((k) => want[k] === undefined).length;
    report.slots.right += slotsRight;
    report.slots.expected += Object.keys(want).length;
    report.slots.spurious += slotsSpurious;
    report.scored.push({ item, got, verdict, slotsRight, slotsExpected: Object.keys(want).length, slotsSpurious });
  }
  return report;
}

/** A corpus's first messages as examples to learn from, each labelled as its expectation reads. */
export function examplesOf(items: readonly CorpusItem[]): Example[] {
  return items.filter((i) => !i.at).map((i) => ({ text: i.text, label: labelOf({ kind: i.expect.intent, ...i.expect }) }));
}

/**
 * Scores the messages a language's learned reading was learned from without letting it see the answers: the items
 * in five stretches (a batch's messages sit together), each scored by a reading learned from the other four.
 */
export function evaluateHeldOut(items: readonly CorpusItem[], flows: CompiledFlows, language: Language = SOURCE_LANGUAGE, folds = 5): Report {
  const stretch = (i: number) => Math.floor((i * folds) / items.length);
  const reports = Array.from({ length: folds }, (_, k) => {
    const model = learn(examplesOf(items.filter((_, i) => stretch(i) !== k)), lexiconFor(language));
    return evaluate(items.filter((_, i) => stretch(i) === k), new Understanding(flows, { learned: { [language]: model } }), flows, language);
  });
  return reports.reduce(merged);
}

function merged(a: Report, b: Report): Report {
  const add = (x: Record<Verdict, number>, y: Record<Verdict, number> = { right: 0, unsure: 0, wrong: 0 }) => ({ right: x.right + y.right, unsure: x.unsure + y.unsure, wrong: x.wrong + y.wrong });
  const byIntent = { ...a.byIntent };
  for (const [intent, v] of Object.entries(b.byIntent)) byIntent[intent] = add(v, byIntent[intent]);
  return {
    total: a.total + b.total,
    byIntent,
    overall: add(a.overall, b.overall),
    slots: { right: a.slots.right + b.slots.right, expected: a.slots.expected + b.slots.expected, spurious: a.slots.spurious + b.slots.spurious },
    scopeLeaks: a.scopeLeaks + b.scopeLeaks,
    stale: a.stale + b.stale,
    scored: [...a.scored, ...b.scored],
  };
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '—');

/** The figures as a small table, for people and for CI logs. */
export function formatReport(name: string, r: Report): string {
  const rows = Object.entries(r.byIntent)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([intent, v]) => {
      const n = v.right + v.unsure + v.wrong;
      return `  ${intent.padEnd(13)} ${String(n).padStart(4)}   right ${pct(v.right, n).padStart(6)}   unsure ${pct(v.unsure, n).padStart(6)}   wrong ${pct(v.wrong, n).padStart(6)}`;
    });
  return [
    `${name}: ${r.total} messages${r.stale ? ` (${r.stale} stale, not counted)` : ''}`,
    ...rows,
    `  ${'overall'.padEnd(13)} ${String(r.total).padStart(4)}   right ${pct(r.overall.right, r.total).padStart(6)}   unsure ${pct(r.overall.unsure, r.total).padStart(6)}   wrong ${pct(r.overall.wrong, r.total).padStart(6)}`,
    `  slots: ${r.slots.right}/${r.slots.expected} right (${pct(r.slots.right, r.slots.expected)}), ${r.slots.spurious} spurious`,
    `  out-of-scope routed into a linking flow: ${r.scopeLeaks}`,
  ].join('\n');
}

/** The tune part's misses, one a line: what was expected, what came out, which facts differ. */
export function formatMisses(r: Report): string {
  const show = (i: Intent) => {
    const { facts, ...rest } = i;
    return `${Object.values(rest).join(' ')}${Object.keys(facts).length ? ` ${JSON.stringify(facts)}` : ''}`;
  };
  return r.scored
    .filter((s) => s.verdict !== 'right' || s.slotsRight < s.slotsExpected || s.slotsSpurious > 0)
    .map((s) => {
      const e = s.item.expect;
      const want = [e.intent, e.flow ?? e.label ?? e.command ?? e.topic ?? ''].join(' ').trim();
      return `  [${s.verdict}] ${s.item.at ?? 'first'} | ${s.item.text}\n      want ${want}${e.facts ? ` ${JSON.stringify(e.facts)}` : ''}\n      got  ${show(s.got)}`;
    })
    .join('\n');
}
