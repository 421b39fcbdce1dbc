// Clicks: a button or select choice becomes a press, or opens the modal of a form when the engine says so.
// When the engine says what was chosen, the clicked message's controls give way to "✓ <choice>"; the next step follows.
import type { App, BlockAction, BlockElementAction } from '@slack/bolt';
import { acked, guarded, takeTurn, type SlackAdapter } from './adapter.ts';
import { slackAddress } from './address.ts';
import { answered, controlsIn, languageOfAsk, threadOfBlock, type AskValue } from './blocks.ts';
import type { Place, Target } from './delivery.ts';
import { HOME_START, startFromHome } from './home.ts';
import { askModal, type AskMeta } from './modal.ts';
import { quoteUser } from './text.ts';

export function registerActions(app: App, a: SlackAdapter): void {
  app.action<BlockAction>({ type: 'block_actions' }, async ({ ack, body, action, context, client }) => {
    await ack();
    acked(a, context);
    await guarded(a, 'block_actions', async () => {
      const workspace = context.teamId ?? body.team?.id ?? body.user.team_id ?? '';
      if (action.action_id === HOME_START && action.type === 'button') return startFromHome(a, body, action, workspace, client);
      const channel = body.channel?.id ?? (body.container.channel_id as string | undefined);
      // Claim, Resolve and Back to bot on a desk post: the support team's, not a conversation's.
      if (a.staff && action.type === 'button' && channel) {
        const who = { user: body.user.id, name: body.user.name ?? body.user.username };
        if (await a.staff.action(action.action_id, who, { channel, user: body.user.id, responseUrl: body.response_url })) return;
      }
      const chosen = choiceOf(action);
      if (!chosen || !channel) {
        a.log.warn({ action: action.type }, 'a click Slack sent on something that is not ours; ignored');
        return;
      }
      const user = body.user.id;
      const ephemeral = body.container.is_ephemeral === true;
      const thread = body.message?.thread_ts ?? (body.container.thread_ts as string | undefined) ?? threadOfBlock(action.block_id);
      const address = slackAddress(workspace, channel, user, thread);
      const place: Place = { channel, thread, user, responseUrl: body.response_url };
      const messageTs = body.message?.ts ?? (body.container.message_ts as string | undefined);
      const target: Target | undefined = ephemeral ? { responseUrl: body.response_url } : messageTs ? { channel, ts: messageTs } : undefined;

      // The engine says whether the click opens a form; the modal opens at once (trigger_id lives 3 s), and whose
      // answer it is gets judged when it is sent.
      const hint = action.type === 'button' ? askValue(action.value) : undefined;
      const form = action.type === 'button' ? a.conversations.form(chosen.token, { label: hint?.label, text: body.message?.text }) : undefined;
      if (form) {
        const meta: AskMeta = { action: form.action, channel, thread, message: ephemeral ? undefined : messageTs, responseUrl: ephemeral ? body.response_url : undefined };
        // Worded in the language the conversation asked in (carried by the button), else the user's Slack locale if known.
        const controls = controlsIn(languageOfAsk(hint) ?? a.locales?.languageKnown(user));
        const field = { label: form.label ?? hint?.label ?? controls.answer, placeholder: form.placeholder ?? hint?.placeholder };
        await client.views.open({ trigger_id: body.trigger_id, view: askModal(field, meta, controls) });
        return;
      }
      await takeTurn(a, address, { type: 'press', action: chosen.token }, place, async (turn, label) => {
        if (!target) return;
        const blocks = ephemeral ? [] : (body.message?.blocks ?? []);
        await a.delivery.replace(target, { text: body.message?.text ?? quoteUser(label), blocks: answered(blocks, label) }, turn.conversation?.id ?? '');
      });
    });
  });
}

/** The engine's action, from a button or a select option. */
function choiceOf(action: BlockElementAction): { token: string } | undefined {
  if (action.type === 'button') return { token: action.action_id };
  if (action.type === 'static_select' && action.selected_option) return { token: action.selected_option.value };
  return undefined;
}

/** The question an Answer button carries, as a hint for the engine; nothing for other buttons or a forged value. */
function askValue(value: string | undefined): Partial<AskValue> | undefined {
  // Only an object can carry a label; parsing anything else would throw, and a thrown error costs a click ~0.1 ms.
  if (!value?.trimStart().startsWith('{')) return undefined;
  try {
    const v = JSON.parse(value ?? '') as Partial<AskValue>;
    if (typeof v.label === 'string') return { label: v.label, placeholder: typeof v.placeholder === 'string' ? v.placeholder : undefined, language: languageOfAsk(v) };
  } catch {
    // Not an Answer button, or one edited on the way: the engine still finds the question, or the generic label is used.
  }
  return undefined;
}
