// A case handled from the desk on the OTHER platform, end to end through the whole bot (one startBot): a real
// Bolt app in HTTP mode against the fake Slack and a real discord.js Client logged into the fake Discord, both
// at once, on a SQLite file. A Discord creator is helped from a Slack desk, a Slack seller from a Discord desk:
// the post with path and facts, a refused and a real Claim, replies both ways, Resolve and the rating.
// Time is a controllable clock; deliveries happen when the test drains the outbox, never on a timer.
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBot, type Bot } from '../../src/bot.ts';
import { readConfig } from '../../src/config.ts';
import { messages } from '../../src/conversation/messages.ts';
import { deskWordsIn } from '../../src/handoff/desk-words.ts';
import type { DiscordConfig } from '../../src/platforms/discord/config.ts';
import { ZWSP } from '../../src/platforms/discord/escape.ts';
import type { RunningSlack } from '../../src/platforms/slack/app.ts';
import { FakeDiscord, labelsOf as discordLabels, type Exchange, type FakeMessage } from '../fakes/discord.ts';
import { BOT_USER, controls, FakeSlack, SIGNING_SECRET, slackTestConfig, SlackUser, TEAM, textOf, type AppUnderTest, type Message } from '../fakes/slack.ts';
import { FLOWS_DIR, tempDir } from '../support.ts';

/** What the desk says to staff; English, the default DESK_LANGUAGE. */
const staffNotices = deskWordsIn('en').notices;
/** The Reply button and form a Discord user answers the support team with, in English. */
const { reply: REPLY_LABEL, replyTitle: REPLY_MODAL_TITLE, replyLabel: REPLY_INPUT_LABEL } = messages.controls;

// startBot keeps its platforms to itself; the Slack app's idle() is what tells a test that a request's work
// (Bolt acks first, then runs the listener) is done. This wrapper only remembers the RunningSlack it returns,
// and has it listen on loopback with a free port; everything else is the real startSlack.
const started = vi.hoisted(() => ({ slack: [] as RunningSlack[] }));
vi.mock('../../src/platforms/slack/app.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/platforms/slack/app.ts')>();
  return {
    ...real,
    startSlack: async (o: Parameters<typeof real.startSlack>[0]) => {
      const running = await real.startSlack({ ...o, host: '127.0.0.1' });
      started.slack.push(running);
      return running;
    },
  };
});

const EPHEMERAL = 64;
const HOUR = 3_600_000;
const MIN = 60_000;
/** Slack's desk channel (HANDOFF_DESK=slack:…) and the channel a Slack seller asks in. */
const SLACK_DESK = 'C0DESK';
const SLACK_HELP = 'C0HELP';
/** U+2060 WORD JOINER: how the Slack desk breaks a broadcast word a user typed. */
const WJ = '\u2060';

/** The bot's clock: real time plus what a test skips ahead. */
let offset = 0;
const now = () => Date.now() + offset;

let bot: Bot | undefined;
let slack: FakeSlack | undefined;
let discord: FakeDiscord | undefined;

afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  offset = 0;
  started.slack.length = 0;
  await slack?.close();
  slack = undefined;
  if (discord) {
    const violations = [...discord.violations];
    await discord.close();
    discord = undefined;
    expect(violations).toEqual([]);
  }
});

interface Running {
  bot: Bot;
  slack: FakeSlack;
  discord: FakeDiscord;
  /** The Slack app as the fake's users reach it; each request waits until the app has finished with it. */
  app: AppUnderTest;
  slackUser(id: string): SlackUser;
  /** Delivers whatever the outbox holds now (desk posts, redraws, lines in the case thread, messages to users). */
  drain(): Promise<number>;
}

