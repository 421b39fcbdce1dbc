// The two things a platform does for the support team: a Desk shows cases to agents, a Reach delivers
// messages to a user where they are. Slack and Discord implement both; the handoff code uses only these.
import type { Address, PlatformId } from '../address.ts';
import type { Reply } from '../conversation/reply.ts';
import type { Language } from '../i18n/languages.ts';
import type { Case, DeskRef } from '../store/types.ts';

/**
 * A case as a desk shows it: with the language its user speaks with the bot, read when the post is drawn (a user
 * may switch while the case is open); absent when nobody can say (the person asked to be forgotten).
 */
export type DeskCase = Case & { language?: Language };

/** A support channel that shows cases: one post per case, whose thread carries the conversation. */
export interface Desk {
  readonly platform: PlatformId;
  readonly channel: string;
  /** Posts the case with Claim, Resolve and Back to bot; returns where the post is. */
  post(c: DeskCase): Promise<DeskRef>;
  /** Redraws the case's post after a change (status, assignee). */
  update(c: DeskCase): Promise<void>;
  /**
   * Writes a line in the case's thread: the user's replies, reminders. With `delivery`, the line is written
   * once however often it is retried (a retry after a crash or a lost answer finds the line already there).
   */
  say(ref: DeskRef, line: DeskLine, delivery?: LineDelivery): Promise<void>;
}

/** Which outbox delivery a line is, and whether an earlier attempt may have written it already. */
export interface LineDelivery {
  /** Unique per delivery, at most 20 characters. */
  key: string;
  again: boolean;
}

export interface DeskLine {
  /** Who speaks, in the desk's words, e.g. "requester" or "shoplink". */
  from: string;
  /** Their words, verbatim: the desk must escape them so they never ping or format. */
  text: string;
}

/** Which conversation replies sent outside a turn belong to, and the action of a control that answers the support team. */
export interface ReachContext {
  conversation: string;
  /** The language the conversation speaks, for the platform's own words around the replies (a Reply button). */
  language?: Language;
  /** A reply form's action (see Form in src/conversation/showing.ts), for a platform where the user may have nowhere to type. */
  replyAction: string;
}

/** Delivers replies to a user outside a turn: an agent's message, the rating question. */
export interface Reach {
  readonly platform: PlatformId;
  send(address: Address, replies: Reply[], about: ReachContext): Promise<void>;
}

/** How often agents see the same Markdown subset: shared by every desk so posts read alike. */
export type Escape = (userText: string) => string;
