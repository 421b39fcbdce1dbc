// What must change nothing or still work when Slack, the network or the store misbehave: forged and stale
// requests, bad payloads, someone else's or a repeated click, redelivered events, a slow store, Web API errors.
import { troubled } from '../../support.ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { Address } from '../../../src/address.ts';
import { MemoryStore } from '../../../src/store/memory.ts';
import type { Store } from '../../../src/store/types.ts';
import { BOT_USER, controls, sendToApp, startSlackUnderTest, TEAM, textOf, type SlackUnderTest } from '../../fakes/slack.ts';

let t: SlackUnderTest;
afterEach(async () => t?.close());

/** Ana's conversation in her DM, started, with the welcome buttons on screen. */
async function started(store?: Store) {
  t = await startSlackUnderTest(store);
  const ana = t.user('U0ANA');
  await ana.command('', 'D_ANA');
  const where: Address = { platform: 'slack', workspace: TEAM, channel: 'D_ANA', user: 'U0ANA' };
  const rev = async () => (await t.conversations.peek(where))?.conversation?.rev;
  const welcome = ana.find('I own a shop', 'D_ANA');
  return { ana, rev, welcome, posted: t.slack.messages.length };
}

describe('requests that must change nothing', () => {
  it('refuses a forged signature with 401', async () => {
    const { ana, rev, welcome, posted } = await started();
    const sent = await ana.click('I own a shop', 'D_ANA', { signature: `v0=${'0'.repeat(64)}` });
    expect(sent.status).toBe(401);
    const forgedCommand = await t.user('U0EVE').command('', 'D_EVE', { signature: 'v0=deadbeef' });
    expect(forgedCommand.status).toBe(401);
    expect(t.slack.messages.length).toBe(posted);
    expect(welcome.edits).toBe(0);
    expect(await rev()).toBe(1);
  });

  it('refuses a request signed more than five minutes ago with 401', async () => {
    const { ana, rev, welcome, posted } = await started();
    const sent = await ana.click('I own a shop', 'D_ANA', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(sent.status).toBe(401);
    expect(t.slack.messages.length).toBe(posted);
    expect(welcome.edits).toBe(0);
    expect(await rev()).toBe(1);
  });

  it('refuses a malformed payload with 400', async () => {
    const { rev, welcome, posted } = await started();
    const form = await sendToApp(t.app, 'payload=%7B%22type%22%3A%22block_actions%22%2C', 'application/x-www-form-urlencoded');
    const json = await sendToApp(t.app, '{"type":"event_callback","event":', 'application/json');
    expect(form.status).toBe(400);
    expect(json.status).toBe(400);
    expect(t.slack.messages.length).toBe(posted);
    expect(welcome.edits).toBe(0);
    expect(await rev()).toBe(1);
  });

  it('tells the clicker alone that a button it cannot read is unknown', async () => {
    const { ana, rev, welcome } = await started();
    const button = controls(welcome)[0]!;
    await ana.send(ana.actionPayload(welcome, { ...button, actionId: 'not-one-of-ours' }));
    const notice = t.slack.messages.at(-1)!;
    expect(notice.ephemeralFor).toBe('U0ANA');
    expect(textOf(notice)).toBe("I couldn't read that button. Type *start over* to begin again.");
    expect(welcome.edits).toBe(0);
    expect(await rev()).toBe(1);
  });

  it('applies an event Slack redelivers (x-slack-retry-num, same event_id) once', async () => {
    t = await startSlackUnderTest();
    const ana = t.user('U0ANA');
    const ts = t.slack.nextTs();
    const mention = { type: 'app_mention', user: 'U0ANA', text: `<@${BOT_USER}> the bag icon is missing`, ts, channel: 'C_HELP', event_ts: ts };
    await ana.event(mention, { id: 'Ev-once' });
    const first = await ana.event(mention, { id: 'Ev-once', headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await ana.event(mention, { id: 'Ev-once', headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
    expect(first.status).toBe(200);
    const thread = t.slack.visible('U0ANA', 'C_HELP', ts);
    expect(thread.length).toBeGreaterThan(0);
    expect(new Set(thread.map(textOf)).size).toBe(thread.length);
    const where: Address = { platform: 'slack', workspace: TEAM, channel: 'C_HELP', thread: ts, user: 'U0ANA' };
    expect((await t.conversations.peek(where))?.conversation).toMatchObject({ flow: 'missing-icon', rev: 1 });
  });

  it('applies a redelivered message once even when another bot process receives the retry', async () => {
    const store = new MemoryStore();
    t = await startSlackUnderTest(store);
    const other = await startSlackUnderTest(store, t.slack);
    try {
      const ts = t.slack.nextTs();
      const mention = { type: 'app_mention', user: 'U0ANA', text: `<@${BOT_USER}> the bag icon is missing`, ts, channel: 'C_HELP', event_ts: ts };
      await t.user('U0ANA').event(mention, { id: 'Ev-twice' });
      const posted = t.slack.messages.length;
      await other.user('U0ANA').event(mention, { id: 'Ev-twice', headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
      expect(t.slack.messages.length).toBe(posted);
      const where: Address = { platform: 'slack', workspace: TEAM, channel: 'C_HELP', thread: ts, user: 'U0ANA' };
      expect((await other.conversations.peek(where))?.conversation).toMatchObject({ flow: 'missing-icon', rev: 1 });
    } finally {
      await other.running.stop();
    }
  });

  it('refuses a click from an earlier step to the clicker alone, showing where things are; its buttons still work', async () => {
    const { ana, welcome } = await started();
    const old = structuredClone(welcome);
    await ana.click('I own a shop', 'D_ANA');
    await ana.send(ana.actionPayload(old, controls(old).find((c) => c.label === "I'm a creator")!));
    const [notice, current] = t.slack.messages.slice(-2);
    expect(notice!.ephemeralFor).toBe('U0ANA');
    expect(textOf(notice!)).toBe("That button is from an earlier step, so I left things as they are. Here's where we are now:");
    expect(current!.ephemeralFor).toBe('U0ANA');
    expect(textOf(current!)).toContain("You'll link your shop's *Official Account*");

    // A choice on the ephemeral copy moves on like the original would, replacing the copy's buttons.
    await ana.click("I'm ready, show me the steps", 'D_ANA');
    expect(textOf(current!)).toBe("✓ I'm ready, show me the steps");
    const next = t.slack.messages.at(-1)!;
    expect(next.ephemeralFor).toBeUndefined();
    expect(textOf(next)).toContain('*Which country is your shop registered in?*');
  });
});

/** A store whose reads take `stallMs` once told to stall, or fail once `down`: what a slow or lost database does. */

describe('slow or failing neighbours', () => {
  it('acknowledges at once while the store stalls 2 s, and posts the reply afterwards', async () => {
    const store = troubled();
    const { ana } = await started(store);
    store.trouble.stallMs = 2000;
    const bob = t.user('U0BOB');
    const posts = () => t.slack.callsTo('chat.postMessage').length;
    const before = posts();
    const [click, command] = await Promise.all([ana.click('I own a shop', 'D_ANA', { noSettle: true }), bob.command('', 'D_BOB', { noSettle: true })]);
    expect(click.status).toBe(200);
    expect(command.status).toBe(200);
    expect(click.ms).toBeLessThan(1000);
    expect(command.ms).toBeLessThan(1000);
    expect(posts()).toBe(before);

    await t.running.idle();
    expect(textOf(t.slack.visible('U0ANA', 'D_ANA').at(-1)!)).toContain("You'll link your shop's *Official Account*");
    expect(textOf(t.slack.visible('U0BOB', 'D_BOB').at(-1)!)).toContain('What brings you here?');
  });

  it('keeps the turn when Slack never takes its reply: /linkhelp again shows where the conversation is', async () => {
    const { ana, posted } = await started();
    t.slack.fail('chat.postMessage', 6, { status: 500 });
    await ana.click('I own a shop', 'D_ANA');
    expect(t.slack.messages.length).toBe(posted);
    await ana.command('', 'D_ANA');
    expect(textOf(t.slack.messages.at(-1)!)).toContain("You'll link your shop's *Official Account*");
    expect(controls(t.slack.messages.at(-1)!).map((c) => c.label)).toContain("I'm ready, show me the steps");
  });
});
