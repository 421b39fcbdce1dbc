// Model-based: @xstate/graph lists every simple path through each flow, from its start and from every
// step other flows lead into; each is driven through the real engine by pressing the buttons a user sees.
import { getSimplePaths } from '@xstate/graph';
import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { resolveTarget, type StepKey } from '../../src/flow/check.ts';
import { stepKeyOf, type FlowEvent, type FlowSnapshot } from '../../src/flow/compile.ts';
import { offeredChoices } from '../../src/conversation/render.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { engine, shippedFlows, User } from '../support.ts';

const flows = shippedFlows();
const ANSWER = 'Sample answer typed by the user';
const flowOf = (s: FlowSnapshot) => stepKeyOf(s).split('.')[0]!;
const stepOf = (s: FlowSnapshot) => flows.steps.get(stepKeyOf(s))!.step;
const isEnd = (s: FlowSnapshot) => stepOf(s).end !== undefined || stepOf(s).handoff !== undefined;

/** Only facts that guards test change what can happen next. */
const guardFacts = [...new Set([...flows.steps.values()].flatMap((s) => [...(s.step.route ?? []), ...(s.step.choices ?? [])].flatMap((r) => Object.keys(r.when ?? {}))))];

/**
 * Choices that go to the same step and set the same guarded facts (a market select's sixteen countries)
 * lead to the same model state, so the walk presses one of each kind; the others are pressed once each
 * at the end, where the walk first reached their step.
 */
const alike = new Map<string, { key: StepKey; index: number }>();
function kindOf(key: StepKey, index: number): string {
  const info = flows.steps.get(key)!;
  const choice = info.step.choices![index]!;
  const target = resolveTarget(info.flow, choice.goto, flows.flows);
  const guarded = Object.entries(choice.set ?? {}).filter(([fact]) => guardFacts.includes(fact)).sort();
  return JSON.stringify(['key' in target ? target.key : choice.goto, guarded, choice.remind ?? null]);
}

/** What a user can do on a step: press an offered choice (one of each kind), or answer the question. */
function userEvents(snapshot: FlowSnapshot): FlowEvent[] {
  if (stepOf(snapshot).ask) return [{ type: 'answer', text: ANSWER }];
  const key = stepKeyOf(snapshot);
  const kinds = new Set<string>();
  return offeredChoices(flows, key, snapshot.context.facts)
    .filter(({ index }) => {
      const kind = kindOf(key, index);
      if (kinds.has(kind)) {
        alike.set(`${key} ${index}`, { key, index });
        return false;
      }
      kinds.add(kind);
      return true;
    })
    .map(({ index }) => ({ type: `pick.${index}` }) as FlowEvent);
}
const serializeState = (s: FlowSnapshot) => `${stepKeyOf(s)} ${guardFacts.map((f) => s.context.facts[f] ?? '').join(' ')}`;

const traversal = { events: userEvents, serializeState: serializeState as (s: unknown) => string };

/** Where a walk begins: a flow picked as a topic (or a follow-up's step), then the events that led to `state`. */
interface Origin {
  topic: string;
  /** A step the bot brings the user to by itself: a promised follow-up. */
  jump?: StepKey;
  events: FlowEvent[];
  state: FlowSnapshot;
}

async function drive(origin: Origin, events: FlowEvent[]) {
  const conversations = engine(new MemoryStore());
  const user = new User(conversations);
  let turn = await user.start(origin.topic);
  if (origin.jump) {
    turn = (await conversations.moveTo(turn.conversation!.id, origin.jump))!;
    user.last = turn;
  }
  for (const e of [...origin.events, ...events]) {
    if (e.type === 'answer') turn = await user.say(ANSWER);
    else {
      const at = flows.steps.get(`${turn.conversation!.flow}.${turn.conversation!.step}` as StepKey)!.step;
      turn = await user.press(at.choices![Number(e.type.split('.')[1])]!.label);
    }
    expect(turn.refused).toBeUndefined();
  }
  return turn;
}

