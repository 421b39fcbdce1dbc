// Our own HTTP server for the web routes, used when Slack's HTTP mode is not already listening on PORT.
// stop() lets requests in flight finish (a turn half-saved helps nobody), then drops idle keep-alives.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../config.ts';
import { SERVER_LIMITS } from '../http-limits.ts';
import type { Handler } from './routes.ts';

export interface RunningWeb {
  /** The port actually listened on (0 picks a free one). */
  port: number;
  stop(): Promise<void>;
}

/** Browsers keep connections open; past this, stop() closes the ones still busy. */
const STOP_GRACE_MS = 5000;

export async function listen(handler: Handler, port: number, host?: string): Promise<RunningWeb> {
  // Slow clients must not hold a connection forever; a turn takes milliseconds.
  const server = createServer(SERVER_LIMITS, handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new ConfigError(`PORT: ${port} is already in use; set PORT (or --port) to a free port`) : err),
    );
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS).unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
