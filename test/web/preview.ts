// Shared by the web tests: the preview started in-process on a free port, and a visitor that talks to
// /api/turn as the page does, pressing buttons by their label.
import pino from 'pino';
import { readConfig } from '../../src/config.ts';
import type { Store } from '../../src/store/types.ts';
import { startPreview, type RunningPreview } from '../../src/web/preview.ts';
import type { WebTurn } from '../../src/web/turn.ts';
import { FLOWS_DIR } from '../support.ts';

export interface Preview {
  running: RunningPreview;
  base: string;
  get(path: string): Promise<Response>;
  /** POSTs a raw body to /api/turn. */
  post(body: string, type?: string): Promise<Response>;
}

export async function startTestPreview(o: { watch?: boolean; flowsDir?: string; store?: Store } = {}): Promise<Preview> {
  const config = readConfig({ DATABASE_URL: 'memory:', FLOWS_DIR: o.flowsDir ?? FLOWS_DIR });
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const running = await startPreview({ config, port: 0, host: '127.0.0.1', watch: Boolean(o.watch), log, ...(o.store ? { store: o.store } : {}) });
  const base = `http://127.0.0.1:${running.port}`;
  return {
    running,
    base,
    get: (path) => fetch(base + path),
    post: (body, type = 'application/json') => fetch(`${base}/api/turn`, { method: 'POST', headers: { 'content-type': type }, body }),
  };
}

/** Someone in the preview: one session, the latest buttons remembered. */
export class Visitor {
  last?: WebTurn;

  constructor(
    readonly preview: Preview,
    readonly session: string,
  ) {}

  async send(fields: Record<string, unknown> = {}): Promise<WebTurn> {
    const res = await this.preview.post(JSON.stringify({ session: this.session, ...fields }));
    if (res.status !== 200) throw new Error(`/api/turn answered ${res.status}: ${await res.text()}`);
    const turn = (await res.json()) as WebTurn;
    if (turn.replies.some((r) => r.buttons.length || r.ask)) this.last = turn;
    return turn;
  }

  say(text: string) {
    return this.send({ text });
  }

  press(label: string) {
    const buttons = this.last?.replies.flatMap((r) => r.buttons) ?? [];
    const b = buttons.find((x) => x.label === label);
    if (!b) throw new Error(`no button "${label}"; there are: ${buttons.map((x) => x.label).join(' | ')}`);
    return this.send({ press: b.action });
  }

  get buttons(): string[] {
    return this.last?.replies.flatMap((r) => r.buttons).map((b) => b.label) ?? [];
  }
}

export const texts = (turn: WebTurn) => turn.replies.map((r) => r.text).join('\n');

/** Waits for a condition the server reaches on its own (a file watcher), polling; fails with `what`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 8000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
