// Issue 13, item 4 (desk threads): a line for the case thread that Slack posted but whose answer was lost
// (a 500 after applying, or a crash before the outbox marked it done) is not posted again by the retry.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { startDeskUnderTest } from '../fakes/slack.ts';
import { tempDir } from '../support.ts';

describe('a desk-thread line whose answer was lost', () => {
  it('is posted once, however often it is retried', async () => {
    let skew = 0;
    const d = await startDeskUnderTest({ store: new SqliteStore(join(tempDir(), 'lines.db')), staff: ['U0BO'], now: () => Date.now() + skew });
    try {
      const ana = d.user('U0ANA');
      await ana.command('talk to a person', 'D_ANA');
      await ana.answer('My shop link is stuck', 'D_ANA');
      const post = d.slack.messages.find((m) => m.channel === d.deskChannel && !m.thread_ts)!;
      expect(post).toBeDefined();

      // Slack applies the line, then answers 500 (or the process dies before recording it).
      const outage = d.slack.outage('chat.postMessage', (a) => a.thread_ts === post.ts && String(a.text).includes('any news'), { status: 500, applied: true });
      await ana.say('any news on my case?', 'D_ANA');
      outage.end();
      for (let i = 0; i < 3; i++) {
        skew += 65_000; // past the retry delay and the lease
        await d.settle();
      }
      const lines = d.slack.messages.filter((m) => m.channel === d.deskChannel && m.thread_ts === post.ts && m.text.includes('any news on my case?'));
      expect(lines).toHaveLength(1);
      expect(await d.store.takeDue(Date.now() + skew + 120_000, 10, 1000)).toEqual([]);
    } finally {
      await d.close();
    }
  });
});
