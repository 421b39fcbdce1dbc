// The place each user last talked to the bot, so App Home can show their open conversation.
// In memory and per process until the engine can look conversations up by user (proposed in the Slack issue).
import type { Address } from '../../address.ts';

export class RecentPlaces {
  private places = new Map<string, Address>();

  constructor(private readonly limit = 10_000) {}

  remember(address: Address): void {
    const key = `${address.workspace}:${address.user}`;
    this.places.delete(key);
    this.places.set(key, address);
    if (this.places.size > this.limit) this.places.delete(this.places.keys().next().value!);
  }

  lastOf(workspace: string, user: string): Address | undefined {
    return this.places.get(`${workspace}:${user}`);
  }
}