/** Both fakes, and the whole bot on a fresh SQLite file with its desk where `desk` says. */
async function startBoth(desk: (d: FakeDiscord) => string): Promise<Running> {
  slack = await FakeSlack.start();
  discord = await FakeDiscord.start();
  const databaseUrl = `sqlite:${join(tempDir('shoplink-cross-'), 'shoplink.db')}`;
  const config = readConfig({ DATABASE_URL: databaseUrl, FLOWS_DIR, HANDOFF_DESK: desk(discord), SUPPORT_REMINDER: '4h' });
  const discordConfig: DiscordConfig = {
    token: 'test-token',
    applicationId: discord.applicationId,
    apiUrl: discord.api,
    threads: false,
    supportRoleId: discord.supportRoleId,
  };
  // The outbox looks once at start, then only when the test drains it: deliveries happen at known moments.
  bot = await startBot({
    config,
    slack: slackTestConfig(slack),
    discord: discordConfig,
    log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    now,
    pollMs: 10 * HOUR,
  });
  expect(bot.platforms).toEqual(['slack (http)', 'discord']);
  expect(started.slack).toHaveLength(1);
  const running = started.slack[0]!;
  const app: AppUnderTest = { url: `http://127.0.0.1:${running.port}`, signingSecret: SIGNING_SECRET, settle: () => running.idle() };
  const b = bot;
  const s = slack;
  return {
    bot: b,
    slack: s,
    discord,
    app,
    slackUser: (id) => new SlackUser(s, app, id),
    drain: async () => {
      await running.idle();
      return b.outbox.drain();
    },
  };
}

const slackLabels = (m: Message | undefined) => (m ? controls(m).map((c) => c.label) : []);

function shownBody(x: Exchange) {
  const r = x.shown!;
  return r.kind === 'callback' ? r.body.data : r.body;
}

/** The bot's own posts in a Discord channel (not people's messages, not answers to interactions), oldest first. */
const discordPostsIn = (d: FakeDiscord, channel: string): FakeMessage[] =>
  [...d.messages.values()].filter((m) => m.channelId === channel && !m.author && !m.interactionId && !m.deleted);

