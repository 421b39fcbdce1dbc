// Who someone is on Slack, cached briefly: people's display names (users.info) for the desk and for what
// users read from an agent, and the support team (the members of the desk channel, conversations.members).
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../log.ts';

/** Names change rarely; an agent renamed a minute ago is still shown under the old name for a while. */
const NAME_TTL_MS = 10 * 60_000;
/** Staff is checked on every desk click and reply: an hour-old list would let someone removed keep acting. */
export const STAFF_TTL_MS = 60_000;
const MAX_NAMES = 5000;
/** conversations.members pages; a desk channel past this many members is read up to here. */
const MAX_MEMBER_PAGES = 20;

export class SlackNames {
  private names = new Map<string, { name: string; at: number }>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly log: Logger,
  ) {}

  /** The name people see for `user` (display name, else real name, else username); `fallback`, else the id, when Slack does not say. */
  async of(user: string, fallback?: string): Promise<string> {
    const cached = this.names.get(user);
    if (cached && Date.now() - cached.at < NAME_TTL_MS) return cached.name;
    try {
      const res = await this.client.users.info({ user });
      const u = res.user;
      const name = [u?.profile?.display_name, u?.profile?.real_name, u?.real_name, u?.name].find((n) => typeof n === 'string' && n.trim() !== '')?.trim();
      if (name) {
        this.names.delete(user);
        this.names.set(user, { name, at: Date.now() });
        if (this.names.size > MAX_NAMES) this.names.delete(this.names.keys().next().value!);
        return name;
      }
    } catch (err) {
      this.log.debug({ user, error: (err as { data?: { error?: string } }).data?.error ?? (err as Error).message }, 'users.info failed; using a fallback name');
    }
    return cached?.name ?? fallback ?? user;
  }
}

/** The support team on Slack: the members of the desk channel. */
export class DeskMembers {
  private members?: { ids: Set<string>; at: number };
  private loading?: Promise<Set<string>>;

  constructor(
    private readonly client: webApi.WebClient,
    private readonly channel: string,
    private readonly log: Logger,
  ) {}

  /** True for a member of the desk channel. When Slack cannot say, the last list read decides, or no. */
  async has(user: string): Promise<boolean> {
    if (this.members && Date.now() - this.members.at < STAFF_TTL_MS) return this.members.ids.has(user);
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    try {
      return (await this.loading).has(user);
    } catch (err) {
      const error = (err as { data?: { error?: string } }).data?.error ?? (err as Error).message;
      this.log.warn({ channel: this.channel, error }, 'could not read the desk channel members; add channels:read (groups:read for a private desk)');
      return this.members?.ids.has(user) ?? false;
    }
  }

  private async load(): Promise<Set<string>> {
    const ids = new Set<string>();
    let cursor: string | undefined;
    for (let page = 0; page < MAX_MEMBER_PAGES; page++) {
      const res = await this.client.conversations.members({ channel: this.channel, limit: 1000, ...(cursor ? { cursor } : {}) });
      for (const id of res.members ?? []) ids.add(id);
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    this.members = { ids, at: Date.now() };
    return ids;
  }
}
