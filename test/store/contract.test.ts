// One contract, every backend: the same suite runs against the memory store and a real SQLite file.
// (PostgreSQL joins this list when it arrives.)
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { ConversationRecord, NewCase, Store } from '../../src/store/types.ts';
import { tempDir } from '../support.ts';

const backends: [string, () => Store][] = [
  ['memory', () => new MemoryStore()],
  ['sqlite', () => new SqliteStore(join(tempDir(), 'contract.db'))],
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
    const store = open();
    expect(await store.saveTurn({ record: record(), expectedRev: 0, transcript: [] })).toEqual({ ok: true });
    expect(await store.loadConversation('conversation1')).toEqual(record());
    expect(await store.saveTurn({ record: record(), expectedRev: 0, transcript: [] })).toEqual({ ok: false, reason: 'conflict' });
    expect(await store.loadConversation('missing')).toBeUndefined();
  });

  it('applies a turn only when the revision is unchanged, and a refused turn leaves no trace', async () => {
    const store = open();
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
    const store = open();
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
