// Events API deliveries are acknowledged once their turn is stored, not before: Bolt acknowledges events
// before any listener runs, so a crash in between would lose what the user wrote (Slack never sends it again).
import type { ReceiverEvent } from '@slack/bolt';
import type { Logger } from '../../log.ts';

/**
 * Slack waits 3 s for an acknowledgement. Past this, the event is left unacknowledged: Slack delivers it again
 * (x-slack-retry-num), and the engine recognises the redelivery by its event_id if the first one was applied.
 */
export const EVENT_ACK_DEADLINE_MS = 2500;

/** The context key of the function a listener calls once the event's turn is stored (the ack may go then). */
export const TURN_STORED = 'shoplinkTurnStored';

/** The hook a listener calls when its turn is stored, if the event's ack waits for it. */
export function storedHook(context: Record<string, unknown>): (() => void) | undefined {
  const hook = context[TURN_STORED];
  return typeof hook === 'function' ? (hook as () => void) : undefined;
}

type Process = (event: ReceiverEvent) => Promise<void>;

/**
 * Wraps App.processEvent: an event is acknowledged when its listener says the turn is stored, or when the
 * listeners are done (an event that is no turn), and never before an earlier delivery of the same event.
 * What it returns still settles when the listeners are done, posts included.
 */
export function ackEventsAfterWork(process: Process, log: Logger): Process {
  const storing = new Map<string, Promise<unknown>>();
  return (event) => {
    const id = event.body.type === 'event_callback' && typeof event.body.event_id === 'string' ? event.body.event_id : undefined;
    if (!id) return process(event);
    let markStored!: () => void;
    const stored = new Promise<void>((resolve) => (markStored = resolve));
    const work = process({ ...event, ack: async () => undefined, customProperties: { ...event.customProperties, [TURN_STORED]: markStored } });
    // A redelivery taken while the first is still working is answered no sooner than the first.
    const ready = Promise.all([Promise.race([stored, work]), storing.get(id)]);
    const settled = ready.catch(() => undefined);
    storing.set(id, settled);
    let expired = false;
    const timer = setTimeout(() => {
      expired = true;
      log.warn({ event: id }, 'an event took too long to store; left unacknowledged, so Slack delivers it again');
    }, EVENT_ACK_DEADLINE_MS);
    ready
      .then(async () => {
        if (!expired) await event.ack();
      })
      // The listeners failed: Bolt's error handler answers; an ack it already sent makes ours redundant.
      .catch(() => undefined)
      .finally(() => clearTimeout(timer));
    return work.finally(() => {
      if (storing.get(id) === settled) void settled.then(() => storing.get(id) === settled && storing.delete(id));
    });
  };
}
