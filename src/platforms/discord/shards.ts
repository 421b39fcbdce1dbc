// Discord as several gateway shard processes (DISCORD_SHARDS): discord.js's ShardingManager forks shard.ts once
// per shard, and each of those runs its own Client, engine, cases and outbox worker over the one shared store.
// The main process keeps no gateway connection: it reaches Discord users, and the Discord desk, over REST for the
// deliveries its own outbox takes (say, an agent's answer typed on a Slack desk).
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import { ConfigError } from '../../config.ts';
import { Connection } from '../../connection.ts';
import type { Conversations } from '../../conversation/conversation.ts';
import { openFlows } from '../open-flows.ts';
import type { Cases } from '../../handoff/cases.ts';
import { deskWordsIn } from '../../handoff/desk-words.ts';
import { SOURCE_LANGUAGE } from '../../i18n/languages.ts';
import type { Desk, Reach } from '../../handoff/desk.ts';
import type { Logger } from '../../log.ts';
import { SHARDS_NEED_A_SHARED_STORE, type DiscordConfig } from './config.ts';
import { DiscordDesk } from './desk.ts';
import { describeError } from './errors.ts';
import { DiscordReach } from './reach.ts';

/** Run from the build (dist/*.js, plain node) or from source through tsx: the shards run the same way. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
/** The script each shard process runs. */
const SHARD_SCRIPT = fileURLToPath(new URL(FROM_SOURCE ? './shard.ts' : './shard.js', import.meta.url));
/**
 * From source, `--import tsx` lets the shard processes run TypeScript. Resolved here, so it works from any working
 * directory (`npx shoplink` in a folder without node_modules), not only from the package's.
 */
const SHARD_EXEC_ARGV = FROM_SOURCE ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [];

/** What a shard process tells the main one over IPC (besides discord.js's own messages). */
export type ShardReport = { shoplink: 'started' } | { shoplink: 'failed'; name: string; message: string };

/** The environment variable that turns a shard's outbox worker off (`false`). */
export const SHARD_OUTBOX_ENV = 'SHOPLINK_SHARD_OUTBOX';

export interface StartDiscordShardsOptions {
  /** Its `shards` is the count, or `auto` for what Discord recommends (GET /gateway/bot). */
  config: DiscordConfig;
  log: Logger;
  /** The main process's engine: its flows title the Discord desk's case posts. Without it, `flowsDir` is compiled. */
  conversations?: Conversations;
  /** Taken for the same shape as startDiscord; cases are acted on in the shard that receives the staff's click. */
  cases?: Cases;
  /** The desk channel when HANDOFF_DESK is on Discord: the shards host it, and the main process posts there too. */
  deskChannel?: string;
  /** The clock of the main process's desk posts. */
  now?: () => number;
  /** DATABASE_URL, which every shard opens: a SQLite file or PostgreSQL, never `memory:`. */
  databaseUrl: string;
  /** FLOWS_DIR for the shards. */
  flowsDir: string;
  /** Set over the environment the shards inherit (e.g. HANDOFF_DESK, LOG_LEVEL); empty means unset. */
  env?: Record<string, string | undefined>;
  /**
   * Whether each shard runs an outbox worker beside the main process's (default true). Turn it off when other
   * platforms run in the main process (Slack): a shard cannot deliver to them, so it would only put their items back.
   */
  shardOutbox?: boolean;
  /**
   * Between spawning two shards, each ready before the next: Discord takes one IDENTIFY per 5 s (default 5500 ms,
   * as discord.js). 0 spawns them all at once (a bot whose max_concurrency allows it; tests).
   */
  spawnDelayMs?: number;
  /** How long a shard has to connect and start (default 30 s). */
  readyTimeoutMs?: number;
  /** How long stop() lets a shard process stop before killing it (default 10 s). */
  stopTimeoutMs?: number;
}

export interface DiscordShards {
  /** Reaches Discord users over REST from the main process. */
  reach: Reach;
  /** The Discord desk over REST, when `deskChannel` is given. */
  desk?: Desk;
  /** How many shards run. */
  count: number;
  /** The shard processes alive now, by shard id. */
  processes(): Map<number, ChildProcess>;
  /** SIGTERM to every shard process (each stops its client, outbox and store), then waits for them to exit. */
  stop(): Promise<void>;
  /** For /healthz: up while every shard process runs (each shard's own gateway is its process's business). */
  connection: Connection;
}

