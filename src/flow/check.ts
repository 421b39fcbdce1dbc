// Static checks over all flows together: targets resolve, every step is reachable and can end,
// automatic steps cannot loop, and texts fit the platforms' limits. Used by `shoplink flows check` and at start.
import { closest } from 'fastest-levenshtein';
import type { Flow } from './load.ts';
import type { Problem } from './problem.ts';
import { MARKET_FACT, marketsOffered } from './markets.ts';
import { NUMERIC_FACTS, TOLD_FACTS, type Step } from './schema.ts';
import { SYSTEM_FLOW, systemFlow } from './system.ts';
import { choiceKeyOf } from './translation.ts';
import { parseStepKey, type StepKey } from './step-key.ts';
import type { FlowLimits } from './limits.ts';

/** The flow every conversation starts in. */
export const MENU_FLOW = 'menu';

export type { StepKey } from './step-key.ts';

interface Edge {
  target: string;
  path: (string | number)[];
}

/** Every target a step can move to, with where it is written. */
export function edgesOf(step: Step): Edge[] {
  const edges: Edge[] = [];
  step.choices?.forEach((c, i) => {
    edges.push({ target: c.goto, path: ['choices', i, 'goto'] });
    if (c.remind) edges.push({ target: c.remind.goto, path: ['choices', i, 'remind', 'goto'] });
  });
  if (step.ask) edges.push({ target: step.ask.goto, path: ['ask', 'goto'] });
  step.route?.forEach((r, i) => edges.push({ target: r.goto, path: ['route', i, 'goto'] }));
  if (step.goto) edges.push({ target: step.goto, path: ['goto'] });
  return edges;
}

export function isEnd(step: Step): boolean {
  return step.end !== undefined || step.handoff !== undefined;
}

/** Steps that move on without waiting for the user. */
export function isAutomatic(step: Step): boolean {
  return step.goto !== undefined || step.route !== undefined;
}

/** Resolves a written target to a step key, or explains why it cannot. */
export function resolveTarget(
  from: Flow,
  target: string,
  byId: ReadonlyMap<string, Flow>,
): { key: StepKey } | { error: string } {
  const { flow: head, step: tail } = parseStepKey(target);
  if (tail !== undefined) {
    const flow = byId.get(head);
    if (!flow) return { error: `no flow "${head}"${suggest(head, [...byId.keys()])}` };
    if (!flow.steps[tail]) return { error: `flow "${head}" has no step "${tail}"${suggest(tail, Object.keys(flow.steps))}` };
    return { key: `${head}.${tail}` };
  }
  if (from.steps[head]) return { key: `${from.id}.${head}` };
  const flow = byId.get(head);
  if (flow && flow.id !== from.id) return { key: `${flow.id}.${flow.start}` };
  const names = [...Object.keys(from.steps), ...[...byId.keys()].filter((id) => id !== from.id)];
  return { error: `no step or flow "${head}"${suggest(head, names)}` };
}

function suggest(name: string, candidates: string[]): string {
  if (candidates.length === 0) return '';
  const best = closest(name, candidates);
  return ` (did you mean "${best}"?)`;
}

