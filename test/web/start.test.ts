// Where the web routes run: inside startBot (on Slack's own server in HTTP mode, else on a server of their
// own), behind `npm start`, and alone with `shoplink preview`; `npm start` without tokens stays the terminal chat.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../src/bot.ts';
import { readConfig } from '../../src/config.ts';
import type { WebTurn } from '../../src/web/turn.ts';
import { FakeDiscord } from '../fakes/discord.ts';
import { FakeSlack, SIGNING_SECRET, SlackUser, slackTestConfig } from '../fakes/slack.ts';
import { FLOWS_DIR, freePort, tempDir } from '../support.ts';

const BIN = fileURLToPath(new URL('../../src/bin/shoplink.js', import.meta.url));
const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });


let bot: Bot | undefined;
let child: ChildProcess | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = undefined;
  for (const c of cleanups.splice(0)) await c();
});

const json = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as unknown };
};

describe('startBot with web', { timeout: 30_000 }, () => {
  it("joins Slack's HTTP server in HTTP mode: one port for Slack, /healthz, /metrics and the preview", async () => {
    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    const port = await freePort();
    // web.port is not used in HTTP mode: Slack's PORT is the one port.
    bot = await startBot({ config: readConfig({ DATABASE_URL: 'memory:', FLOWS_DIR }), slack: slackTestConfig(slack, port), log, web: { port: 1, host: '127.0.0.1' } });
    expect(bot.web).toEqual({ port });
    const base = `http://127.0.0.1:${port}`;
    expect(await json(`${base}/healthz`)).toEqual({
      status: 200,
      body: { status: 'ok', platforms: ['slack (http)', 'web'], database: 'reachable', connections: { slack: { state: 'up', since: expect.any(String) } } },
    });

    const ana = new SlackUser(slack, { url: base, signingSecret: SIGNING_SECRET }, 'U0ANA');
    expect((await ana.command('my bag icon is missing', 'C_SHOP')).status).toBe(200);
    await slack.waitFor((c) => c.method === 'chat.postMessage' && JSON.stringify(c.args).includes('find that shopping bag'));
    const turn = await fetch(`${base}/api/turn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"session":"w1","text":"hello"}' });
    expect(turn.status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('shoplink_turns_total{platform="slack"} 1');
    expect(metrics).toContain('shoplink_turns_total{platform="web"} 1');
    expect((await fetch(`${base}/flows/qr-failure`)).status).toBe(200);
  });

  it('stops in HTTP mode while a client holds a request half sent: the connection is cut, the stop does not wait for it', { timeout: 20_000 }, async () => {
    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    const port = await freePort();
    bot = await startBot({ config: readConfig({ DATABASE_URL: 'memory:', FLOWS_DIR }), slack: slackTestConfig(slack, port), log, web: { port: 1, host: '127.0.0.1' } });
    // Half a body: the request stays in flight until its 30 s timeout, longer than an orchestrator waits after SIGTERM.
    const client = connect(port, '127.0.0.1');
    await once(client, 'connect');
    client.write('POST /api/turn HTTP/1.1\r\nHost: shoplink\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"session":"w');
    const cut = once(client.resume(), 'close');
    await bot.stop();
    bot = undefined;
    await cut;
    expect(client.destroyed).toBe(true);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it('serves on a port of its own otherwise', async () => {
    bot = await startBot({ config: readConfig({ DATABASE_URL: 'memory:', FLOWS_DIR }), log, web: { port: 0, host: '127.0.0.1' } });
    expect(bot.platforms).toEqual(['web']);
    expect(await json(`http://127.0.0.1:${bot.web!.port}/healthz`)).toEqual({ status: 200, body: { status: 'ok', platforms: ['web'], database: 'reachable' } });
  });

  it('lets the support team reach a preview user: their answers and the rating question arrive at the page', async () => {
    bot = await startBot({ config: readConfig({ DATABASE_URL: 'memory:', FLOWS_DIR }), log, web: { port: 0, host: '127.0.0.1' }, pollMs: 3_600_000 });
    const base = `http://127.0.0.1:${bot.web!.port}`;
    const say = async (fields: object) =>
      (await (await fetch(`${base}/api/turn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session: 'ana-r', ...fields }) })).json()) as WebTurn;
    await say({ text: 'talk to a person' });
    expect(await say({ text: 'My QR code fails' })).toMatchObject({ status: 'handoff', caseNumber: 1 });
    const messages = async () => (await (await fetch(`${base}/api/messages?session=ana-r`)).json()) as WebTurn;
    expect(await messages()).toEqual({ replies: [], flow: 'system', step: 'handoff', status: 'handoff', caseNumber: 1 });

    await bot.cases.agentSays(1, 'A1', 'Sam', 'Try logging out of Seller Center first.');
    await bot.outbox.drain();
    const answer = await messages();
    expect(answer.replies.map((r) => r.text)).toEqual(['**Sam (support):** Try logging out of Seller Center first.']);
    expect((await messages()).replies).toEqual([]);

    await bot.cases.resolve(1, 'A1');
    await bot.outbox.drain();
    const rating = await messages();
    expect(rating.replies.at(-1)!.buttons.map((b) => b.label)).toEqual(['1', '2', '3', '4', '5']);
    expect(await say({ press: rating.replies.at(-1)!.buttons[4]!.action })).toMatchObject({ step: 'comment-offer' });
  });

  it('binds nothing when not asked to (the other tests start many bots at once)', async () => {
    bot = await startBot({ config: readConfig({ DATABASE_URL: 'memory:', FLOWS_DIR }), log });
    expect(bot.web).toBeUndefined();
    expect(bot.platforms).toEqual([]);
  });
});

function run(args: string[], env: Record<string, string>, stdin: 'ignore' | 'pipe' = 'ignore'): { child: ChildProcess; output: () => string } {
  const c = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: `sqlite:${join(tempDir(), 'web.db')}`, ...env }, stdio: [stdin, 'pipe', 'pipe'] });
  let out = '';
  c.stdout!.on('data', (d) => (out += d));
  c.stderr!.on('data', (d) => (out += d));
  child = c;
  return { child: c, output: () => out };
}

async function until(what: string, test: () => boolean, c: ChildProcess, output: () => string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => test() && (clearInterval(timer), resolve()), 50);
    c.once('exit', (code) => (clearInterval(timer), reject(new Error(`exited with ${code} before ${what}: ${output()}`))));
  });
}

describe('the commands', { timeout: 30_000 }, () => {
  it('npm start serves /healthz, /metrics and the preview on PORT beside Discord, and stops on SIGTERM', async () => {
    const discord = await FakeDiscord.start();
    cleanups.push(() => discord.close());
    const port = await freePort();
    const { child: c, output } = run(['start'], { LOG_LEVEL: 'info', PORT: String(port), DISCORD_TOKEN: 'fake-token', DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.api });
    await until('it runs', () => output().includes('shoplink is running'), c, output);
    expect(output()).toContain(`"platforms":["discord","web"]`);
    expect(await json(`http://127.0.0.1:${port}/healthz`)).toEqual({
      status: 200,
      body: { status: 'ok', platforms: ['discord', 'web'], database: 'reachable', connections: { discord: { state: 'up', since: expect.any(String) } } },
    });
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain('shoplink <span>preview</span>');
    expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toContain('# TYPE shoplink_turns_total counter');
    c.kill('SIGTERM');
    expect((await once(c, 'exit'))[0]).toBe(0);
  });

  it('shoplink preview --port runs the preview alone and tells where to open it', async () => {
    const port = await freePort();
    const { child: c, output } = run(['preview', '--port', String(port)], {});
    await until('it listens', () => output().includes('shoplink preview: open'), c, output);
    expect(output()).toContain(`shoplink preview: open http://127.0.0.1:${port}/ in a browser. Ctrl+C stops it.`);
    const turn = await fetch(`http://127.0.0.1:${port}/api/turn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"session":"p1","text":"my bag icon is missing"}' });
    expect(await turn.json()).toMatchObject({ flow: 'missing-icon', status: 'active' });
    c.kill('SIGTERM');
    expect((await once(c, 'exit'))[0]).toBe(0);
  });

  it('shoplink preview refuses a port that is taken, naming it', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    cleanups.push(async () => void taken.close());
    const { port } = taken.address() as AddressInfo;
    const { child: c, output } = run(['preview', '--port', String(port)], {});
    expect((await once(c, 'exit'))[0]).toBe(1);
    expect(output().trim()).toBe(`PORT: ${port} is already in use; set PORT (or --port) to a free port`);
  });

  it('npm start with no token is still the terminal chat: piped input, then it exits', async () => {
    const { child: c, output } = run(['start'], { PORT: '1' }, 'pipe');
    c.stdin!.end('my bag icon is missing\n');
    expect((await once(c, 'exit'))[0]).toBe(0);
    expect(output()).toContain('you> my bag icon is missing');
    expect(output()).toContain('find that shopping bag');
  });
});
