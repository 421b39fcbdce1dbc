// One engine turn for one interaction: run it within Discord's deadline, then show the result the way the
// refusal (if any) calls for. Failures are logged with the conversation id and end in a private apology.
import { performance } from 'node:perf_hooks';
import { decodeAction } from '../../conversation/action.ts';
import { conversationIdOf, type Address } from '../../address.ts';
import type { TurnResult } from '../../conversation/conversation.ts';
import type { Input } from '../../conversation/input.ts';
import type { InteractionAnswer } from './answer.ts';
import { renderReplies } from './components.ts';
import type { DiscordContext } from './context.ts';
import { withinDeadline } from './deadline.ts';
import { describeError } from './errors.ts';
import { messages } from '../../conversation/messages.ts';

export async function runTurn(ctx: DiscordContext, answer: InteractionAnswer, address: Address, input: Input, chosen?: string): Promise<void> {
  const started = performance.now();
  const token = input.type === 'press' || input.type === 'answer' ? input.action : undefined;
  const conversation = (token && decodeAction(token)?.conversation) || conversationIdOf(address);
  // The turn's fields go on each line rather than a child logger: a child serializes them on every turn,
  // whether or not anything is logged.
  const about = { conversation, input: input.type };
  const log = ctx.log;
  try {
    const defer = () =>
      answer.defer().catch((err: unknown) => log.warn({ ...about, err: describeError(err) }, 'discord: could not defer a slow turn'));
    const { value: turn, deferred } = await withinDeadline(ctx.conversations.handle(address, input), ctx.deferAfterMs, defer);
    await deliver(answer, turn, chosen);
    log.info({ ...about, refused: turn.refused, deferred, ms: Math.round(performance.now() - started) }, 'discord turn');
  } catch (err) {
    log.error({ ...about, err: describeError(err), ms: Math.round(performance.now() - started) }, 'discord turn failed');
    await answer.notice(renderReplies([{ text: messages.failed, kind: 'notice' }])).catch((e: unknown) =>
      log.error({ ...about, err: describeError(e) }, 'discord: could not tell the user about the failure'),
    );
  }
}

/** Applied turns and "here's where we are" refusals replace the message; the rest speak to the clicker alone. */
export async function deliver(answer: InteractionAnswer, turn: TurnResult, chosen?: string): Promise<void> {
  switch (turn.refused) {
    case undefined:
      return answer.show(renderReplies(turn.replies, chosen));
    case 'stale':
    case 'not-asking':
      return answer.show(renderReplies(turn.replies));
    case 'duplicate':
      return answer.ack();
    default:
      return answer.notice(renderReplies(turn.replies));
  }
}
