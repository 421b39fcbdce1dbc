// Benchmark: 50 concurrent Slack users against shoplink's Bolt app and a bare Bolt app (ack + one fixed message),
// same fake Slack, same run. Prints ack and full-turn latency p50/p99, throughput and ratios; asserts nothing.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import { App, LogLevel } from '@slack/bolt';
import pino from 'pino';
import { startSlack } from '../../src/platforms/slack/app.ts';
import { readSlackConfig } from '../../src/platforms/slack/config.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { FakeSlack, FAST_RETRY, SIGNING_SECRET, SlackUser, type AppUnderTest, type Sent } from '../fakes/slack.ts';
import { engine, tempDir, troubled } from '../support.ts';
import { serveAppThread, startAppThread } from './app-thread.ts';

const USERS = Number(process.env.BENCH_USERS ?? 50);
/** The seller path after /linkhelp: eight clicks, each one turn with one message. */
const CLICKS = [
  'I own a shop',
  "I'm ready, show me the steps",
  'United States',
  "I'm logged in, next",
  'Found it, next',
  'A QR code popped up, next',
  'Scanned, next',
  'Authorized, next',
  'It says Linked and I see the bag',
];
const STALL_MS = 2000;
const DEADLINE_MS = 3000;

interface Sample {
  ack: number;
  turn: number;
}

export interface Figures {
  name: string;
  requests: number;
  ackP50: number;
  ackP99: number;
  ackMax: number;
  acksOverDeadline: number;
  turnP50: number;
  turnP99: number;
  turnsPerSecond: number;
}

type Kind = 'bare' | 'shoplink' | 'shoplink-memory' | 'stalled';

/** The bare app's one message: a line and one button, as the bare Discord client answers (its users click it). */
const BARE_LABEL = 'Go';
const BARE_MESSAGE = {
  text: 'Hello! This is a fixed answer.',
  blocks: [
    { type: 'section', text: { type: 'mrkdwn', text: 'Hello! This is a fixed answer.' } },
    { type: 'actions', block_id: 'bare', elements: [{ type: 'button', action_id: 'go', value: 'go', text: { type: 'plain_text', text: BARE_LABEL } }] },
  ],
};

/** A bare Bolt app: acks and posts one fixed message with a button, nothing else; the floor shoplink is compared with. */
async function startBare(apiUrl: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const bolt = new App({
    token: 'xoxb-fake',
    signingSecret: SIGNING_SECRET,
    clientOptions: { slackApiUrl: apiUrl, retryConfig: FAST_RETRY },
    logLevel: LogLevel.ERROR,
    deferInitialization: true,
  });
  await bolt.init();
  bolt.command('/linkhelp', async ({ ack, command, client }) => {
    await ack();
    await client.chat.postMessage({ channel: command.channel_id, ...BARE_MESSAGE });
  });
  bolt.action({ type: 'block_actions' }, async ({ ack, body, client }) => {
    await ack();
    await client.chat.postMessage({ channel: body.channel!.id, ...BARE_MESSAGE });
  });
  const server = await bolt.start({ port: 0, host: '127.0.0.1' });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop: () => bolt.stop() as Promise<void> };
}

/** shoplink's Slack app over the given store, as `npm start` would run it in HTTP mode. */
async function startShoplink(apiUrl: string, store: Store): Promise<{ url: string; stop: () => Promise<void> }> {
  const config = readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-fake', SLACK_MODE: 'http', SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', SLACK_API_URL: apiUrl })!;
  const running = await startSlack({ conversations: engine(store), config, log: pino({ level: 'silent' }), host: '127.0.0.1', retry: FAST_RETRY });
  return {
    url: `http://127.0.0.1:${running.port}`,
    async stop() {
      await running.stop();
      await store.close();
    },
  };
}

/**
 * Each app runs in its own worker thread, so its event loop is not shared with the 50 clients and the fake:
 * the figures are the app's, not the harness's.
 */
async function startInWorker(kind: Kind, apiUrl: string): Promise<{ app: AppUnderTest; cpuMs: () => Promise<number | undefined>; stop: () => Promise<void> }> {
  const thread = await startAppThread<string>(import.meta.url, { bench: 'slack', kind, apiUrl });
  return { app: { url: thread.ready, signingSecret: SIGNING_SECRET }, cpuMs: thread.cpuMs, stop: thread.stop };
}

async function serveInWorker(kind: Kind, apiUrl: string): Promise<void> {
  const started =
    kind === 'bare'
      ? await startBare(apiUrl)
      : await startShoplink(apiUrl, kind === 'stalled' ? stalled() : kind === 'shoplink-memory' ? new MemoryStore() : new SqliteStore(join(tempDir('shoplink-bench-'), 'bench.db')));
  serveAppThread(started.url, () => started.stop());
}

