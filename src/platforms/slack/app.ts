// Builds the Bolt app (Socket Mode or HTTP), wires the handlers to the engine, and starts it.
// `npm start` calls startSlack when readSlackConfig finds a bot token; stop() lets turns in flight finish.
import type { EventEmitter } from 'node:events';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { App, webApi, type CustomRoute } from '@slack/bolt';
import { ConfigError } from '../../config.ts';
import { Connection } from '../../connection.ts';
import { closeServer, SERVER_LIMITS } from '../../http-limits.ts';
import type { Conversations } from '../../conversation/conversation.ts';
import type { Cases } from '../../handoff/cases.ts';
import type { Desk, Reach } from '../../handoff/desk.ts';
import { deskWordsIn } from '../../handoff/desk-words.ts';
import { SOURCE_LANGUAGE } from '../../i18n/languages.ts';
import type { Logger } from '../../log.ts';
import { registerActions } from './actions.ts';
import { RECEIVED_AT, type SlackAdapter } from './adapter.ts';
import { limitBodies } from './body-limit.ts';
import { keepReconnecting, type Restartable } from './reconnect.ts';
import { boltLogger } from './bolt-log.ts';
import { registerCommand } from './command.ts';
import type { SlackConfig } from './config.ts';
import { Delivery } from './delivery.ts';
import { SlackDesk } from './desk.ts';
import { ackEventsAfterWork } from './event-ack.ts';
import { registerEvents } from './events.ts';
import { registerHome } from './home.ts';
import { SlackLocales } from './locales.ts';
import { DeskMembers, SlackNames } from './names.ts';
import { SlackReach } from './reach.ts';
import { RecentPlaces } from './recent.ts';
import { SeenEvents } from './seen.ts';
import { Staff } from './staff.ts';
import { registerViews } from './views.ts';

/** Where Slack sends events, commands and interactivity in HTTP mode (the manifest's request URLs). */
export const EVENTS_PATH = '/slack/events';

/**
 * Retries of failed Web API calls (5xx, network; 429 waits Retry-After first): about half a minute in all.
 * WebClient's default keeps trying for half an hour, far too late for a chat reply.
 */
export const REPLY_RETRY: webApi.RetryOptions = { retries: 5, factor: 2, minTimeout: 1000, maxTimeout: 15_000, randomize: true };

/**
 * Retries of the outbox's calls (desk posts, messages reaching users): a few seconds only. The outbox
 * retries them for as long as it takes, and one call waiting half a minute would hold up every delivery.
 */
export const OUTBOX_RETRY: webApi.RetryOptions = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000, randomize: true };

/** Slack's answers to auth.test / apps.connections.open that mean the token itself is wrong. */
const BAD_TOKEN = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

export interface StartSlackOptions {
  conversations: Conversations;
  config: SlackConfig;
  log: Logger;
  /** HTTP mode: the interface to listen on; all interfaces when absent. */
  host?: string;
  /** Web API retry policy of every call; by default the config's, else REPLY_RETRY (OUTBOX_RETRY for the outbox). */
  retry?: webApi.RetryOptions;
  /** The support cases: staff buttons and replies in the desk call in here. */
  cases?: Cases;
  /** The desk channel (HANDOFF_DESK=slack:<id>): cases are posted there and staff act there. */
  deskChannel?: string;
  /** The clock of the case summaries and lists (tests drive it). */
  now?: () => number;
  /** HTTP mode: more routes on the same server (/healthz, /metrics, the web preview); ignored in Socket Mode. */
  routes?: { paths: readonly string[]; handler: (req: IncomingMessage, res: ServerResponse) => void };
  /** Told how long each acknowledgement took from the request's arrival, in seconds (metrics). */
  onAck?: (seconds: number) => void;
}

export interface RunningSlack {
  /** HTTP mode: the port actually listened on (PORT=0 picks a free one). */
  port?: number;
  /** Resolves when every request taken so far has finished its turn and its posts. */
  idle(): Promise<void>;
  /** Stops taking requests, then waits for the turns in flight to be delivered. */
  stop(): Promise<void>;
  /** Delivers to Slack users outside a turn (the outbox's to-user items). */
  reach: Reach;
  /** The support desk, when deskChannel was given. */
  desk?: Desk;
  /** Socket Mode's websocket, live, for /healthz (HTTP mode: up while the server listens). */
  connection: Connection;
}

