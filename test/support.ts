// Helpers shared by the tests: the real flows compiled once, engines over real stores, and a driver
// that presses buttons by label the way a user would.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Conversations, type TurnResult } from '../src/conversation/conversation.ts';
import type { Address } from '../src/conversation/address.ts';
import type { Input } from '../src/conversation/input.ts';
import { openFlows } from '../src/flow/open.ts';
import type { CompiledFlows } from '../src/flow/compile.ts';
import { MemoryStore } from '../src/store/memory.ts';
import type { Store } from '../src/store/types.ts';

export const FLOWS_DIR = fileURLToPath(new URL('../flows', import.meta.url));

let compiled: CompiledFlows | undefined;
/** The shipped flows, loaded once per test file. */
export function shippedFlows(): CompiledFlows {
  compiled ??= openFlows(FLOWS_DIR);
  return compiled;
}

export function tempDir(prefix = 'shoplink-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

let counter = 0;
export function address(over: Partial<Address> = {}): Address {
  counter++;
  return { platform: 'terminal', workspace: 'test', channel: `c${counter}`, user: 'ana', ...over };
}

/** A user talking to the bot: remembers the latest buttons so a test can press them by label. */
export class User {
  last?: TurnResult;

  constructor(
    readonly conversations: Conversations,
    readonly where: Address = address(),
  ) {}

  async send(input: Input): Promise<TurnResult> {
    const turn = await this.conversations.handle(this.where, input);
    if (turn.replies.some((r) => r.buttons || r.ask)) this.last = turn;
    return turn;
  }

  start(flow?: string) {
    return this.send(flow ? { type: 'start', flow } : { type: 'start' });
  }

  say(text: string) {
    return this.send({ type: 'text', text });
  }

  /** The action token of a button on the latest message that had buttons. */
  button(label: string): string {
    const buttons = this.last?.replies.flatMap((r) => r.buttons ?? []) ?? [];
    const b = buttons.find((x) => x.label.toLowerCase() === label.toLowerCase());
    if (!b) throw new Error(`no button "${label}"; there are: ${buttons.map((x) => x.label).join(' | ')}`);
    return b.action;
  }

  press(label: string) {
    return this.send({ type: 'press', action: this.button(label) });
  }

  get buttons(): string[] {
    return this.last?.replies.flatMap((r) => r.buttons ?? []).map((b) => b.label) ?? [];
  }
}

export function engine(store: Store = new MemoryStore(), now?: () => number): Conversations {
  return new Conversations(shippedFlows(), store, { now });
}

export function textOf(turn: TurnResult): string {
  return turn.replies.map((r) => r.text).join('\n');
}

/** What a struggling database does to a turn: stall before loading, or fail. */
export interface Trouble {
  stallMs: number;
  failing: boolean;
}

/**
 * A store whose conversation loads stall or fail on demand, the rest passing through to `inner`:
 * how the tests show deadlines hold and nothing is lost while the database struggles.
 */
export function troubled(inner: Store = new MemoryStore()): Store & { trouble: Trouble; inner: Store } {
  const trouble: Trouble = { stallMs: 0, failing: false };
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'trouble') return trouble;
      if (prop === 'inner') return target;
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== 'function') return value;
      if (prop !== 'loadConversation') return value.bind(target);
      return async (...args: unknown[]) => {
        if (trouble.stallMs) await new Promise((r) => setTimeout(r, trouble.stallMs));
        if (trouble.failing) throw new Error('database is locked');
        return value.apply(target, args);
      };
    },
  }) as Store & { trouble: Trouble; inner: Store };
}
