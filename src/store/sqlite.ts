// The default Store: one SQLite file (WAL), zero setup. A turn is one transaction: transcript lines,
// the case it opens and the conversation row, written only if the revision is unchanged.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { PlatformId } from '../address.ts';
import { BUSY_SPIN_MS, isBusy, whileBusy } from './busy.ts';
import { CHECKPOINT_EVERY, Checkpoints } from './checkpoints.ts';
import { caseFromRow, deskKey, fromRow, outboxFromRow, outboxKeys, personKey, stateJson, turnFromRow, type CaseRow, type ConversationRow, type OutboxRow } from './rows.ts';
import {
  CASE_TRANSCRIPT_LINES,
  type Case,
  type CaseEvent,
  type CaseStatus,
  type CaseUpdate,
  type Erased,
  FORGOTTEN,
  type NewCase,
  type NewOutboxItem,
  type OutboxItem,
  type ConversationRecord,
  type SaveResult,
  type SaveTurn,
  type Store,
  type TranscriptLine,
  type TurnRow,
} from './types.ts';

/** Schema changes, applied in order; PRAGMA user_version remembers how many ran. */
const MIGRATIONS = [
  `create table conversations (
     id text primary key,
     address text not null,
     rev integer not null,
     status text not null,
     step text not null,
     flow_version text not null,
     state text not null,
     updated_at integer not null
   );
   create table transcript (
     conversation_id text not null,
     lines text not null
   );
   create index transcript_by_conversation on transcript (conversation_id);
   create table cases (
     number integer primary key autoincrement,
     conversation_id text not null,
     requester text not null,
     reason text not null,
     flow text not null,
     step text not null,
     flow_version text not null,
     path text not null,
     facts text not null,
     transcript text not null,
     status text not null,
     opened_at integer not null
   );`,
  `alter table cases add column assignee text;
   alter table cases add column desk text;
   alter table cases add column desk_key text;
   alter table cases add column desk_thread_key text;
   alter table cases add column first_response_at integer;
   alter table cases add column resolved_at integer;
   alter table cases add column rating integer;
   alter table cases add column comment text;
   create index cases_by_desk on cases (desk_key);
   create index cases_by_desk_thread on cases (desk_thread_key);
   create table case_log (
     case_number integer not null,
     at integer not null,
     status text not null,
     by text not null
   );
   create index case_log_by_case on case_log (case_number);
   insert into case_log (case_number, at, status, by) select number, opened_at, 'open', 'bot' from cases;
   create table outbox (
     id integer primary key autoincrement,
     kind text not null,
     payload text not null,
     attempts integer not null default 0,
     due_at integer not null,
     last_error text,
     done integer not null default 0
   );
   create index outbox_due on outbox (done, due_at);`,
  `alter table transcript add column at integer;
   alter table transcript add column step text;
   alter table transcript add column unsure integer not null default 0;`,
  `alter table outbox add column conversation_id text;
   alter table outbox add column person text;
   update outbox set conversation_id = json_extract(payload, '$.conversation'),
     person = json_extract(payload, '$.address.platform') || ':' || json_extract(payload, '$.address.user')
   where done = 0 and json_valid(payload);
   create index outbox_by_conversation on outbox (conversation_id) where done = 0;
   create index outbox_by_person on outbox (person) where done = 0;`,
  // One row /healthz rewrites, so a disk that takes no more writes shows as a store that is down.
  `create table health (id integer primary key, at integer not null);`,
  // A case has no desk post when it opens: its desk keys are null until then, and an index entry for a null
  // is never looked up but cost every opened case two more pages written.
  `drop index cases_by_desk;
   drop index cases_by_desk_thread;
   create index cases_by_desk on cases (desk_key) where desk_key is not null;
   create index cases_by_desk_thread on cases (desk_thread_key) where desk_thread_key is not null;`,
];

class Conflict extends Error {}

/** SQLite checkpoints by itself only past this many WAL pages: four times what the worker leaves (≤ ~32 MB). */
const FALLBACK_CHECKPOINT_PAGES = 4 * 4 * CHECKPOINT_EVERY;

export class SqliteStore implements Store {
  private db: Database.Database;
  private statements;
  private saveTx;
  private checkpoints?: Checkpoints;

