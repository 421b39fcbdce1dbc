// The Discord part of the environment: token, application, optional guild, REST base URL, threads mode, and
// the role that marks the support team (SUPPORT_ROLE_ID) when the handoff desk is on Discord, and the number of
// gateway shards (DISCORD_SHARDS) when the bot runs as several processes, and whether the bot may read what people
// type in its private threads (DISCORD_MESSAGE_CONTENT, Discord's privileged Message Content intent).
// Validated with the rest of the configuration in src/config.ts; no token, no Discord, no error.
import { z } from 'zod';
import { ConfigError } from '../../config-error.ts';
import type { PlatformSettings } from '../platform.ts';

/** Discord ids are snowflakes: 17 to 20 digits. */
const snowflake = z.string().regex(/^\d{17,20}$/, 'a Discord id is 17 to 20 digits (Developer Portal → General Information)');

const DiscordEnv = z.object({
  DISCORD_TOKEN: z.string().min(1).optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, message: 'use an http(s) URL such as https://discord.com/api' })
    .refine((u) => !/\/v\d+\/?$/.test(u), 'leave the version off: https://discord.com/api, not https://discord.com/api/v10')
    .optional(),
  DISCORD_THREADS: z.enum(['true', 'false'], { message: 'use true or false' }).default('false'),
  DISCORD_MESSAGE_CONTENT: z.enum(['true', 'false'], { message: 'use true or false' }).default('false'),
  SUPPORT_ROLE_ID: z.string().regex(/^\d{17,20}$/, 'a Discord role id is 17 to 20 digits (Server Settings → Roles → … → Copy Role ID)').optional(),
  DISCORD_SHARDS: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(auto|[1-9]\d{0,4})$/, 'use a whole number of shards, 1 or more (e.g. 2), or auto for the count Discord recommends')
    .optional(),
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
  /**
   * Ask for the Message Content intent (privileged: switched on in the Developer Portal) so what people type
   * in their private thread continues their conversation. DMs need no intent of that kind.
   */
  messageContent?: boolean;
  /** Members with this role are the support team: they act on cases and list them. Without it nobody can. */
  supportRoleId?: string;
  /**
   * Run the gateway as this many shard processes (discord.js ShardingManager), or as many as Discord
   * recommends (`auto`). Absent: one Client in the main process.
   */
  shards?: number | 'auto';
}

/** Shard processes each open DATABASE_URL: a memory store would give each its own, forgetting the others' turns. */
export const SHARDS_NEED_A_SHARED_STORE =
  'DISCORD_SHARDS: shard processes must share one store; set DATABASE_URL to a SQLite file (sqlite:data/shoplink.db) or PostgreSQL (postgres://…), not memory:';

export const discordSettings: PlatformSettings<DiscordConfig, typeof DiscordEnv> = {
  token: { variable: 'DISCORD_TOKEN', where: 'Developer Portal → your application → Bot → Reset Token' },
  schema: DiscordEnv,
  build(e, common) {
    if (!e.DISCORD_TOKEN) {
      // Half a configuration is a mistake worth stopping for, not a reason to start without Discord.
      if (e.DISCORD_APPLICATION_ID || e.DISCORD_GUILD_ID || e.DISCORD_SHARDS) {
        throw new ConfigError('DISCORD_TOKEN: required with DISCORD_APPLICATION_ID, DISCORD_GUILD_ID or DISCORD_SHARDS (Developer Portal → Bot → Reset Token)');
      }
      return undefined;
    }
    if (!e.DISCORD_APPLICATION_ID) {
      throw new ConfigError('DISCORD_APPLICATION_ID: required with DISCORD_TOKEN (Developer Portal → General Information → Application ID)');
    }
    if (e.DISCORD_SHARDS && common.databaseUrl === 'memory:') throw new ConfigError(SHARDS_NEED_A_SHARED_STORE);
    // Without threads there is no place where it would be read: asking for a privileged intent for nothing is a mistake.
    if (e.DISCORD_MESSAGE_CONTENT === 'true' && e.DISCORD_THREADS !== 'true') {
      throw new ConfigError(
        'DISCORD_MESSAGE_CONTENT: only used with DISCORD_THREADS=true (it reads what people type in their private thread; DMs are read without it)',
      );
    }
    return {
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      guildId: e.DISCORD_GUILD_ID,
      apiUrl: e.DISCORD_API_URL?.replace(/\/+$/, ''),
      threads: e.DISCORD_THREADS === 'true',
      ...(e.DISCORD_MESSAGE_CONTENT === 'true' ? { messageContent: true } : {}),
      ...(e.SUPPORT_ROLE_ID ? { supportRoleId: e.SUPPORT_ROLE_ID } : {}),
      ...(e.DISCORD_SHARDS ? { shards: e.DISCORD_SHARDS === 'auto' ? ('auto' as const) : Number(e.DISCORD_SHARDS) } : {}),
    };
  },
};