const DEFAULT_SPAWN_DELAY_MS = 5500;
const DEFAULT_READY_TIMEOUT_MS = 30_000;
const DEFAULT_STOP_TIMEOUT_MS = 10_000;

export async function startDiscordShards(o: StartDiscordShardsOptions): Promise<DiscordShards> {
  const log = o.log.child({ platform: 'discord' });
  if (o.databaseUrl === 'memory:') throw new ConfigError(SHARDS_NEED_A_SHARED_STORE);
  const rest = new REST(o.config.apiUrl ? { api: o.config.apiUrl } : {}).setToken(o.config.token);
  const closeRest = () => {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  };
  const readyTimeout = o.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  const stopTimeout = o.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS;

  let count: number;
  try {
    count = o.config.shards === undefined || o.config.shards === 'auto' ? await recommendedShards(rest) : o.config.shards;
  } catch (err) {
    closeRest();
    throw err;
  }
  const env = shardEnv(o, log.level);
  // The manager sets these on process.env for the Client it expects in the same process; there is none here.
  const manager = keepingEnv(['SHARDING_MANAGER', 'SHARDING_MANAGER_MODE', 'DISCORD_TOKEN'], () =>
    new ShardingManager(SHARD_SCRIPT, { totalShards: count, mode: 'process', respawn: false, execArgv: SHARD_EXEC_ARGV, token: o.config.token }),
  );

  let stopping = false;
  const failures = new Map<number, { name: string; message: string }>();
  const started = new Map<number, Promise<void>>();
  const connection = new Connection('down', o.now);
  const down = new Set<number>();
  manager.on('shardCreate', (shard: Shard) => {
    shard.env = { ...(shard.env as Record<string, unknown>), ...env };
    let markStarted!: () => void;
    let markFailed!: (err: Error) => void;
    const start = new Promise<void>((res, rej) => ((markStarted = res), (markFailed = rej)));
    start.catch(() => undefined);
    started.set(shard.id, start);
    // mode 'process': the shard's child is always a ChildProcess, never a Worker.
    shard.on('spawn', (child) => log.info({ shard: shard.id, pid: (child as ChildProcess).pid }, 'discord shard process started'));
    shard.on('message', (m: unknown) => {
      const report = m as ShardReport | undefined;
      if (report?.shoplink === 'started') {
        markStarted();
        down.delete(shard.id);
        if (down.size === 0 && started.size === count) connection.set('up');
      }
      else if (report?.shoplink === 'failed') failures.set(shard.id, { name: report.name, message: report.message });
    });
    shard.on('death', (exited) => {
      const child = exited as ChildProcess;
      markFailed(new Error(`discord shard ${shard.id} exited before it started`));
      if (stopping) return;
      down.add(shard.id);
      connection.set('down');
      const restart = manager.respawn;
      log.warn({ shard: shard.id, code: child.exitCode, signal: child.signalCode, restart }, 'discord shard process exited');
    });
    // Emitted when a respawn fails; unheard, an 'error' event would end the main process.
    shard.on('error', (err: Error) => log.error({ shard: shard.id, err: describeError(err) }, 'discord shard could not be restarted'));
  });

  log.info({ shards: count, requested: o.config.shards ?? 'auto' }, 'discord: starting shard processes');
  try {
    // Respawning stays off until every shard has started once: a shard that cannot start would only fail again.
    await spawnShards(manager, count, o.spawnDelayMs ?? DEFAULT_SPAWN_DELAY_MS, readyTimeout);
    await withTimeout(Promise.all(started.values()), readyTimeout, 'discord shards did not start in time');
  } catch (err) {
    stopping = true;
    await stopShards(manager, stopTimeout, log);
    closeRest();
    // A shard's last IPC message (why it failed) can be read after its exit is noticed: give it a moment.
    for (let waited = 0; failures.size === 0 && waited < 250; waited += 25) await new Promise((r) => setTimeout(r, 25));
    const failed = [...failures.entries()][0];
    if (failed?.[1].name === 'ConfigError') throw new ConfigError(failed[1].message);
    if (failed) throw new Error(`discord shard ${failed[0]} could not start: ${failed[1].message}`);
    throw err;
  }
  manager.respawn = true;
  log.info({ shards: count }, 'discord shards running');

  const now = o.now ?? Date.now;
  const desk = o.deskChannel
    ? new DiscordDesk({ rest, channel: o.deskChannel, flows: o.conversations?.flows ?? openFlows(o.flowsDir), words: o.cases?.words ?? deskWordsIn(SOURCE_LANGUAGE), log, now })
    : undefined;
  let stopped: Promise<void> | undefined;
  return {
    reach: new DiscordReach(rest),
    ...(desk ? { desk } : {}),
    count,
    connection,
    processes() {
      const alive = new Map<number, ChildProcess>();
      for (const [id, shard] of manager.shards) if (shard.process) alive.set(id, shard.process);
      return alive;
    },
    stop() {
      stopping = true;
      stopped ??= stopShards(manager, stopTimeout, log).finally(closeRest);
      return stopped;
    },
  };
}

