// Forms on Discord: a control the engine says opens a form shows a modal at once (Discord accepts one only as the
// first response, so nothing is loaded first), and the modal's submit becomes the engine's `answer` input. A
// Reply form (an open case) is worded for the support team; the engine relays its text to the case.
import { ComponentType, MessageFlags, type ButtonInteraction, type ModalSubmitInteraction } from 'discord.js';
import type { Form } from '../../conversation/showing.ts';
import { addressOf } from './address.ts';
import { InteractionAnswer } from './answer.ts';
import { languageOfLocale } from '../../i18n/locale.ts';
import { ANSWER_INPUT_ID, actionOf, answerModal, controlsIn, replyModal } from './components.ts';
import type { DiscordContext } from './context.ts';
import { describeError } from './errors.ts';
import { originalExpired } from './expiry.ts';
import { runTurn } from './turn.ts';

/**
 * Shows the modal of a form; its label (the button's, when the engine found no question) is the modal's title too.
 * A Reply form is worded in the language of the user's Discord (nothing is read before a modal, the first response).
 */
export async function openForm(ctx: DiscordContext, interaction: ButtonInteraction, form: Form): Promise<void> {
  const label = form.label ?? (interaction.component as { label?: string | null } | undefined)?.label ?? '';
  try {
    const reply = form.purpose === 'reply' ? replyModal(form.action, controlsIn(languageOfLocale(interaction.locale))) : undefined;
    await interaction.showModal(reply ?? answerModal(form.action, label, form.placeholder));
  } catch (err) {
    ctx.log.warn({ err: describeError(err), form: form.purpose }, 'discord: could not open a modal');
  }
}

export async function handleModalSubmit(ctx: DiscordContext, interaction: ModalSubmitInteraction): Promise<void> {
  const field = interaction.fields.fields.get(ANSWER_INPUT_ID);
  const text = field && field.type === ComponentType.TextInput ? field.value : '';
  const message = interaction.isFromMessage() ? interaction.message : undefined;
  const fresh = !message || originalExpired(message);
  const answer = new InteractionAnswer(interaction, fresh ? 'reply' : 'update', message ? message.flags.has(MessageFlags.Ephemeral) : true);
  // A modal that is not ours carries no action the engine can read: it refuses it as unreadable.
  await runTurn(ctx, answer, addressOf(interaction), { type: 'answer', action: actionOf(interaction.customId) ?? '', text, locale: interaction.locale });
}
