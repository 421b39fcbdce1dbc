// Our own HTTP server for the web routes, used when Slack's HTTP mode is not already listening on PORT.
// stop() lets requests in flight finish (a turn half-saved helps nobody) and drops idle keep-alives at once.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../config.ts';
import { closeServer, SERVER_LIMITS } from '../http-limits.ts';
import type { Handler } from './routes.ts';

export interface RunningWeb {
  /** The port actually listened on (0 picks a free one). */
  port: number;
  stop(): Promise<void>;
}

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
    stop: () => closeServer(server, () => new Promise<void>((resolve) => server.close(() => resolve()))),
  };
}
