// What an agent reads about a case, the same on every desk: who asks, where, what the bot learned and
// every step taken with the answer given. User words pass through the desk's `escape` so they never ping.
import type { CompiledFlows } from '../flow/compile.ts';
import type { StepKey } from '../flow/check.ts';
import type { Case } from '../store/types.ts';
import type { PlatformId } from '../address.ts';
import type { Escape } from './desk.ts';
import { plainFacts, saidKey } from '../flow/evidence.ts';
import { platforms } from '../platforms/registry.ts';

export interface CaseSummary {
  title: string;
  /** Markdown subset: **bold**, "- " lists. */
  body: string;
}

export interface SummaryOptions {
  escape: Escape;
  now: number;
  /** A link (or mention) to where the user is, in the desk's own syntax. */
  where: string;
  /** How the desk names a person: a mention that does not ping on its own platform, plain text otherwise. */
  person: (platform: PlatformId, user: string) => string;
}

/** "3 min", "2 h 5 min", "1 d 4 h": how long someone has waited. */
export function waited(ms: number): string {
  const min = Math.max(0, Math.round(ms / 60_000));
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 24) return min % 60 ? `${h} h ${min % 60} min` : `${h} h`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

function statusLine(c: Case, agent: (id: string) => string): string {
  if (c.status === 'resolved') return `resolved${c.assignee ? ` by ${agent(c.assignee)}` : ''}`;
  if (c.status === 'claimed') return `claimed by ${agent(c.assignee ?? '?')}`;
  if (c.status === 'waiting') return `waiting on the user${c.assignee ? ` (${agent(c.assignee)} is on it)` : ''}`;
  return 'open, nobody on it yet';
}

/** Agents act on the desk's platform; `deskPlatform` names them with its mentions. */
export function summarize(c: Case, flows: CompiledFlows, o: SummaryOptions & { deskPlatform: PlatformId }): CaseSummary {
  const flow = flows.flows.get(c.flow);
  const e = o.escape;
  const agent = (id: string) => o.person(o.deskPlatform, id);
  // Who usually asks where, for a case whose flow never asked: sellers in Slack, creators in Discord.
  const from = platforms.get(c.requester.platform);
  const lines = [
    `**Status:** ${statusLine(c, agent)}`,
    `**Requester:** ${o.person(c.requester.platform, c.requester.user)} on ${from.name}, ${o.where}`,
    `**Role:** ${c.facts.role ? e(c.facts.role) : `not asked (${from.usualRole ?? 'unknown'})`}`,
    `**Why a person:** ${c.reason}`,
    `**Waiting:** ${c.status === 'resolved' ? 'no longer' : waited(o.now - c.openedAt)}${c.firstResponseAt ? ` (first answer after ${waited(c.firstResponseAt - c.openedAt)})` : ''}`,
    '',
    `**Steps taken** (${flow?.title ?? c.flow}):`,
    ...c.path.map((p) => {
      const info = flows.steps.get(p.step as StepKey);
      const where = info ? `${info.flow.id === c.flow ? '' : `${info.flow.id} › `}${info.name}` : p.step;
      if (p.answer === undefined) return `- ${where}`;
      return `- ${where}: ${e(p.answer)}${p.inferred ? ' (not asked: inferred from what they said)' : ''}`;
    }),
  ];
  const facts = plainFacts(c.facts);
  const said = (k: string) => c.facts[saidKey(k)];
  if (facts.length) lines.push('', '**What the bot learned:**', ...facts.map(([k, v]) => `- ${k}: ${e(v)}${said(k) ? ` (from their words: "${e(said(k)!)}")` : ''}`));
  if (c.rating !== undefined) lines.push('', `**Rating:** ${c.rating}/5${c.comment ? `, "${e(c.comment)}"` : ''}`);
  return { title: `Case #${c.number} · ${flow?.title ?? c.flow}`, body: lines.join('\n') };
}
