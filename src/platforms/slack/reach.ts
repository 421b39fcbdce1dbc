// Reaching a Slack user outside a turn (an agent's reply, "a teammate has your case", the rating): the
// replies go where their conversation lives, as one message, so a retry by the outbox never repeats half.
// Throws when Slack fails: the outbox retries later.
import type { types, webApi } from '@slack/bolt';
import type { Address } from '../../address.ts';
import type { Reply } from '../../conversation/reply.ts';
import type { Reach, ReachContext } from '../../handoff/desk.ts';
import type { Logger } from '../../log.ts';
import { isDirect } from './address.ts';
import type { Language } from '../../i18n/languages.ts';
import { controlsIn, replyMessage, type SlackMessage } from './blocks.ts';

/** Slack errors meaning the bot may not post in that channel any more: the user is written to in the DM instead. */
const CANNOT_POST = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);
/** Slack's limit of blocks in one message. */
const MAX_BLOCKS = 50;

export class SlackReach implements Reach {
  readonly platform = 'slack' as const;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly log: Logger,
  ) {}

  /** Slack users can always type where their conversation is, so no Reply control is added. */
  async send(address: Address, replies: Reply[], { conversation, language }: ReachContext): Promise<void> {
    if (replies.length === 0) return;
    const message = oneMessage(replies, address.thread, language);
    try {
      await this.client.chat.postMessage({ channel: address.channel, ...(address.thread ? { thread_ts: address.thread } : {}), ...message });
    } catch (err) {
      const code = (err as { data?: { error?: string } }).data?.error ?? '';
      if (!CANNOT_POST.has(code) || isDirect(address.channel)) throw err;
      // A conversation the bot can no longer post in (or never could: /linkhelp shown to the user alone).
      this.log.info({ conversation, channel: address.channel, error: code }, 'cannot post where the conversation is; writing to the user in the DM');
      const opened = await this.client.conversations.open({ users: address.user });
      const dm = opened.channel?.id;
      if (!dm) throw err;
      await this.client.chat.postMessage({ channel: dm, ...oneMessage(replies, undefined, language) });
    }
  }
}

/** Several replies as one message: their texts in order, and the buttons of the last reply that has any. */
export function oneMessage(replies: Reply[], thread: string | undefined, language?: Language): SlackMessage {
  const parts = replies.map((r) => replyMessage(r, thread, controlsIn(language), language));
  const lastControls = parts.findLastIndex((p) => p.blocks.some((b) => b.type === 'actions'));
  const blocks: types.KnownBlock[] = parts.flatMap((p, i) => (i === lastControls ? p.blocks : p.blocks.filter((b) => b.type !== 'actions')));
  // Over Slack's limit (never with the engine's replies): the text goes first, the buttons stay.
  const fitted = blocks.length <= MAX_BLOCKS ? blocks : [...blocks.filter((b) => b.type !== 'actions').slice(0, MAX_BLOCKS - 1), ...blocks.filter((b) => b.type === 'actions').slice(-1)];
  return { text: parts.map((p) => p.text).join('\n'), blocks: fitted };
}
