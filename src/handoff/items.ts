// The deliveries a case causes, as outbox items: the kinds and their payloads in one place, so the engine
// can queue them in the same transaction as a turn and the worker knows what each one means.
import type { Address } from '../address.ts';
import type { Language } from '../i18n/languages.ts';
import type { Reply } from '../conversation/reply.ts';
import type { NewOutboxItem } from '../store/types.ts';

export const KIND = {
  /** Post a new case on the desk (once: a case with a desk ref is not posted again). */
  deskPost: 'desk-post',
  /** Redraw a case's desk post after a change. */
  deskUpdate: 'desk-update',
  /** A line in the case's desk thread. */
  toDesk: 'to-desk',
  /** Replies to a user outside a turn. */
  toUser: 'to-user',
  /** Nudge the desk (and reassure the user) when nobody has answered in time. */
  reminder: 'reminder',
  /** Come back to a user at a step of their flow, as a choice promised ("check back in 24 hours"). */
  followUp: 'follow-up',
} as const;

export interface FollowUp {
  conversation: string;
  /** `flow.step` to bring the user to. */
  to: string;
}

export function followUp(payload: FollowUp, dueAt: number): NewOutboxItem {
  return { kind: KIND.followUp, payload: { ...payload }, dueAt };
}

export interface ToDesk {
  case: number;
  from: 'user' | 'bot';
  text: string;
}

export interface ToUser {
  address: Address;
  /** The conversation the replies belong to (a platform may offer a Reply button for it). */
  conversation: string;
  replies: Reply[];
  /** The language they are in, for the platform's own words around them; absent in items queued before languages. */
  language?: Language;
}

/** What opening a case queues: its desk post, and the reminder should nobody answer. */
export function caseOpenedItems(at: number, reminderMs: number): NewOutboxItem[] {
  return [
    { kind: KIND.deskPost, payload: {}, forNewCase: true },
    { kind: KIND.reminder, payload: {}, forNewCase: true, dueAt: at + reminderMs },
  ];
}

export function toDesk(payload: ToDesk): NewOutboxItem {
  return { kind: KIND.toDesk, payload: { ...payload } };
}

export function toUser(payload: ToUser): NewOutboxItem {
  return { kind: KIND.toUser, payload: { ...payload } };
}
