// Issue 13, items 6, 8 and 9, on a real PostgreSQL: one user's odd text must not block everyone's erasure,
// one user's locked conversation must not stall everyone, and parallel answers on one conversation all apply.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { Conversations } from '../../src/conversation/conversation.ts';
import { KIND } from '../../src/handoff/items.ts';
import type { PostgresStore } from '../../src/store/postgres.ts';
import { address, postgresStore, shippedFlows, TEST_DATABASE_URL, User } from '../support.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

let n = 0;
async function store(schema = `t_${process.pid}_${Date.now()}_f${++n}`): Promise<{ store: PostgresStore; schema: string }> {
  const s = await postgresStore(schema);
  cleanups.push(() => s.close());
  return { store: s, schema };
}

describe('PostgreSQL under faults', { timeout: 20_000 }, () => {
  it("erases a person even when someone else's queued text holds a NUL or half an emoji", async () => {
    const { store: db } = await store();
    const engine = new Conversations(shippedFlows(), db);
    const bo = new User(engine, address({ platform: 'slack', user: 'U0BO' }));
    await bo.say('my bag icon is missing');
    // Another user's pending messages, as a platform handed them over (or as queued before text was cleaned).
    const them = { platform: 'slack', workspace: 'T', channel: 'D1', user: 'U0ODD' };
    await db.enqueue([
      { kind: KIND.toUser, payload: { address: them, conversation: 'c1', replies: [{ text: 'nul \u0000 here', kind: 'step' }] } },
      { kind: KIND.toUser, payload: { address: them, conversation: 'c2', replies: [{ text: 'half \ud83d emoji', kind: 'step' }] } },
    ]);
    expect(await db.forgetUser('slack', 'U0BO')).toEqual({ conversations: 1, cases: 0 });
    expect(await db.loadConversation(bo.last!.conversation!.id)).toBeUndefined();
    // The odd rows still go out, and the odd user can be forgotten too.
    expect(await db.forgetUser('slack', 'U0ODD')).toEqual({ conversations: 0, cases: 0 });
    expect(await db.takeDue(Date.now() + 1000, 10, 1000)).toEqual([]);
    // What people type is cleaned on the way in, so it is stored and read back as text.
    const odd = new User(engine, address({ platform: 'slack', user: 'U0ODD' }));
    const turn = await odd.say('my bag \u0000icon is missing \ud83d');
    expect(turn.conversation).toMatchObject({ flow: 'missing-icon' });
    const lines = await db.transcript(turn.conversation!.id);
    expect(lines[0]!.text).toBe('my bag icon is missing \ufffd');
  });

  it("answers other users while one user's conversation row is locked", async () => {
    const { store: db, schema } = await store();
    const engine = new Conversations(shippedFlows(), db);
    const ana = new User(engine, address({ platform: 'slack', user: 'U0ANA' }));
    await ana.say('my bag icon is missing');
    // Another connection (a stuck process, a long migration) holds Ana's row.
    const locker = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` });
    await locker.connect();
    cleanups.push(() => locker.end());
    await locker.query('begin');
    await locker.query('select * from conversations where id = $1 for update', [ana.last!.conversation!.id]);

    // Ana, impatient, sends 15 messages; each waits on her row.
    const hers = Array.from({ length: 15 }, (_, i) => ana.say(`still there? ${i}`).then(
      () => 'applied',
      (err: Error) => err.message,
    ));
    await new Promise((r) => setTimeout(r, 200));
    // Bo, who has nothing to do with her, is answered while her row is still locked.
    let lockHeld = true;
    const bo = new User(engine, address({ platform: 'slack', user: 'U0BO' }));
    const boTurn = bo.say('my qr code will not scan').then((t) => ({ t, lockHeld }));
    const raced = await Promise.race([boTurn, new Promise<'stalled'>((r) => setTimeout(() => r('stalled'), 4000))]);
    expect(raced).not.toBe('stalled');
    expect(raced).toMatchObject({ lockHeld: true, t: { conversation: { flow: 'qr-failure' } } });

    await locker.query('commit');
    lockHeld = false;
    const outcomes = await Promise.all(hers);
    console.log(`15 turns on a locked row: ${outcomes.filter((o) => o === 'applied').length} applied, others: ${[...new Set(outcomes.filter((o) => o !== 'applied'))].join('; ')}`);
    // Her turns either applied after the lock, or failed with the lock timeout (the adapters ask her to try again).
    for (const o of outcomes) expect(o === 'applied' || /lock timeout/.test(o)).toBe(true);
    expect(outcomes).toContain('applied');
  });

  it('applies all of 50 parallel answers on one conversation from two processes', async () => {
    const { store: first, schema } = await store();
    const { store: second } = await store(schema);
    const where = address({ platform: 'slack', user: 'U0ANA' });
    const engines = [new Conversations(shippedFlows(), first), new Conversations(shippedFlows(), second)];
    await engines[0]!.handle(where, { type: 'text', text: 'my bag icon is missing' });
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => engines[i % 2]!.handle(where, { type: 'text', text: `what about this ${i}`, key: `Ev${i}` })),
    );
    const failed = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.message as string);
    expect(failed).toEqual([]);
    const record = await first.loadConversation(results.find((r) => r.status === 'fulfilled')!.value.conversation!.id);
    expect(record!.rev).toBe(51);
  });
});
