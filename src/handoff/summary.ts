// What an agent reads about a case, the same on every desk and in the desk's language: who asks, where, in which
// language, what the bot learned and every step taken with the answer given. The user's own words are quoted as
// written, through the desk's `escape`, so they never ping; the buttons they pressed read in the desk's language.
import type { CompiledFlows } from '../flow/compile.ts';
import type { StepKey } from '../flow/check.ts';
import type { PlatformId } from '../address.ts';
import type { DeskCase, Escape } from './desk.ts';
import { deskWordsIn, type DeskWords } from './desk-words.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';
import { plainFacts, saidKey } from '../flow/evidence.ts';
import { labelIn, reasonIn, titleIn } from '../flow/wording.ts';
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
  /** The desk's words (DESK_LANGUAGE). */
  words: DeskWords;
}

/** "3 min", "2 h 5 min", "1 d 4 h", in English (the operators' reports). */
export function waited(ms: number): string {
  return deskWordsIn(SOURCE_LANGUAGE).waited(ms);
}

/** A case's title on the desk: its number and its flow's title, in the desk's language. */
export function caseTitle(c: Pick<DeskCase, 'number' | 'flow'>, flows: CompiledFlows, words: DeskWords): string {
  return words.caseTitle(c.number, titleIn(flows, c.flow, words.language) ?? c.flow);
}

/**
 * A step's answer as agents read it: a pressed choice by its label in the desk's language, the user's own words
 * (typed, or a fact they stated) quoted as written.
 */
function answerShown(flows: CompiledFlows, step: StepKey, answer: string, o: SummaryOptions): string {
  const index = flows.steps.get(step)?.step.choices?.findIndex((c) => c.label === answer) ?? -1;
  return index < 0 ? o.escape(answer) : (labelIn(flows, step, index, o.words.language) ?? answer);
}

/** Agents act on the desk's platform; `deskPlatform` names them with its mentions. */
export function summarize(c: DeskCase, flows: CompiledFlows, o: SummaryOptions & { deskPlatform: PlatformId }): CaseSummary {
  const w = o.words;
  const e = o.escape;
  const agent = c.assignee ? o.person(o.deskPlatform, c.assignee) : undefined;
  // Who usually asks where, for a case whose flow never asked: sellers in Slack, creators in Discord.
  const from = platforms.get(c.requester.platform);
  const fromName = w.platform(from.id, from.name);
  const role = c.facts.role;
  const title = titleIn(flows, c.flow, w.language) ?? c.flow;
  const bold = (label: keyof DeskWords['labels']) => `**${w.labels[label]}:**`;
  const lines = [
    `${bold('status')} ${w.status(c.status, agent)}`,
    `${bold('requester')} ${w.requester(o.person(c.requester.platform, c.requester.user), fromName, o.where)}`,
    ...(c.language ? [`${bold('language')} ${w.userLanguage(c.language)}`] : []),
    `${bold('role')} ${role ? (w.role(role) ?? e(role)) : w.roleNotAsked(from.usualRole, fromName)}`,
    `${bold('reason')} ${reasonIn(flows, c.step as StepKey, w.language) ?? c.reason}`,
    `${bold('waiting')} ${c.status === 'resolved' ? w.noLongerWaiting : w.waited(o.now - c.openedAt)}${c.firstResponseAt ? ` ${w.firstAnswer(w.waited(c.firstResponseAt - c.openedAt))}` : ''}`,
    '',
    `**${w.labels.steps}** (${title}):`,
    ...c.path.map((p) => {
      const info = flows.steps.get(p.step);
      const where = info ? `${info.flow.id === c.flow ? '' : `${info.flow.id} › `}${info.name}` : p.step;
      if (p.answer === undefined) return `- ${where}`;
      return `- ${where}: ${answerShown(flows, p.step, p.answer, o)}${p.inferred ? ` ${w.inferred}` : ''}`;
    }),
  ];
  const facts = plainFacts(c.facts);
  const said = (k: string) => c.facts[saidKey(k)];
  if (facts.length) lines.push('', `**${w.labels.learned}:**`, ...facts.map(([k, v]) => `- ${k}: ${e(v)}${said(k) ? ` ${w.fromWords(e(said(k)!))}` : ''}`));
  if (c.rating !== undefined) lines.push('', `${bold('rating')} ${c.rating}/5${c.comment ? `, "${e(c.comment)}"` : ''}`);
  return { title: caseTitle(c, flows, w), body: lines.join('\n') };
}
