// The support desk in a Slack channel, as the support team and a seller live it: the case post, Claim,
// replies both ways, Resolve and the rating, Back to bot, staff only, nothing user-written pinging anyone,
// and the desk's API failing for a while (with a restart) without a case lost or posted twice.
// A real Bolt app in HTTP mode against the fake Slack; the outbox is drained by hand, on a clock the test moves.
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startBot, type Bot } from '../../../src/bot.ts';
import { readConfig } from '../../../src/config.ts';
import { deskWordsIn } from '../../../src/handoff/desk-words.ts';
import { caseMessage } from '../../../src/platforms/slack/desk.ts';
import { oneMessage } from '../../../src/platforms/slack/reach.ts';
import { plainFromSlack } from '../../../src/platforms/slack/text.ts';
import { SqliteStore } from '../../../src/store/sqlite.ts';
import type { Case } from '../../../src/store/types.ts';
import {
  controls,
  FakeSlack,
  SIGNING_SECRET,
  slackTestConfig,
  SlackUser,
  startDeskUnderTest,
  textOf,
  type DeskUnderTest,
  type Message,
} from '../../fakes/slack.ts';
import { FLOWS_DIR, freePort, shippedFlows, tempDir } from '../../support.ts';

/** What the desk says to staff; English, the default DESK_LANGUAGE. */
const staffNotices = deskWordsIn('en').notices;

const DESK = 'C_DESK';
const HELP = 'C_HELP';
const ERROR_TEXT = 'Authorization failed <!channel> <@U0BOSS> @everyone & co (code 1234)';
/** ERROR_TEXT as the desk must show it: escaped, the broadcast word broken by a word joiner. */
const ERROR_SHOWN = 'Authorization failed &lt;!channel&gt; &lt;@U0BOSS&gt; @\u2060everyone &amp; co (code 1234)';

const labelsOf = (m: Message | undefined) => (m ? controls(m).map((c) => c.label) : []);

/** A clock that runs with real time, plus however far the test moved it. */
function testClock() {
  let skew = 0;
  return { now: () => Date.now() + skew, advance: (ms: number) => void (skew += ms) };
}

let t: DeskUnderTest | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await t?.close();
  t = undefined;
  for (const c of cleanups.splice(0)) await c();
});

async function desk(o: Parameters<typeof startDeskUnderTest>[0] = {}): Promise<DeskUnderTest> {
  t = await startDeskUnderTest({ staff: ['U0BO'], ...o });
  t.slack.users.set('U0BO', { name: 'bo', real_name: 'Bo Lind', display_name: 'Bo' });
  t.slack.users.set('U0ANA', { name: 'ana', real_name: 'Ana Ruiz', display_name: 'Ana' });
  return t;
}

/** Ana's QR code trouble from an @mention in #help to a person, typing ERROR_TEXT; returns her thread. */
async function qrCase(ana: SlackUser): Promise<string> {
  const { ts } = await ana.mention('problem with the qr code', HELP);
  await ana.click("The QR code won't scan", HELP);
  await ana.click('Still not working', HELP);
  await ana.click('Still not working', HELP);
  await ana.answer(ERROR_TEXT, HELP);
  return ts;
}

/** The case posts in the desk channel (top-level messages), oldest first. */
const posts = (d: DeskUnderTest) => d.slack.messages.filter((m) => m.channel === DESK && !m.thread_ts && !m.ephemeralFor);

