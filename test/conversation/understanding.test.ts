// What a user notices of the understanding stage inside a conversation: typed answers move them on,
// what they already said is not asked again, a person comes when asked for, and an off-topic question
// gets an honest "not here" instead of a linking tree. Bad text keeps their place.
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/conversation/messages.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { engine, textOf, User } from '../support.ts';

async function at(step: 'restart-app' | 'when-linked' | 'seller-start') {
  const user = new User(engine());
  if (step === 'restart-app') {
    await user.say('problem with the qr code');
    await user.press("The QR code won't scan");
  } else if (step === 'when-linked') await user.say('the shopping bag icon is missing');
  else {
    await user.start();
    await user.press('I own a shop');
  }
  return user;
}

describe('typed answers', () => {
  it('take the no-like or yes-like choice for "nope, still broken" and "yep that did it"', async () => {
    const user = await at('restart-app');
    expect((await user.say('nope, still broken')).conversation?.step).toBe('clear-browser');
    const fixed = await user.say('yep that did it');
    expect(fixed.conversation?.flow).toBe('qr-failure');
    expect(fixed.conversation?.step).toMatch(/^fixed/);
  });

  it('take a choice by its words, with a typo', async () => {
    const user = await at('when-linked');
    expect((await user.say('it neevr said linked')).conversation).toMatchObject({ flow: 'seller-link' });
  });

  it('read a fact as the answer: "about 5 hours ago" is less than 24 hours', async () => {
    const user = await at('when-linked');
    expect((await user.say('about 5 hours ago')).conversation?.step).toBe('wait');
  });

  it('keep the place, with the buttons again, for a number no button has', async () => {
    const user = await at('seller-start');
    const buttons = user.buttons;
    const turn = await user.say('7');
    expect(turn.conversation?.step).toBe('seller-start');
    expect(turn.replies[0]).toMatchObject({ kind: 'notice', text: messages.outOfRange(7, buttons.length) });
    expect(user.buttons).toEqual(buttons);
  });

  it('keep the place for emoji only, a code block, mentions and mixed scripts', async () => {
    const user = await at('seller-start');
    for (const text of ['🦄🦄🦄', '```const x = 1```', '<@U123> <@here>', 'สวัสดี 你好 hola']) {
      const turn = await user.say(text);
      expect(turn.conversation?.step, text).toBe('seller-start');
      expect(turn.replies[0]?.kind, text).toBe('notice');
    }
  });

  it('keep the place for empty and over-long text, and change nothing', async () => {
    const user = await at('seller-start');
    const rev = user.last!.conversation!.rev;
    expect((await user.say('   ')).refused).toBe('empty');
    expect((await user.say('x'.repeat(4001))).refused).toBe('too-long');
    expect((await user.say('1')).conversation).toMatchObject({ rev: rev + 1 });
  });
});

describe('facts from what people say', () => {
  it('skip the "when did it link" question after "linked 3 days ago"', async () => {
    const user = new User(engine());
    const turn = await user.say('linked my account 3 days ago and still no shopping bag on my profile');
    expect(turn.conversation).toMatchObject({ flow: 'missing-icon', step: 'check-shop' });
    expect(textOf(turn)).toContain(messages.inferred('More than a day ago'));
  });

  it('skip the shop-status question after "the shop is active and approved", quoting the user in the case', async () => {
    const store = new MemoryStore();
    const user = new User(engine(store));
    const turn = await user.say('linked 3 days ago, the shop is active and approved, but no bag icon');
    expect(turn.conversation).toMatchObject({ flow: 'missing-icon', step: 'ask-username' });
    expect(textOf(turn)).toContain(messages.inferred('Yes, active and approved'));
    await user.say('@candlesbyana');
    const opened = await store.getCase(1);
    expect(opened!.path.find((p) => p.step === 'missing-icon.check-shop')).toEqual({ step: 'missing-icon.check-shop', answer: 'Yes, active and approved', inferred: true });
    expect(opened!.facts['shop-active.said']).toBe('linked 3 days ago, the shop is active and approved, but no bag icon');
  });
});

describe('questions asked again on purpose', () => {
  it('asks the country again when the user goes back to change it, instead of skipping it as known', async () => {
    const user = new User(engine());
    await user.say('is tiktok shop available in my country');
    await user.press('Somewhere else');
    const again = await user.press('My business is in one of those countries');
    expect(again.conversation).toMatchObject({ flow: 'preflight', step: 'region' });
    expect(user.buttons).toContain('United States');
  });
});

describe('a person on request', () => {
  it('comes for "can i please just talk to a real human", from anywhere', async () => {
    const user = await at('restart-app');
    const turn = await user.say('can i please just talk to a real human');
    expect(turn.conversation).toMatchObject({ flow: 'system', step: 'human' });
  });

  it('comes for frustration with no topic in it', async () => {
    const user = new User(engine());
    expect((await user.say('this is useless, I give up')).conversation).toMatchObject({ flow: 'system', step: 'human' });
  });
});

describe('honest scope', () => {
  it('says a payment QR code at checkout is not something it helps with, offering a person or the menu', async () => {
    const user = new User(engine());
    const turn = await user.say("the payment QR code at checkout won't scan for my customer");
    expect(turn.conversation).toMatchObject({ flow: 'system', step: 'out-of-scope' });
    expect(turn.replies[0]).toMatchObject({ kind: 'notice', text: messages.outOfScope(messages.topics.payouts) });
    expect(user.buttons).toEqual(['Talk to a person', 'Show me the menu']);
    expect((await user.press('Talk to a person')).conversation).toMatchObject({ flow: 'system', step: 'human' });
  });

  it('never sends "link my bank account for payouts" into a linking tree', async () => {
    const user = new User(engine());
    const turn = await user.say('how do I link my bank account for payouts');
    expect(turn.conversation?.step).toBe('out-of-scope');
    expect(textOf(turn)).toContain(messages.topics.payouts);
  });

  it('switches topic mid-flow on a confident other topic, and back returns', async () => {
    const user = await at('restart-app');
    const switched = await user.say('actually it says this account is already linked to another shop');
    expect(switched.conversation?.flow).toBe('already-linked');
    const back = await user.say('back');
    expect(back.conversation).toMatchObject({ flow: 'qr-failure', step: 'restart-app' });
  });
});
