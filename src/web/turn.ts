// POST /api/turn for the web preview: a checked JSON request becomes one engine turn at the session's
// address, and the replies come back as JSON with their buttons (label and the token to send back).
import { createHash } from 'node:crypto';
import type { Address } from '../address.ts';
import type { Conversations, Refusal, TurnResult } from '../conversation/conversation.ts';
import type { Input } from '../conversation/input.ts';
import type { Reply } from '../conversation/reply.ts';
import type { ConversationStatus } from '../store/types.ts';
import { HttpError } from './http.ts';

/** A session names one browser's conversation. It is that browser's secret: it reads the support team's answers. */
export const SESSION = /^[A-Za-z0-9_-]{1,64}$/;

const FIELDS = ['session', 'text', 'press', 'flow'];

/**
 * Everyone in the preview talks in one place, each in a conversation of their own. The address holds a hash
 * of the session, never the session: addresses are shown to others (a refused button, the desk's posts).
 */
export function webAddress(session: string): Address {
  const visitor = visitorOf(session);
  return { platform: 'web', workspace: 'preview', channel: visitor, user: visitor };
}

/** How a session is named wherever it may be shown: "visitor-" and 8 characters of its hash. */
export function visitorOf(session: string): string {
  return `visitor-${createHash('sha256').update(session).digest('base64url').slice(0, 8)}`;
}

export interface WebReply {
  text: string;
  kind: Reply['kind'];
  buttons: { label: string; action: string }[];
  /** The step asks for free text: the page labels its text box with this. */
  ask?: { label: string; placeholder?: string };
}

export interface WebTurn {
  replies: WebReply[];
  flow: string | null;
  step: string | null;
  status: ConversationStatus | null;
  caseNumber?: number;
  /** Why the input changed nothing (a stale button, empty text…); the replies say it to the user. */
  refused?: Refusal;
  /** The language the conversation speaks (en, es, id, vi, th); null before there is one. */
  language: string | null;
}

export interface TurnRequest {
  session: string;
  input: Input;
}

const bad = (message: string) => new HttpError(400, message);

/** Checks the body field by field, so a script author learns exactly what to change. */
export function parseTurn(body: unknown, flowIds: ReadonlySet<string>): TurnRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw bad('the body must be a JSON object like {"session": "abc", "text": "hello"}');
  }
  const unknown = Object.keys(body).filter((k) => !FIELDS.includes(k));
  if (unknown.length > 0) {
    throw bad(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')}: send "session" and one of "text", "press" or "flow"`);
  }
  const { session, text, press, flow } = body as Record<string, unknown>;
  if (typeof session !== 'string' || !SESSION.test(session)) throw bad('"session" must be 1 to 64 letters, digits, "-" or "_"');
  if ([text, press, flow].filter((v) => v !== undefined).length > 1) throw bad('send only one of "text", "press" or "flow"');
  if (text !== undefined) {
    if (typeof text !== 'string') throw bad('"text" must be a string');
    return { session, input: { type: 'text', text } };
  }
  if (press !== undefined) {
    if (typeof press !== 'string' || press === '') throw bad('"press" must be the "action" of a button from an earlier reply');
    return { session, input: { type: 'press', action: press } };
  }
  if (flow !== undefined) {
    if (typeof flow !== 'string' || !flowIds.has(flow)) throw bad(`"flow" must be one of the flows: ${[...flowIds].join(', ')}`);
    return { session, input: { type: 'start', flow } };
  }
  // Neither: the page has just opened; show where the conversation is, or greet.
  return { session, input: { type: 'start' } };
}

/** The turn as JSON; a turn that left no conversation view (a refusal before any) reports where things stand. */
export async function turnJson(turn: TurnResult, conversations: Conversations, session: string): Promise<WebTurn> {
  // A failed turn means the store did not answer: nothing more to read there.
  const view = turn.conversation ?? (turn.refused === 'failed' ? undefined : (await conversations.peek(webAddress(session)))?.conversation);
  return {
    replies: turn.replies.map(webReply),
    flow: view?.flow ?? null,
    step: view?.step ?? null,
    status: view?.status ?? null,
    language: view?.language ?? null,
    ...(view?.caseNumber !== undefined ? { caseNumber: view.caseNumber } : {}),
    ...(turn.refused ? { refused: turn.refused } : {}),
  };
}

export function webReply(r: Reply): WebReply {
  return {
    text: r.text,
    kind: r.kind,
    buttons: (r.buttons ?? []).map((b) => ({ label: b.label, action: b.action })),
    ...(r.ask ? { ask: { label: r.ask.label, ...(r.ask.placeholder ? { placeholder: r.ask.placeholder } : {}) } } : {}),
  };
}
