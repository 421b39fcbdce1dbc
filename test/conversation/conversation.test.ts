// The engine's promises to a user: buttons move them on, free text finds the right tree, and stale,
// double or foreign presses change nothing.
import { describe, expect, it } from 'vitest';
import { encodeAction, decodeAction } from '../../src/conversation/action.ts';
import { MAX_TEXT } from '../../src/conversation/input.ts';
import { messages } from '../../src/conversation/messages.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Conversations } from '../../src/conversation/conversation.ts';
import { openFlows } from '../../src/platforms/open-flows.ts';
import { address, engine, FLOWS_DIR, tempDir, textOf, User } from '../support.ts';

describe('a conversation', () => {
  it('greets with the four ways in, and a person', async () => {
    const user = new User(engine());
    const turn = await user.start();
    expect(turn.conversation).toMatchObject({ flow: 'menu', status: 'active', rev: 1 });
    expect(user.buttons).toEqual(['I own a shop', "I'm a creator", "Something isn't working", 'What do I need first?', 'Talk to a person']);
    expect((await user.press('Talk to a person')).conversation).toMatchObject({ flow: 'system', step: 'human' });
  });

  it('walks a diagnostic tree to a handoff and gives a case number', async () => {
    const store = new MemoryStore();
    const user = new User(engine(store));
    await user.start();
    await user.press("Something isn't working");
    // The menu already asked the symptom, so the QR tree starts with its first fix.
    const fixes = await user.press('The QR code won\'t scan, or it says "authorization failed"');
    expect(fixes.conversation?.step).toBe('restart-app');
    await user.press('Still not working');
    await user.press('Still not working');
    const done = await user.say('Authorization failed (code 1234)');
    expect(done.conversation).toMatchObject({ flow: 'qr-failure', status: 'handoff', caseNumber: 1 });
    expect(textOf(done)).toContain('#1');
    const stored = await store.getCase(1);
    expect(stored).toMatchObject({ flow: 'qr-failure', status: 'open', facts: { 'error-text': 'Authorization failed (code 1234)', 'tried-app': 'yes', 'tried-browser': 'yes' } });
    expect(stored!.path.map((p) => p.step)).toEqual([
      'menu.welcome',
      'menu.trouble',
      'qr-failure.restart-app',
      'qr-failure.clear-browser',
      'qr-failure.ask-message',
      'qr-failure.escalate',
    ]);
    expect(stored!.path[2]).toEqual({ step: 'qr-failure.restart-app', answer: 'Still not working' });
    expect(stored!.transcript.some((l) => l.who === 'user' && l.text === 'Authorization failed (code 1234)')).toBe(true);
  });

  it('jumps straight to a tree from free text, without the greeting', async () => {
    const user = new User(engine());
    const turn = await user.say('problem with the qr code');
    expect(turn.conversation).toMatchObject({ flow: 'qr-failure', step: 'what-happens' });
    expect(textOf(turn)).not.toContain('What brings you here');
  });

  it('skips a question the first message already answered, and says so', async () => {
    const store = new MemoryStore();
    const user = new User(engine(store));
    const turn = await user.say('every time I scan it says authorization failed');
    expect(turn.conversation).toMatchObject({ flow: 'qr-failure', step: 'restart-app' });
    expect(textOf(turn)).toContain(messages.inferred('It says "authorization failed"'));
    expect(textOf(turn)).not.toContain('What happens when you try?');
    await user.press('Still not working');
    await user.press('Still not working');
    await user.say('Authorization failed (code 1234)');
    const stored = await store.getCase(1);
    expect(stored!.path[0]).toEqual({ step: 'qr-failure.what-happens', answer: 'It says "authorization failed"', inferred: true });
    expect(stored!.facts).toMatchObject({ 'qr-symptom': 'auth-failed', 'qr-symptom.said': 'every time I scan it says authorization failed' });
  });

  it('keeps the user on the step, with its buttons again, when it is unsure what free text means', async () => {
    const user = new User(engine());
    await user.start();
    await user.press('I own a shop');
    const buttons = user.buttons;
    const turn = await user.say('purple elephants dancing');
    expect(turn.conversation).toMatchObject({ flow: 'menu', step: 'seller-start' });
    expect(turn.replies[0]).toMatchObject({ kind: 'notice', text: messages.notUnderstood });
    expect(user.buttons).toEqual(buttons);
  });

  it('shows the menu, saying so, when free text after an end fits nothing', async () => {
    const user = new User(engine());
    await user.start();
    await user.press('I own a shop');
    await user.press('Why link at all?');
    await user.press("Thanks, that's all");
    const turn = await user.say('purple elephants dancing');
    expect(turn.conversation).toMatchObject({ flow: 'menu', step: 'welcome' });
    expect(turn.replies[0]).toMatchObject({ kind: 'notice', text: messages.unsure });
  });

  it('answers a choice typed as its number or its label', async () => {
    const user = new User(engine());
    await user.start();
    expect((await user.say('3')).conversation?.step).toBe('trouble');
    expect((await user.say('something else')).conversation?.step).toBe('other');
  });

  it('goes back to the previous question, and start over returns to the menu with facts cleared', async () => {
    const store = new MemoryStore();
    const user = new User(engine(store));
    await user.start();
    await user.press('I own a shop');
    await user.press("I'm ready, show me the steps");
    const back = await user.say('back');
    expect(back.conversation).toMatchObject({ flow: 'menu', step: 'seller-start' });
    const again = await user.say('start over');
    expect(again.conversation).toMatchObject({ flow: 'menu', step: 'welcome' });
    const record = await store.loadConversation(again.conversation!.id);
    expect(record!.facts).toEqual({});
  });

  it('says so when there is nothing to go back to', async () => {
    const user = new User(engine());
    await user.start();
    const turn = await user.say('back');
    expect(turn.replies[0]!.text).toBe(messages.noBack);
    expect(turn.conversation?.rev).toBe(1);
  });

  it('helps without moving the user, keeping their buttons valid', async () => {
    const user = new User(engine());
    await user.start();
    await user.press("I'm a creator");
    const before = user.last!;
    const help = await user.say('help');
    expect(help.replies[0]).toMatchObject({ kind: 'notice', text: messages.help });
    expect(help.conversation?.rev).toBe(before.conversation?.rev);
    const label = before.replies.flatMap((r) => r.buttons ?? [])[0]!.label;
    user.last = before;
    expect((await user.press(label)).refused).toBeUndefined();
  });

  it('hands over to a person whenever asked', async () => {
    const store = new MemoryStore();
    const user = new User(engine(store));
    await user.start();
    await user.press('What do I need first?');
    const ask = await user.say('talk to a person');
    expect(ask.conversation).toMatchObject({ flow: 'system', step: 'human' });
    const done = await user.say('My shop was suspended and I need to link it today');
    expect(done.conversation).toMatchObject({ status: 'handoff', caseNumber: 1 });
    expect((await store.getCase(1))!.facts.request).toBe('My shop was suspended and I need to link it today');
  });
});

