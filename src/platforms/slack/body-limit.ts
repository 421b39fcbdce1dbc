// Refuses oversized requests to Slack's request URL before Bolt reads them: Bolt buffers the whole body to
// check its signature, so without this anyone could fill memory with a few unsigned uploads.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * Slack's event, command and interactivity payloads are a few kilobytes (a message is at most 40,000
 * characters); one megabyte leaves room for the largest view state while keeping memory safe.
 */
export const MAX_SLACK_BODY_BYTES = 1024 * 1024;

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Puts the check in front of the server's request listeners (Bolt's): a POST to `path` must declare its
 * length (Slack always does), and at most `limit` bytes. Node's parser never reads past the declared length.
 */
export function limitBodies(server: Server, path: string, limit = MAX_SLACK_BODY_BYTES): void {
  const listeners = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'POST' && (req.url ?? '').split('?')[0] === path) {
      const declared = req.headers['content-length'];
      if (declared === undefined) return refuse(req, res, 411, 'send Content-Length');
      if (!(Number(declared) <= limit)) return refuse(req, res, 413, `the body is larger than ${limit} bytes`);
    }
    for (const listener of listeners) listener.call(server, req, res);
  });
}

/** Answers at once and closes the connection, so the rest of the body is never read. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
  res.end(`${message}\n`, () => req.socket.destroy());
}
