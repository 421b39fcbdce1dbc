// The terminal chat for people: numbered buttons, typed answers, `start over`/`back`/`help` anywhere.
// Works interactively and with piped input (it then echoes each line and exits cleanly at end of input).
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Address } from '../../conversation/address.ts';
import type { Conversations, TurnResult } from '../../conversation/conversation.ts';
import type { Button } from '../../conversation/reply.ts';
import { formatReply } from './format.ts';

export interface ChatOptions {
  input: Readable;
  output: Writable;
  address: Address;
  /** Colours and a prompt: on for a real terminal, off for pipes. */
  interactive: boolean;
}

export async function runChat(conversations: Conversations, o: ChatOptions): Promise<void> {
  let buttons: Button[] = [];
  const show = (turn: TurnResult) => {
    for (const r of turn.replies) o.output.write(`\n${formatReply(r, o.interactive)}\n`);
    const last = turn.replies.findLast((r) => r.buttons || r.ask);
    if (last) buttons = last.buttons ?? [];
  };
  show(await conversations.handle(o.address, { type: 'start' }));

  const rl = createInterface({ input: o.input, terminal: false });
  const prompt = () => o.interactive && o.output.write('\nyou> ');
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (!o.interactive) o.output.write(`\nyou> ${line}\n`);
    if (['quit', 'exit', '/quit'].includes(line.toLowerCase())) break;
    const n = /^\d{1,2}$/.test(line) ? Number(line) : NaN;
    const button = buttons[n - 1];
    show(await conversations.handle(o.address, button ? { type: 'press', action: button.action } : { type: 'text', text: line }));
    prompt();
  }
  rl.close();
  if (o.interactive) o.output.write('\nBye! Run it again any time.\n');
}
