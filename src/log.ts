// The process logger: pino, always to stderr so stdout stays the chat (and the JSONL contract).
// Readable lines in a terminal, JSON elsewhere; never log what users typed at info level.
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: pino.LevelWithSilent = 'info'): Logger {
  if (process.stderr.isTTY) {
    return pino({ level }, pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true } }));
  }
  return pino({ level }, pino.destination(2));
}
