// What people type to the bot outside interactions: a DM is a turn of their DM conversation; in the bot's own
// private thread, a turn of that thread's conversation when Message Content is on, else a line on how to answer.
import { ChannelType, MessageType, Routes, type Message } from 'discord.js';
import { conversationIdOf } from '../../address.ts';
import { failedTurn } from '../../conversation/conversation.ts';
import { addressOfMessage } from './address.ts';
import { messagesIn } from '../../conversation/messages.ts';
import type { Language } from '../../i18n/languages.ts';
import { COMMAND_NAME, optionName, QUESTION_OPTION } from './commands.ts';
import { NO_MENTIONS, renderReplies, restBody, type OutMessage } from './components.ts';
import type { DiscordContext } from './context.ts';
import { describeError } from './errors.ts';

/**
 * Said in a private thread when the bot may not read what is typed there (DISCORD_MESSAGE_CONTENT is off), in the
 * thread's conversation's language, naming the command's option for words as Discord shows it in that language.
 */
export function cannotReadThread(language: Language): string {
  return messagesIn(language).cannotReadThread(COMMAND_NAME, optionName(QUESTION_OPTION, language));
}

/** Where a typed message reaches the bot: a DM, the bot's own private thread, or nowhere it serves. */
type Place = 'dm' | 'thread' | undefined;

export async function handleTypedMessage(ctx: DiscordContext, message: Message): Promise<void> {
  // Bots (itself included) and system lines (pins, joins) are nobody's turn.
  if (message.author.bot || message.system || message.webhookId) return;
  if (message.type !== MessageType.Default && message.type !== MessageType.Reply) return;
  const place = placeOf(ctx, message);
  if (!place) return;
  const address = addressOfMessage(message);
  const log = ctx.log.child({ conversation: conversationIdOf(address), input: 'text', place });
  try {
    if (place === 'thread' && !ctx.config.messageContent) {
      // Only its conversation's owner is told: a thread is the people's place too (staff added later).
      const there = await ctx.conversations.peek(address);
      if (!there?.conversation) return;
      await post(ctx, message, [{ content: cannotReadThread(there.conversation.language), components: [], allowedMentions: NO_MENTIONS }]);
      log.info('discord: typed text in a thread the bot may not read; told how to answer');
      return;
    }
    // The message id as key: a redelivery (gateway replay, another process) applies once. In a thread, only its
    // conversation's owner is answered.
    const turn = await ctx.conversations.handle(address, { type: 'text', text: message.content, key: message.id, shared: place === 'thread' });
    if (turn.show.to !== 'nobody') await post(ctx, message, renderReplies(turn.replies));
    log.info({ refused: turn.refused }, 'discord typed turn');
  } catch (err) {
    log.error({ err: describeError(err) }, 'discord typed turn failed');
    await post(ctx, message, renderReplies(failedTurn().replies)).catch((e: unknown) =>
      log.error({ err: describeError(e) }, 'discord: could not tell the user about the failure'),
    );
  }
}

/** DMs always; threads only in threads mode, only the private ones the bot opened (not a desk's case threads). */
function placeOf(ctx: DiscordContext, message: Message): Place {
  const channel = message.channel;
  if (channel.type === ChannelType.DM && !message.guildId) return 'dm';
  if (!ctx.config.threads || channel.type !== ChannelType.PrivateThread) return undefined;
  if (channel.ownerId !== message.client.user.id || channel.parentId === ctx.deskChannel) return undefined;
  return 'thread';
}

async function post(ctx: DiscordContext, message: Message, out: readonly OutMessage[]): Promise<void> {
  for (const m of out) await ctx.rest.post(Routes.channelMessages(message.channelId), { body: restBody(m) });
}
