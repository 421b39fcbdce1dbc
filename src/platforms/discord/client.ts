// Starts the Discord bot: a discord.js Client with the Guilds intent only (interactions reach DMs without any
// privileged intent), routing each interaction to its handler and never letting one throw.
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, MessageFlags, Partials, type Interaction } from 'discord.js';
import type { Conversations } from '../../conversation/conversation.ts';
import type { Logger } from '../../log.ts';
import { handleCommand } from './linkhelp.ts';
import { handleComponent } from './component.ts';
import { NO_MENTIONS } from './components.ts';
import type { DiscordConfig } from './config.ts';
import type { DiscordContext } from './context.ts';
import { DEFER_AFTER_MS } from './deadline.ts';
import { describeError } from './errors.ts';
import { handleModalSubmit } from './modal.ts';
import { messages } from '../../conversation/messages.ts';

export interface StartDiscordOptions {
  conversations: Conversations;
  config: DiscordConfig;
  log: Logger;
  /** Overrides DEFER_AFTER_MS (tests). */
  deferAfterMs?: number;
}

export interface DiscordBot {
  client: Client;
  /** Stops taking interactions, lets the running ones finish (briefly), then disconnects. */
  stop(): Promise<void>;
}

/** How long stop() waits for interactions already being handled. */
const DRAIN_MS = 5000;

export async function startDiscord(o: StartDiscordOptions): Promise<DiscordBot> {
  const log = o.log.child({ platform: 'discord' });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // Interactions carry their channel; caching it as a partial tells a thread (and its parent) from a channel.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    rest: o.config.apiUrl ? { api: o.config.apiUrl } : {},
  });
  const ctx: DiscordContext = { conversations: o.conversations, config: o.config, log, rest: client.rest, deferAfterMs: o.deferAfterMs ?? DEFER_AFTER_MS };
  const running = new Set<Promise<void>>();
  const onInteraction = (interaction: Interaction) => {
    const work = route(ctx, interaction).finally(() => running.delete(work));
    running.add(work);
  };
  client.on(Events.InteractionCreate, onInteraction);
  client.on(Events.Error, (err) => log.error({ err: describeError(err) }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'discord gateway disconnected'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'discord gateway resumed'));
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

  return {
    client,
    async stop() {
      client.off(Events.InteractionCreate, onInteraction);
      let timer: NodeJS.Timeout | undefined;
      const drained = Promise.allSettled([...running]);
      await Promise.race([drained, new Promise((resolve) => (timer = setTimeout(resolve, DRAIN_MS)))]);
      clearTimeout(timer);
      await client.destroy();
    },
  };
}

/** Sends an interaction to its handler; whatever goes wrong is logged and, if possible, told to the user. */
async function route(ctx: DiscordContext, interaction: Interaction): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await handleCommand(ctx, interaction);
    else if (interaction.isButton() || interaction.isStringSelectMenu()) await handleComponent(ctx, interaction);
    else if (interaction.isModalSubmit()) await handleModalSubmit(ctx, interaction);
    else if (interaction.isAutocomplete()) await interaction.respond([]);
    else ctx.log.debug({ type: interaction.type }, 'discord: interaction ignored');
  } catch (err) {
    ctx.log.error({ err: describeError(err), type: interaction.type }, 'discord: interaction handler failed');
    if (interaction.isRepliable() && !interaction.deferred && !interaction.replied) {
      await interaction
        .reply({ content: messages.failed, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral })
        .catch(() => undefined);
    }
  }
}
