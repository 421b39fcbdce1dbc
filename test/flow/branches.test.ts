// The branches real sellers and creators need next (issue 12): each walked through the engine as a user
// would, asserting what they are told and where they can go from there.
import { describe, expect, it } from 'vitest';
import { edgesOf, isEnd, resolveTarget, type StepKey } from '../../src/flow/check.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { engine, shippedFlows, textOf, User } from '../support.ts';

const flows = shippedFlows();
const step = (key: string) => flows.steps.get(key as StepKey)!.step;

/** Every step a user can reach from `from` (choices, answers, routes, follow-ups), stopping at ends. */
function reachable(from: StepKey): Set<StepKey> {
  const seen = new Set<StepKey>([from]);
  const queue = [from];
  while (queue.length) {
    const info = flows.steps.get(queue.shift()!)!;
    if (isEnd(info.step)) continue;
    for (const edge of edgesOf(info.step)) {
      const target = resolveTarget(info.flow, edge.target, flows.flows);
      if ('key' in target && !seen.has(target.key)) {
        seen.add(target.key);
        queue.push(target.key);
      }
    }
  }
  return seen;
}

async function walk(topic: string | undefined, presses: string[]) {
  const store = new MemoryStore();
  const user = new User(engine(store));
  let turn = await user.start(topic);
  const said = [textOf(turn)];
  for (const label of presses) {
    turn = await user.press(label);
    expect(turn.refused).toBeUndefined();
    said.push(textOf(turn));
  }
  const facts = (await store.loadConversation(turn.conversation!.id))!.facts;
  return { user, turn, said, facts };
}

const SELLER_WORDING = /Official Account|Seller Center|Let's link|your shop\b/i;

