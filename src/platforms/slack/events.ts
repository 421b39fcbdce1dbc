// Messages addressed to the bot: an @mention starts or continues a conversation in that message's thread;
// a reply in a thread (or any message in the bot's DM) is a turn for a user who has a conversation there.
import type { App } from '@slack/bolt';
import { guarded, isDirect, slackAddress, takeTurn, type SlackAdapter } from './adapter.ts';
import { fromSlack, withoutMention } from './text.ts';

/** The fields of a message event we read; every other shape (edits, joins, bots) is ignored. */
interface UserMessage {
  type: 'message';
  subtype?: string;
  bot_id?: string;
  user?: string;
  text?: string;
  channel: string;
  channel_type?: string;
  ts: string;
  thread_ts?: string;
}

export function registerEvents(app: App, a: SlackAdapter): void {
  app.event('app_mention', async ({ event, body, context }) => {
    if (!a.seen.first(body.event_id)) return;
    if (!event.user || event.bot_id) return;
    const user = event.user;
    await guarded(a, 'app_mention', async () => {
      const workspace = context.teamId ?? body.team_id;
      const thread = event.thread_ts ?? event.ts;
      const text = fromSlack(withoutMention(event.text, context.botUserId));
      const address = slackAddress(workspace, event.channel, user, thread);
      // The event_id lets the engine refuse a redelivery that another process took (the SeenEvents set is per process).
      await takeTurn(a, address, text ? { type: 'text', text, key: body.event_id } : { type: 'start' }, { channel: event.channel, thread, user });
    });
  });

  app.event('message', async ({ event, body, context }) => {
    if (!a.seen.first(body.event_id)) return;
    const m = event as unknown as UserMessage;
    if (m.subtype !== undefined || m.bot_id || !m.user || typeof m.text !== 'string') return;
    const user = m.user;
    const direct = m.channel_type === 'im' || isDirect(m.channel);
    // In channels a mention also arrives as app_mention, which takes that turn.
    if (!direct && context.botUserId && m.text.includes(`<@${context.botUserId}`)) return;
    const thread = direct ? undefined : m.thread_ts;
    if (!direct && !thread) return;
    await guarded(a, 'message', async () => {
      const workspace = context.teamId ?? body.team_id;
      const address = slackAddress(workspace, m.channel, user, thread);
      // A thread is the people's place too: only its conversation's owner is answered there.
      if (!direct && !(await a.conversations.peek(address))) return;
      const text = fromSlack(withoutMention(m.text!, context.botUserId));
      await takeTurn(a, address, text ? { type: 'text', text, key: body.event_id } : { type: 'start' }, { channel: m.channel, thread, user });
    });
  });
}
