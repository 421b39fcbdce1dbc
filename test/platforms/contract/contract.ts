// The behaviours every adapter owes its users, run the same way through each platform's driver (as the store
// contract suite runs through each store): clicks that must change nothing, a store that stalls or fails, a
// platform that answers errors, the desk, mentions, select menus and forms. A behaviour a platform cannot have is
// left out by its declared capabilities, never by its name, so nothing is reported as skipped.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { conversationIdOf } from '../../../src/address.ts';
import { failedTurn } from '../../../src/conversation/conversation.ts';
import { messages } from '../../../src/conversation/messages.ts';
import type { CompiledFlows } from '../../../src/flow/compile.ts';
import { openFlows } from '../../../src/platforms/open-flows.ts';
import { tempDir } from '../../support.ts';
import { harness, type ContractPlatform, type ContractUser, type Harness, type Seen } from './driver.ts';

const SHOP = 'I own a shop';
const SHOP_NEXT = "You'll link your shop's";
const COLOURS = ['Red', 'Orange', 'Yellow', 'Green', 'Blue', 'Indigo', 'Violet'];

/** Seven choices in one step: more than a row of buttons holds. */
export function colourFlows(): CompiledFlows {
  const dir = tempDir('shoplink-contract-flows-');
  writeFileSync(
    join(dir, 'menu.yaml'),
    [
      'id: menu',
      'title: Main menu',
      'summary: Pick a colour',
      'start: pick',
      'steps:',
      '  pick:',
      '    say: Which colour?',
      '    choices:',
      ...COLOURS.map((c) => `      - { id: ${c.toLowerCase()}, label: ${c}, goto: done }`),
      '  done:',
      '    say: Lovely.',
      '    end: resolved',
      '',
    ].join('\n'),
  );
  return openFlows(dir);
}

/** What a message shows, to compare before and after something that must change nothing. */
const looks = (seen: Seen[]) => seen.map((m) => ({ text: m.text, buttons: m.buttons }));
const newest = async (u: ContractUser) => (await u.seen()).at(-1)!;
const offering = (seen: Seen[], label: string) => seen.filter((m) => m.buttons.includes(label));

