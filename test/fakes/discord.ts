// A loopback fake of Discord for end-to-end tests: REST (/api/v10) and a gateway on 127.0.0.1, enough for a real
// discord.js Client to log in, receive interactions and answer them, with Discord's rules checked on the way.
// Sharded bots work too: each gateway session serves the guilds of the shard it identified as, as on Discord.
// People's messages (MESSAGE_CREATE) reach bots with the intents Discord asks for: DMs, channels and threads.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocketServer, type WebSocket } from 'ws';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** Discord's rules the fake enforces, so a test fails the way production would. */
export const LIMITS = {
  content: 2000,
  rows: 5,
  rowButtons: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  optionText: 100,
  modalTitle: 45,
  inputLabel: 45,
  placeholder: 100,
  inputValue: 4000,
  /** The first response to an interaction must arrive within 3 s. */
  firstResponseMs: 3000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  /** Every embed's text together. */
  embedTotal: 6000,
  threadName: 100,
  nonce: 25,
} as const;

/**
 * Gateway intents the fake knows about; a privileged one is a violation (the bot must not need them), except
 * Message Content when the application has it switched on (`messageContent`, the Developer Portal's toggle).
 */
export const INTENTS = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildPresences: 1 << 8,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;
const PRIVILEGED = INTENTS.GuildMembers | INTENTS.GuildPresences | INTENTS.MessageContent;

