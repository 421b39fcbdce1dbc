// Issue 13, items 2 and 3: another connection holds the SQLite file's write lock for 7 s while a delivery is
// due. The bot must not freeze (/healthz and Slack's acks answer at once) nor die, and delivers after.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { slackEnv } from '../bench/faults.ts';
import { FakeSlack, SIGNING_SECRET, SlackUser, TEAM } from '../fakes/slack.ts';
import { freePort, tempDir } from '../support.ts';
import { BotProcess } from './process.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

describe('a SQLite file locked by another connection', { timeout: 30_000 }, () => {
  it('keeps the bot answering and alive, and delivers what was due once the lock is gone', async () => {
    const file = join(tempDir(), 'locked.db');
    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    const port = await freePort();
    const bot = await BotProcess.start(slackEnv(slack, port, `sqlite:${file}`));
    cleanups.push(() => bot.kill());

    // A delivery falls due while the file is locked.
    const producer = new SqliteStore(file);
    const address = { platform: 'slack', workspace: TEAM, channel: 'D0ANA', user: 'U0ANA' };
    await producer.enqueue([{ kind: 'to-user', payload: { address, conversation: 'x', replies: [{ text: 'Support answered your case', kind: 'step' }] }, dueAt: Date.now() + 300 }]);
    await producer.close();
    const locker = new Database(file);
    cleanups.push(() => void locker.close());
    locker.exec('begin immediate');

    const ana = new SlackUser(slack, { url: `http://127.0.0.1:${port}`, signingSecret: SIGNING_SECRET }, 'U0ANA');
    const health: number[] = [];
    const acks: number[] = [];
    const until = Date.now() + 7000;
    while (Date.now() < until) {
      const h = await timed(() => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status));
      expect(h.value).toBe(200);
      health.push(h.ms);
      acks.push((await ana.command('my bag icon is missing', 'D0ANA')).ms);
      await new Promise((r) => setTimeout(r, 400));
    }
    locker.exec('commit');
    console.log(`during a 7 s lock: /healthz slowest ${Math.max(...health).toFixed(0)} ms, Slack ack slowest ${Math.max(...acks).toFixed(0)} ms`);
    expect(bot.exited).toBe(false);
    expect(Math.max(...health)).toBeLessThan(1000);
    expect(Math.max(...acks)).toBeLessThan(3000);

    const delivered = await slack.waitFor((c) => c.method === 'chat.postMessage' && JSON.stringify(c.args).includes('Support answered your case'), 15_000);
    expect(delivered.args.channel).toBe('D0ANA');
    expect(bot.logs).toContain('the outbox cannot reach the database; will try again');
    // A turn after the lock works again.
    await ana.command('my bag icon is missing', 'D0ANA');
    await slack.waitFor((c) => c.method === 'chat.postMessage' && JSON.stringify(c.args).includes('shopping bag'), 5000);
  });
});
