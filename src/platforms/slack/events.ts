// Messages addressed to the bot: an @mention starts or continues a conversation in that message's thread;
// a reply in a thread (or any message in the bot's DM) is a turn for a user who has a conversation there.
import type { App } from '@slack/bolt';
import { guarded, takeTurn, type SlackAdapter } from './adapter.ts';
import { isDirect, slackAddress } from './address.ts';
import { storedHook } from './event-ack.ts';
import type { Input } from '../../conversation/input.ts';
import { fileUrl, type SharedFile } from './staff.ts';
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
  files?: SharedFile[];
}

/** Subtypes that are still a person writing: sharing a file with their words, or a thread reply also sent to the channel. */
const WRITTEN = new Set(['file_share', 'thread_broadcast']);

export function registerEvents(app: App, a: SlackAdapter): void {
  app.event('app_mention', async ({ event, body, context }) => {
    if (!a.seen.first(body.event_id)) return;
    if (!event.user || event.bot_id) return;
    const user = event.user;
    await guarded(a, 'app_mention', async () => {
      // In a case's thread on the desk, the agent is writing to the requester: the message event carries it.
      if (a.staff && event.channel === a.staff.channel && event.thread_ts && (await a.staff.isCaseThread(event.thread_ts))) return;
      const workspace = context.teamId ?? body.team_id;
      const thread = event.thread_ts ?? event.ts;
      const text = fromSlack(withoutMention(event.text, context.botUserId));
      const address = slackAddress(workspace, event.channel, user, thread);
      // The event_id lets the engine refuse a redelivery that another process took (the SeenEvents set is per process).
      await takeTurn(a, address, text ? { type: 'text', text, key: body.event_id } : { type: 'start' }, { channel: event.channel, thread, user }, undefined, storedHook(context));
    });
  });

  app.event('message', async ({ event, body, context }) => {
    if (!a.seen.first(body.event_id)) return;
    const m = event as unknown as UserMessage;
    if ((m.subtype !== undefined && !WRITTEN.has(m.subtype)) || m.bot_id || !m.user || typeof m.text !== 'string') return;
    const user = m.user;
    const direct = m.channel_type === 'im' || isDirect(m.channel);
    const staff = a.staff;
    if (staff && m.channel === staff.channel && m.thread_ts) {
      const thread = m.thread_ts;
      let taken = false;
      await guarded(a, 'desk message', async () => {
        // An agent who @mentions the bot there still writes to the requester; the mention itself is dropped.
        const text = context.botUserId ? m.text!.replace(new RegExp(`<@${context.botUserId}(?:\\|[^>]*)?> ?`, 'g'), '') : m.text!;
        taken = await staff.message({ user, text, thread, files: m.files });
      });
      if (taken) return;
    }
    // In channels a mention also arrives as app_mention, which takes that turn.
    if (!direct && context.botUserId && m.text.includes(`<@${context.botUserId}`)) return;
    const thread = direct ? undefined : m.thread_ts;
    if (!direct && !thread) return;
    await guarded(a, 'message', async () => {
      const workspace = context.teamId ?? body.team_id;
      const address = slackAddress(workspace, m.channel, user, thread);
      const text = fromSlack(withoutMention(m.text!, context.botUserId));
      const files = (m.files ?? []).map(fileUrl).filter((url): url is string => Boolean(url));
      // An empty message in a thread says nothing to anyone; in the DM it shows where the conversation is.
      if (!direct && !text && !files.length) return;
      // A thread is the people's place too: the engine answers only its conversation's owner there. Files go with
      // the words; the engine passes them on to an open case.
      const input: Input = text || files.length ? { type: 'text', text, key: body.event_id, ...(files.length ? { files } : {}), ...(direct ? {} : { shared: true }) } : { type: 'start' };
      await takeTurn(a, address, input, { channel: m.channel, thread, user }, undefined, storedHook(context));
    });
  });
}
