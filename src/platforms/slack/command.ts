// `/linkhelp [text]`: in a DM the conversation runs right there; in a channel it runs in a thread under a
// short opener, so the channel sees one line and the steps stay in the thread.
import type { App } from '@slack/bolt';
import type { Input } from '../../conversation/input.ts';
import { messages } from '../../conversation/messages.ts';
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
      const input: Input = text ? { type: 'start', text } : { type: 'start' };
      if (isDirect(channel)) {
        await takeTurn(a, slackAddress(workspace, channel, user), input, { channel, user, responseUrl });
        return;
      }
      // The opener names what the bot does; its ts becomes the thread, and so part of the conversation's address.
      const opener = await a.delivery.opener(channel, replyMessage({ text: messages.help, kind: 'notice' }), `opener:${channel}`);
      if (opener) await takeTurn(a, slackAddress(workspace, channel, user, opener), input, { channel, thread: opener, user, responseUrl });
      // A channel the bot was not invited to: the conversation still runs, shown to the user alone.
      else await takeTurn(a, slackAddress(workspace, channel, user), input, { channel, user, responseUrl, hidden: true });
    });
  });
}