export function adapterContract(name: string, make: () => ContractPlatform): void {
  describe(`${name}: the adapter contract`, { timeout: 30_000 }, () => {
    // What the platform can do is declared on its driver: read once, before anything starts.
    const declared = make();
    const can = {
      pressTwice: !declared.cannot?.pressTwice,
      pressOld: !declared.cannot?.pressOld,
      fail: declared.failNext !== undefined,
      desk: Boolean(declared.spec.desk),
      ping: declared.pings !== undefined && Boolean(declared.spec.mention),
      beReachedLater: !declared.cannot?.beReachedLater,
    };
    const itWhen = (applies: boolean, title: string, fn: () => Promise<void>) => {
      if (applies) it(title, fn);
    };
    let p: ContractPlatform | undefined;
    let h: Harness | undefined;

    async function run(o: { desk?: boolean; flows?: CompiledFlows } = {}) {
      h = harness({ flows: o.flows });
      p = make();
      await p.start(h, { desk: Boolean(o.desk && p.spec.desk) });
      return { p, h, ana: p.user('ana'), bob: p.user('bob') };
    }

    afterEach(async () => {
      await p?.stop();
      await h?.close();
      p = undefined;
      h = undefined;
    });

    const rev = async (u: ContractUser) => (await h!.store.inner.loadConversation(conversationIdOf(u.where())))?.rev;

    it('walks a step: the pressed controls give way to the choice, and the next step follows', async () => {
      const { ana } = await run();
      await ana.start();
      expect(offering(await ana.seen(), SHOP)).toHaveLength(1);
      await ana.press(SHOP);
      const seen = await ana.seen();
      expect(seen.at(-1)!.text).toContain(SHOP_NEXT);
      expect(offering(seen, SHOP)).toEqual([]);
      expect(seen.some((m) => m.text.includes(SHOP))).toBe(true);
    });

    itWhen(can.pressTwice, 'applies a double click once', async () => {
      const { ana } = await run();
      await ana.start();
      const before = await rev(ana);
      await ana.doublePress(SHOP);
      expect(await rev(ana)).toBe(before! + 1);
      expect((await ana.seen()).filter((m) => m.text.includes(SHOP_NEXT))).toHaveLength(1);
    });

    itWhen(can.pressOld, "refuses someone else's click to them alone, naming the owner, and changes nothing", async () => {
      const { p, ana, bob } = await run();
      await ana.start();
      const before = await ana.seen();
      const menu = offering(before, SHOP).at(-1)!;
      const revBefore = await rev(ana);
      await bob.press(SHOP, menu);
      const notice = await newest(bob);
      expect(notice.text).toContain(messages.foreign(p.spec.mention?.(ana.id) ?? ana.where().user).replace(/\*\*/g, ''));
      if (p.spec.capabilities.ephemeral) expect(notice.private).toBe(true);
      expect(looks(await ana.seen())).toEqual(looks(before));
      expect(await rev(ana)).toBe(revBefore);
    });

    itWhen(can.pressOld, 'refuses a click from an earlier step to the clicker alone, and shows where things are', async () => {
      const { ana } = await run();
      await ana.start();
      const menu = offering(await ana.seen(), SHOP).at(-1)!;
      await ana.press(SHOP);
      const revBefore = await rev(ana);
      await ana.press("I'm a creator", menu);
      const seen = await ana.seen();
      expect(seen.some((m) => m.text.includes(messages.stale))).toBe(true);
      expect(seen.at(-1)!.buttons).toContain("I'm ready, show me the steps");
      expect(await rev(ana)).toBe(revBefore);
    });

    it('keeps the platform waiting less than its deadline while the store stalls 2 s, then shows the turn', async () => {
      const { h, ana } = await run();
      await ana.start();
      h.store.trouble.stallMs = 2000;
      const acted = await ana.press(SHOP);
      h.store.trouble.stallMs = 0;
      if (acted.ackMs !== undefined) expect(acted.ackMs).toBeLessThan(3000);
      expect((await newest(ana)).text).toContain(SHOP_NEXT);
    });

    it('asks the user alone to try again when the store is down, and changes nothing', async () => {
      const { h, p, ana } = await run();
      await ana.start();
      const revBefore = await rev(ana);
      h.store.trouble.failing = true;
      await ana.press(SHOP);
      h.store.trouble.failing = false;
      const notice = await newest(ana);
      expect(notice.text).toBe(failedTurn().replies[0]!.text);
      if (p.spec.capabilities.ephemeral) expect(notice.private).toBe(true);
      expect(offering(await ana.seen(), SHOP)).toHaveLength(1);
      expect(await rev(ana)).toBe(revBefore);
    });

    itWhen(can.fail, 'delivers the turn once through 500s and 429s from the platform', async () => {
      const { p, ana } = await run();
      await ana.start();
      p.failNext!(500, 2);
      p.failNext!(429, 1);
      await ana.press(SHOP);
      expect(p.refusedCalls!()).toBeGreaterThanOrEqual(3);
      expect((await ana.seen()).filter((m) => m.text.includes(SHOP_NEXT))).toHaveLength(1);
    });

    itWhen(can.desk, 'posts a case on its desk exactly once after the desk was down', async () => {
      const { h, p, ana } = await run({ desk: true });
      const outage = p.desk!.outage();
      await ana.start();
      await ana.press('Talk to a person');
      await ana.answer('My shop is Glowberry');
      for (let i = 0; i < 3; i++) {
        await h.drain();
        h.advance(5_000);
      }
      // A post the desk made but answered with an error may be there; never two.
      expect((await p.desk!.posts()).length).toBeLessThanOrEqual(1);
      outage.end();
      for (let i = 0; i < 3; i++) {
        h.advance(60_000);
        await h.drain();
      }
      const posts = await p.desk!.posts();
      expect(posts.map((x) => x.case)).toEqual([1]);
      expect((await h.store.inner.getCase(1))?.desk).toBeDefined();
      expect(posts[0]!.text).toContain('My shop is Glowberry');
    });

    itWhen(can.ping, 'shows what a user typed, mentions and all, without a ping: in the conversation and on the desk', async () => {
      const { h, p, ana } = await run({ desk: true });
      const typed = `Ask ${p.spec.mention!(p.bystander)} or <!channel> <!here> @everyone @here <#C1> about it`;
      await ana.start();
      await ana.press('Talk to a person');
      await ana.answer(typed);
      await h.drain();
      expect((await ana.seen()).some((m) => m.text.includes('about it'))).toBe(true);
      if (p.desk) expect((await p.desk.posts())[0]!.text).toContain('about it');
      expect(p.pings!()).toEqual([]);
    });

    itWhen(can.beReachedLater, "brings the user back to the guide's last question when the support team hands them back", async () => {
      const { h, p, ana } = await run({ desk: true });
      await ana.start();
      await ana.press('Talk to a person');
      await ana.answer('My shop is Glowberry');
      await h.drain();
      if (p.desk) await p.desk.backToBot(1);
      else await h.cases.backToBot(1, 'agent');
      await h.drain();
      const seen = await ana.seen();
      expect(seen.some((m) => m.text.includes(messages.backToBot.slice(0, 30)))).toBe(true);
      expect(seen.at(-1)!.buttons).toContain(SHOP);
    });

    it('offers more than five choices as one select menu where it has them, and a pick goes on', async () => {
      const { p, ana } = await run({ flows: colourFlows() });
      await ana.start();
      const step = await newest(ana);
      expect(step.buttons).toEqual(COLOURS);
      expect(step.select).toBe(p.spec.capabilities.selects);
      await ana.press('Indigo');
      expect((await newest(ana)).text).toContain('Lovely.');
    });

    it('asks a question with a form where it has them; the answer shows as given and reaches the case', async () => {
      const { h, p, ana } = await run();
      await ana.start();
      await ana.type('talk to a person');
      expect((await newest(ana)).form).toBe(p.spec.capabilities.forms);
      await ana.answer('My shop is Glowberry');
      const seen = await ana.seen();
      expect(seen.some((m) => m.text.includes('My shop is Glowberry'))).toBe(true);
      expect(seen.at(-1)!.text).toContain('#1');
      expect(await h.store.inner.getCase(1)).toMatchObject({ status: 'open', facts: { request: 'My shop is Glowberry' } });
    });
  });
}
