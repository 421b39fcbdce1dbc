// Button clicks and select choices: the custom_id (or chosen value) carries the engine's action token.
// An answer (or Reply) button opens its modal at once; anything not ours gets a clear private answer, never a crash.
import { MessageFlags, type ButtonInteraction, type StringSelectMenuInteraction } from 'discord.js';
import { messages } from '../../conversation/messages.ts';
import { addressOf } from './address.ts';
import { InteractionAnswer } from './answer.ts';
import { MAX_CUSTOM_ID, NO_MENTIONS, actionOf, isAnswerAction, isReplyAction } from './components.ts';
import type { DiscordContext } from './context.ts';
import { describeError } from './errors.ts';
import { originalExpired } from './expiry.ts';
import { openAnswerModal, openReplyModal } from './modal.ts';
import { runTurn } from './turn.ts';

export async function handleComponent(ctx: DiscordContext, interaction: ButtonInteraction | StringSelectMenuInteraction): Promise<void> {
  const action = actionOf(interaction.customId, interaction.isStringSelectMenu() ? interaction.values : undefined);
  if (action === undefined || action.length > MAX_CUSTOM_ID) {
    // The id is whatever the sender made it, so it is not logged at info.
    ctx.log.info('discord: a component that is not ours');
    ctx.log.debug({ customId: interaction.customId.slice(0, MAX_CUSTOM_ID) }, 'discord: unreadable custom_id');
    await interaction
      .reply({ content: messages.unknownButton, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral })
      .catch((err: unknown) => ctx.log.warn({ err: describeError(err) }, 'discord: could not refuse an unreadable component'));
    return;
  }
  if (interaction.isButton() && isAnswerAction(action)) return openAnswerModal(ctx, interaction, action);
  if (interaction.isButton() && isReplyAction(action)) return openReplyModal(ctx, interaction, action);
  const message = interaction.message;
  const fresh = originalExpired(message);
  const answer = new InteractionAnswer(interaction, fresh ? 'reply' : 'update', message.flags.has(MessageFlags.Ephemeral));
  await runTurn(ctx, answer, addressOf(interaction), { type: 'press', action, locale: interaction.locale }, chosenLabel(interaction));
}

/** The label the user picked, read from the message they clicked on (shown above the next step). */
function chosenLabel(interaction: ButtonInteraction | StringSelectMenuInteraction): string | undefined {
  if (interaction.isStringSelectMenu()) {
    const options = (interaction.component as { options?: readonly { label: string; value: string }[] } | undefined)?.options;
    return options?.find((o) => o.value === interaction.values[0])?.label;
  }
  return (interaction.component as { label?: string | null } | undefined)?.label ?? undefined;
}
