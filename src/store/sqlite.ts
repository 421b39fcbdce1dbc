// The default Store: one SQLite file (WAL), zero setup. A turn is one transaction: transcript lines,
// the case it opens and the conversation row, written only if the revision is unchanged.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  CASE_TRANSCRIPT_LINES,
  type Case,
  type CaseStatus,
  type ConversationRecord,
  type SaveResult,
  type SaveTurn,
  type Store,
  type TranscriptLine,
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
];

interface ConversationRow {
  id: string;
  address: string;
  rev: number;
  status: ConversationRecord['status'];
  step: string;
  flow_version: string;
  state: string;
  updated_at: number;
}

interface CaseRow {
  number: number;
  conversation_id: string;
  requester: string;
  reason: string;
  flow: string;
  step: string;
  flow_version: string;
  path: string;
  facts: string;
  transcript: string;
  status: CaseStatus;
  opened_at: number;
}

class Conflict extends Error {}

export class SqliteStore implements Store {
  private db: Database.Database;
  private statements;
  private saveTx;

  constructor(readonly file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL keeps WAL commits durable across a process crash (not a power cut) at a fraction of FULL's cost.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    const db = this.db;
    this.statements = {
      load: db.prepare<[string], ConversationRow>('select * from conversations where id = ?'),
      insert: db.prepare(
        `insert into conversations (id, address, rev, status, step, flow_version, state, updated_at)
         values (@id, @address, @rev, @status, @step, @flow_version, @state, @updated_at) on conflict (id) do nothing`,
      ),
      update: db.prepare(
        `update conversations set rev = @rev, status = @status, step = @step, flow_version = @flow_version,
           state = @state, updated_at = @updated_at where id = @id and rev = @expected`,
      ),
      // One row a turn (its lines as JSON): a turn costs one insert however many replies it had.
      turn: db.prepare('insert into transcript (conversation_id, lines) values (?, ?)'),
      turns: db.prepare<[string, number], { lines: string }>(
        'select lines from (select rowid, lines from transcript where conversation_id = ? order by rowid desc limit ?) order by rowid',
      ),
      openCase: db.prepare(
        `insert into cases (conversation_id, requester, reason, flow, step, flow_version, path, facts, transcript, status, opened_at)
         values (@conversation_id, @requester, @reason, @flow, @step, @flow_version, @path, @facts, @transcript, 'open', @opened_at)`,
      ),
      getCase: db.prepare<[number], CaseRow>('select * from cases where number = ?'),
      listCases: db.prepare<[], CaseRow>('select * from cases order by number'),
      listCasesBy: db.prepare<[string], CaseRow>('select * from cases where status = ? order by number'),
    };
    this.saveTx = db.transaction((turn: SaveTurn): number | undefined => {
      const { record } = turn;
      if (turn.transcript.length) this.statements.turn.run(record.id, JSON.stringify(turn.transcript));
      let caseNumber: number | undefined;
      if (turn.openCase) {
        const c = turn.openCase;
        const transcript = this.lastLines(record.id, CASE_TRANSCRIPT_LINES);
        const info = this.statements.openCase.run({
          conversation_id: c.conversationId,
          requester: JSON.stringify(c.requester),
          reason: c.reason,
          flow: c.flow,
          step: c.step,
          flow_version: c.flowVersion,
          path: JSON.stringify(c.path),
          facts: JSON.stringify(c.facts),
          transcript: JSON.stringify(transcript),
          opened_at: c.openedAt,
        });
        caseNumber = Number(info.lastInsertRowid);
      }
      const row = toRow({ ...record, caseNumber: caseNumber ?? record.caseNumber });
      const changed =
        turn.expectedRev === 0
          ? this.statements.insert.run(row).changes
          : this.statements.update.run({ ...row, expected: turn.expectedRev }).changes;
      if (changed !== 1) throw new Conflict();
      return caseNumber;
    });
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

  async loadConversation(id: string): Promise<ConversationRecord | undefined> {
    const row = this.statements.load.get(id);
    return row && fromRow(row);
  }

  async saveTurn(turn: SaveTurn): Promise<SaveResult> {
    try {
      const caseNumber = this.saveTx(turn);
      return { ok: true, caseNumber };
    } catch (err) {
      if (err instanceof Conflict) return { ok: false, reason: 'conflict' };
      throw err;
    }
  }

  async transcript(conversationId: string, limit = CASE_TRANSCRIPT_LINES): Promise<TranscriptLine[]> {
    return this.lastLines(conversationId, limit);
  }

  /** The last `limit` lines; a turn holds at least one line, so `limit` rows always suffice. */
  private lastLines(conversationId: string, limit: number): TranscriptLine[] {
    const rows = this.statements.turns.all(conversationId, limit);
    return rows.flatMap((r) => JSON.parse(r.lines) as TranscriptLine[]).slice(-limit);
  }

  async getCase(number: number): Promise<Case | undefined> {
    const row = this.statements.getCase.get(number);
    return row && caseFromRow(row);
  }

  async listCases(status?: CaseStatus): Promise<Case[]> {
    const rows = status ? this.statements.listCasesBy.all(status) : this.statements.listCases.all();
    return rows.map(caseFromRow);
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
    this.db.close();
  }
}

function toRow(r: ConversationRecord): ConversationRow {
  return {
    id: r.id,
    address: JSON.stringify(r.address),
    rev: r.rev,
    status: r.status,
    step: r.step,
    flow_version: r.flowVersion,
    state: JSON.stringify({ facts: r.facts, path: r.path, seq: r.seq, lastPress: r.lastPress, caseNumber: r.caseNumber }),
    updated_at: r.updatedAt,
  };
}

function fromRow(row: ConversationRow): ConversationRecord {
  const state = JSON.parse(row.state) as Pick<ConversationRecord, 'facts' | 'path' | 'seq' | 'lastPress' | 'caseNumber'>;
  return {
    id: row.id,
    address: JSON.parse(row.address),
    rev: row.rev,
    status: row.status,
    step: row.step,
    flowVersion: row.flow_version,
    ...state,
    updatedAt: row.updated_at,
  };
}

function caseFromRow(row: CaseRow): Case {
  return {
    number: row.number,
    conversationId: row.conversation_id,
    requester: JSON.parse(row.requester),
    reason: row.reason,
    flow: row.flow,
    step: row.step,
    flowVersion: row.flow_version,
    path: JSON.parse(row.path),
    facts: JSON.parse(row.facts),
    transcript: JSON.parse(row.transcript),
    status: row.status,
    openedAt: row.opened_at,
  };
}
