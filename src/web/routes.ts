// The web routes as one request handler: health, metrics, the preview chat and its JSON API, the flow
// diagrams. It runs in our own node:http server, or inside Bolt's HTTPReceiver when Slack uses HTTP mode.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { conversationIdOf } from '../address.ts';
import { failedTurn } from '../conversation/conversation.ts';
import { formatProblem } from '../flow/problem.ts';
import { parseStepKey, type StepKey } from '../flow/step-key.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../metrics.ts';
import type { Store } from '../store/types.ts';
import { checkAccess, LOCAL_ONLY, type WebAccess } from './access.ts';
import { sendAsset } from './assets.ts';
import { chatPage } from './chat-page.ts';
import { flowListPage, flowPage, type Position } from './flow-pages.ts';
import type { FlowSource } from './flows.ts';
import type { Connection } from '../connection.ts';
import { checkHealth } from './health.ts';
import { HttpError, readJson, sendHtml, sendJson, send, escapeHtml } from './http.ts';
import { page } from './layout.ts';
import { languageOfLocale, localeOfAcceptLanguage } from '../i18n/locale.ts';
import type { WebReach } from './reach.ts';
import { parseTurn, SESSION, turnJson, webAddress, webReply } from './turn.ts';

export interface WebDeps {
  flows: FlowSource;
  store: Store;
  metrics: Metrics;
  reach: WebReach;
  /** The platforms running now, for /healthz (the web itself included). */
  platforms: () => string[];
  /** Their live connections, by platform, for /healthz. */
  connections?: () => Record<string, Connection>;
  log: Logger;
  /** Who may use the routes other than /healthz; local only by default. */
  access?: WebAccess;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The paths the handler serves (`:name` is one path segment), for a server that routes before calling it (Slack's
 * in HTTP mode); the handler routes again itself, so both servers behave alike.
 */
export const WEB_PATHS = ['/', '/healthz', '/metrics', '/api/turn', '/api/messages', '/api/flows-status', '/flows', '/flows/:id', '/assets/:name'] as const;

export function webHandler(deps: WebDeps): Handler {
  const log = deps.log.child({ platform: 'web' });
  return (req, res) => {
    route(deps, req, res).catch((err: unknown) => {
      if (err instanceof HttpError) {
        // The client may still be sending a body we refused: close rather than read it all.
        if (err.status === 413) res.setHeader('connection', 'close');
        if (!res.headersSent) sendJson(res, err.status, { error: err.message });
        return;
      }
      log.error({ err, url: req.url }, 'web request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'something went wrong on our side; try again' });
      else res.destroy();
    });
  };
}

function allow(req: IncomingMessage, ...methods: string[]): void {
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  if (!methods.includes(method ?? '')) throw new HttpError(405, `use ${methods.join(' or ')} here`);
}

/** `?session=` if it is one; anything else is ignored rather than echoed. */
function sessionParam(url: URL): string | undefined {
  const s = url.searchParams.get('session') ?? undefined;
  return s && SESSION.test(s) ? s : undefined;
}

async function route(d: WebDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://preview.invalid');
  const path = url.pathname;
  if (path !== '/healthz') checkAccess(req, res, d.access ?? LOCAL_ONLY);
  if (path === '/') {
    allow(req, 'GET');
    return sendHtml(res, 200, chatPage(d.flows, languageOfLocale(localeOfAcceptLanguage(req.headers['accept-language']))));
  }
  if (path === '/healthz') {
    allow(req, 'GET');
    const health = await checkHealth(d.store, d.platforms(), d.flows, d.connections?.());
    if (health.error) d.log.warn({ err: health.error }, '/healthz: the database did not answer');
    return sendJson(res, health.code, health.body);
  }
  if (path === '/metrics') {
    allow(req, 'GET');
    return send(res, 200, d.metrics.registry.contentType, await d.metrics.text());
  }
  if (path === '/api/turn') return turn(d, req, res);
  if (path === '/api/messages') return messages(d, req, res, url);
  if (path === '/api/flows-status') {
    allow(req, 'GET');
    return sendJson(res, 200, { version: d.flows.version, ready: Boolean(d.flows.conversations), problems: d.flows.problems.map(formatProblem) });
  }
  if (path === '/flows' || path === '/flows/') {
    allow(req, 'GET');
    return sendHtml(res, 200, flowListPage(d.flows, sessionParam(url)));
  }
  const flowId = /^\/flows\/([^/]+)$/.exec(path)?.[1];
  if (flowId !== undefined) return flow(d, req, res, decoded(flowId), sessionParam(url));
  const asset = /^\/assets\/([^/]+)$/.exec(path)?.[1];
  if (asset !== undefined) {
    allow(req, 'GET');
    if (await sendAsset(asset, res)) return;
  }
  throw new HttpError(404, `nothing at ${path}; the preview is at /`);
}

/** A path segment decoded; a malformed escape just names no flow. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function turn(d: WebDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  allow(req, 'POST');
  const started = performance.now();
  const conversations = d.flows.conversations;
  const body = await readJson(req);
  if (!conversations) throw new HttpError(503, `the flows have problems, so the bot cannot answer yet: ${d.flows.problems.map(formatProblem).join('; ')}`);
  const { session, input } = parseTurn(body, new Set(conversations.flows.contentFlows.map((f) => f.id)));
  // The browser's preferred language is the visitor's locale, as Discord's is its user's. When the engine fails
  // (the store is down), the person is asked to try again, as on every platform.
  const locale = localeOfAcceptLanguage(req.headers['accept-language']);
  const result = await conversations.handle(webAddress(session), locale ? { ...input, locale } : input).catch((err: unknown) => {
    d.log.error({ err }, 'turn failed; the visitor was asked to try again');
    return failedTurn();
  });
  const json = await turnJson(result, conversations, session);
  sendJson(res, 200, { ...json, ...(d.flows.watching ? { problems: d.flows.problems.map(formatProblem) } : {}) });
  d.metrics.ack.observe({ platform: 'web' }, (performance.now() - started) / 1000);
}

/** GET /api/messages?session=: what the support team sent since the page last asked, and where things stand. */
async function messages(d: WebDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  allow(req, 'GET');
  const session = sessionParam(url);
  if (!session) throw new HttpError(400, '"session" must be 1 to 64 letters, digits, "-" or "_"');
  const replies = d.reach.take(webAddress(session)).map(webReply);
  const view = (await d.flows.conversations?.peek(webAddress(session)))?.conversation;
  sendJson(res, 200, {
    replies,
    flow: view?.flow ?? null,
    step: view?.step ?? null,
    status: view?.status ?? null,
    ...(view?.caseNumber !== undefined ? { caseNumber: view.caseNumber } : {}),
  });
}

async function flow(d: WebDeps, req: IncomingMessage, res: ServerResponse, id: string, session?: string): Promise<void> {
  allow(req, 'GET');
  const compiled = d.flows.conversations?.flows;
  if (!compiled) return sendHtml(res, 503, page({ title: 'Flows', flows: d.flows, reloadOnChange: true, body: '<main class="flows"><h1>Flows</h1><p>No diagram until the flows load.</p></main>' }));
  if (!compiled.flows.has(id)) {
    const body = `<main class="flows"><h1>No flow "${escapeHtml(id)}"</h1><p><a href="/flows">See the list of flows</a>.</p></main>`;
    return sendHtml(res, 404, page({ title: 'Not found', flows: d.flows, body }));
  }
  let at: Position | undefined;
  if (session) {
    const record = await d.store.loadConversation(conversationIdOf(webAddress(session)));
    if (record) {
      at = parseStepKey(record.step as StepKey);
    }
  }
  sendHtml(res, 200, flowPage(compiled, d.flows, id, session, at));
}
