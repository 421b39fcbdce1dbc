// Discord sharded (DISCORD_SHARDS): the real discord.js ShardingManager forks one shard process per shard against
// the loopback fake, each with its own Client, engine and outbox over one SQLite file; guilds reach the shard that
// serves them, the main process reaches users over REST alone, and stop() ends every shard process.
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config.ts';
import { conversationIdOf, type Address } from '../../../src/address.ts';
import { Conversations } from '../../../src/conversation/conversation.ts';
import { Cases } from '../../../src/handoff/cases.ts';
import { replyAction } from '../../../src/handoff/relay.ts';
import { toUser } from '../../../src/handoff/items.ts';
import { readDiscordConfig, startDiscordShards, type DiscordShards } from '../../../src/platforms/discord/index.ts';
import { openStore } from '../../../src/store/open.ts';
import type { Store } from '../../../src/store/types.ts';
import { FakeDiscord, labelsOf, shardOf, type FakeUser } from '../../fakes/discord.ts';
import { FLOWS_DIR, shippedFlows, tempDir } from '../../support.ts';

// The main process's log lines at info, kept to look into; LOG=debug npx vitest run … also shows them and the
// shards' (on stderr) when a test needs explaining.
let lines: string[] = [];
const log = pino({ level: 'info' }, { write: (line: string) => (lines.push(line), process.env.LOG && process.stderr.write(line)) });
/** The pids of the shard processes the main process started, from its logs. */
const pidsLogged = () => lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'discord shard process started').map((l) => l.pid as number);
// The shards log to the inherited stderr; errors only, unless asked.
const shardLevel = process.env.LOG ?? 'error';

let fake: FakeDiscord | undefined;
let store: Store | undefined;
let shards: DiscordShards | undefined;
let children: ChildProcess[] = [];
let dir: string | undefined;

afterEach(async () => {
  await shards?.stop();
  shards = undefined;
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  children = [];
  await store?.close();
  store = undefined;
  await fake?.close();
  fake = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
  lines = [];
});

async function start(o: { shards: number | 'auto'; fakeShards?: number; env?: Record<string, string> }) {
  fake = await FakeDiscord.start({ shards: o.fakeShards ?? 1 });
  dir = tempDir('shoplink-shards-');
  const databaseUrl = `sqlite:${join(dir, 'shoplink.db')}`;
  // As startBot does: the main process opens the store (migrating it) before the platforms start.
  store = openStore(databaseUrl);
  const conversations = new Conversations(shippedFlows(), store);
  const cases = new Cases({ store, conversations, log });
  const config = { token: 'test-token', applicationId: fake.applicationId, apiUrl: fake.api, threads: false, shards: o.shards };
  shards = await startDiscordShards({
    conversations,
    config,
    log,
    cases,
    databaseUrl,
    flowsDir: FLOWS_DIR,
    // Discord wants 5 s between IDENTIFYs; the fake does not.
    spawnDelayMs: 0,
    env: { LOG_LEVEL: shardLevel, ...o.env },
  });
  children = [...shards.processes().values()];
  return shards;
}

const addressOf = (u: FakeUser): Address => ({ platform: 'discord', workspace: u.guildId!, channel: u.channelId, user: u.id });