/** One request, timed to its ack (HTTP response) and to the turn's message arriving at the fake. */
async function timed(slack: FakeSlack, channel: string, send: () => Promise<Sent>, needControls = false): Promise<Sample> {
  const start = performance.now();
  let arrived = 0;
  // A step may say two things (a note, then its question): the turn has arrived with the message that has buttons.
  const withControls = (blocks: unknown) => Array.isArray(blocks) && blocks.some((b) => (b as { type?: string }).type === 'actions');
  const message = slack
    .next((c) => c.method === 'chat.postMessage' && c.args.channel === channel && (!needControls || withControls(c.args.blocks)), 30_000)
    .then(() => (arrived = performance.now()));
  const sent = await send();
  if (sent.status !== 200) throw new Error(`the app answered ${sent.status}`);
  await message;
  return { ack: sent.ms, turn: arrived - start };
}

/** Pauses between one user's actions; `undefined` runs flat out (to find throughput at saturation). */
type Pace = { minMs: number; maxMs: number } | undefined;

/** People read before they click: at this pace 50 users send ~100 requests a second, below saturation. */
const HUMAN_PACE: Pace = { minMs: 250, maxMs: 750 };
/** Paced runs per app, pooled: one run is too short to see past a noisy machine. */
const ROUNDS = 3;

/** The same pauses for every app: a tiny seeded generator (mulberry32) per user. */
function pauses(seed: number, pace: Pace): () => Promise<void> {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => (pace ? new Promise((r) => setTimeout(r, pace.minMs + next() * (pace.maxMs - pace.minMs))) : Promise.resolve());
}

interface Run {
  samples: Sample[];
  seconds: number;
}

/** USERS users at once, each running /linkhelp in their DM and then `clicks` clicks one after another. */
async function run(tag: string, slack: FakeSlack, app: AppUnderTest, clicks: string[], pace: Pace): Promise<Run> {
  const samples: Sample[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: USERS }, async (_, i) => {
      const user = new SlackUser(slack, app, `U0${tag}${i}`);
      const channel = `D0${tag}${i}`;
      const pause = pauses(i + 1, pace);
      await pause();
      samples.push(await timed(slack, channel, () => user.command('', channel, { noSettle: true })));
      // Both apps' users find the button by its label and click it: the same work for the harness either way.
      for (const label of clicks) {
        await pause();
        samples.push(await timed(slack, channel, () => user.click(label, channel, { noSettle: true }), true));
      }
    }),
  );
  return { samples, seconds: (performance.now() - start) / 1000 };
}

/** Figures over all runs of one app (several rounds pool their samples). */
function figures(name: string, runs: Run[]): Figures {
  const samples = runs.flatMap((r) => r.samples);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const acks = samples.map((s) => s.ack).sort((a, b) => a - b);
  const turns = samples.map((s) => s.turn).sort((a, b) => a - b);
  return {
    name,
    requests: samples.length,
    ackP50: pct(acks, 0.5),
    ackP99: pct(acks, 0.99),
    ackMax: acks.at(-1)!,
    acksOverDeadline: acks.filter((a) => a > DEADLINE_MS).length,
    turnP50: pct(turns, 0.5),
    turnP99: pct(turns, 0.99),
    turnsPerSecond: samples.length / seconds,
  };
}

/** The bare app's users click its one button as often as shoplink's click through the seller path. */
const BARE_CLICKS = CLICKS.map(() => BARE_LABEL);

