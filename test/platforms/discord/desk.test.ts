// The support desk on Discord, end to end: the whole bot (startBot) with a real discord.js Client logged into the
// fake, HANDOFF_DESK a Discord channel. A creator's case is posted, claimed, answered both ways (DM, modals,
// /linkhelp, messages in the case thread), resolved and rated; staff rules, harmless mentions, and a desk that is
// down for a while across a restart. Time is a controllable clock; deliveries happen when the test drains the outbox.
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../../src/bot.ts';
import { readConfig } from '../../../src/config.ts';
import { messages } from '../../../src/conversation/messages.ts';
import { deskWordsIn } from '../../../src/handoff/desk-words.ts';
import type { DiscordConfig } from '../../../src/platforms/discord/config.ts';
import { casePostBody } from '../../../src/platforms/discord/desk.ts';
import { escapeUserText, ZWSP } from '../../../src/platforms/discord/escape.ts';
import type { Case } from '../../../src/store/types.ts';
import { agentText } from '../../../src/platforms/discord/staff-actions.ts';
import { FakeDiscord, labelsOf, type Exchange, type FakeMessage, type FakeUser } from '../../fakes/discord.ts';
import { FLOWS_DIR, shippedFlows, tempDir } from '../../support.ts';

/** What the desk says to staff; English, the default DESK_LANGUAGE. */
const staffNotices = deskWordsIn('en').notices;
/** The Reply button and form a Discord user answers the support team with, in English. */
const { reply: REPLY_LABEL, replyTitle: REPLY_MODAL_TITLE, replyLabel: REPLY_INPUT_LABEL } = messages.controls;

const EPHEMERAL = 64;
const HOUR = 3_600_000;

let fake: FakeDiscord;
let bot: Bot | undefined;
let desk: string;
/** The clock the bot runs on: real time plus what a test skips ahead (stores date new deliveries by real time). */
let offset = 0;
const now = () => Date.now() + offset;

async function start(o: { databaseUrl?: string; roleId?: string | null; threads?: boolean } = {}): Promise<Bot> {
  fake ??= await FakeDiscord.start();
  desk ??= fake.addChannel('support-desk');
  // Read like the environment of `shoplink start`, so new settings get their defaults.
  const config = readConfig({ DATABASE_URL: o.databaseUrl ?? 'memory:', FLOWS_DIR, HANDOFF_DESK: `discord:${desk}`, SUPPORT_REMINDER: '4h' });
  const discord: DiscordConfig = {
    token: 'test-token',
    applicationId: fake.applicationId,
    apiUrl: fake.api,
    threads: o.threads ?? false,
    ...(o.roleId === null ? {} : { supportRoleId: o.roleId ?? fake.supportRoleId }),
  };
  // The outbox looks once at start, then only when a test drains it: deliveries happen at known moments.
  bot = await startBot({ config, discord, log: pino({ level: process.env.LOG ?? 'silent' }), now, pollMs: 10 * HOUR });
  return bot;
}

afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  offset = 0;
  if (!fake) return;
  expect(fake.violations).toEqual([]);
  await fake.close();
  fake = undefined as unknown as FakeDiscord;
  desk = undefined as unknown as string;
});

/** Delivers whatever the outbox holds now (desk posts, redraws, relayed lines, messages to users). */
const drain = () => bot!.outbox.drain();

function bodyOf(x: Exchange) {
  const r = x.shown!;
  return r.kind === 'callback' ? r.body.data : r.body;
}

/** The bot's own posts in a channel (not people's messages, not answers to interactions), oldest first. */
const postsIn = (channel: string): FakeMessage[] =>
  [...fake.messages.values()].filter((m) => m.channelId === channel && !m.author && !m.interactionId && !m.deleted);
const deskPost = (): FakeMessage => {
  const posts = postsIn(desk);
  expect(posts).toHaveLength(1);
  return posts[0]!;
};
const descriptionOf = (m: FakeMessage): string => m.embeds[0]?.description ?? '';

/** Walks the already-linked guide to its handoff and answers its question with `text`: case #1 opens. */
async function walkToHandoff(user: FakeUser, text: string): Promise<Exchange> {
  await user.command({ topic: 'already-linked' });
  return walkOn(user, text);
}

async function walkOn(user: FakeUser, text: string): Promise<Exchange> {
  await user.click('Yes, I can log into that shop');
  await user.click("Done, it's unlinked");
  await user.click('Link it to my shop now');
  await user.click('It still says already linked');
  await user.click('Get me a person');
  await user.click('The message you see, and when you unlinked');
  return user.submit(text);
}