describe('a Slack desk', () => {
  it("handles a Slack seller's case end to end: post, refused and real Claim, replies both ways, Resolve, rating", async () => {
    const clock = testClock();
    const d = await desk({ store: new SqliteStore(join(tempDir(), 'desk.db')), now: clock.now });
    const ana = d.user('U0ANA');
    const bo = d.user('U0BO');
    const eve = d.user('U0EVE');
    const thread = await qrCase(ana);
    const anaSees = () => d.slack.visible('U0ANA', HELP, thread);
    expect(textOf(anaSees().at(-1)!)).toBe('Your case number is *#1*.');

    // The post: title, requester (by name, never a mention), steps with answers, facts, reason, buttons.
    expect(posts(d)).toHaveLength(1);
    const post = posts(d)[0]!;
    expect(post.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Case #1 · QR code won\'t scan or "authorization failed"' } });
    expect(post.text).toBe('Case #1 · QR code won\'t scan or "authorization failed"');
    const body = textOf(post);
    expect(body).toContain('*Status:* open, nobody on it yet');
    expect(body).toContain(`*Requester:* Ana (\`U0ANA\`) on Slack, <#${HELP}>, <https://fake.slack.com/archives/${HELP}/p${thread.replace('.', '')}|thread>`);
    expect(body).toContain('*Why a person:* QR scan or authorization keeps failing');
    expect(body).toContain("• what-happens: The QR code won't scan\n• restart-app: Still not working\n• clear-browser: Still not working");
    expect(body).toContain(`• ask-message: ${ERROR_SHOWN}`);
    expect(body).toContain(`*What the bot learned:*\n• qr-symptom: no-scan\n• tried-app: yes\n• tried-browser: yes\n• error-text: ${ERROR_SHOWN}`);
    expect(JSON.stringify(post)).not.toMatch(/<!channel>|<@U0BOSS>|<@U0ANA>|@everyone/);
    expect(labelsOf(post)).toEqual(['Claim', 'Resolve', 'Back to bot']);
    expect((await d.store.getCase(1))?.desk).toEqual({ platform: 'slack', channel: DESK, message: post.ts });

    // Someone outside the support team presses Claim: told so, alone; nothing changes anywhere.
    const before = { messages: d.slack.messages.length, ana: anaSees().length };
    await eve.click('Claim', DESK);
    const refusal = d.slack.messages.at(-1)!;
    expect(refusal).toMatchObject({ channel: DESK, ephemeralFor: 'U0EVE' });
    expect(textOf(refusal)).toBe(staffNotices.notStaff);
    expect(d.slack.messages.length).toBe(before.messages + 1);
    expect(anaSees()).toHaveLength(before.ana);
    expect(post.edits).toBe(0);
    expect(await d.store.getCase(1)).toMatchObject({ status: 'open', log: [{ status: 'open' }] });
    expect((await d.store.getCase(1))?.assignee).toBeUndefined();

    // Bo claims: the post is redrawn once (by the outbox), Bo is told alone, Ana learns who has her case.
    await bo.click('Claim', DESK);
    expect(d.slack.messages.find((m) => m.ephemeralFor === 'U0BO' && textOf(m) === staffNotices.claimed(1))).toBeDefined();
    expect(post.edits).toBe(1);
    expect(textOf(post)).toContain('*Status:* claimed by <@U0BO>');
    expect(labelsOf(post)).toEqual(['Claim', 'Resolve', 'Back to bot']);
    expect(textOf(anaSees().at(-1)!)).toBe('Bo from our support team is looking at your case *#1* and will answer right here.');
    expect(anaSees().at(-1)!.thread_ts).toBe(thread);

    // Bo replies in the case thread, with a screenshot: it reaches Ana's thread, as Bo, with the file's link.
    await bo.say('Hi Ana! Log out on <https://seller.tiktok.com|Seller Center> first.', DESK, post.ts, {
      subtype: 'file_share',
      files: [{ id: 'F1', name: 'steps.png', permalink: 'https://fake.slack.com/files/U0BO/F1/steps.png' }],
    });
    const fromBo = anaSees().at(-1)!;
    expect(fromBo.ephemeralFor).toBeUndefined();
    expect(textOf(fromBo)).toBe('*Bo (support):* Hi Ana! Log out on Seller Center (https://seller.tiktok.com) first.\n📎 https://fake.slack.com/files/U0BO/F1/steps.png');
    expect(d.slack.messages.some((m) => m.ephemeralFor === 'U0BO' && textOf(m) === staffNotices.sent)).toBe(false);
    expect(post.edits).toBe(2);
    expect(textOf(post)).toMatch(/\*Waiting:\* \d+ min \(first answer after \d+ min\)/);
    const answered = await d.store.getCase(1);
    expect(answered?.firstResponseAt).toBeDefined();
    expect((await d.store.transcript(answered!.conversationId)).at(-1)).toMatchObject({ who: 'agent', text: expect.stringContaining('Log out on Seller Center') });

    // Ana answers in her thread: she is told it went to the team, and it lands in the case thread, harmless.
    await ana.say('Did that <!channel> @everyone <@U0BOSS>, still failing', HELP, thread);
    expect(textOf(anaSees().at(-1)!)).toBe("Sent to our support team. They'll answer right here.");
    const caseThread = () => d.slack.visible('U0BO', DESK, post.ts);
    expect(textOf(caseThread().at(-1)!)).toBe('*requester:* Did that &lt;!channel&gt; @\u2060everyone &lt;@U0BOSS&gt;, still failing');
    expect(JSON.stringify(caseThread())).not.toMatch(/<!channel>|<@U0BOSS>|@everyone/);
    // Her screenshot follows as a link.
    await ana.say('', HELP, thread, { subtype: 'file_share', files: [{ id: 'F2', name: 'error.png', permalink: 'https://fake.slack.com/files/U0ANA/F2/error.png' }] });
    expect(textOf(caseThread().at(-1)!)).toBe('*requester:* 📎 https://fake.slack.com/files/U0ANA/F2/error.png');

    // Someone outside the team writing in the case thread is told so; nothing reaches Ana.
    const anaBefore = anaSees().length;
    await eve.say('I can help!', DESK, post.ts);
    expect(d.slack.messages.at(-1)).toMatchObject({ ephemeralFor: 'U0EVE', thread_ts: post.ts });
    expect(textOf(d.slack.messages.at(-1)!)).toBe(staffNotices.notStaff);
    expect(anaSees()).toHaveLength(anaBefore);

    // Resolve: no more buttons on the post; Ana is asked for a rating, gives 4 and adds nothing.
    clock.advance(5 * 60_000);
    await bo.click('Resolve', DESK);
    expect(d.slack.messages.find((m) => m.ephemeralFor === 'U0BO' && textOf(m) === staffNotices.resolved(1))).toBeDefined();
    expect(post.edits).toBe(4); // redrawn for the claim, the answer, the reply and the resolve
    expect(labelsOf(post)).toEqual([]);
    expect(textOf(post)).toContain('*Status:* resolved by <@U0BO>');
    const rate = anaSees().at(-1)!;
    expect(textOf(rate)).toContain('How did we do, from 1 (poor) to 5 (great)?');
    expect(labelsOf(rate)).toEqual(['1', '2', '3', '4', '5']);
    await ana.click('4', HELP);
    expect(labelsOf(rate)).toEqual([]);
    await ana.click("No, that's all", HELP);
    expect(textOf(anaSees().at(-1)!)).toContain('Thanks, that helps us get better.');

    const done = (await d.store.getCase(1))!;
    expect(done).toMatchObject({ status: 'resolved', rating: 4, assignee: 'U0BO' });
    expect(done.log.map((e) => e.status)).toEqual(['open', 'claimed', 'waiting', 'claimed', 'resolved']);
    expect(done.log.map((e) => e.by)).toEqual(['bot', 'U0BO', 'U0BO', 'U0ANA', 'U0BO']);
    expect(done.firstResponseAt).toBeGreaterThanOrEqual(done.openedAt);
    expect(done.resolvedAt).toBeGreaterThan(done.firstResponseAt!);
    expect(posts(d)).toHaveLength(1);
    expect(d.slack.messages.filter((m) => m.ephemeralFor === 'U0ANA')).toEqual([]);

    // A reply in the thread of the resolved case reopens it and still reaches Ana; a literal mention stays text.
    await bo.say('One more thing: &lt;@U0BOSS&gt; can help too', DESK, post.ts);
    expect(d.slack.messages.find((m) => m.ephemeralFor === 'U0BO' && textOf(m) === staffNotices.reopened(1))).toBeDefined();
    expect(textOf(anaSees().at(-1)!)).toBe('*Bo (support):* One more thing: &lt;\u2060@U0BOSS&gt; can help too');
    expect(await d.store.getCase(1)).toMatchObject({ status: 'waiting' });
    expect(labelsOf(post)).toEqual(['Claim', 'Resolve', 'Back to bot']);
  });

  it('hands the user back to the bot at the last question with buttons, in their DM', async () => {
    const d = await desk();
    const ana = d.user('U0ANA');
    const bo = d.user('U0BO');
    await ana.command('problem with the qr code', 'D_ANA');
    await ana.click("The QR code won't scan", 'D_ANA');
    await ana.click('Still not working', 'D_ANA');
    await ana.click('Still not working', 'D_ANA');
    await ana.answer('It just spins', 'D_ANA');
    expect(textOf(posts(d)[0]!)).toContain('*Requester:* Ana (`U0ANA`) on Slack, their DM with shoplink');

    await bo.click('Back to bot', DESK);
    expect(d.slack.messages.find((m) => m.ephemeralFor === 'U0BO' && textOf(m) === staffNotices.handedBack(1))).toBeDefined();
    const back = d.slack.visible('U0ANA', 'D_ANA').at(-1)!;
    expect(back.thread_ts).toBeUndefined();
    expect(textOf(back)).toContain("Our support team handed you back to me. Here's where we left off:");
    expect(textOf(back)).toContain('Now the computer:');
    expect(labelsOf(back)).toEqual(['That fixed it', 'Still not working']);
    expect(textOf(posts(d)[0]!)).toContain('*Status:* waiting on the user (<@U0BO> is on it)');
    expect(await d.store.getCase(1)).toMatchObject({ status: 'waiting' });

    // The buttons work: Ana carries on with the bot, and her words no longer go to the case.
    await ana.click('That fixed it', 'D_ANA');
    expect(labelsOf(back)).toEqual([]);
    expect(textOf(d.slack.visible('U0ANA', 'D_ANA').at(-1)!)).not.toContain('Sent to our support team');
    expect(d.slack.visible('U0BO', DESK, posts(d)[0]!.ts)).toEqual([]);
  });

  it('shows @everyone, <!channel> and <@U123> in user text to the desk escaped, in the post and in the thread', async () => {
    const d = await desk();
    const ana = d.user('U0ANA');
    await ana.command('talk to a person', 'D_ANA');
    await ana.answer('<!channel> <!here|here> @everyone <@U123> **help** & more', 'D_ANA');
    const post = posts(d)[0]!;
    expect(textOf(post)).toContain('• request: &lt;!channel&gt; &lt;!here|here&gt; @\u2060everyone &lt;@U123&gt; **help** &amp; more');
    await ana.say('<@U123> <!everyone> @here @channel', 'D_ANA');
    const line = d.slack.visible('U0BO', DESK, post.ts).at(-1)!;
    expect(textOf(line)).toBe('*requester:* &lt;@U123&gt; &lt;!everyone&gt; @\u2060here @\u2060channel');
    expect(line.text).toBe(textOf(line));
    const everything = JSON.stringify(d.slack.messages.filter((m) => m.channel === DESK));
    expect(everything).not.toMatch(/<!(channel|here|everyone)|<@U123>|@(everyone|here|channel)/);
  });

  it('lists open cases to staff with /linkhelp cases; for anyone else it starts a conversation', async () => {
    const d = await desk();
    const ana = d.user('U0ANA');
    await ana.command('talk to a person', 'D_ANA');
    await ana.answer('My shop is not showing', 'D_ANA');
    await d.user('U0BO').command('cases', 'C_ANYWHERE');
    const list = d.slack.messages.at(-1)!;
    expect(list.ephemeralFor).toBe('U0BO');
    expect(textOf(list)).toMatch(/^\*Open cases \(1\):\*\n• #1 · system · open · slack user U0ANA · waiting \d+ min$/);
    expect(d.slack.messages.filter((m) => m.channel === 'C_ANYWHERE' && !m.ephemeralFor)).toEqual([]);

    await d.user('U0EVE').command('cases', 'D_EVE');
    const eve = d.slack.visible('U0EVE', 'D_EVE');
    expect(eve.length).toBeGreaterThan(0);
    expect(eve.every((m) => !m.ephemeralFor)).toBe(true);
    expect(textOf(eve.at(-1)!)).not.toContain('Open cases');
  });

  it('posts a case exactly once after the desk API failed for 30 s, with a restart in between', async () => {
    const clock = testClock();
    const file = join(tempDir(), 'outage.db');
    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    const outage = slack.outage('chat.postMessage', (a) => a.channel === DESK, { status: 500 });
    let d = await desk({ store: new SqliteStore(file), slack, now: clock.now });
    const ana = d.user('U0ANA');
    const thread = await qrCase(ana);
    // The case is stored before anything is posted; the user has their number and can keep writing.
    expect(await d.store.getCase(1)).toMatchObject({ status: 'open', facts: { 'error-text': ERROR_TEXT } });
    expect((await d.store.getCase(1))?.desk).toBeUndefined();
    await ana.say('Any news?', HELP, thread);
    expect(textOf(d.slack.visible('U0ANA', HELP, thread).at(-1)!)).toBe("Sent to our support team. They'll answer right here.");

    const tries = () => slack.refused.filter((c) => c.method === 'chat.postMessage' && c.args.channel === DESK).length;
    for (let s = 0; s < 30; s += 10) {
      clock.advance(10_000);
      await d.settle();
    }
    // Tried on every pass (each try is WebClient's call and its retries), posted never.
    expect(tries()).toBeGreaterThanOrEqual(4 * 6);
    expect(slack.callsTo('chat.postMessage').filter((c) => c.args.channel === DESK)).toEqual([]);
    expect(posts(d)).toEqual([]);

    // Restart while the desk is still down: a new process on the same database.
    await d.stop();
    d = await desk({ store: new SqliteStore(file), slack, now: clock.now });
    const beforeRestart = tries();
    clock.advance(60_000);
    await d.settle();
    expect(tries()).toBeGreaterThan(beforeRestart);
    expect(posts(d)).toEqual([]);

    outage.end();
    clock.advance(60_000);
    await d.settle();
    expect(posts(d)).toHaveLength(1);
    const post = posts(d)[0]!;
    expect(textOf(post)).toContain(`• error-text: ${ERROR_SHOWN}`);
    expect((await d.store.getCase(1))?.desk).toEqual({ platform: 'slack', channel: DESK, message: post.ts });
    // What Ana wrote meanwhile follows into the thread once the post is there.
    for (let i = 0; i < 3; i++) {
      clock.advance(60_000);
      await d.settle();
    }
    expect(d.slack.visible('U0BO', DESK, post.ts).map(textOf)).toEqual(['*requester:* Any news?']);
    expect(posts(d)).toHaveLength(1);

    // Another restart: the case still works from its post, and a reply in its thread (found from the post
    // itself, since this process never saw it made) reaches Ana.
    await d.stop();
    d = await desk({ store: new SqliteStore(file), slack, now: clock.now });
    await d.user('U0BO').click('Claim', DESK);
    expect(textOf(post)).toContain('claimed by <@U0BO>');
    await d.user('U0BO').mention('Sorry for the wait!\nTry again now.', DESK, post.ts);
    expect(textOf(d.slack.visible('U0ANA', HELP, thread).at(-1)!)).toBe('*Bo (support):* Sorry for the wait!\nTry again now.');
    expect(d.slack.visible('U0BO', DESK, post.ts).filter((m) => !textOf(m).startsWith('*requester:*'))).toEqual([]);
  });

  it('reuses a post Slack made although its answer was lost, instead of posting the case again', async () => {
    const clock = testClock();
    const d = await desk({ now: clock.now });
    let lost = 0;
    let failing = 0;
    // The first try posts but answers 500; WebClient's own retries fail outright, so the outbox tries later.
    d.slack.outage('chat.postMessage', (a) => a.channel === DESK && !a.thread_ts && lost++ < 1, { status: 500, applied: true });
    d.slack.outage('chat.postMessage', (a) => a.channel === DESK && !a.thread_ts && failing++ < 5, { status: 500 });
    const ana = d.user('U0ANA');
    await ana.command('talk to a person', 'D_ANA');
    await ana.answer('Please call me', 'D_ANA');
    expect(posts(d)).toHaveLength(1);
    expect((await d.store.getCase(1))?.desk).toBeUndefined();

    // The outbox's next try finds the post in the channel and records it.
    clock.advance(2000);
    await d.settle();
    expect(posts(d)).toHaveLength(1);
    expect((await d.store.getCase(1))?.desk).toEqual({ platform: 'slack', channel: DESK, message: posts(d)[0]!.ts });
  });

  it('writes to the user in their DM when the bot cannot post where their conversation is', async () => {
    const d = await desk();
    d.slack.closedChannels.add('C_PRIVATE');
    const ana = d.user('U0ANA');
    await ana.command('talk to a person', 'C_PRIVATE');
    await ana.answer('I need help with my shop', 'C_PRIVATE');
    expect(d.slack.visible('U0ANA', 'C_PRIVATE').every((m) => m.ephemeralFor === 'U0ANA')).toBe(true);
    expect(textOf(posts(d)[0]!)).toContain(`*Requester:* Ana (\`U0ANA\`) on Slack, <#C_PRIVATE>`);

    await d.user('U0BO').click('Claim', DESK);
    const dm = d.slack.visible('U0ANA', 'D0ANA');
    expect(dm.map(textOf)).toEqual(['Bo from our support team is looking at your case *#1* and will answer right here.']);
    expect(await d.store.getCase(1)).toMatchObject({ status: 'claimed' });
  });

  it("keeps a staff member's own conversation with the bot in a desk channel thread a conversation", async () => {
    const d = await desk();
    const bo = d.user('U0BO');
    // Bo asks the bot for help himself, in the desk channel: his thread is a conversation, not a case.
    await bo.command('', DESK);
    const opener = d.slack.messages.find((m) => m.channel === DESK && !m.thread_ts)!;
    await bo.say('1', DESK, opener.ts);
    expect(textOf(d.slack.visible('U0BO', DESK, opener.ts).at(-1)!)).toContain("You'll link your shop's *Official Account*");
  });
});

describe('the desk started by startBot', () => {
  let bot: Bot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  it('posts cases to HANDOFF_DESK on Slack and takes Claim there', async () => {
    const slack = await FakeSlack.start();
    cleanups.push(() => slack.close());
    slack.members.set('C0DESK', ['U0BO']);
    const port = await freePort();
    bot = await startBot({
      config: readConfig({ DATABASE_URL: 'memory:', FLOWS_DIR, HANDOFF_DESK: 'slack:C0DESK' }),
      slack: slackTestConfig(slack, port),
      log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
      pollMs: 10,
    });
    const app = { url: `http://127.0.0.1:${port}`, signingSecret: SIGNING_SECRET };
    const ana = new SlackUser(slack, app, 'U0ANA');
    const asked = slack.next((c) => c.method === 'chat.postMessage' && c.args.channel === 'D_ANA' && JSON.stringify(c.args.blocks).includes('"Answer"'));
    await ana.command('talk to a person', 'D_ANA');
    await asked;
    await ana.answer('Nothing works <!channel>', 'D_ANA');
    const posted = await slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0DESK');
    expect(textOf(posted.args)).toContain('• request: Nothing works &lt;!channel&gt;');

    await new SlackUser(slack, app, 'U0BO').click('Claim', 'C0DESK');
    await slack.waitFor((c) => c.method === 'chat.update' && c.args.channel === 'C0DESK');
    await slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'D_ANA' && String(c.args.text).includes('from our support team is looking at your case'));
    expect(await bot.cases.get(1)).toMatchObject({ status: 'claimed', assignee: 'U0BO' });
  });
});

describe('desk rendering', () => {
  const base: Case = {
    number: 7,
    conversationId: 'AAAAAAAAAAAA',
    requester: { platform: 'discord', workspace: '111', channel: '222', thread: '333', user: '444' },
    reason: 'Asked to talk to a person',
    flow: 'system',
    step: 'system.handoff',
    flowVersion: 'builtin',
    path: [{ step: 'system.human', answer: '@here look <@U1>' }, { step: 'system.handoff' }],
    facts: { request: '@here look <@U1>' },
    openedAt: 0,
    status: 'open',
    transcript: [],
    log: [],
  };

  it('names a Discord requester in plain words with a link to their thread, and never pings', () => {
    const m = caseMessage(base, shippedFlows(), { now: 3 * 60_000, where: '<https://discord.com/channels/111/333|Discord thread 333 in channel 222>', words: deskWordsIn('en') });
    const body = textOf(m);
    expect(body).toContain('*Requester:* discord user `444` on Discord, <https://discord.com/channels/111/333|Discord thread 333 in channel 222>');
    expect(body).toContain('*Waiting:* 3 min');
    expect(body).toContain('• request: @\u2060here look &lt;@U1&gt;');
    expect(JSON.stringify(m)).not.toMatch(/<@U1>|@here/);
  });

  it('cuts a summary too long for one post and says where the rest is', () => {
    const long: Case = { ...base, path: Array.from({ length: 40 }, () => ({ step: 'system.human' as const, answer: 'x'.repeat(4000) })) };
    const m = caseMessage(long, shippedFlows(), { now: 0, where: 'somewhere', words: deskWordsIn('en') });
    expect(m.blocks.length).toBeLessThanOrEqual(50);
    expect(textOf(m).length).toBeLessThan(40_000);
    expect(textOf(m).includes('… the rest is cut here; `shoplink cases show 7` has all of it.\nReplies in this thread')).toBe(true);
  });

  it('reads an agent\'s Slack markup as plain words', () => {
    expect(plainFromSlack('Hi <@U0ANA|ana>, see <https://x.test/a?b=1&amp;c=2|this> in <#C1|help> <!here> &lt;3')).toBe('Hi @ana, see this (https://x.test/a?b=1&c=2) in #help @here <3');
    expect(plainFromSlack('<mailto:a@b.test|a@b.test> <https://x.test> <!subteam^S1|@team>')).toBe('a@b.test https://x.test @team');
  });

  it('sends several replies as one message, keeping only the last set of buttons', () => {
    const m = oneMessage(
      [
        { kind: 'notice', text: 'Handed back' },
        { kind: 'step', text: 'Old', buttons: [{ label: 'A', action: 'AAAAAAAAAAAA:1:0' }] },
        { kind: 'step', text: 'Pick', buttons: [{ label: 'B', action: 'AAAAAAAAAAAA:2:0' }] },
      ],
      '1.2',
    );
    expect(textOf(m)).toBe('Handed back\nOld\nPick');
    expect(controls({ channel: '', ts: '', text: '', blocks: m.blocks as never[], edits: 0 }).map((c) => c.label)).toEqual(['B']);
  });
});

