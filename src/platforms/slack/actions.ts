// Clicks: a button or select choice becomes a press; the Answer button of an `ask` step opens the modal.
// An applied press first replaces the clicked message's controls with "✓ <choice>", then the next step follows.
import type { App, BlockAction, BlockElementAction } from '@slack/bolt';
import { decodeAction } from '../../conversation/action.ts';
import { conversationIdOf } from '../../address.ts';
import { acked, guarded, takeTurn, type SlackAdapter } from './adapter.ts';
import { slackAddress } from './address.ts';
import { answered, threadOfBlock, type AskValue } from './blocks.ts';
import type { Place, Target } from './delivery.ts';
import { HOME_START, startFromHome } from './home.ts';
import { labels } from './labels.ts';
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

      const token = decodeAction(chosen.token);
      // Only the owner gets a modal; anyone else's click goes to the engine, which refuses it politely.
      if (action.type === 'button' && token?.choice === 'answer' && token.conversation === conversationIdOf(address)) {
        const meta: AskMeta = { action: chosen.token, channel, thread, message: ephemeral ? undefined : messageTs, responseUrl: ephemeral ? body.response_url : undefined };
        await client.views.open({ trigger_id: body.trigger_id, view: askModal(askValue(action.value), meta) });
        return;
      }
      await takeTurn(a, address, { type: 'press', action: chosen.token }, place, async (turn) => {
        if (!target) return;
        const blocks = ephemeral ? [] : (body.message?.blocks ?? []);
        await a.delivery.replace(target, { text: body.message?.text ?? quoteUser(chosen.label), blocks: answered(blocks, chosen.label) }, turn.conversation?.id ?? '');
      });
    });
  });
}

/** The engine token and the label the user saw, from a button or a select option. */
function choiceOf(action: BlockElementAction): { token: string; label: string } | undefined {
  if (action.type === 'button') return { token: action.action_id, label: action.text?.text ?? '' };
  if (action.type === 'static_select' && action.selected_option) return { token: action.selected_option.value, label: action.selected_option.text?.text ?? '' };
  return undefined;
}

function askValue(value: string | undefined): AskValue {
  try {
    const v = JSON.parse(value ?? '') as Partial<AskValue>;
    if (typeof v.label === 'string') return { label: v.label, placeholder: typeof v.placeholder === 'string' ? v.placeholder : undefined };
  } catch {
    // A button edited or forged on the way: the modal still opens, with the generic label.
  }
  return { label: labels.answer };
}
