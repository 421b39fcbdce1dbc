// The support team's side of a case: claim, resolve, hand back to the bot, and reply to the user; plus the
// outbox handlers that post cases, carry messages between desk and user, and deliver promised follow-ups.
import type { Address, PlatformId } from '../address.ts';
import type { CompiledFlows } from '../flow/compile.ts';
import { SOURCE_LANGUAGE, type Language } from '../i18n/languages.ts';
import { platforms } from '../platforms/registry.ts';
import { messagesIn, type Messages } from '../conversation/messages.ts';
import type { Reply } from '../conversation/reply.ts';
import { RATE } from '../flow/system.ts';
import type { Logger } from '../log.ts';
import { FORGOTTEN, type Case, type CaseStatus, type OutboxItem, type Store } from '../store/types.ts';
import type { Desk, DeskCase, LineDelivery, Reach } from './desk.ts';
import { deskWordsIn, type DeskWords } from './desk-words.ts';
import { KIND, toUser, type FollowUp, type ToDesk, type ToUser } from './items.ts';
import type { StepKey } from '../flow/check.ts';
import type { Handler } from './outbox.ts';
import { replyAction } from './relay.ts';

/**
 * What the support team's moves need of the engine (src/conversation/ implements it): the flows cases come
 * from, and moving a user's conversation (back where they left off, to the rating, to a promised check-back).
 */
export interface ConversationMover {
  readonly flows: CompiledFlows;
  /** What to send the user, and whose conversation it is; undefined when the conversation is gone. */
  moveTo(
    conversationId: string,
    to: 'left-off' | StepKey,
    lead?: (m: Messages) => string,
  ): Promise<{ replies: Reply[]; conversation?: { owner: Address; language: Language } } | undefined>;
  /** The language the user speaks with the bot, so the support team's notes reach them in it. */
  languageOf(conversationId: string): Promise<Language>;
}

export interface CasesOptions {
  store: Store;
  conversations: ConversationMover;
  log: Logger;
  now?: () => number;
  /** Told when a case is claimed or resolved (metrics); must not throw. */
  observer?: { caseEvent(event: 'claimed' | 'resolved'): void };
  /** The language the support team reads (DESK_LANGUAGE); English by default. */
  deskLanguage?: Language;
}

/** What a staff action did, in words for the agent (shown only to them). */
export type StaffResult = { ok: true; case: Case; notice: string } | { ok: false; notice: string };

/**
 * Chat mention syntax (`<@U1>`, `<!here>`, `<#C1>`) in an agent's words made inert, for every platform: the
 * user's platform lets the bot's own mentions through, never ones an agent typed. Applying it twice is harmless.
 */
export function inert(text: string): string {
  return platforms.inert(text);
}

/** A desk line's identity: its outbox item, tried before if this is not the first attempt. */
function lineDelivery(item: OutboxItem): LineDelivery {
  return { key: `o${item.id}`, again: item.attempts > 1 };
}

/** Thrown by a handler when the item must wait (the desk post is not made yet): retried later. */
class NotYet extends Error {}

export class Cases {
  /** Every word the support team reads: desk posts, buttons, the notices of their moves. */
  readonly words: DeskWords;
  private now: () => number;
  private deskOf?: Desk;
  private reach: Partial<Record<PlatformId, Reach>> = {};

  constructor(private o: CasesOptions) {
    this.now = o.now ?? Date.now;
    this.words = deskWordsIn(o.deskLanguage ?? SOURCE_LANGUAGE);
  }

  /** The language the support team reads. */
  get deskLanguage(): Language {
    return this.words.language;
  }

  /** The platforms start after the cases exist (their staff buttons call in here), then plug in. */
  connect(parts: { desk?: Desk; reach?: Reach }): void {
    if (parts.desk) this.deskOf = parts.desk;
    if (parts.reach) this.reach[parts.reach.platform] = parts.reach;
  }

  /** Where cases are posted; without one they are only recorded (see `shoplink cases`). */
  get desk(): Desk | undefined {
    return this.deskOf;
  }

  get flows() {
    return this.o.conversations.flows;
  }

  get(number: number): Promise<Case | undefined> {
    return this.o.store.getCase(number);
  }

  /** The case whose desk post is `message` in `channel` (or whose desk thread is `channel`). */
  atDesk(platform: PlatformId, channel: string, message?: string): Promise<Case | undefined> {
    return this.o.store.caseAtDesk(platform, channel, message);
  }

