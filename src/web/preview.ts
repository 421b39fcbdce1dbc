// `shoplink preview`: the web preview alone, for trying flows in a browser without Slack or Discord.
// With watch, broken flows at start are shown on the page rather than stopping it: that is when staff need it.
import { ConfigError, type Config } from '../config.ts';
import { Conversations } from '../conversation/conversation.ts';
import { openFlows } from '../platforms/open-flows.ts';
import { withoutDesk } from '../handoff/no-desk.ts';
import type { Logger } from '../log.ts';
import { Metrics } from '../metrics.ts';
import { openStore } from '../store/open.ts';
import type { Store } from '../store/types.ts';
import { listen } from './server.ts';
import { createWeb, type Web } from './web.ts';

export interface PreviewOptions {
  config: Config;
  port: number;
  host?: string;
  watch: boolean;
  log: Logger;
  /** Tests pass one; by default DATABASE_URL's. */
  store?: Store;
}

export interface RunningPreview {
  port: number;
  web: Web;
  metrics: Metrics;
  stop(): Promise<void>;
}

export async function startPreview(o: PreviewOptions): Promise<RunningPreview> {
  // Without watch, broken flows stop the preview as they stop the bot (FlowError lists them).
  const local = o.host === undefined || /^(localhost|127\.\d+\.\d+\.\d+|::1)$/.test(o.host);
  if (!local && !o.config.web.exposed) {
    throw new ConfigError(`--host ${o.host}: other machines could open cases without a login; set WEB_EXPOSE=true and WEB_TOKEN to allow it`);
  }
  const fixed = o.watch ? undefined : openFlows(o.config.flowsDir);
  const store = o.store ?? openStore(o.config.databaseUrl);
  const metrics = new Metrics(fixed);
  // No desk runs here: cases are recorded (see `shoplink cases list`) but posted nowhere.
  const web = createWeb({
    store,
    metrics,
    log: o.log,
    platforms: () => ['web'],
    access: o.config.web,
    ...(fixed ? { conversations: new Conversations(withoutDesk(fixed), store, { observer: metrics }) } : { watch: { dir: o.config.flowsDir, engine: {} } }),
  });
  try {
    const server = await listen(web.handler, o.port, o.host);
    return {
      port: server.port,
      web,
      metrics,
      async stop() {
        web.flows.close();
        await server.stop();
        await store.close();
      },
    };
  } catch (err) {
    web.flows.close();
    await store.close();
    throw err;
  }
}
