// End to end on Discord: a real discord.js Client logged into the loopback fake, driven like a creator would,
// through slash commands, buttons, selects, modals, DMs and threads mode, down whole flows.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { Conversations } from '../../../src/conversation/conversation.ts';
import { messages } from '../../../src/conversation/messages.ts';
import type { CompiledFlows } from '../../../src/flow/compile.ts';
import { openFlows } from '../../../src/platforms/open-flows.ts';
import { startDiscord, type DiscordBot } from '../../../src/platforms/discord/index.ts';
import { MemoryStore } from '../../../src/store/memory.ts';
import { FakeDiscord, labelsOf, type Exchange, type FakeMessage } from '../../fakes/discord.ts';
import { shippedFlows, tempDir } from '../../support.ts';

const EPHEMERAL = 64;

let fake: FakeDiscord;
let bot: DiscordBot | undefined;
let store: MemoryStore;

async function setup(o: { threads?: boolean; flows?: CompiledFlows } = {}) {
  fake = await FakeDiscord.start();
  store = new MemoryStore();
  const conversations = new Conversations(o.flows ?? shippedFlows(), store);
  const config = { token: 'test-token', applicationId: fake.applicationId, apiUrl: fake.api, threads: o.threads ?? false };
  // LOG=debug npx vitest run … shows the adapter's logs when a test needs explaining.
  bot = await startDiscord({ conversations, config, log: pino({ level: process.env.LOG ?? 'silent' }) });
}

afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  expect(fake.violations).toEqual([]);
  await fake.close();
});

/** The message body a response carried (callback data, or the webhook body). */
function bodyOf(x: Exchange) {
  const r = x.shown!;
  return r.kind === 'callback' ? r.body.data : r.body;
}

const messageOf = (x: Exchange): FakeMessage => fake.messages.get(x.interaction.originalId!)!;

describe('/linkhelp', () => {
  it('answers with the menu only the user sees, buttons in one row, nothing pingable', async () => {
    await setup();
    const x = await fake.user('ana').command();
    expect(x.first.callbackType).toBe(4);
    const body = bodyOf(x);
    expect(body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.content).toContain('What brings you here?');
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.components).toHaveLength(1);
    const buttons = body.components[0].components;
    expect(buttons.map((b: { label: string }) => b.label)).toEqual([
      'I own a shop',
      "I'm a creator",
      "Something isn't working",
      'What do I need first?',
      'Talk to a person',
    ]);
    for (const b of buttons) expect(b.custom_id).toMatch(/^sl:[\w-]{12}:1:\d$/);
  });

  it('goes straight to the topic picked in the command', async () => {
    await setup();
    const x = await fake.user('ana').command({ topic: 'qr-failure' });
    expect(bodyOf(x).content).not.toContain('What brings you here?');
    expect(labelsOf(messageOf(x))).toContain("The QR code won't scan");
  });

  it('routes a question typed in the command, and takes "back" and "talk to a person" there too', async () => {
    await setup();
    const ana = fake.user('ana');
    const routed = await ana.command({ question: 'my bag icon is missing' });
    expect(bodyOf(routed).content).toContain("Let's find that shopping bag");
    const person = await ana.command({ question: 'talk to a person' });
    expect(bodyOf(person).content).toContain("I'll bring in someone from our support team");
    const back = await ana.command({ question: 'back' });
    expect(bodyOf(back).content).toContain("Let's find that shopping bag");
  });

  it('resumes where the user was when run again', async () => {
    await setup();
    const ana = fake.user('ana');
    await ana.command();
    await ana.click("I'm a creator");
    const again = await ana.command();
    expect(labelsOf(messageOf(again))).toContain('A brand sent me an invitation');
  });
});

describe('buttons', () => {
  it('update the clicked message in place: the choice shows, the next step replaces the old buttons', async () => {
    await setup();
    const ana = fake.user('ana');
    const start = await ana.command();
    const menu = messageOf(start);
    const click = await ana.click('I own a shop');
    expect(click.first.callbackType).toBe(7);
    expect(click.first).toBe(click.shown);
    const body = bodyOf(click);
    expect(body.content.split('\n')[0]).toBe('-# ✓ I own a shop');
    expect(body.content).toContain("You'll link your shop's **Official Account**");
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(menu.history).toHaveLength(2);
    expect(labelsOf(menu)).toEqual(["Check I'm ready first", "I'm ready, show me the steps", 'Why link at all?', 'Back to the start']);
    expect(fake.visible(fake.channelId, ana.id)).toHaveLength(1);
  });

  it('walk the creator marketplace path to its end, and Start over returns to the menu', async () => {
    await setup();
    const ana = fake.user('ana');
    await ana.command();
    await ana.click("I'm a creator");
    await ana.click("I'll pick products myself");
    expect(ana.latest()!.content).toContain('**Product Marketplace**');
    await ana.click("I'm in the marketplace");
    expect(ana.latest()!.content).toContain('**commission %**');
    await ana.click('Found one I like');
    expect(ana.latest()!.content).toContain('**Showcase**');
    const end = await ana.click('All set, thanks');
    expect(bodyOf(end).content).toContain('Happy creating!');
    expect(labelsOf(ana.latest())).toEqual([messages.startOver]);
    expect(bodyOf(end).components[0].components[0].style).toBe(2);
    const [record] = await Promise.all([store.loadConversation(ana.latest()!.components[0].components[0].custom_id.split(':')[1])]);
    expect(record).toMatchObject({ status: 'resolved', step: 'creator-link.done', facts: { role: 'creator', 'creator-path': 'marketplace' } });
    const again = await ana.click(messages.startOver);
    expect(bodyOf(again).content).toContain('What brings you here?');
  });
});

