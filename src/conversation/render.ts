// Turns the steps a turn passed through into platform-neutral replies in the conversation's language, with
// buttons for the last one. Choices guarded by `when` are offered only when the facts match.
import { matchesWhen, type CompiledFlows, type FlowContext, type PathEntry } from '../flow/compile.ts';
import type { StepKey } from '../flow/check.ts';
import { askIn, labelIn, sayIn } from '../flow/wording.ts';
import type { Language } from '../i18n/languages.ts';
import { encodeAction } from './action.ts';
import { messagesIn } from './messages.ts';
import type { Reply } from './reply.ts';

export interface RenderState {
  conversation: string;
  rev: number;
  step: StepKey;
  context: FlowContext;
  caseNumber?: number;
  language: Language;
}

/** Each step's words per language, as sayOf gives them: worked out once per set of flows (they never change). */
const said = new WeakMap<CompiledFlows, Map<string, string | undefined>>();

/** What a step says in the language: its words, or the no-desk sentence for a handoff when no desk runs. */
function sayOf(compiled: CompiledFlows, step: StepKey, language: Language): string | undefined {
  let cache = said.get(compiled);
  if (!cache) said.set(compiled, (cache = new Map()));
  const key = `${language} ${step}`;
  if (cache.has(key)) return cache.get(key);
  const say = compiled.steps.get(step)?.noDesk ? messagesIn(language).noDesk : sayIn(compiled, step, language)?.trim();
  cache.set(key, say);
  return say;
}

/** A skipped question's answer as the user would have pressed it: the choice's label in their language. */
function answerIn(compiled: CompiledFlows, entry: PathEntry, language: Language): string {
  const answer = entry.answer ?? '';
  const index = compiled.steps.get(entry.step)?.step.choices?.findIndex((c) => c.label === answer) ?? -1;
  return index < 0 ? answer : (labelIn(compiled, entry.step, index, language) ?? answer);
}

/** The choices of a step that are offered now, with their index in the flow file. */
export function offeredChoices(compiled: CompiledFlows, step: StepKey, facts: Record<string, string>) {
  const info = compiled.steps.get(step);
  return (info?.step.choices ?? []).map((choice, index) => ({ choice, index })).filter(({ choice }) => matchesWhen(facts, choice.when));
}

/** The interactive part of the step the user is on: buttons, an input, or the end. */
function controls(compiled: CompiledFlows, s: RenderState): Pick<Reply, 'buttons' | 'ask'> {
  const info = compiled.steps.get(s.step)!;
  const act = (choice: Parameters<typeof encodeAction>[0]['choice']) => encodeAction({ conversation: s.conversation, rev: s.rev, choice });
  if (info.step.choices) {
    return {
      buttons: offeredChoices(compiled, s.step, s.context.facts).map(({ choice, index }) => ({
        label: labelIn(compiled, s.step, index, s.language) ?? choice.label,
        action: act(index),
      })),
    };
  }
  const ask = askIn(compiled, s.step, s.language);
  if (ask) return { ask: { label: ask.label, placeholder: ask.placeholder, action: act('answer') } };
  if (info.step.end) return { buttons: [{ label: messagesIn(s.language).startOver, action: act('restart'), secondary: true }] };
  return {};
}

/** Replies for the steps entered since `sinceSeq`; the last carries the current step's controls. */
export function renderTurn(compiled: CompiledFlows, s: RenderState, sinceSeq: number): Reply[] {
  const newEntries = Math.min(s.context.seq - sinceSeq, s.context.path.length);
  const entered = s.context.path.slice(s.context.path.length - newEntries);
  const replies: Reply[] = [];
  for (const entry of entered) {
    // A question skipped because the user already answered it: say so instead of asking.
    if (entry.inferred && entry.step !== s.step) {
      replies.push({ text: messagesIn(s.language).inferred(answerIn(compiled, entry, s.language)), kind: 'step' });
      continue;
    }
    const say = sayOf(compiled, entry.step, s.language);
    if (say) replies.push({ text: say, kind: 'step' });
  }
  return finish(compiled, s, replies);
}

/** The current step again, as if just entered (resume, help, refusals). */
export function renderCurrent(compiled: CompiledFlows, s: RenderState): Reply[] {
  const say = sayOf(compiled, s.step, s.language);
  return finish(compiled, s, say ? [{ text: say, kind: 'step' }] : []);
}

/**
 * A handoff turn's replies once its case has a number: the number is said last. The same as rendering the
 * turn again with the number (a handoff step has no controls), without doing it twice.
 */
export function withCaseOpened(replies: Reply[], caseNumber: number, language: Language): Reply[] {
  // Rendered before the number existed, a handoff step that said nothing is one empty placeholder.
  return [...replies.filter((r) => r.text !== ''), { text: messagesIn(language).caseOpened(caseNumber), kind: 'step' }];
}

function finish(compiled: CompiledFlows, s: RenderState, replies: Reply[]): Reply[] {
  const info = compiled.steps.get(s.step)!;
  if (info.step.handoff && s.caseNumber !== undefined) replies.push({ text: messagesIn(s.language).caseOpened(s.caseNumber), kind: 'step' });
  const last = replies[replies.length - 1];
  const ctl = controls(compiled, s);
  if (!last) return [{ text: ctl.ask?.label ?? '', kind: 'step', ...ctl }];
  replies[replies.length - 1] = { ...last, ...ctl };
  return replies;
}
