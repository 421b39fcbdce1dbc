// GET /healthz: what a load balancer or an operator checks. 200 when the store answers a read and takes a write,
// 503 when it does not (a bot that cannot load or save conversations cannot answer anyone), with the running
// platforms and the live state of each one's connection (503 too when one has been down too long).
import type { Connection, ConnectionView } from '../connection.ts';
import type { Store } from '../store/types.ts';
import type { FlowSource } from './flows.ts';

/** A read that takes longer than this counts as a database that is not there. */
const READ_TIMEOUT_MS = 2000;

export interface Health {
  status: 'ok' | 'unavailable';
  platforms: string[];
  database: 'reachable' | 'unreachable';
  /** With --watch: problems in the flows folder (the last good flows keep serving). */
  flowProblems?: number;
  /** Slack's socket and Discord's gateway, by platform: up or down, and since when. */
  connections?: Record<string, ConnectionView>;
}

/** `error` is for the log only: database errors can name hosts and users, and /healthz may be public. */
export async function checkHealth(
  store: Store,
  platforms: string[],
  flows: FlowSource,
  connections: Record<string, Connection> = {},
): Promise<{ code: number; body: Health; error?: unknown }> {
  const live = Object.entries(connections);
  const extra = {
    ...(flows.watching ? { flowProblems: flows.problems.length } : {}),
    ...(live.length > 0 ? { connections: Object.fromEntries(live.map(([name, c]) => [name, c.view()])) } : {}),
  };
  // A platform that lost its connection for long answers nobody: better another instance takes the traffic.
  const down = live.some(([, c]) => c.downTooLong());
  let timer: NodeJS.Timeout | undefined;
  try {
    // Any id will do: the read goes to the database whether or not the row exists. The write finds a full disk.
    const probe = async () => {
      await store.loadConversation('-healthz-');
      await store.checkWrite?.();
    };
    await Promise.race([
      probe(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${READ_TIMEOUT_MS} ms`)), READ_TIMEOUT_MS))),
    ]);
    return down
      ? { code: 503, body: { status: 'unavailable', platforms, database: 'reachable', ...extra } }
      : { code: 200, body: { status: 'ok', platforms, database: 'reachable', ...extra } };
  } catch (err) {
    return { code: 503, body: { status: 'unavailable', platforms, database: 'unreachable', ...extra }, error: err };
  } finally {
    clearTimeout(timer);
  }
}