describe('ask steps', () => {
  it('walk the already-linked tree to a handoff: the answer button opens a modal, the submit opens a case', async () => {
    await setup();
    const ana = fake.user('ana');
    await ana.command({ topic: 'already-linked' });
    await ana.click('Yes, I can log into that shop');
    await ana.click("Done, it's unlinked");
    await ana.click('Link it to my shop now');
    await ana.click('It still says already linked');
    const ask = await ana.click('Get me a person');
    expect(bodyOf(ask).content).toContain("I'll pass this to our support team");
    const answerButton = bodyOf(ask).components[0].components[0];
    expect(answerButton).toMatchObject({ label: 'The message you see, and when you unlinked', emoji: { name: '✏️' } });

    const open = await ana.click('The message you see, and when you unlinked');
    expect(open.first.callbackType).toBe(9);
    const modal = open.first.body.data;
    expect(modal.title).toBe('The message you see, and when you unlinked');
    expect(modal.components[0].components[0]).toMatchObject({
      type: 4,
      style: 2,
      label: 'The message you see, and when you unlinked',
      placeholder: 'e.g. "already linked to another shop", unlinked yesterday',
      required: true,
      max_length: 4000,
    });

    const done = await ana.submit('Still says already linked @everyone, unlinked 2 days ago');
    expect(done.first.callbackType).toBe(7);
    const body = bodyOf(done);
    expect(body.content).toContain('Someone from our support team will pick this up');
    expect(body.content).toContain(messages.caseOpened(1));
    expect(body.content.split('\n')[0]).toBe('-# ✓ Still says already linked @everyone, unlinked 2 days ago');
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.components).toEqual([]);
    const stored = await store.getCase(1);
    expect(stored).toMatchObject({
      flow: 'already-linked',
      status: 'open',
      requester: { platform: 'discord', workspace: fake.guildId, channel: fake.channelId, user: ana.id },
      facts: { 'other-shop-access': 'yes', 'error-text': 'Still says already linked @everyone, unlinked 2 days ago' },
    });
    // Started by topic: the greeting was never shown, so the case's path begins in the tree.
    expect(stored!.path.map((p) => p.step)).toEqual([
      'already-linked.explain',
      'already-linked.unlink',
      'already-linked.wait',
      'already-linked.relink',
      'already-linked.still-blocked',
      'already-linked.details',
      'already-linked.blocked-handoff',
    ]);
  });

  it('walk the no-access branch from the menu: two questions in a row, then a case', async () => {
    await setup();
    const ana = fake.user('ana');
    await ana.command();
    await ana.click("Something isn't working");
    await ana.click('It says the account is already linked to another shop');
    await ana.click("I don't know which shop it is");
    await ana.click("The shop it's linked to now");
    const first = await ana.submit('Glow Cosmetics');
    expect(labelsOf(ana.latest())).toEqual(['The TikTok @username you want to link']);
    expect(bodyOf(first).content).toContain('-# ✓ Glow Cosmetics');
    const open = await ana.click('The TikTok @username you want to link');
    expect(open.first.body.data.components[0].components[0].placeholder).toBe('@yourname');
    const done = await ana.submit('@ana.creates');
    expect(bodyOf(done).content).toContain(messages.caseOpened(1));
    expect((await store.getCase(1))!.facts).toMatchObject({ 'other-shop': 'Glow Cosmetics', username: '@ana.creates' });
  });
});

