// In-memory Store for tests and throwaway runs: the same contract as SQLite, nothing kept on exit.
// Records are copied in and out so callers cannot change stored state by accident.
import {
  CASE_TRANSCRIPT_LINES,
  type Case,
  type CaseStatus,
  type ConversationRecord,
  type SaveResult,
  type SaveTurn,
  type Store,
  type TranscriptLine,
} from './types.ts';

const copy = <T>(v: T): T => structuredClone(v);

export class MemoryStore implements Store {
  private conversations = new Map<string, ConversationRecord>();
  private transcripts = new Map<string, TranscriptLine[]>();
  private cases: Case[] = [];

  async loadConversation(id: string): Promise<ConversationRecord | undefined> {
    const r = this.conversations.get(id);
    return r && copy(r);
  }

  async saveTurn(turn: SaveTurn): Promise<SaveResult> {
    const current = this.conversations.get(turn.record.id);
    if ((current?.rev ?? 0) !== turn.expectedRev) return { ok: false, reason: 'conflict' };
    const lines = [...(this.transcripts.get(turn.record.id) ?? []), ...copy(turn.transcript)];
    this.transcripts.set(turn.record.id, lines);
    const record = copy(turn.record);
    let caseNumber: number | undefined;
    if (turn.openCase) {
      caseNumber = this.cases.length + 1;
      this.cases.push({ ...copy(turn.openCase), number: caseNumber, status: 'open', transcript: lines.slice(-CASE_TRANSCRIPT_LINES) });
      record.caseNumber = caseNumber;
    }
    this.conversations.set(record.id, record);
    return { ok: true, caseNumber };
  }

  async transcript(conversationId: string, limit = CASE_TRANSCRIPT_LINES): Promise<TranscriptLine[]> {
    return copy((this.transcripts.get(conversationId) ?? []).slice(-limit));
  }

  async getCase(number: number): Promise<Case | undefined> {
    const c = this.cases[number - 1];
    return c && copy(c);
  }

  async listCases(status?: CaseStatus): Promise<Case[]> {
    return copy(this.cases.filter((c) => !status || c.status === status));
  }

  async close(): Promise<void> {}
}
