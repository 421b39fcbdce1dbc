// Whole conversations through Slack as a seller lives them: /linkhelp, @mentions, buttons, modals, threads,
// the DM and App Home, against a real Bolt app in HTTP mode and a fake Slack on 127.0.0.1.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../src/store/sqlite.ts';
import { MemoryStore } from '../../../src/store/memory.ts';
import { controls, startSlackUnderTest, TEAM, textOf, type Message, type SlackUnderTest } from '../../fakes/slack.ts';
import { tempDir } from '../../support.ts';

let t: SlackUnderTest;
afterEach(async () => t?.close());

const labelsOf = (m: Message | undefined) => (m ? controls(m).map((c) => c.label) : []);

describe('a seller on Slack', () => {
  it('runs /linkhelp in a thread under a short opener and walks every linking step to the end', async () => {
    t = await startSlackUnderTest(new SqliteStore(join(tempDir(), 'shoplink.db')));
    const ana = t.user('U0ANA');
    const sent = await ana.command('', 'C_SHOP');
    expect(sent.status).toBe(200);

    const [opener, ...thread] = t.slack.visible('U0ANA', 'C_SHOP');
    expect(opener!.thread_ts).toBeUndefined();
    expect(textOf(opener!)).toContain('I help you link a TikTok account to a TikTok Shop');
    expect(thread.length).toBeGreaterThan(0);
    expect(thread.every((m) => m.thread_ts === opener!.ts)).toBe(true);
    expect(textOf(thread.at(-1)!)).toContain('What brings you here?');
    expect(labelsOf(thread.at(-1))).toEqual(['I own a shop', "I'm a creator", "Something isn't working", 'What do I need first?', 'Talk to a person']);

    const path: [string, string][] = [
      ['I own a shop', "You'll link your shop's *Official Account*"],
      ["I'm ready, show me the steps", '*Which country is your shop registered in?*'],
      ['United States', '*Step 1 of 6: log into Seller Center* at `seller-us.tiktok.com`'],
      ["I'm logged in, next", '*Step 2 of 6:* in the menu on the left'],
      ['Found it, next', '*Step 3 of 6:* open the *Official Account* tab'],
      ['A QR code popped up, next', '*Step 4 of 6:* keep the QR code on screen'],
      ['Scanned, next', '*Step 5 of 6:*'],
      ['Authorized, next', '*Step 6 of 6:*'],
      ['It says Linked and I see the bag', "*You're linked!*"],
      ['All done, thanks', 'Happy selling!'],
    ];
    for (const [label, next] of path) {
      const clicked = ana.find(label, 'C_SHOP');
      await ana.click(label, 'C_SHOP');
      expect(labelsOf(clicked), `buttons left after "${label}"`).toEqual([]);
      expect(textOf(clicked)).toContain(`✓ ${label}`);
      const newest = t.slack.visible('U0ANA', 'C_SHOP').at(-1)!;
      expect(newest.thread_ts).toBe(opener!.ts);
      expect(textOf(newest)).toContain(next);
    }
    expect(textOf(t.slack.visible('U0ANA', 'C_SHOP').find((m) => textOf(m).includes('Step 4 of 6'))!)).toContain('• tap *My QR Code*');
    expect(labelsOf(t.slack.visible('U0ANA', 'C_SHOP').at(-1))).toEqual(['Start over']);
    expect(t.slack.messages.filter((m) => m.ephemeralFor)).toEqual([]);
    const where = { platform: 'slack' as const, workspace: TEAM, channel: 'C_SHOP', thread: opener!.ts, user: 'U0ANA' };
    expect((await t.conversations.peek(where))?.conversation).toMatchObject({ flow: 'seller-link', step: 'done', status: 'resolved' });
  });

  it('walks the QR failure tree from an @mention to a person, answering in a modal, and posts the case number', async () => {
    const store = new MemoryStore();
    t = await startSlackUnderTest(store);
    const ana = t.user('U0ANA');
    const { ts } = await ana.mention('problem with the qr code', 'C_HELP');
    const inThread = () => t.slack.visible('U0ANA', 'C_HELP', ts);
    expect(inThread()).toHaveLength(1);
    expect(textOf(inThread()[0]!)).toContain("Let's get that QR code working");

    await ana.click("The QR code won't scan", 'C_HELP');
    expect(textOf(inThread().at(-1)!)).toContain('This is often a *cache* problem');
    await ana.click('Still not working', 'C_HELP');
    expect(textOf(inThread().at(-1)!)).toContain('Now the computer');
    await ana.click('Still not working', 'C_HELP');
    const asking = inThread().at(-1)!;
    expect(textOf(asking)).toContain("Sorry, that's frustrating");
    expect(labelsOf(asking)).toEqual(['Answer']);

    const typed = 'Authorization failed <!channel> <@U0BOSS> @everyone & co (code 1234)';
    const opened = t.slack.next((c) => c.method === 'views.open');
    const submitted = await ana.answer(typed, 'C_HELP');
    expect(submitted.status).toBe(200);
    const modal = (await opened).args.view;
    expect(modal.blocks[0].label.text).toBe('The exact message you see');

    // The answer replaces the Answer button, escaped so it cannot ping or mention anyone.
    expect(labelsOf(asking)).toEqual([]);
    expect(textOf(asking)).toContain("Sorry, that's frustrating");
    expect(textOf(asking)).toContain('✓ Authorization failed &lt;!channel&gt; &lt;@U0BOSS&gt; @\u2060everyone &amp; co (code 1234)');
    expect(JSON.stringify(asking.blocks)).not.toMatch(/<!channel>|<@U0BOSS>|@everyone/);

    const [handedOver, caseNumber] = inThread().slice(-2);
    expect(textOf(handedOver!)).toContain('Someone from our support team will pick this up right here');
    expect(textOf(caseNumber!)).toBe('Your case number is *#1*.');
    expect(await store.getCase(1)).toMatchObject({ flow: 'qr-failure', status: 'open', facts: { 'error-text': typed, 'tried-app': 'yes', 'tried-browser': 'yes' } });
    expect(inThread().every((m) => m.thread_ts === ts && !m.ephemeralFor)).toBe(true);
  });

  it('keeps an empty modal answer open with a hint instead of sending it', async () => {
    t = await startSlackUnderTest();
    const ana = t.user('U0ANA');
    await ana.command('talk to a person', 'D_ANA');
    const opened = t.slack.next((c) => c.method === 'views.open');
    await ana.click('Answer', 'D_ANA');
    const sent = await ana.submit((await opened).args.view, '   ');
    expect(JSON.parse(sent.body)).toMatchObject({ response_action: 'errors', errors: { answer: "I didn't catch anything there. Type a question or press one of the buttons." } });
    expect(labelsOf(ana.find('Answer', 'D_ANA'))).toEqual(['Answer']);
  });

  it('runs in the DM without a thread; text after /linkhelp goes straight to its topic; typed replies count', async () => {
    t = await startSlackUnderTest();
    const ana = t.user('U0ANA');
    await ana.command('problem with the qr code', 'D_ANA');
    const dm = () => t.slack.visible('U0ANA', 'D_ANA');
    expect(dm()).toHaveLength(1);
    expect(dm()[0]!.thread_ts).toBeUndefined();
    expect(textOf(dm()[0]!)).toContain("Let's get that QR code working");

    await ana.say('1', 'D_ANA');
    expect(textOf(dm().at(-1)!)).toContain('*cache*');
    expect(dm().every((m) => m.thread_ts === undefined)).toBe(true);
  });

  it('answers typed replies in its thread from the owner only, and ignores other threads, edits and bots', async () => {
    t = await startSlackUnderTest();
    const ana = t.user('U0ANA');
    const bob = t.user('U0BOB');
    await ana.command('', 'C_TEAM');
    const opener = t.slack.visible('U0ANA', 'C_TEAM')[0]!;
    const count = () => t.slack.messages.length;
    const before = count();

    await bob.say('I own a shop', 'C_TEAM', opener.ts);
    await ana.say('I own a shop', 'C_TEAM', '1699999999.000001');
    await ana.say('I own a shop', 'C_TEAM');
    await ana.say('I own a shop', 'C_TEAM', opener.ts, { subtype: 'message_changed' });
    await ana.say('I own a shop', 'C_TEAM', opener.ts, { bot_id: 'B_OTHER' });
    expect(count()).toBe(before);

    await ana.say('I own a shop', 'C_TEAM', opener.ts);
    expect(textOf(t.slack.messages.at(-1)!)).toContain("You'll link your shop's *Official Account*");
    expect(t.slack.messages.at(-1)!.thread_ts).toBe(opener.ts);
  });

  it('shows App Home with a Start button that opens a conversation in the DM, then lists it as open', async () => {
    t = await startSlackUnderTest();
    const ana = t.user('U0ANA');
    await ana.openHome('D_ANA');
    const first = t.slack.callsTo('views.publish').at(-1)!.args;
    expect(first.user_id).toBe('U0ANA');
    expect(textOf(first.view)).toContain('I help you link a TikTok account');
    expect(textOf(first.view)).not.toContain('Your open conversation');

    await ana.clickHome('Start');
    expect(textOf(t.slack.visible('U0ANA', 'D_ANA').at(-1)!)).toContain('What brings you here?');
    await ana.click("Something isn't working", 'D_ANA');

    await ana.openHome('D_ANA');
    const second = t.slack.callsTo('views.publish').at(-1)!.args;
    expect(textOf(second.view)).toContain('*Your open conversation:* Main menu');
  });

  it('shows the conversation to the user alone where the bot may not post', async () => {
    t = await startSlackUnderTest();
    t.slack.closedChannels.add('C_PRIVATE');
    const ana = t.user('U0ANA');
    await ana.command('', 'C_PRIVATE');
    expect(t.slack.visible('U0BOB', 'C_PRIVATE')).toEqual([]);
    const greeting = ana.find('I own a shop', 'C_PRIVATE');
    expect(greeting.ephemeralFor).toBe('U0ANA');

    await ana.click('I own a shop', 'C_PRIVATE');
    expect(textOf(greeting)).toContain('✓ I own a shop');
    const next = t.slack.visible('U0ANA', 'C_PRIVATE').at(-1)!;
    expect(next.ephemeralFor).toBe('U0ANA');
    expect(textOf(next)).toContain("You'll link your shop's *Official Account*");
  });
});
