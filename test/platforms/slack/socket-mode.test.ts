// Socket Mode, the default install: the app asks apps.connections.open for a websocket, waits for hello, acks each
// envelope and answers through the Web API, here against the fake's websocket on 127.0.0.1.
import pino from 'pino';
import { afterEach, expect, it } from 'vitest';
import { startSlack, type RunningSlack } from '../../../src/platforms/slack/app.ts';
import { readSlackConfig } from '../../../src/platforms/slack/config.ts';
import { FakeSlack, FAST_RETRY, TEAM, textOf } from '../../fakes/slack.ts';
import { engine } from '../../support.ts';

let slack: FakeSlack | undefined;
let running: RunningSlack | undefined;
afterEach(async () => {
  await running?.stop();
  await slack?.close();
});

it('connects over Socket Mode, acks a /linkhelp envelope, posts the greeting, and keeps trying while Slack is unreachable', { timeout: 30_000 }, async () => {
  slack = await FakeSlack.start();
  const config = readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-fake', SLACK_APP_TOKEN: 'xapp-fake', SLACK_API_URL: slack.apiUrl })!;
  expect(config.mode).toBe('socket');
  const lines: string[] = [];
  const log = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
  running = await startSlack({ conversations: engine(), config, log, retry: FAST_RETRY });
  expect(slack.callsTo('apps.connections.open')).toHaveLength(1);

  const posted = slack.next((c) => c.method === 'chat.postMessage');
  slack.sendEnvelope({
    envelope_id: 'env-1',
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: {
      token: 'legacy',
      team_id: TEAM,
      team_domain: 'fake',
      channel_id: 'D0ANA',
      channel_name: 'directmessage',
      user_id: 'U0ANA',
      user_name: 'ana',
      command: '/linkhelp',
      text: '',
      api_app_id: 'A0FAKE',
      response_url: `${slack.url}/response/none`,
      trigger_id: 'trigger-1',
    },
  });
  const message = await posted;
  expect(message.args.channel).toBe('D0ANA');
  expect(textOf(message.args)).toContain('What brings you here?');
  await expect.poll(() => slack!.socketAcks).toContainEqual(expect.objectContaining({ envelope_id: 'env-1' }));

  // /healthz reads the socket's live state: up now, down once Slack's end goes away.
  expect(running.connection.view().state).toBe('up');
  await slack.close();
  await expect.poll(() => running!.connection.view().state, { timeout: 10_000 }).toBe('down');
  // Slack's API unreachable while reconnecting: said in the log and tried again later, never a crash.
  await expect.poll(() => lines.some((l) => l.includes('Socket Mode could not reconnect; trying again')), { timeout: 15_000 }).toBe(true);
  expect(running.connection.view().state).toBe('down');
});
