// Starts the Discord bot: a discord.js Client with the Guilds and DirectMessages intents (and GuildMessages for a
// desk or threads mode); the privileged Message Content only when DISCORD_MESSAGE_CONTENT asks. It routes each
// interaction and message (desk, DM, private thread) to its handler and never lets one throw. With the handoff it
// also reaches users outside a turn, and hosts the support desk when HANDOFF_DESK is a Discord channel.
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { Client, Events, GatewayIntentBits, MessageFlags, Partials, type Interaction, type Message } from 'discord.js';
import { failedTurn, type Conversations } from '../../conversation/conversation.ts';
import type { Cases } from '../../handoff/cases.ts';
import { deskWordsIn } from '../../handoff/desk-words.ts';
import { SOURCE_LANGUAGE } from '../../i18n/languages.ts';
import type { Desk, Reach } from '../../handoff/desk.ts';
import { Connection } from '../../connection.ts';
import type { Logger } from '../../log.ts';
import { handleCommand } from './linkhelp.ts';
import { handleComponent } from './component.ts';
import { NO_MENTIONS } from './components.ts';
import type { DiscordConfig } from './config.ts';
import type { DiscordContext } from './context.ts';
import { DEFER_AFTER_MS } from './deadline.ts';
import { describeError } from './errors.ts';
import { DiscordDesk, isDeskId } from './desk.ts';
import { handleModalSubmit } from './modal.ts';
import { DiscordReach } from './reach.ts';
import { RecentIds, handleDeskButton, handleDeskMessage, handleDeskModal } from './staff-actions.ts';
import { handleTypedMessage } from './typed.ts';
import { dropInteractionsWithoutUser } from './no-user.ts';

export interface StartDiscordOptions {
  conversations: Conversations;
  config: DiscordConfig;
  log: Logger;
  /** Overrides DEFER_AFTER_MS (tests). */
  deferAfterMs?: number;
  /** The support team's side of cases: staff buttons and `/linkhelp cases` act on them. */
  cases?: Cases;
  /** The desk channel when HANDOFF_DESK is on Discord: cases are posted there and staff act there. */
  deskChannel?: string;
  /** The clock for the desk's "waiting" times and the cases list (tests). */
  now?: () => number;
  /** Told how long each interaction took to get its first response, in seconds (metrics). */
  onAck?: (seconds: number) => void;
}

export interface DiscordBot {
  client: Client;
  /** Delivers to Discord users outside a turn: their thread in threads mode, else a DM. */
  reach: Reach;
  /** The support desk, when `deskChannel` is given. */
  desk?: Desk;
  /** Stops taking interactions, lets the running ones finish (briefly), then disconnects. */
  stop(): Promise<void>;
  /** The gateway connection, live, for /healthz. */
  connection: Connection;
}

/** How long stop() waits for interactions already being handled. */
const DRAIN_MS = 5000;