describe('presses that must change nothing', () => {
  it('refuses a stale press with a short message and shows where we are', async () => {
    const store = new MemoryStore();
    const user = new User(engine(store));
    await user.start();
    const old = user.button('I own a shop');
    await user.press("I'm a creator");
    const rev = user.last!.conversation!.rev;
    const turn = await user.send({ type: 'press', action: old });
    expect(turn.refused).toBe('stale');
    expect(turn.replies[0]).toMatchObject({ kind: 'notice', text: messages.stale });
    expect(turn.conversation).toMatchObject({ flow: 'creator-link', rev });
    expect((await store.loadConversation(turn.conversation!.id))!.rev).toBe(rev);
  });

  it('applies a double press once', async () => {
    const user = new User(engine());
    await user.start();
    const action = user.button('I own a shop');
    const [a, b] = await Promise.all([user.send({ type: 'press', action }), user.send({ type: 'press', action })]);
    const applied = [a, b].filter((t) => !t.refused);
    expect(applied).toHaveLength(1);
    expect([a, b].find((t) => t.refused)!.refused).toBe('duplicate');
    expect(applied[0]!.conversation).toMatchObject({ step: 'seller-start', rev: 2 });
    const third = await user.send({ type: 'press', action });
    expect(third).toMatchObject({ refused: 'duplicate', replies: [] });
  });

  it('recognises a click delivered again late, after later turns, and applies it once, silently', async () => {
    const user = new User(engine());
    await user.start();
    const first = user.button("Something isn't working");
    await user.press("Something isn't working");
    await user.press('Something else');
    const late = await user.send({ type: 'press', action: first });
    expect(late).toMatchObject({ refused: 'duplicate', replies: [], conversation: { step: 'other', rev: 3 } });
  });

  it("refuses someone else's press and names the owner", async () => {
    const conversations = engine();
    const ana = new User(conversations, address({ platform: 'slack', user: 'U_ANA' }));
    await ana.start();
    const bob = { ...ana.where, user: 'U_BOB' };
    const turn = await conversations.handle(bob, { type: 'press', action: ana.button('I own a shop') });
    expect(turn.refused).toBe('foreign');
    expect(turn.replies[0]!.text).toBe(messages.foreign('<@U_ANA>'));
    expect(turn.conversation).toMatchObject({ step: 'welcome', rev: 1 });
  });

  it('refuses a garbled or forged token without touching anything', async () => {
    const user = new User(engine());
    await user.start();
    const real = decodeAction(user.button('I own a shop'))!;
    for (const action of ['', 'nonsense', `${real.conversation}:1:x`, `${real.conversation}:99999999999:1`]) {
      expect((await user.send({ type: 'press', action })).refused).toBe('malformed');
    }
    const beyond = await user.send({ type: 'press', action: encodeAction({ ...real, choice: 17 }) });
    expect(beyond.refused).toBe('stale');
    const elsewhere = await user.send({ type: 'press', action: encodeAction({ ...real, conversation: 'AAAAAAAAAAAA' }) });
    expect(elsewhere.refused).toBe('gone');
    expect((await user.say('1')).conversation).toMatchObject({ step: 'seller-start', rev: 2 });
  });

  it('refuses empty and huge text, keeping the conversation as it was', async () => {
    const user = new User(engine());
    await user.start();
    expect(await user.say('   ')).toMatchObject({ refused: 'empty', replies: [{ text: messages.empty }] });
    expect(await user.say('x'.repeat(MAX_TEXT + 1))).toMatchObject({ refused: 'too-long', replies: [{ text: messages.tooLong(MAX_TEXT) }] });
    expect((await user.say('1')).conversation?.rev).toBe(2);
  });
});

