// Several bot processes on one PostgreSQL, as a team that outgrew one process runs them (Slack HTTP
// instances behind a load balancer): every click is delivered to both processes at once, and each turn
// still applies exactly once; a process killed mid-conversation leaves the other to carry on.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { conversationIdOf } from '../../src/address.ts';
import { PostgresStore } from '../../src/store/postgres.ts';
import { controls, FakeSlack, SIGNING_SECRET, SlackUser, TEAM, textOf } from '../fakes/slack.ts';
import { freePort, postgresStore, TEST_DATABASE_URL } from '../support.ts';

const BIN = fileURLToPath(new URL('../../src/bin/shoplink.js', import.meta.url));

/** The clicks of the walk, and a line of the step each one leads to. */
const WALK: [string, string][] = [
  ["Something isn't working", 'Which of these sounds like what'],
  ['The QR code won\'t scan, or it says "authorization failed"', 'often a *cache* problem'],
  ['Still not working', 'Now the computer'],
  ['Still not working', 'One last thing, so they can help quickly'],
];


interface Bot {
  child: ChildProcess;
  url: string;
  logs: string;
}

const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const c of cleanups.splice(0)) await c();
});

/** A real `shoplink start` process: Slack in HTTP mode on its own port, on the shared database. */
async function startProcess(slack: FakeSlack, databaseUrl: string): Promise<Bot> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'start'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: 'xoxb-fake',
      SLACK_MODE: 'http',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      DISCORD_TOKEN: '',
      HANDOFF_DESK: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const bot: Bot = { child, url: `http://127.0.0.1:${port}`, logs: '' };
  child.stdout!.on('data', (d) => (bot.logs += d));
  child.stderr!.on('data', (d) => (bot.logs += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => bot.logs.includes('shoplink is running') && (clearInterval(timer), resolve()), 50);
    child.once('exit', (code) => (clearInterval(timer), reject(new Error(`exited with ${code}: ${bot.logs}`))));
  });
  return bot;
}

/** A database schema of its own, migrated, and the URL that points the processes at it. */
async function sharedDatabase(): Promise<{ url: string; store: PostgresStore }> {
  const store = await postgresStore();
  await store.loadConversation('-');
  const schema = (store as unknown as { o: { schema: string } }).o.schema;
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  cleanups.push(() => store.close());
  return { url: url.toString(), store };
}

async function until(what: string, test: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A seller walking the tree in their DM, each click delivered to every process given (a duplicated click). */
async function walk(slack: FakeSlack, user: string, bots: () => Bot[], steps = WALK): Promise<void> {
  const channel = `D${user}`;
  const [first] = bots();
  await new SlackUser(slack, { url: first!.url, signingSecret: SIGNING_SECRET }, user).command('', channel);
  await until(`${user}'s greeting`, () => slack.visible(user, channel).some((m) => textOf(m).includes('What brings you here?')));
  for (const [label, next] of steps) {
    const message = slack.visible(user, channel).reverse().find((m) => controls(m).some((c) => c.label === label))!;
    const payload = new SlackUser(slack, { url: '', signingSecret: SIGNING_SECRET }, user).actionPayload(message, controls(message).find((c) => c.label === label)!);
    await Promise.all(bots().map((b) => new SlackUser(slack, { url: b.url, signingSecret: SIGNING_SECRET }, user).send(payload, { noSettle: true })));
    await until(`${user}: "${next}"`, () => slack.visible(user, channel).some((m) => textOf(m).includes(next)));
  }
}

/** Lost and doubled turns: what each seller's conversation and DM show after the walk. */
async function audit(slack: FakeSlack, store: PostgresStore, users: string[], steps = WALK) {
  let lost = 0;
  let twice = 0;
  const details: string[] = [];
  for (const user of users) {
    const record = await store.loadConversation(conversationIdOf({ platform: 'slack', workspace: TEAM, channel: `D${user}`, user }));
    const shown = slack.visible(user, `D${user}`).map(textOf);
    const perStep = steps.map(([, next]) => shown.filter((t) => t.includes(next)).length);
    const isLost = !record || record.rev < steps.length + 1 || perStep.some((n) => n === 0);
    const isTwice = (record !== undefined && record.rev > steps.length + 1) || perStep.some((n) => n > 1);
    if (isLost) lost++;
    if (isTwice) twice++;
    if (isLost || isTwice) details.push(`${user}: rev ${record?.rev}, each step shown ${perStep.join('/')} times`);
  }
  return { lost, twice, details };
}

describe('several bot processes on one PostgreSQL', { timeout: 180_000 }, () => {
  it('applies every turn exactly once with 200 conversations whose clicks reach both processes', async () => {
    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    const { url, store } = await sharedDatabase();
    const bots = [await startProcess(slack, url), await startProcess(slack, url)];
    const users = Array.from({ length: 200 }, (_, i) => `U${String(i).padStart(4, '0')}`);
    // Half the users start on each process; every click goes to both, in a different order each time.
    await Promise.all(users.map((u, i) => walk(slack, u, () => (i % 2 ? [bots[1]!, bots[0]!] : [bots[0]!, bots[1]!]))));
    const { lost, twice, details } = await audit(slack, store, users);
    console.log(`200 conversations × ${WALK.length} clicks, each delivered to 2 processes: ${lost} lost turns, ${twice} applied twice`);
    expect({ lost, twice }, details.join('\n')).toEqual({ lost: 0, twice: 0 });
  });

  it('carries on in the other process when one is killed mid-conversation', async () => {
    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    const { url, store } = await sharedDatabase();
    const bots = [await startProcess(slack, url), await startProcess(slack, url)];
    const alive = () => bots.filter((b) => b.child.exitCode === null && b.child.signalCode === null);
    const users = Array.from({ length: 20 }, (_, i) => `K${String(i).padStart(4, '0')}`);
    await Promise.all(users.map((u) => walk(slack, u, () => [bots[0]!], WALK.slice(0, 2))));
    bots[0]!.child.kill('SIGKILL');
    await once(bots[0]!.child, 'exit');
    await Promise.all(users.map((u) => walkOn(slack, u, alive)));
    const { lost, twice, details } = await audit(slack, store, users);
    expect({ lost, twice }, details.join('\n')).toEqual({ lost: 0, twice: 0 });
  });
});

/** The rest of the walk after the first two clicks, on whichever processes are still alive. */
async function walkOn(slack: FakeSlack, user: string, bots: () => Bot[]): Promise<void> {
  const channel = `D${user}`;
  for (const [label, next] of WALK.slice(2)) {
    const message = slack.visible(user, channel).reverse().find((m) => controls(m).some((c) => c.label === label))!;
    const payload = new SlackUser(slack, { url: '', signingSecret: SIGNING_SECRET }, user).actionPayload(message, controls(message).find((c) => c.label === label)!);
    await Promise.all(bots().map((b) => new SlackUser(slack, { url: b.url, signingSecret: SIGNING_SECRET }, user).send(payload, { noSettle: true })));
    await until(`${user}: "${next}"`, () => slack.visible(user, channel).some((m) => textOf(m).includes(next)));
  }
}
