// The web side put together: which flows it runs (fixed or watched), its Reach, and the request handler.
// startBot and `shoplink preview` both build it here, then serve the handler on their own or Bolt's server.
import { Conversations, type ConversationsOptions } from '../conversation/conversation.ts';
import type { Connection } from '../connection.ts';
import { withoutDesk } from '../handoff/no-desk.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../metrics.ts';
import type { Store } from '../store/types.ts';
import type { WebAccess } from './access.ts';
import { fixedFlows, WatchedFlows, type FlowSource } from './flows.ts';
import { WebReach } from './reach.ts';
import { WEB_PATHS, webHandler, type Handler } from './routes.ts';

export interface WebOptions {
  store: Store;
  metrics: Metrics;
  log: Logger;
  platforms: () => string[];
  /** The platforms' live connections, for /healthz. */
  connections?: () => Record<string, Connection>;
  /** Fixed flows: this engine (the bot's own). */
  conversations?: Conversations;
  /** Watched flows: this folder, each good version run by a new engine with these options (`desk`: one runs). */
  watch?: { dir: string; engine: ConversationsOptions; desk?: boolean };
  /** Who may use the preview, /api and /metrics; local only by default. */
  access?: WebAccess;
}

export interface Web {
  handler: Handler;
  /** The paths it serves, for another server to route to it (Slack's HTTP mode). */
  paths: readonly string[];
  reach: WebReach;
  flows: FlowSource;
}

export function createWeb(o: WebOptions): Web {
  let flows: FlowSource;
  if (o.watch) {
    const { dir, engine, desk } = o.watch;
    flows = new WatchedFlows(
      dir,
      (compiled) => {
        o.metrics.useFlows(compiled);
        return new Conversations(desk ? compiled : withoutDesk(compiled), o.store, { ...engine, observer: o.metrics });
      },
      o.log,
    );
  } else if (o.conversations) flows = fixedFlows(o.conversations);
  else throw new Error('createWeb needs conversations or a folder to watch');
  const reach = new WebReach();
  const handler = webHandler({
    flows,
    store: o.store,
    metrics: o.metrics,
    reach,
    platforms: o.platforms,
    connections: o.connections,
    log: o.log,
    ...(o.access ? { access: o.access } : {}),
  });
  return { handler, paths: WEB_PATHS, reach, flows };
}
