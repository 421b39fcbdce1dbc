// Issue 13, items 7 and 11 (Host): the preview, /api/* (which opens real cases) and /metrics answer only on
// this machine unless WEB_EXPOSE opens them, and then only with WEB_TOKEN; /healthz answers everyone.
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../src/bot.ts';
import { readConfig } from '../../src/config.ts';
import { FakeDiscord } from '../fakes/discord.ts';
import { FakeSlack, slackTestConfig } from '../fakes/slack.ts';
import { FLOWS_DIR, freePort } from '../support.ts';
import { BotProcess } from './process.ts';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** This machine's address on a network interface: a request to it arrives from a non-loopback address. */
const outside = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

interface Answer {
  status: number | 'refused';
  body: string;
  headers: Record<string, unknown>;
}

function call(host: string, port: number, path: string, o: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request({ host, port, path, method: o.method ?? 'GET', headers: o.headers });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', () => resolve({ status: 'refused', body: '', headers: {} }));
    req.end(o.body);
  });
}

const turn = (host: string, port: number, headers: Record<string, string> = {}) =>
  call(host, port, '/api/turn', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{"session":"s1","text":"talk to a person"}' });

describe('who may use the web routes', { timeout: 30_000 }, () => {
  it('npm start serves them on 127.0.0.1 only, and refuses a foreign Host (DNS rebinding)', async () => {
    expect(outside, 'this test needs a network interface besides loopback').toBeDefined();
    const discord = await FakeDiscord.start();
    cleanups.push(() => discord.close());
    const port = await freePort();
    const env = { DATABASE_URL: 'memory:', DISCORD_TOKEN: 'fake-token', DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.api, PORT: String(port) };
    const bot = await BotProcess.start(env);
    cleanups.push(() => bot.kill());
    expect((await turn('127.0.0.1', port)).status).toBe(200);
    expect((await turn(outside!, port)).status).toBe('refused');
    const rebound = await turn('127.0.0.1', port, { host: `shop.attacker.example:${port}` });
    expect(rebound.status).toBe(403);
    expect(rebound.body).toContain('WEB_EXPOSE');
    expect((await call('127.0.0.1', port, '/metrics', { headers: { host: `shop.attacker.example:${port}` } })).status).toBe(403);
  });

  it('opens them to others only with WEB_EXPOSE and WEB_TOKEN; /healthz needs neither', async () => {
    const discord = await FakeDiscord.start();
    cleanups.push(() => discord.close());
    const port = await freePort();
    const env = { DATABASE_URL: 'memory:', DISCORD_TOKEN: 'fake-token', DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.api, PORT: String(port), WEB_EXPOSE: 'true' };
    await expect(BotProcess.start(env)).rejects.toThrow(/WEB_TOKEN: required when WEB_EXPOSE=true/);
    const token = 'k3Jx9vQ2mL7pR4tW8yZ1';
    const bot = await BotProcess.start({ ...env, WEB_TOKEN: token });
    cleanups.push(() => bot.kill());
    const host = outside ?? '127.0.0.1';
    const refused = await turn(host, port);
    expect(refused.status).toBe(401);
    expect(refused.headers['www-authenticate']).toMatch(/^Basic/);
    expect((await turn(host, port, { authorization: 'Bearer wrong-token-wrong-token' })).status).toBe(401);
    expect((await turn(host, port, { authorization: `Bearer ${token}` })).status).toBe(200);
    const basic = `Basic ${Buffer.from(`staff:${token}`).toString('base64')}`;
    expect((await call(host, port, '/metrics', { headers: { authorization: basic } })).status).toBe(200);
    expect((await call(host, port, '/healthz')).status).toBe(200);
  });

  it("in Slack's HTTP mode (all interfaces, for Slack) refuses them to other machines, /healthz and Slack still answer", async () => {
    expect(outside, 'this test needs a network interface besides loopback').toBeDefined();
    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    const port = await freePort();
    const bot: Bot = await startBot({ config: readConfig({ DATABASE_URL: 'memory:', FLOWS_DIR }), slack: slackTestConfig(slack, port), log: pino({ level: 'silent' }), web: { port: 1 } });
    cleanups.push(() => bot.stop());
    expect((await turn(outside!, port)).status).toBe(403);
    expect((await call(outside!, port, '/metrics')).status).toBe(403);
    expect((await call(outside!, port, '/')).status).toBe(403);
    expect((await call(outside!, port, '/healthz')).status).toBe(200);
    expect((await turn('127.0.0.1', port)).status).toBe(200);
  });
});

