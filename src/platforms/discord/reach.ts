// Reaching a Discord user outside a turn (an agent's answer, the rating question): in their private thread in
// threads mode; otherwise by DM, since their conversation was an ephemeral reply nobody can write to later.
// Failures throw, so the outbox tries again later.
import { Routes, type APIChannel, type REST } from 'discord.js';
import type { Address } from '../../address.ts';
import { Undeliverable } from '../../handoff/outbox.ts';
import type { Reply } from '../../conversation/reply.ts';
import type { Reach, ReachContext } from '../../handoff/desk.ts';
import { controlsIn, reachMessages, restBody } from './components.ts';
import { discordPlatform } from './platform.ts';

export class DiscordReach implements Reach {
  readonly platform = 'discord' as const;
  /** DM channel ids by user: opening one is idempotent on Discord, so this only saves calls. */
  private dms = new Map<string, string>();

  constructor(private rest: REST) {}

  async send(address: Address, replies: Reply[], about: ReachContext): Promise<void> {
    if (address.platform !== discordPlatform.id) throw new Error(`discord cannot reach a ${address.platform} user`);
    const messages = reachMessages(replies, about.replyAction, controlsIn(about.language));
    if (messages.length === 0) return;
    try {
      const channel = address.thread ?? (await this.dmChannel(address.user));
      for (const m of messages) await this.rest.post(Routes.channelMessages(channel), { body: restBody(m) });
    } catch (err) {
      // 50007: the user does not take DMs from us; 50278: they share no server with the bot any more.
      const code = (err as { code?: number }).code;
      if (code === 50007 || code === 50278) throw new Undeliverable(`discord user ${address.user} cannot be messaged (${code})`);
      throw err;
    }
  }

  private async dmChannel(user: string): Promise<string> {
    const known = this.dms.get(user);
    if (known) return known;
    const dm = (await this.rest.post(Routes.userChannels(), { body: { recipient_id: user } })) as APIChannel;
    this.dms.set(user, dm.id);
    return dm.id;
  }
}
