// Benchmark: 50 concurrent Discord users against shoplink's discord.js bot and a bare discord.js client that
// answers at once with a fixed message, same fake Discord, same run. Prints latency, throughput, ratios; asserts nothing.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import pino from 'pino';
import { Conversations } from '../../src/conversation/conversation.ts';
import { startDiscord, type DiscordBot } from '../../src/platforms/discord/index.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { SaveTurn, Store } from '../../src/store/types.ts';
import { FakeDiscord, type Exchange, type FakeUser } from '../fakes/discord.ts';
import { shippedFlows, tempDir } from '../support.ts';
import { serveAppThread, startAppThread } from './app-thread.ts';

const USERS = Number(process.env.BENCH_USERS ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
/** The creator path after /linkhelp: each click one turn, one updated message. */
const CLICKS = ["I'm a creator", "I'll pick products myself", "I'm in the marketplace", 'Found one I like', 'All set, thanks'];
const STALL_MS = 2000;
const DEADLINE_MS = 3000;

interface Sample {
  first: number;
  final: number;
}

export interface Figures {
  name: string;
  interactions: number;
  firstP50: number;
  firstP99: number;
  firstMax: number;
  firstOverDeadline: number;
  finalP50: number;
  finalP99: number;
  perSecond: number;
  /** CPU of the bot's own thread per interaction, in ms; undefined off Linux. */
  cpuMs?: number;
}

interface UnderTest {
  name: string;
  /** The bot token it logs in with: the fake sends each round's interactions to that bot only. */
  token: string;
  /** Labels to click after the command, in order. */
  clicks: string[];
  /** CPU used so far by the bot's own thread, in ms (undefined off Linux). */
  cpuMs(): Promise<number | undefined>;
  stop(): Promise<void>;
}

/** What runs in a worker: the bot alone, started and stopped by the main thread. */
interface Bot {
  stop(): Promise<void>;
}

const BARE_LABEL = 'Again';

/** A bare discord.js client: replies (or updates) at once with one fixed message and one button. */
async function startBare(api: string): Promise<Bot> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api } });
  const message = {
    content: 'Hello! This is a fixed answer.',
    components: [{ type: 1, components: [{ type: 2, style: 1, label: BARE_LABEL, custom_id: 'bare:again' }] }],
    allowedMentions: { parse: [] },
  };
  client.on(Events.InteractionCreate, (i: Interaction) => {
    if (i.isChatInputCommand()) void i.reply({ ...message, flags: 64 }).catch(() => undefined);
    else if (i.isButton()) void i.update(message).catch(() => undefined);
  });
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login('bare-token');
  await ready;
  return { stop: async () => void (await client.destroy()) };
}

async function startShoplink(api: string, applicationId: string, store: Store, token: string): Promise<Bot> {
  const bot: DiscordBot = await startDiscord({
    conversations: new Conversations(shippedFlows(), store),
    config: { token, applicationId, apiUrl: api, threads: false },
    log: pino({ level: 'silent' }),
  });
  return {
    stop: async () => {
      await bot.stop();
      await store.close();
    },
  };
}

type Kind = 'bare' | 'shoplink' | 'shoplink-memory' | 'stalled';

const TOKENS: Record<Kind, string> = { bare: 'bare-token', shoplink: 'shoplink-token', 'shoplink-memory': 'shoplink-token', stalled: 'stalled-token' };

/**
 * Each bot runs in its own worker thread, as in the Slack bench: the fake Discord and the 50 users stay on the main
 * thread, so what a bot's event loop carries is the bot's own work (discord.js and its handler), not the fake's
 * building, sending and checking of the other users' interactions and messages, which grow with the bot's message.
 */
async function startInWorker(kind: Kind, name: string, fake: FakeDiscord, clicks: string[]): Promise<UnderTest> {
  const thread = await startAppThread(import.meta.url, { bench: 'discord', kind, api: fake.api, applicationId: fake.applicationId });
  return { name, token: TOKENS[kind], clicks, cpuMs: thread.cpuMs, stop: thread.stop };
}

async function serveInWorker(kind: Kind, api: string, applicationId: string): Promise<void> {
  const token = TOKENS[kind];
  const bot =
    kind === 'bare'
      ? await startBare(api)
      : await startShoplink(
          api,
          applicationId,
          kind === 'stalled' ? new StallingStore() : kind === 'shoplink-memory' ? new MemoryStore() : new SqliteStore(join(tempDir('shoplink-bench-'), 'bench.db')),
          token,
        );
  serveAppThread('ready', () => bot.stop());
}

/** Loads stall once per conversation (its first turn): the deadline case, measured on /linkhelp. */
class StallingStore extends MemoryStore {
  override async loadConversation(id: string) {
    await new Promise((r) => setTimeout(r, STALL_MS));
    return super.loadConversation(id);
  }
  override saveTurn(turn: SaveTurn) {
    return super.saveTurn(turn);
  }
}

const sample = (x: Exchange): Sample => ({ first: x.first.at - x.interaction.dispatchedAt, final: x.shown!.at - x.interaction.dispatchedAt });

