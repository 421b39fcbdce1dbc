// Where a conversation happens and with whom: platform, workspace, channel, thread and user. The store keeps
// it and the engine works with it, so it belongs to neither. One active conversation per user per place.
import { createHash } from 'node:crypto';

/** A platform's id, as its declaration in src/platforms/registry.ts names it (`slack`, `discord`, `web`…). */
export type PlatformId = string;

export interface Address {
  platform: PlatformId;
  /** Slack team, Discord guild (or "@dm"), or "local" in the terminal. */
  workspace: string;
  channel: string;
  /** Slack thread ts or Discord thread id; absent for a DM or the channel itself. */
  thread?: string;
  user: string;
}

/** The stable key of the place and person, e.g. `slack:T1:C1:1700000000.1:U1`. */
export function addressKey(a: Address): string {
  return `${a.platform}:${a.workspace}:${a.channel}:${a.thread ?? '-'}:${a.user}`;
}

/** Ids already worked out: the adapter and the engine both ask for one on every turn, and people take many turns. */
const known = new Map<string, string>();
/** Enough for every conversation active at once in one process; past it the map starts again. */
const KNOWN = 10_000;

/** A 12-character id for the conversation at an address: fits in any button id with room to spare. */
export function conversationIdOf(a: Address): string {
  const key = addressKey(a);
  let id = known.get(key);
  if (id === undefined) {
    id = createHash('sha256').update(key).digest('base64url').slice(0, 12);
    if (known.size >= KNOWN) known.clear();
    known.set(key, id);
  }
  return id;
}
