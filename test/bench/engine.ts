// Engine benchmark: turns per second and per-turn latency (load → transition → render → save) on the
// memory and SQLite stores against a bare xstate + SQLite turn in the same run, cold start, bytes per row.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Conversations } from '../../src/conversation/conversation.ts';
import type { Address } from '../../src/address.ts';
import type { Input } from '../../src/conversation/input.ts';
import { openFlows } from '../../src/platforms/open-flows.ts';
import { Metrics } from '../../src/metrics.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { BareTurns } from './bare-turn.ts';
import { ms, row, summary } from './stats.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const FLOWS = fileURLToPath(new URL('../../flows', import.meta.url));
const CONVERSATIONS = 2000;
/**
 * Engine and bare turns alternate in blocks of this many conversations, so drift in the machine's load hits
 * both alike; the median of the blocks' ratios ignores the blocks a burst of other work landed on.
 */
const BLOCK = 25;

/** A realistic conversation: free text to a tree (its question skipped: the text says it), presses, a typed answer that opens a case, start over, presses. */
const SCRIPT: (Input | string)[] = [
  { type: 'text', text: "my qr code won't scan" },
  'Still not working',
  'Still not working',
  { type: 'text', text: 'Authorization failed, code 1002' },
  { type: 'text', text: 'start over' },
  'I own a shop',
  "I'm ready, show me the steps",
  'United States',
  "I'm logged in, next",
];

async function drive(conversations: Conversations, n: number, from = 0): Promise<{ latencies: number[]; seconds: number; ids: string[] }> {
  const latencies: number[] = [];
  const ids: string[] = [];
  const started = performance.now();
  for (let i = from; i < from + n; i++) {
    const where: Address = { platform: 'slack', workspace: 'T1', channel: 'C1', thread: `${i}.0`, user: `U${i}` };
    let buttons: { label: string; action: string }[] = [];
    for (const step of SCRIPT) {
      const input: Input = typeof step === 'string' ? { type: 'press', action: buttons.find((b) => b.label === step)!.action } : step;
      const t = performance.now();
      const turn = await conversations.handle(where, input);
      latencies.push(performance.now() - t);
      buttons = turn.replies.findLast((r) => r.buttons)?.buttons ?? buttons;
      if (turn.refused) throw new Error(`turn refused: ${turn.refused}`);
      if (i === 0 && ids.length === 0) ids.push(turn.conversation!.id);
    }
    if (i < 200) ids.push((await conversations.handle(where, { type: 'start' })).conversation!.id);
  }
  return { latencies, seconds: (performance.now() - started) / 1000, ids };
}

/** The same number of turns per conversation as `drive`, as bare turns. */
function driveBare(bare: BareTurns, n: number, from: number): { latencies: number[]; seconds: number } {
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = from; i < from + n; i++) {
    for (let k = 0; k < SCRIPT.length; k++) {
      const t = performance.now();
      bare.turn(`bare-${i}`, 'next');
      latencies.push(performance.now() - t);
    }
  }
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

interface Block {
  /** Microseconds per turn. */
  engine: number;
  bare: number;
}

/** Engine (SQLite) and bare turns in alternating blocks: microseconds per turn of each, per block. */
async function engineAgainstBare(conversations: Conversations, bare: BareTurns): Promise<{ blocks: Block[]; engine: number[]; bare: number[] }> {
  const blocks: Block[] = [];
  const latencies = { engine: [] as number[], bare: [] as number[] };
  for (let from = 1_000_000; from < 1_000_000 + CONVERSATIONS; from += BLOCK) {
    const e = await drive(conversations, BLOCK, from);
    const b = driveBare(bare, BLOCK, from);
    blocks.push({ engine: (e.seconds * 1e6) / e.latencies.length, bare: (b.seconds * 1e6) / b.latencies.length });
    latencies.engine.push(...e.latencies);
    latencies.bare.push(...b.latencies);
  }
  return { blocks, ...latencies };
}

const median = (xs: number[]) => summary(xs).p50;

export async function main(): Promise<void> {
  console.log('\n== engine');
  const cold = performance.now();
  const flows = openFlows(FLOWS);
  const coldMs = performance.now() - cold;
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    openFlows(FLOWS);
    warm.push(performance.now() - t);
  }
  row('cold start: load, check, compile 9 flows', ms(coldMs), 'target ≤ 300 ms');
  row('  again, warm (median of 20)', ms(summary(warm).p50));

  const dir = mkdtempSync(join(tmpdir(), 'shoplink-bench-'));
  // BENCH_STORES=sqlite runs one store, e.g. to profile SQLite turns alone (README, "Where a turn's time goes").
  const only = process.env.BENCH_STORES?.split(',');
  const stores: [string, () => Store][] = [
    ['memory', () => new MemoryStore()],
    ['sqlite', () => new SqliteStore(join(dir, 'bench.db'))],
  ];
  for (const [name, open] of stores.filter(([n]) => !only || only.includes(n))) {
    const store = open();
    // As `shoplink start` runs it: every saved turn is counted for /metrics.
    const conversations = new Conversations(flows, store, { observer: new Metrics(flows) });
    await drive(conversations, 100); // warm-up: JIT and SQLite page cache
    const { latencies, seconds } = await drive(conversations, CONVERSATIONS);
    const s = summary(latencies);
    row(`${name}: turns per second (one at a time)`, (latencies.length / seconds).toFixed(0), name === 'sqlite' ? 'target ≥ 5,000' : '');
    row(`${name}: per turn p50`, ms(s.p50));
    row(`${name}: per turn p99`, ms(s.p99), name === 'sqlite' ? 'target ≤ 2 ms' : '');
    if (store instanceof SqliteStore) {
      const bare = new BareTurns(join(dir, 'bare.db'));
      driveBare(bare, 100, 0); // warm-up
      const { blocks, engine, bare: floor } = await engineAgainstBare(conversations, bare);
      bare.close();
      const e = median(blocks.map((x) => x.engine));
      const b = median(blocks.map((x) => x.bare));
      row('bare turn: xstate actor from JSON + SQLite CAS', `${b.toFixed(1)} µs`, `${(1e6 / b).toFixed(0)} turns/s (median of ${blocks.length} blocks)`);
      row('engine turn, same run, alternating blocks', `${e.toFixed(1)} µs`, `${(1e6 / e).toFixed(0)} turns/s`);
      row('per turn p50: engine / bare', `${ms(summary(engine).p50)} / ${ms(summary(floor).p50)}`);
      row('per turn p99: engine / bare', `${ms(summary(engine).p99)} / ${ms(summary(floor).p99)}`);
      console.log(`  engine turn / bare turn: ×${median(blocks.map((x) => x.engine / x.bare)).toFixed(2)}   (target ≤ ×2.0; median of the blocks' ratios)`);
      const { ids } = await drive(conversations, 200);
      const bytes = ids.map((id) => store.rowBytes(id));
      row('sqlite: bytes per saved conversation (mean)', (bytes.reduce((a, b) => a + b, 0) / bytes.length).toFixed(0), 'target ≤ 2 KB');
      row('sqlite: bytes per saved conversation (max)', String(Math.max(...bytes)));
    }
    await store.close();
  }
  rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