describe('a Discord creator helped from a Slack desk', () => {
  // About 1.5 s on an idle machine; the timeout leaves room for a loaded one (two apps, two fakes, SQLite).
  it('post with path and facts, refused and real Claim, replies both ways (thread ⇄ DM), Resolve and rating', { timeout: 20_000 }, async () => {
    const t = await startBoth(() => `slack:${SLACK_DESK}`);
    const { slack: s, discord: d, bot: b } = t;
    s.members.set(SLACK_DESK, [BOT_USER, 'U0BO']);
    s.users.set('U0BO', { name: 'bo', real_name: 'Bo Lind', display_name: 'Bo' });
    s.users.set('U0EVE', { name: 'eve', real_name: 'Eve Stray', display_name: 'Eve' });
    const bo = t.slackUser('U0BO');
    const eve = t.slackUser('U0EVE');
    const deskPosts = () => s.messages.filter((m) => m.channel === SLACK_DESK && !m.thread_ts && !m.ephemeralFor);

    // Ana, a creator on Discord, cannot log into the shop her account is linked to: two questions, then a person.
    const ana = d.user('ana');
    await ana.command({ topic: 'already-linked' });
    await ana.click("I don't know which shop it is");
    const askShop = await ana.click("The shop it's linked to now");
    expect(askShop.first.callbackType).toBe(9);
    await ana.submit('Old Shop <!channel> @everyone <@U123> & co');
    await ana.click('The TikTok @username you want to link');
    const done = await ana.submit('@ana.creates');
    expect(shownBody(done).content).toContain(messages.caseOpened(1));
    expect(deskPosts()).toEqual([]);

    // The outbox posts the case on the Slack desk: once, with the path and the facts, nothing pinging.
    await t.drain();
    expect(deskPosts()).toHaveLength(1);
    const post = deskPosts()[0]!;
    expect(post.blocks[0]).toMatchObject({ type: 'header', block_id: 'case:1', text: { text: 'Case #1 · "This account is already linked to another shop"' } });
    expect(post.text).toBe('Case #1 · "This account is already linked to another shop"');
    const body = textOf(post);
    const shownHarmless = `Old Shop &lt;!channel&gt; @${WJ}everyone &lt;@U123&gt; &amp; co`;
    expect(body).toContain('*Status:* open, nobody on it yet\n');
    expect(body).toContain(
      `*Requester:* discord user \`${ana.id}\` on Discord, <https://discord.com/channels/${d.guildId}/${d.channelId}|Discord channel ${d.channelId}>\n`,
    );
    expect(body).toContain('*Role:* not asked (probably a creator, asking in Discord)\n');
    expect(body).toContain("*Why a person:* Account is linked to a shop the user can't log into; it has to be unlinked from that shop's side\n");
    expect(body).toContain('*Steps taken* ("This account is already linked to another shop"):\n');
    expect(body).toContain(
      [
        "• explain: I don't know which shop it is",
        `• no-access: ${shownHarmless}`,
        '• ask-username: @ana.creates',
        '• no-access-handoff',
      ].join('\n'),
    );
    expect(body).toContain(['*What the bot learned:*', '• other-shop-access: unknown', `• other-shop: ${shownHarmless}`, '• username: @ana.creates'].join('\n'));
    // What Ana typed pings nobody on Slack: no broadcast, no user mention, anywhere in the post.
    expect(JSON.stringify(post)).not.toMatch(/<!channel>|<@U123>|@everyone/);
    expect(slackLabels(post)).toEqual(['Claim', 'Resolve', 'Back to bot']);
    expect((await b.store.getCase(1))!.desk).toEqual({ platform: 'slack', channel: SLACK_DESK, message: post.ts });
    // The case keeps her words as typed: escaping is the desk's business.
    expect((await b.store.getCase(1))!.facts['other-shop']).toBe('Old Shop <!channel> @everyone <@U123> & co');

    // Eve is not in the desk channel: her Claim is refused to her alone, and nothing changes anywhere.
    const callsBefore = s.calls.length;
    const discordBefore = d.requests.length;
    await eve.click('Claim', SLACK_DESK);
    const refusal = s.messages.at(-1)!;
    expect(refusal).toMatchObject({ channel: SLACK_DESK, ephemeralFor: 'U0EVE' });
    expect(textOf(refusal)).toBe(staffNotices.notStaff);
    expect(await t.drain()).toBe(0);
    expect(post.edits).toBe(0);
    // The only thing written anywhere is her ephemeral refusal (members are looked up, nothing else moves).
    expect(s.calls.slice(callsBefore).filter((c) => !['conversations.members', 'users.info'].includes(c.method))).toEqual([
      { method: 'chat.postEphemeral', args: expect.objectContaining({ channel: SLACK_DESK, user: 'U0EVE' }) },
    ]);
    expect(d.requests.length).toBe(discordBefore);
    expect(d.dmChannelOf(ana.id)).toBeUndefined();
    expect(await b.store.getCase(1)).toMatchObject({ status: 'open', log: [{ status: 'open', by: 'bot' }] });
    expect((await b.store.getCase(1))!.assignee).toBeUndefined();

    // Bo (a member) claims: told so alone; the post is redrawn "claimed by"; Ana hears by DM, with a Reply button.
    offset += 2 * MIN;
    await bo.click('Claim', SLACK_DESK);
    expect(s.messages.at(-1)).toMatchObject({ channel: SLACK_DESK, ephemeralFor: 'U0BO' });
    expect(textOf(s.messages.at(-1)!)).toBe(staffNotices.claimed(1));
    await t.drain();
    expect(post.edits).toBe(1);
    expect(textOf(post)).toContain('*Status:* claimed by <@U0BO>\n');
    expect(slackLabels(post)).toEqual(['Claim', 'Resolve', 'Back to bot']);
    const anaDm = ana.dm();
    const claimedNote = discordPostsIn(d, anaDm.channelId).at(-1)!;
    expect(claimedNote.content).toBe(messages.claimedForUser('Bo', 1));
    expect(claimedNote.allowedMentions).toEqual({ parse: [] });
    expect(discordLabels(claimedNote)).toEqual([REPLY_LABEL]);

    // Bo answers in the post's Slack thread: it reaches Ana's DM as Bo's words, in plain text, with a Reply button.
    offset += 3 * MIN;
    await bo.say('Hi Ana! Ask the <https://seller.tiktok.com|old shop> owner to unlink it &amp; tell me.', SLACK_DESK, post.ts);
    expect(s.messages.some((m) => m.ephemeralFor === 'U0BO' && textOf(m) === staffNotices.sent)).toBe(false);
    await t.drain();
    const fromBo = discordPostsIn(d, anaDm.channelId).at(-1)!;
    expect(fromBo.content).toBe('**Bo (support):** Hi Ana! Ask the old shop (https://seller.tiktok.com) owner to unlink it & tell me.');
    expect(fromBo.allowedMentions).toEqual({ parse: [] });
    expect(discordLabels(fromBo)).toEqual([REPLY_LABEL]);
    const answered = (await b.store.getCase(1))!;
    // The clock is real time plus the skips, so times are checked to the skip (and a few real seconds).
    const claimedAt = answered.log.find((e) => e.status === 'claimed')!.at;
    expect(answered.firstResponseAt! - claimedAt).toBeGreaterThanOrEqual(3 * MIN);
    expect(answered.firstResponseAt! - claimedAt).toBeLessThan(3 * MIN + 10_000);
    expect(textOf(post)).toContain('*Waiting:* 5 min (first answer after 5 min)');

    // Ana answers with that Reply button: a modal; her words (mentions and all) reach the Slack thread harmless.
    const modal = await anaDm.click(REPLY_LABEL, { message: fromBo });
    expect(modal.first.callbackType).toBe(9);
    expect(modal.first.body.data.title).toBe(REPLY_MODAL_TITLE);
    expect(modal.first.body.data.components[0].components[0]).toMatchObject({ type: 4, label: REPLY_INPUT_LABEL, required: true });
    const relayed = await anaDm.submit('They said <!channel> @everyone <@U123> should do it');
    expect(shownBody(relayed).content).toBe(`-# ✓ They said <!channel> @everyone <@U123> should do it\n\n${messages.relayed}`);
    expect(fromBo.history).toHaveLength(1);
    await t.drain();
    const caseThread = () => s.visible('U0BO', SLACK_DESK, post.ts);
    expect(caseThread().map(textOf)).toEqual([`*requester:* They said &lt;!channel&gt; @${WJ}everyone &lt;@U123&gt; should do it`]);
    expect(caseThread()[0]!.text).toBe(textOf(caseThread()[0]!));
    expect(JSON.stringify(s.messages.filter((m) => m.channel === SLACK_DESK))).not.toMatch(/<!channel>|<@U123>|@everyone/);

    // Resolve: the post loses its buttons; Ana is asked for a rating by DM, gives 5 and adds nothing.
    offset += 10 * MIN;
    await bo.click('Resolve', SLACK_DESK);
    expect(textOf(s.messages.at(-1)!)).toBe(staffNotices.resolved(1));
    expect(s.messages.at(-1)!.ephemeralFor).toBe('U0BO');
    await t.drain();
    expect(slackLabels(post)).toEqual([]);
    expect(textOf(post)).toContain('*Status:* resolved by <@U0BO>\n');
    const rate = discordPostsIn(d, anaDm.channelId).at(-1)!;
    expect(rate.content).toBe(
      'Our support team has marked your case as solved. How did we do, from 1 (poor) to 5 (great)?',
    );
    expect(discordLabels(rate)).toEqual(['1', '2', '3', '4', '5']);
    const five = await anaDm.click('5', { message: rate });
    expect(five.first.callbackType).toBe(7);
    expect(shownBody(five).content).toContain('Thank you! Anything you would like to add?');
    const end = await anaDm.click("No, that's all", { message: rate });
    expect(shownBody(end).content).toContain('Thanks, that helps us get better.');

    const c = (await b.store.getCase(1))!;
    expect(c).toMatchObject({ status: 'resolved', rating: 5, assignee: 'U0BO' });
    expect(c.log.map((e) => e.status)).toEqual(['open', 'claimed', 'waiting', 'claimed', 'resolved']);
    expect(c.log.map((e) => e.by)).toEqual(['bot', 'U0BO', 'U0BO', ana.id, 'U0BO']);
    expect(c.firstResponseAt).toBeGreaterThan(c.openedAt);
    expect(c.resolvedAt! - c.firstResponseAt!).toBeGreaterThanOrEqual(10 * MIN);
    expect(c.resolvedAt! - c.firstResponseAt!).toBeLessThan(10 * MIN + 10_000);
    const transcript = await b.store.transcript(c.conversationId);
    expect(transcript.filter((l) => l.who === 'agent').map((l) => l.text)).toEqual(['Hi Ana! Ask the old shop (https://seller.tiktok.com) owner to unlink it & tell me.']);
    // One post, nothing left to deliver, nothing sent to the desk that Slack refused.
    expect(deskPosts()).toHaveLength(1);
    expect(await t.drain()).toBe(0);
    expect(s.refused).toEqual([]);
    expect(d.violations).toEqual([]);
  });
});

