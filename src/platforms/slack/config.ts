// Slack's settings read the way `start` reads them (src/config.ts, from the registered schema), for the places
// that need Slack's alone: its tests, benchmarks and fakes.
import { readConfig, settingsOf } from '../../config.ts';
import { slackPlatform } from './platform.ts';
import type { SlackConfig } from './settings.ts';

export type { SlackConfig } from './settings.ts';

/** Slack's settings from `env`, or undefined when Slack is not configured; throws ConfigError naming a variable. */
export function readSlackConfig(env: Record<string, string | undefined>): SlackConfig | undefined {
  return settingsOf(readConfig({ ...env, PLATFORMS: slackPlatform.id }), slackPlatform);
}
