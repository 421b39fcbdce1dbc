// One contract, every backend: the same suite runs against the memory store, a real SQLite file and a
// real PostgreSQL (a schema of its own per test).
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { ConversationRecord, NewCase, Store } from '../../src/store/types.ts';
import { postgresStore, tempDir } from '../support.ts';

const opened: Store[] = [];
const track = <T extends Store>(s: T): T => (opened.push(s), s);
afterAll(async () => {
  for (const s of opened) await s.close();
});

const backends: [string, () => Store | Promise<Store>][] = [
  ['memory', () => new MemoryStore()],
  ['sqlite', () => track(new SqliteStore(join(tempDir(), 'contract.db')))],
  ['postgres', async () => track(await postgresStore())],
];

const where = { platform: 'slack' as const, workspace: 'T1', channel: 'C1', thread: '1.2', user: 'U1' };

function record(over: Partial<ConversationRecord> = {}): ConversationRecord {
  return {
    id: 'conversation1',
    address: where,
    rev: 1,
    status: 'active',
    step: 'qr-failure.restart-app',
    flowVersion: 'abc123',
    facts: { role: 'seller' },
    path: [{ step: 'menu.welcome', answer: "Something isn't working" }, { step: 'qr-failure.restart-app' }],
    seq: 2,
    updatedAt: 1_700_000_000_000,
    ...over,
  };
}

const handoff: NewCase = {
  conversationId: 'conversation1',
  requester: where,
  reason: 'QR keeps failing',
  flow: 'qr-failure',
  step: 'qr-failure.escalate',
  flowVersion: 'abc123',
  path: [{ step: 'qr-failure.escalate' }],
  facts: { 'error-text': 'Authorization failed' },
  openedAt: 1_700_000_000_500,
};

describe.each(backends)('%s store', (_name, open) => {
  it('saves a new conversation once and loads it back as it was', async () => {
    const store = await open();
    expect(await store.saveTurn({ record: record(), expectedRev: 0, transcript: [] })).toEqual({ ok: true });
    expect(await store.loadConversation('conversation1')).toEqual(record());
    expect(await store.saveTurn({ record: record(), expectedRev: 0, transcript: [] })).toEqual({ ok: false, reason: 'conflict' });
    expect(await store.loadConversation('missing')).toBeUndefined();
  });

  it('keeps the language a conversation speaks, and what chose it', async () => {
    const store = await open();
    const spoken = record({ language: 'th', languageBy: 'switch' });
    await store.saveTurn({ record: spoken, expectedRev: 0, transcript: [] });
    expect(await store.loadConversation('conversation1')).toEqual(spoken);
    await store.saveTurn({ record: { ...spoken, rev: 2, language: 'vi', languageBy: 'locale' }, expectedRev: 1, transcript: [] });
    expect(await store.loadConversation('conversation1')).toMatchObject({ rev: 2, language: 'vi', languageBy: 'locale' });
  });

  it('applies a turn only when the revision is unchanged, and a refused turn leaves no trace', async () => {
    const store = await open();
    await store.saveTurn({ record: record(), expectedRev: 0, transcript: [{ at: 1, who: 'user', text: 'hello' }] });
    const next = record({ rev: 2, step: 'qr-failure.escalate', status: 'handoff' });
    expect(await store.saveTurn({ record: next, expectedRev: 1, transcript: [{ at: 2, who: 'user', text: 'still failing' }] })).toEqual({ ok: true });
    const late = record({ rev: 2, step: 'qr-failure.fixed' });
    expect(await store.saveTurn({ record: late, expectedRev: 1, transcript: [{ at: 3, who: 'user', text: 'lost race' }], openCase: handoff })).toEqual({
      ok: false,
      reason: 'conflict',
    });
    expect((await store.loadConversation('conversation1'))!.step).toBe('qr-failure.escalate');
    expect((await store.transcript('conversation1')).map((l) => l.text)).toEqual(['hello', 'still failing']);
    expect(await store.listCases()).toEqual([]);
  });

  it('opens a case in the same turn, numbered, with the transcript so far', async () => {
    const store = await open();
    await store.saveTurn({ record: record(), expectedRev: 0, transcript: [{ at: 1, who: 'user', text: 'my qr code' }] });
    const saved = await store.saveTurn({
      record: record({ rev: 2, status: 'handoff' }),
      expectedRev: 1,
      transcript: [{ at: 2, who: 'user', text: 'Authorization failed' }],
      openCase: handoff,
    });
    expect(saved).toEqual({ ok: true, caseNumber: 1 });
    expect((await store.loadConversation('conversation1'))!.caseNumber).toBe(1);
    const opened = await store.getCase(1);
    expect(opened).toMatchObject({ ...handoff, number: 1, status: 'open' });
    expect(opened!.transcript.map((l) => l.text)).toEqual(['my qr code', 'Authorization failed']);
    expect(await store.listCases('open')).toHaveLength(1);
    expect(await store.listCases('resolved')).toEqual([]);
    expect(await store.getCase(2)).toBeUndefined();
  });
});

