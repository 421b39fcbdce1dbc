// A step's global key, `flow.step`, and the one place that reads it: flows, the engine, the store's rows,
// metrics and stats all name steps this way, and step names never contain a dot (the schema says so).

/** A step's global key: `flow.step`. */
export type StepKey = `${string}.${string}`;

export function stepKey(flow: string, step: string): StepKey {
  return `${flow}.${step}`;
}

/**
 * The flow and step of a key. A written target may name a flow alone (`already-linked`): then `step` is
 * undefined, and the caller decides whether that means the flow's start or a step of its own flow.
 */
export function parseStepKey(key: StepKey): { flow: string; step: string };
export function parseStepKey(key: string): { flow: string; step?: string };
export function parseStepKey(key: string): { flow: string; step?: string } {
  const dot = key.indexOf('.');
  return dot < 0 ? { flow: key } : { flow: key.slice(0, dot), step: key.slice(dot + 1) };
}
