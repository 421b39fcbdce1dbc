// Typing to the bot on Discord, end to end with a real discord.js Client on the loopback fake: DMs are a
// conversation without any privileged intent; in the bot's private threads, typed text is read with Message Content
// switched on, and without it the user is told how to answer instead.
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { conversationIdOf, type Address } from '../../../src/address.ts';
import { Conversations } from '../../../src/conversation/conversation.ts';
import { MAX_TEXT } from '../../../src/conversation/input.ts';
import { messages } from '../../../src/conversation/messages.ts';
import { startDiscord, type DiscordBot } from '../../../src/platforms/discord/index.ts';
import { cannotReadThread } from '../../../src/platforms/discord/typed.ts';
import { MemoryStore } from '../../../src/store/memory.ts';
import { FakeDiscord, labelsOf, snowflake, type FakeUser, type Recorded } from '../../fakes/discord.ts';
import { shippedFlows } from '../../support.ts';

let fake: FakeDiscord;
let bot: DiscordBot | undefined;
let store: MemoryStore;
let start: () => Promise<DiscordBot>;

/** `messageContent`: DISCORD_MESSAGE_CONTENT=true, with the toggle on in the (fake) Developer Portal. */
async function setup(o: { threads?: boolean; messageContent?: boolean } = {}) {
  fake = await FakeDiscord.start({ messageContent: o.messageContent });
  store = new MemoryStore();
  const conversations = new Conversations(shippedFlows(), store);
  const config = {
    token: 'test-token',
    applicationId: fake.applicationId,
    apiUrl: fake.api,
    threads: o.threads ?? false,
    ...(o.messageContent ? { messageContent: true } : {}),
  };
  start = () => startDiscord({ conversations, config, log: pino({ level: process.env.LOG ?? 'silent' }) });
  bot = await start();
}

afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  expect(fake.violations).toEqual([]);
  await fake.close();
});

/** The next message the bot posts in a channel, after everything recorded so far. */
function nextPost(channelId: string): Promise<Recorded> {
  const after = fake.requests.at(-1)?.seq ?? 0;
  return fake.waitFor((r) => r.kind === 'channel-message' && r.path === `/channels/${channelId}/messages` && r.seq > after, 5000, 'post');
}

/** Writes as `user` and waits for the bot's answer there. */
async function say(user: FakeUser, text: string, o: { attachments?: string[] } = {}): Promise<Recorded> {
  const posted = nextPost(user.channelId);
  user.write(text, o);
  return posted;
}

const dmAddress = (u: FakeUser): Address => ({ platform: 'discord', workspace: '@dm', channel: u.channelId, user: u.id });

describe('direct messages', () => {
  it('are a conversation: the words are routed and the answer comes back in the DM with buttons, pinging nobody', async () => {
    await setup();
    const bo = fake.dmUser('bo');
    const post = await say(bo, 'my bag icon is missing');
    expect(post.body.content).toContain("Let's find that shopping bag");
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    expect(labelsOf(bo.latest()).length).toBeGreaterThan(0);
    const saved = await store.loadConversation(conversationIdOf(dmAddress(bo)));
    expect(saved!.address).toEqual(dmAddress(bo));
    expect((await store.transcript(saved!.id)).some((l) => l.text === 'my bag icon is missing')).toBe(true);
  });

  it('continue with a press on a button the bot posted there, then with typing again', async () => {
    await setup();
    const bo = fake.dmUser('bo');
    await say(bo, 'my bag icon is missing');
    const id = conversationIdOf(dmAddress(bo));
    const before = (await store.loadConversation(id))!;
    const label = labelsOf(bo.latest())[0]!;
    const click = await bo.click(label);
    expect(click.first.callbackType).toBe(7);
    expect(click.first.body.data.content.split('\n')[0]).toBe(`-# ✓ ${label}`);
    const after = (await store.loadConversation(id))!;
    expect(after.rev).toBe(before.rev + 1);
    expect(after.step).not.toBe(before.step);

    const typed = await say(bo, 'start over');
    expect(typed.body.content).toContain('What brings you here?');
    expect((await store.loadConversation(id))!.rev).toBe(after.rev + 1);
  });

  it('are answered once when delivered twice, even to a restarted bot, and messages from bots (itself included) are no turn', async () => {
    await setup();
    const bo = fake.dmUser('bo');
    const first = bo.write('my bag icon is missing');
    await nextPost(bo.channelId);
    const id = conversationIdOf(dmAddress(bo));
    const rev = (await store.loadConversation(id))!.rev;

    fake.redeliver(first);
    // A new process knows nothing of the message: the engine recognises it by its id.
    await bot!.stop();
    bot = await start();
    fake.redeliver(first);
    fake.postMessage(fake.bot, bo.channelId, 'What brings you here?');
    fake.postMessage({ ...fake.bot, id: snowflake(), username: 'otherbot' }, bo.channelId, 'start over');
    const last = await say(bo, 'start over');
    expect(last.body.content).toContain('What brings you here?');
    // Two turns, two answers: the replay and the bots' lines changed nothing and got nothing.
    expect((await store.loadConversation(id))!.rev).toBe(rev + 1);
    expect(fake.requests.filter((r) => r.kind === 'channel-message' && r.path === `/channels/${bo.channelId}/messages`)).toHaveLength(2);
  });

  it('that are empty or too long get the engine’s own short refusal and change nothing', async () => {
    await setup();
    const bo = fake.dmUser('bo');
    const empty = await say(bo, '', { attachments: ['https://cdn.discordapp.com/attachments/1/2/screenshot.png'] });
    expect(empty.body.content).toBe(messages.empty);
    const long = await say(bo, 'a'.repeat(MAX_TEXT + 1));
    expect(long.body.content).toBe(messages.tooLong(MAX_TEXT));
    expect(await store.loadConversation(conversationIdOf(dmAddress(bo)))).toBeUndefined();
  });
});

