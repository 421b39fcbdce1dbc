// Event ids already taken, so Slack's redeliveries (x-slack-retry-num, same event_id) never apply a turn twice.
// Bounded: Slack retries within minutes, so the oldest ids can be forgotten first.

export class SeenEvents {
  private ids = new Set<string>();

  constructor(private readonly limit = 10_000) {}

  /** True the first time an id is offered, false for every repeat. */
  first(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.limit) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}
