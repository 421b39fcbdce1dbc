// Promises kept over time: "check back in 24 hours" comes back once, at the due time, across restarts and
// with two workers racing; "cancel reminder" stops it; "forget me" erases the person.
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { Conversations } from '../../src/conversation/conversation.ts';
import { messages } from '../../src/conversation/messages.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import { Cases } from '../../src/handoff/cases.ts';
import { KIND } from '../../src/handoff/items.ts';
import { Outbox } from '../../src/handoff/outbox.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { address, shippedFlows, tempDir, User } from '../support.ts';

const DAY = 86_400_000;
const log = pino({ level: 'silent' });

/** A bot process: engine, cases and an outbox worker that only runs follow-ups, on `store`, at `clock`. */
function processOn(store: Store, clock: () => number) {
  const conversations = new Conversations(shippedFlows(), store, { now: clock });
  const cases = new Cases({ store, conversations, log, now: clock });
  const outbox = new Outbox({ store, handlers: { [KIND.followUp]: cases.handlers()[KIND.followUp]! }, log, now: clock });
  return { conversations, outbox };
}

/** What was queued for the user (and is not yet sent): the replies of each to-user item. */
async function queuedForUser(store: Store, at: number): Promise<Reply[][]> {
  return (await store.takeDue(at, 50, 60_000)).filter((i) => i.kind === KIND.toUser).map((i) => i.payload.replies as Reply[]);
}

async function askedToCheckBack(store: Store, clock: () => number) {
  const user = new User(processOn(store, clock).conversations, address({ platform: 'slack', user: 'U_ANA' }));
  await user.say('my bag icon is missing');
  await user.press('Less than 24 hours ago');
  const promised = await user.press('Yes, check back in 24 hours');
  expect(promised.conversation).toMatchObject({ step: 'check-back-set', status: 'resolved' });
  return user;
}

describe('a promised follow-up', () => {
  it('comes back once at the due time, even though no process ran meanwhile', async () => {
    const file = join(tempDir(), 'follow-up.db');
    let now = 1_700_000_000_000;
    const clock = () => now;
    const first = new SqliteStore(file);
    const user = await askedToCheckBack(first, clock);
    now += DAY - 60_000;
    expect(await processOn(first, clock).outbox.drain()).toBe(0);
    await first.close();

    now += 2 * 60_000;
    const second = new SqliteStore(file);
    const [a, b] = [processOn(second, clock), processOn(new SqliteStore(file), clock)];
    const delivered = (await Promise.all([a.outbox.drain(), b.outbox.drain()])).reduce((x, y) => x + y, 0);
    expect(delivered).toBe(1);
    const sent = await queuedForUser(second, now);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.map((r) => r.text).join('\n')).toContain("It's been a day since you linked");
    const back = new User(a.conversations, user.where);
    back.last = { replies: sent[0]! };
    const next = await back.press('Still missing');
    expect(next.conversation).toMatchObject({ flow: 'missing-icon', step: 'check-shop' });
    await second.close();
  });

  it('is not sent once the user cancels it', async () => {
    const store = new SqliteStore(join(tempDir(), 'cancel.db'));
    let now = 1_700_000_000_000;
    const user = await askedToCheckBack(store, () => now);
    const cancelled = await user.say('cancel reminder');
    expect(cancelled.replies[0]).toMatchObject({ kind: 'notice', text: messages.reminderCancelled });
    expect((await user.say('cancel reminder')).replies[0]!.text).toBe(messages.noReminder);
    now += 2 * DAY;
    expect(await processOn(store, () => now).outbox.drain()).toBe(0);
    expect(await queuedForUser(store, now)).toEqual([]);
    await store.close();
  });
});

describe('"forget me"', () => {
  it('erases the conversation and what was said, keeps the case without them, and cancels what was planned', async () => {
    const store = new SqliteStore(join(tempDir(), 'forget.db'));
    const now = 1_700_000_000_000;
    const user = await askedToCheckBack(store, () => now);
    await user.say('talk to a person');
    await user.say('My shop @acme was banned');
    const erased = await user.say('forget me');
    expect(erased.replies).toEqual([{ kind: 'notice', text: messages.forgotten }]);
    expect(await store.loadConversation(erased.conversation?.id ?? user.last!.conversation!.id)).toBeUndefined();
    const kept = await store.getCase(1);
    expect(kept).toMatchObject({ number: 1, facts: {}, transcript: [], path: [], requester: { user: 'forgotten' } });
    expect(JSON.stringify(kept)).not.toContain('acme');
    await store.close();
  });
});
