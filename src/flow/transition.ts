// Pure steps of the compiled flow machine: the first snapshot, and the snapshot after one event, with no
// actor started. A turn needs only the next snapshot; an actor's system, mailbox and subscriptions are waste.
import { createActor } from 'xstate';
import type { CompiledFlows, FlowEvent, FlowSnapshot } from './compile.ts';

type Machine = CompiledFlows['machine'];
type Scope = Parameters<Machine['transition']>[2];

export interface FlowStepper {
  /** A new conversation's snapshot (the greeting entered); computed once, never mutated. */
  readonly initial: FlowSnapshot;
  /** The snapshot after one event: a full macrostep, eventless transitions included. */
  next(snapshot: FlowSnapshot, event: FlowEvent): FlowSnapshot;
}

/**
 * xstate's own `transition(machine, snapshot, event)` builds an inert actor scope, which constructs an actor
 * and its initial snapshot, on every call: most of its cost. The flows' actions are all `assign` and their
 * guards read the context only, so one inert scope, built once, serves every turn.
 */
export function flowStepper(machine: Machine): FlowStepper {
  const self = createActor(machine);
  const scope = {
    self,
    system: self.system,
    id: '',
    sessionId: '',
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    // Only non-`assign` actions reach here; the compiled flows have none.
    actionExecutor: () => {},
  } as unknown as Scope;
  return {
    initial: machine.getInitialSnapshot(scope),
    next: (snapshot, event) => machine.transition(snapshot, event as Parameters<Machine['transition']>[1], scope),
  };
}
