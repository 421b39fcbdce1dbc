// Running shoplink as an operator does: the build under plain node, stopped with SIGTERM through every entry
// (node, npm start, npx), each start-up failure as the one line it prints, and a handoff with no desk.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fakes/discord.ts';
import { FakeSlack, SIGNING_SECRET } from './fakes/slack.ts';
import { freePort, tempDir } from './support.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'src/bin/shoplink.js');
/** What an orchestrator waits after SIGTERM before it kills (docker stop, Kubernetes). */
const STOP_LIMIT_MS = 10_000;

/** The environment without anything of this machine's that would turn a platform on. */
function cleanEnv(over: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info' };
  for (const k of Object.keys(env)) if (/^(SLACK_|DISCORD_|HANDOFF_|PLATFORMS|DATABASE_URL|PORT$|npm_)/.test(k)) delete env[k];
  return { ...env, ...over };
}

interface Running {
  child: ChildProcess;
  output: () => string;
}

const children: ChildProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const c of cleanups.splice(0)) await c();
});

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Running {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return { child, output: () => out };
}

async function until(what: string, r: Running, test: () => boolean, ms = 60_000): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const fail = setTimeout(() => (clearInterval(timer), reject(new Error(`no ${what} within ${ms} ms: ${r.output()}`))), ms);
    const timer = setInterval(() => test() && (clearInterval(timer), clearTimeout(fail), resolve()), 50);
    r.child.once('exit', (code) => (clearInterval(timer), clearTimeout(fail), !test() && reject(new Error(`exited with ${code} before ${what}: ${r.output()}`))));
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A Slack-only bot in HTTP mode against the fake: the cheapest real platform to start. */
async function slackEnv(over: Record<string, string> = {}): Promise<{ env: NodeJS.ProcessEnv; port: number }> {
  const slack = await FakeSlack.start();
  cleanups.push(() => slack.close());
  const port = await freePort();
  const env = cleanEnv({
    PLATFORMS: 'slack',
    SLACK_BOT_TOKEN: 'xoxb-fake',
    SLACK_MODE: 'http',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: String(port),
    DATABASE_URL: `sqlite:${join(tempDir(), 'bot.db')}`,
    ...over,
  });
  return { env, port };
}

/** Sends SIGTERM to `target` and waits for the bot (the process with `botPid`) to be gone; the time it took. */
async function stopAndTime(target: ChildProcess, botPid: number): Promise<{ ms: number; code: number | null; signal: string | null }> {
  const t0 = performance.now();
  const exited = once(target, 'exit') as Promise<[number | null, string | null]>;
  target.kill('SIGTERM');
  const [code, signal] = await exited;
  while (alive(botPid) && performance.now() - t0 < STOP_LIMIT_MS + 2000) await new Promise((r) => setTimeout(r, 50));
  return { ms: performance.now() - t0, code, signal };
}

