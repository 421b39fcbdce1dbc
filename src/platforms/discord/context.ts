// What every interaction handler is given: the engine, the Discord settings, the logger and the REST client,
// and, with the handoff, the cases staff act on and the desk channel where they do.
// Built once in client.ts; handlers stay plain functions that are easy to follow one interaction at a time.
import type { REST } from 'discord.js';
import type { Conversations } from '../../conversation/conversation.ts';
import type { Cases } from '../../handoff/cases.ts';
import type { Logger } from '../../log.ts';
import type { DiscordConfig } from './config.ts';

export interface DiscordContext {
  conversations: Conversations;
  config: DiscordConfig;
  log: Logger;
  rest: REST;
  /** Milliseconds to wait for the engine before deferring (DEFER_AFTER_MS; tests may lower it). */
  deferAfterMs: number;
  /** The support team's side of cases (staff buttons, `/linkhelp cases`); absent without a handoff. */
  cases?: Cases;
  /** The desk channel, when the support desk is on Discord. */
  deskChannel?: string;
  now: () => number;
}