describe.each(backends)('%s store: cases and the outbox', (_name, open) => {
  const desk = { platform: 'discord' as const, channel: 'D1', message: 'M1', thread: 'TH1' };

  it('queues the desk post with the case, numbered, in the same turn', async () => {
    const store = await open();
    await store.saveTurn({ record: record(), expectedRev: 0, transcript: [], openCase: handoff, outbox: [{ kind: 'desk-post', payload: {}, forNewCase: true }] });
    const [item] = await store.takeDue(handoff.openedAt + 1_000_000_000_000, 10, 60_000);
    expect(item).toMatchObject({ kind: 'desk-post', payload: { case: 1 }, attempts: 1 });
  });

  it('changes a case, keeps every status in an append-only log, and finds it by its desk post or thread', async () => {
    const store = await open();
    await store.saveTurn({ record: record(), expectedRev: 0, transcript: [], openCase: handoff });
    await store.updateCase(1, { desk });
    await store.updateCase(1, { status: 'claimed', assignee: 'A1', firstResponseAt: 5, event: { at: 5, status: 'claimed', by: 'A1' } });
    const done = await store.updateCase(1, { status: 'resolved', resolvedAt: 9, rating: 4, comment: 'quick, thanks', event: { at: 9, status: 'resolved', by: 'A1' } });
    expect(done).toMatchObject({ status: 'resolved', assignee: 'A1', desk, firstResponseAt: 5, resolvedAt: 9, rating: 4, comment: 'quick, thanks' });
    expect(done!.log).toEqual([
      { at: handoff.openedAt, status: 'open', by: 'bot' },
      { at: 5, status: 'claimed', by: 'A1' },
      { at: 9, status: 'resolved', by: 'A1' },
    ]);
    expect((await store.caseAtDesk('discord', 'D1', 'M1'))?.number).toBe(1);
    expect((await store.caseAtDesk('discord', 'TH1'))?.number).toBe(1);
    expect(await store.caseAtDesk('slack', 'D1', 'M1')).toBeUndefined();
    expect(await store.updateCase(7, { status: 'claimed' })).toBeUndefined();
  });

  it('leases due items so they are taken once, retries them later, and never returns a finished one', async () => {
    const store = await open();
    await store.enqueue([{ kind: 'to-user', payload: { text: 'a' }, dueAt: 100 }, { kind: 'to-user', payload: { text: 'b' }, dueAt: 5_000 }]);
    const [a] = await store.takeDue(200, 10, 1_000);
    expect(a).toMatchObject({ payload: { text: 'a' }, attempts: 1 });
    expect(await store.takeDue(300, 10, 1_000)).toEqual([]);
    await store.retry(a!.id, 400, 'desk down');
    const [again] = await store.takeDue(500, 10, 1_000);
    expect(again).toMatchObject({ id: a!.id, attempts: 2, lastError: 'desk down' });
    await store.finish(a!.id);
    expect((await store.takeDue(10_000, 10, 1_000)).map((i) => i.payload.text)).toEqual(['b']);
    expect(await store.takeDue(10_500, 10, 1_000)).toEqual([]);
  });
});

