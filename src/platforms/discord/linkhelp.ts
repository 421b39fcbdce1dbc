// Handles slash commands: /linkhelp starts or resumes the user's conversation (`topic` goes straight to a flow,
// `question` is routed like typed text, or relayed to the user's open case; `question: cases` lists cases for staff),
// ephemeral by default, in a private thread in threads mode. Any other command gets a clear private answer.
import type { ChatInputCommandInteraction } from 'discord.js';
import type { Input } from '../../conversation/input.ts';
import { addressOf, placementOf } from './address.ts';
import { InteractionAnswer } from './answer.ts';
import { COMMAND_NAME, QUESTION_OPTION, TOPIC_OPTION } from './commands.ts';
import { renderReplies } from './components.ts';
import type { DiscordContext } from './context.ts';
import { withinDeadline } from './deadline.ts';
import { describeError } from './errors.ts';
import { isStaff } from './staff.ts';
import { listCases } from './staff-actions.ts';
import { isCasesRequest } from '../../handoff/listing.ts';
import { startInThread } from './thread.ts';
import { runTurn } from './turn.ts';
import { messagesIn } from '../../conversation/messages.ts';
import { languageOfLocale } from '../../i18n/locale.ts';
import { SOURCE_LANGUAGE } from '../../i18n/languages.ts';

/**
 * A command the bot does not have (one registered before): a private pointer to /linkhelp, in the language the
 * engine speaks with the user there, or their Discord's when the store cannot say in time.
 */
async function unknownCommand(ctx: DiscordContext, interaction: ChatInputCommandInteraction): Promise<void> {
  ctx.log.info({ command: interaction.commandName.slice(0, 32) }, 'discord: unknown command');
  const answer = new InteractionAnswer(interaction, 'reply', true);
  const fallback = languageOfLocale(interaction.locale) ?? SOURCE_LANGUAGE;
  try {
    const asked = ctx.conversations.languageAt(addressOf(interaction), { locale: interaction.locale }).catch(() => fallback);
    const { value: language } = await withinDeadline(asked, ctx.deferAfterMs, () => answer.defer());
    await answer.notice(renderReplies([{ text: messagesIn(language).unknownCommand(interaction.commandName), kind: 'notice' }]));
  } catch (err) {
    ctx.log.warn({ err: describeError(err) }, 'discord: could not answer an unknown command');
  }
}

export async function handleCommand(ctx: DiscordContext, interaction: ChatInputCommandInteraction): Promise<void> {
  if (interaction.commandName !== COMMAND_NAME) return unknownCommand(ctx, interaction);
  const topic = interaction.options.getString(TOPIC_OPTION) ?? undefined;
  const question = interaction.options.getString(QUESTION_OPTION)?.trim() || undefined;
  // Staff list the open cases with `question: cases`; for anyone else it is a question like any other.
  if (ctx.cases && !topic && isCasesRequest(question) && isStaff(ctx.config.supportRoleId, interaction.member)) {
    return listCases(ctx, ctx.cases, interaction);
  }
  // A picked topic is exact; a question is routed like typed text ("back", "talk to a person" work too).
  const input: Input = { ...(topic ? { type: 'start', flow: topic } : question ? { type: 'start', text: question } : { type: 'start' }), locale: interaction.locale };
  const placement = placementOf(interaction, ctx.config.threads);
  if (placement === 'new-thread') return startInThread(ctx, interaction, input);
  const answer = new InteractionAnswer(interaction, 'reply', placement === 'ephemeral');
  await runTurn(ctx, answer, addressOf(interaction), input);
}
