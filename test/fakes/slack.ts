// A fake Slack on 127.0.0.1 for end-to-end tests: the Web API (records every call, fails on request), response_url
// endpoints, Socket Mode's apps.connections.open + websocket, and users who send signed requests to the app.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import { Conversations } from '../../src/conversation/conversation.ts';
import { Cases } from '../../src/handoff/cases.ts';
import { Outbox } from '../../src/handoff/outbox.ts';
import { startSlack, type RunningSlack } from '../../src/platforms/slack/app.ts';
import { readSlackConfig, type SlackConfig } from '../../src/platforms/slack/config.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import type { Store } from '../../src/store/types.ts';
import { engine, shippedFlows } from '../support.ts';
import { sign } from './slack-sign.ts';

export const TEAM = 'T0FAKE';
export const BOT_USER = 'U0BOT';
const BOT_ID = 'B0BOT';
const APP_ID = 'A0FAKE';

/* eslint-disable @typescript-eslint/no-explicit-any -- Slack payloads are loose JSON */
type Json = Record<string, any>;

export interface ApiCall {
  method: string;
  args: Json;
}

/** A message as a user would see it in the channel; ephemeral ones carry whom they are for. */
export interface Message {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  blocks: Json[];
  ephemeralFor?: string;
  /** How many times chat.update or a response_url replaced it. */
  edits: number;
}

/** How a call fails: an HTTP status, or a Slack error. `applied`: Slack did it anyway (the answer was lost). */
export type Failure = { status: 500; applied?: boolean } | { status: 429; retryAfter: number } | { error: string };

/** A lasting failure of the calls that pass `test`, until ended. */
interface Outage {
  method: string;
  test: (args: Json) => boolean;
  failure: Failure;
}

