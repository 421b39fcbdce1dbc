// Compiles the checked flows into one XState v5 machine: a state per flow, a child state per step.
// Conversations run it as an actor; its context carries the facts learned and the path taken.
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Flow } from './load.ts';
import type { Step, When } from './schema.ts';
import { isEnd, resolveTarget, type StepKey, MENU_FLOW } from './check.ts';
import { systemFlow, SYSTEM_FLOW } from './system.ts';
import type { Translations } from './translations.ts';

/** One entry of the path a conversation took: the step, and what the user answered there. */
export interface PathEntry {
  step: StepKey;
  answer?: string;
  /** The answer was not pressed or typed here: the step was skipped because the user had already said it. */
  inferred?: boolean;
}

export interface FlowContext {
  facts: Record<string, string>;
  /** The most recent steps entered, oldest first (bounded by MAX_PATH). */
  path: PathEntry[];
  /** How many steps were ever entered: tells which path entries are new in a turn. */
  seq: number;
}

export type FlowEvent =
  | { type: `pick.${number}` }
  | { type: 'answer'; text: string }
  | { type: `route.${string}` }
  /** Straight to a step of a flow, e.g. `go.preflight.region` (free text that names a step). */
  | { type: `go.${string}` }
  | { type: 'restart' };

/** Keeps a saved conversation small; a case needs the recent path, not all of it. */
export const MAX_PATH = 40;
/** Long answers are kept whole up to here; beyond, the case gets the start of them. */
export const MAX_ANSWER = 2000;

export function matchesWhen(facts: Record<string, string>, when: When | undefined): boolean {
  if (!when) return true;
  return Object.entries(when).every(([fact, want]) => {
    const have = facts[fact];
    return have !== undefined && (Array.isArray(want) ? want.includes(have) : want === have);
  });
}

function withAnswer(path: PathEntry[], answer: string): PathEntry[] {
  const last = path[path.length - 1];
  return last ? [...path.slice(0, -1), { ...last, answer }] : path;
}

/** "role is seller", "role is seller or creator": a guard in words, for diagrams. */
function describeWhen(when: When): string {
  return Object.entries(when)
    .map(([fact, want]) => `${fact} is ${Array.isArray(want) ? want.join(' or ') : want}`)
    .join(' and ');
}

const machineSetup = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
  },
  actions: {
    enter: assign(({ context }, params: { step: StepKey }) => ({
      path: [...context.path, { step: params.step }].slice(-MAX_PATH),
      seq: context.seq + 1,
    })),
    pick: assign(({ context }, params: { label: string; set?: Record<string, string> }) => ({
      facts: params.set ? { ...context.facts, ...params.set } : context.facts,
      path: withAnswer(context.path, params.label),
    })),
    answer: assign(({ context, event }, params: { fact: string }) => {
      const text = event.type === 'answer' ? event.text.slice(0, MAX_ANSWER) : '';
      return { facts: { ...context.facts, [params.fact]: text }, path: withAnswer(context.path, text) };
    }),
    infer: assign(({ context }, params: { fact: string; label?: string; set?: Record<string, string> }) => {
      const facts = params.set ? { ...context.facts, ...params.set } : context.facts;
      const last = context.path[context.path.length - 1];
      const answer = params.label ?? facts[params.fact] ?? '';
      return { facts, path: last ? [...context.path.slice(0, -1), { ...last, answer: answer.slice(0, MAX_ANSWER), inferred: true }] : context.path };
    }),
    reset: assign({ facts: () => ({}), path: () => [] }),
  },
  guards: {
    facts: ({ context }, params: { when: When }) => matchesWhen(context.facts, params.when),
    /** A question whose answer the user already gave: in their own words, or by a button earlier on. */
    known: ({ context }, params: { step: StepKey; fact: string; value?: string; set?: Record<string, string>; when?: When }) => {
      // A question the user answered here before and is sent back to (to change the answer) is asked again.
      if (context.path.some((p) => p.step === params.step && p.answer !== undefined && !p.inferred)) return false;
      const facts = context.facts;
      const have = facts[params.fact];
      if (have === undefined) return false;
      if (params.value === undefined) return have.length > 0;
      // The choice must fit everything known: "approved but not active" is not "Yes, approved and active".
      const fits = Object.entries(params.set ?? {}).every(([k, v]) => facts[k] === undefined || facts[k] === v);
      return have === params.value && fits && matchesWhen(facts, params.when);
    },
  },
});

export interface StepInfo {
  key: StepKey;
  flow: Flow;
  name: string;
  step: Step;
  /** No support desk runs: this handoff step says the engine's no-desk sentence, in the conversation's language. */
  noDesk?: boolean;
}

export interface CompiledFlows {
  machine: ReturnType<typeof compileMachine>;
  flows: ReadonlyMap<string, Flow>;
  steps: ReadonlyMap<StepKey, StepInfo>;
  /** The content flows (without the built-in one), in menu order. */
  contentFlows: readonly Flow[];
  /** The flows' words in the other languages (flows/i18n/<lang>/); English is the flows themselves. */
  translations: Translations;
}

