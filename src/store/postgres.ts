// The Store on PostgreSQL, for several bot processes sharing one database (Slack HTTP instances behind a
// load balancer, discord.js shards). Same contract and row layout as SQLite; migrations run under a lock.
import pg from 'pg';
import type { PlatformId } from '../address.ts';
import { caseFromRow, deskKey, fromRow, outboxFromRow, outboxKeys, personKey, toRow, turnFromRow, type CaseRow, type ConversationRow, type OutboxRow } from './rows.ts';
import {
  CASE_TRANSCRIPT_LINES,
  type Case,
  type CaseEvent,
  type CaseStatus,
  type CaseUpdate,
  type Erased,
  FORGOTTEN,
  type ConversationRecord,
  type NewOutboxItem,
  type OutboxItem,
  type SaveResult,
  type SaveTurn,
  type Store,
  type TranscriptLine,
  type TurnRow,
} from './types.ts';

// int8 columns (times in ms) come back as numbers: every value we keep fits a double exactly.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** Schema changes in order; the `shoplink_migrations` table remembers which ran. */
const MIGRATIONS = [
  `create table conversations (
     id text primary key,
     address text not null,
     rev integer not null,
     status text not null,
     step text not null,
     flow_version text not null,
     state text not null,
     updated_at bigint not null
   );
   create table transcript (
     id bigserial primary key,
     conversation_id text not null,
     lines text not null
   );
   create index transcript_by_conversation on transcript (conversation_id, id);
   create table cases (
     number bigserial primary key,
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
     opened_at bigint not null,
     assignee text,
     desk text,
     desk_key text,
     desk_thread_key text,
     first_response_at bigint,
     resolved_at bigint,
     rating integer,
     comment text
   );
   create index cases_by_desk on cases (desk_key);
   create index cases_by_desk_thread on cases (desk_thread_key);
   create table case_log (
     id bigserial primary key,
     case_number bigint not null,
     at bigint not null,
     status text not null,
     by text not null
   );
   create index case_log_by_case on case_log (case_number, id);
   create table outbox (
     id bigserial primary key,
     kind text not null,
     payload text not null,
     attempts integer not null default 0,
     due_at bigint not null,
     last_error text,
     done boolean not null default false
   );
   create index outbox_due on outbox (due_at) where not done;`,
  `alter table transcript add column at bigint;
   alter table transcript add column step text;
   alter table transcript add column unsure boolean not null default false;`,
  // Rows whose JSON PostgreSQL cannot read (a NUL or a lone surrogate escaped in it) are left without keys.
  `alter table outbox add column conversation_id text;
   alter table outbox add column person text;
   update outbox set conversation_id = payload::json->>'conversation',
     person = (payload::json->'address'->>'platform') || ':' || (payload::json->'address'->>'user')
   where not done and payload !~ '\\\\u(0000|[dD][89a-fA-F])';
   create index outbox_by_conversation on outbox (conversation_id) where not done;
   create index outbox_by_person on outbox (person) where not done;`,
  // One row /healthz rewrites, so a database that takes no more writes (disk full, read-only) shows as down.
  `create table health (id integer primary key, at bigint not null);`,
  // A case has no desk post when it opens: index only the desk keys that are set (a null is never looked up).
  `drop index cases_by_desk;
   drop index cases_by_desk_thread;
   create index cases_by_desk on cases (desk_key) where desk_key is not null;
   create index cases_by_desk_thread on cases (desk_thread_key) where desk_thread_key is not null;`,
];

/** Any constant: the advisory lock that lets one process at a time run migrations. */
const MIGRATION_LOCK = 7_311_226;

class Conflict extends Error {}

type Query = Pick<pg.PoolClient, 'query'>;

export interface PostgresOptions {
  /** A schema to use instead of `public` (tests use one each, so they never see each other's rows). */
  schema?: string;
  /** Connections in the pool. */
  max?: number;
}

/**
 * Every wait is bounded, so one user's locked row or a slow server fails that user's turn (they are asked to
 * try again) instead of holding the pool everyone shares: a turn waits at most this long for a connection,
 */
export const ACQUIRE_TIMEOUT_MS = 5_000;
/** for a row another transaction holds, */
export const LOCK_TIMEOUT_MS = 3_000;
/** and for any one statement; a transaction left open by a stuck process is ended after IDLE_IN_TRANSACTION_MS. */
export const STATEMENT_TIMEOUT_MS = 10_000;
const IDLE_IN_TRANSACTION_MS = 30_000;

export class PostgresStore implements Store {
  private pool: pg.Pool;
  private migrated?: Promise<void>;

