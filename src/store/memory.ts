// In-memory Store for tests and throwaway runs: the same contract as SQLite, nothing kept on exit.
// Records are copied in and out so callers cannot change stored state by accident.
import type { PlatformId } from '../address.ts';
import {
  CASE_TRANSCRIPT_LINES,
  type Case,
  type CaseStatus,
  type CaseUpdate,
  type ConversationRecord,
  type Erased,
  FORGOTTEN,
  type NewOutboxItem,
  type OutboxItem,
  type SaveResult,
  type SaveTurn,
  type Store,
  type TranscriptLine,
  type TurnRow,
} from './types.ts';

const copy = <T>(v: T): T => structuredClone(v);

export class MemoryStore implements Store {
  private conversations = new Map<string, ConversationRecord>();
  private transcripts = new Map<string, TranscriptLine[]>();
  private cases: Case[] = [];
  private outbox = new Map<number, OutboxItem & { done: boolean }>();
  private outboxSeq = 0;
  private turns: TurnRow[] = [];

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
      const opened = copy(turn.openCase);
      this.cases.push({ ...opened, number: caseNumber, status: 'open', transcript: lines.slice(-CASE_TRANSCRIPT_LINES), log: [{ at: opened.openedAt, status: 'open', by: 'bot' }] });
      record.caseNumber = caseNumber;
    }
    this.conversations.set(record.id, record);
    this.push(turn.outbox ?? [], turn.record.updatedAt, caseNumber);
    if (turn.mark) this.turns.push({ ...turn.mark, conversation: record.id, ...(turn.mark.unsure ? { text: turn.transcript.find((l) => l.who === 'user')?.text } : {}) });
    return { ok: true, caseNumber };
  }

  private push(items: NewOutboxItem[], now: number, caseNumber?: number): void {
    for (const item of items) {
      const id = ++this.outboxSeq;
      const payload = item.forNewCase ? { ...copy(item.payload), case: caseNumber } : copy(item.payload);
      this.outbox.set(id, { id, kind: item.kind, payload, attempts: 0, dueAt: item.dueAt ?? now, done: false });
    }
  }

  async turnsSince(since: number): Promise<TurnRow[]> {
    return copy(this.turns.filter((t) => t.at >= since && this.conversations.has(t.conversation)));
  }

  async appendTranscript(conversationId: string, lines: TranscriptLine[]): Promise<void> {
    this.transcripts.set(conversationId, [...(this.transcripts.get(conversationId) ?? []), ...copy(lines)]);
  }

  async caseAtDesk(platform: PlatformId, channelOrThread: string, message?: string): Promise<Case | undefined> {
    const c = this.cases.find(
      (c) => c.desk?.platform === platform && (c.desk.thread === channelOrThread || (c.desk.channel === channelOrThread && (message === undefined || c.desk.message === message))),
    );
    return c && copy(c);
  }

  async updateCase(number: number, update: CaseUpdate, outbox: NewOutboxItem[] = []): Promise<Case | undefined> {
    const c = this.cases[number - 1];
    if (!c) return undefined;
    const { event, ...fields } = copy(update);
    Object.assign(c, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
    if (event) c.log.push(event);
    this.push(outbox, event?.at ?? Date.now());
    return copy(c);
  }

  async enqueue(items: NewOutboxItem[]): Promise<void> {
    this.push(items, Date.now());
  }

  async takeDue(now: number, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    const due = [...this.outbox.values()].filter((i) => !i.done && i.dueAt <= now).sort((a, b) => a.dueAt - b.dueAt || a.id - b.id).slice(0, limit);
    for (const i of due) {
      i.attempts++;
      i.dueAt = now + leaseMs;
    }
    return due.map(({ done: _done, ...item }) => copy(item));
  }

  async finish(id: number): Promise<void> {
    const i = this.outbox.get(id);
    if (i) i.done = true;
  }

  async retry(id: number, dueAt: number, error: string): Promise<void> {
    const i = this.outbox.get(id);
    if (i && !i.done) Object.assign(i, { dueAt, lastError: error });
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

  async cancelPending(kind: string, conversationId: string): Promise<number> {
    let n = 0;
    for (const i of this.outbox.values()) {
      if (!i.done && i.kind === kind && i.payload.conversation === conversationId) (i.done = true), n++;
    }
    return n;
  }

  async forgetUser(platform: PlatformId, user: string): Promise<Erased> {
    const ids = [...this.conversations.values()].filter((r) => r.address.platform === platform && r.address.user === user).map((r) => r.id);
    for (const id of ids) this.conversations.delete(id), this.transcripts.delete(id);
    const cases = this.cases.filter((c) => c.requester.platform === platform && c.requester.user === user);
    for (const c of cases) Object.assign(c, { transcript: [], facts: {}, path: [], comment: undefined, requester: { ...c.requester, user: FORGOTTEN } });
    for (const i of this.outbox.values()) {
      const to = i.payload.address as { platform?: string; user?: string } | undefined;
      if (!i.done && to?.platform === platform && to.user === user) i.done = true;
    }
    return { conversations: ids.length, cases: cases.length };
  }

  async purge(before: number): Promise<Erased> {
    const ids = [...this.conversations.values()].filter((r) => r.updatedAt < before).map((r) => r.id);
    for (const id of ids) this.conversations.delete(id), this.transcripts.delete(id);
    const cases = this.cases.filter((c) => c.resolvedAt !== undefined && c.resolvedAt < before && c.transcript.length + Object.keys(c.facts).length > 0);
    for (const c of cases) Object.assign(c, { transcript: [], facts: {}, path: [], comment: undefined });
    return { conversations: ids.length, cases: cases.length };
  }

  async close(): Promise<void> {}
}
