// The Slack part of the environment: tokens, Socket Mode or HTTP, and the Web API base URL (HTTP mode listens on
// the common PORT). Its variables are validated with the rest of the configuration, in src/config.ts.
import { z } from 'zod';
import { ConfigError } from '../../config-error.ts';
import type { PlatformSettings } from '../platform.ts';

/** How the Web API client retries a failed call (Bolt's RetryOptions, kept SDK-free here). */
export interface SlackRetry {
  retries?: number;
  factor?: number;
  minTimeout?: number;
  maxTimeout?: number;
  randomize?: boolean;
}

export type SlackConfig = {
  botToken: string;
  /** GovSlack, proxies and the tests' fake; ends with /api/ as WebClient expects. */
  apiUrl?: string;
  /** Web API retry policy; never read from the environment (the tests' fake Slack sets a fast one). */
  retry?: SlackRetry;
} & ({ mode: 'socket'; appToken: string } | { mode: 'http'; signingSecret: string; port: number });

const SlackEnv = z.object({
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'a bot token starts with xoxb- (OAuth & Permissions → Bot User OAuth Token)').optional(),
  SLACK_APP_TOKEN: z.string().regex(/^xapp-/, 'an app-level token starts with xapp- (Basic Information → App-Level Tokens, scope connections:write)').optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_MODE: z.enum(['socket', 'http'], 'use socket (default) or http').optional(),
  SLACK_API_URL: z
    .url({ protocol: /^https?$/, error: 'use a URL such as https://slack.com/api/' })
    .refine((u) => /\/api\/?$/.test(new URL(u).pathname), 'the URL must end with /api/, e.g. https://slack-gov.com/api/')
    .optional(),
});

export const slackSettings: PlatformSettings<SlackConfig, typeof SlackEnv> = {
  token: { variable: 'SLACK_BOT_TOKEN', where: 'OAuth & Permissions → Bot User OAuth Token' },
  schema: SlackEnv,
  build(e, common) {
    if (!e.SLACK_BOT_TOKEN) {
      if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) fail('SLACK_BOT_TOKEN: required with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET (OAuth & Permissions → Bot User OAuth Token)');
      return undefined;
    }
    const apiUrl = e.SLACK_API_URL?.replace(/\/?$/, '/');
    const base = { botToken: e.SLACK_BOT_TOKEN, ...(apiUrl ? { apiUrl } : {}) };
    if (e.SLACK_MODE === 'http') {
      if (!e.SLACK_SIGNING_SECRET) fail('SLACK_SIGNING_SECRET: required when SLACK_MODE=http (Basic Information → App Credentials → Signing Secret)');
      return { ...base, mode: 'http', signingSecret: e.SLACK_SIGNING_SECRET, port: common.port };
    }
    if (!e.SLACK_APP_TOKEN) fail('SLACK_APP_TOKEN: required for Socket Mode (the default); or set SLACK_MODE=http with SLACK_SIGNING_SECRET');
    return { ...base, mode: 'socket', appToken: e.SLACK_APP_TOKEN };
  },
};

function fail(line: string): never {
  throw new ConfigError(line);
}
