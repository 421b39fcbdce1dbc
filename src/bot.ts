// The running bot: one engine, one store, the configured platforms, the desk, the outbox that carries cases
// between them and (with `web`) /healthz, /metrics and the preview on PORT. `shoplink start` runs it.
import type { Config } from './config.ts';
import type { Connection } from './connection.ts';
import { Conversations, type ConversationsOptions } from './conversation/conversation.ts';
import { openFlows } from './platforms/open-flows.ts';
import { Cases } from './handoff/cases.ts';
import { withoutDesk } from './handoff/no-desk.ts';
import type { Desk, Reach } from './handoff/desk.ts';
import { Outbox } from './handoff/outbox.ts';
import type { Logger } from './log.ts';
import type { DiscordConfig } from './platforms/discord/config.ts';
import type { SlackConfig } from './platforms/slack/config.ts';
import { Metrics } from './metrics.ts';
import { platforms as registry } from './platforms/registry.ts';
import { openStore } from './store/open.ts';
import type { Store } from './store/types.ts';
import { listen, type RunningWeb } from './web/server.ts';
import { createWeb } from './web/web.ts';

export interface BotOptions {
  config: Config;
  slack?: SlackConfig;
  discord?: DiscordConfig;
  log: Logger;
  /** Tests pass a store (and a clock) to look inside; by default DATABASE_URL's. */
  store?: Store;
  now?: () => number;
  /** How often the outbox looks for due deliveries. */
  pollMs?: number;
  /**
   * Serve /healthz, /metrics and the web preview: on Slack's server when Slack runs in HTTP mode, else on
   * `port`. `watch` reloads the preview's flows when a file changes. Off when absent, so tests bind nothing.
   */
  web?: { port: number; host?: string; watch?: boolean };
}

/** What a platform gives back when it starts: a way to stop, to reach its users, and its desk if it hosts it. */
export interface RunningPlatform {
  stop(): Promise<void>;
  reach: Reach;
  desk?: Desk;
  /** Its live connection to the platform's servers, for /healthz (absent: nothing to watch here). */
  connection?: Connection;
}

export interface Bot {
  metrics: Metrics;
  conversations: Conversations;
  cases: Cases;
  outbox: Outbox;
  store: Store;
  platforms: string[];
  /** Where the web routes listen, when `web` was asked for. */
  web?: { port: number };
  stop(): Promise<void>;
}