/** /linkhelp in threads mode: the private thread it opened, once the first step is posted there. */
async function openThread(user: FakeUser): Promise<FakeUser> {
  await user.command({ topic: 'creator-link' });
  const thread = [...fake.channels.values()].find((c) => c.type === 12)!;
  await fake.waitFor((r) => r.kind === 'channel-message' && r.path === `/channels/${thread.id}/messages`);
  return user.in(thread.id);
}

const threadAddress = (u: FakeUser): Address => ({ platform: 'discord', workspace: fake.guildId, channel: fake.channelId, thread: u.channelId, user: u.id });

describe('typing in the bot’s private thread', () => {
  it('with Message Content on, continues the thread’s conversation; others in the thread get no answer', async () => {
    await setup({ threads: true, messageContent: true });
    const ana = await openThread(fake.user('ana'));
    const id = conversationIdOf(threadAddress(ana));
    const rev = (await store.loadConversation(id))!.rev;

    // Someone added to the thread later (support staff) has no conversation there: not a turn, no answer.
    fake.staff('bo').in(ana.channelId).write('A brand sent me an invitation');
    const answer = await say(ana, 'A brand sent me an invitation');
    expect(answer.body.content).toContain('Brands send affiliate invitations');
    expect(answer.body.allowed_mentions).toEqual({ parse: [] });
    const saved = (await store.loadConversation(id))!;
    expect(saved.rev).toBe(rev + 1);
    expect(saved.address).toEqual(threadAddress(ana));
    expect(fake.posted(ana.channelId)).toHaveLength(2);

    // The buttons of the typed turn's answer go on from the same place.
    const click = await ana.click(labelsOf(ana.latest())[0]!);
    expect(click.first.callbackType).toBe(7);
    expect((await store.loadConversation(id))!.rev).toBe(rev + 2);
  });

  it('without Message Content, tells the user how to answer and leaves the conversation where it was', async () => {
    await setup({ threads: true });
    const ana = await openThread(fake.user('ana'));
    const id = conversationIdOf(threadAddress(ana));
    const before = (await store.loadConversation(id))!;

    const hint = await say(ana, 'A brand sent me an invitation');
    expect(hint.body.content).toBe(cannotReadThread('en'));
    expect(hint.body.content).toContain('/linkhelp');
    expect(hint.body.allowed_mentions).toEqual({ parse: [] });
    const after = (await store.loadConversation(id))!;
    expect(after.rev).toBe(before.rev);
    expect(after.step).toBe(before.step);
    // The way it points to works: the buttons still carry the conversation.
    const click = await ana.click('A brand sent me an invitation');
    expect(click.first.body.data.content).toContain('Brands send affiliate invitations');
  });
});
