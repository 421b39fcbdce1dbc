// What an agent reads when the bot skipped a question: the answer is marked as inferred, and the fact
// carries the user's own words, so nobody mistakes it for a button the user pressed.
import { describe, expect, it } from 'vitest';
import { deskWordsIn } from '../../src/handoff/desk-words.ts';
import { summarize } from '../../src/handoff/summary.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { engine, shippedFlows, User } from '../support.ts';

describe('a case summary', () => {
  it('marks inferred answers and quotes the words a fact came from', async () => {
    const store = new MemoryStore();
    const user = new User(engine(store));
    await user.say('every time I scan it says authorization failed');
    await user.press('Still not working');
    await user.press('Still not working');
    await user.say('Authorization failed, code 1234');
    const c = (await store.getCase(1))!;
    const { body } = summarize(c, shippedFlows(), { escape: (t) => t, now: c.openedAt, where: 'here', person: (_p, u) => u, deskPlatform: 'slack', words: deskWordsIn('en') });
    expect(body).toContain('- what-happens: It says "authorization failed" (not asked: inferred from what they said)');
    expect(body).toContain('- qr-symptom: auth-failed (from their words: "every time I scan it says authorization failed")');
    expect(body).not.toContain('qr-symptom.said');
  });
});
