// `/linkhelp [text]`: in a DM the conversation runs right there; in a channel it runs in a thread under a
// short opener, so the channel sees one line and the steps stay in the thread.
import type { App } from '@slack/bolt';
import type { Input } from '../../conversation/input.ts';
import { messagesIn } from '../../conversation/messages.ts';
import { isCasesRequest } from '../../handoff/listing.ts';
import { acked, guarded, takeTurn, type SlackAdapter } from './adapter.ts';
import { isDirect, slackAddress } from './address.ts';
import { replyMessage } from './blocks.ts';

export const COMMAND = '/linkhelp';

export function registerCommand(app: App, a: SlackAdapter): void {
  app.command(COMMAND, async ({ command, ack, context }) => {
    await ack();
    acked(a, context);
    // Slack never sends a command twice; the same trigger again is a replayed request (valid for 5 minutes).
    if (command.trigger_id && !a.seen.first(`command:${command.trigger_id}`)) return;
    await guarded(a, 'command', async () => {
      const workspace = context.teamId ?? command.team_id;
      const { channel_id: channel, user_id: user, response_url: responseUrl } = command;
      const text = command.text?.trim();
      // `/linkhelp cases` lists open cases to the support team; for anyone else it is words like any other.
      if (a.staff && isCasesRequest(text) && (await a.staff.listCases(user, { channel, user, responseUrl }))) return;
      // Slack sends no locale: the user's is looked up (briefly) for the opener and the turn alike.
      const locale = await a.locales?.of(user);
      const input: Input = { ...(text ? { type: 'start', text } : { type: 'start' }), ...(locale ? { locale } : {}) };
      if (isDirect(channel)) {
        await takeTurn(a, slackAddress(workspace, channel, user), input, { channel, user, responseUrl });
        return;
      }
      // The opener names what the bot does, in the language the user's new conversation will speak; its ts becomes
      // the thread, and so part of the conversation's address.
      const language = await a.conversations.languageAt(slackAddress(workspace, channel, user), { locale, text });
      const opener = await a.delivery.opener(channel, replyMessage({ text: messagesIn(language).help, kind: 'notice' }), `opener:${channel}`);
      if (opener) await takeTurn(a, slackAddress(workspace, channel, user, opener), input, { channel, thread: opener, user, responseUrl });
      // A channel the bot was not invited to: the conversation still runs, shown to the user alone.
      else await takeTurn(a, slackAddress(workspace, channel, user), input, { channel, user, responseUrl, hidden: true });
    });
  });
}