interface ResponseTarget {
  user: string;
  channel: string;
  thread?: string;
  /** The message a click came from: replace_original changes this one. */
  message?: Message;
}

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  /** Calls answered with an HTTP error (fail, outage): what the app tried while Slack was down. */
  readonly refused: ApiCall[] = [];
  readonly messages: Message[] = [];
  /** The same messages by channel: benchmarks post thousands, and a click must not scan them all. */
  private byChannel = new Map<string, Message[]>();
  /** Envelope acks the app sent back over the Socket Mode websocket. */
  readonly socketAcks: Json[] = [];
  /** Channels where the bot is not a member: chat.postMessage there answers not_in_channel. */
  readonly closedChannels = new Set<string>();
  /** Channel members (conversations.members); channels not listed have none. */
  readonly members = new Map<string, string[]>();
  /**
   * People users.info knows; anyone else is user_not_found. `locale` ("es-ES") is their Slack language, answered
   * as Slack does: only when asked with include_locale.
   */
  readonly users = new Map<string, { name: string; real_name?: string; display_name?: string; locale?: string }>();
  /** Methods whose calls wait, unanswered, until their hold is released. */
  private holds = new Map<string, Promise<void>>();
  private failures = new Map<string, Failure[]>();
  private outages: Outage[] = [];
  private responseTargets = new Map<string, ResponseTarget>();
  private waiters: { test: (c: ApiCall) => boolean; resolve: (c: ApiCall) => void }[] = [];
  private seq = 0;
  private sockets = new Set<WebSocket>();
  private wss = new WebSocketServer({ noServer: true });

  private constructor(private server: Server) {}

  static async start(): Promise<FakeSlack> {
    const server = createServer();
    const slack = new FakeSlack(server);
    server.on('request', (req, res) => void slack.route(req, res));
    server.on('upgrade', (req, socket, head) => {
      if (req.url !== '/socket') return socket.destroy();
      slack.wss.handleUpgrade(req, socket, head, (ws) => slack.connected(ws));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return slack;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** What SLACK_API_URL should be. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** The next `times` calls of `method` fail this way (then it works again). */
  fail(method: string, times: number, failure: Failure): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array<Failure>(times).fill(failure)]);
  }

  /** Calls of `method` from now on get no answer until `release()` (a Slack that is slow to answer them). */
  hold(method: string): { release(): void } {
    let release!: () => void;
    this.holds.set(method, new Promise<void>((resolve) => (release = resolve)));
    return {
      release: () => {
        this.holds.delete(method);
        release();
      },
    };
  }

  /** Every call of `method` whose arguments pass `test` fails this way until `end()` is called. */
  outage(method: string, test: (args: Json) => boolean, failure: Failure): { end(): void } {
    const outage: Outage = { method, test, failure };
    this.outages.push(outage);
    return { end: () => void (this.outages = this.outages.filter((o) => o !== outage)) };
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** The first call, made already or to come, that passes `test`. */
  waitFor(test: (c: ApiCall) => boolean, timeoutMs = 3000): Promise<ApiCall> {
    const made = this.calls.find(test);
    if (made) return Promise.resolve(made);
    return this.next(test, timeoutMs);
  }

  /** The next call from now on that passes `test`. */
  next(test: (c: ApiCall) => boolean, timeoutMs = 3000): Promise<ApiCall> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`the fake Slack saw no such call within ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`));
      }, timeoutMs);
      const waiter = { test, resolve: (c: ApiCall) => (clearTimeout(timer), resolve(c)) };
      this.waiters.push(waiter);
    });
  }

  /** Messages a user can see in a channel (or one thread of it), oldest first. */
  visible(user: string, channel: string, thread?: string): Message[] {
    return (this.byChannel.get(channel) ?? []).filter(
      (m) => (thread === undefined || m.thread_ts === thread) && (!m.ephemeralFor || m.ephemeralFor === user),
    );
  }

  /** A response_url for a request by `user` in a place; posts to it become that user's ephemeral messages. */
  responseUrl(target: ResponseTarget): string {
    const id = `r${++this.seq}`;
    this.responseTargets.set(id, target);
    return `${this.url}/response/${id}`;
  }

  /** Sends an envelope to every app connected over Socket Mode. */
  sendEnvelope(envelope: Json): void {
    for (const ws of this.sockets) ws.send(JSON.stringify(envelope));
  }

  async socketConnected(timeoutMs = 3000): Promise<void> {
    const start = Date.now();
    while (this.sockets.size === 0) {
      if (Date.now() - start > timeoutMs) throw new Error('no Socket Mode connection');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  nextTs(): string {
    return `1700000000.${String(++this.seq).padStart(6, '0')}`;
  }

  private connected(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('message', (data) => this.socketAcks.push(JSON.parse(String(data)) as Json));
    ws.on('close', () => this.sockets.delete(ws));
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: APP_ID }, debug_info: { host: 'fake' } }));
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString();
    const url = req.url ?? '';
    if (url.startsWith('/response/')) return this.response(url.slice('/response/'.length), raw, res);
    if (!url.startsWith('/api/')) return void res.writeHead(404).end();
    const method = url.slice('/api/'.length).split('?')[0]!;
    const args = parseArgs(raw, String(req.headers['content-type']));
    await this.holds.get(method);
    const failure = this.outages.find((o) => o.method === method && o.test(args))?.failure ?? this.failures.get(method)?.shift();
    if (failure && 'status' in failure) {
      this.refused.push({ method, args });
      if ('applied' in failure && failure.applied && this.api(method, args).ok) this.calls.push({ method, args });
      const headers = failure.status === 429 ? { 'retry-after': String(failure.retryAfter) } : {};
      res.writeHead(failure.status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    const call = { method, args };
    const result = failure ? { ok: false, error: failure.error } : this.api(method, args);
    if (result.ok) {
      this.calls.push(call);
      for (const w of this.waiters.filter((w) => w.test(call))) {
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve(call);
      }
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  }

  private api(method: string, a: Json): Json {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.com/', team: 'Fake', user: 'shoplink', team_id: TEAM, user_id: BOT_USER, bot_id: BOT_ID };
      case 'apps.connections.open':
        return { ok: true, url: `${this.url.replace('http', 'ws')}/socket` };
      case 'chat.postMessage': {
        if (this.closedChannels.has(a.channel)) return { ok: false, error: 'not_in_channel' };
        const m = this.add({ channel: a.channel, thread_ts: a.thread_ts, text: a.text ?? '', blocks: a.blocks ?? [] });
        return { ok: true, channel: m.channel, ts: m.ts, message: { type: 'message', user: BOT_USER, bot_id: BOT_ID, ts: m.ts, text: m.text, blocks: m.blocks } };
      }
      case 'chat.postEphemeral': {
        if (this.closedChannels.has(a.channel)) return { ok: false, error: 'not_in_channel' };
        const m = this.add({ channel: a.channel, thread_ts: a.thread_ts, text: a.text ?? '', blocks: a.blocks ?? [], ephemeralFor: a.user });
        return { ok: true, message_ts: m.ts };
      }
      case 'chat.update': {
        const m = this.byChannel.get(a.channel)?.find((x) => x.ts === a.ts && !x.ephemeralFor);
        if (!m) return { ok: false, error: 'message_not_found' };
        Object.assign(m, { text: a.text ?? m.text, blocks: a.blocks ?? m.blocks, edits: m.edits + 1 });
        return { ok: true, channel: m.channel, ts: m.ts, text: m.text };
      }
      case 'chat.getPermalink':
        return { ok: true, channel: a.channel, permalink: `https://fake.slack.com/archives/${a.channel}/p${String(a.message_ts).replace('.', '')}` };
      case 'conversations.members': {
        const all = this.members.get(a.channel) ?? [];
        const start = Number(a.cursor || 0);
        const limit = Number(a.limit || 100);
        const next = start + limit < all.length ? String(start + limit) : '';
        return { ok: true, members: all.slice(start, start + limit), response_metadata: { next_cursor: next } };
      }
      case 'users.info': {
        const u = this.users.get(a.user);
        if (!u) return { ok: false, error: 'user_not_found' };
        const locale = [true, 'true', 1, '1'].includes(a.include_locale) && u.locale ? { locale: u.locale } : {};
        return { ok: true, user: { id: a.user, name: u.name, real_name: u.real_name ?? '', profile: { display_name: u.display_name ?? '', real_name: u.real_name ?? '' }, ...locale } };
      }
      case 'conversations.history': {
        // Newest first, top-level messages only; `oldest` is not applied (the fake's ts are not real times).
        const top = this.messages.filter((m) => m.channel === a.channel && !m.ephemeralFor && m.thread_ts === undefined).reverse();
        const start = Number(a.cursor || 0);
        const limit = Number(a.limit || 100);
        const more = start + limit < top.length;
        return { ok: true, messages: top.slice(start, start + limit).map(asApiMessage), has_more: more, response_metadata: { next_cursor: more ? String(start + limit) : '' } };
      }
      case 'conversations.replies': {
        const thread = this.messages.filter((m) => m.channel === a.channel && !m.ephemeralFor && (m.ts === a.ts || m.thread_ts === a.ts));
        if (!thread.some((m) => m.ts === a.ts)) return { ok: false, error: 'thread_not_found' };
        return { ok: true, messages: thread.slice(0, Number(a.limit || 1000)).map(asApiMessage), has_more: false };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(a.users).slice(1)}` } };
      case 'views.open':
      case 'views.publish':
        return { ok: true, view: { ...(a.view as Json), id: `V${++this.seq}` } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private add(m: Omit<Message, 'ts' | 'edits'>): Message {
    const message: Message = { ...m, ts: this.nextTs(), edits: 0 };
    if (message.thread_ts === undefined) delete message.thread_ts;
    this.messages.push(message);
    const inChannel = this.byChannel.get(message.channel);
    if (inChannel) inChannel.push(message);
    else this.byChannel.set(message.channel, [message]);
    return message;
  }

  private response(id: string, raw: string, res: ServerResponse): void {
    const target = this.responseTargets.get(id);
    const failure = this.failures.get('response_url')?.shift();
    if (!target || failure) return void res.writeHead(target ? 500 : 404).end();
    const body = JSON.parse(raw) as Json;
    const call = { method: 'response_url', args: { ...body, user: target.user } };
    if (body.replace_original && target.message) {
      Object.assign(target.message, { text: body.text ?? '', blocks: body.blocks ?? [], edits: target.message.edits + 1 });
    } else {
      this.add({ channel: target.channel, thread_ts: target.thread, text: body.text ?? '', blocks: body.blocks ?? [], ephemeralFor: target.user });
    }
    this.calls.push(call);
    for (const w of this.waiters.filter((w) => w.test(call))) {
      this.waiters = this.waiters.filter((x) => x !== w);
      w.resolve(call);
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  }
}

/** A message as the Web API returns it in history and replies: every message in the fake is the bot's. */
function asApiMessage(m: Message): Json {
  return { type: 'message', user: BOT_USER, bot_id: BOT_ID, ts: m.ts, text: m.text, blocks: m.blocks, ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}) };
}

/** WebClient sends form fields with objects as JSON strings; response_url and events are JSON. */
function parseArgs(raw: string, contentType: string): Json {
  if (contentType.startsWith('application/json')) return raw ? (JSON.parse(raw) as Json) : {};
  const args: Json = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'view', 'attachments', 'metadata']) if (typeof args[key] === 'string') args[key] = JSON.parse(args[key] as string);
  return args;
}

// ---------------------------------------------------------------------------------------------------------------
// The other direction: Slack sending signed requests to the app, as a person in Slack causes them.

export interface AppUnderTest {
  /** Base URL of the app's HTTP receiver, e.g. http://127.0.0.1:1234 */
  url: string;
  signingSecret: string;
  /** Awaited after each request, e.g. the app's idle(): the turn has been delivered when it resolves. */
  settle?: () => Promise<void>;
}

export interface Sent {
  status: number;
  body: string;
  /** Milliseconds from sending to the response headers: the app's ack time. */
  ms: number;
}

export interface SendOptions {
  /** Seconds since the epoch to sign with (a stale one is refused). */
  timestamp?: number;
  /** A signature to send instead of the right one. */
  signature?: string;
  headers?: Record<string, string>;
  /** Do not wait for the app to settle (to measure the ack alone). */
  noSettle?: boolean;
}

export const EVENTS_PATH = '/slack/events';

/** Sends a raw body to the app, signed as Slack would (unless told otherwise). */
export async function sendToApp(app: AppUnderTest, body: string, contentType: string, o: SendOptions = {}): Promise<Sent> {
  const signed = sign(body, app.signingSecret, o.timestamp);
  const headers = { 'content-type': contentType, ...signed, ...(o.signature ? { 'x-slack-signature': o.signature } : {}), ...o.headers };
  const start = performance.now();
  const res = await fetch(`${app.url}${EVENTS_PATH}`, { method: 'POST', headers, body });
  const ms = performance.now() - start;
  const text = await res.text();
  if (!o.noSettle) await app.settle?.();
  return { status: res.status, body: text, ms };
}

let eventSeq = 0;

/** A person in the fake workspace: runs /linkhelp, mentions the bot, types, clicks buttons, answers modals. */
export class SlackUser {
  constructor(
    readonly slack: FakeSlack,
    readonly app: AppUnderTest,
    readonly id: string,
    readonly team = TEAM,
  ) {}

  command(text: string, channel: string, o: SendOptions = {}): Promise<Sent> {
    const form = new URLSearchParams({
      token: 'legacy',
      team_id: this.team,
      team_domain: 'fake',
      channel_id: channel,
      channel_name: channel,
      user_id: this.id,
      user_name: this.id.toLowerCase(),
      command: '/linkhelp',
      text,
      api_app_id: APP_ID,
      response_url: this.slack.responseUrl({ user: this.id, channel }),
      trigger_id: `trigger-${++eventSeq}`,
    });
    return sendToApp(this.app, form.toString(), 'application/x-www-form-urlencoded', o);
  }

  /** "@shoplink <text>" in a channel: Slack sends app_mention and the plain message event. */
  async mention(text: string, channel: string, thread?: string): Promise<{ ts: string; sent: Sent }> {
    const ts = this.slack.nextTs();
    const message = { user: this.id, text: `<@${BOT_USER}> ${text}`, ts, channel, event_ts: ts, ...(thread ? { thread_ts: thread } : {}) };
    const sent = await this.event({ type: 'app_mention', ...message });
    await this.event({ type: 'message', channel_type: 'channel', ...message });
    return { ts, sent };
  }

  /** A message typed in a channel thread, or in the bot's DM when the channel starts with D. */
  say(text: string, channel: string, thread?: string, extra: Json = {}): Promise<Sent> {
    const ts = this.slack.nextTs();
    const channel_type = channel.startsWith('D') ? 'im' : 'channel';
    return this.event({ type: 'message', channel_type, channel, user: this.id, text, ts, event_ts: ts, ...(thread ? { thread_ts: thread } : {}), ...extra });
  }

  openHome(dm: string): Promise<Sent> {
    const ts = this.slack.nextTs();
    return this.event({ type: 'app_home_opened', user: this.id, channel: dm, tab: 'home', event_ts: ts });
  }

  /** An Events API delivery; pass the same `id` and an x-slack-retry-num header to redeliver it. */
  event(event: Json, o: SendOptions & { id?: string } = {}): Promise<Sent> {
    const body = {
      token: 'legacy',
      team_id: this.team,
      api_app_id: APP_ID,
      type: 'event_callback',
      event_id: o.id ?? `Ev${++eventSeq}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: this.team, user_id: BOT_USER, is_bot: true, enterprise_id: null }],
      event,
    };
    return sendToApp(this.app, JSON.stringify(body), 'application/json', o);
  }

  /** The newest message this user sees in the channel with a button or select option labelled `label`. */
  find(label: string, channel: string): Message {
    const m = this.slack
      .visible(this.id, channel)
      .reverse()
      .find((x) => controls(x).some((c) => c.label === label));
    if (!m) throw new Error(`no "${label}" to click in ${channel}; last messages: ${this.slack.visible(this.id, channel).slice(-3).map(textOf).join(' | ')}`);
    return m;
  }

  /** Clicks a button (or picks a select option) by its label, on the newest message showing it. */
  click(label: string, channel: string, o: SendOptions = {}): Promise<Sent> {
    const message = this.find(label, channel);
    const control = controls(message).find((c) => c.label === label)!;
    return this.send(this.actionPayload(message, control), o);
  }

  /** The block_actions payload for clicking `label` on `message`, to send as is or to tamper with. */
  actionPayload(message: Message, control: Control): Json {
    const ephemeral = message.ephemeralFor !== undefined;
    const action =
      control.type === 'button'
        ? { type: 'button', action_id: control.actionId, block_id: control.blockId, value: control.value, text: { type: 'plain_text', text: control.label, emoji: true } }
        : {
            type: 'static_select',
            action_id: control.actionId,
            block_id: control.blockId,
            selected_option: { text: { type: 'plain_text', text: control.label, emoji: true }, value: control.value },
          };
    return {
      ...this.blockActions(),
      container: { type: 'message', message_ts: message.ts, channel_id: message.channel, is_ephemeral: ephemeral },
      channel: { id: message.channel, name: message.channel },
      ...(ephemeral
        ? {}
        : { message: { type: 'message', user: BOT_USER, bot_id: BOT_ID, ts: message.ts, text: message.text, blocks: message.blocks, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) } }),
      response_url: this.slack.responseUrl({ user: this.id, channel: message.channel, thread: message.thread_ts, message }),
      actions: [{ ...action, action_ts: this.slack.nextTs() }],
    };
  }

  /** What every block_actions payload from this user carries, whatever was clicked. */
  private blockActions(): Json {
    return {
      type: 'block_actions',
      team: { id: this.team, domain: 'fake' },
      user: { id: this.id, username: this.id.toLowerCase(), name: this.id.toLowerCase(), team_id: this.team },
      api_app_id: APP_ID,
      token: 'legacy',
      trigger_id: `trigger-${++eventSeq}`,
    };
  }

  /** Clicks a button by its label on the App Home view last published for this user. */
  clickHome(label: string, o: SendOptions = {}): Promise<Sent> {
    const published = this.slack.callsTo('views.publish').filter((c) => c.args.user_id === this.id).at(-1);
    if (!published) throw new Error(`no App Home published for ${this.id}`);
    const view = published.args.view as Json;
    const control = controls({ channel: '', ts: '', text: '', blocks: view.blocks as Json[], edits: 0 }).find((c) => c.label === label);
    if (!control) throw new Error(`no "${label}" on ${this.id}'s App Home`);
    return this.send(
      {
        ...this.blockActions(),
        container: { type: 'view', view_id: 'VHOME' },
        view: { id: 'VHOME', type: 'home', blocks: view.blocks, team_id: this.team, callback_id: '', private_metadata: '', state: { values: {} } },
        actions: [{ type: 'button', action_id: control.actionId, block_id: control.blockId, value: control.value, text: { type: 'plain_text', text: label }, action_ts: this.slack.nextTs() }],
      },
      o,
    );
  }

  /** Sends an interactivity payload the way Slack does (form field `payload`). */
  send(payload: Json, o: SendOptions = {}): Promise<Sent> {
    return sendToApp(this.app, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', o);
  }

  /** Clicks the Answer button of the newest ask in the channel, types `text` in the modal and submits it. */
  async answer(text: string, channel: string, answerLabel = 'Answer'): Promise<Sent> {
    const opened = this.slack.next((c) => c.method === 'views.open');
    await this.click(answerLabel, channel);
    const view = (await opened).args.view as Json;
    return this.submit(view, text);
  }

  /** Submits a modal the app opened with `text` in its (single) input. */
  submit(view: Json, text: string, o: SendOptions = {}): Promise<Sent> {
    const input = (view.blocks as Json[]).find((b) => b.type === 'input')!;
    const payload = {
      type: 'view_submission',
      team: { id: this.team, domain: 'fake' },
      user: { id: this.id, username: this.id.toLowerCase(), name: this.id.toLowerCase(), team_id: this.team },
      api_app_id: APP_ID,
      token: 'legacy',
      trigger_id: `trigger-${++eventSeq}`,
      view: {
        id: `V${++eventSeq}`,
        team_id: this.team,
        type: 'modal',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        blocks: view.blocks,
        title: view.title,
        submit: view.submit,
        close: view.close,
        state: { values: { [input.block_id]: { [input.element.action_id]: { type: 'plain_text_input', value: text } } } },
        hash: 'h',
        root_view_id: null,
        previous_view_id: null,
        clear_on_close: false,
        notify_on_close: false,
        app_id: APP_ID,
        bot_id: BOT_ID,
      },
      response_urls: [],
    };
    return this.send(payload, o);
  }
}