  /** Cases not yet resolved, oldest first. */
  async open(): Promise<Case[]> {
    return (await this.o.store.listCases()).filter((c) => c.status !== 'resolved');
  }

  async claim(number: number, agent: string, agentName: string): Promise<StaffResult> {
    const c = await this.o.store.getCase(number);
    if (!c) return { ok: false, notice: this.words.notices.noCase(number) };
    if (c.status === 'resolved') return { ok: false, notice: this.words.notices.resolvedAlready(number) };
    const updated = await this.change(c, 'claimed', agent, { assignee: agent });
    this.o.observer?.caseEvent('claimed');
    const language = await this.o.conversations.languageOf(c.conversationId);
    await this.tellUser(updated, [{ text: messagesIn(language).claimedForUser(inert(agentName), number), kind: 'step' }], language);
    return { ok: true, case: updated, notice: this.words.notices.claimed(number) };
  }

  async resolve(number: number, agent: string): Promise<StaffResult> {
    const c = await this.o.store.getCase(number);
    if (!c) return { ok: false, notice: this.words.notices.noCase(number) };
    if (c.status === 'resolved') return { ok: false, notice: this.words.notices.resolvedAlready(number) };
    const updated = await this.change(c, 'resolved', agent, { assignee: c.assignee ?? agent, resolvedAt: this.now() });
    this.o.observer?.caseEvent('resolved');
    const turn = await this.o.conversations.moveTo(c.conversationId, RATE);
    if (turn) await this.tellUser(updated, turn.replies, turn.conversation?.language);
    return { ok: true, case: updated, notice: this.words.notices.resolved(number) };
  }

  async backToBot(number: number, agent: string): Promise<StaffResult> {
    const c = await this.o.store.getCase(number);
    if (!c) return { ok: false, notice: this.words.notices.noCase(number) };
    if (c.status === 'resolved') return { ok: false, notice: this.words.notices.resolvedAlready(number) };
    const updated = await this.change(c, 'waiting', agent, { assignee: c.assignee ?? agent });
    const turn = await this.o.conversations.moveTo(c.conversationId, 'left-off', (m) => m.backToBot);
    if (turn) await this.tellUser(updated, turn.replies, turn.conversation?.language);
    return { ok: true, case: updated, notice: this.words.notices.handedBack(number) };
  }

  /** An agent's message in the case thread: it reaches the user where they are, and the case waits on them. */
  async agentSays(number: number, agent: string, agentName: string, text: string): Promise<StaffResult> {
    const c = await this.o.store.getCase(number);
    if (!c) return { ok: false, notice: this.words.notices.noCase(number) };
    const now = this.now();
    const reopen = c.status === 'resolved';
    // An answer puts the case in the user's court (and reopens a resolved one); the first one is timed.
    const updated = await this.change(c, 'waiting', agent, {
      ...(c.firstResponseAt === undefined ? { firstResponseAt: now } : {}),
      ...(c.assignee && !reopen ? {} : { assignee: agent }),
    });
    await this.o.store.appendTranscript(c.conversationId, [{ at: now, who: 'agent', text }]);
    const language = await this.o.conversations.languageOf(c.conversationId);
    // The agent's words as written; only the bot's framing around them is in the user's language.
    await this.tellUser(updated, [{ text: messagesIn(language).fromAgent(inert(agentName), inert(text)), kind: 'step' }], language);
    return { ok: true, case: updated, notice: reopen ? this.words.notices.reopened(number) : this.words.notices.sent };
  }

  /** Applies a change, logs it (when the status moves) and queues the desk post's redraw. */
  private async change(c: Case, status: CaseStatus, by: string, fields: Partial<Case>, logged = c.status !== status): Promise<Case> {
    const at = this.now();
    const updated = await this.o.store.updateCase(
      c.number,
      { ...fields, status, ...(logged ? { event: { at, status, by } } : {}) },
      [{ kind: KIND.deskUpdate, payload: { case: c.number }, dueAt: at }],
    );
    return updated ?? c;
  }

  private async tellUser(c: Case, replies: Reply[], language: Language | undefined): Promise<void> {
    const payload: ToUser = { address: c.requester, conversation: c.conversationId, replies, ...(language ? { language } : {}) };
    await this.o.store.enqueue([{ ...toUser(payload), dueAt: this.now() }]);
  }

