// The funnel report's arithmetic: from marked turns and cases to, per flow, how many started, how far they
// got, how they ended and where they stopped; plus the texts the router missed and how cases went.
import type { CompiledFlows } from '../flow/compile.ts';
import { parseStepKey, type StepKey } from '../flow/step-key.ts';
import { SYSTEM_FLOW } from '../flow/system.ts';
import type { Case, TurnRow } from '../store/types.ts';

/** A run that has not moved for this long, and did not end, counts as abandoned. */
export const ABANDONED_AFTER_MS = 30 * 60_000;

export type Outcome = 'resolved' | 'handoff' | 'abandoned' | 'moved' | 'active';

export interface FlowFunnel {
  flow: string;
  title: string;
  started: number;
  outcomes: Record<Outcome, number>;
  /** Every step of the flow in file order, with how many runs reached it. */
  steps: { step: string; reached: number }[];
  /** Steps where abandoned runs stopped, most first. */
  stoppedAt: { step: string; runs: number }[];
}

export interface Stats {
  since: number;
  until: number;
  flows: FlowFunnel[];
  /** What people typed that the router could not place, most frequent first. */
  fallbacks: { text: string; times: number }[];
  cases: {
    opened: number;
    claimed: number;
    resolved: number;
    medianFirstResponseMs?: number;
    medianResolutionMs?: number;
    averageRating?: number;
    ratings: number;
  };
}

interface Run {
  flow: string;
  steps: Set<string>;
  last: string;
  lastAt: number;
}

const median = (xs: number[]) => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export function computeStats(turns: TurnRow[], cases: Case[], flows: CompiledFlows, since: number, until: number): Stats {
  const funnels = new Map<string, FlowFunnel>(
    flows.contentFlows.map((f) => [
      f.id,
      {
        flow: f.id,
        title: f.title,
        started: 0,
        outcomes: { resolved: 0, handoff: 0, abandoned: 0, moved: 0, active: 0 },
        steps: Object.keys(f.steps).map((step) => ({ step, reached: 0 })),
        stoppedAt: [],
      },
    ]),
  );
  const stopped = new Map<string, Map<string, number>>();
  const close = (run: Run, outcome: Outcome) => {
    const funnel = funnels.get(run.flow);
    if (!funnel) return;
    funnel.started++;
    funnel.outcomes[outcome]++;
    for (const s of funnel.steps) if (run.steps.has(s.step)) s.reached++;
    if (outcome === 'abandoned') {
      const at = stopped.get(run.flow) ?? new Map<string, number>();
      at.set(run.last, (at.get(run.last) ?? 0) + 1);
      stopped.set(run.flow, at);
    }
  };
  const endOf = (run: Run): Outcome | undefined => {
    const step = flows.steps.get(`${run.flow}.${run.last}`)?.step;
    return step?.handoff ? 'handoff' : step?.end ? 'resolved' : undefined;
  };

  const byConversation = new Map<string, TurnRow[]>();
  for (const t of turns) byConversation.set(t.conversation, [...(byConversation.get(t.conversation) ?? []), t]);
  for (const list of byConversation.values()) {
    let run: Run | undefined;
    for (const t of list) {
      const { flow, step } = parseStepKey(t.step as StepKey);
      if (flow === SYSTEM_FLOW) continue;
      if (run && run.flow === flow && !endOf(run)) {
        run.steps.add(step);
        run.last = step;
        run.lastAt = t.at;
        continue;
      }
      if (run) close(run, endOf(run) ?? 'moved');
      run = { flow, steps: new Set([step]), last: step, lastAt: t.at };
    }
    if (run) close(run, endOf(run) ?? (until - run.lastAt > ABANDONED_AFTER_MS ? 'abandoned' : 'active'));
  }
  for (const [flow, at] of stopped) {
    funnels.get(flow)!.stoppedAt = [...at].map(([step, runs]) => ({ step, runs })).sort((a, b) => b.runs - a.runs);
  }

  const missed = new Map<string, number>();
  for (const t of turns) if (t.unsure && t.text) missed.set(t.text.toLowerCase(), (missed.get(t.text.toLowerCase()) ?? 0) + 1);

  const recent = cases.filter((c) => c.openedAt >= since && c.openedAt <= until);
  const rated = recent.filter((c) => c.rating !== undefined);
  return {
    since,
    until,
    flows: [...funnels.values()],
    fallbacks: [...missed].map(([text, times]) => ({ text, times })).sort((a, b) => b.times - a.times || a.text.localeCompare(b.text)),
    cases: {
      opened: recent.length,
      claimed: recent.filter((c) => c.log.some((e) => e.status === 'claimed' || e.status === 'waiting')).length,
      resolved: recent.filter((c) => c.status === 'resolved').length,
      medianFirstResponseMs: median(recent.flatMap((c) => (c.firstResponseAt ? [c.firstResponseAt - c.openedAt] : []))),
      medianResolutionMs: median(recent.flatMap((c) => (c.resolvedAt ? [c.resolvedAt - c.openedAt] : []))),
      averageRating: rated.length ? rated.reduce((s, c) => s + c.rating!, 0) / rated.length : undefined,
      ratings: rated.length,
    },
  };
}