/** Runs every check, texts against `limits`; an empty list means the flows are fit to serve. */
export function checkFlows(flows: readonly Flow[], limits: FlowLimits): Problem[] {
  const problems: Problem[] = [];
  // Content may lead into the built-in steps ("Talk to a person" → system.human); those are not checked here.
  const byId = new Map([...flows, systemFlow(flows.map((f) => f.id))].map((f) => [f.id, f]));
  const at = (flow: Flow, path: (string | number)[], message: string) =>
    problems.push({ file: flow.file, path: path.join('.'), line: flow.lineOf(path), message });

  if (!byId.has(MENU_FLOW) && flows.length > 0) {
    problems.push({ file: flows[0]!.file.replace(/[^/]*$/, ''), path: '', message: `no "${MENU_FLOW}" flow: every conversation starts there` });
  }

  const next = new Map<StepKey, StepKey[]>();
  // A flow with a target that does not resolve would also show its consequences (unreachable steps, no way to
  // an end); those are left out until the target is fixed, so one typo reads as one problem.
  const broken = new Set<string>();
  for (const flow of flows) {
    if (flow.id === SYSTEM_FLOW) at(flow, ['id'], `the id "${SYSTEM_FLOW}" is kept for the built-in steps; choose another`);
    if (!flow.steps[flow.start]) at(flow, ['start'], `no step "${flow.start}"${suggest(flow.start, Object.keys(flow.steps))}`);
    for (const [name, step] of Object.entries(flow.steps)) {
      const key: StepKey = `${flow.id}.${name}`;
      const targets: StepKey[] = [];
      for (const edge of edgesOf(step)) {
        const r = resolveTarget(flow, edge.target, byId);
        if ('error' in r) {
          at(flow, ['steps', name, ...edge.path], r.error);
          broken.add(flow.id);
        } else targets.push(r.key);
      }
      next.set(key, targets);
      checkLimits(flow, name, step, limits, at);
      if (step.route && step.route[step.route.length - 1]!.when) {
        at(flow, ['steps', name, 'route', step.route.length - 1], 'the last route needs no `when`, so the step always goes on');
      }
      checkAsks(flow, name, step, at);
      checkTold(flow, name, step, at);
      if (step.choices && step.choices.every((c) => c.when)) {
        at(flow, ['steps', name, 'choices'], 'every choice has `when`: at least one must always be offered');
      }
    }
  }

  // Reachable: from every flow's start (free text can route to any flow) and what those lead to.
  const reached = new Set<StepKey>();
  const queue: StepKey[] = flows.filter((f) => f.steps[f.start]).map((f) => `${f.id}.${f.start}` as StepKey);
  while (queue.length) {
    const key = queue.pop()!;
    if (reached.has(key)) continue;
    reached.add(key);
    queue.push(...(next.get(key) ?? []));
  }
  // Can end: walk backwards from every resolved/handoff step.
  const previous = new Map<StepKey, StepKey[]>();
  for (const [from, tos] of next) for (const to of tos) previous.set(to, [...(previous.get(to) ?? []), from]);
  const canEnd = new Set<StepKey>();
  const back: StepKey[] = [];
  for (const flow of flows) for (const [name, step] of Object.entries(flow.steps)) if (isEnd(step)) back.push(`${flow.id}.${name}`);
  while (back.length) {
    const key = back.pop()!;
    if (canEnd.has(key)) continue;
    canEnd.add(key);
    back.push(...(previous.get(key) ?? []));
  }

  for (const flow of flows) {
    if (broken.has(flow.id)) continue;
    for (const name of Object.keys(flow.steps)) {
      const key: StepKey = `${flow.id}.${name}`;
      if (!reached.has(key)) at(flow, ['steps', name], 'unreachable: no step leads here');
      else if (!canEnd.has(key)) {
        at(flow, ['steps', name], name === flow.start
          ? 'this flow can end neither resolved nor in handoff'
          : 'no way from here to an end (resolved or handoff): a loop with no way out');
      }
    }
  }
  checkToldMarkets(flows, at);
  for (const flow of flows) {
    flow.match.forEach((m, i) => {
      if (typeof m !== 'string' && !flow.steps[m.step]) at(flow, ['match', i, 'step'], `no step "${m.step}"${suggest(m.step, Object.keys(flow.steps))}`);
    });
  }
  problems.push(...automaticLoops(flows, byId));
  return problems;
}

/** `asks` names what the step asks: the `ask` fact, or a fact at least one choice records. */
function checkAsks(flow: Flow, name: string, step: Step, at: (f: Flow, p: (string | number)[], m: string) => void): void {
  const fact = step.asks;
  if (!fact) return;
  if (step.ask) {
    if (step.ask.fact !== fact) at(flow, ['steps', name, 'asks'], `this step's question stores "${step.ask.fact}", so it asks "${step.ask.fact}", not "${fact}"`);
    return;
  }
  if (!step.choices) {
    at(flow, ['steps', name, 'asks'], 'only a step with choices or an ask can ask a fact');
    return;
  }
  const recorded = [...new Set(step.choices.flatMap((c) => Object.keys(c.set ?? {})))];
  if (!recorded.includes(fact)) {
    at(flow, ['steps', name, 'asks'], recorded.length ? `no choice records "${fact}"${suggest(fact, recorded)}` : `no choice records "${fact}": add \`set: { ${fact}: … }\` to the choices`);
  }
}

/** `told` names facts the bot reads in typed text, and compares only numbers with a bound. */
function checkTold(flow: Flow, name: string, step: Step, at: (f: Flow, p: (string | number)[], m: string) => void): void {
  step.choices?.forEach((c, i) => {
    for (const [fact, wanted] of Object.entries(c.told ?? {})) {
      const path = ['steps', name, 'choices', i, 'told', fact];
      if (!(TOLD_FACTS as readonly string[]).includes(fact)) at(flow, path, `the bot reads no fact "${fact}" in what people type${suggest(fact, [...TOLD_FACTS])}; it reads ${TOLD_FACTS.join(', ')}`);
      else if (typeof wanted === 'object' && !Array.isArray(wanted) && !('not' in wanted) && !NUMERIC_FACTS.includes(fact)) at(flow, path, `"${fact}" is no number: name its values instead of a bound`);
    }
  });
}

/**
 * A `told` list of markets stands for where TikTok Shop runs, which the step asking the market lists: a market
 * added there and not here would read someone who is in it as being where the shop does not run.
 */