export async function startDiscord(o: StartDiscordOptions): Promise<DiscordBot> {
  const log = o.log.child({ platform: 'discord' });
  const client = new Client({
    intents: intentsFor(o.config, Boolean(o.deskChannel)),
    // Interactions carry their channel; caching it as a partial tells a thread (and its parent) from a channel.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: o.config.apiUrl ? { api: o.config.apiUrl } : {},
  });
  dropInteractionsWithoutUser(client, log);
  const now = o.now ?? Date.now;
  const ctx: DiscordContext = {
    conversations: o.conversations,
    config: o.config,
    log,
    rest: client.rest,
    deferAfterMs: o.deferAfterMs ?? DEFER_AFTER_MS,
    cases: o.cases,
    deskChannel: o.deskChannel,
    now,
  };
  if (o.deskChannel && !o.config.supportRoleId) {
    log.warn('discord desk: SUPPORT_ROLE_ID is not set, so nobody can act on cases from the desk');
  }
  const running = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    const tracked = work.finally(() => running.delete(tracked));
    running.add(tracked);
  };
  // First-response times: stamped when an interaction arrives, read when its callback is answered.
  const arrived = new Map<string, number>();
  const onInteraction = (interaction: Interaction) => {
    if (o.onAck) arrived.set(interaction.id, performance.now());
    track(route(ctx, interaction).finally(() => arrived.delete(interaction.id)));
  };
  if (o.onAck) {
    const onAck = o.onAck;
    client.rest.on('response', (request) => {
      const id = /\/interactions\/(\d+)\/[^/]+\/callback/.exec(request.path)?.[1];
      const at = id ? arrived.get(id) : undefined;
      if (at === undefined) return;
      arrived.delete(id!);
      onAck((performance.now() - at) / 1000);
    });
  }
  const seen = new RecentIds();
  const onMessage = (message: Message) => {
    if (o.deskChannel) {
      track(
        handleDeskMessage(ctx, message, seen).catch((err: unknown) => log.error({ err: describeError(err) }, 'discord desk: message handler failed')),
      );
    }
    track(handleTypedMessage(ctx, message).catch((err: unknown) => log.error({ err: describeError(err) }, 'discord: message handler failed')));
  };
  client.on(Events.InteractionCreate, onInteraction);
  client.on(Events.MessageCreate, onMessage);
  client.on(Events.Error, (err) => log.error({ err: describeError(err) }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  // Down from the moment the gateway drops until discord.js has resumed or identified again.
  const connection = new Connection('down', now);
  client.on(Events.ShardDisconnect, (event, shard) => (connection.set('down'), log.warn({ shard, code: event.code }, 'discord gateway disconnected')));
  client.on(Events.ShardReconnecting, () => connection.set('down'));
  client.on(Events.ShardError, () => connection.set('down'));
  client.on(Events.ShardReady, () => connection.set('up'));
  client.on(Events.ShardResume, (shard, replayed) => (connection.set('up'), log.info({ shard, replayed }, 'discord gateway resumed')));
  client.rest.on('rateLimited', (info) => log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'discord rate limited'));

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(o.config.token);
    await ready;
  } catch (err) {
    await client.destroy();
    throw err;
  }
  log.info({ user: client.user?.tag, threads: o.config.threads }, 'discord ready');

  const words = o.cases?.words ?? deskWordsIn(SOURCE_LANGUAGE);
  const desk = o.deskChannel ? new DiscordDesk({ rest: client.rest, channel: o.deskChannel, flows: o.conversations.flows, words, log, now }) : undefined;
  return {
    client,
    reach: new DiscordReach(client.rest),
    ...(desk ? { desk } : {}),
    connection,
    async stop() {
      client.off(Events.InteractionCreate, onInteraction);
      client.off(Events.MessageCreate, onMessage);
      let timer: NodeJS.Timeout | undefined;
      const drained = Promise.allSettled([...running]);
      await Promise.race([drained, new Promise((resolve) => (timer = setTimeout(resolve, DRAIN_MS)))]);
      clearTimeout(timer);
      await client.destroy();
    },
  };
}

/**
 * DirectMessages (not privileged) brings DMs with their text. GuildMessages (not privileged) brings agents' messages
 * in a desk's case threads, and people's in their private threads; their text only when they mention the bot, or
 * with Message Content (privileged: the server owner switches it on in the Developer Portal).
 */
function intentsFor(config: DiscordConfig, desk: boolean): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages];
  if (desk || config.threads) intents.push(GatewayIntentBits.GuildMessages);
  if (config.messageContent) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

/** Sends an interaction to its handler; whatever goes wrong is logged and, if possible, told to the user. */
async function route(ctx: DiscordContext, interaction: Interaction): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await handleCommand(ctx, interaction);
    else if (interaction.isButton() && isDeskId(interaction.customId)) await handleDeskButton(ctx, interaction);
    else if (interaction.isButton() || interaction.isStringSelectMenu()) await handleComponent(ctx, interaction);
    else if (interaction.isModalSubmit() && isDeskId(interaction.customId)) await handleDeskModal(ctx, interaction);
    else if (interaction.isModalSubmit()) await handleModalSubmit(ctx, interaction);
    else if (interaction.isAutocomplete()) await interaction.respond([]);
    else ctx.log.debug({ type: interaction.type }, 'discord: interaction ignored');
  } catch (err) {
    ctx.log.error({ err: describeError(err), type: interaction.type }, 'discord: interaction handler failed');
    if (interaction.isRepliable() && !interaction.deferred && !interaction.replied) {
      await interaction
        .reply({ content: failedTurn(interaction.locale).replies[0]!.text, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral })
        .catch(() => undefined);
    }
  }
}
