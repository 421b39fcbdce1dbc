// A flow's words in a language: the translation's where it has them, else the flow's own (English), key by
// key, so a half-translated flow still reads whole. Only words change; the graph is always the flow's.
import type { Language } from '../i18n/languages.ts';
import type { StepKey } from './check.ts';
import type { CompiledFlows } from './compile.ts';
import { choiceKeyOf, type FlowText, type StepText } from './translation.ts';

function flowText(compiled: CompiledFlows, flow: string, language: Language): FlowText | undefined {
  return compiled.translations.get(language)?.get(flow);
}

function stepText(compiled: CompiledFlows, key: StepKey, language: Language): StepText | undefined {
  const dot = key.indexOf('.');
  return flowText(compiled, key.slice(0, dot), language)?.steps[key.slice(dot + 1)];
}

/** What the step says on entering it. */
export function sayIn(compiled: CompiledFlows, key: StepKey, language: Language): string | undefined {
  const say = compiled.steps.get(key)?.step.say;
  return say === undefined ? undefined : (stepText(compiled, key, language)?.say ?? say);
}

/** The label of the step's choice at `index` (its place in the flow file). */
export function labelIn(compiled: CompiledFlows, key: StepKey, index: number, language: Language): string | undefined {
  const choice = compiled.steps.get(key)?.step.choices?.[index];
  if (!choice) return undefined;
  return stepText(compiled, key, language)?.choices?.[choiceKeyOf(choice)]?.label ?? choice.label;
}

/** The label and placeholder of the step's question. */
export function askIn(compiled: CompiledFlows, key: StepKey, language: Language): { label: string; placeholder?: string } | undefined {
  const ask = compiled.steps.get(key)?.step.ask;
  if (!ask) return undefined;
  const text = stepText(compiled, key, language)?.ask;
  const placeholder = text?.placeholder ?? ask.placeholder;
  return { label: text?.label ?? ask.label, ...(placeholder !== undefined ? { placeholder } : {}) };
}

/** A flow's title. */
export function titleIn(compiled: CompiledFlows, flow: string, language: Language): string | undefined {
  const title = compiled.flows.get(flow)?.title;
  return title === undefined ? undefined : (flowText(compiled, flow, language)?.title ?? title);
}

/** Why a handoff step hands the case to a person. */
export function reasonIn(compiled: CompiledFlows, key: StepKey, language: Language): string | undefined {
  const reason = compiled.steps.get(key)?.step.handoff?.reason;
  return reason === undefined ? undefined : (stepText(compiled, key, language)?.handoff?.reason ?? reason);
}
