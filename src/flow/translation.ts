// The shape of a flow's translation (flows/i18n/<lang>/<flow>.yaml): the words of a flow in one language,
// keyed by step ids and choice keys, so a translation can word the flow but never change where it goes.
import { z } from 'zod';
import type { Choice } from './schema.ts';

const text = z.string().min(1);

export const ChoiceText = z.strictObject({
  label: text,
  /** Other words people type for this choice in this language ("nope", "sigue igual"). */
  synonyms: z.array(z.string().min(1).max(80)).optional(),
});

export const StepText = z.strictObject({
  say: text.optional(),
  /** Keyed by the choice's key: its `id`, else its `goto`. */
  choices: z.record(z.string(), ChoiceText).optional(),
  ask: z.strictObject({ label: text, placeholder: text.optional() }).optional(),
  handoff: z.strictObject({ reason: text }).optional(),
  /** A page in this language that names the menus and buttons as this market's sellers see them. */
  source: z.string().url().optional(),
});

export const FlowText = z.strictObject({
  title: text,
  summary: text.max(100),
  /** Phrases in this language that route free text to the flow, or `{ phrase, step }` to one of its steps. */
  match: z.array(z.union([z.string().min(2), z.strictObject({ phrase: z.string().min(2), step: z.string() })])).default([]),
  steps: z.record(z.string(), StepText).default({}),
});

export type FlowText = z.infer<typeof FlowText>;
export type StepText = z.infer<typeof StepText>;
export type ChoiceText = z.infer<typeof ChoiceText>;

/** A choice's key in translations: its `id`, else the step or flow it leads to. */
export function choiceKeyOf(choice: Pick<Choice, 'id' | 'goto'>): string {
  return choice.id ?? choice.goto;
}
