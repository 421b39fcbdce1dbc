// Renders replies as terminal text: **bold** becomes bold on a colour terminal and plain text in a pipe or under
// NO_COLOR, buttons become a numbered list the user answers by number or by label, lines wrap to the terminal.
import type { Reply } from '../../conversation/reply.ts';

export interface FormatOptions {
  /** ANSI bold and dim: a terminal without NO_COLOR. */
  color: boolean;
  /** Wrap at this many columns (the terminal's width); unset, lines are left as they are (pipes). */
  width?: number;
  /** "type your answer", in the conversation's language. */
  typeAnswer?: string;
}

/** Narrower than this, wrapping would only make things worse. */
const MIN_WIDTH = 20;

export function formatReply(reply: Reply, o: FormatOptions): string {
  const bold = (s: string) => (o.color ? `\x1b[1m${s}\x1b[22m` : s);
  const dim = (s: string) => (o.color ? `\x1b[2m${s}\x1b[22m` : s);
  const text = reply.text.replace(/\*\*(.+?)\*\*/g, (_, s: string) => bold(s));
  // Ending bold ends dim too (both are SGR 22): a notice turns dim on again after each bold word.
  const lines = [reply.kind === 'notice' ? dim(o.color ? text.replaceAll('\x1b[22m', '\x1b[22m\x1b[2m') : text) : text];
  reply.buttons?.forEach((b, i) => lines.push(`  ${i + 1}) ${b.label}`));
  if (reply.ask) lines.push(dim(`  (${reply.ask.label}: ${o.typeAnswer ?? 'type your answer'})`));
  const out = lines.join('\n');
  return o.width && o.width >= MIN_WIDTH ? wrap(out, o.width) : out;
}

/** Colour codes take no columns. */
const visible = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').length;

/** Wraps each line at `width` columns on spaces; list items and numbered buttons hang under their text. */
export function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (visible(line) <= width) return line;
      const lead = /^(\s*(?:[-*•]|\d+\))\s+|\s*)/.exec(line)![1]!;
      const hang = ' '.repeat(visible(lead));
      const out: string[] = [];
      let current = lead;
      for (const word of line.slice(lead.length).split(/ +/)) {
        const fresh = current === lead || current === hang;
        if (!fresh && visible(current) + 1 + visible(word) > width) {
          out.push(current);
          current = hang + word;
        } else current += (fresh ? '' : ' ') + word;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}
