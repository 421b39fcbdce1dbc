// The terminal chat for people: numbered buttons, typed answers, `start over`/`back`/`help` anywhere.
// On a terminal: line editing and history (node:readline), wrapping to its width, colour unless NO_COLOR.
// With piped input it echoes each line and exits cleanly at end of input.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Address } from '../../address.ts';
import { failedTurn, type Conversations, type TurnResult } from '../../conversation/conversation.ts';
import type { Input } from '../../conversation/input.ts';
import { messagesIn } from '../../conversation/messages.ts';
import type { Button } from '../../conversation/reply.ts';
import { SOURCE_LANGUAGE, type Language } from '../../i18n/languages.ts';
import { formatReply } from './format.ts';

export interface ChatOptions {
  input: Readable;
  output: Writable & { columns?: number };
  address: Address;
  /** A real terminal: a prompt, line editing, history and wrapping; off for pipes. */
  interactive: boolean;
  /** Bold and dim on a terminal; off under NO_COLOR (https://no-color.org). Default: interactive. */
  color?: boolean;
  /** The terminal's locale (LANG), given with every input: it chooses the language unless the user names one. */
  locale?: string;
}

const QUIT = ['quit', 'exit', '/quit'];
const PROMPT = 'you> ';
/** Lines kept for the up arrow. */
const HISTORY = 100;

export async function runChat(conversations: Conversations, o: ChatOptions): Promise<void> {
  const color = o.color ?? o.interactive;
  let buttons: Button[] = [];
  /** The conversation's language, for the chat's own lines. */
  let language: Language = SOURCE_LANGUAGE;
  const handle = (input: Input) => conversations.handle(o.address, o.locale ? { ...input, locale: o.locale } : input);
  const show = (turn: TurnResult) => {
    language = turn.conversation?.language ?? language;
    const m = messagesIn(language);
    const width = o.interactive ? o.output.columns : undefined;
    for (const r of turn.replies) {
      // The engine's help is for every platform; only here does a chat end by typing.
      const reply = r.text === m.help ? { ...r, text: `${r.text} ${m.terminal.quitHint}` } : r;
      o.output.write(`\n${formatReply(reply, { color, width, typeAnswer: m.terminal.typeAnswer })}\n`);
    }
    const last = turn.replies.findLast((r) => r.buttons || r.ask);
    if (last) buttons = last.buttons ?? [];
  };
  show(await handle({ type: 'start' }));

  const rl = o.interactive
    ? createInterface({ input: o.input, output: o.output, terminal: true, historySize: HISTORY, removeHistoryDuplicates: true, prompt: PROMPT })
    : createInterface({ input: o.input, terminal: false });
  // Ctrl+C ends the chat as Ctrl+D does (readline would otherwise only pause).
  rl.on('SIGINT', () => rl.close());
  const prompt = () => {
    if (!o.interactive) return;
    o.output.write('\n');
    rl.prompt();
  };
  if (o.interactive) o.output.write(`\n${formatReply({ text: messagesIn(language).terminal.hint, kind: 'notice' }, { color, width: o.output.columns })}\n`);
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (!o.interactive) o.output.write(`\n${PROMPT}${line}\n`);
    if (QUIT.includes(line.toLowerCase())) break;
    const n = /^\d{1,2}$/.test(line) ? Number(line) : NaN;
    const button = buttons[n - 1];
    // When the engine fails (the store is down), the person is asked to try again and the chat goes on.
    show(await handle(button ? { type: 'press', action: button.action } : { type: 'text', text: line }).catch(() => failedTurn()));
    prompt();
  }
  rl.close();
  if (o.interactive) o.output.write(`\n${messagesIn(language).terminal.bye}\n`);
}
