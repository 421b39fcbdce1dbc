// Restart-safety: between any two turns the process may die. Every turn here runs on a new engine and a
// new connection to the same SQLite file, and the user still carries on from every step of every flow.
import { join } from 'node:path';
import { getShortestPaths } from '@xstate/graph';
import { transition } from 'xstate';
import { afterAll, describe, expect, it } from 'vitest';
import type { StepKey } from '../../src/flow/check.ts';
import { stepKeyOf, type FlowEvent, type FlowSnapshot } from '../../src/flow/compile.ts';
import { offeredChoices } from '../../src/conversation/render.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { TurnResult } from '../../src/conversation/conversation.ts';
import type { Input } from '../../src/conversation/input.ts';
import { address, engine, shippedFlows, tempDir } from '../support.ts';

const flows = shippedFlows();
const file = join(tempDir(), 'restart.db');
const opened: SqliteStore[] = [];

/** One turn as a freshly started process would run it. */
async function turnAfterRestart(where: ReturnType<typeof address>, input: Input): Promise<TurnResult> {
  const store = new SqliteStore(file);
  opened.push(store);
  const turn = await engine(store).handle(where, input);
  await store.close();
  return turn;
}

function eventsOf(s: FlowSnapshot): FlowEvent[] {
  const key = stepKeyOf(s);
  if (flows.steps.get(key)!.step.ask) return [{ type: 'answer', text: 'typed answer' }];
  return offeredChoices(flows, key, s.context.facts).map(({ index }) => ({ type: `pick.${index}` }) as FlowEvent);
}

afterAll(async () => {
  for (const s of opened) await s.close().catch(() => undefined);
});

describe('restarting between turns', () => {
  const greeting = flows.machine.resolveState({ value: { menu: flows.flows.get('menu')!.start }, context: { facts: {}, path: [], seq: 0 } });
  const paths = getShortestPaths(flows.machine, { events: eventsOf, serializeState: (s) => stepKeyOf(s as FlowSnapshot) as string });
  const interactive = paths.filter((p) => !flows.steps.get(stepKeyOf(p.state as FlowSnapshot))!.step.end && !flows.steps.get(stepKeyOf(p.state as FlowSnapshot))!.step.handoff);

  it(`continues from each of the ${interactive.length} steps that wait for the user`, { timeout: 120_000 }, async () => {
    expect(interactive.length).toBeGreaterThan(50);
    for (const path of interactive) {
      const where = address();
      let turn = await turnAfterRestart(where, { type: 'start' });
      const events = path.steps.slice(1).map((s) => s.event as FlowEvent);
      let snapshot: FlowSnapshot = greeting;
      for (const event of [...events, eventsOf(path.state as FlowSnapshot)[0]!]) {
        const buttons = turn.replies.flatMap((r) => r.buttons ?? []);
        const input: Input =
          event.type === 'answer'
            ? { type: 'text', text: 'typed answer' }
            : { type: 'press', action: buttons.find((b) => b.label === flows.steps.get(stepKeyOf(snapshot))!.step.choices![Number(event.type.split('.')[1])]!.label)!.action };
        turn = await turnAfterRestart(where, input);
        snapshot = transition(flows.machine, snapshot, event)[0];
        expect(turn.refused).toBeUndefined();
        expect(`${turn.conversation!.flow}.${turn.conversation!.step}` as StepKey).toBe(stepKeyOf(snapshot));
      }
    }
  });
});
