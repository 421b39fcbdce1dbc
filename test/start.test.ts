// `npm start` as an operator runs it: the real command in a child process, with Slack (HTTP mode) and
// Discord at once against the fakes; both answer, /healthz shares Slack's port, SIGTERM stops it cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord, labelsOf } from './fakes/discord.ts';
import { FakeSlack, SIGNING_SECRET, SlackUser } from './fakes/slack.ts';
import { freePort, tempDir } from './support.ts';

const BIN = fileURLToPath(new URL('../src/bin/shoplink.js', import.meta.url));


let child: ChildProcess | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  for (const c of cleanups.splice(0)) await c();
});

describe('npm start', { timeout: 30_000 }, () => {
  it('serves Slack and Discord side by side from one process, and stops on SIGTERM', async () => {
    const slack = await FakeSlack.start();
    const discord = await FakeDiscord.start();
    cleanups.push(() => slack.close(), () => discord.close());
    const port = await freePort();
    child = spawn(process.execPath, [BIN, 'start'], {
      env: {
        ...process.env,
        DATABASE_URL: `sqlite:${join(tempDir(), 'start.db')}`,
        LOG_LEVEL: 'info',
        SLACK_BOT_TOKEN: 'xoxb-fake',
        SLACK_MODE: 'http',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
        DISCORD_TOKEN: 'fake-token',
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_URL: discord.api,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    child.stderr!.on('data', (d) => (logs += d));
    child.stdout!.on('data', (d) => (logs += d));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => logs.includes('shoplink is running') && (clearInterval(timer), resolve()), 50);
      child!.once('exit', (code) => (clearInterval(timer), reject(new Error(`exited with ${code}: ${logs}`))));
    });
    expect(logs).toContain('"platforms":["slack (http)","discord","web"]');
    // The web routes share Slack's HTTP server: one port for everything.
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await health.json()).toEqual({
      status: 'ok',
      platforms: ['slack (http)', 'discord', 'web'],
      database: 'reachable',
      // Each platform's live connection: Slack's HTTP server, Discord's gateway.
      connections: { slack: { state: 'up', since: expect.any(String) }, discord: { state: 'up', since: expect.any(String) } },
    });

    const ana = new SlackUser(slack, { url: `http://127.0.0.1:${port}`, signingSecret: SIGNING_SECRET }, 'U0ANA');
    expect((await ana.command('my bag icon is missing', 'C_SHOP')).status).toBe(200);
    const posted = await slack.waitFor((c) => c.method === 'chat.postMessage' && JSON.stringify(c.args).includes('find that shopping bag'));
    expect(posted).toBeDefined();

    const bo = discord.user('bo');
    const shown = await bo.command({ topic: 'creator-link' });
    expect(labelsOf(discord.messages.get(shown.interaction.originalId!))).toContain('A brand sent me an invitation');

    // The turns and Slack's acknowledgement time are counted for Prometheus.
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/^shoplink_ack_seconds_count\{platform="slack"\} 1$/m);
    expect(metrics).toMatch(/^shoplink_ack_seconds_count\{platform="discord"\} 1$/m);
    expect(metrics).toMatch(/^shoplink_turns_total\{platform="slack"\} 1$/m);
    expect(metrics).toMatch(/^shoplink_turns_total\{platform="discord"\} 1$/m);

    // Discord's gateway goes away: /healthz says so at once, and stays 200 until it has been down for long.
    discord.dropGateway(4000);
    await discord.close();
    await expect
      .poll(async () => ((await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { connections: Record<string, { state: string }> }).connections.discord!.state, { timeout: 10_000 })
      .toBe('down');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    // Logs at info say what happened, never what people typed.
    expect(logs).toContain('"level":30');
    expect(logs).not.toContain('bag icon is missing');
    expect(discord.violations).toEqual([]);
  });

  it('refuses to start with half a configuration, naming the variable', async () => {
    child = spawn(process.execPath, [BIN, 'start'], { env: { ...process.env, SLACK_BOT_TOKEN: 'xoxb-fake', SLACK_APP_TOKEN: '', SLACK_MODE: 'http' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(err.trim()).toBe('SLACK_SIGNING_SECRET: required when SLACK_MODE=http (Basic Information → App Credentials → Signing Secret)');
  });
});