/**
 * One shard after another, each ready before the next (discord.js's way, for Discord's IDENTIFY rate limit);
 * with no delay, all at once.
 */
async function spawnShards(manager: ShardingManager, count: number, delay: number, timeout: number): Promise<void> {
  if (delay > 0) {
    await manager.spawn({ amount: count, delay, timeout });
    return;
  }
  manager.totalShards = count;
  manager.shardList = [...Array(count).keys()];
  await Promise.all(manager.shardList.map((id) => manager.createShard(id).spawn(timeout)));
}

/** The shard count Discord recommends for the bot (what discord.js's `auto` asks, but through DISCORD_API_URL). */
async function recommendedShards(rest: REST): Promise<number> {
  const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, Math.floor(Number(info.shards) || 1));
}

/**
 * What a shard needs over the environment it inherits: the settings the main process runs with, whatever they
 * were read from. Empty values read as unset.
 */
function shardEnv(o: StartDiscordShardsOptions, level: string): Record<string, string> {
  const c = o.config;
  const env: Record<string, string | undefined> = {
    // Only the main process runs the manager; discord.js reads the mode to talk to it over IPC.
    SHARDING_MANAGER_MODE: 'process',
    DISCORD_APPLICATION_ID: c.applicationId,
    DISCORD_GUILD_ID: c.guildId ?? '',
    DISCORD_API_URL: c.apiUrl ?? '',
    DISCORD_THREADS: String(c.threads),
    SUPPORT_ROLE_ID: c.supportRoleId ?? '',
    DATABASE_URL: absoluteSqlite(o.databaseUrl),
    FLOWS_DIR: resolve(o.flowsDir),
    ...(o.deskChannel ? { HANDOFF_DESK: `discord:${o.deskChannel}` } : {}),
    ...(o.cases ? { DESK_LANGUAGE: o.cases.deskLanguage } : {}),
    LOG_LEVEL: level,
    [SHARD_OUTBOX_ENV]: String(o.shardOutbox ?? true),
    ...o.env,
  };
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/** `sqlite:data/x.db` as an absolute path, so every process opens the same file whatever its directory. */
function absoluteSqlite(url: string): string {
  if (!url.startsWith('sqlite:')) return url;
  const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
  return isAbsolute(file) ? url : `sqlite:${resolve(file)}`;
}

/** Runs `make` and puts back the given process.env variables as they were before it. */
function keepingEnv<T>(names: string[], make: () => T): T {
  const before = names.map((n) => [n, process.env[n]] as const);
  try {
    return make();
  } finally {
    for (const [n, v] of before) {
      if (v === undefined) delete process.env[n];
      else process.env[n] = v;
    }
  }
}

/** Stops respawning, sends SIGTERM to every shard process and waits for each; one that hangs is killed. */
async function stopShards(manager: ShardingManager, timeoutMs: number, log: Logger): Promise<void> {
  manager.respawn = false;
  await Promise.all(
    [...manager.shards.values()].map(async (shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const inTime = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), timeoutMs)))]);
      clearTimeout(timer);
      if (!inTime) {
        log.warn({ shard: shard.id, pid: child.pid }, 'discord shard did not stop in time; killed');
        child.kill('SIGKILL');
        await exited;
      } else {
        log.info({ shard: shard.id, code: child.exitCode }, 'discord shard process stopped');
      }
    }),
  );
}

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}