const EPHEMERAL = 1 << 6;
const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** Which shard of `count` serves a guild, by Discord's rule; DMs are shard 0's. */
export function shardOf(guildId: string | undefined, count: number): number {
  return guildId === undefined ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** A snowflake for a moment: discord.js reads creation times from ids. */
export function snowflake(at = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export interface FakeUserData {
  id: string;
  username: string;
  global_name: string;
  discriminator: '0';
  avatar: null;
  public_flags: 0;
  bot?: boolean;
}

/** A message as the fake keeps it; `ephemeralTo` is the only user who can see it. */
export interface FakeMessage {
  id: string;
  channelId: string;
  guildId?: string;
  content: string;
  components: Json[];
  embeds: Json[];
  /** A person's message (MESSAGE_CREATE); absent for the bot's own. */
  author?: FakeUserData;
  /** The `nonce` it was created with (with enforce_nonce, a second create returns this message). */
  nonce?: string;
  /** Emoji the bot reacted with. */
  reactions: string[];
  flags: number;
  allowedMentions?: Json;
  ephemeralTo?: string;
  /** The interaction the message came from (its `interaction_metadata`). */
  interactionId?: string;
  interactionType?: number;
  interactionUser?: FakeUserData;
  /** A deferred response still showing "thinking…". */
  thinking: boolean;
  deleted: boolean;
  /** Earlier versions, oldest first. */
  history: { content: string; components: Json[]; embeds: Json[] }[];
}

export interface FakeInteraction {
  id: string;
  token: string;
  type: number;
  user: FakeUserData;
  channelId: string;
  guildId?: string;
  /** The message a component or modal submit came from. */
  messageId?: string;
  dispatchedAt: number;
  /** The callback type that acknowledged it. */
  acked?: number;
  originalId?: string;
  /** Set by expire(): any use of this token is now refused, like Discord after 15 minutes. */
  expired: boolean;
  payload: Json;
  /** The gateway sessions it was dispatched to (the guild's shard; shard 0 for DMs). */
  deliveredTo: FakeSession[];
}

export type RouteKind =
  | 'gateway'
  | 'callback'
  | 'original-edit'
  | 'original-get'
  | 'original-delete'
  | 'followup'
  | 'followup-edit'
  | 'channel-message'
  | 'message-edit'
  | 'thread-create'
  | 'thread-from-message'
  | 'thread-member'
  | 'message-get'
  | 'reaction'
  | 'dm-open'
  | 'commands'
  | 'user'
  | 'unknown';

export interface Recorded {
  seq: number;
  /** performance.now() when the request arrived. */
  at: number;
  method: string;
  path: string;
  query: string;
  body: Json;
  status: number;
  kind: RouteKind;
  interaction?: FakeInteraction;
  token?: string;
  callbackType?: number;
}

export interface FailRule {
  times: number;
  status: 500 | 429 | 403 | 401;
  /** Seconds, as Discord sends them (429 only). */
  retryAfter?: number;
  match?: (r: { method: string; path: string; kind: RouteKind }) => boolean;
}

interface Session {
  id: string;
  token: string;
  seq: number;
  /** The intents it identified with. */
  intents: number;
  /** `[shard id, shard count]` from IDENTIFY; [0, 1] when it sent none. */
  shard: [number, number];
  ws?: WebSocket;
}

/** A gateway session as tests see it. */
export interface FakeSession {
  session: string;
  shard: [number, number];
}

/** A guild the bot is in, with its text channel where users run /linkhelp. */
export interface FakeGuild {
  id: string;
  name: string;
  channelId: string;
}

export interface FakeDiscordOptions {
  /** Gateway heartbeat interval sent in HELLO. */
  heartbeatMs?: number;
  /** The shard count GET /gateway/bot recommends (default 1). */
  shards?: number;
  /** The Message Content intent is switched on for the application (Developer Portal → Bot). */
  messageContent?: boolean;
}

export class FakeDiscord {
  readonly applicationId = snowflake();
  readonly guildId = snowflake();
  /** The guild's text channel where users run /linkhelp. */
  readonly channelId = snowflake();
  readonly commandId = snowflake();
  readonly bot: FakeUserData = { id: snowflake(), username: 'shoplink', global_name: 'shoplink', discriminator: '0', avatar: null, public_flags: 0, bot: true };
  /** The guild's support role (SUPPORT_ROLE_ID): members made with staff() hold it. */
  readonly supportRoleId = snowflake();
  /** Everyone the fake knows, by id (DMs are opened to them). */
  readonly users = new Map<string, FakeUserData>();

  readonly requests: Recorded[] = [];
  readonly messages = new Map<string, FakeMessage>();
  readonly interactions = new Map<string, FakeInteraction>();
  readonly channels = new Map<string, Json>();
  /** Rule breaks a real Discord would reject or that the product forbids (mentions allowed). */
  readonly violations: string[] = [];
  /** Commands as last registered: key `global` or the guild id. */
  readonly commands = new Map<string, Json[]>();
  /** Modals shown, newest last, per user id. */
  readonly modals = new Map<string, { interaction: FakeInteraction; data: Json }[]>();
  resumes = 0;
  identifies = 0;
  /** Every IDENTIFY, in order: the session it opened and the shard it asked for. */
  readonly identified: FakeSession[] = [];
  /** The shard count GET /gateway/bot recommends (DISCORD_SHARDS=auto). */
  shards: number;
  /** When set, interactions go only to the bot logged in with this token (two bots on one fake). */
  dispatchTo?: string;

  private server!: Server;
  private wss!: WebSocketServer;
  private port = 0;
  private seq = 0;
  private sessions = new Map<string, Session>();
  private tokens = new Map<string, FakeInteraction>();
  private failRules: FailRule[] = [];
  private waiters = new Set<{ pred: (r: Recorded) => boolean; resolve: (r: Recorded) => void }>();
  private heartbeatMs: number;
  private privileged: number;
  /** People's messages as dispatched, by id, to deliver one again (redeliver). */
  private dispatched = new Map<string, { payload: Json; guildId?: string; dm: boolean; text: string; attachments: Json[]; mentioned: boolean }>();
  /** Every guild the bot is in, by id (the first is `guildId`). */
  private guilds = new Map<string, FakeGuild>();

  private constructor(o: FakeDiscordOptions) {
    this.heartbeatMs = o.heartbeatMs ?? 41250;
    this.shards = o.shards ?? 1;
    this.privileged = o.messageContent ? PRIVILEGED & ~INTENTS.MessageContent : PRIVILEGED;
    this.guilds.set(this.guildId, { id: this.guildId, name: 'TikTok Shop creators', channelId: this.channelId });
    this.channels.set(this.channelId, {
      id: this.channelId,
      type: 0,
      guild_id: this.guildId,
      name: 'linking-help',
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
    });
  }

  static async start(o: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(o);
    fake.server = createServer((req, res) => void fake.onRequest(req, res));
    fake.wss = new WebSocketServer({ server: fake.server, path: '/gateway' });
    fake.wss.on('connection', (ws) => fake.onConnection(ws));
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** The REST base without version, for discord.js `rest.api` (DISCORD_API_URL). */
  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---------- test controls ----------

  /** The next `times` matching requests fail with `status` (429 carries Retry-After). */
  fail(rule: FailRule): void {
    this.failRules.push({ ...rule });
  }

  /** Makes a message's original interaction 20 minutes old and its token unusable, as after 15 minutes. */
  expire(messageId: string): void {
    const m = this.messages.get(messageId);
    if (!m?.interactionId) throw new Error(`message ${messageId} did not come from an interaction`);
    const original = this.interactions.get(m.interactionId);
    if (original) original.expired = true;
    const old = snowflake(Date.now() - 20 * 60_000);
    for (const other of this.messages.values()) if (other.interactionId === m.interactionId) other.interactionId = old;
  }

  /** Forgets recorded traffic, messages and interactions (benchmarks run thousands of them). */
  reset(): void {
    this.requests.length = 0;
    this.violations.length = 0;
    this.messages.clear();
    this.interactions.clear();
    this.tokens.clear();
    this.modals.clear();
    this.dispatched.clear();
  }

  /** Closes every gateway connection with a resumable code; discord.js should reconnect and RESUME. */
  dropGateway(code = 4000): void {
    for (const s of this.sessions.values()) s.ws?.close(code, 'test drop');
  }

  /** Resolves with the first recorded request (past or future) matching `pred`. */
  waitFor(pred: (r: Recorded) => boolean, timeoutMs = 5000, what = 'request'): Promise<Recorded> {
    const found = this.requests.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = {
        pred,
        resolve: (r: Recorded) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`fake discord: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  async waitForSessions(n = 1, timeoutMs = 5000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while ([...this.sessions.values()].filter((s) => s.ws).length < n) {
      if (Date.now() > end) throw new Error('fake discord: no gateway session');
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Requests made with this interaction's token (callback and webhooks). */
  responsesTo(i: FakeInteraction): Recorded[] {
    return this.requests.filter((r) => r.token === i.token);
  }

  /** The first response that shows something: a message or modal callback, or the edit/follow-up after a deferral. */
  shownFor(i: FakeInteraction, timeoutMs?: number): Promise<Recorded> {
    return this.waitFor((r) => r.token === i.token && r.status < 300 && isShowing(r), timeoutMs, 'visible response');
  }

  firstFor(i: FakeInteraction, timeoutMs?: number): Promise<Recorded> {
    return this.waitFor((r) => r.token === i.token && r.kind === 'callback' && r.status < 300, timeoutMs, 'interaction callback');
  }

  /** Messages in a channel that `userId` can see, oldest first. */
  visible(channelId: string, userId: string): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.channelId === channelId && !m.deleted && (!m.ephemeralTo || m.ephemeralTo === userId));
  }

  /** A member of a guild (the first one unless `guild` is given), acting in the guild's text channel. */
  user(username: string, roles: string[] = [], guild: FakeGuild = this.guilds.get(this.guildId)!): FakeUser {
    const user = userData(username);
    this.users.set(user.id, user);
    return new FakeUser(this, user, guild.channelId, guild.id, roles);
  }

  /**
   * Another guild the bot is in, with a text channel. `shard: [id, count]` picks an id that shard serves.
   * Sessions serving it hear GUILD_CREATE at once, as when a bot is added to a server.
   */
  addGuild(name: string, o: { shard?: [number, number] } = {}): FakeGuild {
    let id = snowflake();
    if (o.shard) {
      const [want, count] = o.shard;
      let at = Date.now();
      while (shardOf(snowflake(at), count) !== want) at--;
      id = snowflake(at);
    }
    const channelId = snowflake();
    this.channels.set(channelId, { ...this.channels.get(this.channelId), id: channelId, guild_id: id, position: 0, last_message_id: null });
    const guild: FakeGuild = { id, name, channelId };
    this.guilds.set(id, guild);
    for (const s of this.sessions.values()) if (this.serves(s, id)) this.sendTo(s, 'GUILD_CREATE', this.guildJson(id));
    return guild;
  }

  /** The gateway sessions connected now, with their shards. */
  connected(): FakeSession[] {
    return [...this.sessions.values()].filter((s) => s.ws).map((s) => ({ session: s.id, shard: s.shard }));
  }

  /** A member of the support team (holds the support role), in the guild's text channel. */
  staff(username: string): FakeUser {
    return this.user(username, [this.supportRoleId]);
  }

  /** Someone talking to the bot in a DM. */
  dmUser(username: string): FakeUser {
    const user = userData(username);
    this.users.set(user.id, user);
    const dm = snowflake();
    this.channels.set(dm, { id: dm, type: 1, recipients: [user], last_message_id: null, flags: 0 });
    return new FakeUser(this, user, dm, undefined);
  }

  /** Another text channel in the guild (e.g. the support desk); connected bots hear of it. */
  addChannel(name: string): string {
    const id = snowflake();
    const channel = { ...this.channels.get(this.channelId), id, name, position: this.channels.size, last_message_id: null };
    this.channels.set(id, channel);
    this.sendDispatch('CHANNEL_CREATE', channel, channel.guild_id);
    return id;
  }

  /** The DM channel between the bot and a user, if one is open. */
  dmChannelOf(userId: string): string | undefined {
    return [...this.channels.values()].find((c) => c.type === 1 && c.recipients?.[0]?.id === userId)?.id;
  }

  /**
   * A person's message in a channel (MESSAGE_CREATE), sent to bots that asked for GuildMessages, or in a DM, to
   * bots that asked for DirectMessages. As on Discord, a bot without the MessageContent intent sees a guild
   * message's content and attachments only when the message mentions it; a DM's always.
   */
  postMessage(author: FakeUserData, channelId: string, text: string, o: { roles?: string[]; attachments?: string[] } = {}): FakeMessage {
    const channel = this.channels.get(channelId);
    if (!channel) throw new Error(`no channel ${channelId}`);
    const id = snowflake();
    const attachments = (o.attachments ?? []).map((url, i) => ({
      id: snowflake(),
      filename: url.split('/').pop() ?? `file${i}`,
      size: 1024,
      url,
      proxy_url: url,
      content_type: 'image/png',
    }));
    const mentioned = [...text.matchAll(/<@!?(\d+)>/g)].map((m) => m[1]!);
    const mentions = [...new Set(mentioned)].map((uid) => (uid === this.bot.id ? this.bot : this.users.get(uid))).filter(Boolean);
    const msg: FakeMessage = {
      id,
      channelId,
      guildId: channel.guild_id,
      content: text,
      components: [],
      embeds: [],
      author,
      reactions: [],
      flags: 0,
      thinking: false,
      deleted: false,
      history: [{ content: text, components: [], embeds: [] }],
    };
    this.messages.set(id, msg);
    const member = { roles: o.roles ?? [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, pending: false, nick: null, avatar: null, premium_since: null };
    const payload = {
      id,
      channel_id: channelId,
      // Discord names the channel's type, so a bot that never saw a DM channel can still tell it is one.
      channel_type: channel.type,
      ...(channel.guild_id ? { guild_id: channel.guild_id, member } : {}),
      author,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions,
      mention_roles: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
    const sent = { payload, guildId: channel.guild_id, dm: channel.type === 1, text, attachments, mentioned: mentioned.includes(this.bot.id) };
    this.dispatched.set(id, sent);
    this.sendMessage(sent);
    return msg;
  }

  /** Delivers a person's message again, same id and all, as a gateway replay or a second process would see it. */
  redeliver(message: FakeMessage): void {
    const sent = this.dispatched.get(message.id);
    if (!sent) throw new Error(`message ${message.id} was not written by a person`);
    this.sendMessage(sent);
  }

  /** What the bot posted in a channel (not interaction responses' ephemerals to others), oldest first. */
  posted(channelId: string): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.channelId === channelId && !m.author && !m.deleted && !m.ephemeralTo);
  }

  private sendMessage(m: { payload: Json; guildId?: string; dm: boolean; text: string; attachments: Json[]; mentioned: boolean }): void {
    const wanted = m.dm ? INTENTS.DirectMessages : INTENTS.GuildMessages;
    for (const s of this.sessions.values()) {
      if (!(s.intents & wanted) || (this.dispatchTo && s.token !== this.dispatchTo) || !this.serves(s, m.guildId)) continue;
      const readable = m.dm || Boolean(s.intents & INTENTS.MessageContent) || m.mentioned;
      this.sendTo(s, 'MESSAGE_CREATE', { ...m.payload, content: readable ? m.text : '', attachments: readable ? m.attachments : [] });
    }
  }

  /**
   * Sends INTERACTION_CREATE to every connected bot serving the guild (its shard; shard 0 for a DM); `payload`
   * is completed with id, token and the rest.
   */
  dispatch(payload: Json, user: FakeUserData, channelId: string, guildId: string | undefined, messageId?: string, roles: string[] = []): FakeInteraction {
    const id = snowflake();
    const token = `aW50ZXJhY3Rpb246${randomBytes(24).toString('base64url')}`;
    const channel = this.channels.get(channelId);
    const full = {
      id,
      application_id: this.applicationId,
      token,
      version: 1,
      app_permissions: '2248473465835073',
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: guildId ? { '0': guildId } : {},
      context: guildId ? 0 : 1,
      attachment_size_limit: 10485760,
      channel_id: channelId,
      channel: channel ? { ...channel, ...(guildId ? { permissions: '2248473465835073' } : {}) } : undefined,
      ...(guildId
        ? {
            guild_id: guildId,
            guild_locale: 'en-US',
            guild: { id: guildId, locale: 'en-US', features: [] },
            member: {
              user,
              roles,
              joined_at: new Date(0).toISOString(),
              deaf: false,
              mute: false,
              flags: 0,
              pending: false,
              nick: null,
              avatar: null,
              premium_since: null,
              permissions: '2248473465835073',
            },
          }
        : { user }),
      ...payload,
    };
    const interaction: FakeInteraction = {
      id,
      token,
      type: payload.type,
      user,
      channelId,
      guildId,
      messageId,
      dispatchedAt: performance.now(),
      expired: false,
      payload: full,
      deliveredTo: [],
    };
    this.interactions.set(id, interaction);
    this.tokens.set(token, interaction);
    interaction.deliveredTo = this.sendDispatch('INTERACTION_CREATE', full, guildId);
    return interaction;
  }

  /** The message as Discord's API shows it (in interactions and REST answers). */
  messageJson(m: FakeMessage): Json {
    return {
      id: m.id,
      channel_id: m.channelId,
      ...(m.guildId ? { guild_id: m.guildId } : {}),
      author: m.author ?? this.bot,
      content: m.content,
      timestamp: new Date(Number((BigInt(m.id) >> 22n) + DISCORD_EPOCH)).toISOString(),
      edited_timestamp: m.history.length > 1 ? new Date().toISOString() : null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: m.embeds,
      pinned: false,
      type: m.interactionType === 2 ? 20 : 0,
      flags: m.flags,
      components: m.components,
      application_id: m.interactionId ? this.applicationId : undefined,
      webhook_id: m.interactionId ? this.applicationId : undefined,
      ...(m.interactionId
        ? { interaction_metadata: { id: m.interactionId, type: m.interactionType, user: m.interactionUser, authorizing_integration_owners: {} } }
        : {}),
    };
  }

  // ---------- gateway ----------

  private onConnection(ws: WebSocket): void {
    let session: Session | undefined;
    const send = (p: Json) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(p));
    send({ op: 10, d: { heartbeat_interval: this.heartbeatMs }, s: null, t: null });
    ws.on('message', (raw) => {
      const p = JSON.parse(String(raw)) as Json;
      if (p.op === 1) send({ op: 11, d: null, s: null, t: null });
      else if (p.op === 2) {
        this.identifies++;
        const intents = Number(p.d.intents ?? 0);
        if (intents & this.privileged) this.violations.push(`identified with privileged intents (${intents & this.privileged})`);
        const shard: [number, number] = Array.isArray(p.d.shard) ? [Number(p.d.shard[0]), Number(p.d.shard[1])] : [0, 1];
        if (!(Number.isInteger(shard[0]) && Number.isInteger(shard[1]) && shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
          this.violations.push(`identified with an invalid shard ${JSON.stringify(p.d.shard)}`);
          return ws.close(4010, 'Invalid shard');
        }
        session = { id: randomBytes(16).toString('hex'), token: String(p.d.token), seq: 0, intents, shard, ws };
        this.sessions.set(session.id, session);
        this.identified.push({ session: session.id, shard });
        const served = [...this.guilds.keys()].filter((g) => this.serves(session!, g));
        this.sendTo(session, 'READY', {
          v: 10,
          user: this.bot,
          guilds: served.map((id) => ({ id, unavailable: true })),
          session_id: session.id,
          resume_gateway_url: this.gatewayUrl,
          shard,
          application: { id: this.applicationId, flags: 0 },
          private_channels: [],
          presences: [],
          relationships: [],
          user_settings: {},
          guild_join_requests: [],
          geo_ordered_rtc_regions: [],
        });
        for (const g of served) this.sendTo(session, 'GUILD_CREATE', this.guildJson(g));
      } else if (p.op === 6) {
        const found = this.sessions.get(String(p.d.session_id));
        if (!found) return send({ op: 9, d: false, s: null, t: null });
        session = found;
        session.ws = ws;
        this.resumes++;
        this.sendTo(session, 'RESUMED', {});
      }
    });
    ws.on('close', () => {
      if (session?.ws === ws) session.ws = undefined;
    });
  }

  private sendTo(s: Session, t: string, d: Json): void {
    if (!s.ws || s.ws.readyState !== s.ws.OPEN) return;
    s.seq++;
    s.ws.send(JSON.stringify({ op: 0, t, s: s.seq, d }));
  }

  /** Whether a session's shard serves this guild (or, without one, DMs). */
  private serves(s: Session, guildId: string | undefined): boolean {
    return shardOf(guildId, s.shard[1]) === s.shard[0];
  }

  /** Sends an event to the bots serving `guildId` (shard 0 for DMs); returns who got it. */
  private sendDispatch(t: string, d: Json, guildId: string | undefined): FakeSession[] {
    const to: FakeSession[] = [];
    for (const s of this.sessions.values()) {
      if ((this.dispatchTo && s.token !== this.dispatchTo) || !this.serves(s, guildId) || !s.ws) continue;
      this.sendTo(s, t, d);
      to.push({ session: s.id, shard: s.shard });
    }
    return to;
  }

  private guildJson(guildId: string): Json {
    const main = guildId === this.guildId;
    return {
      id: guildId,
      name: this.guilds.get(guildId)!.name,
      icon: null,
      owner_id: snowflake(),
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        { id: guildId, name: '@everyone', permissions: '2248473465835073', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
        ...(main
          ? [{ id: this.supportRoleId, name: 'Support', permissions: '0', position: 1, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }]
          : []),
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_flags: 0,
      premium_tier: 0,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: new Date(0).toISOString(),
      large: false,
      unavailable: false,
      member_count: 3,
      voice_states: [],
      members: [],
      channels: [...this.channels.values()].filter((c) => c.guild_id === guildId && c.type === 0),
      threads: [...this.channels.values()].filter((c) => c.guild_id === guildId && (c.type === 11 || c.type === 12) && !c.thread_metadata?.archived),
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---------- REST ----------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    let body: Json;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const rec: Recorded = { seq: ++this.seq, at, method, path, query: url.search, body, status: 0, kind: kindOf(method, path) };
    const m = /^\/(?:interactions\/(\d+)|webhooks\/\d+)\/([^/]+)/.exec(path);
    if (m) {
      rec.token = m[2];
      rec.interaction = this.tokens.get(m[2]!);
    }
    if (rec.kind === 'callback') rec.callbackType = body?.type;

    const reply = (status: number, json?: Json, headers: Record<string, string> = {}) => {
      rec.status = status;
      this.requests.push(rec);
      for (const w of this.waiters) {
        if (w.pred(rec)) {
          this.waiters.delete(w);
          w.resolve(rec);
        }
      }
      if (json === undefined) {
        res.writeHead(status, headers).end();
      } else {
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(json));
      }
    };

    const rule = this.failRules.find((r) => r.times > 0 && (!r.match || r.match({ method, path, kind: rec.kind })));
    if (rule) {
      rule.times--;
      if (rule.status === 429) {
        const after = rule.retryAfter ?? 0.05;
        return reply(429, { message: 'You are being rate limited.', retry_after: after, global: false }, { 'retry-after': String(after), 'x-ratelimit-scope': 'user' });
      }
      if (rule.status === 403) return reply(403, { message: 'Missing Permissions', code: 50013 });
      if (rule.status === 401) return reply(401, { message: '401: Unauthorized', code: 0 });
      return reply(500, { message: 'Internal Server Error', code: 0 });
    }

    try {
      const [status, json] = this.route(rec, url);
      reply(status, json);
    } catch (err) {
      this.violations.push(`fake crashed on ${method} ${path}: ${(err as Error).message}`);
      reply(500, { message: (err as Error).message, code: 0 });
    }
  }

  private route(r: Recorded, url: URL): [number, Json?] {
    const { method, path, body } = r;
    switch (r.kind) {
      case 'gateway':
        return [200, { url: this.gatewayUrl, shards: this.shards, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } }];
      case 'user':
        return [200, this.bot];
      case 'callback':
        return this.callback(r, url);
      case 'original-edit':
      case 'original-get':
      case 'original-delete':
      case 'followup':
      case 'followup-edit':
        return this.webhook(r);
      case 'channel-message': {
        const channelId = path.split('/')[2]!;
        if (!this.channels.has(channelId)) return [404, { message: 'Unknown Channel', code: 10003 }];
        const invalid = this.checkMessage(body, 'new', `${method} ${path}`);
        if (invalid) return invalid;
        if (body?.enforce_nonce && body.nonce !== undefined) {
          const same = [...this.messages.values()].find((m) => m.channelId === channelId && !m.author && m.nonce === String(body.nonce));
          if (same) return [200, this.messageJson(same)];
        }
        const msg = this.newMessage(channelId, body, {});
        return [200, this.messageJson(msg)];
      }
      case 'message-get': {
        const msg = this.messages.get(path.split('/')[4]!);
        if (!msg || msg.deleted || msg.channelId !== path.split('/')[2]) return [404, { message: 'Unknown Message', code: 10008 }];
        return [200, this.messageJson(msg)];
      }
      case 'reaction': {
        const parts = path.split('/');
        const msg = this.messages.get(parts[4]!);
        if (!msg || msg.channelId !== parts[2]) return [404, { message: 'Unknown Message', code: 10008 }];
        msg.reactions.push(parts[6]!);
        return [204];
      }
      case 'dm-open': {
        const recipient = this.users.get(String(body?.recipient_id));
        if (!recipient) return [400, { message: 'Invalid Recipient(s)', code: 50033 }];
        let id = this.dmChannelOf(recipient.id);
        if (!id) {
          id = snowflake();
          this.channels.set(id, { id, type: 1, recipients: [recipient], last_message_id: null, flags: 0 });
        }
        return [200, this.channels.get(id)];
      }
      case 'thread-from-message': {
        const [, , parentId, , messageId] = path.split('/');
        const parent = this.channels.get(parentId!);
        if (!parent) return [404, { message: 'Unknown Channel', code: 10003 }];
        const msg = this.messages.get(messageId!);
        if (!msg || msg.deleted || msg.channelId !== parentId) return [404, { message: 'Unknown Message', code: 10008 }];
        if (parent.type !== 0) return [400, { message: 'Cannot execute action on this channel type', code: 50024 }];
        // Discord: a thread started from a message has the message's id, and a message starts one thread.
        if (this.channels.has(msg.id)) return [400, { message: 'A thread has already been created for this message', code: 160004 }];
        const name = String(body?.name ?? '');
        if (name.length < 1 || name.length > LIMITS.threadName) {
          this.violations.push(`thread name of ${name.length} characters`);
          return [400, { message: 'Invalid Form Body', code: 50035 }];
        }
        const thread = {
          id: msg.id,
          type: 11,
          guild_id: parent.guild_id,
          parent_id: parent.id,
          name,
          owner_id: this.bot.id,
          last_message_id: null,
          rate_limit_per_user: 0,
          flags: 0,
          member_count: 1,
          message_count: 0,
          total_message_sent: 0,
          thread_metadata: { archived: false, locked: false, auto_archive_duration: body?.auto_archive_duration ?? 4320, archive_timestamp: new Date().toISOString(), create_timestamp: new Date().toISOString() },
        };
        this.channels.set(thread.id, thread);
        this.sendDispatch('THREAD_CREATE', { ...thread, newly_created: true }, thread.guild_id);
        return [201, thread];
      }
      case 'message-edit': {
        const msg = this.messages.get(path.split('/')[4]!);
        if (!msg) return [404, { message: 'Unknown Message', code: 10008 }];
        const invalid = this.checkMessage(body, 'edit', `${method} ${path}`);
        if (invalid) return invalid;
        this.edit(msg, body);
        return [200, this.messageJson(msg)];
      }
      case 'thread-create': {
        const parent = this.channels.get(path.split('/')[2]!);
        if (!parent) return [404, { message: 'Unknown Channel', code: 10003 }];
        if (parent.type !== 0) return [400, { message: 'Cannot execute action on this channel type', code: 50024 }];
        const id = snowflake();
        const thread = {
          id,
          type: body?.type ?? 12,
          guild_id: parent.guild_id,
          parent_id: parent.id,
          name: String(body?.name ?? ''),
          owner_id: this.bot.id,
          last_message_id: null,
          rate_limit_per_user: 0,
          flags: 0,
          member_count: 1,
          message_count: 0,
          total_message_sent: 0,
          thread_metadata: { archived: false, locked: false, invitable: body?.invitable ?? true, auto_archive_duration: body?.auto_archive_duration ?? 1440, archive_timestamp: new Date().toISOString(), create_timestamp: new Date().toISOString() },
        };
        if (thread.name.length < 1 || thread.name.length > 100) return [400, { message: 'Invalid Form Body', code: 50035 }];
        this.channels.set(id, thread);
        this.sendDispatch('THREAD_CREATE', { ...thread, newly_created: true }, thread.guild_id);
        return [201, thread];
      }
      case 'thread-member':
        return this.channels.has(path.split('/')[2]!) ? [204] : [404, { message: 'Unknown Channel', code: 10003 }];
      case 'commands': {
        const parts = path.split('/');
        const key = parts[4] === 'guilds' ? parts[5]! : 'global';
        const list = (Array.isArray(body) ? body : []).map((c: Json) => ({ id: snowflake(), application_id: this.applicationId, version: snowflake(), ...c }));
        if (method === 'PUT') this.commands.set(key, list);
        return [200, method === 'PUT' ? list : (this.commands.get(key) ?? [])];
      }
      default:
        return [404, { message: '404: Not Found', code: 0 }];
    }
  }

  private callback(r: Recorded, url: URL): [number, Json?] {
    const i = r.interaction;
    const id = r.path.split('/')[2]!;
    if (!i || i.id !== id) return [404, { message: 'Unknown interaction', code: 10062 }];
    if (i.expired) {
      this.violations.push(`callback with an expired token (interaction ${i.id})`);
      return [404, { message: 'Unknown interaction', code: 10062 }];
    }
    if (i.acked !== undefined) return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
    const elapsed = r.at - i.dispatchedAt;
    if (elapsed > LIMITS.firstResponseMs) {
      this.violations.push(`first response after ${Math.round(elapsed)} ms (interaction ${i.id})`);
      return [404, { message: 'Unknown interaction', code: 10062 }];
    }
    const type = r.body?.type;
    const data = r.body?.data ?? {};
    const where = `callback type ${type}`;
    const fromMessage = i.messageId !== undefined;
    const isModalSubmit = i.type === 5;
    switch (type) {
      case 4: {
        const invalid = this.checkMessage(data, 'new', where);
        if (invalid) return invalid;
        const msg = this.newMessage(i.channelId, data, { interaction: i });
        i.originalId = msg.id;
        break;
      }
      case 5: {
        const msg = this.newMessage(i.channelId, { content: '', flags: data.flags ?? 0 }, { interaction: i, thinking: true });
        i.originalId = msg.id;
        break;
      }
      case 6:
      case 7: {
        if (!fromMessage) {
          this.violations.push(`${where} on an interaction without a message`);
          return [400, { message: 'Interaction response type not allowed here', code: 50035 }];
        }
        if (type === 7) {
          const invalid = this.checkMessage(data, 'edit', where);
          if (invalid) return invalid;
          this.edit(this.messages.get(i.messageId!)!, data);
        }
        i.originalId = i.messageId;
        break;
      }
      case 9: {
        if (isModalSubmit) {
          this.violations.push('a modal in answer to a modal submit');
          return [400, { message: 'Interaction response type not allowed here', code: 50035 }];
        }
        const problem = checkModal(data);
        if (problem) {
          this.violations.push(`modal: ${problem}`);
          return [400, { message: `Invalid Form Body: ${problem}`, code: 50035 }];
        }
        const list = this.modals.get(i.user.id) ?? [];
        list.push({ interaction: i, data });
        this.modals.set(i.user.id, list);
        break;
      }
      default:
        this.violations.push(`unsupported callback type ${type}`);
        return [400, { message: 'Invalid interaction response type', code: 50035 }];
    }
    i.acked = type;
    if (url.searchParams.get('with_response') === 'true') {
      return [200, { interaction: { id: i.id, type: i.type }, resource: { type, message: i.originalId ? this.messageJson(this.messages.get(i.originalId)!) : undefined } }];
    }
    return [204];
  }

  private webhook(r: Recorded): [number, Json?] {
    const i = r.interaction;
    if (!i) return [404, { message: 'Unknown Webhook', code: 10015 }];
    if (i.expired) {
      this.violations.push(`webhook call with an expired token (interaction ${i.id})`);
      return [401, { message: 'Invalid Webhook Token', code: 50027 }];
    }
    if (i.acked === undefined) {
      this.violations.push(`webhook call before the interaction was acknowledged (interaction ${i.id})`);
      return [404, { message: 'Unknown Webhook', code: 10015 }];
    }
    const where = `${r.method} ${r.kind}`;
    if (r.kind === 'followup') {
      const invalid = this.checkMessage(r.body, 'new', where);
      if (invalid) return invalid;
      const msg = this.newMessage(i.channelId, r.body, { interaction: i });
      return [200, this.messageJson(msg)];
    }
    const target = r.kind === 'followup-edit' ? this.messages.get(r.path.split('/').pop()!) : i.originalId ? this.messages.get(i.originalId) : undefined;
    if (!target || target.deleted) return [404, { message: 'Unknown Message', code: 10008 }];
    if (r.kind === 'original-get') return [200, this.messageJson(target)];
    if (r.kind === 'original-delete') {
      target.deleted = true;
      return [204];
    }
    const invalid = this.checkMessage(r.body, 'edit', where);
    if (invalid) return invalid;
    this.edit(target, r.body);
    return [200, this.messageJson(target)];
  }

  private newMessage(channelId: string, body: Json, o: { interaction?: FakeInteraction; thinking?: boolean }): FakeMessage {
    const channel = this.channels.get(channelId);
    const i = o.interaction;
    const flags = Number(body?.flags ?? 0);
    const msg: FakeMessage = {
      id: snowflake(),
      channelId,
      guildId: channel?.guild_id,
      content: String(body?.content ?? ''),
      components: body?.components ?? [],
      embeds: body?.embeds ?? [],
      ...(body?.nonce !== undefined ? { nonce: String(body.nonce) } : {}),
      reactions: [],
      flags,
      allowedMentions: body?.allowed_mentions,
      ephemeralTo: flags & EPHEMERAL && i ? i.user.id : undefined,
      interactionId: i?.id,
      interactionType: i?.type,
      interactionUser: i?.user,
      thinking: o.thinking ?? false,
      deleted: false,
      history: [],
    };
    msg.history.push({ content: msg.content, components: msg.components, embeds: msg.embeds });
    this.messages.set(msg.id, msg);
    return msg;
  }

  private edit(msg: FakeMessage, body: Json): void {
    if (body && 'content' in body) msg.content = String(body.content ?? '');
    if (body && 'components' in body) msg.components = body.components ?? [];
    if (body && 'embeds' in body) msg.embeds = body.embeds ?? [];
    if (body && 'allowed_mentions' in body) msg.allowedMentions = body.allowed_mentions;
    msg.thinking = false;
    msg.history.push({ content: msg.content, components: msg.components, embeds: msg.embeds });
  }

  /** Discord's message rules; a break is answered 400 and noted as a violation. */
  private checkMessage(body: Json, mode: 'new' | 'edit', where: string): [number, Json] | undefined {
    const problems: string[] = [];
    const content = body?.content;
    if (typeof content === 'string' && content.length > LIMITS.content) problems.push(`content is ${content.length} characters`);
    const components: Json[] = body?.components ?? [];
    const embeds: Json[] = body?.embeds ?? [];
    if (mode === 'new' && !content && components.length === 0 && embeds.length === 0) problems.push('empty message');
    if (embeds.length > LIMITS.embeds) problems.push(`${embeds.length} embeds`);
    let embedText = 0;
    for (const e of embeds) {
      if ((e.title ?? '').length > LIMITS.embedTitle) problems.push(`embed title of ${e.title.length} characters`);
      if ((e.description ?? '').length > LIMITS.embedDescription) problems.push(`embed description of ${e.description.length} characters`);
      embedText += (e.title ?? '').length + (e.description ?? '').length + (e.footer?.text ?? '').length + (e.author?.name ?? '').length;
      for (const f of e.fields ?? []) embedText += f.name.length + f.value.length;
    }
    if (embedText > LIMITS.embedTotal) problems.push(`embeds of ${embedText} characters`);
    if (body?.nonce !== undefined && String(body.nonce).length > LIMITS.nonce) problems.push(`nonce of ${String(body.nonce).length} characters`);
    if (components.length > LIMITS.rows) problems.push(`${components.length} rows`);
    const ids = new Set<string>();
    for (const row of components) {
      if (row.type !== 1) problems.push(`top-level component type ${row.type}`);
      const inner: Json[] = row.components ?? [];
      const selects = inner.filter((c) => c.type === 3);
      if (selects.length > 0 && inner.length > 1) problems.push('a select shares its row');
      if (inner.length > LIMITS.rowButtons) problems.push(`${inner.length} buttons in a row`);
      for (const c of inner) {
        if (c.custom_id !== undefined) {
          if (typeof c.custom_id !== 'string' || c.custom_id.length < 1 || c.custom_id.length > LIMITS.customId) problems.push(`custom_id of ${c.custom_id?.length} characters`);
          if (ids.has(c.custom_id)) problems.push(`duplicate custom_id ${c.custom_id}`);
          ids.add(c.custom_id);
        }
        if (c.type === 2 && (c.label ?? '').length > LIMITS.buttonLabel) problems.push(`button label of ${c.label.length} characters`);
        if (c.type === 3) {
          const options: Json[] = c.options ?? [];
          if (options.length < 1 || options.length > LIMITS.selectOptions) problems.push(`${options.length} select options`);
          for (const o of options) {
            if (o.label.length > LIMITS.optionText || String(o.value).length > LIMITS.optionText) problems.push('select option over 100 characters');
          }
        }
      }
    }
    if (!(Array.isArray(body?.allowed_mentions?.parse) && body.allowed_mentions.parse.length === 0)) {
      this.violations.push(`${where}: allowed_mentions is not { parse: [] } (${JSON.stringify(body?.allowed_mentions)})`);
    }
    if (problems.length === 0) return undefined;
    this.violations.push(`${where}: ${problems.join('; ')}`);
    return [400, { message: `Invalid Form Body: ${problems.join('; ')}`, code: 50035 }];
  }
}

function checkModal(d: Json): string | undefined {
  if (!d.custom_id || d.custom_id.length > LIMITS.customId) return 'custom_id';
  if (!d.title || d.title.length > LIMITS.modalTitle) return `title of ${d.title?.length} characters`;
  const inputs: Json[] = (d.components ?? []).flatMap((row: Json) => row.components ?? (row.component ? [row.component] : []));
  if (inputs.length < 1 || inputs.length > 5) return `${inputs.length} inputs`;
  for (const c of inputs) {
    if (c.type !== 4) return `component type ${c.type}`;
    if ((c.label ?? '').length > LIMITS.inputLabel) return `input label of ${c.label.length} characters`;
    if ((c.placeholder ?? '').length > LIMITS.placeholder) return 'placeholder too long';
    if ((c.max_length ?? 0) > LIMITS.inputValue) return `max_length ${c.max_length}`;
  }
  return undefined;
}

function kindOf(method: string, path: string): RouteKind {
  if (/^\/gateway(\/bot)?$/.test(path)) return 'gateway';
  if (path === '/users/@me') return 'user';
  if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return 'callback';
  if (/^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) {
    return method === 'PATCH' ? 'original-edit' : method === 'DELETE' ? 'original-delete' : 'original-get';
  }
  if (/^\/webhooks\/\d+\/[^/]+\/messages\/\d+$/.test(path)) return 'followup-edit';
  if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return 'followup';
  if (method === 'POST' && /^\/channels\/\d+\/messages$/.test(path)) return 'channel-message';
  if (method === 'PATCH' && /^\/channels\/\d+\/messages\/\d+$/.test(path)) return 'message-edit';
  if (method === 'POST' && /^\/channels\/\d+\/threads$/.test(path)) return 'thread-create';
  if (method === 'POST' && /^\/channels\/\d+\/messages\/\d+\/threads$/.test(path)) return 'thread-from-message';
  if (method === 'GET' && /^\/channels\/\d+\/messages\/\d+$/.test(path)) return 'message-get';
  if (method === 'PUT' && /^\/channels\/\d+\/messages\/\d+\/reactions\/[^/]+\/@me$/.test(path)) return 'reaction';
  if (method === 'POST' && path === '/users/@me/channels') return 'dm-open';
  if (method === 'PUT' && /^\/channels\/\d+\/thread-members\/\d+$/.test(path)) return 'thread-member';
  if (/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) return 'commands';
  return 'unknown';
}

function isShowing(r: Recorded): boolean {
  if (r.kind === 'callback') return r.callbackType === 4 || r.callbackType === 7 || r.callbackType === 9;
  return r.kind === 'original-edit' || r.kind === 'followup';
}

function userData(username: string): FakeUserData {
  return { id: snowflake(), username, global_name: username[0]!.toUpperCase() + username.slice(1), discriminator: '0', avatar: null, public_flags: 0 };
}

export interface Exchange {
  interaction: FakeInteraction;
  /** The first callback. */
  first: Recorded;
  /** The first response that shows something (absent when waiting only for the first). */
  shown?: Recorded;
}

/** A person using Discord: runs commands, clicks what they can see by its label, fills in modals. */
export class FakeUser {
  constructor(
    readonly fake: FakeDiscord,
    readonly data: FakeUserData,
    readonly channelId: string,
    readonly guildId: string | undefined,
    /** Their roles in the guild (sent with each interaction as member.roles). */
    readonly roles: string[] = [],
    /** Their Discord client's language, sent with each interaction (Discord's default: en-US). */
    readonly locale?: string,
  ) {}

  /** The same person with their Discord client set to another language ("es-ES"). */
  speaking(locale: string): FakeUser {
    return new FakeUser(this.fake, this.data, this.channelId, this.guildId, this.roles, locale);
  }

  /** What every interaction of theirs carries besides its own data. */
  private get own() {
    return this.locale ? { locale: this.locale } : {};
  }

  get id(): string {
    return this.data.id;
  }

  /** The same person in another channel of the guild (a thread). */
  in(channelId: string): FakeUser {
    return new FakeUser(this.fake, this.data, channelId, this.guildId, this.roles, this.locale);
  }

  /** The same person in their DM with the bot (which the bot opened). */
  dm(): FakeUser {
    const dm = this.fake.dmChannelOf(this.id);
    if (!dm) throw new Error(`the bot never opened a DM with ${this.data.username}`);
    return new FakeUser(this.fake, this.data, dm, undefined, [], this.locale);
  }

  /** Writes a message here (a desk thread): `<@bot>` in the text mentions the bot. */
  write(text: string, o: { attachments?: string[] } = {}): FakeMessage {
    return this.fake.postMessage(this.data, this.channelId, text, { roles: this.roles, attachments: o.attachments });
  }

  command(o: { topic?: string; question?: string; name?: string; wait?: 'first' | 'shown' } = {}): Promise<Exchange> {
    const name = o.name ?? 'linkhelp';
    const options = [
      ...(o.topic ? [{ name: 'topic', type: 3, value: o.topic }] : []),
      ...(o.question ? [{ name: 'question', type: 3, value: o.question }] : []),
    ];
    const payload = {
      ...this.own,
      type: 2,
      data: {
        id: this.fake.commandId,
        name,
        type: 1,
        ...(options.length ? { options } : {}),
        ...(this.guildId ? { guild_id: this.guildId } : {}),
      },
    };
    return this.exchange(this.fake.dispatch(payload, this.data, this.channelId, this.guildId, undefined, this.roles), o.wait);
  }

  /** The newest message here that this user sees and that has components. */
  latest(): FakeMessage | undefined {
    return this.fake.visible(this.channelId, this.id).findLast((m) => m.components.length > 0);
  }

  /** Clicks the button, or picks the select option, with this label on `message` (default: the latest). */
  click(label: string, o: { message?: FakeMessage; wait?: 'first' | 'shown' } = {}): Promise<Exchange> {
    const message = o.message ?? this.latest();
    if (!message) throw new Error(`${this.data.username} sees no message with components`);
    const found = findComponent(message, label);
    if (!found) throw new Error(`no "${label}" on the message; there are: ${labelsOf(message).join(' | ')}`);
    return this.press(found.customId, { message, values: found.value === undefined ? undefined : [found.value], wait: o.wait });
  }

  /** Sends a component interaction with any custom_id (forgeries). */
  press(customId: string, o: { message?: FakeMessage; values?: string[]; wait?: 'first' | 'shown' } = {}): Promise<Exchange> {
    const message = o.message ?? this.latest();
    if (!message) throw new Error(`${this.data.username} sees no message with components`);
    const data = o.values ? { custom_id: customId, component_type: 3, values: o.values } : { custom_id: customId, component_type: 2 };
    const payload = { ...this.own, type: 3, data, message: this.fake.messageJson(message) };
    return this.exchange(this.fake.dispatch(payload, this.data, this.channelId, this.guildId, message.id, this.roles), o.wait);
  }

  /** Fills in and submits the newest modal this user was shown. */
  submit(text: string, o: { wait?: 'first' | 'shown' } = {}): Promise<Exchange> {
    const modal = this.fake.modals.get(this.id)?.at(-1);
    if (!modal) throw new Error(`${this.data.username} has no modal open`);
    const input = modal.data.components[0].components[0];
    const messageId = modal.interaction.messageId;
    const message = messageId ? this.fake.messages.get(messageId) : undefined;
    const payload = {
      ...this.own,
      type: 5,
      data: { custom_id: modal.data.custom_id, components: [{ type: 1, components: [{ type: 4, id: 1, custom_id: input.custom_id, value: text }] }] },
      ...(message ? { message: this.fake.messageJson(message) } : {}),
    };
    return this.exchange(this.fake.dispatch(payload, this.data, this.channelId, this.guildId, messageId, this.roles), o.wait);
  }

  private async exchange(interaction: FakeInteraction, wait: 'first' | 'shown' = 'shown'): Promise<Exchange> {
    const first = await this.fake.firstFor(interaction);
    if (wait === 'first') return { interaction, first };
    return { interaction, first, shown: await this.fake.shownFor(interaction) };
  }
}

function findComponent(m: FakeMessage, label: string): { customId: string; value?: string } | undefined {
  for (const row of m.components) {
    for (const c of row.components ?? []) {
      if (c.type === 2 && c.label === label && !c.disabled) return { customId: c.custom_id };
      if (c.type === 3) {
        const o = (c.options ?? []).find((x: Json) => x.label === label);
        if (o) return { customId: c.custom_id, value: o.value };
      }
    }
  }
  return undefined;
}

export function labelsOf(m: FakeMessage | undefined): string[] {
  return (m?.components ?? []).flatMap((row: Json) =>
    (row.components ?? []).flatMap((c: Json) => (c.type === 3 ? (c.options ?? []).map((o: Json) => o.label) : [c.label])),
  );
}
