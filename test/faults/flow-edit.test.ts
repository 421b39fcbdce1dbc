// Issue 13, item 5: a flow edit removes the handoff step of an open case. The user's words must still
// reach the support team, not stop at "this guide was updated".
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Conversations } from '../../src/conversation/conversation.ts';
import { messages } from '../../src/conversation/messages.ts';
import { openFlows } from '../../src/platforms/open-flows.ts';
import { KIND } from '../../src/handoff/items.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { address, FLOWS_DIR, shippedFlows, tempDir, textOf, User } from '../support.ts';

describe('a flow edit under an open case', () => {
  it('still relays what the user writes to the case', async () => {
    const store = new SqliteStore(join(tempDir(), 'edit.db'));
    const handoff = { reminderMs: 4 * 3_600_000 };
    const where = address({ platform: 'slack', user: 'U0ANA' });
    const user = new User(new Conversations(shippedFlows(), store, { handoff }), where);
    await user.start('creator-link');
    await user.press("I'll pick products myself");
    await user.press("I don't see TikTok Shop for Creator");
    await user.press('I meet all of these');
    const opened = await user.say('@ana.creates');
    expect(opened.conversation).toMatchObject({ status: 'handoff', step: 'creator-handoff' });
    const caseNumber = opened.conversation!.caseNumber!;
    await store.takeDue(Date.now() + 60_000, 50, 60_000); // the desk post and reminder: not what this test looks at

    // The handoff step is renamed in an edit (so it is gone), and the bot restarts with the new flows.
    const dir = tempDir();
    cpSync(FLOWS_DIR, dir, { recursive: true });
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const file = join(dir, name);
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll('creator-handoff', 'creator-person'));
    }
    const edited = new User(new Conversations(openFlows(dir), store, { handoff }), where);
    const turn = await edited.say('any news on my case?');
    expect(textOf(turn)).toBe(messages.relayed);
    expect(textOf(turn)).not.toContain('This guide was updated');
    const queued = await store.takeDue(Date.now() + 1000, 50, 60_000);
    expect(queued.filter((i) => i.kind === KIND.toDesk).map((i) => i.payload)).toEqual([{ case: caseNumber, from: 'user', text: 'any news on my case?' }]);
    // "back" still leaves the case for the guide, which now says the step moved.
    expect((await edited.say('back')).conversation).toMatchObject({ flow: 'system', step: 'moved' });
    await store.close();
  });
});
