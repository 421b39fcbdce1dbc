// Renders replies as terminal text: **bold** becomes bold on a colour terminal and plain text in a pipe,
// buttons become a numbered list the user answers by number or by label.
import type { Reply } from '../../conversation/reply.ts';

export function formatReply(reply: Reply, color: boolean): string {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s);
  const text = reply.text.replace(/\*\*(.+?)\*\*/g, (_, s: string) => bold(s));
  const lines = [reply.kind === 'notice' ? dim(text) : text];
  reply.buttons?.forEach((b, i) => lines.push(`  ${i + 1}) ${b.label}`));
  if (reply.ask) lines.push(dim(`  (${reply.ask.label}: type your answer)`));
  return lines.join('\n');
}
