// Limits every HTTP server of shoplink shares (our own and Bolt's in Slack's HTTP mode): how long a client may
// take to send its headers and its request, or hold a stopping server open, so slow clients cannot hold it for ever.
import type { Server, ServerOptions } from 'node:http';

/** A client that has not sent its headers after this long is disconnected. */
export const HEADERS_TIMEOUT_MS = 10_000;
/** A whole request (headers and body) must arrive within this; a turn takes milliseconds. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** How often Node looks for clients past those timeouts (its default, 30 s, lets them stay three times longer). */
const CHECK_EVERY_MS = 1_000;

/**
 * An idle keep-alive connection is closed after this. Longer than the idle timeout of the usual load balancers
 * (60 s) and clients, so a client never sends a request on a connection the server is just closing.
 */
const KEEP_ALIVE_MS = 65_000;

/** Options for http.createServer (Bolt's receiver passes them through too). */
export const SERVER_LIMITS: ServerOptions = {
  headersTimeout: HEADERS_TIMEOUT_MS,
  requestTimeout: REQUEST_TIMEOUT_MS,
  connectionsCheckingInterval: CHECK_EVERY_MS,
  keepAliveTimeout: KEEP_ALIVE_MS,
};

/**
 * How long a stopping server lets busy connections finish (a request in flight, a browser still downloading
 * the diagrams' script) before it cuts them: a client that never reads its response must not hold the stop
 * until the orchestrator kills the process (docker stop and Kubernetes wait 10 s).
 */
export const STOP_GRACE_MS = 5000;

/**
 * Stops `server` through `close` (which settles once the server has closed: node's own close, or Bolt's
 * stop): idle keep-alive connections go at once, busy ones after STOP_GRACE_MS.
 */
export async function closeServer(server: Server, close: () => Promise<void>): Promise<void> {
  const force = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS).unref();
  try {
    const closed = close();
    server.closeIdleConnections();
    await closed;
  } finally {
    clearTimeout(force);
  }
}