describe('a Slack seller helped from a Discord desk', () => {
  it('post (embed) with path and facts and a thread, refused and real Claim, replies both ways, Resolve and rating', { timeout: 20_000 }, async () => {
    let deskChannel = '';
    const t = await startBoth((d) => `discord:${(deskChannel = d.addChannel('support-desk'))}`);
    const { slack: s, discord: d, bot: b } = t;
    s.users.set('U0ANA', { name: 'ana', real_name: 'Ana Ruiz', display_name: 'Ana' });
    const ana = t.slackUser('U0ANA');

    // Ana, a seller on Slack, mentions the bot in #help and walks the QR guide to a person, typing the error.
    const errorText = 'Authorization failed <!channel> @everyone <@U123> **now** (code 1234)';
    const { ts: thread } = await ana.mention('problem with the qr code', SLACK_HELP);
    await ana.click("The QR code won't scan", SLACK_HELP);
    await ana.click('Still not working', SLACK_HELP);
    await ana.click('Still not working', SLACK_HELP);
    await ana.answer(errorText, SLACK_HELP);
    const anaSees = () => s.visible('U0ANA', SLACK_HELP, thread);
    expect(textOf(anaSees().at(-1)!)).toBe('Your case number is *#1*.');
    expect(discordPostsIn(d, deskChannel)).toEqual([]);

    // The outbox posts the case on the Discord desk: one post, an embed with path and facts, and its thread.
    await t.drain();
    const posts = discordPostsIn(d, deskChannel);
    expect(posts).toHaveLength(1);
    const post = posts[0]!;
    expect(post.allowedMentions).toEqual({ parse: [] });
    expect(post.content).toBe('');
    expect(post.embeds).toHaveLength(1);
    expect(post.embeds[0].title).toBe('Case #1 · QR code won\'t scan or "authorization failed"');
    const description = () => String(post.embeds[0].description);
    // On Discord the same words read: broadcasts and mentions broken by a zero-width space, Markdown escaped.
    const shownHarmless = `Authorization failed <!channel> @${ZWSP}everyone <${ZWSP}@U123> \\*\\*now\\*\\* (code 1234)`;
    expect(description()).toContain('**Status:** open, nobody on it yet\n');
    expect(description()).toContain(
      `**Requester:** \`U0ANA\` on Slack, in [channel ${SLACK_HELP}](https://slack.com/app_redirect?team=${TEAM}&channel=${SLACK_HELP}), in a thread\n`,
    );
    expect(description()).toContain('**Role:** not asked (probably a seller, asking in Slack)\n');
    expect(description()).toContain(
      '**Why a person:** QR scan or authorization keeps failing after restarting and updating the app and clearing the browser cache (or switching browsers)\n',
    );
    expect(description()).toContain('**Steps taken** (QR code won\'t scan or "authorization failed"):\n');
    expect(description()).toContain(
      [
        "- what-happens: The QR code won't scan",
        '- restart-app: Still not working',
        '- clear-browser: Still not working',
        `- ask-message: ${shownHarmless}`,
        '- escalate',
      ].join('\n'),
    );
    expect(description()).toContain(
      ['**What the bot learned:**', '- qr-symptom: no-scan', '- tried-app: yes', '- tried-browser: yes', `- error-text: ${shownHarmless}`].join('\n'),
    );
    expect(description()).not.toMatch(/@everyone|<@U123>/);
    expect(discordLabels(post)).toEqual(['Claim', 'Reply', 'Back to bot', 'Resolve']);
    const caseThread = d.channels.get(post.id)!;
    expect(caseThread).toMatchObject({ type: 11, parent_id: deskChannel, name: 'Case #1 · QR code won\'t scan or "authorization failed"' });
    expect((await b.store.getCase(1))!.desk).toEqual({ platform: 'discord', channel: deskChannel, message: post.id, thread: post.id });
    expect((await b.store.getCase(1))!.facts['error-text']).toBe(errorText);

    // Bo has no support role: his Claim is refused privately (ephemeral), and nothing changes.
    const bo = d.user('bo');
    const refused = await bo.in(deskChannel).click('Claim', { message: post });
    expect(refused.first.callbackType).toBe(4);
    expect(shownBody(refused)).toMatchObject({ content: staffNotices.notStaff, flags: EPHEMERAL, allowed_mentions: { parse: [] } });
    expect(d.messages.get(refused.interaction.originalId!)).toMatchObject({ ephemeralTo: bo.id });
    const slackCallsBefore = s.calls.length;
    expect(await t.drain()).toBe(0);
    expect(post.history).toHaveLength(1);
    expect(s.calls.length).toBe(slackCallsBefore);
    expect(await b.store.getCase(1)).toMatchObject({ status: 'open', log: [{ status: 'open', by: 'bot' }] });
    expect((await b.store.getCase(1))!.assignee).toBeUndefined();

    // Sam holds the support role: his Claim is acknowledged privately, the post redrawn, Ana told in her thread.
    offset += 2 * MIN;
    const sam = d.staff('sam');
    const claim = await sam.in(deskChannel).click('Claim', { message: post });
    expect(claim.first.callbackType).toBe(5);
    expect(claim.first.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(shownBody(claim).content).toBe(staffNotices.claimed(1));
    await t.drain();
    expect(post.history).toHaveLength(2);
    expect(description()).toContain(`**Status:** claimed by <@${sam.id}>\n`);
    expect(discordLabels(post)).toEqual(['Claim', 'Reply', 'Back to bot', 'Resolve']);
    expect(post.allowedMentions).toEqual({ parse: [] });
    const claimedNote = anaSees().at(-1)!;
    expect(claimedNote).toMatchObject({ channel: SLACK_HELP, thread_ts: thread });
    expect(claimedNote.ephemeralFor).toBeUndefined();
    expect(textOf(claimedNote)).toBe('Sam from our support team is looking at your case *#1* and will answer right here.');

    // Sam answers with the post's Reply button (a modal): noted in the case thread, and it reaches Ana's Slack thread.
    offset += 3 * MIN;
    const open = await sam.in(deskChannel).click('Reply', { message: post });
    expect(open.first.callbackType).toBe(9);
    expect(open.first.body.data.title).toBe('Reply to case #1');
    const sent = await sam.in(deskChannel).submit('Please open Seller Center in **another** browser.');
    expect(shownBody(sent).content).toBe(staffNotices.sent);
    expect(discordPostsIn(d, caseThread.id).map((m) => m.content)).toEqual(['**Sam (support):** Please open Seller Center in \\*\\*another\\*\\* browser.']);
    await t.drain();
    const fromSam = anaSees().at(-1)!;
    expect(fromSam.ephemeralFor).toBeUndefined();
    expect(textOf(fromSam)).toBe('*Sam (support):* Please open Seller Center in *another* browser.');
    const answered = (await b.store.getCase(1))!;
    expect(answered.firstResponseAt).toBeDefined();
    const claimedAt = answered.log.find((e) => e.status === 'claimed')!.at;
    expect(answered.firstResponseAt! - claimedAt).toBeGreaterThanOrEqual(3 * MIN);
    expect(answered.firstResponseAt! - claimedAt).toBeLessThan(3 * MIN + 10_000);

    // …and by writing in the case thread, mentioning the bot, with a screenshot: marked sent, it reaches Ana too.
    const typed = sam.in(caseThread.id).write(`<@${d.bot.id}> Or try this, see the screenshot`, {
      attachments: ['https://cdn.discordapp.com/attachments/1/2/steps.png'],
    });
    await d.waitFor((r) => r.kind === 'reaction' && r.path.includes(typed.id));
    expect(typed.reactions).toEqual(['✅']);
    await t.drain();
    expect(textOf(anaSees().at(-1)!)).toBe('*Sam (support):* Or try this, see the screenshot\n📎 https://cdn.discordapp.com/attachments/1/2/steps.png');

    // Ana types in her Slack thread: told it went to the team; it lands in the Discord case thread, harmless.
    await ana.say('Still failing <!channel> @everyone <@U123> **help**', SLACK_HELP, thread);
    expect(textOf(anaSees().at(-1)!)).toBe(messages.relayed);
    await t.drain();
    const line = discordPostsIn(d, caseThread.id).at(-1)!;
    expect(line.content).toBe(`**requester:** Still failing <!channel> @${ZWSP}everyone <${ZWSP}@U123> \\*\\*help\\*\\*`);
    expect(line.allowedMentions).toEqual({ parse: [] });

    // Resolve: the post loses its buttons; Ana is asked for a rating in her Slack thread and presses 4.
    offset += 10 * MIN;
    const resolve = await sam.in(deskChannel).click('Resolve', { message: post });
    expect(shownBody(resolve).content).toBe(staffNotices.resolved(1));
    await t.drain();
    expect(post.components).toEqual([]);
    expect(description()).toContain(`**Status:** resolved by <@${sam.id}>\n`);
    const rate = anaSees().at(-1)!;
    expect(rate.thread_ts).toBe(thread);
    expect(textOf(rate)).toContain('How did we do, from 1 (poor) to 5 (great)?');
    expect(slackLabels(rate)).toEqual(['1', '2', '3', '4', '5']);
    await ana.click('4', SLACK_HELP);
    expect(slackLabels(rate)).toEqual([]);
    expect(textOf(anaSees().at(-1)!)).toContain('Thank you! Anything you would like to add?');
    const rated = (await b.store.getCase(1))!;
    // The score counts as soon as it is pressed, even if the user never answers the comment question.
    expect(rated.rating).toBe(4);
    expect(rated).toMatchObject({ status: 'resolved', assignee: sam.id });
    expect(rated.log.map((e) => e.status)).toEqual(['open', 'claimed', 'waiting', 'claimed', 'resolved']);
    expect(rated.log.map((e) => e.by)).toEqual(['bot', sam.id, sam.id, 'U0ANA', sam.id]);
    expect(rated.resolvedAt! - rated.firstResponseAt!).toBeGreaterThanOrEqual(10 * MIN);
    const transcript = await b.store.transcript(rated.conversationId);
    expect(transcript.filter((l) => l.who === 'agent').map((l) => l.text)).toEqual([
      'Please open Seller Center in **another** browser.',
      'Or try this, see the screenshot\n📎 https://cdn.discordapp.com/attachments/1/2/steps.png',
    ]);
    // Saying no to a comment ends the rating: it is stored (this much works today).
    await ana.click("No, that's all", SLACK_HELP);
    expect(textOf(anaSees().at(-1)!)).toContain('Thanks, that helps us get better.');
    expect(await b.store.getCase(1)).toMatchObject({ status: 'resolved', rating: 4 });

    // One post; nothing left to deliver; nothing of Ana's shown to anyone but in her thread.
    expect(discordPostsIn(d, deskChannel)).toHaveLength(1);
    expect(await t.drain()).toBe(0);
    expect(s.messages.filter((m) => m.ephemeralFor === 'U0ANA')).toEqual([]);
    expect(s.refused).toEqual([]);
    expect(d.violations).toEqual([]);
  });
});
