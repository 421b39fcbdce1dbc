// Where a Discord interaction (or a typed message) happens, as the engine's Address, and where its conversation is
// shown: ephemeral in a guild channel, in place in a DM or a private thread, or in a new private thread.
import { ChannelType, InteractionContextType, type BaseInteraction, type Message } from 'discord.js';
import type { Address } from '../../address.ts';

import { DM_WORKSPACE } from './platform.ts';

export { DM_WORKSPACE };

/**
 * - `ephemeral`: only the user sees it (guild channels by default).
 * - `in-place`: plain messages, because the place is already private (a DM, a private thread).
 * - `new-thread`: open a private thread in the channel and talk there (DISCORD_THREADS=true).
 */
export type Placement = 'ephemeral' | 'in-place' | 'new-thread';

export function addressOf(interaction: BaseInteraction): Address {
  return addressIn(interaction.guildId, interaction.channel, interaction.channelId, interaction.user.id);
}

/** A message's address: the same as a button press's in the same place, so both continue one conversation. */
export function addressOfMessage(message: Message): Address {
  return addressIn(message.guildId, message.channel, message.channelId, message.author.id);
}

function addressIn(guildId: string | null, channel: BaseInteraction['channel'] | Message['channel'], channelId: string | null, user: string): Address {
  const thread = channel?.isThread() ? channel : undefined;
  return {
    platform: 'discord',
    workspace: guildId ?? DM_WORKSPACE,
    channel: (thread ? thread.parentId : undefined) ?? channelId ?? DM_WORKSPACE,
    ...(thread ? { thread: thread.id } : {}),
    user,
  };
}

export function isDirectMessage(interaction: BaseInteraction): boolean {
  return interaction.channel?.type === ChannelType.DM || (!interaction.guildId && interaction.context === InteractionContextType.BotDM);
}

/** Where a /linkhelp conversation is shown. Threads open only in text channels; elsewhere it stays ephemeral. */
export function placementOf(interaction: BaseInteraction, threads: boolean): Placement {
  if (isDirectMessage(interaction)) return 'in-place';
  const type = interaction.channel?.type;
  if (!threads || !interaction.guildId) return 'ephemeral';
  // In threads mode a private thread is one the bot opened (the user and, later, support staff).
  if (type === ChannelType.PrivateThread) return 'in-place';
  if (type === ChannelType.GuildText) return 'new-thread';
  return 'ephemeral';
}
