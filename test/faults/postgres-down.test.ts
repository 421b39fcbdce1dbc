// Issue 13, item 2 on PostgreSQL: the database goes away under a running bot (a failover, a restart) for a
// few seconds. The bot stays up, /healthz says 503 meanwhile, and what was due is delivered once it is back.
import { createServer, connect, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/store/postgres.ts';
import { slackEnv } from '../bench/faults.ts';
import { FakeSlack, TEAM } from '../fakes/slack.ts';
import { freePort, TEST_DATABASE_URL } from '../support.ts';
import { BotProcess } from './process.ts';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A TCP hop between the bot and PostgreSQL that the test can cut (every connection dropped, none taken) and mend. */
class Cable {
  private server?: Server;
  private sockets = new Set<Socket>();
  constructor(
    readonly port: number,
    private target: { host: string; port: number },
  ) {}

  async mend(): Promise<void> {
    this.server = createServer((down) => {
      const up = connect(this.target.port, this.target.host);
      for (const s of [down, up]) {
        this.sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => (this.sockets.delete(s), down.destroy(), up.destroy()));
      }
      down.pipe(up).pipe(down);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async cut(): Promise<void> {
    const closed = new Promise((resolve) => this.server?.close(resolve));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

/** A database of its own for a bot process, reached directly and through a cable the test controls. */
async function databaseBehindCable(): Promise<{ direct: URL; viaCable: URL; cable: Cable }> {
  const direct = new URL(TEST_DATABASE_URL);
  const name = `fault_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  cleanups.push(async () => {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
  direct.pathname = `/${name}`;
  const cable = new Cable(await freePort(), { host: direct.hostname, port: Number(direct.port || 5432) });
  await cable.mend();
  cleanups.push(() => cable.cut());
  const viaCable = new URL(direct.toString());
  viaCable.host = `127.0.0.1:${cable.port}`;
  return { direct, viaCable, cable };
}

describe('PostgreSQL going away under the bot', { timeout: 40_000 }, () => {
  it('refuses to start while the database is away with a message naming DATABASE_URL, no stack', async () => {
    const { viaCable, cable } = await databaseBehindCable();
    await cable.cut();
    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    const failed = BotProcess.start(slackEnv(slack, await freePort(), viaCable.toString()));
    await expect(failed).rejects.toThrow(/DATABASE_URL: .*start PostgreSQL there/);
    await expect(failed).rejects.not.toThrow(/unhandled|\n\s+at /i);
  });

  it('keeps the bot up, answers 503 on /healthz, and delivers what was due once it is back', async () => {
    const { direct, viaCable, cable } = await databaseBehindCable();

    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    const port = await freePort();
    const bot = await BotProcess.start(slackEnv(slack, port, viaCable.toString()));
    cleanups.push(() => bot.kill());
    const health = () => fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status);
    expect(await health()).toBe(200);

    // A message for a user falls due while the database is away.
    const producer = new PostgresStore(direct.toString());
    cleanups.push(() => producer.close());
    const address = { platform: 'slack', workspace: TEAM, channel: 'D0ANA', user: 'U0ANA' };
    await producer.enqueue([{ kind: 'to-user', payload: { address, conversation: 'x', replies: [{ text: 'Support answered your case', kind: 'step' }] }, dueAt: Date.now() + 1000 }]);

    await cable.cut();
    const seen: number[] = [];
    const until = Date.now() + 5000;
    while (Date.now() < until) {
      seen.push(await health());
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(bot.exited).toBe(false);
    expect(new Set(seen)).toEqual(new Set([503]));
    expect(slack.callsTo('chat.postMessage')).toEqual([]);

    await cable.mend();
    const delivered = await slack.waitFor((c) => c.method === 'chat.postMessage' && JSON.stringify(c.args).includes('Support answered your case'), 15_000);
    expect(delivered.args.channel).toBe('D0ANA');
    expect(await health()).toBe(200);
    expect(bot.logs).toContain('the outbox cannot reach the database; will try again');
    expect(bot.exited).toBe(false);
  });
});
