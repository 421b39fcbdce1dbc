// Delivers what the store's outbox holds: takes due items, hands each to its handler, and on failure
// puts it back with growing delay, so a desk or API that is down for a while loses nothing.
import type { Logger } from '../log.ts';
import type { OutboxItem, Store } from '../store/types.ts';

export type Handler = (item: OutboxItem) => Promise<void>;

/** Thrown by a handler when a delivery can never succeed (the user closed their DMs): dropped, not retried. */
export class Undeliverable extends Error {
  override name = 'Undeliverable';
}

export interface OutboxOptions {
  store: Store;
  handlers: Record<string, Handler>;
  log: Logger;
  now?: () => number;
  /** How often to look for due items. */
  pollMs?: number;
}

/** An item being handled is hidden this long from other workers (a crashed worker's items come back after). */
export const LEASE_MS = 60_000;
const BATCH = 20;
/** Retry delays grow 1 s, 2 s, 4 s … up to a minute. */
export function backoff(attempts: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, attempts - 1));
}

/** Waits after failed polls of the store: 1 s, 2 s, 4 s … up to 30 s, with jitter so processes spread out. */
export function storeBackoff(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** (failures - 1)) * (0.75 + Math.random() * 0.5);
}

export class Outbox {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private now: () => number;

  constructor(private o: OutboxOptions) {
    this.now = o.now ?? Date.now;
  }

  start(): void {
    let failures = 0;
    const tick = () => {
      this.drain()
        .then(
          () => {
            if (failures) this.o.log.info({ after: failures }, 'the outbox reaches the database again');
            failures = 0;
          },
          // The database is down or locked: nothing was taken or everything taken comes back after its lease,
          // so the worker waits longer each time and carries on; the process must never die of it.
          (err: unknown) => {
            failures++;
            this.o.log.error({ err, failures }, 'the outbox cannot reach the database; will try again');
          },
        )
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, failures ? storeBackoff(failures) : (this.o.pollMs ?? 500));
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Handles everything due now, one batch after another; returns how many were delivered. */
  async drain(): Promise<number> {
    if (this.running) return this.running;
    this.running = this.drainAll().finally(() => (this.running = undefined));
    return this.running;
  }

  private async drainAll(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const now = this.now();
      const items = await this.o.store.takeDue(now, BATCH, LEASE_MS);
      if (items.length === 0) return delivered;
      for (const item of items) if (await this.deliver(item)) delivered++;
      if (items.length < BATCH) return delivered;
    }
  }

  private async deliver(item: OutboxItem): Promise<boolean> {
    const handler = this.o.handlers[item.kind];
    try {
      if (!handler) throw new Error(`no handler for "${item.kind}"`);
      await handler(item);
      await this.o.store.finish(item.id);
      return true;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (err instanceof Undeliverable) {
        this.o.log.warn({ item: item.id, kind: item.kind, err: message }, 'undeliverable; dropped');
        await this.o.store.finish(item.id);
        return false;
      }
      const due = this.now() + backoff(item.attempts);
      this.o.log.warn({ item: item.id, kind: item.kind, attempts: item.attempts, err: message }, 'delivery failed; will retry');
      await this.o.store.retry(item.id, due, message).catch((e: unknown) => this.o.log.error({ err: e, item: item.id }, 'could not reschedule a delivery'));
      return false;
    }
  }
}
