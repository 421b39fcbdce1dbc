// Engine benchmark: turns per second and per-turn latency (load → transition → render → save) on the
// memory and SQLite stores, cold start of the flows, and bytes per saved conversation. Prints figures.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Conversations } from '../../src/conversation/conversation.ts';
import type { Address } from '../../src/conversation/address.ts';
import type { Input } from '../../src/conversation/input.ts';
import { openFlows } from '../../src/flow/open.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { ms, row, summary } from './stats.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const FLOWS = fileURLToPath(new URL('../../flows', import.meta.url));
const CONVERSATIONS = 2000;

/** A realistic conversation: free text to a tree, presses through it, a typed answer, then start over. */
const SCRIPT: (Input | string)[] = [
  { type: 'text', text: "my qr code won't scan" },
  "The QR code won't scan",
  'Still not working',
  'Still not working',
  { type: 'text', text: 'Authorization failed, code 1002' },
  { type: 'text', text: 'start over' },
  'I own a shop',
  "I'm ready, show me the steps",
];

async function drive(conversations: Conversations, n: number): Promise<{ latencies: number[]; seconds: number; ids: string[] }> {
  const latencies: number[] = [];
  const ids: string[] = [];
  const started = performance.now();
  for (let i = 0; i < n; i++) {
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
  const stores: [string, Store][] = [
    ['memory', new MemoryStore()],
    ['sqlite', new SqliteStore(join(dir, 'bench.db'))],
  ];
  for (const [name, store] of stores) {
    const conversations = new Conversations(flows, store);
    await drive(conversations, 100); // warm-up: JIT and SQLite page cache
    const { latencies, seconds } = await drive(conversations, CONVERSATIONS);
    const s = summary(latencies);
    row(`${name}: turns per second (one at a time)`, (latencies.length / seconds).toFixed(0), name === 'sqlite' ? 'target ≥ 5,000' : '');
    row(`${name}: per turn p50`, ms(s.p50));
    row(`${name}: per turn p99`, ms(s.p99), name === 'sqlite' ? 'target ≤ 2 ms' : '');
    if (store instanceof SqliteStore) {
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