  constructor(readonly file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL keeps WAL commits durable across a process crash (not a power cut) at a fraction of FULL's cost.
    this.db.pragma('synchronous = NORMAL');
    // Start-up may wait for the lock in the driver; afterwards a wait must not freeze the process (see whileBusy).
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    // A turn writes about 4 pages to the WAL (the conversation row, the transcript row and its index entry, now
    // and then a case), where a bare compare-and-set writes about 1.2. A worker checkpoints every CHECKPOINT_EVERY
    // turns (src/store/checkpoints.ts); SQLite's own checkpoint, inside a commit, is kept for when it falls behind.
    this.db.pragma(`wal_autocheckpoint = ${FALLBACK_CHECKPOINT_PAGES}`);
    if (file !== ':memory:') this.checkpoints = new Checkpoints(file);
    this.db.pragma(`busy_timeout = ${BUSY_SPIN_MS}`);
    const db = this.db;
    this.statements = {
      load: db.prepare<[string], ConversationRow>('select * from conversations where id = ?'),
      // Positional parameters: binding by name costs a property lookup per column on every turn.
      insert: db.prepare(
        `insert into conversations (id, address, rev, status, step, flow_version, state, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing`,
      ),
      update: db.prepare(
        `update conversations set rev = ?, status = ?, step = ?, flow_version = ?, state = ?, updated_at = ?
         where id = ? and rev = ?`,
      ),
      // One row a turn (its lines as JSON): a turn costs one insert however many replies it had.
      turn: db.prepare('insert into transcript (conversation_id, lines, at, step, unsure) values (?, ?, ?, ?, ?)'),
      turnsSince: db.prepare<[number], { conversation_id: string; at: number; step: string; unsure: number; lines: string }>(
        'select t.conversation_id, t.at, t.step, t.unsure, t.lines from transcript t join conversations c on c.id = t.conversation_id where t.step is not null and t.at >= ? order by t.rowid',
      ),
      // Newest first, straight off the index (its entries for one conversation are in rowid order): no sort.
      turns: db.prepare<[string, number], { lines: string }>('select lines from transcript where conversation_id = ? order by rowid desc limit ?'),
      openCase: db.prepare(
        `insert into cases (conversation_id, requester, reason, flow, step, flow_version, path, facts, transcript, status, opened_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)`,
      ),
      getCase: db.prepare<[number], CaseRow>('select * from cases where number = ?'),
      listCases: db.prepare<[], CaseRow>('select * from cases order by number'),
      listCasesBy: db.prepare<[string], CaseRow>('select * from cases where status = ? order by number'),
      caseAtDesk: db.prepare<[string, string], CaseRow>('select * from cases where desk_key = ? or desk_thread_key = ? limit 1'),
      caseLog: db.prepare<[number], CaseEvent>('select at, status, by from case_log where case_number = ? order by rowid'),
      logCase: db.prepare('insert into case_log (case_number, at, status, by) values (?, ?, ?, ?)'),
      updateCase: db.prepare(
        `update cases set status = coalesce(@status, status), assignee = coalesce(@assignee, assignee),
           desk = coalesce(@desk, desk), desk_key = coalesce(@desk_key, desk_key), desk_thread_key = coalesce(@desk_thread_key, desk_thread_key),
           first_response_at = coalesce(@first_response_at, first_response_at), resolved_at = coalesce(@resolved_at, resolved_at),
           rating = coalesce(@rating, rating), comment = coalesce(@comment, comment)
         where number = @number`,
      ),
      enqueue: db.prepare('insert into outbox (kind, payload, due_at, conversation_id, person) values (?, ?, ?, ?, ?)'),
      due: db.prepare<[number, number], OutboxRow>('select * from outbox where done = 0 and due_at <= ? order by due_at, id limit ?'),
      lease: db.prepare('update outbox set attempts = attempts + 1, due_at = ? where id = ?'),
      finish: db.prepare('update outbox set done = 1 where id = ?'),
      retry: db.prepare('update outbox set due_at = ?, last_error = ? where id = ? and done = 0'),
      appendLines: db.prepare('insert into transcript (conversation_id, lines) values (?, ?)'),
      probe: db.prepare('insert into health (id, at) values (1, ?) on conflict (id) do update set at = excluded.at'),
    };
    // One transaction a turn: its transcript row, the case it opens, its outbox items and the conversation
    // row, which is written only if the revision is unchanged (else all of it rolls back).
    this.saveTx = db.transaction((turn: SaveTurn): number | undefined => {
      const { record } = turn;
      this.appendTurn(turn);
      const caseNumber = turn.openCase ? this.openCase(turn.openCase, record.id) : undefined;
      this.push(turn.outbox ?? [], record.updatedAt, caseNumber);
      if (!this.writeConversation(record, turn.expectedRev, caseNumber)) throw new Conflict();
      return caseNumber;
    });
  }

  /** The turn's transcript lines, one row. */
  private appendTurn(turn: SaveTurn): void {
    if (!turn.transcript.length && !turn.mark) return;
    const m = turn.mark;
    this.statements.turn.run(turn.record.id, JSON.stringify(turn.transcript), m?.at ?? null, m?.step ?? null, m?.unsure ? 1 : 0);
  }

