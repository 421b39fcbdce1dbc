// The storage contract every backend (memory, SQLite, later PostgreSQL) fulfils, and the records it keeps.
// A turn is saved with compare-and-set on the revision, together with its transcript and any case it opens.
import type { Address, PlatformId } from '../address.ts';
import type { PathEntry } from '../flow/compile.ts';
import type { LanguageSource } from '../i18n/choose.ts';
import type { Language } from '../i18n/languages.ts';

export type ConversationStatus = 'active' | 'resolved' | 'handoff';

/** What a conversation needs to continue after a restart. */
export interface ConversationRecord {
  id: string;
  address: Address;
  /** Bumped by every turn that changes the conversation; buttons carry it. */
  rev: number;
  status: ConversationStatus;
  /** `flow.step` the user is on. */
  step: string;
  /** Version of the flow the step belongs to, when it was saved. */
  flowVersion: string;
  facts: Record<string, string>;
  path: PathEntry[];
  seq: number;
  /**
   * The latest presses and deliveries applied (newest last, a few): a click or message delivered again,
   * even late, after later turns, is recognised and applied once.
   */
  applied?: string[];
  /** The case opened by this conversation, if any. */
  caseNumber?: number;
  /** The language the conversation speaks; absent in conversations from before languages (English). */
  language?: Language;
  /** What chose it: the user by name, the platform's locale, or what the user typed. */
  languageBy?: LanguageSource;
  updatedAt: number;
}

export interface TranscriptLine {
  at: number;
  who: 'user' | 'bot' | 'agent';
  text: string;
}

/**
 * A case's life: open → claimed → waiting (on the user, after an agent's answer or Back to bot) → claimed
 * again when the user replies … → resolved; an agent's answer reopens a resolved case.
 */
export type CaseStatus = 'open' | 'claimed' | 'waiting' | 'resolved';

/** One line of a case's append-only status log. */
export interface CaseEvent {
  at: number;
  status: CaseStatus;
  /** Who changed it: an agent's platform id, or "bot". */
  by: string;
}

/** Where a case is posted on the support desk: the post is also the thread agents reply in. */
export interface DeskRef {
  platform: PlatformId;
  channel: string;
  /** Slack message ts; Discord message id. */
  message: string;
  /** Discord: the thread started from the post (Slack threads hang off the message itself). */
  thread?: string;
}

export interface NewCase {
  conversationId: string;
  requester: Address;
  reason: string;
  flow: string;
  step: string;
  flowVersion: string;
  path: PathEntry[];
  facts: Record<string, string>;
  openedAt: number;
}

export interface Case extends NewCase {
  number: number;
  status: CaseStatus;
  transcript: TranscriptLine[];
  log: CaseEvent[];
  assignee?: string;
  desk?: DeskRef;
  firstResponseAt?: number;
  resolvedAt?: number;
  rating?: number;
  comment?: string;
}

/** A change to a case; `event` is appended to its log. */
export interface CaseUpdate {
  status?: CaseStatus;
  assignee?: string;
  desk?: DeskRef;
  firstResponseAt?: number;
  resolvedAt?: number;
  rating?: number;
  comment?: string;
  event?: CaseEvent;
}

/**
 * Work that must reach a platform even if it is down for a while: posted by the outbox worker,
 * retried with backoff, across restarts. Written in the same transaction as what caused it.
 */
export interface NewOutboxItem {
  kind: string;
  payload: Record<string, unknown>;
  /** Not before this time (ms since epoch); default now. */
  dueAt?: number;
  /** Set `payload.case` to the number of the case this turn opens. */
  forNewCase?: boolean;
}

export interface OutboxItem {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  dueAt: number;
  lastError?: string;
}

/** Lines of transcript a case carries: enough context for an agent, bounded for the desk post. */
export const CASE_TRANSCRIPT_LINES = 50;

export interface SaveTurn {
  record: ConversationRecord;
  /** The revision the turn started from; 0 for a new conversation. */
  expectedRev: number;
  transcript: TranscriptLine[];
  /** A case to open in the same transaction; its number is written to record.caseNumber. */
  openCase?: NewCase;
  /** Deliveries this turn causes (desk post, a relayed message), queued atomically with it. */
  outbox?: NewOutboxItem[];
  /** Where the turn left the user, for the funnel report. */
  mark?: TurnMark;
}

export interface TurnMark {
  at: number;
  /** `flow.step` after the turn. */
  step: string;
  /** The router did not understand the user's text and showed the menu. */
  unsure?: boolean;
}

/** One turn as the funnel report reads it. */
export interface TurnRow extends TurnMark {
  conversation: string;
  /** What the user typed, kept only for turns the router did not understand (to improve `match`). */
  text?: string;
}

export type SaveResult = { ok: true; caseNumber?: number } | { ok: false; reason: 'conflict' };

export interface Store {
  loadConversation(id: string): Promise<ConversationRecord | undefined>;
  /** Writes a probe row; rejects when the store cannot take writes (disk full), for /healthz. */
  checkWrite?(): Promise<void>;
  /** Saves a turn atomically, only if the stored revision is still `expectedRev`. */
  saveTurn(turn: SaveTurn): Promise<SaveResult>;
  transcript(conversationId: string, limit?: number): Promise<TranscriptLine[]>;
  /** Every marked turn since `since`, in the order they happened. */
  turnsSince(since: number): Promise<TurnRow[]>;
  /** Appends lines to a conversation's transcript outside a turn (an agent's reply). */
  appendTranscript(conversationId: string, lines: TranscriptLine[]): Promise<void>;
  getCase(number: number): Promise<Case | undefined>;
  listCases(status?: CaseStatus): Promise<Case[]>;
  /** The case posted at this desk message (or in its thread). */
  caseAtDesk(platform: PlatformId, channelOrThread: string, message?: string): Promise<Case | undefined>;
  /** Applies a change and appends its event; queues `outbox` in the same transaction. */
  updateCase(number: number, update: CaseUpdate, outbox?: NewOutboxItem[]): Promise<Case | undefined>;
  enqueue(items: NewOutboxItem[]): Promise<void>;
  /** Takes up to `limit` items due at `now`, hiding them for `leaseMs` so no other worker takes them meanwhile. */
  takeDue(now: number, limit: number, leaseMs: number): Promise<OutboxItem[]>;
  /** Marks an item delivered: it is never taken again. */
  finish(id: number): Promise<void>;
  /** Puts an item back for a later try. */
  retry(id: number, dueAt: number, error: string): Promise<void>;
  /** Marks pending items of a kind for a conversation done without delivering them (a cancelled follow-up). */
  cancelPending(kind: string, conversationId: string): Promise<number>;
  /**
   * Erases a person: their conversations and transcripts go, their cases keep number, times and status
   * but lose what was said, and nothing queued for them is sent.
   */
  forgetUser(platform: PlatformId, user: string): Promise<Erased>;
  /** Deletes what people said before `before`: idle conversations with their transcripts, resolved cases' words. */
  purge(before: number): Promise<Erased>;
  close(): Promise<void>;
}

export interface Erased {
  conversations: number;
  cases: number;
}

/** What a case keeps of a person who asked to be forgotten. */
export const FORGOTTEN = 'forgotten';