export async function startSlack(options: StartSlackOptions): Promise<RunningSlack> {
  const { config } = options;
  const log = options.log.child({ platform: 'slack' });
  const retry = options.retry ?? config.retry;
  const clientOptions: webApi.WebClientOptions = { retryConfig: retry ?? REPLY_RETRY, ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}) };
  // Bolt's conversation store is for apps that keep state in Bolt; shoplink keeps its own, and the store's lookup
  // builds an Error ("Conversation not found") on every request when nothing was put in it.
  const common = { token: config.botToken, logger: boltLogger(log), clientOptions, deferInitialization: true, convoStore: false as const };
  const app =
    config.mode === 'http'
      ? new App({ ...common, signingSecret: config.signingSecret, endpoints: EVENTS_PATH, processBeforeResponse: false, customRoutes: customRoutes(options.routes) })
      : new App({ ...common, appToken: config.appToken, socketMode: true });

  try {
    await app.init();
  } catch (err) {
    throw tokenError(err, 'SLACK_BOT_TOKEN', 'OAuth & Permissions → Bot User OAuth Token');
  }

  const now = options.now ?? Date.now;
  const delivery = new Delivery(app.client, log);
  const names = new SlackNames(app.client, log);
  // The outbox's own client: short retries, since the outbox tries again later anyway.
  const outboxClient = new webApi.WebClient(config.botToken, { ...clientOptions, retryConfig: retry ?? OUTBOX_RETRY, logger: boltLogger(log) });
  const reach = new SlackReach(outboxClient, log);
  let staff: Staff | undefined;
  let desk: SlackDesk | undefined;
  if (options.deskChannel) {
    const channel = options.deskChannel;
    if (options.cases) {
      const members = new DeskMembers(app.client, channel, log);
      staff = new Staff({ cases: options.cases, channel, client: app.client, members, names, delivery, log, now });
    }
    const flows = options.cases?.flows ?? options.conversations.flows;
    const lineClient = new webApi.WebClient(config.botToken, { ...clientOptions, retryConfig: { retries: 0 }, logger: boltLogger(log) });
    const words = deskWordsIn(options.cases?.deskLanguage ?? SOURCE_LANGUAGE);
    desk = new SlackDesk({ client: outboxClient, lineClient, channel, flows, names: new SlackNames(outboxClient, log), words, log, now });
  }
  // Locale lookups try once more at most: a turn waits for them only briefly, and the next turn asks again.
  const localeClient = new webApi.WebClient(config.botToken, { ...clientOptions, retryConfig: { retries: 1, minTimeout: 200, maxTimeout: 500 }, logger: boltLogger(log) });
  const adapter: SlackAdapter = {
    conversations: options.conversations,
    locales: new SlackLocales(localeClient, log),
    delivery,
    recent: new RecentPlaces(),
    seen: new SeenEvents(),
    log,
    ...(staff ? { staff } : {}),
    ...(options.onAck ? { onAck: options.onAck } : {}),
  };
  // The first middleware stamps each request as Bolt hands it over, so acknowledgement times cover our part.
  app.use(async ({ context, next }) => {
    context[RECEIVED_AT] = performance.now();
    await next();
  });
  registerCommand(app, adapter);
  registerActions(app, adapter);
  registerViews(app, adapter);
  registerEvents(app, adapter);
  registerHome(app, adapter);
  app.error(async (error) => {
    log.error({ code: error.code, error: error.message }, 'Slack request failed inside Bolt');
  });

  // Every request Bolt takes, from arrival until its listeners are done: what idle() and stop() wait for.
  const inFlight = new Set<Promise<void>>();
  const process = ackEventsAfterWork(app.processEvent.bind(app), log);
  app.processEvent = (event) => {
    const work = process(event);
    inFlight.add(work);
    work.then(
      () => inFlight.delete(work),
      () => inFlight.delete(work),
    );
    return work;
  };
  const idle = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };

  // Socket Mode: down while the websocket reconnects. Bolt keeps its receiver private; its client is the socket.
  const connection = new Connection(config.mode === 'http' ? 'up' : 'down');
  const socket = (app as unknown as { receiver?: { client?: EventEmitter } }).receiver?.client;
  if (config.mode === 'socket' && socket) {
    socket.on('connected', () => connection.set('up'));
    for (const event of ['reconnecting', 'disconnected', 'disconnecting']) socket.on(event, () => connection.set('down'));
  }

  let port: number | undefined;
  let server: Server | undefined;
  let reconnecting: { stop(): void } | undefined;
  if (config.mode === 'http') {
    // The same timeouts as our own server; bodies are capped before Bolt buffers them to check the signature.
    server = await app.start({ port: config.port, host: options.host }, SERVER_LIMITS).catch((err: NodeJS.ErrnoException) => {
      throw err.code === 'EADDRINUSE' ? new ConfigError(`PORT: ${config.port} is already in use; set PORT to a free port`) : err;
    });
    limitBodies(server, EVENTS_PATH);
    port = (server.address() as AddressInfo).port;
    log.info({ port, path: EVENTS_PATH }, 'Slack: listening for HTTP requests');
  } else {
    try {
      await app.start();
    } catch (err) {
      throw tokenError(err, 'SLACK_APP_TOKEN', 'Basic Information → App-Level Tokens, with connections:write');
    }
    // The socket is open once start() resolves; its 'connected' may have fired first.
    connection.set('up');
    log.info('Slack: connected in Socket Mode');
    if (socket) reconnecting = keepReconnecting(socket as unknown as Restartable, log);
  }

  if (desk) log.info({ channel: desk.channel }, 'Slack: the support desk is in this channel');
  return {
    port,
    idle,
    async stop() {
      reconnecting?.stop();
      // Bolt's stop waits for every connection; the web routes served beside it may hold one open (a download).
      await (server ? closeServer(server, async () => void (await app.stop())) : app.stop());
      await idle();
    },
    reach,
    ...(desk ? { desk } : {}),
    connection,
  };
}

/** Other routes as Bolt's customRoutes: every method reaches the handler, which answers a wrong one with 405. */
function customRoutes(routes: StartSlackOptions['routes']): CustomRoute[] {
  return (routes?.paths ?? []).map((path) => ({ path, method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'], handler: routes!.handler }));
}

/** A clear ConfigError when Slack refused a token; anything else (network, Slack down) as it was. */
function tokenError(err: unknown, variable: string, where: string): unknown {
  const code = (err as { data?: { error?: string } }).data?.error;
  if (code && BAD_TOKEN.has(code)) return new ConfigError(`${variable}: Slack refused this token (${code}); copy it again from ${where}`);
  return err;
}
