// How conversations, cases and outbox items are laid out in SQL rows, shared by the SQLite and PostgreSQL
// stores so both read and write the same shape: JSON text for nested data, snake_case columns.
import type { PlatformId } from '../address.ts';
import type { Case, CaseEvent, CaseStatus, ConversationRecord, DeskRef, OutboxItem, TranscriptLine, TurnRow } from './types.ts';

export interface ConversationRow {
  id: string;
  address: string;
  rev: number;
  status: ConversationRecord['status'];
  step: string;
  flow_version: string;
  state: string;
  updated_at: number;
}

export interface CaseRow {
  number: number;
  assignee: string | null;
  desk: string | null;
  first_response_at: number | null;
  resolved_at: number | null;
  rating: number | null;
  comment: string | null;
  conversation_id: string;
  requester: string;
  reason: string;
  flow: string;
  step: string;
  flow_version: string;
  path: string;
  facts: string;
  transcript: string;
  status: CaseStatus;
  opened_at: number;
}

export interface OutboxRow {
  id: number;
  kind: string;
  payload: string;
  attempts: number;
  due_at: number;
  last_error: string | null;
}

export function toRow(r: ConversationRecord): ConversationRow {
  return {
    id: r.id,
    address: JSON.stringify(r.address),
    rev: r.rev,
    status: r.status,
    step: r.step,
    flow_version: r.flowVersion,
    state: stateJson(r),
    updated_at: r.updatedAt,
  };
}

/** The `state` column: what the flow machine needs to resume, the presses already applied, and the language spoken. */
export function stateJson(r: ConversationRecord): string {
  return JSON.stringify({ facts: r.facts, path: r.path, seq: r.seq, applied: r.applied, caseNumber: r.caseNumber, language: r.language, languageBy: r.languageBy });
}

export function fromRow(row: ConversationRow): ConversationRecord {
  const state = JSON.parse(row.state) as Pick<ConversationRecord, 'facts' | 'path' | 'seq' | 'applied' | 'caseNumber' | 'language' | 'languageBy'>;
  return {
    id: row.id,
    address: JSON.parse(row.address),
    rev: row.rev,
    status: row.status,
    step: row.step,
    flowVersion: row.flow_version,
    ...state,
    updatedAt: row.updated_at,
  };
}

/** The lookup key of a desk post or thread. */
export function deskKey(platform: PlatformId, channel: string, message?: string): string {
  return message === undefined ? `${platform}:${channel}` : `${platform}:${channel}:${message}`;
}

export function caseFromRow(row: CaseRow, log: CaseEvent[]): Case {
  return {
    number: row.number,
    conversationId: row.conversation_id,
    requester: JSON.parse(row.requester),
    reason: row.reason,
    flow: row.flow,
    step: row.step,
    flowVersion: row.flow_version,
    path: JSON.parse(row.path),
    facts: JSON.parse(row.facts),
    transcript: JSON.parse(row.transcript),
    status: row.status,
    openedAt: row.opened_at,
    log,
    ...(row.assignee !== null ? { assignee: row.assignee } : {}),
    ...(row.desk !== null ? { desk: JSON.parse(row.desk) as DeskRef } : {}),
    ...(row.first_response_at !== null ? { firstResponseAt: row.first_response_at } : {}),
    ...(row.resolved_at !== null ? { resolvedAt: row.resolved_at } : {}),
    ...(row.rating !== null ? { rating: row.rating } : {}),
    ...(row.comment !== null ? { comment: row.comment } : {}),
  };
}

export function outboxFromRow(r: OutboxRow, leasedUntil: number): OutboxItem {
  return {
    id: Number(r.id),
    kind: r.kind,
    payload: JSON.parse(r.payload) as Record<string, unknown>,
    attempts: Number(r.attempts),
    dueAt: leasedUntil,
    ...(r.last_error ? { lastError: r.last_error } : {}),
  };
}

/** A transcript row read as a turn of the funnel; the user's words only when the router was unsure. */
export function turnFromRow(r: { conversation_id: string; at: number | string; step: string; unsure: number | boolean; lines: string }): TurnRow {
  const unsure = Boolean(r.unsure);
  const text = unsure ? (JSON.parse(r.lines) as TranscriptLine[]).find((l) => l.who === 'user')?.text : undefined;
  return { conversation: r.conversation_id, at: Number(r.at), step: r.step, ...(unsure ? { unsure, ...(text ? { text } : {}) } : {}) };
}

/**
 * The outbox columns erasure and cancelling look up, taken from the payload as it is queued: queries then
 * never parse JSON, so one row holding text the database's JSON cannot read never fails them for everyone.
 */
export function outboxKeys(payload: Record<string, unknown>): { conversation: string | null; person: string | null } {
  const address = payload.address as { platform?: unknown; user?: unknown } | undefined;
  return {
    conversation: typeof payload.conversation === 'string' ? payload.conversation : null,
    person: address && typeof address.platform === 'string' && typeof address.user === 'string' ? personKey(address.platform, address.user) : null,
  };
}

export function personKey(platform: string, user: string): string {
  return `${platform}:${user}`;
}