describe('a flow edited under a live conversation', () => {
  it('carries on at the same step when it is kept, showing the new words and recording the new version', async () => {
    const store = new MemoryStore();
    const user = new User(engine(store));
    await user.say('problem with the qr code');
    expect(user.last!.conversation).toMatchObject({ flow: 'qr-failure', step: 'what-happens' });
    const before = (await store.loadConversation(user.last!.conversation!.id))!.flowVersion;

    const dir = tempDir();
    cpSync(FLOWS_DIR, dir, { recursive: true });
    const file = join(dir, 'qr-failure.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Close the TikTok app completely.', 'Swipe the TikTok app away to close it.'));
    const edited = new User(new Conversations(openFlows(dir), store), user.where);
    edited.last = user.last;
    const next = await edited.press("The QR code won't scan");
    expect(next.refused).toBeUndefined();
    expect(next.conversation).toMatchObject({ flow: 'qr-failure', step: 'restart-app' });
    expect(textOf(next)).toContain('Swipe the TikTok app away to close it.');
    const after = (await store.loadConversation(next.conversation!.id))!.flowVersion;
    expect(after).not.toBe(before);
    expect(after).toBe(openFlows(dir).flows.get('qr-failure')!.version);
  });

  it('tells the user the step is gone and offers to restart that guide or get a person', async () => {    const store = new MemoryStore();
    const user = new User(engine(store));
    await user.say('problem with the qr code');
    await user.press("The QR code won't scan");
    expect(user.last!.conversation).toMatchObject({ flow: 'qr-failure', step: 'restart-app' });

    const dir = tempDir();
    cpSync(FLOWS_DIR, dir, { recursive: true });
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const file = join(dir, name);
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll('restart-app', 'restart-phone'));
    }
    const edited = new User(new Conversations(openFlows(dir), store), user.where);
    const told = await edited.say('Still not working');
    expect(told.conversation).toMatchObject({ flow: 'system', step: 'moved' });
    expect(textOf(told)).toContain('This guide was updated since we last spoke');
    expect(edited.buttons).toEqual(['Restart this guide', 'Talk to a person']);
    const restarted = await edited.press('Restart this guide');
    // Restarting a guide asks its questions again: the user answered this one here before.
    expect(restarted.conversation).toMatchObject({ flow: 'qr-failure', step: 'what-happens' });
  });
});

describe('a message delivered twice', () => {
  it('is applied once when it carries the same delivery key', async () => {
    const user = new User(engine());
    await user.start();
    const first = await user.send({ type: 'text', text: 'my bag icon is missing', key: 'Ev1' });
    const again = await user.send({ type: 'text', text: 'my bag icon is missing', key: 'Ev1' });
    expect(first.conversation).toMatchObject({ flow: 'missing-icon', rev: 2 });
    expect(again).toMatchObject({ refused: 'duplicate', replies: [], conversation: { rev: 2 } });
    expect((await user.send({ type: 'text', text: 'start over', key: 'Ev2' })).conversation?.rev).toBe(3);
  });
});