describe('long choice lists and long turns', () => {
  function colourFlows(): CompiledFlows {
    const dir = tempDir('shoplink-discord-flows-');
    const long = (word: string) =>
      Array.from({ length: 30 }, (_, i) => `      ${word} line ${i}: ${'x'.repeat(40)}`).join('\n');
    const colours = ['Red', 'Orange', 'Yellow', 'Green', 'Blue', 'Indigo'];
    writeFileSync(
      join(dir, 'menu.yaml'),
      [
        'id: menu',
        'title: Main menu',
        'summary: Pick a colour',
        'start: pick',
        'steps:',
        '  pick:',
        '    say: Which colour?',
        '    choices:',
        ...colours.map((c) => `      - { id: ${c.toLowerCase()}, label: ${c}, goto: done }`),
        '      - { id: violet, label: Violet, goto: long }',
        '  long:',
        '    say: |',
        long('first'),
        '    goto: longer',
        '  longer:',
        '    say: |',
        long('second'),
        '    choices:',
        '      - { label: Finish, goto: done }',
        '  done:',
        '    say: Lovely.',
        '    end: resolved',
        '',
      ].join('\n'),
    );
    return openFlows(dir);
  }

  it('splits a turn longer than 2000 characters: the rest follows, buttons on the last message', async () => {
    await setup({ flows: colourFlows() });
    const ana = fake.user('ana');
    await ana.command();
    const pick = await ana.click('Violet');
    expect(pick.first.callbackType).toBe(7);
    expect(bodyOf(pick).components).toEqual([]);
    const follow = await fake.waitFor((r) => r.token === pick.interaction.token && r.kind === 'followup');
    expect(follow.body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(follow.body.content).toContain('second line 0');
    expect(follow.body.content.length).toBeLessThanOrEqual(2000);
    expect(follow.body.allowed_mentions).toEqual({ parse: [] });
    expect(labelsOf(ana.latest())).toEqual(['Finish']);
  });
});

describe('DMs', () => {
  it('work without any privileged intent, as plain messages in the DM', async () => {
    await setup();
    const bo = fake.dmUser('bo');
    const x = await bo.command();
    expect(x.first.callbackType).toBe(4);
    expect(bodyOf(x).flags ?? 0).toBe(0);
    const click = await bo.click("I'm a creator");
    expect(click.first.callbackType).toBe(7);
    const id = bo.latest()!.components[0].components[0].custom_id.split(':')[1];
    expect((await store.loadConversation(id))!.address).toEqual({ platform: 'discord', workspace: '@dm', channel: bo.channelId, user: bo.id });
  });
});

describe('threads mode', () => {
  it('opens a private thread for the user and runs the conversation there', async () => {
    await setup({ threads: true });
    const ana = fake.user('ana');
    const x = await ana.command({ topic: 'creator-link' });
    expect(x.first.callbackType).toBe(5);
    expect(x.first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);

    const created = await fake.waitFor((r) => r.kind === 'thread-create');
    expect(created.path).toBe(`/channels/${fake.channelId}/threads`);
    expect(created.body).toMatchObject({ type: 12, invitable: false, name: 'linkhelp · Ana' });
    const thread = [...fake.channels.values()].find((c) => c.type === 12)!;
    await fake.waitFor((r) => r.kind === 'thread-member' && r.path === `/channels/${thread.id}/thread-members/${ana.id}`);
    const post = await fake.waitFor((r) => r.kind === 'channel-message');
    expect(post.path).toBe(`/channels/${thread.id}/messages`);
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    expect(post.body.content).toContain('As a creator');
    expect(bodyOf(x).content).toContain(`<#${thread.id}>`);
    expect(fake.messages.get(x.interaction.originalId!)!.ephemeralTo).toBe(ana.id);

    const inThread = ana.in(thread.id);
    const click = await inThread.click('A brand sent me an invitation');
    expect(click.first.callbackType).toBe(7);
    expect(bodyOf(click).content).toContain('Brands send affiliate invitations');
    const id = inThread.latest()!.components[0].components[0].custom_id.split(':')[1];
    expect((await store.loadConversation(id))!.address).toEqual({
      platform: 'discord',
      workspace: fake.guildId,
      channel: fake.channelId,
      thread: thread.id,
      user: ana.id,
    });

    // /linkhelp inside the thread resumes right there, in the open.
    const again = await inThread.command();
    expect(again.first.callbackType).toBe(4);
    expect(bodyOf(again).flags ?? 0).toBe(0);
    expect(labelsOf(messageOf(again))).toContain('Accepted, what now?');
  });

  it('falls back to a private reply where no thread can be opened', async () => {
    await setup({ threads: true });
    fake.fail({ times: 1, status: 403, match: (r) => r.kind === 'thread-create' });
    const x = await fake.user('ana').command();
    expect(fake.requests.filter((r) => r.kind === 'thread-create').map((r) => r.status)).toEqual([403]);
    expect(x.first.callbackType).toBe(5);
    expect(x.shown!.kind).toBe('original-edit');
    expect(bodyOf(x).content).toContain('What brings you here?');
  });
});

describe('connection faults', () => {

  it('resumes after a gateway disconnect and keeps answering', async () => {
    await setup();
    const ana = fake.user('ana');
    await ana.command();
    fake.dropGateway();
    const deadline = Date.now() + 5000;
    while (fake.resumes === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(fake.resumes).toBe(1);
    expect(fake.identifies).toBe(1);
    const click = await ana.click('I own a shop');
    expect(click.first.callbackType).toBe(7);
  });
});
