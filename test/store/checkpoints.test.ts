// A busy SQLite store checkpoints its write-ahead log on a worker thread: every turn is still in the file,
// and closing the store ends the worker first, so the file is left whole with no log beside it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CHECKPOINT_EVERY } from '../../src/store/checkpoints.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { address, engine, tempDir } from '../support.ts';

describe('checkpoints of a busy SQLite store', () => {
  it('keep every turn, and closing leaves the database whole', { timeout: 60_000 }, async () => {
    const file = join(tempDir(), 'busy.db');
    const store = new SqliteStore(file);
    const conversations = engine(store);
    const people = Math.ceil((3 * CHECKPOINT_EVERY) / 2);
    for (let i = 0; i < people; i++) {
      const where = address({ user: `U${i}`, thread: `${i}.0` });
      await conversations.handle(where, { type: 'start' });
      const turn = await conversations.handle(where, { type: 'text', text: 'start over' });
      expect(turn.refused).toBeUndefined();
    }
    await store.close();

    expect(existsSync(`${file}-wal`)).toBe(false);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('select count(*) as n from conversations').get()).toEqual({ n: people });
    expect(db.prepare('select count(*) as n from transcript').get()).toEqual({ n: 2 * people });
    db.close();
  });
});
