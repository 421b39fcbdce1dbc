// Where a Slack event happens, as the engine's Address: team, channel, thread and user. DMs with the bot have
// channel ids starting with D, and conversations there run without threads.
import type { Address } from '../../address.ts';
import { slackPlatform } from './platform.ts';

export function slackAddress(workspace: string, channel: string, user: string, thread?: string): Address {
  return { platform: slackPlatform.id, workspace, channel, user, ...(thread ? { thread } : {}) };
}

/** DMs with the bot have ids starting with D; conversations there run without threads. */
export function isDirect(channel: string): boolean {
  return channel.startsWith('D');
}