export type FlowSnapshot = SnapshotFrom<CompiledFlows['machine']>;

/** The `#flow.step` target XState resolves by the flow state's id. */
function targetOf(key: StepKey): string {
  return `#${key}`;
}

/**
 * A question step with `asks` moves on by itself when the user already said the answer: to the choice
 * recording that value, or past an `ask` already answered. Choices that schedule a follow-up are never
 * taken for the user.
 */
function skips(flow: Flow, name: string, step: Step, to: (flow: Flow, target: string) => string) {
  const fact = step.asks;
  if (!fact) return [];
  const key: StepKey = `${flow.id}.${name}`;
  if (step.ask) return [{ target: to(flow, step.ask.goto), guard: { type: 'known', params: { step: key, fact } }, actions: { type: 'infer', params: { fact } }, description: `${fact} already said` }];
  return (step.choices ?? []).flatMap((c) => {
    const value = c.set?.[fact];
    if (value === undefined || c.remind) return [];
    return [
      {
        target: to(flow, c.goto),
        guard: { type: 'known', params: { step: key, fact, value, set: c.set, when: c.when } },
        actions: { type: 'infer', params: { fact, label: c.label, set: c.set } },
        description: `${fact} already said: ${value}`,
      },
    ];
  });
}

function compileMachine(flows: readonly Flow[]) {
  const byId = new Map(flows.map((f) => [f.id, f]));
  const to = (flow: Flow, target: string): string => {
    const r = resolveTarget(flow, target, byId);
    if ('error' in r) throw new Error(`${flow.file}: ${r.error}`); // checkFlows rejects these first
    return targetOf(r.key);
  };
  const stateOf = (flow: Flow, name: string, step: Step) => {
    const key: StepKey = `${flow.id}.${name}`;
    const on: Record<string, unknown> = {};
    step.choices?.forEach((c, i) => {
      on[`pick.${i}`] = {
        target: to(flow, c.goto),
        description: c.label,
        guard: c.when ? { type: 'facts', params: { when: c.when } } : undefined,
        actions: { type: 'pick', params: { label: c.label, set: c.set } },
      };
    });
    if (step.ask) on.answer = { target: to(flow, step.ask.goto), description: `answer: ${step.ask.label}`, actions: { type: 'answer', params: { fact: step.ask.fact } } };
    const routes = step.route
      ? step.route.map((r) => ({
          target: to(flow, r.goto),
          guard: r.when ? { type: 'facts', params: { when: r.when } } : undefined,
          description: r.when ? describeWhen(r.when) : 'otherwise',
        }))
      : step.goto
        ? [{ target: to(flow, step.goto) }]
        : [];
    const always = [...skips(flow, name, step, to), ...routes];
    return {
      entry: { type: 'enter', params: { step: key } },
      ...(isEnd(step) ? { type: 'final' } : {}),
      ...(Object.keys(on).length ? { on } : {}),
      ...(always.length ? { always } : {}),
      meta: { say: step.say, end: step.end ?? (step.handoff ? 'handoff' : undefined) },
    };
  };
  const states: Record<string, unknown> = {};
  const globalOn: Record<string, unknown> = {
    restart: { target: `.${MENU_FLOW}`, actions: 'reset' },
  };
  for (const flow of flows) {
    states[flow.id] = {
      id: flow.id,
      initial: flow.start,
      states: Object.fromEntries(Object.entries(flow.steps).map(([name, step]) => [name, stateOf(flow, name, step)])),
    };
    globalOn[`route.${flow.id}`] = { target: `.${flow.id}` };
    for (const name of Object.keys(flow.steps)) globalOn[`go.${flow.id}.${name}`] = { target: targetOf(`${flow.id}.${name}`) };
  }
  return machineSetup.createMachine({
    id: 'shoplink',
    context: { facts: {}, path: [], seq: 0 },
    initial: MENU_FLOW,
    on: globalOn as never,
    states: states as never,
  });
}

/** Compiles checked flows (run checkFlows first: targets must resolve), with their translations if any. */
export function compileFlows(contentFlows: readonly Flow[], translations: Translations = new Map()): CompiledFlows {
  const all = [...contentFlows, systemFlow(contentFlows.map((f) => f.id))];
  const steps = new Map<StepKey, StepInfo>();
  for (const flow of all) {
    for (const [name, step] of Object.entries(flow.steps)) steps.set(`${flow.id}.${name}`, { key: `${flow.id}.${name}`, flow, name, step });
  }
  return {
    machine: compileMachine(all),
    flows: new Map(all.map((f) => [f.id, f])),
    steps,
    contentFlows,
    translations,
  };
}

/** The step a snapshot sits on. */
export function stepKeyOf(snapshot: FlowSnapshot): StepKey {
  const value = snapshot.value as unknown as Record<string, string>;
  const [flow, step] = Object.entries(value)[0]!;
  return `${flow}.${step}`;
}

export { SYSTEM_FLOW };
