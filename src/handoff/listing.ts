// The open-cases list staff see with `/linkhelp cases` on Slack or Discord and `shoplink cases list`:
// one line a case, the same words everywhere.
import type { Case } from '../store/types.ts';
import { waited } from './summary.ts';

const STATUS_WORDS = { open: 'open', claimed: 'claimed', waiting: 'waiting on the user', resolved: 'resolved' } as const;

export function caseLine(c: Case, now: number): string {
  const who = c.assignee ? `, ${c.assignee}` : '';
  return `#${c.number} · ${c.flow} · ${STATUS_WORDS[c.status]}${who} · ${c.requester.platform} user ${c.requester.user} · waiting ${waited(now - c.openedAt)}`;
}

/** `cases`, `open cases` or `list cases`, typed by staff after the platform's command: the open cases, for them alone. */
export function isCasesRequest(text: string | undefined): boolean {
  return text !== undefined && /^(open |list )?cases$/i.test(text.trim());
}

/** Markdown: a heading and one line a case, or a short "nothing open". */
export function openCasesText(cases: Case[], now: number): string {
  if (cases.length === 0) return 'No open cases. 🎉';
  return [`**Open cases (${cases.length}):**`, ...cases.map((c) => `- ${caseLine(c, now)}`)].join('\n');
}
