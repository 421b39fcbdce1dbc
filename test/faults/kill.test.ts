// Issue 13, item 4 (events): a Slack message is acknowledged only once its turn is stored. The bot is killed
// (-9) while it cannot store; Slack, never acknowledged, delivers again, and the line reaches the case once.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { slackEnv } from '../bench/faults.ts';
import { BOT_USER, FakeSlack, SIGNING_SECRET, SlackUser, type Message } from '../fakes/slack.ts';
import { freePort, tempDir } from '../support.ts';
import { BotProcess } from './process.ts';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const DESK = 'C0DESK';

describe('kill -9 while a message is being stored', { timeout: 30_000 }, () => {
  it('loses nothing and repeats nothing', async () => {
    const file = join(tempDir(), 'kill.db');
    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    slack.members.set(DESK, [BOT_USER, 'U0BO']);
    const port = await freePort();
    const env = slackEnv(slack, port, `sqlite:${file}`, { HANDOFF_DESK: `slack:${DESK}` });
    let bot = await BotProcess.start(env);
    cleanups.push(() => bot.kill());
    const ana = new SlackUser(slack, { url: `http://127.0.0.1:${port}`, signingSecret: SIGNING_SECRET }, 'U0ANA');
    await ana.say('talk to a person', 'D0ANA');
    await slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'D0ANA');
    await ana.say('my shop link is stuck', 'D0ANA');
    await slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === DESK, 5000);
    const post = slack.messages.find((m) => m.channel === DESK && !m.thread_ts)!;
    const locker = new Database(file);
    // The case knows its desk post (recorded just after posting) before the database is taken away.
    while (!locker.prepare<[], { desk: string | null }>('select desk from cases where number = 1').get()?.desk) await new Promise((r) => setTimeout(r, 50));

    // The database cannot take the turn (another connection holds it): Slack gets no acknowledgement.
    locker.exec('begin immediate');
    const ts = slack.nextTs();
    const message = { type: 'message', channel_type: 'im', channel: 'D0ANA', user: 'U0ANA', text: 'any news on my case?', ts, event_ts: ts };
    const first = await ana.event(message, { id: 'EvNEWS' });
    expect(first.status).not.toBe(200);
    await bot.kill('SIGKILL');
    locker.exec('commit');
    locker.close();

    // Back up; Slack delivers the unacknowledged event again, twice.
    bot = await BotProcess.start(env);
    const retry = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
    expect((await ana.event(message, { id: 'EvNEWS', headers: retry })).status).toBe(200);
    await slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === post.ts && String(c.args.text).includes('any news'), 5000);
    expect((await ana.event(message, { id: 'EvNEWS', headers: { ...retry, 'x-slack-retry-num': '2' } })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1500)); // a few outbox polls
    const lines = (m: Message) => m.channel === DESK && m.thread_ts === post.ts && m.text.includes('any news on my case?');
    expect(slack.messages.filter(lines)).toHaveLength(1);
  });
});