const pidOf = (logs: string) => Number(/"pid":(\d+).*"msg":"shoplink is running/.exec(logs)?.[1]);

describe('the production build', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    // The build an operator makes: tsc into dist/, then the assets beside it.
    await promisify(execFile)('npm', ['run', 'build'], { cwd: ROOT, env: cleanEnv({}) });
  }, 240_000);

  it('ships the learned reading beside the compiled code, where the compiled bot looks for it', async () => {
    const learned = (await import(pathToFileURL(join(ROOT, 'dist/understanding/learned.js')).href)) as typeof import('../src/understanding/learned.ts');
    expect(learned.shippedModel('en')).toEqual(JSON.parse(readFileSync(join(ROOT, 'src/understanding/learned/en.json'), 'utf8')));
  });

  it("runs the image's entry command: assets and Mermaid served, HEALTHCHECK passes, SIGTERM stops it with exit 0 within 10 s", async () => {
    // No container engine runs on the test machines: the image's own CMD and HEALTHCHECK, read from the Dockerfile,
    // run here from the build, with the image's PLATFORMS (a missing token is an error, never a terminal chat).
    const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]!) as string[];
    const healthcheck = JSON.parse(/^HEALTHCHECK [^\n]*\\\n\s*CMD (\[.*\])$/m.exec(dockerfile)![1]!) as string[];
    expect(cmd).toEqual(['node', 'dist/cli.js', 'start']);
    expect(dockerfile).toMatch(/^\s+PLATFORMS=any \\$/m);
    const { env, port } = await slackEnv({ PLATFORMS: 'any', HANDOFF_DESK: 'discord:123456789012345678' });
    const bot = run(process.execPath, cmd.slice(1), env);
    await until('start', bot, () => bot.output().includes('shoplink is running'));
    // JSON lines on stdout; the desk on a platform that is not running is a warning, not silence.
    expect(bot.output()).toMatch(/"level":40,.*"msg":"HANDOFF_DESK: the desk is on discord, which is not running here/);
    for (const path of ['/healthz', '/assets/mermaid.min.js', '/assets/chat.js', '/assets/preview.css', '/flows/menu']) {
      expect({ path, status: (await fetch(`http://127.0.0.1:${port}${path}`)).status }).toEqual({ path, status: 200 });
    }
    const health = spawn(process.execPath, healthcheck.slice(1), { env });
    expect((await once(health, 'exit'))[0]).toBe(0);
    const stopped = await stopAndTime(bot.child, bot.child.pid!);
    console.log(`${cmd.join(' ')}: SIGTERM → exit ${stopped.code} in ${Math.round(stopped.ms)} ms`);
    // On failure the bot's own lines say why (which step of the stop, a second signal, the grace running out).
    expect({ code: stopped.code, signal: stopped.signal, log: stopped.code === 0 ? '' : bot.output() }).toEqual({ code: 0, signal: null, log: '' });
    expect(stopped.ms).toBeLessThan(STOP_LIMIT_MS);
    expect(bot.output()).toContain('"msg":"stopped"');
    // And the HEALTHCHECK fails once nothing answers.
    const after = spawn(process.execPath, healthcheck.slice(1), { env });
    expect((await once(after, 'exit'))[0]).toBe(1);
  });
});

