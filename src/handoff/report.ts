// A case in full for a terminal (`shoplink cases show <n>`): the desk summary in plain text, then the
// status log and the transcript, in the desk's language, so staff can read a case without opening Slack or Discord.
import type { CompiledFlows } from '../flow/compile.ts';
import type { DeskCase } from './desk.ts';
import type { DeskWords } from './desk-words.ts';
import { summarize } from './summary.ts';
import { platforms } from '../platforms/registry.ts';

const time = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16);

export function caseReport(c: DeskCase, flows: CompiledFlows, now: number, w: DeskWords): string {
  const place = platforms.get(c.requester.platform).place(c.requester, w.say);
  const { title, body } = summarize(c, flows, {
    escape: (s) => s,
    now,
    where: `${place.words}${place.more ?? ''}${place.url ? ` (${place.url})` : ''}`,
    person: (platform, user) => w.person(platform, user),
    deskPlatform: c.desk?.platform ?? 'terminal',
    words: w,
  });
  return [
    title,
    '',
    body.replace(/\*\*/g, ''),
    '',
    w.report.statusLog,
    ...c.log.map((e) => `- ${time(e.at)} ${w.statusWord(e.status)} (${e.by})`),
    '',
    w.report.transcript,
    ...c.transcript.map((l) => `- ${time(l.at)} ${w.report.who(l.who)}: ${l.text.replace(/\s+/g, ' ')}`),
  ].join('\n');
}
