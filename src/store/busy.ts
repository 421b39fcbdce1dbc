// Waiting for a SQLite file another connection holds locked, without freezing the process: the driver is
// synchronous, so its own busy wait would stop every other request; here the wait happens between tries.
import { setTimeout as sleep } from 'node:timers/promises';

/** How long one try may block the event loop inside the driver (PRAGMA busy_timeout). */
export const BUSY_SPIN_MS = 10;
/** How long a store call keeps trying before it gives up with StoreBusy. */
export const BUSY_WAIT_MS = 5_000;

/** The database file stayed locked by another connection (a backup, a migration, another process). */
export class StoreBusy extends Error {
  override name = 'StoreBusy';
  constructor(file: string, waitedMs: number) {
    super(`the database ${file} stayed locked by another connection for ${waitedMs} ms; nothing was changed, try again (is a backup or another process holding it?)`);
  }
}

export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * Runs `work` (one statement or one transaction, which SQLite rolled back if it failed busy) until the lock is
 * gone, sleeping 5 ms, 10 ms … 200 ms between tries, for at most `budgetMs`.
 */
export function whileBusy<T>(file: string, work: () => T, budgetMs = BUSY_WAIT_MS): Promise<T> {
  const started = Date.now();
  // The usual case, a free file, settles at once: every turn reads and writes through here.
  try {
    return Promise.resolve(work());
  } catch (err) {
    if (!isBusy(err)) return Promise.reject(err);
  }
  return retry(file, work, budgetMs, started);
}

/** The tries after a first one found the file locked. */
async function retry<T>(file: string, work: () => T, budgetMs: number, started: number): Promise<T> {
  for (let tries = 0; ; tries++) {
    const waited = Date.now() - started;
    if (waited >= budgetMs) throw new StoreBusy(file, waited);
    await sleep(Math.min(200, 5 * 2 ** tries));
    try {
      return work();
    } catch (err) {
      if (!isBusy(err)) throw err;
    }
  }
}