export interface Control {
  type: 'button' | 'static_select';
  label: string;
  actionId: string;
  blockId: string;
  value: string;
}

/** The buttons and select options of a message, as a user sees them. */
export function controls(m: Message): Control[] {
  return m.blocks
    .filter((b) => b.type === 'actions')
    .flatMap((b) =>
      (b.elements as Json[]).flatMap((e): Control[] =>
        e.type === 'button'
          ? [{ type: 'button', label: e.text.text, actionId: e.action_id, blockId: b.block_id, value: e.value }]
          : e.type === 'static_select'
            ? (e.options as Json[]).map((o) => ({ type: 'static_select' as const, label: o.text.text, actionId: e.action_id, blockId: b.block_id, value: o.value }))
            : [],
      ),
    );
}

/** The visible text of a message: its sections and context lines, or the fallback text without blocks. */
export function textOf(m: Message | Json): string {
  const blocks = (m.blocks ?? []) as Json[];
  if (blocks.length === 0) return String(m.text ?? '');
  return blocks
    .flatMap((b) => (b.type === 'section' ? [b.text.text] : b.type === 'context' ? (b.elements as Json[]).map((e) => e.text) : []))
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// shoplink's Slack app in HTTP mode on 127.0.0.1, its Web API pointed at a fake: what the tests and the bench run.

export const SIGNING_SECRET = 'fake-signing-secret';
/** Retries fast enough for tests: a 500 or 429 burst costs milliseconds, not WebClient's minutes. */
export const FAST_RETRY = { retries: 5, factor: 1, minTimeout: 5, maxTimeout: 10 };

export interface SlackUnderTest {
  slack: FakeSlack;
  conversations: Conversations;
  running: RunningSlack;
  app: AppUnderTest;
  user(id: string): SlackUser;
  close(): Promise<void>;
}

export async function startSlackUnderTest(store: Store = new MemoryStore(), slack?: FakeSlack): Promise<SlackUnderTest> {
  const fake = slack ?? (await FakeSlack.start());
  const conversations = engine(store);
  const config = readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-fake', SLACK_MODE: 'http', SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', SLACK_API_URL: fake.apiUrl })!;
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const running = await startSlack({ conversations, config, log, host: '127.0.0.1', retry: FAST_RETRY });
  const app: AppUnderTest = { url: `http://127.0.0.1:${running.port}`, signingSecret: SIGNING_SECRET, settle: () => running.idle() };
  return {
    slack: fake,
    conversations,
    running,
    app,
    user: (id) => new SlackUser(fake, app, id),
    async close() {
      await running.stop();
      if (!slack) await fake.close();
      await store.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The same app with the support desk in a Slack channel: cases, the outbox and a clock the test drives,
// put together the way startBot (src/bot.ts) does, with the outbox drained by hand instead of on a timer.

export interface DeskUnderTest extends SlackUnderTest {
  cases: Cases;
  outbox: Outbox;
  store: Store;
  deskChannel: string;
  /** Waits for the requests taken so far, then delivers whatever the outbox has due. */
  settle(): Promise<void>;
  /** Stops the app and the outbox and closes the store, leaving the fake Slack running (a restart). */
  stop(): Promise<void>;
}

export interface DeskOptions {
  store?: Store;
  slack?: FakeSlack;
  deskChannel?: string;
  /** The members of the desk channel: the support team. */
  staff?: string[];
  now?: () => number;
  reminderMs?: number;
}

export function slackTestConfig(fake: FakeSlack, port = 0): SlackConfig {
  return { ...readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-fake', SLACK_MODE: 'http', SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: String(port), SLACK_API_URL: fake.apiUrl })!, retry: FAST_RETRY };
}

export async function startDeskUnderTest(o: DeskOptions = {}): Promise<DeskUnderTest> {
  const fake = o.slack ?? (await FakeSlack.start());
  const store = o.store ?? new MemoryStore();
  const deskChannel = o.deskChannel ?? 'C_DESK';
  if (o.staff) fake.members.set(deskChannel, [BOT_USER, ...o.staff]);
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const conversations = new Conversations(shippedFlows(), store, { now: o.now, handoff: { reminderMs: o.reminderMs ?? 4 * 3_600_000 } });
  const cases = new Cases({ store, conversations, log, now: o.now });
  const outbox = new Outbox({ store, handlers: cases.handlers(), log, now: o.now });
  const running = await startSlack({ conversations, config: slackTestConfig(fake), log, host: '127.0.0.1', cases, deskChannel, now: o.now });
  cases.connect(running);
  const settle = async () => {
    await running.idle();
    await outbox.drain();
  };
  const app: AppUnderTest = { url: `http://127.0.0.1:${running.port}`, signingSecret: SIGNING_SECRET, settle };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await outbox.stop();
    await running.stop();
    await store.close();
  };
  return {
    slack: fake,
    conversations,
    cases,
    outbox,
    store,
    deskChannel,
    running,
    app,
    settle,
    stop,
    user: (id) => new SlackUser(fake, app, id),
    async close() {
      await stop();
      if (!o.slack) await fake.close();
    },
  };
}