  /** The outbox handlers for every delivery a case causes. */
  handlers(): Record<string, Handler> {
    return {
      [KIND.deskPost]: (item) => this.deskPost(item),
      [KIND.deskUpdate]: (item) => this.deskUpdate(item),
      [KIND.toDesk]: (item) => this.toDesk(item),
      [KIND.toUser]: (item) => this.toUser(item),
      [KIND.reminder]: (item) => this.reminder(item),
      [KIND.followUp]: (item) => this.followUp(item),
    };
  }

  /** A promised check-back: the conversation moves to the step, and the user is sent it. */
  private async followUp(item: OutboxItem): Promise<void> {
    const p = item.payload as unknown as FollowUp;
    const turn = await this.o.conversations.moveTo(p.conversation, p.to as StepKey);
    // Gone (forgotten or purged): there is nobody to come back to.
    if (!turn?.conversation) return;
    const about = { address: turn.conversation.owner, conversation: p.conversation, replies: turn.replies, language: turn.conversation.language };
    await this.o.store.enqueue([{ ...toUser(about), dueAt: this.now() }]);
  }

  private async caseOf(item: OutboxItem): Promise<Case | undefined> {
    const c = await this.o.store.getCase(Number(item.payload.case));
    if (!c) this.o.log.warn({ item: item.id, kind: item.kind }, 'delivery for a case that does not exist; dropped');
    return c;
  }

  /** The case with the language its user speaks now, for the desk to show. */
  private async shown(c: Case): Promise<DeskCase> {
    if (c.requester.user === FORGOTTEN) return c;
    return { ...c, language: await this.o.conversations.languageOf(c.conversationId) };
  }

  private async deskPost(item: OutboxItem): Promise<void> {
    const c = await this.caseOf(item);
    // Posted already (a retry after a crash between posting and recording): never post twice.
    if (!c || c.desk || !this.deskOf) return;
    const ref = await this.deskOf.post(await this.shown(c));
    await this.o.store.updateCase(c.number, { desk: ref });
    this.o.log.info({ case: c.number, desk: ref.platform }, 'case posted to the desk');
  }

  private async deskUpdate(item: OutboxItem): Promise<void> {
    const c = await this.caseOf(item);
    if (!c || !this.deskOf) return;
    if (!c.desk) throw new NotYet(`case #${c.number} is not on the desk yet`);
    await this.deskOf.update(await this.shown(c));
  }

  private async toDesk(item: OutboxItem): Promise<void> {
    const c = await this.caseOf(item);
    if (!c || !this.deskOf) return;
    if (!c.desk) throw new NotYet(`case #${c.number} is not on the desk yet`);
    const p = item.payload as unknown as ToDesk;
    await this.deskOf.say(c.desk, { from: p.from === 'user' ? this.words.lines.requester : 'shoplink', text: p.text }, lineDelivery(item));
  }

  private async toUser(item: OutboxItem): Promise<void> {
    const p = item.payload as unknown as ToUser;
    const reach = this.reach[p.address.platform];
    if (!reach) {
      // Terminal and preview users can only be answered while they chat; chat platforms may be served by
      // another process (a Discord shard), so the item waits for a process that can reach them.
      if (!platforms.get(p.address.platform).capabilities.reachableLater) {
        this.o.log.warn({ item: item.id, platform: p.address.platform }, 'cannot reach this user outside a chat; kept in the transcript');
        return;
      }
      throw new NotYet(`no ${p.address.platform} connection in this process`);
    }
    await reach.send(p.address, p.replies, { conversation: p.conversation, replyAction: replyAction(p.conversation), ...(p.language ? { language: p.language } : {}) });
  }

  private async reminder(item: OutboxItem): Promise<void> {
    const c = await this.caseOf(item);
    if (!c || c.status === 'resolved' || c.firstResponseAt !== undefined || !this.deskOf) return;
    if (!c.desk) throw new NotYet(`case #${c.number} is not on the desk yet`);
    await this.deskOf.say(c.desk, { from: 'shoplink', text: this.words.notices.reminder(c.number, this.words.waited(this.now() - c.openedAt)) }, lineDelivery(item));
    const language = await this.o.conversations.languageOf(c.conversationId);
    await this.tellUser(c, [{ text: messagesIn(language).reminderToUser(c.number), kind: 'step' }], language);
  }
}
