// How the support team reaches someone in the web preview: their messages wait in memory until the page
// asks for them (it polls while a case is open), since a browser cannot be called the way Slack can.
import type { Address } from '../address.ts';
import type { Reply } from '../conversation/reply.ts';
import type { Reach } from '../handoff/desk.ts';

/** Kept per session until fetched; older ones give way, so a page nobody opens costs little. */
const MAX_WAITING = 50;
/** Sessions with messages waiting; the oldest is dropped past this. */
const MAX_SESSIONS = 1000;

export class WebReach implements Reach {
  readonly platform = 'web' as const;
  private waiting = new Map<string, Reply[]>();

  async send(address: Address, replies: Reply[]): Promise<void> {
    const list = this.waiting.get(address.channel) ?? [];
    list.push(...replies);
    this.waiting.delete(address.channel);
    this.waiting.set(address.channel, list.slice(-MAX_WAITING));
    if (this.waiting.size > MAX_SESSIONS) this.waiting.delete(this.waiting.keys().next().value!);
  }

  /** What waits for a session's address, handed over once. */
  take(address: Address): Reply[] {
    const list = this.waiting.get(address.channel) ?? [];
    this.waiting.delete(address.channel);
    return list;
  }
}
