// `shoplink chat --jsonl`: the scripted chat for QA and support staff, a public contract (see README).
// One JSON object in per line, exactly one JSON line out; bad lines get {"error"} and change nothing.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import type { Address } from '../../address.ts';
import { failedTurn, type Conversations, type TurnResult } from '../../conversation/conversation.ts';
import type { Input } from '../../conversation/input.ts';
import type { Button } from '../../conversation/reply.ts';

const Line = z.union([
  z.strictObject({ text: z.string() }),
  z.strictObject({ press: z.union([z.string().min(1), z.number().int()]) }),
]);

export interface JsonlOptions {
  input: Readable;
  output: Writable;
  address: Address;
  /** The terminal's locale (LANG), given with every input. */
  locale?: string;
}

export interface JsonlReply {
  replies: { text: string; buttons: string[] }[];
  flow: string;
  step: string;
  status: 'active' | 'resolved' | 'handoff';
  /** The language the conversation speaks (en, es, id, vi, th). */
  language: string;
}

function toJson(turn: TurnResult): JsonlReply | { error: string } {
  if (!turn.conversation) return { error: turn.replies.map((r) => r.text).join(' ') || 'nothing to answer' };
  return {
    replies: turn.replies.map((r) => ({ text: r.text, buttons: r.buttons?.map((b) => b.label) ?? [] })),
    flow: turn.conversation.flow,
    step: turn.conversation.step,
    status: turn.conversation.status,
    language: turn.conversation.language,
  };
}

function pick(buttons: Button[], press: string | number): Button | string {
  if (buttons.length === 0) return 'the latest message has no buttons';
  if (typeof press === 'number') {
    return buttons[press - 1] ?? `no button ${press}: the latest message has ${buttons.length} (1 to ${buttons.length})`;
  }
  const wanted = press.trim().toLowerCase();
  return buttons.find((b) => b.label.toLowerCase() === wanted) ?? `no button "${press}"; the buttons are: ${buttons.map((b) => `"${b.label}"`).join(', ')}`;
}

/** A turn, or the engine's apology when it fails (the store is down): the line says so, nothing changed. */
function handle(conversations: Conversations, address: Address, input: Input): Promise<TurnResult> {
  return conversations.handle(address, input).catch(() => failedTurn());
}

export async function runJsonl(conversations: Conversations, o: JsonlOptions): Promise<void> {
  const current = await conversations.peek(o.address);
  let buttons: Button[] = current?.replies.findLast((r) => r.buttons)?.buttons ?? [];
  const write = (value: unknown) => o.output.write(`${JSON.stringify(value)}\n`);
  const locale = o.locale ? { locale: o.locale } : {};
  const rl = createInterface({ input: o.input, terminal: false });
  for await (const raw of rl) {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      write({ error: 'not JSON: send one object a line, like {"text": "hello"} or {"press": 1}' });
      continue;
    }
    const line = Line.safeParse(json);
    if (!line.success) {
      write({ error: 'expected {"text": "..."}, {"press": "Label"} or {"press": 2}' });
      continue;
    }
    let turn: TurnResult;
    if ('press' in line.data) {
      const button = pick(buttons, line.data.press);
      if (typeof button === 'string') {
        write({ error: button });
        continue;
      }
      turn = await handle(conversations, o.address, { type: 'press', action: button.action, ...locale });
    } else {
      turn = await handle(conversations, o.address, { type: 'text', text: line.data.text, ...locale });
    }
    const latest = turn.replies.findLast((r) => r.buttons || r.ask);
    if (latest) buttons = latest.buttons ?? [];
    write(toJson(turn));
  }
  rl.close();
}