describe('where TikTok Shop runs', () => {
  const labels = (key: string) => step(key).choices!.map((c) => c.label);

  it('offers the same markets in the checklist and before Seller Center, as a select, with "Somewhere else" last', () => {
    expect(labels('seller-link.market')).toEqual(labels('preflight.region'));
    expect(labels('preflight.region').length).toBeGreaterThan(5);
    expect(labels('preflight.region')).toEqual(expect.arrayContaining(['Germany', 'France', 'Italy', 'Spain', 'Ireland']));
    expect(labels('preflight.region').at(-1)).toBe('Somewhere else');
  });

  it("names every market in the creators' country list", () => {
    const text = step('creator-link.country').say!;
    for (const market of labels('preflight.region').slice(0, -1)) expect(text).toContain(market);
  });

  it('tells "somewhere else" that TikTok Shop does not run there, and never leads to Seller Center step 1', async () => {
    const { said, turn } = await walk('preflight', ["I own the shop", "Yes, I'm 18 or older", 'Somewhere else']);
    expect(turn.conversation).toMatchObject({ flow: 'preflight', step: 'not-available' });
    expect(said.at(-1)).toMatch(/doesn't run in your country yet/);
    // Its ways on stay in the checklist (pick another country, stop, or a person): none is a linking step.
    expect(step('preflight.not-available').choices!.map((c) => c.goto)).toEqual(['region', 'later', 'not-available-ask']);
  });
});

describe('creator eligibility', () => {
  it('says what usually hides TikTok Shop for Creator, with the US follower minimum, and never circles back', async () => {
    const { said, user } = await walk(undefined, ["I'm a creator", "I'll pick products myself", "I don't see TikTok Shop for Creator"]);
    const text = said.at(-1)!;
    expect(text).toMatch(/1,000/);
    expect(text).toMatch(/5,000/);
    expect(text).toMatch(/Other countries set their own minimum/);
    expect(text).toMatch(/18 or older/);
    expect(user.buttons).toEqual(['I have fewer followers than that', "I'm under 18", 'TikTok Shop may not run in my country', 'I meet all of these']);
    const onward = [...reachable('creator-link.marketplace-missing')];
    expect(onward.filter((k) => k.startsWith('seller-link.') || k.startsWith('menu.') || k === 'creator-link.how' || k === 'creator-link.marketplace')).toEqual([]);
    expect(onward.filter((k) => k.startsWith('preflight.'))).toEqual(['preflight.under-18']);
  });

  it('a creator never sees seller wording, through the checklist or the eligibility branches', async () => {
    const checklist = await walk(undefined, ["I'm a creator", 'What do I need first?', "Yes, I'm 18 or older", 'Japan', 'Yes, no recent warnings or suspensions']);
    expect(checklist.turn.conversation).toMatchObject({ flow: 'creator-link', step: 'how' });
    for (const text of checklist.said.slice(2, -1)) expect(text).not.toMatch(SELLER_WORDING);
    expect(checklist.said.at(-1)).not.toMatch(/Let's link/);
    for (const key of reachable('creator-link.marketplace-missing')) expect(step(key).say ?? '', key).not.toMatch(SELLER_WORDING);
  });

  it('hands a creator who meets every requirement to a person, with what blocked them recorded', async () => {
    const { user, facts } = await walk(undefined, ["I'm a creator", "I'll pick products myself", "I don't see TikTok Shop for Creator", 'I meet all of these']);
    const handed = await user.say('@ana.creates');
    expect(handed.conversation).toMatchObject({ flow: 'creator-link', step: 'creator-handoff', status: 'handoff' });
    expect(facts).toMatchObject({ role: 'creator', 'creator-blocker': 'none-known' });
  });
});

describe('before a seller links', () => {
  it('says what linking does to the account and the unlink limits, with sources, before the QR code', () => {
    const official = step('seller-link.official');
    expect(official.say).toMatch(/Business account/);
    expect(official.say).toMatch(/identity verification/);
    expect(official.say).toMatch(/shop's name/);
    expect(official.source).toMatch(/learning_id=5018886219106090/);
    const before = step('seller-link.before-official');
    expect(before.say).toMatch(/24 hours after[\s\S]*at most 3 times/);
    expect(before.goto).toBe('official');
  });
});

describe('the QR code on the same phone', () => {
  it('is asked about at the first fix and told to use a computer or another device', async () => {
    const { said, user, facts } = await walk('qr-failure', ["The QR code won't scan", 'Seller Center is open on this same phone']);
    expect(said[1]).toMatch(/often a \*\*cache\*\* problem/);
    expect(said[1]).not.toMatch(/not a problem with your account/);
    expect(said.at(-1)).toMatch(/can't scan a QR code on its own screen/);
    expect(said.at(-1)).toMatch(/computer[\s\S]*another device/);
    expect(user.buttons).toEqual(['That worked', 'It still won\'t scan from the computer', "I don't have another device"]);
    expect(facts).toMatchObject({ 'seller-center-on': 'same-phone' });
  });
});

describe('the other shop is held by someone else', () => {
  it('says what to ask them, gives a message to forward and what support can do, and reaches a person when they will not help', async () => {
    const { said, user, facts } = await walk('already-linked', ['No, someone else runs that shop', 'An agency or a freelancer']);
    const text = said.at(-1)!;
    expect(text).toMatch(/My Account\*\* → \*\*Linked TikTok Accounts\*\*[\s\S]*\*\*Unlink\*\*/);
    expect(text).toMatch(/A message you can forward/);
    expect(text).toMatch(/can't log into someone else's shop/);
    expect(facts).toMatchObject({ 'other-shop-access': 'no', 'other-shop-holder': 'agency' });
    const asked = await user.press('They won\'t answer, or can\'t');
    expect(asked.conversation).toMatchObject({ step: 'held-no-answer' });
    expect(textOf(asked)).not.toMatch(/Only someone who can log into/);
    await user.say('Glow Agency Ltd');
    const handed = await user.say('@glow.official');
    expect(handed.conversation).toMatchObject({ flow: 'already-linked', step: 'no-access-handoff', status: 'handoff' });
  });

  it('splits the three situations that shared one button', () => {
    expect(step('already-linked.explain').choices!.map((c) => c.label)).toEqual([
      'Yes, I can log into that shop',
      'No, someone else runs that shop',
      "It's my old shop, but I can't log in any more",
      "I don't know which shop it is",
    ]);
  });

  it('does not promise the waiting period is over when it reminds', () => {
    expect(step('already-linked.relink-reminder').say).not.toMatch(/should be over/);
  });
});

describe('no dead ends', () => {
  it.each(['preflight.shop-not-ready', 'missing-icon.not-active', 'missing-icon.check-status', 'preflight.not-available'])('%s says where to look or what to do, then offers a person', (key) => {
    const handoff = [...reachable(key as StepKey)].some((k) => step(k).handoff);
    expect(handoff).toBe(true);
  });

  it('"It never said Linked" explains before going to step 6', () => {
    const never = step('missing-icon.never-linked');
    expect(never.say).toMatch(/only comes once Seller Center shows the account as \*\*Linked\*\*/);
    expect(never.goto).toBe('seller-link.confirm');
  });
});

describe('marketing accounts', () => {
  it('teaches the invitation steps and the sourced limits', () => {
    const how = step('marketing-accounts.how');
    expect(how.say).toMatch(/username[\s\S]*Send invitation[\s\S]*accepts/);
    expect(how.say).toMatch(/probation/);
    expect(how.source).toBeDefined();
    expect(step('marketing-accounts.about').say).toMatch(/10 times in 180 days/);
  });
});
