// What must not go wrong on Discord: forged or foreign clicks, double clicks, expired tokens, unknown commands,
// a store too slow for the 3-second deadline, an engine that fails, and user text leaking into logs.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { Conversations } from '../../../src/conversation/conversation.ts';
import { messages } from '../../../src/conversation/messages.ts';
import { startDiscord, type DiscordBot } from '../../../src/platforms/discord/index.ts';
import { MemoryStore } from '../../../src/store/memory.ts';
import { FakeDiscord, labelsOf, type Exchange } from '../../fakes/discord.ts';
import { shippedFlows, troubled } from '../../support.ts';

const EPHEMERAL = 64;

let fake: FakeDiscord;
let bot: DiscordBot | undefined;
let store: ReturnType<typeof troubled>;
let logs: string[];

async function setup() {
  fake = await FakeDiscord.start();
  store = troubled();
  logs = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const config = { token: 'test-token', applicationId: fake.applicationId, apiUrl: fake.api, threads: false };
  bot = await startDiscord({ conversations: new Conversations(shippedFlows(), store), config, log: pino({ level: 'info' }, sink) });
}

afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  expect(fake.violations).toEqual([]);
  await fake.close();
});

function bodyOf(r: Exchange['first']) {
  return r.kind === 'callback' ? r.body.data : r.body;
}

const conversationOf = (customId: string) => customId.split(':')[1]!;