describe('SIGTERM through the npm wrappers', { timeout: 90_000 }, () => {
  it('npm start: npm and the bot exit 0 within 10 s, nothing left listening', async () => {
    const { env, port } = await slackEnv();
    const npm = run('npm', ['start'], env);
    await until('start', npm, () => npm.output().includes('shoplink is running'));
    const bot = pidOf(npm.output());
    const stopped = await stopAndTime(npm.child, bot);
    console.log(`npm start: SIGTERM → npm exit ${stopped.code}, bot gone in ${Math.round(stopped.ms)} ms`);
    expect(stopped.code).toBe(0);
    expect(alive(bot)).toBe(false);
    expect(stopped.ms).toBeLessThan(STOP_LIMIT_MS);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it('npx shoplink start: the bot stops cleanly when npx is told to stop (npx itself reports the signal)', async () => {
    const { env, port } = await slackEnv();
    const npx = run('npx', ['--no-install', 'shoplink', 'start'], env);
    await until('start', npx, () => npx.output().includes('shoplink is running'));
    const bot = pidOf(npx.output());
    const stopped = await stopAndTime(npx.child, bot);
    console.log(`npx shoplink start: SIGTERM → bot gone in ${Math.round(stopped.ms)} ms (npx: ${stopped.code ?? stopped.signal})`);
    expect(alive(bot)).toBe(false);
    expect(stopped.ms).toBeLessThan(STOP_LIMIT_MS);
    expect(npx.output()).toContain('"msg":"stopped"');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});

describe('start-up', { timeout: 60_000 }, () => {
  /** Runs `shoplink start` to its end; its exit code and what it printed on stderr. */
  async function startFails(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
    const child = spawn(process.execPath, [BIN, 'start'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const [code] = await once(child, 'exit');
    return { code, stderr };
  }

  it('says on stderr that it is the terminal chat, with the variables that turn platforms on', async () => {
    const { code, stderr } = await startFails(cleanEnv({ DATABASE_URL: 'memory:' }));
    expect(code).toBe(0);
    expect(stderr.trim()).toBe(
      'shoplink: no SLACK_BOT_TOKEN or DISCORD_TOKEN is set, so this is the terminal chat. Set a token in .env to run the bot on Slack or Discord; with PLATFORMS=slack,discord a missing token stops the start instead.',
    );
  });

  it('prints each failure as one line naming the variable and the fix, and exits 1', async () => {
    const discord = await FakeDiscord.start();
    cleanups.push(() => discord.close());
    discord.fail({ times: 10, status: 401, match: (r) => r.path.endsWith('/gateway/bot') });
    const taken = await freePort();
    const holder = (await import('node:net')).createServer().listen(taken, '0.0.0.0');
    cleanups.push(() => new Promise((r) => holder.close(() => r())));
    const closed = await freePort();
    const slack = (await slackEnv()).env;
    const cases: [string, NodeJS.ProcessEnv, string][] = [
      ['a listed platform without its token', cleanEnv({ PLATFORMS: 'slack,discord', SLACK_BOT_TOKEN: 'xoxb-fake', SLACK_APP_TOKEN: 'xapp-fake', DATABASE_URL: 'memory:' }),
        'DISCORD_TOKEN: PLATFORMS=slack,discord needs it; set it in .env (Developer Portal → your application → Bot → Reset Token) or remove discord from PLATFORMS'],
      ['PLATFORMS=any with no token', cleanEnv({ PLATFORMS: 'any' }),
        'SLACK_BOT_TOKEN, DISCORD_TOKEN: PLATFORMS=any needs at least one of them; set a token, or PLATFORMS=terminal for the terminal chat'],
      ['PostgreSQL refusing connections', { ...slack, DATABASE_URL: `postgres://postgres@127.0.0.1:${closed}/shoplink` },
        `DATABASE_URL: nothing answers at postgres://127.0.0.1:${closed}/shoplink (connection refused); start PostgreSQL there or point DATABASE_URL at the running server`],
      ['a database that does not exist', { ...slack, DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:5432/shoplink_no_such_db' },
        'DATABASE_URL: database "shoplink_no_such_db" does not exist on postgres://127.0.0.1:5432/shoplink_no_such_db; create it (createdb <name>) or fix the database name in DATABASE_URL'],
      ['a SQLite path that cannot be a folder', { ...slack, DATABASE_URL: 'sqlite:/dev/null/shoplink.db' },
        "DATABASE_URL: cannot open the SQLite file of sqlite:/dev/null/shoplink.db (EEXIST: file already exists, mkdir '/dev/null'); point it at a file in a folder this user can write"],
      ['a port in use', { ...slack, PORT: String(taken) }, `PORT: ${taken} is already in use; set PORT to a free port`],
      ['a Discord token Discord refuses', cleanEnv({ PLATFORMS: 'discord', DISCORD_TOKEN: 'revoked', DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.api, DATABASE_URL: 'memory:', PORT: '0' }),
        'DISCORD_TOKEN: Discord refused this token; copy it again from the Developer Portal (your application → Bot → Reset Token)'],
    ];
    const results = await Promise.all(cases.map(async ([what, env]) => ({ what, ...(await startFails(env)) })));
    for (const [i, r] of results.entries()) {
      console.log(`${r.what}: exit ${r.code}: ${r.stderr.trim()}`);
      expect({ what: r.what, code: r.code, stderr: r.stderr.trim() }).toEqual({ what: cases[i]![0], code: 1, stderr: cases[i]![2] });
    }
  });
});

describe('a handoff with no desk', { timeout: 60_000 }, () => {
  it('tells the user the case is recorded, not that someone will reply, and `shoplink cases list` shows it', async () => {
    const env = cleanEnv({ DATABASE_URL: `sqlite:${join(tempDir(), 'chat.db')}` });
    const chat = spawn(process.execPath, [BIN, 'chat'], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    children.push(chat);
    let out = '';
    chat.stdout!.on('data', (d) => (out += d));
    chat.stdin!.end('talk to a person\nMy shop will not link to my TikTok account\n');
    await once(chat, 'exit');
    expect(out).toContain("I've saved this as a case with everything you told me. No support team is connected to this chat right now, so no one will reply here");
    expect(out).toContain('Your case number is #1.');
    expect(out).not.toMatch(/will (reply|pick this up|answer) right here/);
    const list = await promisify(execFile)(process.execPath, [BIN, 'cases', 'list'], { cwd: ROOT, env });
    expect(list.stdout).toMatch(/^- #1 · system · open · terminal user/m);
  });
});
