// How the understanding tests read one message: where the conversation is, the intent, and the label of the
// button it picks. Shared by the stage's tests so each says only what it expects.
import type { StepKey } from '../../src/flow/check.ts';
import { Understanding, type Situation } from '../../src/understanding/interpret.ts';
import { shippedFlows } from '../support.ts';

// A fresh stage per message (a few milliseconds), so that mutation testing sees which tests exercise its constructor.
export const understanding = () => new Understanding(shippedFlows());

export const at = (step: StepKey, facts?: Record<string, string>): Situation => ({ step, facts });

export const read = (text: string, where: Situation = {}) => understanding().interpret(text, where);

/** The reading by the rules alone, without the learned reading's doubt (which learned.test.ts holds to account). */
export const readByRules = (text: string, where: Situation = {}) => new Understanding(shippedFlows(), { learned: { en: null } }).interpret(text, where);

/** The label of the button an intent picks at a step, or the intent when it picks none. */
export const labelOf = (step: StepKey, text: string) => {
  const intent = read(text, at(step));
  if (intent.kind !== 'choice') return intent;
  return shippedFlows().steps.get(step)!.step.choices![intent.index]!.label;
};
