// Slack's environment variables: absent means "Slack is off", and a wrong one names itself and the fix.
import { describe, expect, it } from 'vitest';
import { readSlackConfig } from '../../../src/platforms/slack/config.ts';

describe('Slack configuration', () => {
  it('is off when no bot token is set, also with empty values from .env', () => {
    expect(readSlackConfig({})).toBeUndefined();
    expect(readSlackConfig({ SLACK_BOT_TOKEN: '', PORT: '8080' })).toBeUndefined();
  });

  it('uses Socket Mode when an app token is set', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toEqual({ botToken: 'xoxb-1', mode: 'socket', appToken: 'xapp-1' });
  });

  it('uses HTTP on PORT (3000 by default) with SLACK_MODE=http, and a Web API URL ending in /api/', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'http', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'https://slack-gov.com/api' })).toEqual({
      botToken: 'xoxb-1',
      mode: 'http',
      signingSecret: 's',
      port: 3000,
      apiUrl: 'https://slack-gov.com/api/',
    });
    expect(readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'http', SLACK_SIGNING_SECRET: 's', PORT: '8080' })).toMatchObject({ port: 8080 });
  });

  it('names the variable and what to do when something is missing or wrong', () => {
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_APP_TOKEN: required for Socket Mode/);
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'http' })).toThrow(/SLACK_SIGNING_SECRET: required when SLACK_MODE=http/);
    expect(() => readSlackConfig({ SLACK_APP_TOKEN: 'xapp-1' })).toThrow(/SLACK_BOT_TOKEN: required/);
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_APP_TOKEN: 'xapp-1' })).toThrow(/SLACK_BOT_TOKEN: a bot token starts with xoxb-/);
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_MODE: 'events' })).toThrow(/SLACK_MODE: use socket \(default\) or http/);
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'https://slack-gov.com/' })).toThrow(/SLACK_API_URL: the URL must end with \/api\//);
    expect(() => readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'http', SLACK_SIGNING_SECRET: 's', PORT: 'eighty' })).toThrow(/PORT: use a port number/);
  });
});
