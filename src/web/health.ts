// GET /healthz: what a load balancer or an operator checks. 200 when the store answers a read and takes a write,
// 503 when it does not (a bot that cannot load or save conversations cannot answer anyone), with the platforms.
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
}

/** `error` is for the log only: database errors can name hosts and users, and /healthz may be public. */
export async function checkHealth(store: Store, platforms: string[], flows: FlowSource): Promise<{ code: number; body: Health; error?: unknown }> {
  const extra = flows.watching ? { flowProblems: flows.problems.length } : {};
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
    return { code: 200, body: { status: 'ok', platforms, database: 'reachable', ...extra } };
  } catch (err) {
    return { code: 503, body: { status: 'unavailable', platforms, database: 'unreachable', ...extra }, error: err };
  } finally {
    clearTimeout(timer);
  }
}
