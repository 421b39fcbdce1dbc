// While a case is open, what the user writes goes to the support team instead of the flow: it is kept in the
// transcript and queued for the case's thread in the same save, and a case waiting on the user is the team's again.
import { encodeAction } from '../conversation/action.ts';
import type { Messages } from '../conversation/messages.ts';
import type { ConversationRecord, Store } from '../store/types.ts';
import { KIND, toDesk } from './items.ts';

export interface RelayOptions {
  /** What the engine saves for this turn: the record with its next revision. */
  next: ConversationRecord;
  /** The user's words (a command, such as "help", is answered without reaching anyone). */
  text: string;
  command: boolean;
  /** A support desk runs: someone will answer where the user is. */
  desk: boolean;
  /** The engine's words in the user's language. */
  m: Messages;
  now: number;
}

/** The action of a reply form for a conversation: valid at any revision while its case is open (see action.ts). */
export function replyAction(conversation: string): string {
  return encodeAction({ conversation, rev: 0, choice: 'reply' });
}

/** A file someone attached, as a line the other side can open (from either side of a case). */
export function attachmentLine(url: string): string {
  return `📎 ${url}`;
}

/** What the user is told, and the record as saved; `conflict` when another process saved in between. */
export type Relayed = { said: string; record: ConversationRecord } | 'conflict';

/** Relays to the conversation's open case; undefined when it has none open (a case that is over is not relayed to). */
export async function relayToCase(store: Store, record: ConversationRecord, o: RelayOptions): Promise<Relayed | undefined> {
  if (record.status !== 'handoff' || record.caseNumber === undefined) return undefined;
  const open = await store.getCase(record.caseNumber);
  if (!open || open.status === 'resolved') return undefined;
  if (o.command) return { said: o.m.caseWaiting(open.number), record };
  const saved = await store.saveTurn({
    record: o.next,
    expectedRev: record.rev,
    transcript: [{ at: o.now, who: 'user', text: o.text }],
    outbox: [toDesk({ case: open.number, from: 'user', text: o.text })],
  });
  if (!saved.ok) return 'conflict';
  // The user answered: the case is the team's to move again.
  if (open.status === 'waiting') {
    await store.updateCase(open.number, { status: 'claimed', event: { at: o.now, status: 'claimed', by: record.address.user } }, [
      { kind: KIND.deskUpdate, payload: { case: open.number }, dueAt: o.now },
    ]);
  }
  return { said: o.desk ? o.m.relayed : o.m.relayedNoDesk, record: o.next };
}
