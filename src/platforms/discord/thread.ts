// Threads mode (DISCORD_THREADS=true): /linkhelp opens a private thread for the user in that channel and the
// conversation runs there, where support staff can be added later. Falls back to an ephemeral reply.
import { ChannelType, Routes, ThreadAutoArchiveDuration, channelMention, type APIThreadChannel, type ChatInputCommandInteraction } from 'discord.js';
import { conversationIdOf } from '../../address.ts';
import type { Input } from '../../conversation/input.ts';
import { addressOf } from './address.ts';
import { InteractionAnswer } from './answer.ts';
import { clip } from '../text.ts';
import { MAX_THREAD_NAME, NO_MENTIONS, renderReplies, restBody } from './components.ts';
import { COMMAND_NAME } from './commands.ts';
import type { DiscordContext } from './context.ts';
import { describeError } from './errors.ts';
import { runTurn } from './turn.ts';
import { failedTurn } from '../../conversation/conversation.ts';
import { messagesIn } from '../../conversation/messages.ts';
import { languageOfLocale } from '../../i18n/locale.ts';
import { SOURCE_LANGUAGE } from '../../i18n/languages.ts';


export async function startInThread(ctx: DiscordContext, interaction: ChatInputCommandInteraction, input: Input): Promise<void> {
  // Creating a thread and posting are several calls: acknowledge first, privately.
  const answer = new InteractionAnswer(interaction, 'reply', true);
  try {
    await answer.defer();
  } catch (err) {
    ctx.log.warn({ err: describeError(err) }, 'discord: could not defer /linkhelp');
    return;
  }
  const parent = interaction.channelId;
  let thread: APIThreadChannel;
  try {
    thread = await openThread(ctx, parent, interaction.user.id, `${COMMAND_NAME} · ${interaction.user.displayName}`);
  } catch (err) {
    ctx.log.warn({ err: describeError(err), channel: parent }, 'discord: could not open a private thread; answering privately instead');
    return runTurn(ctx, answer, addressOf(interaction), input);
  }
  const address = { ...addressOf(interaction), channel: parent, thread: thread.id };
  const log = ctx.log.child({ conversation: conversationIdOf(address), thread: thread.id });
  // Pointed to in the language the conversation started in (the engine's choice), else their Discord's.
  let language = languageOfLocale(input.locale) ?? SOURCE_LANGUAGE;
  let started = false;
  try {
    const turn = await ctx.conversations.handle(address, input);
    language = turn.conversation?.language ?? language;
    for (const m of renderReplies(turn.replies)) await ctx.rest.post(Routes.channelMessages(thread.id), { body: restBody(m) });
    started = true;
    log.info({ refused: turn.refused }, 'discord turn in a new thread');
  } catch (err) {
    log.error({ err: describeError(err) }, 'discord: could not start the conversation in its thread');
  }
  const content = started ? messagesIn(language).threadOpened(channelMention(thread.id)) : failedTurn(input.locale).replies[0]!.text;
  await interaction
    .editReply({ content, allowedMentions: NO_MENTIONS })
    .catch((err: unknown) => log.warn({ err: describeError(err) }, 'discord: could not point the user to their thread'));
}

/** A private thread only the user (and whoever is added later) sees; the user is added so it shows for them. */
async function openThread(ctx: DiscordContext, parent: string, user: string, name: string): Promise<APIThreadChannel> {
  const thread = (await ctx.rest.post(Routes.threads(parent), {
    body: {
      name: clip(name, MAX_THREAD_NAME),
      type: ChannelType.PrivateThread,
      invitable: false,
      auto_archive_duration: ThreadAutoArchiveDuration.OneDay,
    },
  })) as APIThreadChannel;
  await ctx.rest.put(Routes.threadMembers(thread.id, user));
  return thread;
}
