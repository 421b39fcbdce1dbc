// The floor a shoplink turn is compared with: plain xstate + better-sqlite3, no shoplink code. One turn
// restores an actor from the stored JSON, sends one event, persists, on a WAL read and a CAS write.
import Database from 'better-sqlite3';
import { assign, createActor, setup } from 'xstate';

/** Steps of the bare machine's one flow: a ring, so a conversation can take any number of turns. */
const STEPS = 8;
/** Path entries kept, as shoplink keeps its recent path: the row stays about the size of a real one. */
const KEEP = 40;

interface Context {
  facts: Record<string, string>;
  path: { step: string; answer?: string }[];
  seq: number;
}

const bareMachine = setup({
  types: { context: {} as Context, events: {} as { type: 'pick'; label: string } },
  actions: {
    enter: assign(({ context }, params: { step: string }) => ({ path: [...context.path, { step: params.step }].slice(-KEEP), seq: context.seq + 1 })),
  },
}).createMachine({
  id: 'bare',
  context: { facts: { role: 'seller', region: 'us' }, path: [], seq: 0 },
  initial: 'flow',
  states: {
    flow: {
      initial: 's0',
      states: Object.fromEntries(
        Array.from({ length: STEPS }, (_, i) => [
          `s${i}`,
          { entry: { type: 'enter', params: { step: `flow.s${i}` } }, on: { pick: { target: `s${(i + 1) % STEPS}` } } },
        ]),
      ),
    },
  },
});

/** A SQLite file set up as shoplink's (WAL, synchronous NORMAL), with one table of persisted actors. */
export class BareTurns {
  private db: Database.Database;
  private read;
  private insert;
  private cas;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec('create table if not exists actors (id text primary key, rev integer not null, state text not null)');
    this.read = this.db.prepare<[string], { rev: number; state: string }>('select rev, state from actors where id = ?');
    this.insert = this.db.prepare('insert into actors (id, rev, state) values (?, 1, ?)');
    this.cas = this.db.prepare('update actors set rev = ?, state = ? where id = ? and rev = ?');
  }

  /** One turn of the conversation `id`; its first turn creates it. */
  turn(id: string, label: string): void {
    const row = this.read.get(id);
    if (!row) {
      const actor = createActor(bareMachine).start();
      this.insert.run(id, JSON.stringify(actor.getPersistedSnapshot()));
      actor.stop();
      return;
    }
    const actor = createActor(bareMachine, { snapshot: JSON.parse(row.state) }).start();
    actor.send({ type: 'pick', label });
    const state = JSON.stringify(actor.getPersistedSnapshot());
    actor.stop();
    if (this.cas.run(row.rev + 1, state, id, row.rev).changes !== 1) throw new Error(`conversation ${id} changed under the bare turn`);
  }

  close(): void {
    this.db.close();
  }
}
