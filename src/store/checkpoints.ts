// Checkpoints of a SQLite file's write-ahead log on a worker thread with its own connection, so a turn never
// waits while SQLite copies a few thousand pages from the log into the database file.

import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Saved turns between checkpoints: about 2,000 log pages at a turn's four, a few milliseconds of copying.
 * Copied inside a turn, as SQLite's own automatic checkpoint does, they stalled every turn in the process.
 */
export const CHECKPOINT_EVERY = 500;

/**
 * The worker's code, run as a script (not a module file), so it needs no TypeScript loader under tsx and no
 * separate file in the build. A PASSIVE checkpoint never blocks the writer and gives up where readers still
 * need old pages; a failed one is left to the next, or to SQLite's own checkpoint on the main connection.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 0');
parentPort.on('message', (m) => {
  if (m === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {}
});
`;

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/** Asks for a checkpoint every CHECKPOINT_EVERY writes; the worker starts with the first one. */
export class Checkpoints {
  private worker?: Worker;
  private writes = 0;
  /** The worker could not run: SQLite's own checkpoints on the main connection carry on alone. */
  private failed = false;

  constructor(private file: string) {}

  /** Counts a committed write. */
  wrote(): void {
    if (++this.writes % CHECKPOINT_EVERY !== 0 || this.failed) return;
    this.worker ??= this.start();
    this.worker.postMessage('checkpoint');
  }

  private start(): Worker {
    const worker = new Worker(WORKER, { eval: true, workerData: { file: this.file, driver } });
    // A background helper: it never keeps the process alive, and its failure only means checkpoints inside turns.
    worker.unref();
    worker.on('error', () => {
      this.failed = true;
    });
    return worker;
  }

  /** Closes the worker's connection and waits for it to end. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker || this.failed) return;
    // Held while closing: an unreferenced worker would let the process end before the store has closed.
    worker.ref();
    const exited = once(worker, 'exit');
    worker.postMessage('close');
    await exited;
  }
}
