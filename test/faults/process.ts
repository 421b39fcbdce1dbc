// A real `shoplink start` in a child process, as an operator runs it: the fault tests and the fault
// benchmark start it against the fakes, kill it (-9 too) and start it again on the same database.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../src/bin/shoplink.js', import.meta.url));

export class BotProcess {
  logs = '';
  private constructor(readonly child: ChildProcess) {
    child.stderr!.on('data', (d) => (this.logs += d));
    child.stdout!.on('data', (d) => (this.logs += d));
  }

  /**
   * Starts `shoplink start` with these variables (on top of ours) and waits until it says it runs.
   * `maxFileKb` caps the size of any file it writes (ulimit -f): a disk that takes no more.
   */
  static async start(env: Record<string, string>, o: { timeoutMs?: number; maxFileKb?: number } = {}): Promise<BotProcess> {
    const options = { env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'] };
    const child =
      o.maxFileKb === undefined
        ? spawn(process.execPath, [BIN, 'start'], options)
        : spawn('bash', ['-c', `ulimit -f ${o.maxFileKb} && exec "$0" "$1" start`, process.execPath, BIN], options);
    const bot = new BotProcess(child);
    await bot.waitForLog('shoplink is running', o.timeoutMs ?? 15_000);
    return bot;
  }

  get pid(): number {
    return this.child.pid!;
  }

  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** Resolves when the logs contain `text`; rejects if the process exits first or time runs out. */
  waitForLog(text: string, timeoutMs = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (err?: Error) => (clearInterval(timer), clearTimeout(limit), this.child.off('exit', onExit), err ? reject(err) : resolve());
      const onExit = (code: number | null) => done(new Error(`exited (${code}) before "${text}":\n${this.logs}`));
      const timer = setInterval(() => this.logs.includes(text) && done(), 20);
      const limit = setTimeout(() => done(new Error(`no "${text}" within ${timeoutMs} ms:\n${this.logs}`)), timeoutMs);
      if (this.exited) onExit(this.child.exitCode);
      else this.child.once('exit', onExit);
    });
  }

  /** Peak resident memory so far, in MB (Linux). */
  peakRssMb(): number {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.exited) return;
    const exit = once(this.child, 'exit');
    this.child.kill(signal);
    await exit;
  }
}
