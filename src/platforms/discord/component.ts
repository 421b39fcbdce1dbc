// Button clicks and select choices: the custom_id (or chosen value) carries the engine's action. A control the
// engine says opens a form (an answer, or a Reply to support) opens its modal at once; anything else is a press.
import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import { addressOf } from './address.ts';
import { InteractionAnswer } from './answer.ts';
import { MAX_CUSTOM_ID, actionOf } from './components.ts';
import type { DiscordContext } from './context.ts';
import { originalExpired } from './expiry.ts';
import { openForm } from './modal.ts';
import { runTurn } from './turn.ts';

export async function handleComponent(ctx: DiscordContext, interaction: ButtonInteraction | StringSelectMenuInteraction): Promise<void> {
  let action = actionOf(interaction.customId, interaction.isStringSelectMenu() ? interaction.values : undefined);
  if (action === undefined || action.length > MAX_CUSTOM_ID) {
    // The id is whatever the sender made it, so it is not logged at info; the engine refuses it as unreadable.
    ctx.log.info('discord: a component that is not ours');
    ctx.log.debug({ customId: interaction.customId.slice(0, MAX_CUSTOM_ID) }, 'discord: unreadable custom_id');
    action = '';
  }
  const address = addressOf(interaction);
  if (interaction.isButton()) {
    const label = (interaction.component as { label?: string | null } | undefined)?.label ?? undefined;
    const form = ctx.conversations.form(action, { label, text: interaction.message.content });
    if (form) return openForm(ctx, interaction, form);
  }
  const message = interaction.message;
  const fresh = originalExpired(message);
  const answer = new InteractionAnswer(interaction, fresh ? 'reply' : 'update', message.flags.has(MessageFlags.Ephemeral));
  await runTurn(ctx, answer, address, { type: 'press', action, locale: interaction.locale });
}