  constructor(url: string, private o: PostgresOptions = {}) {
    this.pool = new pg.Pool({
      connectionString: url,
      max: o.max ?? 10,
      connectionTimeoutMillis: ACQUIRE_TIMEOUT_MS,
      lock_timeout: LOCK_TIMEOUT_MS,
      statement_timeout: STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
      ...(o.schema ? { options: `-c search_path=${o.schema}` } : {}),
    });
    // A dropped idle connection must not crash the process; the pool replaces it.
    this.pool.on('error', () => undefined);
    // A database down at start is no crash: calls fail (and /healthz says so) until it answers, then it is migrated.
    this.ready().catch(() => undefined);
  }

  /** The schema is up to date: migrated once, or tried again by the next call when the last try failed. */
  private ready(): Promise<void> {
    if (!this.migrated) {
      const attempt = this.migrate();
      this.migrated = attempt;
      attempt.catch(() => {
        if (this.migrated === attempt) this.migrated = undefined;
      });
    }
    return this.migrated;
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (db) => {
      await db.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      if (this.o.schema) await db.query(`create schema if not exists "${this.o.schema}"`);
      await db.query('create table if not exists shoplink_migrations (version integer primary key, at timestamptz not null default now())');
      const { rows } = await db.query<{ version: number }>('select coalesce(max(version), 0) as version from shoplink_migrations');
      for (let v = rows[0]!.version; v < MIGRATIONS.length; v++) {
        await db.query(MIGRATIONS[v]!);
        await db.query('insert into shoplink_migrations (version) values ($1)', [v + 1]);
      }
    }, false);
  }

  private async transaction<T>(work: (db: Query) => Promise<T>, waitForMigrations = true): Promise<T> {
    if (waitForMigrations) await this.ready();
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (err) {
      await client.query('rollback').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    await this.ready();
    return (await this.pool.query<R>(sql, params)).rows;
  }

  async loadConversation(id: string): Promise<ConversationRecord | undefined> {
    await this.ready();
    // Named, so each connection parses and plans it once: it runs on every turn. The columns are listed: a
    // prepared `select *` fails once a later migration adds a column.
    const { rows } = await this.pool.query<ConversationRow>({
      name: 'load-conversation',
      text: 'select id, address, rev, status, step, flow_version, state, updated_at from conversations where id = $1',
      values: [id],
    });
    const row = rows[0];
    return row && fromRow(row);
  }

  async saveTurn(turn: SaveTurn): Promise<SaveResult> {
    if (!turn.openCase && !turn.outbox?.length) return this.saveSimpleTurn(turn);
    try {
      const caseNumber = await this.transaction(async (db) => {
        const { record } = turn;
        if (turn.transcript.length || turn.mark) {
          const m = turn.mark;
          await db.query('insert into transcript (conversation_id, lines, at, step, unsure) values ($1, $2, $3, $4, $5)', [
            record.id,
            JSON.stringify(turn.transcript),
            m?.at ?? null,
            m?.step ?? null,
            Boolean(m?.unsure),
          ]);
        }
        let caseNumber: number | undefined;
        if (turn.openCase) {
          const c = turn.openCase;
          const transcript = await this.lastLines(db, record.id, CASE_TRANSCRIPT_LINES);
          const { rows } = await db.query<{ number: number }>(
            `insert into cases (conversation_id, requester, reason, flow, step, flow_version, path, facts, transcript, status, opened_at)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10) returning number`,
            [c.conversationId, JSON.stringify(c.requester), c.reason, c.flow, c.step, c.flowVersion, JSON.stringify(c.path), JSON.stringify(c.facts), JSON.stringify(transcript), c.openedAt],
          );
          caseNumber = Number(rows[0]!.number);
          await db.query('insert into case_log (case_number, at, status, by) values ($1, $2, $3, $4)', [caseNumber, c.openedAt, 'open', 'bot']);
        }
        await this.push(db, turn.outbox ?? [], record.updatedAt, caseNumber);
        const r = toRow({ ...record, caseNumber: caseNumber ?? record.caseNumber });
        const values = [r.id, r.address, r.rev, r.status, r.step, r.flow_version, r.state, r.updated_at];
        const result =
          turn.expectedRev === 0
            ? await db.query(
                `insert into conversations (id, address, rev, status, step, flow_version, state, updated_at)
                 values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (id) do nothing`,
                values,
              )
            : await db.query(
                `update conversations set rev = $2, status = $3, step = $4, flow_version = $5, state = $6, updated_at = $7
                 where id = $1 and rev = $8`,
                [r.id, r.rev, r.status, r.step, r.flow_version, r.state, r.updated_at, turn.expectedRev],
              );
        if (result.rowCount !== 1) throw new Conflict();
        return caseNumber;
      });
      return { ok: true, caseNumber };
    } catch (err) {
      if (err instanceof Conflict) return { ok: false, reason: 'conflict' };
      throw err;
    }
  }

  /**
   * Most turns write only their transcript row and the conversation row: one statement does both, the row
   * by compare-and-set and the transcript only if it was written, so a turn costs two round trips (load,
   * save) instead of five (load, begin, insert, update, commit). One statement is one transaction.
   */
  private async saveSimpleTurn(turn: SaveTurn): Promise<SaveResult> {
    await this.ready();
    const r = toRow(turn.record);
    const values: unknown[] = [r.id, r.rev, r.status, r.step, r.flow_version, r.state, r.updated_at];
    // $8: the revision expected, or the address of a new conversation.
    const write =
      turn.expectedRev === 0
        ? `insert into conversations (id, address, rev, status, step, flow_version, state, updated_at)
           values ($1, $8, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing returning id`
        : `update conversations set rev = $2, status = $3, step = $4, flow_version = $5, state = $6, updated_at = $7
           where id = $1 and rev = $8 returning id`;
    values.push(turn.expectedRev === 0 ? r.address : turn.expectedRev);
    let sql = write;
    let name = turn.expectedRev === 0 ? 'insert-conversation' : 'update-conversation';
    if (turn.transcript.length || turn.mark) {
      name += '-with-transcript';
      const m = turn.mark;
      sql = `with saved as (${write})
        insert into transcript (conversation_id, lines, at, step, unsure)
        select id, $9::text, $10::bigint, $11::text, $12::boolean from saved`;
      values.push(JSON.stringify(turn.transcript), m?.at ?? null, m?.step ?? null, Boolean(m?.unsure));
    }
    // Named, as the load: four shapes in all, each parsed and planned once per connection.
    const result = await this.pool.query({ name, text: sql, values });
    return result.rowCount === 1 ? { ok: true } : { ok: false, reason: 'conflict' };
  }

  private async push(db: Query, items: NewOutboxItem[], now: number, caseNumber?: number): Promise<void> {
    for (const item of items) {
      const payload = item.forNewCase ? { ...item.payload, case: caseNumber } : item.payload;
      const keys = outboxKeys(payload);
      await db.query('insert into outbox (kind, payload, due_at, conversation_id, person) values ($1, $2, $3, $4, $5)', [
        item.kind,
        JSON.stringify(payload),
        item.dueAt ?? now,
        keys.conversation,
        keys.person,
      ]);
    }
  }

  private async lastLines(db: Query, conversationId: string, limit: number): Promise<TranscriptLine[]> {
    const { rows } = await db.query<{ lines: string }>(
      'select lines from (select id, lines from transcript where conversation_id = $1 order by id desc limit $2) t order by id',
      [conversationId, limit],
    );
    return rows.flatMap((r) => JSON.parse(r.lines) as TranscriptLine[]).slice(-limit);
  }

  async transcript(conversationId: string, limit = CASE_TRANSCRIPT_LINES): Promise<TranscriptLine[]> {
    await this.ready();
    return this.lastLines(this.pool, conversationId, limit);
  }

  async turnsSince(since: number): Promise<TurnRow[]> {
    const rows = await this.query<{ conversation_id: string; at: number; step: string; unsure: boolean; lines: string }>(
      'select t.conversation_id, t.at, t.step, t.unsure, t.lines from transcript t join conversations c on c.id = t.conversation_id where t.step is not null and t.at >= $1 order by t.id',
      [since],
    );
    return rows.map((r) => turnFromRow(r));
  }

  async appendTranscript(conversationId: string, lines: TranscriptLine[]): Promise<void> {
    if (lines.length) await this.query('insert into transcript (conversation_id, lines) values ($1, $2)', [conversationId, JSON.stringify(lines)]);
  }

  private async withLog(rows: CaseRow[]): Promise<Case[]> {
    if (rows.length === 0) return [];
    const events = await this.query<CaseEvent & { case_number: number }>(
      'select case_number, at, status, by from case_log where case_number = any($1) order by id',
      [rows.map((r) => r.number)],
    );
    return rows.map((r) =>
      caseFromRow(
        { ...r, number: Number(r.number) },
        events.filter((e) => Number(e.case_number) === Number(r.number)).map(({ at, status, by }) => ({ at, status, by })),
      ),
    );
  }

  async checkWrite(): Promise<void> {
    await this.query('insert into health (id, at) values (1, $1) on conflict (id) do update set at = excluded.at', [Date.now()]);
  }

  async getCase(number: number): Promise<Case | undefined> {
    const rows = await this.query<CaseRow>('select * from cases where number = $1', [number]);
    return (await this.withLog(rows))[0];
  }

  async listCases(status?: CaseStatus): Promise<Case[]> {
    const rows = status
      ? await this.query<CaseRow>('select * from cases where status = $1 order by number', [status])
      : await this.query<CaseRow>('select * from cases order by number');
    return this.withLog(rows);
  }

  async caseAtDesk(platform: PlatformId, channelOrThread: string, message?: string): Promise<Case | undefined> {
    const rows = await this.query<CaseRow>('select * from cases where desk_key = $1 or desk_thread_key = $2 limit 1', [
      deskKey(platform, channelOrThread, message ?? ''),
      deskKey(platform, channelOrThread),
    ]);
    return (await this.withLog(rows))[0];
  }

  async updateCase(number: number, update: CaseUpdate, outbox: NewOutboxItem[] = []): Promise<Case | undefined> {
    const d = update.desk;
    const changed = await this.transaction(async (db) => {
      const result = await db.query(
        `update cases set status = coalesce($2, status), assignee = coalesce($3, assignee), desk = coalesce($4, desk),
           desk_key = coalesce($5, desk_key), desk_thread_key = coalesce($6, desk_thread_key),
           first_response_at = coalesce($7, first_response_at), resolved_at = coalesce($8, resolved_at),
           rating = coalesce($9, rating), comment = coalesce($10, comment)
         where number = $1`,
        [
          number,
          update.status ?? null,
          update.assignee ?? null,
          d ? JSON.stringify(d) : null,
          d ? deskKey(d.platform, d.channel, d.message) : null,
          d?.thread ? deskKey(d.platform, d.thread) : null,
          update.firstResponseAt ?? null,
          update.resolvedAt ?? null,
          update.rating ?? null,
          update.comment ?? null,
        ],
      );
      if (result.rowCount !== 1) return false;
      if (update.event) await db.query('insert into case_log (case_number, at, status, by) values ($1, $2, $3, $4)', [number, update.event.at, update.event.status, update.event.by]);
      await this.push(db, outbox, update.event?.at ?? Date.now());
      return true;
    });
    return changed ? this.getCase(number) : undefined;
  }

  async enqueue(items: NewOutboxItem[]): Promise<void> {
    await this.transaction((db) => this.push(db, items, Date.now()));
  }

  async takeDue(now: number, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    // SKIP LOCKED: processes polling at once each take different items, none waits on another.
    const rows = await this.query<OutboxRow>(
      `update outbox set attempts = attempts + 1, due_at = $2
       where id in (select id from outbox where not done and due_at <= $1 order by due_at, id limit $3 for update skip locked)
       returning *`,
      [now, now + leaseMs, limit],
    );
    return rows.sort((a, b) => Number(a.id) - Number(b.id)).map((r) => outboxFromRow(r, now + leaseMs));
  }

  async finish(id: number): Promise<void> {
    await this.query('update outbox set done = true where id = $1', [id]);
  }

  async retry(id: number, dueAt: number, error: string): Promise<void> {
    await this.query('update outbox set due_at = $2, last_error = $3 where id = $1 and not done', [id, dueAt, error.slice(0, 500)]);
  }

  async cancelPending(kind: string, conversationId: string): Promise<number> {
    await this.ready();
    const r = await this.pool.query('update outbox set done = true where not done and kind = $1 and conversation_id = $2', [kind, conversationId]);
    return r.rowCount ?? 0;
  }

  async forgetUser(platform: PlatformId, user: string): Promise<Erased> {
    return this.transaction(async (db) => {
      const { rows } = await db.query<{ id: string }>(
        "delete from conversations where address::json->>'platform' = $1 and address::json->>'user' = $2 returning id",
        [platform, user],
      );
      const ids = rows.map((r) => r.id);
      await db.query('delete from transcript where conversation_id = any($1)', [ids]);
      const cases = await db.query(
        `update cases set transcript = '[]', facts = '{}', path = '[]', comment = null,
           requester = jsonb_set(requester::jsonb, '{user}', to_jsonb($3::text))::text
         where requester::json->>'platform' = $1 and requester::json->>'user' = $2`,
        [platform, user, FORGOTTEN],
      );
      await db.query('update outbox set done = true where not done and person = $1', [personKey(platform, user)]);
      return { conversations: ids.length, cases: cases.rowCount ?? 0 };
    });
  }

  async purge(before: number): Promise<Erased> {
    return this.transaction(async (db) => {
      const { rows } = await db.query<{ id: string }>('delete from conversations where updated_at < $1 returning id', [before]);
      await db.query('delete from transcript where conversation_id = any($1)', [rows.map((r) => r.id)]);
      const cases = await db.query(
        `update cases set transcript = '[]', facts = '{}', path = '[]', comment = null
         where resolved_at < $1 and (transcript <> '[]' or facts <> '{}' or path <> '[]')`,
        [before],
      );
      return { conversations: rows.length, cases: cases.rowCount ?? 0 };
    });
  }

  async close(): Promise<void> {
    await this.migrated?.catch(() => undefined);
    await this.pool.end();
  }
}