  private openCase(c: NewCase, conversationId: string): number {
    const transcript = this.lastLines(conversationId, CASE_TRANSCRIPT_LINES);
    const info = this.statements.openCase.run(
      c.conversationId,
      JSON.stringify(c.requester),
      c.reason,
      c.flow,
      c.step,
      c.flowVersion,
      JSON.stringify(c.path),
      JSON.stringify(c.facts),
      JSON.stringify(transcript),
      c.openedAt,
    );
    const caseNumber = Number(info.lastInsertRowid);
    this.statements.logCase.run(caseNumber, c.openedAt, 'open', 'bot');
    return caseNumber;
  }

  /** Compare-and-set on the revision; a new conversation (expected 0) is inserted. False if it changed meanwhile. */
  private writeConversation(record: ConversationRecord, expectedRev: number, caseNumber: number | undefined): boolean {
    const state = stateJson(caseNumber === undefined ? record : { ...record, caseNumber });
    const { id, rev, status, step, flowVersion, updatedAt } = record;
    const changed =
      expectedRev === 0
        ? this.statements.insert.run(id, JSON.stringify(record.address), rev, status, step, flowVersion, state, updatedAt).changes
        : this.statements.update.run(rev, status, step, flowVersion, state, updatedAt, id, expectedRev).changes;
    return changed === 1;
  }

  private push(items: NewOutboxItem[], now: number, caseNumber?: number): void {
    for (const item of items) {
      const payload = item.forNewCase ? { ...item.payload, case: caseNumber } : item.payload;
      const keys = outboxKeys(payload);
      this.statements.enqueue.run(item.kind, JSON.stringify(payload), item.dueAt ?? now, keys.conversation, keys.person);
    }
  }

