// The Slack part of the environment: tokens, Socket Mode or HTTP, the Web API base URL and the HTTP port.
// Undefined when Slack is not configured at all, so `npm start` can fall back to other platforms.
import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { ConfigError } from '../../config.ts';

export type SlackConfig = {
  botToken: string;
  /** GovSlack, proxies and the tests' fake; ends with /api/ as WebClient expects. */
  apiUrl?: string;
  /** Web API retry policy; never read from the environment (the tests' fake Slack sets a fast one). */
  retry?: webApi.RetryOptions;
} & ({ mode: 'socket'; appToken: string } | { mode: 'http'; signingSecret: string; port: number });

/** A variable set to an empty string in .env counts as unset. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const SlackEnv = z.object({
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-/, 'a bot token starts with xoxb- (OAuth & Permissions → Bot User OAuth Token)')),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-/, 'an app-level token starts with xapp- (Basic Information → App-Level Tokens, scope connections:write)')),
  SLACK_SIGNING_SECRET: optional(z.string().min(1)),
  SLACK_MODE: optional(z.enum(['socket', 'http'], 'use socket (default) or http')),
  SLACK_API_URL: optional(
    z.url({ protocol: /^https?$/, error: 'use a URL such as https://slack.com/api/' }).refine((u) => /\/api\/?$/.test(new URL(u).pathname), 'the URL must end with /api/, e.g. https://slack-gov.com/api/'),
  ),
  PORT: optional(z.coerce.number<string>({ error: 'use a port number such as 3000' }).int().min(0).max(65535, 'use a port between 0 and 65535')),
});

/** Reads Slack's variables from `env`; throws ConfigError naming the variable when one is wrong or missing. */
export function readSlackConfig(env: Record<string, string | undefined>): SlackConfig | undefined {
  const parsed = SlackEnv.safeParse(env);
  if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const e = parsed.data;
  if (!e.SLACK_BOT_TOKEN) {
    if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) fail(['SLACK_BOT_TOKEN: required with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET (OAuth & Permissions → Bot User OAuth Token)']);
    return undefined;
  }
  const apiUrl = e.SLACK_API_URL?.replace(/\/?$/, '/');
  const base = { botToken: e.SLACK_BOT_TOKEN, ...(apiUrl ? { apiUrl } : {}) };
  if (e.SLACK_MODE === 'http') {
    if (!e.SLACK_SIGNING_SECRET) fail(['SLACK_SIGNING_SECRET: required when SLACK_MODE=http (Basic Information → App Credentials → Signing Secret)']);
    return { ...base, mode: 'http', signingSecret: e.SLACK_SIGNING_SECRET, port: e.PORT ?? 3000 };
  }
  if (!e.SLACK_APP_TOKEN) {
    fail(['SLACK_APP_TOKEN: required for Socket Mode (the default); or set SLACK_MODE=http with SLACK_SIGNING_SECRET']);
  }
  return { ...base, mode: 'socket', appToken: e.SLACK_APP_TOKEN };
}

function fail(lines: string[]): never {
  throw new ConfigError(lines.join('\n'));
}