describe('a Discord creator helped from a Discord desk', () => {
  it('post, refusal, claim, replies both ways (DM, modals, /linkhelp, the thread), resolve and rating', async () => {
    const b = await start();
    const ana = fake.user('ana');
    const bo = fake.user('bo');
    const sam = fake.staff('sam');
    const done = await walkToHandoff(ana, 'It says "already linked to another shop", unlinked 2 days ago');
    expect(bodyOf(done).content).toContain(messages.caseOpened(1));
    await drain();

    // The post: title, requester with a link to where they are, role, reason, steps with answers, facts.
    const post = deskPost();
    expect(post.allowedMentions).toEqual({ parse: [] });
    expect(post.embeds[0].title).toBe('Case #1 · "This account is already linked to another shop"');
    const text = descriptionOf(post);
    expect(text).toContain('**Status:** open, nobody on it yet');
    expect(text).toContain(`**Requester:** <@${ana.id}> on Discord, in <#${fake.channelId}> (privately; answers reach them by DM)`);
    expect(text).toContain('**Role:** not asked');
    expect(text).toContain('**Why a person:** ');
    expect(text).toContain('**Steps taken** ("This account is already linked to another shop"):');
    expect(text).toContain('- explain: Yes, I can log into that shop');
    expect(text).toContain('- still-blocked: Get me a person');
    expect(text).toContain('- details: It says "already linked to another shop", unlinked 2 days ago');
    expect(text).toContain('**What the bot learned:**\n- other-shop-access: yes\n- error-text: It says "already linked to another shop", unlinked 2 days ago');
    expect(labelsOf(post)).toEqual(['Claim', 'Reply', 'Back to bot', 'Resolve']);
    for (const row of post.components) for (const c of row.components) expect(c.custom_id).toMatch(/^sl:desk:(claim|reply|back|resolve):1$/);
    const thread = fake.channels.get(post.id)!;
    expect(thread).toMatchObject({ type: 11, parent_id: desk, name: 'Case #1 · "This account is already linked to another shop"' });
    expect((await b.store.getCase(1))!.desk).toEqual({ platform: 'discord', channel: desk, message: post.id, thread: post.id });

    // Someone without the support role presses Claim: refused privately, nothing changes.
    const refused = await bo.in(desk).click('Claim', { message: post });
    expect(refused.first.callbackType).toBe(4);
    expect(bodyOf(refused)).toMatchObject({ content: staffNotices.notStaff, flags: EPHEMERAL, allowed_mentions: { parse: [] } });
    expect((await b.store.getCase(1))!.status).toBe('open');
    await drain();
    expect(post.history).toHaveLength(1);

    // Staff claim: acknowledged at once, the notice privately, the post redrawn, the user told by DM.
    const claim = await sam.in(desk).click('Claim', { message: post });
    expect(claim.first.callbackType).toBe(5);
    expect(claim.first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(bodyOf(claim).content).toBe(staffNotices.claimed(1));
    await drain();
    expect(descriptionOf(post)).toContain(`**Status:** claimed by <@${sam.id}>`);
    expect(labelsOf(post)).toEqual(['Claim', 'Reply', 'Back to bot', 'Resolve']);
    const anaDm = ana.dm();
    const claimedNote = postsIn(anaDm.channelId).at(-1)!;
    expect(claimedNote.content).toBe(messages.claimedForUser('Sam', 1));
    expect(claimedNote.allowedMentions).toEqual({ parse: [] });
    expect(labelsOf(claimedNote)).toEqual([REPLY_LABEL]);

    // The agent answers with the post's Reply: a modal; the answer reaches the user's DM with a Reply button.
    const open = await sam.in(desk).click('Reply', { message: post });
    expect(open.first.callbackType).toBe(9);
    expect(open.first.body.data.title).toBe('Reply to case #1');
    const sent = await sam.in(desk).submit('Please check the **old** shop first.');
    expect(sent.first.callbackType).toBe(5);
    expect(bodyOf(sent).content).toBe(staffNotices.sent);
    expect(postsIn(thread.id).map((m) => m.content)).toEqual(['**Sam (support):** Please check the \\*\\*old\\*\\* shop first.']);
    await drain();
    const answer = postsIn(anaDm.channelId).at(-1)!;
    expect(answer.content).toBe(messages.fromAgent('Sam', 'Please check the **old** shop first.'));
    expect(labelsOf(answer)).toEqual([REPLY_LABEL]);
    const reply = answer.components[0].components[0];
    expect(reply.custom_id).toMatch(/^sl:[\w-]{12}:0:y$/);

    // The user answers from the DM: the Reply button opens a modal, the submit is a new message, the agent's stays.
    const modal = await anaDm.click(REPLY_LABEL, { message: answer });
    expect(modal.first.callbackType).toBe(9);
    expect(modal.first.body.data.title).toBe(REPLY_MODAL_TITLE);
    expect(modal.first.body.data.components[0].components[0]).toMatchObject({ type: 4, style: 2, label: REPLY_INPUT_LABEL, required: true });
    const relayed = await anaDm.submit('Checked, the old shop shows nothing linked');
    expect(relayed.first.callbackType).toBe(4);
    expect(bodyOf(relayed).content).toBe(`-# ✓ Checked, the old shop shows nothing linked\n\n${messages.relayed}`);
    expect(answer.history).toHaveLength(1);

    // …and with /linkhelp where they started (ephemeral): the text goes to the case, not to the guide.
    const typed = await ana.command({ question: 'Also the QR code page says error 1234' });
    expect(bodyOf(typed)).toMatchObject({ content: messages.relayed, flags: EPHEMERAL });
    await drain();
    expect(postsIn(thread.id).map((m) => m.content).slice(1)).toEqual([
      '**requester:** Checked, the old shop shows nothing linked',
      '**requester:** Also the QR code page says error 1234',
    ]);

    // The agent writes in the case thread, mentioning the bot, with a screenshot: it reaches the user as links.
    const typedByAgent = sam.in(thread.id).write(`<@${fake.bot.id}> Try linking again now, see the screenshot`, {
      attachments: ['https://cdn.discordapp.com/attachments/1/2/steps.png'],
    });
    await fake.waitFor((r) => r.kind === 'reaction' && r.path.includes(typedByAgent.id));
    expect(typedByAgent.reactions).toEqual(['✅']);
    // Someone without the role in the thread: told so, nothing reaches the user.
    const stray = bo.in(thread.id).write(`<@${fake.bot.id}> hello?`);
    const strayAnswer = await fake.waitFor((r) => r.kind === 'channel-message' && r.body?.message_reference?.message_id === stray.id);
    expect(strayAnswer.body).toMatchObject({ content: staffNotices.notStaff, allowed_mentions: { parse: [] } });
    // Messages not mentioning the bot are not for the user (and their content is not even sent to the bot).
    sam.in(thread.id).write('note to self: check the logs');
    await drain();
    const fromThread = postsIn(anaDm.channelId).at(-1)!;
    expect(fromThread.content).toBe(messages.fromAgent('Sam', 'Try linking again now, see the screenshot\n📎 https://cdn.discordapp.com/attachments/1/2/steps.png'));
    expect(labelsOf(fromThread)).toEqual([REPLY_LABEL]);

    // Staff list the open cases with /linkhelp question: cases; for anyone else it is an ordinary question.
    const list = await sam.command({ question: 'cases' });
    expect(bodyOf(list).content).toMatch(/^\*\*Open cases \(1\):\*\*\n- #1 · already-linked · waiting on the user, \d+ · discord user \d+ · waiting \d+ min$/);
    expect(list.first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);

    // Resolve: the post loses its buttons, the user rates from the DM.
    const resolve = await sam.in(desk).click('Resolve', { message: post });
    expect(bodyOf(resolve).content).toBe(staffNotices.resolved(1));
    await drain();
    expect(post.components).toEqual([]);
    expect(descriptionOf(post)).toContain(`**Status:** resolved by <@${sam.id}>`);
    const rate = postsIn(anaDm.channelId).at(-1)!;
    expect(rate.content).toContain('How did we do, from 1 (poor) to 5 (great)?');
    expect(labelsOf(rate)).toEqual(['1', '2', '3', '4', '5']);
    const five = await anaDm.click('5', { message: rate });
    expect(five.first.callbackType).toBe(7);
    expect(bodyOf(five).content).toContain('Thank you! Anything you would like to add?');
    const end = await anaDm.click("No, that's all", { message: rate });
    expect(bodyOf(end).content).toContain('Thanks, that helps us get better.');

    const c = (await b.store.getCase(1))!;
    expect(c).toMatchObject({ status: 'resolved', rating: 5, assignee: sam.id });
    // Each answer from Sam puts the case in Ana's court; her reply hands it back.
    expect(c.log.map((e) => e.status)).toEqual(['open', 'claimed', 'waiting', 'claimed', 'waiting', 'resolved']);
    expect(c.firstResponseAt).toBeGreaterThanOrEqual(c.openedAt);
    expect(c.resolvedAt).toBeGreaterThanOrEqual(c.firstResponseAt!);
    const transcript = await b.store.transcript(c.conversationId);
    expect(transcript.filter((l) => l.who === 'agent').map((l) => l.text)).toEqual([
      'Please check the **old** shop first.',
      'Try linking again now, see the screenshot\n📎 https://cdn.discordapp.com/attachments/1/2/steps.png',
    ]);
    // Every delivery was made; none is left to retry.
    expect(await drain()).toBe(0);
  });

  it('Back to bot returns the user, by DM, to the last question with buttons, and they carry on from the DM', async () => {
    const b = await start();
    const ana = fake.user('ana');
    const sam = fake.staff('sam');
    await walkToHandoff(ana, 'Still blocked');
    await drain();
    const back = await sam.in(desk).click('Back to bot', { message: deskPost() });
    expect(bodyOf(back).content).toBe(staffNotices.handedBack(1));
    await drain();
    expect(descriptionOf(deskPost())).toContain(`**Status:** waiting on the user (<@${sam.id}> is on it)`);
    const dm = ana.dm();
    const returned = postsIn(dm.channelId).at(-1)!;
    expect(returned.content.startsWith(messages.backToBot)).toBe(true);
    expect(labelsOf(returned)).toEqual(["I'll wait and try later", 'Get me a person']);
    const carry = await dm.click("I'll wait and try later", { message: returned });
    expect(carry.first.callbackType).toBe(7);
    expect((await b.store.getCase(1))!.status).toBe('waiting');
  });

  it('a Reply pressed after the case is resolved says so and shows where the user is', async () => {
    await start();
    const ana = fake.user('ana');
    const sam = fake.staff('sam');
    await walkToHandoff(ana, 'Still blocked');
    await drain();
    await sam.in(desk).click('Claim', { message: deskPost() });
    await drain();
    const dm = ana.dm();
    const claimed = postsIn(dm.channelId).at(-1)!;
    await sam.in(desk).click('Resolve', { message: deskPost() });
    await drain();
    await dm.click(REPLY_LABEL, { message: claimed });
    const late = await dm.submit('one more thing');
    expect(bodyOf(late).content).toContain(messages.notAsking);
    expect(labelsOf(fake.messages.get(late.interaction.originalId!))).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('relay mode', () => {
  it('a bare /linkhelp during an open case shows the case and keeps relaying', async () => {
    await start();
    const ana = fake.user('ana');
    await walkToHandoff(ana, 'Still blocked');
    const again = await ana.command();
    expect(bodyOf(again).content).toContain(messages.caseOpened(1));
    const typed = await ana.command({ question: 'is anyone there' });
    expect(bodyOf(typed).content).toBe(messages.relayed);
    await drain();
    expect(postsIn(deskPost().id).map((m) => m.content)).toEqual(['**requester:** is anyone there']);
  });
});

describe('nobody answers', () => {
  it('after SUPPORT_REMINDER the thread gets a reminder and the user a word by DM, with a Reply button', async () => {
    await start();
    const ana = fake.user('ana');
    await walkToHandoff(ana, 'Still blocked');
    await drain();
    offset += 4 * HOUR + 60_000;
    await drain();
    await drain();
    expect(postsIn(deskPost().id).map((m) => m.content)).toEqual([`**shoplink:** ${staffNotices.reminder(1, '4 h 1 min')}`]);
    const note = postsIn(ana.dm().channelId).at(-1)!;
    expect(note.content).toBe(messages.reminderToUser(1));
    expect(labelsOf(note)).toEqual([REPLY_LABEL]);
  });
});

describe('threads mode', () => {
  it("reaches the user in their private thread, where the Reply button answers the case", async () => {
    const b = await start({ threads: true });
    const ana = fake.user('ana');
    const sam = fake.staff('sam');
    await ana.command({ topic: 'already-linked' });
    const own = [...fake.channels.values()].find((c) => c.type === 12)!;
    const inThread = ana.in(own.id);
    await walkOn(inThread, 'Still blocked');
    await drain();
    expect(descriptionOf(deskPost())).toContain(`**Requester:** <@${ana.id}> on Discord, in their private thread <#${own.id}>`);
    await sam.in(desk).click('Claim', { message: deskPost() });
    await drain();
    expect(fake.dmChannelOf(ana.id)).toBeUndefined();
    const note = postsIn(own.id).at(-1)!;
    expect(note.content).toBe(messages.claimedForUser('Sam', 1));
    expect(labelsOf(note)).toEqual([REPLY_LABEL]);
    await inThread.click(REPLY_LABEL, { message: note });
    const sent = await inThread.submit('thanks, waiting');
    expect(bodyOf(sent).content).toContain(messages.relayed);
    await drain();
    expect(postsIn(deskPost().id).map((m) => m.content)).toEqual(['**requester:** thanks, waiting']);
    expect((await b.store.getCase(1))!.requester.thread).toBe(own.id);
  });
});

describe('staff rules', () => {
  it('without SUPPORT_ROLE_ID nobody acts on cases, and "cases" is an ordinary question', async () => {
    const b = await start({ roleId: null });
    const ana = fake.user('ana');
    const sam = fake.staff('sam');
    await walkToHandoff(ana, 'Still blocked');
    await drain();
    const x = await sam.in(desk).click('Resolve', { message: deskPost() });
    expect(bodyOf(x)).toMatchObject({ content: staffNotices.notStaff, flags: EPHEMERAL });
    const reply = await sam.in(desk).click('Reply', { message: deskPost() });
    expect(reply.first.callbackType).toBe(4);
    expect(fake.modals.get(sam.id)).toBeUndefined();
    const list = await sam.command({ question: 'cases' });
    expect(bodyOf(list).content).not.toContain('Open cases');
    expect((await b.store.getCase(1))!.status).toBe('open');
  });

  it('/linkhelp cases from staff with nothing open', async () => {
    await start();
    const list = await fake.staff('sam').command({ question: 'cases' });
    expect(bodyOf(list).content).toBe('No open cases. 🎉');
  });
});

describe('user text on the desk', () => {
  it('@everyone and <@123> arrive harmless: escaped in the post and the thread, and no mention allowed', async () => {
    const b = await start();
    const ana = fake.user('ana');
    const nasty = 'Hey @everyone and <@123> look **here** # now';
    await walkToHandoff(ana, nasty);
    await drain();
    const post = deskPost();
    const harmless = `Hey @${ZWSP}everyone and <${ZWSP}@123> look \\*\\*here\\*\\* # now`;
    expect(escapeUserText(nasty)).toBe(harmless);
    expect(descriptionOf(post)).toContain(`- error-text: ${harmless}`);
    expect(descriptionOf(post)).not.toContain('@everyone');
    expect(post.allowedMentions).toEqual({ parse: [] });

    await ana.command({ question: '@here <@&456> > quoted\n- listed' });
    await drain();
    const line = postsIn(post.id).at(-1)!;
    expect(line.content).toBe(`**requester:** @${ZWSP}here <${ZWSP}@&456> > quoted\n\\- listed`);
    expect(line.allowedMentions).toEqual({ parse: [] });
    // The case keeps the words as typed: escaping is the desk's business.
    expect((await b.store.getCase(1))!.facts['error-text']).toBe(nasty);
  });

  it('a post stays within Discord limits whatever the user wrote', () => {
    const long = 'x'.repeat(3900);
    const c: Case = {
      number: 7,
      conversationId: 'abcdefghijkl',
      requester: { platform: 'discord', workspace: '1'.repeat(18), channel: '2'.repeat(18), user: '3'.repeat(18) },
      reason: 'Asked to talk to a person',
      flow: 'system',
      step: 'system.handoff',
      flowVersion: 'builtin',
      path: [{ step: 'system.human' }, { step: 'system.human', answer: long }, { step: 'system.handoff' }],
      facts: { request: long, other: long },
      openedAt: 0,
      status: 'open',
      transcript: [],
      log: [],
    };
    const body = casePostBody(c, shippedFlows(), HOUR, deskWordsIn('en'));
    expect(body.embeds[0]!.description!.length).toBe(4096);
    expect(body.embeds[0]!.description!.endsWith('…')).toBe(true);
    expect(body.components[0]!.components.map((b) => b.custom_id)).toEqual(['sl:desk:claim:7', 'sl:desk:reply:7', 'sl:desk:back:7', 'sl:desk:resolve:7']);
    expect(casePostBody({ ...c, status: 'resolved' }, shippedFlows(), HOUR, deskWordsIn('en')).components).toEqual([]);
  });

  it('a Slack seller on a Discord desk: named by id, with a link to their Slack channel', () => {
    const c: Case = {
      number: 3,
      conversationId: 'abcdefghijkl',
      requester: { platform: 'slack', workspace: 'T0001', channel: 'C0002', thread: '1700000000.000100', user: 'U0003' },
      reason: 'Asked to talk to a person',
      flow: 'system',
      step: 'system.handoff',
      flowVersion: 'builtin',
      path: [],
      facts: { role: 'seller' },
      openedAt: 0,
      status: 'claimed',
      assignee: '4'.repeat(18),
      transcript: [],
      log: [],
    };
    const text = casePostBody(c, shippedFlows(), 5 * 60_000, deskWordsIn('en')).embeds[0]!.description!;
    expect(text).toContain(`**Status:** claimed by <@${'4'.repeat(18)}>`);
    expect(text).toContain('**Requester:** `U0003` on Slack, in [channel C0002](https://slack.com/app_redirect?team=T0001&channel=C0002), in a thread');
    expect(text).toContain('**Role:** seller');
    expect(text).toContain('**Waiting:** 5 min');
  });

  it('an agent message in the thread loses the bot mention and gains attachment links', () => {
    expect(agentText('<@42> hi there', '42', [])).toBe('hi there');
    expect(agentText('<@!42>', '42', ['https://x/a.png', 'https://x/b.pdf'])).toBe('📎 https://x/a.png\n📎 https://x/b.pdf');
    expect(agentText('<@42>   ', '42', [])).toBe('');
  });
});

describe('a desk that is down', () => {
  it('posts the case exactly once after 30 s of errors, with a restart on the same SQLite file in between', async () => {
    const databaseUrl = `sqlite:${join(tempDir('shoplink-discord-desk-'), 'shoplink.db')}`;
    await start({ databaseUrl });
    let down = true;
    fake.fail({ times: Number.POSITIVE_INFINITY, status: 500, match: (r) => down && r.kind === 'channel-message' && r.path === `/channels/${desk}/messages` });
    const ana = fake.user('ana');
    await walkToHandoff(ana, 'Still blocked');
    const deskPosts = () => fake.requests.filter((r) => r.kind === 'channel-message' && r.path === `/channels/${desk}/messages`);

    // Ten seconds of failures, retried with growing delays.
    for (let s = 0; s < 10; s += 2) {
      await drain();
      offset += 2000;
    }
    const failedBefore = deskPosts().length;
    expect(failedBefore).toBeGreaterThan(0);
    expect(deskPosts().every((r) => r.status === 500)).toBe(true);

    // The bot restarts on the same database while the desk is still down.
    await bot!.stop();
    const b = await start({ databaseUrl });
    for (let s = 10; s < 30; s += 5) {
      offset += 5000;
      await drain();
    }
    expect(deskPosts().length).toBeGreaterThan(failedBefore);
    expect(postsIn(desk)).toHaveLength(0);
    expect((await b.store.getCase(1))!.desk).toBeUndefined();

    // The desk is back: the next try posts the case, once, with its thread; later drains post nothing more.
    down = false;
    offset += 60_000;
    await drain();
    offset += 60_000;
    await drain();
    expect(deskPosts().filter((r) => r.status === 200)).toHaveLength(1);
    const post = deskPost();
    expect(post.embeds[0].title).toBe('Case #1 · "This account is already linked to another shop"');
    expect(fake.channels.get(post.id)).toMatchObject({ type: 11, parent_id: desk });
    expect((await b.store.getCase(1))!.desk).toMatchObject({ message: post.id, thread: post.id });

    // And the case works from there: a relayed line reaches the thread.
    await ana.command({ question: 'any news?' });
    await drain();
    expect(postsIn(post.id).map((m) => m.content)).toEqual(['**requester:** any news?']);
  });

  it('a case thread that could not be started with the post is started by its first line', async () => {
    const b = await start();
    fake.fail({ times: 1, status: 403, match: (r) => r.kind === 'thread-from-message' });
    const ana = fake.user('ana');
    await walkToHandoff(ana, 'Still blocked');
    await drain();
    const post = deskPost();
    expect(fake.channels.has(post.id)).toBe(false);
    expect((await b.store.getCase(1))!.desk).toMatchObject({ message: post.id, thread: post.id });
    await ana.command({ question: 'any update on this?' });
    await drain();
    expect(fake.channels.get(post.id)).toMatchObject({ type: 11, name: 'Case #1 · "This account is already linked to another shop"' });
    expect(postsIn(post.id).map((m) => m.content)).toEqual(['**requester:** any update on this?']);
  });
});
