// Scale benchmark: turns per second on PostgreSQL with one and with two bot processes sharing it, and
// resume latency (load → turn → save) with 100,000 stored conversations on SQLite and PostgreSQL. Prints figures.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { conversationIdOf, type Address } from '../../src/address.ts';
import { Conversations } from '../../src/conversation/conversation.ts';
import { encodeAction } from '../../src/conversation/action.ts';
import { openFlows } from '../../src/platforms/open-flows.ts';
import { toRow } from '../../src/store/rows.ts';
import { PostgresStore } from '../../src/store/postgres.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { ConversationRecord, Store } from '../../src/store/types.ts';
import { ms, row, summary } from './stats.ts';
import { postgresStore, tempDir, TEST_DATABASE_URL } from '../support.ts';

const FLOWS = fileURLToPath(new URL('../../flows', import.meta.url));
const STORED = Number(process.env.BENCH_STORED ?? 100_000);
const RESUMES = 2_000;
/** Conversations each process drives at once, and turns in all. */
const CONCURRENT = 16;
const TURNS_PER_PROCESS = Number(process.env.BENCH_PG_TURNS ?? 4_000);

const where = (i: number): Address => ({ platform: 'slack', workspace: 'T1', channel: `D${i}`, user: `U${i}` });

/** A conversation waiting at qr-failure.restart-app, as thousands of real ones would. */
function waiting(i: number, now: number): ConversationRecord {
  return {
    id: conversationIdOf(where(i)),
    address: where(i),
    rev: 3,
    status: 'active',
    step: 'qr-failure.restart-app',
    flowVersion: openFlowsOnce().flows.get('qr-failure')!.version,
    facts: { 'qr-symptom': 'no-scan' },
    path: [{ step: 'menu.welcome', answer: "Something isn't working" }, { step: 'qr-failure.what-happens', answer: "The QR code won't scan" }, { step: 'qr-failure.restart-app' }],
    seq: 3,
    updatedAt: now,
  };
}

let flowsCache: ReturnType<typeof openFlows> | undefined;
const openFlowsOnce = () => (flowsCache ??= openFlows(FLOWS));

async function fillSqlite(store: SqliteStore, n: number): Promise<void> {
  const db = (store as unknown as { db: import('better-sqlite3').Database }).db;
  const insert = db.prepare('insert into conversations (id, address, rev, status, step, flow_version, state, updated_at) values (@id, @address, @rev, @status, @step, @flow_version, @state, @updated_at)');
  db.transaction(() => {
    for (let i = 0; i < n; i++) insert.run(toRow(waiting(i, Date.now())));
  })();
}

async function fillPostgres(url: string, schema: string, n: number): Promise<void> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  for (let start = 0; start < n; start += 5_000) {
    const rows = Array.from({ length: Math.min(5_000, n - start) }, (_, k) => toRow(waiting(start + k, Date.now())));
    await client.query(
      `insert into conversations (id, address, rev, status, step, flow_version, state, updated_at)
       select * from unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[])`,
      [rows.map((r) => r.id), rows.map((r) => r.address), rows.map((r) => r.rev), rows.map((r) => r.status), rows.map((r) => r.step), rows.map((r) => r.flow_version), rows.map((r) => r.state), rows.map((r) => r.updated_at)],
    );
  }
  await client.end();
}

/** Resumes random stored conversations one at a time: one press each, timed. */
async function resume(store: Store, label: string): Promise<void> {
  const conversations = new Conversations(openFlowsOnce(), store);
  const latencies: number[] = [];
  for (let k = 0; k < RESUMES; k++) {
    const i = Math.floor(Math.random() * STORED);
    const action = encodeAction({ conversation: conversationIdOf(where(i)), rev: 3, choice: 1 });
    const t = performance.now();
    const turn = await conversations.handle(where(i), { type: 'press', action });
    latencies.push(performance.now() - t);
    if (turn.refused && turn.refused !== 'duplicate' && turn.refused !== 'stale') throw new Error(`resume refused: ${turn.refused}`);
  }
  const s = summary(latencies);
  row(`${label}: resume p50 (${STORED.toLocaleString('en')} stored)`, ms(s.p50));
  row(`${label}: resume p99`, ms(s.p99), 'target ≤ 5 ms');
}

/** CPU seconds a process on this machine has used (user + system), from /proc; 0 where there is no /proc. */
function cpuSecondsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}

/** The CPU seconds the PostgreSQL server processes serving this worker's connections have used so far. */
async function serverCpuSeconds(url: string, name: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ pid: number }>('select pid from pg_stat_activity where application_name = $1 and pid <> pg_backend_pid()', [name]);
  await client.end();
  return rows.reduce((sum, r) => sum + cpuSecondsOf(r.pid), 0);
}

