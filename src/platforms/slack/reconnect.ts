// Keeps Socket Mode reconnecting while Slack's API cannot be reached: the client gives up on a request
// error and leaves its reconnect promise rejected, which would end the process; here it tries again later.
import type { Logger } from '../../log.ts';

/** The Socket Mode client's own start, which its reconnects call again. */
export interface Restartable {
  start(): Promise<unknown>;
}

/** The wait before another reconnect after one failed: Slack's API is down, not slow, when this happens. */
export const RECONNECT_AGAIN_MS = 5000;

/** From now on (the first start has succeeded), a failed reconnect is logged and tried again, until stop(). */
export function keepReconnecting(client: Restartable, log: Logger, againMs = RECONNECT_AGAIN_MS): { stop(): void } {
  const start = client.start.bind(client);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const attempt = async (): Promise<unknown> => {
    try {
      return await start();
    } catch (err) {
      if (stopped) return undefined;
      log.warn({ err: (err as Error).message, againMs }, 'Slack: Socket Mode could not reconnect; trying again');
      timer = setTimeout(() => void attempt(), againMs);
      return undefined;
    }
  };
  client.start = attempt;
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
