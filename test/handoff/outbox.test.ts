// The outbox's promise: what must reach a platform gets there exactly once, even when the platform fails
// for a while and the process restarts in between. Time is a controllable clock, not real waiting.
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { backoff, Outbox, Undeliverable } from '../../src/handoff/outbox.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { OutboxItem } from '../../src/store/types.ts';
import { tempDir } from '../support.ts';

const log = pino({ level: 'silent' });

describe('the outbox', () => {
  it('delivers once after the receiving side failed for 30 s, across a restart', async () => {
    const file = join(tempDir(), 'outbox.db');
    let now = 1_000_000;
    let downUntil = now + 30_000;
    const delivered: string[] = [];
    const attempts: number[] = [];
    const post = async (item: OutboxItem) => {
      attempts.push(now);
      if (now < downUntil) throw new Error('503 from the desk');
      delivered.push(String(item.payload.text));
    };

    const first = new SqliteStore(file);
    await first.enqueue([{ kind: 'desk-post', payload: { text: 'case #1' }, dueAt: now }]);
    const before = new Outbox({ store: first, handlers: { 'desk-post': post }, log, now: () => now });
    for (let t = 0; t < 10; t++, now += 1_000) await before.drain();
    await first.close();
    expect(delivered).toEqual([]);

    // The process restarts while the desk is still down; the item is still owed.
    const second = new SqliteStore(file);
    const after = new Outbox({ store: second, handlers: { 'desk-post': post }, log, now: () => now });
    while (now < downUntil + 120_000) {
      await after.drain();
      now += 1_000;
    }
    expect(delivered).toEqual(['case #1']);
    // Backed off rather than hammering: far fewer tries than seconds passed.
    expect(attempts.length).toBeLessThan(12);
    expect(await second.takeDue(now + 10 * 60_000, 10, 1_000)).toEqual([]);
    await second.close();
  });

  it('waits longer after each failure, up to a minute', () => {
    expect([1, 2, 3, 4, 7, 20].map(backoff)).toEqual([1_000, 2_000, 4_000, 8_000, 60_000, 60_000]);
  });

  it('drops a delivery that can never succeed instead of retrying it forever', async () => {
    const store = new SqliteStore(join(tempDir(), 'undeliverable.db'));
    await store.enqueue([{ kind: 'to-user', payload: {}, dueAt: 0 }]);
    let tries = 0;
    const outbox = new Outbox({
      store,
      handlers: {
        'to-user': async () => {
          tries++;
          throw new Undeliverable('the user closed their DMs');
        },
      },
      log,
      now: () => 10,
    });
    await outbox.drain();
    expect(await store.takeDue(10 * 60_000, 10, 1_000)).toEqual([]);
    expect(tries).toBe(1);
    await store.close();
  });

  it('keeps going when one item fails: the others are delivered', async () => {
    const store = new SqliteStore(join(tempDir(), 'mixed.db'));
    await store.enqueue([
      { kind: 'broken', payload: {}, dueAt: 0 },
      { kind: 'ok', payload: { n: 1 }, dueAt: 0 },
    ]);
    const seen: unknown[] = [];
    const outbox = new Outbox({ store, handlers: { ok: async (i) => void seen.push(i.payload.n) }, log, now: () => 10 });
    expect(await outbox.drain()).toBe(1);
    expect(seen).toEqual([1]);
    await store.close();
  });
});
