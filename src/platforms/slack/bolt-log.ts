// Bolt's and the Web API client's logging routed into our pino logger, tagged so lines show they came from Slack.
// The level stays the process's (LOG_LEVEL): Bolt may try to set its own, which is ignored on purpose.
import { format } from 'node:util';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../log.ts';

export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ from: 'bolt' });
  const line = (msg: unknown[]) => format(...msg);
  return {
    debug: (...msg) => child.isLevelEnabled('debug') && child.debug(line(msg)),
    info: (...msg) => child.info(line(msg)),
    warn: (...msg) => child.warn(line(msg)),
    error: (...msg) => child.error(line(msg)),
    setLevel: () => {},
    setName: () => {},
    getLevel: () => {
      if (child.isLevelEnabled('debug')) return LogLevel.DEBUG;
      if (child.isLevelEnabled('info')) return LogLevel.INFO;
      if (child.isLevelEnabled('warn')) return LogLevel.WARN;
      return LogLevel.ERROR;
    },
  };
}
