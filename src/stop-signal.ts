// When the running bot should stop: SIGTERM (docker stop, systemd, kill), SIGINT (Ctrl+C), or the npm wrapper
// it was started by going away (`npx shoplink start` runs it under `sh -c`, which dies of SIGTERM without passing it on).

/** How often the bot looks whether the wrapper that started it is still there. */
const PARENT_CHECK_MS = 500;

export type StopReason = 'SIGTERM' | 'SIGINT' | 'wrapper gone';

/**
 * Listens from the moment it is called, so a signal that arrives while the bot is still starting is kept.
 * `reason` resolves on the first one; later signals call `again` (a second Ctrl+C means "now").
 */
export function listenForStop(again: (signal: NodeJS.Signals) => void): { reason: Promise<StopReason>; dispose(): void } {
  let timer: NodeJS.Timeout | undefined;
  let first = true;
  let resolve!: (reason: StopReason) => void;
  const reason = new Promise<StopReason>((r) => (resolve = r));
  const onSignal = (signal: NodeJS.Signals) => {
    if (!first) return again(signal);
    first = false;
    resolve(signal as StopReason);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  // Only under npm (npm start, npx): started any other way, an orphan is what the operator asked for (nohup, &).
  const parent = process.ppid;
  if (process.env.npm_lifecycle_event && parent > 1) {
    timer = setInterval(() => {
      if (alive(parent)) return;
      first = false;
      resolve('wrapper gone');
    }, PARENT_CHECK_MS).unref();
  }
  return {
    reason,
    dispose() {
      clearInterval(timer);
    },
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but is not ours to signal (its pid was reused by another user's process; rare enough).
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
