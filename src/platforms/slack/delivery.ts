// Sends what a turn produced to Slack: posts in the thread, ephemeral refusals, replaced buttons.
// It never throws: the turn is already saved by the engine, so a failed post is logged with the conversation id.
import type { webApi } from '@slack/bolt';
import type { TurnResult } from '../../conversation/conversation.ts';
import type { Reply } from '../../conversation/reply.ts';
import type { Language } from '../../i18n/languages.ts';
import type { Logger } from '../../log.ts';
import { controlsIn, replyMessage, type SlackMessage } from './blocks.ts';

/** Where a turn is shown, and to whom. */
export interface Place {
  channel: string;
  /** Thread ts; absent in a DM. */
  thread?: string;
  /** Who acted: refusals are shown to them alone. */
  user: string;
  /** The response_url of the request: reaches the user even where the bot may not post. */
  responseUrl?: string;
  /** The bot may not post in this channel: every reply goes through responseUrl, seen by the user only. */
  hidden?: boolean;
}

/** A message to change: a posted one by ts, or an ephemeral one through the response_url of a click on it. */
export type Target = { channel: string; ts: string } | { responseUrl: string };

/** Slack errors meaning the bot may not post in that channel (not invited, private, DM between people). */
const CANNOT_POST = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

export class Delivery {
  constructor(
    private readonly client: webApi.WebClient,
    private readonly log: Logger,
  ) {}

  /**
   * A turn's replies as the engine says: in the place, to the actor alone (refusals), or not at all (a double click);
   * their controls worded in the conversation's language.
   */
  async turn(turn: TurnResult, place: Place, conversation: string): Promise<void> {
    if (turn.show.to === 'nobody') return;
    const language = turn.conversation?.language;
    if (turn.show.to === 'actor') await this.ephemeral(turn.replies, place, conversation, language);
    else await this.post(turn.replies, place, conversation, language);
  }

  /** Posts replies in order; once the channel refuses the bot, the rest go to the user's response_url. */
  async post(replies: Reply[], place: Place, conversation: string, language?: Language): Promise<void> {
    let hidden = place.hidden === true;
    for (const reply of replies) {
      const message = replyMessage(reply, place.thread, controlsIn(language), language);
      if (hidden && place.responseUrl) {
        await this.viaResponseUrl(place.responseUrl, message, false, conversation);
        continue;
      }
      try {
        await this.client.chat.postMessage({ channel: place.channel, thread_ts: place.thread, ...message });
      } catch (err) {
        if (!place.responseUrl || !CANNOT_POST.has(slackError(err) ?? '')) {
          this.failed(err, 'chat.postMessage', conversation);
          continue;
        }
        this.log.debug({ conversation, error: slackError(err) }, 'the bot may not post here; replying to the user alone');
        hidden = true;
        await this.viaResponseUrl(place.responseUrl, message, false, conversation);
      }
    }
  }

  /** Replies only the acting user sees (refusals, hints); they change nothing for anyone else. */
  async ephemeral(replies: Reply[], place: Place, conversation: string, language?: Language): Promise<void> {
    for (const reply of replies) {
      const message = replyMessage(reply, place.thread, controlsIn(language), language);
      if (place.hidden && place.responseUrl) {
        await this.viaResponseUrl(place.responseUrl, message, false, conversation);
        continue;
      }
      try {
        await this.client.chat.postEphemeral({ channel: place.channel, user: place.user, thread_ts: place.thread, ...message });
      } catch (err) {
        this.failed(err, 'chat.postEphemeral', conversation);
        if (place.responseUrl && CANNOT_POST.has(slackError(err) ?? '')) await this.viaResponseUrl(place.responseUrl, message, false, conversation);
      }
    }
  }

  /** Rewrites a message the user answered (its buttons become the "✓ chosen" line). */
  async replace(target: Target, message: SlackMessage, conversation: string): Promise<void> {
    if ('responseUrl' in target) {
      await this.viaResponseUrl(target.responseUrl, message, true, conversation);
      return;
    }
    try {
      await this.client.chat.update({ channel: target.channel, ts: target.ts, ...message });
    } catch (err) {
      this.failed(err, 'chat.update', conversation);
    }
  }

  /** Posts a message at the top of a channel and returns its ts, or undefined when the bot may not post there. */
  async opener(channel: string, message: SlackMessage, conversation: string): Promise<string | undefined> {
    try {
      const res = await this.client.chat.postMessage({ channel, ...message });
      return res.ts;
    } catch (err) {
      this.failed(err, 'chat.postMessage', conversation);
      return undefined;
    }
  }

  /** response_url answers are ephemeral by default; true when Slack took the message. */
  private async viaResponseUrl(url: string, message: SlackMessage, replace: boolean, conversation: string): Promise<boolean> {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ response_type: 'ephemeral', replace_original: replace, ...message }),
      });
      if (res.ok) return true;
      this.log.warn({ conversation, method: 'response_url', status: res.status }, 'Slack refused a response_url message');
    } catch (err) {
      this.failed(err, 'response_url', conversation);
    }
    return false;
  }

  private failed(err: unknown, method: string, conversation: string): void {
    this.log.warn({ conversation, method, error: slackError(err) ?? (err as Error).message }, 'could not deliver to Slack; the turn is saved');
  }
}

/** The Web API error code (`not_in_channel`, …) of a failed call, if Slack gave one. */
function slackError(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
