// Issue 13, item 10: a preview session id is the browser's secret (it reads the support team's answers), so it
// is never shown to anyone else: not in a refused button, not in a case (and so not on the desk).
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { visitorOf, webAddress } from '../../src/web/turn.ts';
import { tempDir } from '../support.ts';
import { startTestPreview, texts, Visitor, type Preview } from '../web/preview.ts';

let preview: Preview | undefined;
afterEach(async () => {
  await preview?.running.stop();
  preview = undefined;
});

describe('a preview session id', () => {
  it('is never shown to others, and what it is shown as reads nothing', async () => {
    const store = new SqliteStore(join(tempDir(), 'web.db'));
    preview = await startTestPreview({ store });
    const secret = 'ana-private-session-7f3a9c';
    const ana = new Visitor(preview, secret);
    await ana.say('talk to a person');
    const handed = await ana.say('My shop link is stuck');
    expect(handed).toMatchObject({ status: 'handoff', caseNumber: 1 });
    await ana.say('start over');

    // Eve presses one of Ana's buttons: the refusal names Ana without her session.
    const eve = new Visitor(preview, 'eve-1');
    eve.last = ana.last;
    const refused = await eve.press(ana.buttons[0]!);
    expect(refused.refused).toBe('foreign');
    expect(texts(refused)).not.toContain(secret);
    expect(texts(refused)).toContain(visitorOf(secret));

    // The case (what the desk shows) names her the same way.
    const [c] = await store.listCases();
    expect(JSON.stringify(c)).not.toContain(secret);
    expect(c!.requester.user).toBe(visitorOf(secret));

    // An agent answers; whoever uses the shown name as a session reads nothing, Ana reads the answer.
    await preview.running.web.reach.send(webAddress(secret), [{ text: 'Hi Ana, looking into it', kind: 'step' }]);
    const peek = (await (await preview.get(`/api/messages?session=${visitorOf(secret)}`)).json()) as { replies: unknown[] };
    expect(peek.replies).toEqual([]);
    const mine = (await (await preview.get(`/api/messages?session=${secret}`)).json()) as { replies: { text: string }[] };
    expect(mine.replies.map((r) => r.text)).toEqual(['Hi Ana, looking into it']);
  });
});