describe.each(backends)('%s store: privacy', (_name, open) => {
  const other = { ...where, user: 'U2' };

  it('forgets a person: conversations and words gone, cases kept without them, nothing more sent to them', async () => {
    const store = await open();
    await store.saveTurn({ record: record(), expectedRev: 0, transcript: [{ at: 1, who: 'user', text: 'my shop is Acme' }], openCase: handoff });
    await store.saveTurn({ record: record({ id: 'conversation2', address: other }), expectedRev: 0, transcript: [{ at: 1, who: 'user', text: 'hi' }] });
    await store.enqueue([
      { kind: 'to-user', payload: { address: where, conversation: 'conversation1', replies: [] }, dueAt: 0 },
      { kind: 'to-user', payload: { address: other, conversation: 'conversation2', replies: [] }, dueAt: 0 },
    ]);
    expect(await store.forgetUser('slack', 'U1')).toEqual({ conversations: 1, cases: 1 });
    expect(await store.loadConversation('conversation1')).toBeUndefined();
    expect(await store.transcript('conversation1')).toEqual([]);
    const kept = await store.getCase(1);
    expect(kept).toMatchObject({ number: 1, status: 'open', reason: 'QR keeps failing', facts: {}, path: [], transcript: [], requester: { platform: 'slack', user: 'forgotten' } });
    expect((await store.takeDue(10, 10, 1_000)).map((i) => i.payload.conversation)).toEqual(['conversation2']);
    expect(await store.loadConversation('conversation2')).toBeDefined();
  });

  it('purges conversations idle since the cut-off and the words of cases resolved before it', async () => {
    const store = await open();
    await store.saveTurn({ record: record({ updatedAt: 1_000 }), expectedRev: 0, transcript: [{ at: 1, who: 'user', text: 'old' }], openCase: handoff });
    await store.saveTurn({ record: record({ id: 'recent', updatedAt: 9_000 }), expectedRev: 0, transcript: [{ at: 9_000, who: 'user', text: 'new' }] });
    await store.updateCase(1, { status: 'resolved', resolvedAt: 2_000, comment: 'thanks' });
    expect(await store.purge(5_000)).toEqual({ conversations: 1, cases: 1 });
    expect(await store.loadConversation('conversation1')).toBeUndefined();
    expect((await store.transcript('recent')).map((l) => l.text)).toEqual(['new']);
    expect(await store.getCase(1)).toMatchObject({ facts: {}, transcript: [], path: [], status: 'resolved' });
    expect((await store.getCase(1))!.comment).toBeUndefined();
    expect(await store.purge(5_000)).toEqual({ conversations: 0, cases: 0 });
  });

  it('cancels a pending follow-up of one conversation only', async () => {
    const store = await open();
    await store.enqueue([
      { kind: 'follow-up', payload: { conversation: 'a' }, dueAt: 0 },
      { kind: 'follow-up', payload: { conversation: 'b' }, dueAt: 0 },
    ]);
    expect(await store.cancelPending('follow-up', 'a')).toBe(1);
    expect((await store.takeDue(10, 10, 1_000)).map((i) => i.payload.conversation)).toEqual(['b']);
  });
});

describe('sqlite store', () => {
  it('keeps everything in the file across a reopen', async () => {
    const file = join(tempDir(), 'reopen.db');
    const first = new SqliteStore(file);
    await first.saveTurn({ record: record(), expectedRev: 0, transcript: [{ at: 1, who: 'user', text: 'hi' }], openCase: handoff });
    await first.close();
    const second = new SqliteStore(file);
    expect(await second.loadConversation('conversation1')).toEqual(record({ caseNumber: 1 }));
    expect((await second.getCase(1))!.reason).toBe('QR keeps failing');
    await second.close();
  });
});
