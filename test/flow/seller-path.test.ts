// The seller's happy path, pressed as a user would: from "I own a shop" to "You're linked" in at most
// nine presses, with the one Seller Center address of the market picked.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory.ts';
import { engine, textOf, User } from '../support.ts';

/** Issue 12's bar for a seller when nothing goes wrong. */
const MAX_PRESSES = 9;

describe('the seller happy path', () => {
  it(`reaches "You're linked" from "I own a shop" in at most ${MAX_PRESSES} presses`, async () => {
    const store = new MemoryStore();
    const user = new User(engine(store));
    await user.start();
    const presses = [
      'I own a shop',
      "I'm ready, show me the steps",
      'United States',
      "I'm logged in, next",
      'Found it, next',
      'A QR code popped up, next',
      'Scanned, next',
      'Authorized, next',
      'It says Linked and I see the bag',
    ];
    const said: string[] = [];
    let turn = user.last!;
    for (const label of presses) {
      turn = await user.press(label);
      expect(turn.refused).toBeUndefined();
      said.push(textOf(turn));
    }
    expect(turn.conversation).toMatchObject({ flow: 'seller-link', step: 'linked' });
    expect(textOf(turn)).toContain("You're linked!");
    expect(presses.length).toBeLessThanOrEqual(MAX_PRESSES);
    console.log(`seller happy path: ${presses.length} presses`);
    // The market's own address, and only it: no list of every country's Seller Center.
    const login = said[2]!;
    expect(login).toContain('seller-us.tiktok.com');
    expect(login).not.toMatch(/seller-(uk|mx|br|my|ph|th|vn|sg|jp)\b/);
    // What linking does to the account is said before the QR code is asked for.
    expect(said[4]).toMatch(/Business account/);
    expect(said[4]).toMatch(/identity verification/);
    expect(said[4]).toMatch(/at most 3 times/);
    expect((await store.loadConversation(turn.conversation!.id))!.facts).toMatchObject({ role: 'seller', market: 'US' });
  });

  it('asks the market once: a seller who answered it in the checklist goes straight to Seller Center', async () => {
    const store = new MemoryStore();
    const user = new User(engine(store));
    await user.start();
    for (const label of ['I own a shop', "Check I'm ready first", "Yes, I'm 18 or older", 'Germany', 'Yes, approved and active', "I have one, from the shop's region", "No, it isn't linked anywhere"]) {
      expect((await user.press(label)).refused).toBeUndefined();
    }
    const ready = await user.press('Yes, no recent warnings or suspensions');
    expect(ready.conversation).toMatchObject({ flow: 'seller-link', step: 'login' });
    expect(textOf(ready)).not.toMatch(/Which country/);
    expect((await store.loadConversation(ready.conversation!.id))!.facts).toMatchObject({ market: 'DE', 'region-ok': 'yes', standing: 'good' });
  });

  it('tells a seller outside the markets that TikTok Shop does not run there, and never shows Seller Center step 1', async () => {
    const user = new User(engine());
    await user.start();
    await user.press('I own a shop');
    await user.press("I'm ready, show me the steps");
    const told = await user.press('Somewhere else');
    expect(told.conversation).toMatchObject({ flow: 'preflight', step: 'not-available' });
    expect(textOf(told)).toMatch(/doesn't run in your country yet/);
    expect(textOf(told)).not.toMatch(/Step 1 of 6/);
    expect(user.buttons).toEqual(['My business is in one of those countries', 'OK, thanks', "I'd like a person to check"]);
  });
});
