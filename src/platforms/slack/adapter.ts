// What every Slack handler shares, and the one way a turn runs: Slack place → engine turn → Slack messages.
// A handler computes the address and place; this file makes sure nothing it does can throw out of Bolt.
import { performance } from 'node:perf_hooks';
import type { Address } from '../../address.ts';
import { conversationIdOf } from '../../address.ts';
import { failedTurn, type Conversations, type TurnResult } from '../../conversation/conversation.ts';
import type { Input } from '../../conversation/input.ts';
import type { Logger } from '../../log.ts';
import type { Delivery, Place } from './delivery.ts';
import type { SlackLocales } from './locales.ts';
import type { RecentPlaces } from './recent.ts';
import type { SeenEvents } from './seen.ts';
import type { Staff } from './staff.ts';

export interface SlackAdapter {
  conversations: Conversations;
  delivery: Delivery;
  recent: RecentPlaces;
  seen: SeenEvents;
  log: Logger;
  /** The support team's side, when the desk is in this workspace. */
  staff?: Staff;
  /** People's Slack locales (users.info), given with their inputs; absent: inputs carry none. */
  locales?: SlackLocales;
  /** Told each acknowledgement's time since the request arrived, in seconds. */
  onAck?: (seconds: number) => void;
}

/** The context key where the receiver stamps a request's arrival (performance.now()). */
export const RECEIVED_AT = 'shoplinkReceivedAt';

/** Reports how long the acknowledgement just sent took since the request arrived. */
export function acked(a: SlackAdapter, context: Record<string, unknown>): void {
  const at = context[RECEIVED_AT];
  if (a.onAck && typeof at === 'number') a.onAck((performance.now() - at) / 1000);
}

/**
 * Runs one turn and delivers it. `chosen` runs alongside the posts when the engine says the used controls give
 * way to what was chosen (to replace the clicked buttons); `stored` is told as soon as the turn is saved. Errors are
 * logged, never thrown; when the engine fails (store down), the user alone is asked to try again.
 */
export async function takeTurn(
  a: SlackAdapter,
  address: Address,
  input: Input,
  place: Place,
  chosen?: (turn: TurnResult, chosen: string) => Promise<void>,
  stored?: () => void,
): Promise<TurnResult | undefined> {
  let conversation = conversationIdOf(address);
  let turn: TurnResult;
  // Slack sends no locale: the actor's is looked up (briefly; none when Slack is slow) and given with the input.
  const locale = input.locale ?? (await a.locales?.of(place.user));
  try {
    turn = await a.conversations.handle(address, locale ? { ...input, locale } : input);
    // The turn is in the store: an event may be acknowledged now, before the replies are posted.
    stored?.();
  } catch (err) {
    a.log.error({ conversation, input: input.type, error: (err as Error).message }, 'turn failed; the user was asked to try again');
    await a.delivery.turn(failedTurn(locale), place, conversation);
    return undefined;
  }
  conversation = turn.conversation?.id ?? conversation;
  const view = turn.conversation;
  a.log.debug({ conversation, input: input.type, flow: view?.flow, step: view?.step, rev: view?.rev, refused: turn.refused }, 'turn');
  if (!turn.refused && view) a.recent.remember(view.owner);
  // The answered message and the next step are independent: sent together, the turn costs one round trip less.
  // The next step is sent first: it is what the user waits for, and each call costs the event loop its own work.
  const next = a.delivery.turn(turn, place, conversation);
  const answeredMessage = chosen && turn.show.replacesUsed && turn.show.chosen !== undefined ? chosen(turn, turn.show.chosen) : undefined;
  await Promise.all([
    next,
    answeredMessage?.catch((err: unknown) => a.log.warn({ conversation, error: (err as Error).message }, 'could not update the answered message')),
  ]);
  return turn;
}

/** Runs a handler's work, logging instead of throwing, so one bad payload never reaches Bolt's error path. */
export async function guarded(a: SlackAdapter, what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (err) {
    a.log.error({ handler: what, error: (err as Error).message }, 'Slack handler failed');
  }
}