function checkToldMarkets(flows: readonly Flow[], at: (f: Flow, p: (string | number)[], m: string) => void): void {
  const offered = marketsOffered(flows);
  if (offered.size === 0) return;
  for (const flow of flows) {
    for (const [name, step] of Object.entries(flow.steps)) {
      step.choices?.forEach((c, i) => {
        const wanted = c.told?.[MARKET_FACT];
        const list = Array.isArray(wanted) ? wanted : typeof wanted === 'object' && 'not' in wanted ? wanted.not : undefined;
        if (!list) return;
        const named = new Set(list.map(String));
        const unknown = [...named].filter((m) => !offered.has(m));
        const missing = [...offered].filter((m) => !named.has(m));
        if (unknown.length + missing.length === 0) return;
        const says = [
          ...(unknown.length ? [`names ${unknown.join(', ')}, which no step asking the market offers`] : []),
          ...(missing.length ? [`leaves out ${missing.join(', ')}, which a step asking the market offers`] : []),
        ];
        at(flow, ['steps', name, 'choices', i, 'told', MARKET_FACT], `the markets a message is told against are where TikTok Shop runs, as the step asking the market lists them: this list ${says.join(' and ')}`);
      });
    }
  }
}

function checkLimits(flow: Flow, name: string, step: Step, l: FlowLimits, at: (f: Flow, p: (string | number)[], m: string) => void): void {
  if (step.say && step.say.length > l.message.value) at(flow, ['steps', name, 'say'], `${step.say.length} characters; at most ${l.message.value} fit a ${l.message.platform} message`);
  if (step.choices && step.choices.length > l.selectOptions.value) at(flow, ['steps', name, 'choices'], `${step.choices.length} choices; at most ${l.selectOptions.value} fit a select menu`);
  step.choices?.forEach((c, i) => {
    if (c.label.length > l.buttonLabel.value) at(flow, ['steps', name, 'choices', i, 'label'], `${c.label.length} characters; ${l.buttonLabel.platform} buttons take ${l.buttonLabel.value}`);
  });
  const keys = step.choices?.map(choiceKeyOf) ?? [];
  keys.forEach((k, i) => {
    if (keys.indexOf(k) !== i) {
      at(flow, ['steps', name, 'choices', i], `another choice of this step also goes to "${k}": give each an \`id\` (like "id: ${suggestedId(step.choices![i]!)}") so translations can tell them apart`);
    }
  });
  const labels = step.choices?.map((c) => c.label.toLowerCase()) ?? [];
  labels.forEach((l, i) => {
    if (labels.indexOf(l) !== i) at(flow, ['steps', name, 'choices', i, 'label'], `the label "${step.choices![i]!.label}" is used twice in this step`);
  });
  if (step.ask && step.ask.label.length > l.formLabel.value) at(flow, ['steps', name, 'ask', 'label'], `${step.ask.label.length} characters; ${l.formLabel.platform} input labels take ${l.formLabel.value}`);
  if (step.ask?.placeholder && step.ask.placeholder.length > l.placeholder.value) at(flow, ['steps', name, 'ask', 'placeholder'], `${step.ask.placeholder.length} characters; ${l.placeholder.platform} placeholders take ${l.placeholder.value}`);
}

/** A readable id for a choice: the first value it records, else its label's first words. */
function suggestedId(choice: Step['choices'] extends (infer C)[] | undefined ? C : never): string {
  const from = Object.values(choice.set ?? {})[0] ?? choice.label;
  return from.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').split('-').slice(0, 3).join('-') || 'choice';
}

/** Steps that move on by themselves must not form a cycle: the machine would spin forever. */
function automaticLoops(flows: readonly Flow[], byId: ReadonlyMap<string, Flow>): Problem[] {
  const problems: Problem[] = [];
  const state = new Map<StepKey, 'open' | 'done'>();
  const visit = (flow: Flow, name: string, trail: StepKey[]): void => {
    const key: StepKey = `${flow.id}.${name}`;
    const step = flow.steps[name];
    if (!step || !isAutomatic(step) || state.get(key) === 'done') return;
    if (state.get(key) === 'open') {
      const loop = trail.slice(trail.indexOf(key));
      problems.push({ file: flow.file, path: `steps.${name}`, line: flow.lineOf(['steps', name]), message: `steps go on by themselves in a circle: ${[...loop, key].join(' → ')}` });
      return;
    }
    state.set(key, 'open');
    for (const edge of edgesOf(step)) {
      const r = resolveTarget(flow, edge.target, byId);
      if ('key' in r) {
        const { flow: f, step: s } = parseStepKey(r.key);
        visit(byId.get(f)!, s, [...trail, key]);
      }
    }
    state.set(key, 'done');
  };
  for (const flow of flows) for (const name of Object.keys(flow.steps)) visit(flow, name, []);
  return problems;
}
