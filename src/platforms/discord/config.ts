// Discord's settings read the way `start` reads them (src/config.ts, from the registered schema), for the places
// that need Discord's alone: `register-commands`, a shard process, the tests.
import { readConfig, settingsOf } from '../../config.ts';
import { discordPlatform } from './platform.ts';
import type { DiscordConfig } from './settings.ts';

export { SHARDS_NEED_A_SHARED_STORE, type DiscordConfig } from './settings.ts';

/** Discord's settings from `env`, or undefined when DISCORD_TOKEN is not set; throws ConfigError naming a variable. */
export function readDiscordConfig(env: Record<string, string | undefined>): DiscordConfig | undefined {
  return settingsOf(readConfig({ ...env, PLATFORMS: discordPlatform.id }), discordPlatform);
}
