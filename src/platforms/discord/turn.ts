// One engine turn for one interaction: run it within Discord's deadline, then show the result the way the engine
// says (in place of the clicked message, to the clicker alone, or not at all). Failures end in a private apology.
import { performance } from 'node:perf_hooks';
import { conversationIdOf, type Address } from '../../address.ts';
import { failedTurn, type TurnResult } from '../../conversation/conversation.ts';
import type { Input } from '../../conversation/input.ts';
import type { InteractionAnswer } from './answer.ts';
import { renderReplies } from './components.ts';
import type { DiscordContext } from './context.ts';
import { withinDeadline } from './deadline.ts';
import { describeError } from './errors.ts';

export async function runTurn(ctx: DiscordContext, answer: InteractionAnswer, address: Address, input: Input): Promise<void> {
  const started = performance.now();
  let conversation = conversationIdOf(address);
  // The turn's fields go on each line rather than a child logger: a child serializes them on every turn,
  // whether or not anything is logged.
  const about = { conversation, input: input.type };
  const log = ctx.log;
  try {
    const defer = () =>
      answer.defer().catch((err: unknown) => log.warn({ ...about, err: describeError(err) }, 'discord: could not defer a slow turn'));
    const { value: turn, deferred } = await withinDeadline(ctx.conversations.handle(address, input), ctx.deferAfterMs, defer);
    conversation = turn.conversation?.id ?? conversation;
    await deliver(answer, turn);
    log.info({ ...about, conversation, refused: turn.refused, deferred, ms: Math.round(performance.now() - started) }, 'discord turn');
  } catch (err) {
    log.error({ ...about, err: describeError(err), ms: Math.round(performance.now() - started) }, 'discord turn failed');
    await deliver(answer, failedTurn(input.locale)).catch((e: unknown) =>
      log.error({ ...about, err: describeError(e) }, 'discord: could not tell the user about the failure'),
    );
  }
}

/**
 * As the engine says: a choice or an answer, and "here's where we are" after an out-of-date control, take the
 * clicked message's place; other refusals speak to the clicker alone; a repeat is only acknowledged.
 */
export async function deliver(answer: InteractionAnswer, turn: TurnResult): Promise<void> {
  const { to, chosen, replacesUsed } = turn.show;
  if (to === 'nobody') return answer.ack();
  if (to === 'actor' && !replacesUsed) return answer.notice(renderReplies(turn.replies));
  return answer.show(renderReplies(turn.replies, chosen), Boolean(replacesUsed));
}