describe('clicks that must change nothing', () => {
  it('answers a forged or garbled custom_id privately and clearly, and the conversation stays as it was', async () => {
    await setup();
    const ana = fake.user('ana');
    await ana.command();
    const menu = ana.latest()!;
    const real = menu.components[0].components[0].custom_id as string;
    const forged = [
      'not-ours',
      'sl:',
      `sl:${conversationOf(real)}:1:x`,
      `sl:${'A'.repeat(12)}:1:0`,
      `sl:${conversationOf(real)}:1:0${'9'.repeat(120)}`,
    ];
    const expected = [messages.unknownButton, messages.unknownButton, messages.unknownButton, messages.gone, messages.unknownButton];
    for (const [i, customId] of forged.entries()) {
      const x = await ana.press(customId);
      expect(x.first.callbackType).toBe(4);
      expect(bodyOf(x.first)).toMatchObject({ content: expected[i], flags: EPHEMERAL, allowed_mentions: { parse: [] } });
    }
    const select = await ana.press('sl:pick', { values: ['<script>'] });
    expect(bodyOf(select.first)).toMatchObject({ content: messages.unknownButton, flags: EPHEMERAL });
    expect(menu.history).toHaveLength(1);
    expect((await store.inner.loadConversation(conversationOf(real)))!.rev).toBe(1);
    expect((await ana.click('I own a shop')).first.callbackType).toBe(7);
  });

  it("a click after the message's token expired continues with a fresh message and never uses the old token", async () => {
    await setup();
    const ana = fake.user('ana');
    const start = await ana.command();
    const menu = ana.latest()!;
    fake.expire(menu.id);
    const x = await ana.click("I'm a creator", { message: menu });
    expect(x.first.callbackType).toBe(4);
    expect(bodyOf(x.first).flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(bodyOf(x.first).content).toContain("-# ✓ I'm a creator");
    expect(bodyOf(x.first).content).toContain('As a creator');
    expect(menu.history).toHaveLength(1);
    expect(fake.responsesTo(start.interaction).filter((r) => r.kind !== 'callback')).toEqual([]);
    expect(labelsOf(ana.latest())).toContain('A brand sent me an invitation');
    // The old message's buttons are now stale: the engine says so, still in a fresh message.
    const stale = await ana.click('I own a shop', { message: menu });
    expect(stale.first.callbackType).toBe(4);
    expect(bodyOf(stale.first).content).toContain(messages.stale);
  });

  it('an answer submitted for a step the user has left is refused and shows where they are', async () => {
    await setup();
    const ana = fake.user('ana');
    await ana.command();
    await ana.click("Something isn't working");
    await ana.click('Something else');
    const ask = ana.latest()!;
    await ana.click("What's going on?");
    const bo = fake.user('bo');
    await bo.click("What's going on?", { message: ask });
    const foreign = await bo.submit('let me in');
    expect(bodyOf(foreign.first)).toMatchObject({ content: messages.foreign(`<@${ana.id}>`), flags: EPHEMERAL });
    const done = await ana.submit('My shop was suspended');
    expect(bodyOf(done.first).content).toContain(messages.caseOpened(1));
    const again = await ana.submit('My shop was suspended');
    expect(again.first.callbackType).toBe(7);
    expect(bodyOf(again.first).content).toContain(messages.stale);
    expect(await store.inner.listCases()).toHaveLength(1);
  });
});

describe('commands', () => {
  it('answers an unknown command privately with a clear message', async () => {
    await setup();
    const x = await fake.user('ana').command({ name: 'shophelp' });
    expect(x.first.callbackType).toBe(4);
    expect(bodyOf(x.first)).toMatchObject({ content: messages.unknownCommand('shophelp'), flags: EPHEMERAL, allowed_mentions: { parse: [] } });
  });
});

describe('start-up', () => {
  it('refuses a bad token with a clear error and leaves nothing connected', async () => {
    fake = await FakeDiscord.start();
    fake.fail({ times: 1, status: 401, match: (r) => r.kind === 'gateway' });
    const config = { token: 'wrong', applicationId: fake.applicationId, apiUrl: fake.api, threads: false };
    await expect(startDiscord({ conversations: new Conversations(shippedFlows(), new MemoryStore()), config, log: pino({ level: 'silent' }) })).rejects.toThrow(
      /invalid token/i,
    );
    expect(fake.identifies).toBe(0);
  });
});

describe('deadlines and failures', () => {
  it('defers within 3 s when the store stalls for 2 s, then shows the turn', async () => {
    await setup();
    const ana = fake.user('ana');
    store.trouble.stallMs = 2000;
    const start = await ana.command();
    expect(start.first.callbackType).toBe(5);
    expect(start.first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(start.first.at - start.interaction.dispatchedAt).toBeLessThan(3000);
    expect(start.shown!.kind).toBe('original-edit');
    expect(start.shown!.at - start.interaction.dispatchedAt).toBeGreaterThanOrEqual(2000);
    expect(bodyOf(start.shown!).content).toContain('What brings you here?');

    const menu = ana.latest()!;
    const click = await ana.click('I own a shop');
    expect(click.first.callbackType).toBe(6);
    expect(click.first.at - click.interaction.dispatchedAt).toBeLessThan(3000);
    expect(click.shown!.kind).toBe('original-edit');
    expect(bodyOf(click.shown!).content).toContain('-# ✓ I own a shop');
    expect(labelsOf(menu)).toContain("I'm ready, show me the steps");
    expect(logs.join('')).toContain('"deferred":true');
  }, 10_000);

  it('tells the user privately when the engine fails, and logs it with the conversation id', async () => {
    await setup();
    const ana = fake.user('ana');
    await ana.command();
    const menu = ana.latest()!;
    store.trouble.failing = true;
    const x = await ana.click('I own a shop');
    expect(bodyOf(x.first)).toMatchObject({ content: messages.failed, flags: EPHEMERAL });
    expect(menu.history).toHaveLength(1);
    const failure = logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'discord turn failed');
    expect(failure).toMatchObject({ level: 50, conversation: conversationOf(menu.components[0].components[0].custom_id), err: { message: 'database is locked' } });
  });

  it('never logs what the user typed at info', async () => {
    await setup();
    const ana = fake.user('ana');
    await ana.command();
    await ana.click("Something isn't working");
    await ana.click('Something else');
    await ana.click("What's going on?");
    await ana.submit('my secret shop name is Glowberry');
    expect(logs.length).toBeGreaterThan(3);
    expect(logs.join('')).not.toContain('Glowberry');
    expect(logs.join('')).not.toContain(fake.requests.find((r) => r.kind === 'callback')!.token!);
  });
});
