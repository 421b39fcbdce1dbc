// The process logger: pino. The running bot logs JSON lines on stdout, as log collectors expect; the terminal
// chat logs on stderr so stdout stays the chat (and the JSONL contract). Readable lines on a terminal or when asked.
import pino from 'pino';

export type Logger = pino.Logger;

export interface LogOptions {
  /** `stdout` for the bot and the preview, `stderr` where stdout carries the chat. */
  to?: 'stdout' | 'stderr';
  /** LOG_FORMAT: `pretty` or `json`; unset, pretty only when the destination is a terminal. */
  format?: 'json' | 'pretty';
}

export function createLogger(level: pino.LevelWithSilent = 'info', o: LogOptions = {}): Logger {
  const fd = o.to === 'stdout' ? 1 : 2;
  const tty = fd === 1 ? process.stdout.isTTY : process.stderr.isTTY;
  if (o.format === 'pretty' || (o.format === undefined && tty)) {
    return pino({ level }, pino.transport({ target: 'pino-pretty', options: { destination: fd, colorize: tty && !process.env.NO_COLOR } }));
  }
  return pino({ level }, pino.destination(fd));
}