function pct(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** A store whose reads stall: the acks must not notice. */

const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(11);

function table(title: string, rows: Figures[]): void {
  console.log(`\n${title}`);
  console.log(`${'app'.padEnd(28)}${'ack p50'.padStart(11)}${'ack p99'.padStart(11)}${'turn p50'.padStart(11)}${'turn p99'.padStart(11)}${'turns/s'.padStart(9)}${'acks>3s'.padStart(9)}`);
  for (const f of rows) {
    console.log(`${f.name.padEnd(28)}${ms(f.ackP50)}${ms(f.ackP99)}${ms(f.turnP50)}${ms(f.turnP99)}${f.turnsPerSecond.toFixed(0).padStart(9)}${String(f.acksOverDeadline).padStart(9)}`);
  }
}

export async function main(): Promise<Figures[]> {
  const useMemory = process.argv.includes('--memory');
  const slack = await FakeSlack.start();
  const bare = await startInWorker('bare', slack.apiUrl);
  const shoplink = await startInWorker(useMemory ? 'shoplink-memory' : 'shoplink', slack.apiUrl);
  const stalled = await startInWorker('stalled', slack.apiUrl);
  try {
    // Warm-up: JIT, connection pools, SQLite pages; not counted.
    await run('WB', slack, bare.app, BARE_CLICKS.slice(0, 2), undefined);
    await run('WS', slack, shoplink.app, CLICKS.slice(0, 2), undefined);

    // Rounds alternate which app goes first, so drift in the machine's load falls on both alike.
    const paced = { bare: [] as Run[], shoplink: [] as Run[] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (['bare', 'shoplink'] as const) : (['shoplink', 'bare'] as const);
      for (const which of order) {
        paced[which].push(which === 'bare' ? await run(`B${round}`, slack, bare.app, BARE_CLICKS, HUMAN_PACE) : await run(`S${round}`, slack, shoplink.app, CLICKS, HUMAN_PACE));
      }
    }
    const b = figures('bare Bolt', paced.bare);
    const s = figures('shoplink', paced.shoplink);
    const st = figures(`shoplink, store stalls ${STALL_MS / 1000} s`, [await run('ST', slack, stalled.app, CLICKS.slice(0, 1), HUMAN_PACE)]);
    const bareCpu = await bare.cpuMs();
    const bf = figures('bare Bolt, flat out', [await run('BF', slack, bare.app, BARE_CLICKS, undefined)]);
    const bareCpuPerTurn = perTurn(bareCpu, await bare.cpuMs(), bf.requests);
    const shoplinkCpu = await shoplink.cpuMs();
    const sf = figures('shoplink, flat out', [await run('SF', slack, shoplink.app, CLICKS, undefined)]);
    const shoplinkCpuPerTurn = perTurn(shoplinkCpu, await shoplink.cpuMs(), sf.requests);

    console.log(
      `Slack bench: ${USERS} concurrent users, /linkhelp + ${CLICKS.length} clicks each (${USERS * (CLICKS.length + 1)} requests a run, ${ROUNDS} paced runs an app); ` +
        `${useMemory ? 'memory' : 'SQLite'} store; each app in its own worker thread; Node ${process.version}`,
    );
    table(`At a human pace (${HUMAN_PACE!.minMs}-${HUMAN_PACE!.maxMs} ms between a user's actions):`, [b, s, st]);
    console.log(
      `  shoplink/bare: ack p50 ×${(s.ackP50 / b.ackP50).toFixed(2)}, turn p50 ×${(s.turnP50 / b.turnP50).toFixed(2)} (target ≤ 1.5); ` +
        `p99 above bare: ack ${signed(s.ackP99 - b.ackP99)} ms, turn ${signed(s.turnP99 - b.turnP99)} ms (target ≤ +5 ms)`,
    );
    console.log(`  while the store stalls ${STALL_MS} ms: slowest ack ${st.ackMax.toFixed(1)} ms, acks over 3 s: ${st.acksOverDeadline} (target 0)`);
    table('Flat out (no pauses: the harness and the apps saturate the CPU):', [bf, sf]);
    console.log(`  shoplink/bare throughput ×${(sf.turnsPerSecond / bf.turnsPerSecond).toFixed(2)}; acks over 3 s: ${bf.acksOverDeadline} bare, ${sf.acksOverDeadline} shoplink`);
    if (bareCpuPerTurn !== undefined && shoplinkCpuPerTurn !== undefined) {
      // The fake Slack and the 50 clients share the machine's cores with the app: this is the app's own capacity.
      console.log(
        `  CPU of the app's own thread per turn: bare ${bareCpuPerTurn.toFixed(3)} ms, shoplink ${shoplinkCpuPerTurn.toFixed(3)} ms; ` +
          `turns per CPU-second of the app's thread, shoplink/bare ×${(bareCpuPerTurn / shoplinkCpuPerTurn).toFixed(2)}`,
      );
    }
    return [b, s, st, bf, sf];
  } finally {
    await stalled.stop();
    await shoplink.stop();
    await bare.stop();
    await slack.close();
  }
}

/** CPU milliseconds per turn between two readings of an app thread's clock; undefined off Linux. */
function perTurn(before: number | undefined, after: number | undefined, turns: number): number | undefined {
  return before === undefined || after === undefined ? undefined : (after - before) / turns;
}

const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(1)}`;

if (!isMainThread && (workerData as { bench?: string } | null)?.bench === 'slack') {
  const { kind, apiUrl } = workerData as { kind: Kind; apiUrl: string };
  await serveInWorker(kind, apiUrl);
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

/** A store whose every load stalls STALL_MS, as a struggling database would. */
function stalled(): Store {
  const store = troubled();
  store.trouble.stallMs = STALL_MS;
  return store;
}