  private migrate(): void {
    const done = this.db.pragma('user_version', { simple: true }) as number;
    for (let i = done; i < MIGRATIONS.length; i++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[i]!);
        this.db.pragma(`user_version = ${i + 1}`);
      })();
    }
  }

  /** Every call goes through here: a locked file is waited for between tries, never inside the driver. */
  private busy<T>(work: () => T): Promise<T> {
    return whileBusy(this.file, work);
  }

  async loadConversation(id: string): Promise<ConversationRecord | undefined> {
    const row = await this.busy(() => this.statements.load.get(id));
    return row && fromRow(row);
  }

  async saveTurn(turn: SaveTurn): Promise<SaveResult> {
    try {
      const caseNumber = await this.busy(() => this.saveTx(turn));
      this.checkpoints?.wrote();
      return { ok: true, caseNumber };
    } catch (err) {
      if (err instanceof Conflict) return { ok: false, reason: 'conflict' };
      throw err;
    }
  }

  async transcript(conversationId: string, limit = CASE_TRANSCRIPT_LINES): Promise<TranscriptLine[]> {
    return this.busy(() => this.lastLines(conversationId, limit));
  }

  /** The last `limit` lines; a turn holds at least one line, so `limit` rows always suffice. */
  private lastLines(conversationId: string, limit: number): TranscriptLine[] {
    const rows = this.statements.turns.all(conversationId, limit);
    const lines: TranscriptLine[] = [];
    for (let i = rows.length - 1; i >= 0; i--) for (const line of JSON.parse(rows[i]!.lines) as TranscriptLine[]) lines.push(line);
    return lines.slice(-limit);
  }

  async checkWrite(): Promise<void> {
    try {
      this.statements.probe.run(Date.now());
    } catch (err) {
      // Locked by another writer: writes work, they just wait (see whileBusy). Anything else (disk full) is down.
      if (!isBusy(err)) throw err;
    }
  }

  async getCase(number: number): Promise<Case | undefined> {
    return this.busy(() => {
      const row = this.statements.getCase.get(number);
      return row && this.caseFromRow(row);
    });
  }

  async listCases(status?: CaseStatus): Promise<Case[]> {
    return this.busy(() => {
      const rows = status ? this.statements.listCasesBy.all(status) : this.statements.listCases.all();
      return rows.map((r) => this.caseFromRow(r));
    });
  }

  private caseFromRow(row: CaseRow): Case {
    return caseFromRow(row, this.statements.caseLog.all(row.number));
  }

  async turnsSince(since: number): Promise<TurnRow[]> {
    return this.busy(() => this.statements.turnsSince.all(since).map((r) => turnFromRow(r)));
  }

  async appendTranscript(conversationId: string, lines: TranscriptLine[]): Promise<void> {
    if (lines.length) await this.busy(() => this.statements.appendLines.run(conversationId, JSON.stringify(lines)));
  }

  async caseAtDesk(platform: PlatformId, channelOrThread: string, message?: string): Promise<Case | undefined> {
    return this.busy(() => {
      const row = this.statements.caseAtDesk.get(deskKey(platform, channelOrThread, message ?? ''), deskKey(platform, channelOrThread));
      return row && this.caseFromRow(row);
    });
  }

  async updateCase(number: number, update: CaseUpdate, outbox: NewOutboxItem[] = []): Promise<Case | undefined> {
    const apply = this.db.transaction(() => {
      const d = update.desk;
      const changed = this.statements.updateCase.run({
        number,
        status: update.status ?? null,
        assignee: update.assignee ?? null,
        desk: d ? JSON.stringify(d) : null,
        desk_key: d ? deskKey(d.platform, d.channel, d.message) : null,
        desk_thread_key: d?.thread ? deskKey(d.platform, d.thread) : null,
        first_response_at: update.firstResponseAt ?? null,
        resolved_at: update.resolvedAt ?? null,
        rating: update.rating ?? null,
        comment: update.comment ?? null,
      }).changes;
      if (changed !== 1) return false;
      if (update.event) this.statements.logCase.run(number, update.event.at, update.event.status, update.event.by);
      this.push(outbox, update.event?.at ?? Date.now());
      return true;
    });
    return (await this.busy(apply)) ? this.getCase(number) : undefined;
  }

  async enqueue(items: NewOutboxItem[]): Promise<void> {
    await this.busy(() => this.db.transaction(() => this.push(items, Date.now()))());
  }

  async takeDue(now: number, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    // One transaction: two workers (or processes) never lease the same item.
    return this.busy(() =>
      this.db.transaction(() => {
        const rows = this.statements.due.all(now, limit);
        for (const r of rows) this.statements.lease.run(now + leaseMs, r.id);
        return rows.map((r) => outboxFromRow({ ...r, attempts: r.attempts + 1 }, now + leaseMs));
      })(),
    );
  }

  async finish(id: number): Promise<void> {
    await this.busy(() => this.statements.finish.run(id));
  }

  async retry(id: number, dueAt: number, error: string): Promise<void> {
    await this.busy(() => this.statements.retry.run(dueAt, error.slice(0, 500), id));
  }

  async cancelPending(kind: string, conversationId: string): Promise<number> {
    return this.busy(() => this.db.prepare('update outbox set done = 1 where done = 0 and kind = ? and conversation_id = ?').run(kind, conversationId).changes);
  }

  async forgetUser(platform: PlatformId, user: string): Promise<Erased> {
    return this.busy(this.db.transaction((): Erased => {
      const ids = this.db
        .prepare<[string, string], { id: string }>("select id from conversations where json_extract(address, '$.platform') = ? and json_extract(address, '$.user') = ?")
        .all(platform, user)
        .map((r) => r.id);
      for (const id of ids) {
        this.db.prepare('delete from transcript where conversation_id = ?').run(id);
        this.db.prepare('delete from conversations where id = ?').run(id);
      }
      const cases = this.db
        .prepare(
          `update cases set transcript = '[]', facts = '{}', path = '[]', comment = null, requester = json_set(requester, '$.user', ?)
           where json_extract(requester, '$.platform') = ? and json_extract(requester, '$.user') = ?`,
        )
        .run(FORGOTTEN, platform, user).changes;
      this.db.prepare('update outbox set done = 1 where done = 0 and person = ?').run(personKey(platform, user));
      return { conversations: ids.length, cases };
    }));
  }

  async purge(before: number): Promise<Erased> {
    return this.busy(this.db.transaction((): Erased => {
      this.db.prepare('delete from transcript where conversation_id in (select id from conversations where updated_at < ?)').run(before);
      const conversations = this.db.prepare('delete from conversations where updated_at < ?').run(before).changes;
      const cases = this.db
        .prepare(
          `update cases set transcript = '[]', facts = '{}', path = '[]', comment = null
           where resolved_at < ? and (transcript != '[]' or facts != '{}' or path != '[]')`,
        )
        .run(before).changes;
      return { conversations, cases };
    }));
  }

  /** Bytes the conversation row's columns take, for the benchmark. */
  rowBytes(id: string): number {
    const row = this.db
      .prepare<[string], { bytes: number }>(
        `select length(id) + length(address) + length(status) + length(step) + length(flow_version) + length(state) + 16 as bytes
         from conversations where id = ?`,
      )
      .get(id);
    return row?.bytes ?? 0;
  }

  async close(): Promise<void> {
    await this.checkpoints?.close();
    this.db.close();
  }
}
