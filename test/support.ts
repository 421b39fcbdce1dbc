// Helpers shared by the tests: the real flows compiled once, engines over real stores, and a driver
// that presses buttons by label the way a user would.
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Conversations, type TurnResult } from '../src/conversation/conversation.ts';
import type { Address } from '../src/address.ts';
import type { Input } from '../src/conversation/input.ts';
import { openFlows } from '../src/platforms/open-flows.ts';
import type { CompiledFlows } from '../src/flow/compile.ts';
import pg from 'pg';
import { MemoryStore } from '../src/store/memory.ts';
import { PostgresStore } from '../src/store/postgres.ts';
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
  /** The latest turn with controls (or replies a test hands over, such as an outbox message). */
  last?: Pick<TurnResult, 'replies'> & Partial<TurnResult>;

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

export function textOf(turn: Pick<TurnResult, 'replies'>): string {
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

/** The PostgreSQL server the tests use: TEST_DATABASE_URL, or the local one these machines run. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/shoplink_test';

let databaseReady: Promise<void> | undefined;
/** Creates the test database once if it is missing (a fresh machine has only the default ones). */
function ensureTestDatabase(): Promise<void> {
  databaseReady ??= (async () => {
    const url = new URL(TEST_DATABASE_URL);
    const name = url.pathname.slice(1);
    url.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: url.toString() });
    try {
      await admin.connect();
    } catch (err) {
      throw new Error(`PostgreSQL is not reachable at ${url.host} (${(err as Error).message}). Start it (see README, Tests) or set TEST_DATABASE_URL.`);
    }
    try {
      await admin.query(`create database "${name}"`);
    } catch (err) {
      // 42P04: it exists already (another test file may have just made it).
      if ((err as { code?: string }).code !== '42P04') throw err;
    } finally {
      await admin.end();
    }
    // Schemas of earlier runs (named t_<pid>_<ms>_<n>) are dropped after an hour, so the database stays small.
    const db = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await db.connect();
    try {
      const { rows } = await db.query<{ name: string }>("select nspname as name from pg_namespace where nspname like 't\\_%'");
      for (const { name } of rows) {
        const at = Number(name.split('_')[2]);
        if (at && Date.now() - at > 3_600_000) await db.query(`drop schema if exists "${name}" cascade`).catch(() => undefined);
      }
    } finally {
      await db.end();
    }
  })();
  return databaseReady;
}

let schemas = 0;
/** A PostgresStore in a schema of its own, so tests never see each other's rows; pass `schema` for a second connection to it. */
export async function postgresStore(schema = `t_${process.pid}_${Date.now()}_${++schemas}`): Promise<PostgresStore> {
  await ensureTestDatabase();
  return new PostgresStore(TEST_DATABASE_URL, { schema });
}

/** A TCP port free on 127.0.0.1 right now, for a server a test starts in a child process. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
