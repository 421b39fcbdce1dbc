// `ask` steps on Discord: the answer button opens a modal at once (Discord accepts one only as the first
// response, so nothing is loaded first), and the modal's submit becomes the engine's `answer` input.
// A Reply button (an open case) works the same way; the engine relays its text to the case.
import { ComponentType, MessageFlags, type ButtonInteraction, type ModalSubmitInteraction } from 'discord.js';
import { messages } from '../../conversation/messages.ts';
import type { CompiledFlows } from '../../flow/compile.ts';
import { addressOf } from './address.ts';
import { InteractionAnswer } from './answer.ts';
import { ANSWER_INPUT_ID, NO_MENTIONS, actionOf, answerModal, isReplyAction, replyModal } from './components.ts';
import type { DiscordContext } from './context.ts';
import { describeError } from './errors.ts';
import { originalExpired } from './expiry.ts';
import { runTurn } from './turn.ts';

/**
 * Shows the modal for an answer button. The button's label is the ask label; the placeholder is found in the
 * flows by that label (preferring the step whose text the message shows). A stale or foreign token still opens
 * the modal: the engine refuses its submit, which is the first moment the store is read.
 */
export async function openAnswerModal(ctx: DiscordContext, interaction: ButtonInteraction, action: string): Promise<void> {
  const component = interaction.component as { label?: string | null } | undefined;
  const label = component?.label ?? '';
  const ask = askFieldFor(ctx.conversations.flows, label, interaction.message.content);
  try {
    await interaction.showModal(answerModal(action, ask?.label ?? label, ask?.placeholder));
  } catch (err) {
    ctx.log.warn({ err: describeError(err), conversation: action.split(':')[0] }, 'discord: could not open the answer modal');
  }
}

/** The modal of a Reply button: a message for the support team while the user's case is open. */
export async function openReplyModal(ctx: DiscordContext, interaction: ButtonInteraction, action: string): Promise<void> {
  try {
    await interaction.showModal(replyModal(action));
  } catch (err) {
    ctx.log.warn({ err: describeError(err), conversation: action.split(':')[0] }, 'discord: could not open the reply modal');
  }
}

export function askFieldFor(flows: CompiledFlows, label: string, shown: string): { label: string; placeholder?: string } | undefined {
  const asks = [...flows.steps.values()].filter((s) => s.step.ask?.label === label);
  const best = asks.find((s) => s.step.say && shown.includes(s.step.say.trim())) ?? asks[0];
  return best?.step.ask && { label: best.step.ask.label, placeholder: best.step.ask.placeholder };
}

export async function handleModalSubmit(ctx: DiscordContext, interaction: ModalSubmitInteraction): Promise<void> {
  const action = actionOf(interaction.customId);
  const field = interaction.fields.fields.get(ANSWER_INPUT_ID);
  const text = field && field.type === ComponentType.TextInput ? field.value : undefined;
  if (action === undefined || text === undefined) {
    await interaction
      .reply({ content: messages.unknownButton, allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral })
      .catch((err: unknown) => ctx.log.warn({ err: describeError(err) }, 'discord: could not refuse an unreadable modal'));
    return;
  }
  const message = interaction.isFromMessage() ? interaction.message : undefined;
  // A reply to the support team is a new message: the agent's words it answers stay where they are.
  const fresh = !message || originalExpired(message) || isReplyAction(action);
  const answer = new InteractionAnswer(interaction, fresh ? 'reply' : 'update', message ? message.flags.has(MessageFlags.Ephemeral) : true);
  await runTurn(ctx, answer, addressOf(interaction), { type: 'answer', action, text, locale: interaction.locale }, text);
}