describe('every path of every flow', () => {
  it('ends resolved or in handoff, walked through the engine from every flow start and every jump between flows', { timeout: 120_000 }, async () => {
    const greeting = flows.machine.resolveState({ value: { menu: flows.flows.get('menu')!.start }, context: { facts: {}, path: [], seq: 0 } });
    const queue: Origin[] = flows.contentFlows.map((f) => ({ topic: f.id, events: [], state: transition(flows.machine, greeting, { type: `route.${f.id}` })[0] }));
    // Follow-ups bring the user to their step by themselves; walk on from there too.
    for (const info of flows.steps.values()) {
      for (const c of info.step.choices ?? []) {
        if (!c.remind) continue;
        const target = resolveTarget(info.flow, c.remind.goto, flows.flows);
        if (!('key' in target)) continue;
        const [flow, step] = target.key.split('.') as [string, string];
        const state = flows.machine.resolveState({ value: { [flow]: step }, context: { facts: {}, path: [{ step: target.key }], seq: 1 } });
        queue.push({ topic: 'menu', jump: target.key, events: [], state });
      }
    }
    const seen = new Set(queue.map((o) => serializeState(o.state)));
    const visited = new Set<string>();
    /** Where the walk first stood on each step: the origin, the events from it, and the state. */
    const firstAt = new Map<string, { origin: Origin; events: FlowEvent[]; state: FlowSnapshot }>();
    const perFlow: Record<string, number> = {};
    while (queue.length) {
      const origin = queue.shift()!;
      const flow = flowOf(origin.state);
      // A walk stays in one flow: it ends there, or its landing step in another flow is walked from in turn.
      const leaves = (s: FlowSnapshot) => isEnd(s) || flowOf(s) !== flow;
      const paths = getSimplePaths(flows.machine, { ...traversal, fromState: origin.state, toState: leaves, stopWhen: leaves });
      if (isEnd(origin.state)) continue;
      expect(paths.length, `no way on from ${stepKeyOf(origin.state)}`).toBeGreaterThan(0);
      for (const path of paths) {
        const events = path.steps.slice(1).map((s) => s.event as FlowEvent);
        const turn = await drive(origin, events);
        const end = path.state as FlowSnapshot;
        expect(`${turn.conversation!.flow}.${turn.conversation!.step}`).toBe(stepKeyOf(end));
        path.steps.forEach((step, i) => {
          const at = stepKeyOf(step.state as FlowSnapshot);
          visited.add(at);
          if (!firstAt.has(at)) firstAt.set(at, { origin, events: events.slice(0, i), state: step.state as FlowSnapshot });
        });
        perFlow[flow] = (perFlow[flow] ?? 0) + 1;
        if (isEnd(end)) expect(turn.conversation!.status).toBe(stepOf(end).handoff ? 'handoff' : 'resolved');
        else if (!seen.has(serializeState(end))) {
          seen.add(serializeState(end));
          queue.push({ topic: origin.topic, events: [...origin.events, ...events], state: end });
        }
      }
    }
    // Every choice is pressed: the alike ones once each, from where the walk first reached their step.
    for (const { key, index } of alike.values()) {
      const at = firstAt.get(key)!;
      const turn = await drive(at.origin, [...at.events, { type: `pick.${index}` }]);
      const [expected] = transition(flows.machine, at.state, { type: `pick.${index}` });
      expect(`${turn.conversation!.flow}.${turn.conversation!.step}`, `${key}: ${flows.steps.get(key)!.step.choices![index]!.label}`).toBe(stepKeyOf(expected));
    }
    console.log('paths driven through the engine, by flow:', perFlow, `and ${alike.size} choices alike another`);
    const stoppable = [...flows.steps.values()].filter((s) => s.flow.id !== 'system' && !s.step.goto && !s.step.route).map((s) => s.key);
    expect(stoppable.filter((k) => !visited.has(k)), 'steps no path reached').toEqual([]);
  });
});