export async function startBot(o: BotOptions): Promise<Bot> {
  const { config, log } = o;
  const desk = runningDesk(o);
  // Texts must fit every platform this process runs (all of them when it runs none: the preview).
  const shownOn = [o.slack && 'slack', o.discord && 'discord'].filter((p): p is string => Boolean(p));
  const flows = desk ? openFlows(config.flowsDir, shownOn) : withoutDesk(openFlows(config.flowsDir, shownOn));
  const store = o.store ?? openStore(config.databaseUrl);
  const metrics = new Metrics(flows);
  const engine: ConversationsOptions = { now: o.now, observer: metrics, ...(desk ? { handoff: { reminderMs: config.reminderMs } } : {}) };
  const conversations = new Conversations(flows, store, engine);
  const cases = new Cases({ store, conversations, log, now: o.now, observer: metrics, deskLanguage: config.deskLanguage });
  const outbox = new Outbox({ store, handlers: cases.handlers(), log, now: o.now, pollMs: o.pollMs });
  const running: RunningPlatform[] = [];
  const connections: Record<string, Connection> = {};
  const platforms = [o.slack && `slack (${o.slack.mode})`, o.discord && (o.discord.shards ? `discord (${o.discord.shards} shards)` : 'discord'), o.web && 'web'].filter((p): p is string => Boolean(p));
  // Watching, the preview runs each good edit of the flows; Slack and Discord keep the flows they started with.
  const web = o.web
    ? createWeb({
        store,
        metrics,
        log,
        platforms: () => platforms,
        connections: () => connections,
        access: config.web,
        ...(o.web.watch ? { watch: { dir: config.flowsDir, engine, desk: Boolean(desk) } } : { conversations }),
      })
    : undefined;
  let server: RunningWeb | undefined;
  let webPort: number | undefined;
  const stop = async () => {
    web?.flows.close();
    await server?.stop().catch((err: unknown) => log.error({ err }, 'the web server did not stop cleanly'));
    await outbox.stop();
    for (const p of running) await p.stop().catch((err: unknown) => log.error({ err }, 'a platform did not stop cleanly'));
    await store.close();
  };
  const deskOn = (platform: string) => (desk?.platform === platform ? desk.channel : undefined);
  try {
    // A database that is not there is a start-up error naming DATABASE_URL, not the first user's failed turn.
    await store.loadConversation('-');
    // Platform SDKs load only when used, so the terminal chat starts fast.
    if (o.slack) {
      const { startSlack } = await import('./platforms/slack/app.ts');
      // In HTTP mode Slack already listens on PORT: the web routes join its server instead of taking a second port.
      const routes = web && o.slack.mode === 'http' ? { paths: web.paths, handler: web.handler } : undefined;
      const onAck = (seconds: number) => metrics.ack.observe({ platform: 'slack' }, seconds);
      const slack = await startSlack({ conversations, config: o.slack, log, cases, deskChannel: deskOn('slack'), now: o.now, routes, onAck });
      running.push(slack);
      connections.slack = slack.connection;
      if (routes) webPort = slack.port;
    }
    if (o.discord) {
      const { startDiscord, startDiscordShards } = await import('./platforms/discord/index.ts');
      const onAck = (seconds: number) => metrics.ack.observe({ platform: 'discord' }, seconds);
      const discord = { conversations, config: o.discord, log, cases, deskChannel: deskOn('discord'), now: o.now, onAck };
      const started: RunningPlatform = o.discord.shards
        ? // DISCORD_SHARDS: shard processes over the same database; this process reaches Discord over REST only.
          await startDiscordShards({ ...discord, databaseUrl: config.databaseUrl, flowsDir: config.flowsDir, shardOutbox: !o.slack })
        : await startDiscord(discord);
      running.push(started);
      if (started.connection) connections.discord = started.connection;
    }
    for (const p of running) cases.connect(p);
    if (web) {
      cases.connect({ reach: web.reach });
      if (webPort === undefined) {
        // Only an exposed preview listens beyond this machine; /healthz then answers others too.
        server = await listen(web.handler, o.web!.port, o.web!.host ?? (config.web.exposed ? undefined : '127.0.0.1'));
        webPort = server.port;
      }
    }
  } catch (err) {
    await stop();
    throw err;
  }
  outbox.start();
  const retention = keepRetention(store, config.retentionDays, log, o.now ?? Date.now);
  const stopAll = stop;
  const stopBot = async () => {
    clearInterval(retention);
    await stopAll();
  };
  log.info({ platforms, flows: flows.contentFlows.length, desk: desk?.platform ?? 'none', ...(webPort !== undefined ? { port: webPort } : {}) }, 'shoplink is running; Ctrl+C stops it');
  return { metrics, conversations, cases, outbox, store, platforms, ...(webPort !== undefined ? { web: { port: webPort } } : {}), stop: stopBot };
}

/**
 * HANDOFF_DESK when its platform runs in this process. One that names a platform not running is a warning, not a
 * stop: the bot still helps people, and cases are recorded (`shoplink cases list`) and said so to the user.
 */
function runningDesk(o: BotOptions): Config['desk'] {
  const desk = o.config.desk;
  if (!desk) return undefined;
  const running = { slack: o.slack, discord: o.discord } as Record<string, unknown>;
  if (running[desk.platform]) return desk;
  const token = registry.get(desk.platform).settings?.token.variable ?? 'its token';
  o.log.warn(
    { desk: `${desk.platform}:${desk.channel}` },
    `HANDOFF_DESK: the desk is on ${desk.platform}, which is not running here, so cases are recorded (shoplink cases list) but posted nowhere; set ${token} to run ${desk.platform}, or point HANDOFF_DESK at a running platform`,
  );
  return undefined;
}

/** How often old conversations and transcripts are looked for. */
const PURGE_EVERY_MS = 6 * 3_600_000;
const DAY_MS = 86_400_000;

/** Deletes what people said once it is older than RETENTION_DAYS: now, then every few hours. */
function keepRetention(store: Store, days: number, log: Logger, now: () => number): NodeJS.Timeout {
  const purge = () =>
    store
      .purge(now() - days * DAY_MS)
      .then((erased) => (erased.conversations || erased.cases) && log.info({ ...erased, days }, 'purged data past retention'))
      .catch((err: unknown) => log.error({ err }, 'could not purge old data; will try again'));
  void purge();
  return setInterval(purge, PURGE_EVERY_MS).unref();
}
