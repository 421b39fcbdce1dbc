// Where a conversation happens and with whom: platform, workspace, channel, thread and user.
// One active conversation per user per place; its id is derived from the address, short enough for custom_ids.
import { createHash } from 'node:crypto';

export type Platform = 'terminal' | 'slack' | 'discord' | 'web';

export interface Address {
  platform: Platform;
  /** Slack team, Discord guild (or "@dm"), or "local" in the terminal. */
  workspace: string;
  channel: string;
  /** Slack thread ts or Discord thread id; absent for a DM or the channel itself. */
  thread?: string;
  user: string;
}

/** The stable key of the place and person, e.g. `slack:T1:C1:1700000000.1:U1`. */
export function addressKey(a: Address): string {
  return [a.platform, a.workspace, a.channel, a.thread ?? '-', a.user].join(':');
}

/** A 12-character id for the conversation at an address: fits in any button id with room to spare. */
export function conversationIdOf(a: Address): string {
  return createHash('sha256').update(addressKey(a)).digest('base64url').slice(0, 12);
}
