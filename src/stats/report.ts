// `shoplink stats` for people: a funnel per flow with bars, where users stop, the texts the router missed,
// and how cases went; readable in an 80-column terminal.
import { waited } from '../handoff/summary.ts';
import type { Stats } from './funnel.ts';

const BAR = 24;

function bar(n: number, max: number): string {
  return '█'.repeat(max ? Math.round((n / max) * BAR) : 0).padEnd(BAR, '·');
}

export function statsReport(s: Stats): string {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const lines = [`shoplink stats, ${day(s.since)} to ${day(s.until)}`, ''];
  for (const f of s.flows.filter((x) => x.started > 0)) {
    const o = f.outcomes;
    lines.push(`${f.flow} (${f.title})`);
    lines.push(`  started ${f.started} · resolved ${o.resolved} · handoff ${o.handoff} · abandoned ${o.abandoned} · moved on ${o.moved} · in progress ${o.active}`);
    for (const step of f.steps.filter((x) => x.reached > 0)) lines.push(`  ${step.step.padEnd(22)} ${bar(step.reached, f.started)} ${step.reached}`);
    if (f.stoppedAt.length) lines.push(`  stopped at: ${f.stoppedAt.map((x) => `${x.step} (${x.runs})`).join(', ')}`);
    lines.push('');
  }
  if (s.flows.every((f) => f.started === 0)) lines.push('No conversations in this period.', '');
  lines.push('Texts that fell back to the menu (add them to a flow\'s `match`):');
  lines.push(...(s.fallbacks.length ? s.fallbacks.slice(0, 20).map((x) => `  ${String(x.times).padStart(3)} × "${x.text}"`) : ['  none']));
  const c = s.cases;
  lines.push('', `Cases: ${c.opened} opened, ${c.claimed} claimed, ${c.resolved} resolved`);
  if (c.medianFirstResponseMs !== undefined) lines.push(`  first answer after ${waited(c.medianFirstResponseMs)} (median)`);
  if (c.medianResolutionMs !== undefined) lines.push(`  resolved after ${waited(c.medianResolutionMs)} (median)`);
  if (c.averageRating !== undefined) lines.push(`  rating ${c.averageRating.toFixed(1)} / 5 from ${c.ratings} rating${c.ratings === 1 ? '' : 's'}`);
  return lines.join('\n');
}
