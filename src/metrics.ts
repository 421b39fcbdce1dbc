// Prometheus metrics (prom-client) for /metrics: turns, flows started and ended by outcome, steps entered
// (drop-off per step), cases, and acknowledgement latency per platform. One registry per bot process.
import { Counter, Histogram, Registry, collectDefaultMetrics, type LabelValues } from 'prom-client';
import type { TurnEvent, TurnObserver } from './conversation/conversation.ts';
import type { CompiledFlows } from './flow/compile.ts';
import { parseStepKey, type StepKey } from './flow/step-key.ts';

const flowOf = (step: StepKey) => parseStepKey(step).flow;

/**
 * A counter whose increments are tallied in a plain map and handed to prom-client when /metrics is read:
 * prom-client hashes the labels on every `inc`, which costs a turn more than the rest of its counting.
 */
class Tally<L extends string> {
  private pending = new Map<string, { labels: LabelValues<L>; n: number }>();
  readonly counter: Counter<L>;

  constructor(config: { name: string; help: string; labelNames?: readonly L[]; registers: Registry[] }) {
    const pending = this.pending;
    this.counter = new Counter<L>({
      ...config,
      labelNames: config.labelNames ?? [],
      collect(this: Counter<L>) {
        for (const { labels, n } of pending.values()) this.inc(labels, n);
        pending.clear();
      },
    });
  }

  /** One more for the labels; `key` names them uniquely within this counter. */
  inc(key: string, labels: () => LabelValues<L>): void {
    const p = this.pending.get(key);
    if (p) p.n++;
    else this.pending.set(key, { labels: labels(), n: 1 });
  }
}

export class Metrics implements TurnObserver {
  readonly registry = new Registry();
  private turns = new Tally({ name: 'shoplink_turns_total', help: 'Turns applied, by platform', labelNames: ['platform'], registers: [this.registry] });
  private flows = new Tally({
    name: 'shoplink_flows_total',
    help: 'Flow runs by event: started, or ended resolved / handoff / abandoned (left unfinished for another flow or a restart)',
    labelNames: ['flow', 'event'],
    registers: [this.registry],
  });
  private steps = new Tally({ name: 'shoplink_steps_entered_total', help: 'Times each step was entered: the drop-off between steps', labelNames: ['flow', 'step'], registers: [this.registry] });
  private unsure = new Tally({ name: 'shoplink_router_fallbacks_total', help: 'Free text the router could not place (the menu was shown)', registers: [this.registry] });
  private cases = new Tally({ name: 'shoplink_cases_total', help: 'Case events: opened, claimed, resolved', labelNames: ['event'], registers: [this.registry] });
  readonly ack = new Histogram({
    name: 'shoplink_ack_seconds',
    help: 'Time from a platform request arriving to its acknowledgement',
    labelNames: ['platform'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3],
    registers: [this.registry],
  });

  /** `compiled` may be absent at first: the preview with --watch starts even when the flows are broken. */
  constructor(private compiled?: CompiledFlows) {
    // Unprefixed, as prom-client and the Node.js dashboards everyone imports expect (process_cpu_seconds_total, nodejs_*).
    collectDefaultMetrics({ register: this.registry });
  }

  /** After the preview reloads edited flows, ends are judged by the flows conversations now run. */
  useFlows(compiled: CompiledFlows): void {
    this.compiled = compiled;
  }

  private isEnd(step: StepKey): 'resolved' | 'handoff' | undefined {
    const s = this.compiled?.steps.get(step)?.step;
    return s?.handoff ? 'handoff' : s?.end ? 'resolved' : undefined;
  }

  turn(e: TurnEvent): void {
    this.turns.inc(e.platform, () => ({ platform: e.platform }));
    if (e.unsure) this.unsure.inc('', () => ({}));
    if (e.caseOpened) this.caseEvent('opened');
    let current = e.from;
    for (const step of e.entered) {
      const { flow, step: name } = parseStepKey(step);
      if (!current || flowOf(current) !== flow) {
        if (current && !this.isEnd(current)) this.flowEvent(flowOf(current), 'abandoned');
        this.flowEvent(flow, 'started');
      }
      this.steps.inc(step, () => ({ flow, step: name }));
      const end = this.isEnd(step);
      if (end) this.flowEvent(flow, end);
      current = step;
    }
  }

  private flowEvent(flow: string, event: string): void {
    this.flows.inc(`${flow} ${event}`, () => ({ flow, event }));
  }

  caseEvent(event: 'opened' | 'claimed' | 'resolved'): void {
    this.cases.inc(event, () => ({ event }));
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