/** One round: USERS fresh users at once, each running /linkhelp and then the clicks in order. */
async function round(fake: FakeDiscord, system: UnderTest, into: Tally, clicks = system.clicks): Promise<void> {
  fake.reset();
  fake.dispatchTo = system.token;
  const users: FakeUser[] = Array.from({ length: USERS }, () => fake.user(`user${++userCount}`));
  const cpu = await system.cpuMs();
  const started = performance.now();
  await Promise.all(
    users.map(async (user) => {
      into.samples.push(sample(await user.command()));
      for (const label of clicks) into.samples.push(sample(await user.click(label)));
    }),
  );
  into.wall += performance.now() - started;
  const after = await system.cpuMs();
  into.cpuMs = cpu === undefined || after === undefined || into.cpuMs === undefined ? undefined : into.cpuMs + after - cpu;
}

let userCount = 0;

interface Tally {
  samples: Sample[];
  wall: number;
  /** CPU of the bot's thread over the rounds, in ms. */
  cpuMs?: number;
}

const tally = (): Tally => ({ samples: [], wall: 0, cpuMs: 0 });

function figures(name: string, t: Tally): Figures {
  const firsts = t.samples.map((s) => s.first).sort((a, b) => a - b);
  const finals = t.samples.map((s) => s.final).sort((a, b) => a - b);
  return {
    name,
    interactions: t.samples.length,
    firstP50: pct(firsts, 50),
    firstP99: pct(firsts, 99),
    firstMax: firsts.at(-1)!,
    firstOverDeadline: firsts.filter((x) => x > DEADLINE_MS).length,
    finalP50: pct(finals, 50),
    finalP99: pct(finals, 99),
    perSecond: t.samples.length / (t.wall / 1000),
    ...(t.cpuMs === undefined ? {} : { cpuMs: t.cpuMs / t.samples.length }),
  };
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (n: number) => n.toFixed(1).padStart(11);

export async function main(): Promise<Figures[]> {
  const useMemory = process.argv.includes('--memory');
  const fake = await FakeDiscord.start();
  const storeName = useMemory ? 'memory' : 'SQLite';
  const bare = await startInWorker('bare', 'bare discord.js', fake, CLICKS.map(() => BARE_LABEL));
  const shoplink = await startInWorker(useMemory ? 'shoplink-memory' : 'shoplink', `shoplink (${storeName})`, fake, CLICKS);
  const stalled = await startInWorker('stalled', `shoplink, store stalls ${STALL_MS / 1000} s`, fake, CLICKS);
  try {
    // Warm-up (JIT, connection pools, SQLite pages), not counted; then rounds alternate so drift hits both alike.
    await round(fake, bare, tally());
    await round(fake, shoplink, tally());
    const bareTally = tally();
    const shoplinkTally = tally();
    for (let i = 0; i < ROUNDS; i++) {
      await round(fake, bare, bareTally);
      await round(fake, shoplink, shoplinkTally);
    }
    const stalledTally = tally();
    await round(fake, stalled, stalledTally, []);
    const b = figures(bare.name, bareTally);
    const s = figures(shoplink.name, shoplinkTally);
    const st = figures(stalled.name, stalledTally);

    console.log(
      `Discord bench: ${USERS} concurrent users × ${ROUNDS} rounds, /linkhelp + ${CLICKS.length} clicks each, ${storeName} store, ` +
        `each bot in its own worker thread, the loopback fake and the users on the main thread, Node ${process.version}`,
    );
    console.log(
      `${'client'.padEnd(30)}${'first p50'.padStart(11)}${'first p99'.padStart(11)}${'final p50'.padStart(11)}${'final p99'.padStart(11)}` +
        `${'per s'.padStart(9)}${'first>3s'.padStart(10)}`,
    );
    for (const f of [b, s, st]) {
      console.log(
        `${f.name.padEnd(30)}${ms(f.firstP50)}${ms(f.firstP99)}${ms(f.finalP50)}${ms(f.finalP99)}${f.perSecond.toFixed(0).padStart(9)}${String(f.firstOverDeadline).padStart(10)}`,
      );
    }
    console.log('(milliseconds from INTERACTION_CREATE sent to the first callback received, and to the message shown)');
    console.log(
      `ratios shoplink/bare: first p50 ×${(s.firstP50 / b.firstP50).toFixed(2)}, final p50 ×${(s.finalP50 / b.finalP50).toFixed(2)} (target ≤ 1.5); ` +
        `p99 above bare: first +${(s.firstP99 - b.firstP99).toFixed(1)} ms, final +${(s.finalP99 - b.finalP99).toFixed(1)} ms (target ≤ 5 ms); ` +
        `throughput ×${(s.perSecond / b.perSecond).toFixed(2)}`,
    );
    if (b.cpuMs !== undefined && s.cpuMs !== undefined) {
      console.log(
        `CPU of the bot's own thread per interaction: bare ${b.cpuMs.toFixed(3)} ms, shoplink ${s.cpuMs.toFixed(3)} ms; ` +
          `interactions per CPU-second of the bot's thread, shoplink/bare ×${(b.cpuMs / s.cpuMs).toFixed(2)}`,
      );
    }
    console.log(`while the store stalls ${STALL_MS} ms: slowest first response ${st.firstMax.toFixed(1)} ms, over 3 s: ${st.firstOverDeadline} (target 0)`);
    return [b, s, st];
  } finally {
    await stalled.stop();
    await shoplink.stop();
    await bare.stop();
    await fake.close();
  }
}

if (!isMainThread && (workerData as { bench?: string } | null)?.bench === 'discord') {
  const { kind, api, applicationId } = workerData as { kind: Kind; api: string; applicationId: string };
  await serveInWorker(kind, api, applicationId);
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
