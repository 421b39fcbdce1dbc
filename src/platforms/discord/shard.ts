// One Discord shard process, forked by the ShardingManager in shards.ts (not something to run by hand). It reads
// its settings from the environment the main process passed on, opens the shared store (SQLite file or
// PostgreSQL), and runs its own engine, cases, outbox worker (items are leased, so several workers are safe) and a
// discord.js Client, which takes its shard id and count from the manager's SHARDS and SHARD_COUNT.
// It stops on SIGTERM from the main process, or when the main process is gone.
import type { Config } from '../../config.ts';
import { ConfigError, readConfig, settingsOf } from '../../config.ts';
import { Conversations } from '../../conversation/conversation.ts';
import { openFlows } from '../open-flows.ts';
import { Cases } from '../../handoff/cases.ts';
import { KIND, type ToUser } from '../../handoff/items.ts';
import { Outbox, type Handler } from '../../handoff/outbox.ts';
import { createLogger, type Logger } from '../../log.ts';
import { openStore } from '../../store/open.ts';
import type { Store } from '../../store/types.ts';
import { startDiscord, type DiscordBot } from './client.ts';
import { SHARDS_NEED_A_SHARED_STORE } from './config.ts';
import { discordPlatform } from './platform.ts';
import { describeError } from './errors.ts';
import { SHARD_OUTBOX_ENV, type ShardReport } from './shards.ts';

const shard = Number(process.env.SHARDS);
/** The settings the main process passed on, read once; a wrong one is reported by main() through this logger. */
const settings: { config: Config } | { err: unknown } = (() => {
  try {
    return { config: readConfig(process.env) };
  } catch (err) {
    return { err };
  }
})();
const known = 'config' in settings ? settings.config : undefined;
const log: Logger = createLogger(known?.logLevel ?? 'info', { to: 'stdout', format: known?.logFormat }).child({ shard });

let store: Store | undefined;
let bot: DiscordBot | undefined;
let outbox: Outbox | undefined;
let stopping: Promise<void> | undefined;

// Ctrl+C reaches the whole process group: the main process heard it too and stops the shards with SIGTERM.
process.on('SIGINT', () => log.debug('SIGINT: waiting for the main process to stop this shard'));
process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
process.on('disconnect', () => void shutdown('the main process is gone', 0));
// A report to a main process that is gone fails here instead of ending the shard mid-stop.
process.on('error', (err) => log.debug({ err: describeError(err) }, 'could not talk to the main process'));

function report(message: ShardReport): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send || !process.connected) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}

/** Stops taking interactions and deliveries, closes the store, then exits; once, whatever asked first. */
function shutdown(why: string, code: number): Promise<void> {
  stopping ??= (async () => {
    log.info({ why }, 'discord shard stopping');
    await outbox?.stop().catch((err: unknown) => log.error({ err: describeError(err) }, 'the outbox did not stop cleanly'));
    await bot?.stop().catch((err: unknown) => log.error({ err: describeError(err) }, 'the discord client did not stop cleanly'));
    await store?.close().catch((err: unknown) => log.error({ err: describeError(err) }, 'the store did not close cleanly'));
    log.flush();
    process.exit(code);
  })();
  return stopping;
}

/**
 * The outbox handlers a shard can honour. What only the main process can deliver (users on other platforms, a
 * desk on Slack) is put back for it: the shared handlers would drop an item they have no connection for.
 */
function handlersFor(cases: Cases, config: Config): Record<string, Handler> {
  const all = cases.handlers();
  const toUser = all[KIND.toUser]!;
  const handlers: Record<string, Handler> = {
    ...all,
    [KIND.toUser]: async (item) => {
      const platform = (item.payload as Partial<ToUser>).address?.platform;
      if (platform !== 'discord') throw new Error(`a ${platform} user is reached by the main process`);
      await toUser(item);
    },
  };
  const desk = config.desk;
  if (!desk || desk.platform === 'discord') return handlers;
  const elsewhere: Handler = async () => {
    throw new Error(`the desk is on ${desk.platform}, served by the main process`);
  };
  return { ...handlers, [KIND.deskPost]: elsewhere, [KIND.deskUpdate]: elsewhere, [KIND.toDesk]: elsewhere, [KIND.reminder]: elsewhere };
}

async function main(): Promise<void> {
  if ('err' in settings) throw settings.err;
  const { config } = settings;
  const discord = settingsOf(config, discordPlatform);
  if (!discord) throw new ConfigError('DISCORD_TOKEN: a Discord shard needs it (the main process passes it on)');
  if (config.databaseUrl === 'memory:') throw new ConfigError(SHARDS_NEED_A_SHARED_STORE);
  const flows = openFlows(config.flowsDir);
  store = openStore(config.databaseUrl);
  const conversations = new Conversations(flows, store, config.desk ? { handoff: { reminderMs: config.reminderMs } } : {});
  const cases = new Cases({ store, conversations, log, deskLanguage: config.deskLanguage });
  const deskChannel = config.desk?.platform === 'discord' ? config.desk.channel : undefined;
  const started = await startDiscord({ conversations, config: discord, log, cases, deskChannel });
  bot = started;
  cases.connect(started);
  if (stopping) return;
  if (process.env[SHARD_OUTBOX_ENV] !== 'false') {
    outbox = new Outbox({ store, handlers: handlersFor(cases, config), log });
    outbox.start();
  }
  log.info({ shards: Number(process.env.SHARD_COUNT), outbox: Boolean(outbox), desk: deskChannel ? 'discord' : 'none' }, 'discord shard running');
  await report({ shoplink: 'started' });
}

main().catch(async (err: unknown) => {
  const e = err instanceof Error ? err : new Error(String(err));
  log.error({ err: describeError(err) }, 'discord shard could not start');
  await report({ shoplink: 'failed', name: e.name, message: e.message });
  await shutdown('it could not start', 1);
});
