// The ask modal's submission: close it at once, then hand the answer to the engine and, as it says, replace the
// asking message's Answer button with "✓ <answer>" (escaped), and post the next step in the thread.
import type { App } from '@slack/bolt';
import { acked, guarded, takeTurn, type SlackAdapter } from './adapter.ts';
import { slackAddress } from './address.ts';
import { answered, controlsIn, replyMessage } from './blocks.ts';
import type { Target } from './delivery.ts';
import { ASK_CALLBACK, inputError, readAnswer } from './modal.ts';

export function registerViews(app: App, a: SlackAdapter): void {
  app.view(ASK_CALLBACK, async ({ ack, body, view, context }) => {
    const answer = readAnswer(view);
    // Checked before the ack because Slack shows the engine's refusal under the input, keeping what was typed.
    // Said under the field in the language of the user's locale, if already known (nothing is looked up before this ack).
    const locale = a.locales?.cached(body.user.id);
    const refused = answer && a.conversations.check({ type: 'answer', action: answer.meta.action, text: answer.text, ...(locale ? { locale } : {}) });
    if (refused) {
      await ack({ response_action: 'errors', errors: inputError(refused.replies.map((r) => r.text).join(' ')) });
      acked(a, context);
      return;
    }
    await ack();
    acked(a, context);
    if (!answer) {
      a.log.warn({ callback: view.callback_id }, 'a modal submission without our metadata; ignored');
      return;
    }
    await guarded(a, 'view_submission', async () => {
      const { meta, text } = answer;
      const user = body.user.id;
      const workspace = context.teamId ?? body.team?.id ?? body.user.team_id ?? '';
      const address = slackAddress(workspace, meta.channel, user, meta.thread);
      const target: Target | undefined = meta.message ? { channel: meta.channel, ts: meta.message } : meta.responseUrl ? { responseUrl: meta.responseUrl } : undefined;
      const place = { channel: meta.channel, thread: meta.thread, user, responseUrl: meta.responseUrl };
      await takeTurn(a, address, { type: 'answer', action: meta.action, text }, place, async (turn, chosen) => {
        if (!target) return;
        // The engine gives the asking message's text: a modal's submission carries no copy of it.
        const asked = turn.show.asked;
        const shown = asked !== undefined ? replyMessage({ text: asked, kind: 'step' }, meta.thread) : { text: controlsIn(turn.conversation?.language).answer, blocks: [] };
        await a.delivery.replace(target, { text: shown.text, blocks: answered(shown.blocks, chosen) }, turn.conversation?.id ?? '');
      });
    });
  });
}
