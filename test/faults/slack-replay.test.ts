// Issue 13, item 11 (Slack): a signed /linkhelp request captured and sent again within Slack's 5-minute
// window must not open a second conversation (a second opener in the channel).
import { afterEach, describe, expect, it } from 'vitest';
import { sendToApp, startSlackUnderTest, TEAM, type SlackUnderTest } from '../fakes/slack.ts';

let app: SlackUnderTest | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('a replayed /linkhelp', () => {
  it('opens one conversation, not two', async () => {
    app = await startSlackUnderTest();
    const form = new URLSearchParams({
      token: 'legacy',
      team_id: TEAM,
      channel_id: 'C_SHOP',
      user_id: 'U0ANA',
      command: '/linkhelp',
      text: 'my bag icon is missing',
      response_url: app.slack.responseUrl({ user: 'U0ANA', channel: 'C_SHOP' }),
      trigger_id: 'trigger-replayed-1',
    }).toString();
    expect((await sendToApp(app.app, form, 'application/x-www-form-urlencoded')).status).toBe(200);
    expect((await sendToApp(app.app, form, 'application/x-www-form-urlencoded')).status).toBe(200);
    const openers = app.slack.messages.filter((m) => m.channel === 'C_SHOP' && !m.thread_ts && !m.ephemeralFor);
    expect(openers).toHaveLength(1);
  });
});
