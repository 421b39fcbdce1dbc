// The funnel report after a scripted set of conversations: who started which tree, how far they got,
// how each ended, where the abandoned ones stopped, and which texts the router could not place.
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { Conversations } from '../../src/conversation/conversation.ts';
import { Cases } from '../../src/handoff/cases.ts';
import { computeStats } from '../../src/stats/funnel.ts';
import { statsReport } from '../../src/stats/report.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { address, shippedFlows, tempDir, User } from '../support.ts';

const HOUR = 3_600_000;

describe('shoplink stats', () => {
  it('counts starts, steps reached, outcomes, stops, missed texts and cases', async () => {
    const store = new SqliteStore(join(tempDir(), 'stats.db'));
    let now = 1_700_000_000_000;
    const clock = () => now;
    const conversations = new Conversations(shippedFlows(), store, { now: clock });
    const cases = new Cases({ store, conversations, log: pino({ level: 'silent' }), now: clock });
    const someone = () => new User(conversations, address());

    // Two fix their QR problem by restarting the app.
    for (let i = 0; i < 2; i++) {
      const u = someone();
      await u.say('problem with the qr code');
      await u.press("The QR code won't scan");
      await u.press('That fixed it');
      await u.press('All done, thanks');
    }
    // One goes all the way to a person, who answers after 10 minutes and resolves; rated 5.
    const stuck = someone();
    await stuck.say('problem with the qr code');
    await stuck.press("The QR code won't scan");
    await stuck.press('Still not working');
    await stuck.press('Still not working');
    await stuck.say('Authorization failed');
    now += 10 * 60_000;
    await cases.agentSays(1, 'A1', 'Sam', 'Try the desktop app');
    await cases.resolve(1, 'A1');
    const rating = (await store.takeDue(now, 50, 1_000)).filter((i) => i.kind === 'to-user').at(-1)!;
    stuck.last = { replies: rating.payload.replies as never };
    await stuck.press('5');
    await stuck.press("No, that's all");
    // One gives up at the browser step; one types what nobody understands.
    const quitter = someone();
    await quitter.say('problem with the qr code');
    await quitter.press("The QR code won't scan");
    await quitter.press('Still not working');
    const lost = someone();
    await lost.start();
    await lost.say('purple elephants');
    now += 2 * HOUR;

    const stats = computeStats(await store.turnsSince(now - 24 * HOUR), await store.listCases(), shippedFlows(), now - 24 * HOUR, now);
    const qr = stats.flows.find((f) => f.flow === 'qr-failure')!;
    expect(qr.started).toBe(4);
    expect(qr.outcomes).toEqual({ resolved: 2, handoff: 1, abandoned: 1, moved: 0, active: 0 });
    expect(Object.fromEntries(qr.steps.filter((s) => s.reached).map((s) => [s.step, s.reached]))).toEqual({
      'what-happens': 4,
      'restart-app': 4,
      'clear-browser': 2,
      'fixed-official': 2,
      done: 2,
      'ask-message': 1,
      escalate: 1,
    });
    expect(qr.stoppedAt).toEqual([{ step: 'clear-browser', runs: 1 }]);
    expect(stats.fallbacks).toEqual([{ text: 'purple elephants', times: 1 }]);
    expect(stats.cases).toEqual({ opened: 1, claimed: 1, resolved: 1, medianFirstResponseMs: 10 * 60_000, medianResolutionMs: 10 * 60_000, averageRating: 5, ratings: 1 });

    const text = statsReport(stats);
    expect(text).toContain('qr-failure (QR code won\'t scan or "authorization failed")');
    expect(text).toContain('  started 4 · resolved 2 · handoff 1 · abandoned 1 · moved on 0 · in progress 0');
    expect(text).toContain('  stopped at: clear-browser (1)');
    expect(text).toContain('    1 × "purple elephants"');
    expect(text).toContain('  rating 5.0 / 5 from 1 rating');
    await store.close();
  });
});
