// The Discord part of the environment: token, application, optional guild, REST base URL, threads mode, and
// the role that marks the support team (SUPPORT_ROLE_ID) when the handoff desk is on Discord.
// Read separately from src/config.ts so Discord stays optional: no token, no Discord, no error.
import { z } from 'zod';
import { ConfigError } from '../../config.ts';

/** Discord ids are snowflakes: 17 to 20 digits. */
const snowflake = z.string().regex(/^\d{17,20}$/, 'a Discord id is 17 to 20 digits (Developer Portal → General Information)');

const Env = z.object({
  DISCORD_TOKEN: z.string().min(1).optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, message: 'use an http(s) URL such as https://discord.com/api' })
    .refine((u) => !/\/v\d+\/?$/.test(u), 'leave the version off: https://discord.com/api, not https://discord.com/api/v10')
    .optional(),
  DISCORD_THREADS: z.enum(['true', 'false'], { message: 'use true or false' }).default('false'),
  SUPPORT_ROLE_ID: z.string().regex(/^\d{17,20}$/, 'a Discord role id is 17 to 20 digits (Server Settings → Roles → … → Copy Role ID)').optional(),
});

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** Commands go to this guild only (instant, for trying the bot) instead of globally. */
  guildId?: string;
  /** REST base URL without the version, passed to discord.js as `rest.api` (proxies, tests). */
  apiUrl?: string;
  /** Run each /linkhelp in a new private thread instead of an ephemeral reply. */
  threads: boolean;
  /** Members with this role are the support team: they act on cases and list them. Without it nobody can. */
  supportRoleId?: string;
}

/** The Discord settings, or undefined when DISCORD_TOKEN is not set (Discord is not configured). */
export function readDiscordConfig(env: Record<string, string | undefined>): DiscordConfig | undefined {
  // An empty variable in .env means "not set", as it does for people editing the file.
  const present = Object.fromEntries(Object.entries(env).filter(([k, v]) => (k.startsWith('DISCORD_') || k === 'SUPPORT_ROLE_ID') && v !== ''));
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  const e = parsed.data;
  if (!e.DISCORD_TOKEN) {
    // Half a configuration is a mistake worth stopping for, not a reason to start without Discord.
    if (e.DISCORD_APPLICATION_ID || e.DISCORD_GUILD_ID) {
      throw new ConfigError('DISCORD_TOKEN: required with DISCORD_APPLICATION_ID or DISCORD_GUILD_ID (Developer Portal → Bot → Reset Token)');
    }
    return undefined;
  }
  if (!e.DISCORD_APPLICATION_ID) {
    throw new ConfigError('DISCORD_APPLICATION_ID: required with DISCORD_TOKEN (Developer Portal → General Information → Application ID)');
  }
  return {
    token: e.DISCORD_TOKEN,
    applicationId: e.DISCORD_APPLICATION_ID,
    guildId: e.DISCORD_GUILD_ID,
    apiUrl: e.DISCORD_API_URL?.replace(/\/+$/, ''),
    threads: e.DISCORD_THREADS === 'true',
    ...(e.SUPPORT_ROLE_ID ? { supportRoleId: e.SUPPORT_ROLE_ID } : {}),
  };
}
