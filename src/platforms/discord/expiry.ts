// Interaction tokens live 15 minutes. A message made by an interaction that old is not replaced in place:
// the click continues with a fresh message, answered with the click's own (new) token.
import { SnowflakeUtil, type Message } from 'discord.js';

/** Discord: an interaction token is valid for 15 minutes. */
export const TOKEN_LIFETIME_MS = 15 * 60_000;
/** Treat a message as expired a minute early, so a click never races the end of its original token. */
const MARGIN_MS = 60_000;

/** True when the message came from an interaction whose token has (nearly) expired. Channel posts never do. */
export function originalExpired(message: Pick<Message, 'interactionMetadata'>, now = Date.now()): boolean {
  const id = message.interactionMetadata?.id;
  if (!id) return false;
  return now - SnowflakeUtil.timestampFrom(id) > TOKEN_LIFETIME_MS - MARGIN_MS;
}