describe('DISCORD_SHARDS', { timeout: 60_000 }, () => {
  it('runs a shard process per shard; each guild is answered by its shard, state lands in the shared database, stop() ends them', async () => {
    const running = await start({ shards: 2 });
    const f = fake!;
    expect(running.count).toBe(2);
    expect(children).toHaveLength(2);
    // /healthz reads it: up once every shard process has started.
    expect(running.connection.view().state).toBe('up');
    // Both shards identified, once each, and the main process opened no gateway connection of its own.
    expect(f.identified.map((s) => s.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(f.connected()).toHaveLength(2);

    const a = f.addGuild('shop A', { shard: [0, 2] });
    const b = f.addGuild('shop B', { shard: [1, 2] });
    expect([shardOf(a.id, 2), shardOf(b.id, 2)]).toEqual([0, 1]);
    const ana = f.user('ana', [], a);
    const bo = f.user('bo', [], b);

    for (const [who, shard] of [
      [ana, 0],
      [bo, 1],
    ] as const) {
      const menu = await who.command();
      expect(menu.interaction.deliveredTo.map((s) => s.shard)).toEqual([[shard, 2]]);
      const shown = f.messages.get(menu.interaction.originalId!)!;
      expect(shown.ephemeralTo).toBe(who.id);
      expect(labelsOf(shown)).toContain("I'm a creator");
      const click = await who.click("I'm a creator");
      expect(click.interaction.deliveredTo.map((s) => s.shard)).toEqual([[shard, 2]]);
      expect(click.first.callbackType).toBe(7);
      expect(labelsOf(who.latest())).toContain('A brand sent me an invitation');
    }

    // Both conversations are in the one database the main process has open, each past the menu.
    for (const who of [ana, bo]) {
      const record = await store!.loadConversation(conversationIdOf(addressOf(who)));
      expect(record).toMatchObject({ step: 'creator-link.how', rev: 2, address: addressOf(who) });
      expect(record!.path.map((p) => p.step)).toEqual(['menu.welcome', 'creator-link.how']);
    }

    // The main process reaches a Discord user over REST alone (a delivery its own outbox took).
    const conversation = conversationIdOf(addressOf(ana));
    await running.reach.send(addressOf(ana), [{ text: 'An agent answered.', kind: 'step' }], { conversation, replyAction: replyAction(conversation) });
    const dm = f.dmChannelOf(ana.id)!;
    expect(f.visible(dm, ana.id).map((m) => m.content).join('\n')).toContain('An agent answered.');

    // The shards' outbox workers deliver from the shared store (this main process runs none); what only the main
    // process can deliver, a Slack user, is put back for it, not dropped.
    const slackUser: Address = { platform: 'slack', workspace: 'T1', channel: 'C1', user: 'U1' };
    await store!.enqueue([
      toUser({ address: slackUser, conversation: conversationIdOf(slackUser), replies: [{ text: 'For Slack.', kind: 'step' }] }),
      toUser({ address: addressOf(bo), conversation: conversationIdOf(addressOf(bo)), replies: [{ text: 'Back from the desk.', kind: 'step' }] }),
    ]);
    await f.waitFor((r) => r.kind === 'channel-message' && r.body?.content?.includes('Back from the desk.'), 10_000, 'delivery by a shard');
    // Everything not done yet, due or leased (the shard marks its delivery done just after Discord answered).
    const pending = () => store!.takeDue(Date.now() + 120_000, 10, 1);
    let kept = await pending();
    for (let i = 0; kept.length > 1 && i < 100; i++) {
      await new Promise((r) => setTimeout(r, 50));
      kept = await pending();
    }
    expect(kept).toMatchObject([{ kind: 'to-user', payload: { address: slackUser }, lastError: expect.stringMatching(/main process/) }]);

    await running.stop();
    for (const c of children) {
      expect(c.exitCode).toBe(0);
      expect(isAlive(c.pid!)).toBe(false);
    }
    expect(running.processes().size).toBe(0);
    expect(f.connected()).toEqual([]);
    // Nothing respawns them afterwards.
    await new Promise((r) => setTimeout(r, 300));
    expect(running.processes().size).toBe(0);
    expect(f.identified).toHaveLength(2);
    expect(f.violations).toEqual([]);
    expect(pidsLogged().sort()).toEqual(children.map((c) => c.pid).sort());
    // What people typed or were sent never reaches the main process's info logs.
    expect(lines.join('')).not.toMatch(/An agent answered|Back from the desk|For Slack/);
  });

  it('takes the count Discord recommends with auto, through DISCORD_API_URL', async () => {
    const running = await start({ shards: 'auto', fakeShards: 2 });
    expect(running.count).toBe(2);
    expect(fake!.identified.map((s) => s.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    // A DM is shard 0's.
    const dm = await fake!.dmUser('cy').command();
    expect(dm.interaction.deliveredTo.map((s) => s.shard)).toEqual([[0, 2]]);
    expect(labelsOf(fake!.messages.get(dm.interaction.originalId!))).toContain("I'm a creator");
    await running.stop();
    for (const c of children) expect(c.exitCode).toBe(0);
  });

  it('refuses a memory store: shards must share one', async () => {
    fake = await FakeDiscord.start();
    const config = { token: 't', applicationId: fake.applicationId, apiUrl: fake.api, threads: false, shards: 2 };
    await expect(startDiscordShards({ config, log, databaseUrl: 'memory:', flowsDir: FLOWS_DIR })).rejects.toThrow(ConfigError);
    await expect(startDiscordShards({ config, log, databaseUrl: 'memory:', flowsDir: FLOWS_DIR })).rejects.toThrow(/DATABASE_URL.*not memory:/);
    expect(fake.identified).toEqual([]);
  });

  it('says why when a shard cannot start, and leaves no process behind', async () => {
    // The shards log why they stop too; quiet here, as the error is what the test looks at.
    const err = await start({ shards: 2, env: { SUPPORT_REMINDER: 'soon', LOG_LEVEL: process.env.LOG ?? 'silent' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect(String(err)).toMatch(/SUPPORT_REMINDER/);
    expect(shards).toBeUndefined();
    expect(fake!.connected()).toEqual([]);
    const pids = pidsLogged();
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(isAlive(pid)).toBe(false);
  });
});

describe('readDiscordConfig: DISCORD_SHARDS', () => {
  const base = { DISCORD_TOKEN: 'MTIz.abc.def', DISCORD_APPLICATION_ID: '123456789012345678' };

  it('reads a count or auto, and is absent when unset', () => {
    expect(readDiscordConfig({ ...base, DISCORD_SHARDS: '2' })?.shards).toBe(2);
    expect(readDiscordConfig({ ...base, DISCORD_SHARDS: 'auto' })?.shards).toBe('auto');
    expect(readDiscordConfig({ ...base, DISCORD_SHARDS: ' Auto ' })?.shards).toBe('auto');
    expect(readDiscordConfig({ ...base, DISCORD_SHARDS: '' })).not.toHaveProperty('shards');
    expect(readDiscordConfig(base)).not.toHaveProperty('shards');
  });

  it('names the variable and the fix when it is wrong', () => {
    for (const bad of ['0', '-1', '1.5', 'two', 'true']) {
      expect(() => readDiscordConfig({ ...base, DISCORD_SHARDS: bad })).toThrow(/DISCORD_SHARDS: use a whole number of shards, 1 or more/);
    }
    expect(() => readDiscordConfig({ DISCORD_SHARDS: '2' })).toThrow(/DISCORD_TOKEN: required with .*DISCORD_SHARDS/);
    expect(() => readDiscordConfig({ ...base, DISCORD_SHARDS: '2', DATABASE_URL: 'memory:' })).toThrow(/DISCORD_SHARDS: shard processes must share one store/);
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
