// A case in full for a terminal (`shoplink cases show <n>`): the desk summary in plain text, then the
// status log and the transcript, so staff can read a case without opening Slack or Discord.
import type { CompiledFlows } from '../flow/compile.ts';
import type { Case } from '../store/types.ts';
import { summarize } from './summary.ts';

const time = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16);

export function caseReport(c: Case, flows: CompiledFlows, now: number): string {
  const { title, body } = summarize(c, flows, {
    escape: (s) => s,
    now,
    where: c.requester.thread ? `channel ${c.requester.channel}, thread ${c.requester.thread}` : `channel ${c.requester.channel}`,
    person: (platform, user) => `${platform} user ${user}`,
    deskPlatform: c.desk?.platform ?? 'terminal',
  });
  return [
    title,
    '',
    body.replace(/\*\*/g, ''),
    '',
    'Status log:',
    ...c.log.map((e) => `- ${time(e.at)} ${e.status} (${e.by})`),
    '',
    'Transcript (latest last):',
    ...c.transcript.map((l) => `- ${time(l.at)} ${l.who}: ${l.text.replace(/\s+/g, ' ')}`),
  ].join('\n');
}