/** In a child process: drive CONCURRENT conversations to TURNS_PER_PROCESS turns on PostgreSQL; report turns/s. */
async function worker(url: string, offset: number): Promise<void> {
  // Its connections carry a name, so the server's CPU for them can be read from their processes.
  const name = `shoplink-bench-${process.pid}`;
  const named = new URL(url);
  named.searchParams.set('application_name', name);
  url = named.toString();
  const store = new PostgresStore(url);
  const conversations = new Conversations(openFlowsOnce(), store);
  await store.loadConversation('-');
  let done = 0;
  const lane = async (l: number) => {
    let n = 0;
    while (done < TURNS_PER_PROCESS) {
      const address = where(offset + l * 1_000_000 + n++);
      const start = await conversations.handle(address, { type: 'text', text: "my qr code won't scan" });
      done++;
      let buttons = start.replies.findLast((r) => r.buttons)?.buttons ?? [];
      for (let k = 0; k < 3 && buttons.length; k++) {
        const turn = await conversations.handle(address, { type: 'press', action: buttons[0]!.action });
        done++;
        buttons = turn.replies.findLast((r) => r.buttons)?.buttons ?? [];
      }
    }
  };
  // Every connection open and warm before the clock starts, so the server's CPU for them is all turns.
  await Promise.all(Array.from({ length: CONCURRENT }, (_, l) => conversations.handle(where(offset + 900_000_000 + l), { type: 'start' })));
  process.send!({ ready: true });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  const serverBefore = await serverCpuSeconds(url, name);
  const cpu = process.cpuUsage();
  const t = performance.now();
  await Promise.all(Array.from({ length: CONCURRENT }, (_, l) => lane(l)));
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const serverSeconds = (await serverCpuSeconds(url, name)) - serverBefore;
  process.send!({ turns: done, seconds, clientCpuUs: (used.user + used.system) / done, serverCpuUs: (serverSeconds * 1e6) / done });
  await store.close();
}

interface WorkerResult {
  turns: number;
  /** CPU microseconds per turn: the bot process's, and the PostgreSQL server processes' serving it. */
  clientCpuUs: number;
  serverCpuUs: number;
}

/** Turns/s of `processes` worker processes on one database; `synchronousCommit` as in PostgreSQL's setting. */
async function pgThroughput(processes: number, synchronousCommit: 'on' | 'off'): Promise<{ perSecond: number; clientCpuUs: number; serverCpuUs: number }> {
  const store = await postgresStore();
  await store.loadConversation('-');
  const schema = (store as unknown as { o: { schema: string } }).o.schema;
  // The same knob a deployment sets in DATABASE_URL: ?options=-c synchronous_commit=off
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema} -c synchronous_commit=${synchronousCommit}`);
  const self = fileURLToPath(import.meta.url);
  const children = Array.from({ length: processes }, (_, i) => fork(self, ['--worker', url.toString(), String((i + 1) * 100_000_000)], { execArgv: ['--import', 'tsx'] }));
  await Promise.all(children.map((c) => new Promise((r) => c.once('message', r))));
  const t = performance.now();
  const results = new Promise<WorkerResult[]>((resolve) => {
    const got: WorkerResult[] = [];
    for (const c of children) c.once('message', (m: WorkerResult) => (got.push(m), got.length === processes && resolve(got)));
  });
  for (const c of children) c.send('go');
  const got = await results;
  const turns = got.reduce((s, r) => s + r.turns, 0);
  const seconds = (performance.now() - t) / 1000;
  await store.close();
  const mean = (f: (r: WorkerResult) => number) => got.reduce((s, r) => s + f(r) * r.turns, 0) / turns;
  return { perSecond: turns / seconds, clientCpuUs: mean((r) => r.clientCpuUs), serverCpuUs: mean((r) => r.serverCpuUs) };
}

export async function main(): Promise<void> {
  console.log('\n== scale (PostgreSQL at ' + new URL(TEST_DATABASE_URL).host + ')');
  // synchronous_commit=off is what a deployment can set in DATABASE_URL (?options=-c synchronous_commit=off).
  for (const sync of ['on', 'off'] as const) {
    const one = await pgThroughput(1, sync);
    const two = await pgThroughput(2, sync);
    row(`postgres (synchronous_commit=${sync}): turns/s, 1 process`, one.perSecond.toFixed(0));
    row(`postgres (synchronous_commit=${sync}): turns/s, 2 processes`, two.perSecond.toFixed(0), `×${(two.perSecond / one.perSecond).toFixed(2)} (target ≥ 1.6)`);
    // What each turn costs each side: the figures the README's scale-out estimate is built on.
    row(`  CPU per turn, bot process / PostgreSQL server`, `${one.clientCpuUs.toFixed(0)} / ${one.serverCpuUs.toFixed(0)} µs`, '1 process');
  }
  if (process.env.BENCH_SCALE_ONLY_PG) return;

  const sqlite = new SqliteStore(join(tempDir('shoplink-bench-'), 'resume.db'));
  await fillSqlite(sqlite, STORED);
  await resume(sqlite, 'sqlite');
  await sqlite.close();

  const pgStore = await postgresStore();
  await pgStore.loadConversation('-');
  await fillPostgres(TEST_DATABASE_URL, (pgStore as unknown as { o: { schema: string } }).o.schema, STORED);
  await resume(pgStore, 'postgres');
  await pgStore.close();
}

if (process.argv[2] === '--worker') await worker(process.argv[3]!, Number(process.argv[4]));
else if (import.meta.url === `file://${process.argv[1]}`) await main();
