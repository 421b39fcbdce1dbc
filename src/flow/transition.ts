// Pure steps of the compiled flow machine: the first snapshot, a snapshot at a step, and the snapshot after
// one event, with no actor started. A turn needs only the next snapshot; an actor's system, mailbox and
// subscriptions are waste.
import { createActor } from 'xstate';
import type { CompiledFlows, FlowContext, FlowEvent, FlowSnapshot } from './compile.ts';
import { parseStepKey, type StepKey } from './step-key.ts';

type Machine = CompiledFlows['machine'];
type Scope = Parameters<Machine['transition']>[2];

export interface FlowStepper {
  /** A new conversation's snapshot (the greeting entered); computed once, never mutated. */
  readonly initial: FlowSnapshot;
  /** The snapshot after one event: a full macrostep, eventless transitions included. */
  next(snapshot: FlowSnapshot, event: FlowEvent): FlowSnapshot;
  /** The snapshot at a step of the machine (a restored conversation), with this context. */
  at(step: StepKey, context: FlowContext): FlowSnapshot;
  /** The same state with another context (facts learned, a path rewritten). */
  withContext(snapshot: FlowSnapshot, context: FlowContext): FlowSnapshot;
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
  // Snapshots are immutable values: xstate makes a new one for every change and never edits one in place. Which
  // state nodes are active at a step depends on the step alone, so each step's are resolved once, and a snapshot
  // with another context is a copy that differs only there (what `resolveState` would build, without resolving).
  const steps = new Map<StepKey, FlowSnapshot>();
  const withContext = (snapshot: FlowSnapshot, context: FlowContext): FlowSnapshot => ({ ...snapshot, context });
  return {
    initial: machine.getInitialSnapshot(scope),
    next: (snapshot, event) => machine.transition(snapshot, event as Parameters<Machine['transition']>[1], scope),
    at(step, context) {
      let resolved = steps.get(step);
      if (!resolved) {
        const { flow, step: name } = parseStepKey(step);
        resolved = machine.resolveState({ value: { [flow]: name }, context });
        steps.set(step, resolved);
      }
      return withContext(resolved, context);
    },
    withContext,
  };
}
