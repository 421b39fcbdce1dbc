// The open-cases list staff see with `/linkhelp cases` on Slack or Discord and `shoplink cases list`:
// one line a case, the same words everywhere, in the desk's language.
import type { Case } from '../store/types.ts';
import type { DeskWords } from './desk-words.ts';

export function caseLine(c: Case, now: number, w: DeskWords): string {
  const status = `${w.statusWord(c.status)}${c.assignee ? `, ${c.assignee}` : ''}`;
  return w.list.line({ n: c.number, flow: c.flow, status, person: w.person(c.requester.platform, c.requester.user), time: w.waited(now - c.openedAt) });
}

/** `cases`, `open cases` or `list cases`, typed by staff after the platform's command: the open cases, for them alone. */
export function isCasesRequest(text: string | undefined): boolean {
  return text !== undefined && /^(open |list )?cases$/i.test(text.trim());
}

/** Markdown: a heading and one line a case, or a short "nothing open". */
export function openCasesText(cases: Case[], now: number, w: DeskWords): string {
  if (cases.length === 0) return w.list.none;
  return [`**${w.list.heading(cases.length)}**`, ...cases.map((c) => `- ${caseLine(c, now, w)}`)].join('\n');
}
