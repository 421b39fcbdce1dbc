// Drops gateway interactions that name no user: discord.js builds every interaction from `user` or
// `member.user` and throws inside its gateway handler when both are missing, which ends the process.
import type { Client } from 'discord.js';
import type { Logger } from '../../log.ts';

interface RawInteraction {
  id?: string;
  type?: number;
  user?: unknown;
  member?: { user?: unknown };
}

/** discord.js's internal action for INTERACTION_CREATE; not public API, so its absence is tolerated. */
type WithActions = { actions?: { InteractionCreate?: { handle(data: RawInteraction): unknown } } };

export function dropInteractionsWithoutUser(client: Client, log: Logger): void {
  const action = (client as unknown as WithActions).actions?.InteractionCreate;
  if (!action) {
    log.warn('discord.js changed: interactions with no user are not guarded');
    return;
  }
  const handle = action.handle.bind(action);
  action.handle = (data) => {
    if (!data.user && !data.member?.user) {
      log.warn({ interaction: data.id, type: data.type }, 'discord sent an interaction without a user; ignored');
      return {};
    }
    return handle(data);
  };
}
