// The case lifecycle without any platform: what the user sees when a case opens, while it is open and
// after it is resolved, and what gets queued for the desk. The platform tests cover the desks themselves.
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { Conversations } from '../../src/conversation/conversation.ts';
import { messages } from '../../src/conversation/messages.ts';
import { Cases } from '../../src/handoff/cases.ts';
import { KIND } from '../../src/handoff/items.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { shippedFlows, textOf, User } from '../support.ts';

const HOUR = 3_600_000;

async function handedOff() {
  let now = 1_700_000_000_000;
  const clock = () => now;
  const store = new MemoryStore();
  const conversations = new Conversations(shippedFlows(), store, { now: clock, handoff: { reminderMs: 4 * HOUR } });
  const cases = new Cases({ store, conversations, log: pino({ level: 'silent' }), now: clock });
  const user = new User(conversations);
  await user.say('problem with the qr code');
  await user.press("The QR code won't scan");
  await user.press('Still not working');
  await user.press('Still not working');
  const opened = await user.say('Authorization failed (1002)');
  /** Takes what is due as a worker would, marking it delivered. */
  const due = async (at = now) => {
    const items = await store.takeDue(at, 50, 60_000);
    for (const i of items) await store.finish(i.id);
    return items.map((i) => ({ kind: i.kind, payload: i.payload }));
  };
  return { store, cases, user, opened, due, tick: (ms: number) => (now += ms), now: () => now };
}

describe('a case', () => {
  it('opens with the case number, and queues its desk post now and a reminder for later', async () => {
    const { opened, due, now } = await handedOff();
    expect(opened.conversation).toMatchObject({ status: 'handoff', caseNumber: 1 });
    expect(opened.replies.at(-1)!.text).toBe(messages.caseOpened(1));
    expect(await due()).toEqual([{ kind: KIND.deskPost, payload: { case: 1 } }]);
    expect(await due(now() + 4 * HOUR)).toEqual([{ kind: KIND.reminder, payload: { case: 1 } }]);
  });

  it('carries what the user types to the desk while it is open, and "back" returns to the guide', async () => {
    const { user, due } = await handedOff();
    await due();
    const relayed = await user.say('I also tried another phone');
    expect(relayed.replies).toEqual([{ kind: 'notice', text: messages.relayed }]);
    expect(await due()).toEqual([{ kind: KIND.toDesk, payload: { case: 1, from: 'user', text: 'I also tried another phone' } }]);
    const asked = await user.say('talk to a person');
    expect(asked.replies[0]!.text).toBe(messages.caseWaiting(1));
    const back = await user.say('back to the bot');
    expect(back.conversation).toMatchObject({ flow: 'qr-failure', step: 'clear-browser', status: 'active' });
    expect((await user.say('start over')).conversation?.flow).toBe('menu');
  });

  it('is claimed, answered, resolved and rated, with every status in its log', async () => {
    const { store, cases, user, due, tick } = await handedOff();
    await due();
    tick(60_000);
    expect(await cases.claim(1, 'A1', 'Sam')).toMatchObject({ ok: true, case: { status: 'claimed', assignee: 'A1' } });
    const claimed = await due();
    expect(claimed.map((i) => i.kind)).toEqual([KIND.deskUpdate, KIND.toUser]);
    expect((claimed[1]!.payload.replies as { text: string }[])[0]!.text).toBe(messages.claimedForUser('Sam', 1));
    tick(60_000);
    await cases.agentSays(1, 'A1', 'Sam', 'Which browser do you use?');
    const toUser = (await due()).find((i) => i.kind === KIND.toUser)!;
    expect(toUser.payload).toMatchObject({ address: user.where, replies: [{ text: messages.fromAgent('Sam', 'Which browser do you use?') }] });
    tick(60_000);
    await cases.resolve(1, 'A1');
    const rating = (await due()).find((i) => i.kind === KIND.toUser)!;
    const buttons = (rating.payload.replies as { buttons?: { label: string; action: string }[] }[]).flatMap((r) => r.buttons ?? []);
    expect(buttons.map((b) => b.label)).toEqual(['1', '2', '3', '4', '5']);
    user.last = { replies: rating.payload.replies as never, conversation: undefined };
    await user.press('4');
    await user.press('Add a comment');
    const thanks = await user.say('Quick and kind, thanks');
    expect(textOf(thanks)).toContain('Thanks, that helps us get better');
    const done = await store.getCase(1);
    expect(done).toMatchObject({ status: 'resolved', rating: 4, comment: 'Quick and kind, thanks', assignee: 'A1', firstResponseAt: 1_700_000_120_000 });
    expect(done!.log.map((e) => `${e.status} by ${e.by}`)).toEqual(['open by bot', 'claimed by A1', 'waiting by A1', 'resolved by A1']);
  });

  it('says truthfully that no one will reply here when no desk is connected, and keeps the words on the case', async () => {
    const store = new MemoryStore();
    const user = new User(new Conversations(shippedFlows(), store));
    await user.say('can i please just talk to a real human');
    await user.say('My QR code fails with error 1002');
    const more = await user.say('I also tried another phone');
    expect(more.replies).toEqual([{ kind: 'notice', text: messages.relayedNoDesk }]);
    expect((await store.transcript(more.conversation!.id)).some((l) => l.who === 'user' && l.text === 'I also tried another phone')).toBe(true);
  });

  it("carries an agent's words to the user with every mention made inert, whatever desk they typed on", async () => {
    const { cases, due } = await handedOff();
    await due();
    await cases.agentSays(1, 'A1', 'Sam <!here>', 'cc <@U0BOSS> and <!channel>, see <#C1>');
    const sent = (await due()).find((i) => i.kind === KIND.toUser)!;
    expect((sent.payload.replies as { text: string }[])[0]!.text).toBe(
      messages.fromAgent('Sam <\u2060!here>', 'cc <\u2060@U0BOSS> and <\u2060!channel>, see <\u2060#C1>'),
    );
  });

  it('back to bot from the desk returns the user to the last question with buttons', async () => {
    const { cases, due } = await handedOff();
    await due();
    await cases.backToBot(1, 'A1');
    const sent = (await due()).find((i) => i.kind === KIND.toUser)!;
    const replies = sent.payload.replies as { text: string; buttons?: { label: string }[] }[];
    expect(replies[0]!.text).toBe(messages.backToBot);
    expect(replies.at(-1)!.buttons!.map((b) => b.label)).toEqual(['That fixed it', 'Still not working']);
  });

  it('reopens a resolved case when an agent answers in it again, and refuses unknown cases', async () => {
    const { cases } = await handedOff();
    await cases.resolve(1, 'A1');
    expect(await cases.agentSays(1, 'A2', 'Kim', 'One more thing')).toMatchObject({ ok: true, case: { status: 'waiting', assignee: 'A2' } });
    expect(await cases.claim(9, 'A1', 'Sam')).toEqual({ ok: false, notice: 'There is no case #9.' });
    expect((await cases.open()).map((c) => c.number)).toEqual([1]);
  });
});
