// Figures of issue 13's faults, measured on a real `shoplink start` (Slack HTTP mode, the fake Slack):
// peak memory under oversized POSTs, /healthz while SQLite is locked, and kill -9 runs (lost / repeated lines).
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { BOT_USER, FakeSlack, SIGNING_SECRET, SlackUser, TEAM } from '../fakes/slack.ts';
import { BotProcess } from '../faults/process.ts';
import { freePort, tempDir } from '../support.ts';

const MB = 1024 * 1024;

/** Four unsigned 256 MB POSTs to /slack/events at once; prints the bot's peak memory. */
async function oversizedPosts(): Promise<void> {
  const slack = await FakeSlack.start();
  const port = await freePort();
  const bot = await BotProcess.start(slackEnv(slack, port, `sqlite:${join(tempDir(), 'bench.db')}`));
  try {
    const before = bot.peakRssMb();
    const chunk = Buffer.alloc(MB, 'x');
    const post = () =>
      new Promise<string>((resolve) => {
        const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(256 * MB) } });
        let sent = 0;
        req.on('response', (res) => (res.resume(), resolve(`${res.statusCode} after ${sent} MB sent`)));
        req.on('error', () => resolve(`closed after ${sent} MB sent`));
        const write = () => {
          while (sent < 256 && req.write(chunk)) sent++;
          if (sent < 256) req.once('drain', () => (sent++, write()));
          else req.end();
        };
        write();
      });
    const answers = await Promise.all([post(), post(), post(), post()]);
    console.log(`oversized POSTs: four of 256 MB, unsigned: ${answers.join('; ')}`);
    console.log(`  bot peak RSS: ${before.toFixed(0)} MB before, ${bot.peakRssMb().toFixed(0)} MB after`);
  } finally {
    await bot.kill();
    await slack.close();
  }
}

export function slackEnv(slack: FakeSlack, port: number, databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    SLACK_BOT_TOKEN: 'xoxb-fake',
    SLACK_MODE: 'http',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: String(port),
    ...extra,
  };
}

/** Another connection holds the SQLite file's write lock for 12 s while a delivery is due; /healthz is polled. */
async function lockedSqlite(): Promise<void> {
  const file = join(tempDir(), 'locked.db');
  const slack = await FakeSlack.start();
  const port = await freePort();
  const bot = await BotProcess.start(slackEnv(slack, port, `sqlite:${file}`));
  try {
    const producer = new SqliteStore(file);
    const address = { platform: 'slack', workspace: TEAM, channel: 'D0ANA', user: 'U0ANA' };
    await producer.enqueue([{ kind: 'to-user', payload: { address, conversation: 'x', replies: [{ text: 'due during the lock', kind: 'step' }] }, dueAt: Date.now() + 300 }]);
    await producer.close();
    const locker = new Database(file);
    locker.exec('begin immediate');
    const times: number[] = [];
    let failed = 0;
    const until = Date.now() + 12_000;
    while (Date.now() < until) {
      const start = performance.now();
      await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => failed++);
      times.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 250));
    }
    locker.exec('commit');
    locker.close();
    await new Promise((r) => setTimeout(r, 500));
    times.sort((a, b) => a - b);
    console.log(`SQLite write lock held 12 s by another connection, /healthz every 250 ms: ${times.length} calls, p50 ${times[times.length >> 1]!.toFixed(1)} ms, slowest ${times.at(-1)!.toFixed(1)} ms, ${failed} failed; bot ${bot.exited ? 'DIED' : 'still running'}`);
  } finally {
    await bot.kill();
    await slack.close();
  }
}

/**
 * kill -9 while a user with an open case sends 6 messages at once; Slack redelivers what was not acknowledged
 * (and the restarted bot's outbox takes over deliveries whose lease the dead one held). Counts the lines the
 * desk's case thread shows for each message: 0 is lost, 2 or more is repeated.
 */
async function killRuns(runs: number): Promise<void> {
  let lost = 0;
  let repeated = 0;
  let sent = 0;
  let unacked = 0;
  for (let run = 0; run < runs; run++) {
    const file = join(tempDir(), 'kill.db');
    const slack = await FakeSlack.start();
    slack.members.set('C0DESK', [BOT_USER]);
    const port = await freePort();
    const env = slackEnv(slack, port, `sqlite:${file}`, { HANDOFF_DESK: 'slack:C0DESK' });
    let bot = await BotProcess.start(env);
    try {
      const ana = new SlackUser(slack, { url: `http://127.0.0.1:${port}`, signingSecret: SIGNING_SECRET }, 'U0ANA');
      await ana.say('talk to a person', 'D0ANA');
      await slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'D0ANA');
      await ana.say('my shop link is stuck', 'D0ANA');
      const db = new Database(file);
      while (!db.prepare<[], { desk: string | null }>('select desk from cases where number = 1').get()?.desk) await new Promise((r) => setTimeout(r, 50));
      const post = slack.messages.find((m) => m.channel === 'C0DESK' && !m.thread_ts)!;

      const events = Array.from({ length: 6 }, (_, i) => {
        const ts = slack.nextTs();
        return { id: `Ev${run}-${i}`, event: { type: 'message', channel_type: 'im', channel: 'D0ANA', user: 'U0ANA', text: `message ${run}.${i}`, ts, event_ts: ts } };
      });
      const answers = events.map((e) => ana.event(e.event, { id: e.id }).then((r) => r.status, () => 0));
      await new Promise((r) => setTimeout(r, Math.random() * 150));
      await bot.kill('SIGKILL');
      const statuses = await Promise.all(answers);
      // The dead process's leases would run out after a minute; the benchmark does not wait for that.
      db.prepare('update outbox set due_at = 0 where done = 0 and due_at <= ?').run(Date.now() + 60_000);
      db.close();
      bot = await BotProcess.start(env);
      for (const [i, e] of events.entries()) {
        if (statuses[i] === 200) continue;
        unacked++;
        await ana.event(e.event, { id: e.id, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
      }
      await new Promise((r) => setTimeout(r, 3000));
      for (const e of events) {
        const lines = slack.messages.filter((m) => m.channel === 'C0DESK' && m.thread_ts === post.ts && m.text.includes(e.event.text)).length;
        sent++;
        if (lines === 0) lost++;
        if (lines > 1) repeated += lines - 1;
      }
    } finally {
      await bot.kill();
      await slack.close();
    }
  }
  console.log(`kill -9 during a burst of 6 messages, ${runs} runs: ${sent} sent, ${unacked} redelivered by "Slack", ${lost} lost, ${repeated} repeated on the desk`);
}

export async function main(): Promise<void> {
  console.log('\n## Faults (a real shoplink start, Slack HTTP mode)');
  await oversizedPosts();
  await lockedSqlite();
  await killRuns(Number(process.env.KILL_RUNS ?? 5));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
