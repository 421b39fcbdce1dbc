// The storage contract every backend (memory, SQLite, later PostgreSQL) fulfils, and the records it keeps.
// A turn is saved with compare-and-set on the revision, together with its transcript and any case it opens.
import type { Address } from '../conversation/address.ts';
import type { PathEntry } from '../flow/compile.ts';

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
  /** The press that produced this revision, so a double press is recognised. */
  lastPress?: string;
  /** The case opened by this conversation, if any. */
  caseNumber?: number;
  updatedAt: number;
}

export interface TranscriptLine {
  at: number;
  who: 'user' | 'bot';
  text: string;
}

export type CaseStatus = 'open' | 'claimed' | 'resolved';

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
}

export type SaveResult = { ok: true; caseNumber?: number } | { ok: false; reason: 'conflict' };

export interface Store {
  loadConversation(id: string): Promise<ConversationRecord | undefined>;
  /** Saves a turn atomically, only if the stored revision is still `expectedRev`. */
  saveTurn(turn: SaveTurn): Promise<SaveResult>;
  transcript(conversationId: string, limit?: number): Promise<TranscriptLine[]>;
  getCase(number: number): Promise<Case | undefined>;
  listCases(status?: CaseStatus): Promise<Case[]>;
  close(): Promise<void>;
}
