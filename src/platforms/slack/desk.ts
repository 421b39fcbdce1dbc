// The support desk in a Slack channel: one post per case (summary, Claim / Resolve / Back to bot), redrawn
// when the case changes, and its thread carrying the requester's words. Called by the outbox: every method
// throws when Slack fails, so the delivery is retried; nothing a user wrote can ping anyone here.
import type { types, webApi } from '@slack/bolt';
import type { Address, PlatformId } from '../../address.ts';
import type { CompiledFlows } from '../../flow/compile.ts';
import type { Desk, DeskCase, DeskLine, LineDelivery } from '../../handoff/desk.ts';
import type { DeskWords } from '../../handoff/desk-words.ts';
import { summarize } from '../../handoff/summary.ts';
import type { Logger } from '../../log.ts';
import type { Case, DeskRef } from '../../store/types.ts';
import { platforms } from '../registry.ts';
import { isDirect } from './address.ts';
import { MAX_SECTION_TEXT, sections, type SlackMessage } from './blocks.ts';
import type { SlackNames } from './names.ts';
import { clip } from '../text.ts';
import { escapeText, mrkdwn, quoteUser } from './text.ts';

type Block = types.KnownBlock;

/** What the desk's buttons do; their action_ids are `case:<verb>:<case number>`. */
export type CaseVerb = 'claim' | 'resolve' | 'back';
const CASE_ACTION = /^case:(claim|resolve|back):(\d{1,9})$/;
/** The post's first block is named after its case, so the case is known from the post alone. */
const CASE_BLOCK = /^case:(\d{1,9})$/;

/** One answer or fact as agents see it: long enough for any error message, short enough for a post. */
const MAX_USER_TEXT = 1500;
/** Sections of a post at most: about 36,000 characters, under what Slack takes in one message (50 blocks, 40,000 characters of text). */
const MAX_SECTIONS = 12;
/** Slack header text is plain text of at most 150 characters. */
const MAX_HEADER = 150;
/** A desk line's first block id: `line:<delivery key>`. */
const LINE_BLOCK = 'line:';
/** How far back the desk looks for a post of the case it is about to post (a retry after a lost answer). */
const HISTORY_PAGES = 5;

export function caseAction(verb: CaseVerb, n: number): string {
  return `case:${verb}:${n}`;
}

/** The verb and case number of a desk button, or undefined for any other action. */
export function readCaseAction(actionId: string): { verb: CaseVerb; case: number } | undefined {
  const m = CASE_ACTION.exec(actionId);
  return m ? { verb: m[1] as CaseVerb, case: Number(m[2]) } : undefined;
}

/** The case a desk post shows, from its first block; undefined for any other message. */
export function caseOfPost(message: { blocks?: { block_id?: string }[]; bot_id?: string } | undefined): number | undefined {
  const m = CASE_BLOCK.exec(message?.blocks?.[0]?.block_id ?? '');
  return m && message?.bot_id ? Number(m[1]) : undefined;
}

export interface SlackDeskOptions {
  /** The Web API client for deliveries: its retries are short, the outbox retries for longer. */
  client: webApi.WebClient;
  /**
   * For thread lines: a client that does not retry by itself, since a retry after a lost answer would post the
   * line twice; the outbox retries instead, looking for the line first.
   */
  lineClient?: webApi.WebClient;
  channel: string;
  flows: CompiledFlows;
  names: SlackNames;
  /** The desk's words (DESK_LANGUAGE). */
  words: DeskWords;
  log: Logger;
  now: () => number;
}

export class SlackDesk implements Desk {
  readonly platform = 'slack' as const;
  readonly channel: string;

  constructor(private readonly o: SlackDeskOptions) {
    this.channel = o.channel;
  }

  async post(c: DeskCase): Promise<DeskRef> {
    // Posted already, by an attempt whose answer was lost: the post is reused, never made twice. When the
    // history cannot be read (a scope missing), the case is still posted: a desk without it would be worse.
    const earlier = await this.findPost(c).catch((err: unknown) => {
      this.o.log.warn({ case: c.number, error: slackError(err) ?? (err as Error).message }, 'could not read the desk channel history; posting without checking for an earlier post');
      return undefined;
    });
    if (earlier) {
      this.o.log.info({ case: c.number, ts: earlier }, 'the case was on the desk already; its post is reused');
      await this.o.client.chat.update({ channel: this.channel, ts: earlier, ...(await this.render(c)) });
      return { platform: 'slack', channel: this.channel, message: earlier };
    }
    try {
      const res = await this.o.client.chat.postMessage({ channel: this.channel, ...(await this.render(c)) });
      if (!res.ts) throw new Error('chat.postMessage answered without a ts');
      return { platform: 'slack', channel: this.channel, message: res.ts };
    } catch (err) {
      if (slackError(err) === 'not_in_channel' || slackError(err) === 'channel_not_found') {
        this.o.log.error({ channel: this.channel, error: slackError(err) }, 'shoplink cannot post in the desk channel: invite it there (/invite @shoplink) or fix HANDOFF_DESK');
      }
      throw err;
    }
  }

  async update(c: DeskCase): Promise<void> {
    if (!c.desk) throw new Error(`case #${c.number} has no desk post to update`);
    await this.o.client.chat.update({ channel: c.desk.channel, ts: c.desk.message, ...(await this.render(c)) });
  }

  async say(ref: DeskRef, line: DeskLine, delivery?: LineDelivery): Promise<void> {
    const text = `*${escapeText(line.from)}:* ${quoteUser(line.text)}`;
    const blocks = sections(text);
    if (!delivery) {
      await this.o.client.chat.postMessage({ channel: ref.channel, thread_ts: ref.message, text, blocks });
      return;
    }
    // The line's first block is named after its delivery, so a retry can tell it was posted already.
    const blockId = `${LINE_BLOCK}${delivery.key}`;
    blocks[0] = { ...blocks[0]!, block_id: blockId } as Block;
    if (delivery.again) {
      const posted = await this.findLine(ref, blockId).catch((err: unknown) => {
        this.o.log.warn({ error: slackError(err) ?? (err as Error).message }, 'could not read the case thread; posting the line without checking for an earlier one');
        return false;
      });
      if (posted) return;
    }
    await (this.o.lineClient ?? this.o.client).chat.postMessage({ channel: ref.channel, thread_ts: ref.message, text, blocks });
  }

  /** Whether the case thread holds a line whose first block is `blockId`. */
  private async findLine(ref: DeskRef, blockId: string): Promise<boolean> {
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const res = await this.o.client.conversations.replies({ channel: ref.channel, ts: ref.message, limit: 200, ...(cursor ? { cursor } : {}) });
      if (res.messages?.some((m) => (m.blocks as { block_id?: string }[] | undefined)?.[0]?.block_id === blockId)) return true;
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor || !res.has_more) return false;
    }
    return false;
  }

  /** The post of a case: header, summary, the staff buttons while it is not resolved, and a hint. */
  async render(c: DeskCase): Promise<SlackMessage> {
    const requesterName = c.requester.platform === 'slack' ? await this.o.names.of(c.requester.user).catch(() => undefined) : undefined;
    const where = await this.where(c.requester);
    return caseMessage(c, this.o.flows, { now: this.o.now(), where, requesterName, words: this.o.words });
  }

  /** Where the requester is, in mrkdwn: their thread's permalink on Slack, the channel's link on Discord. */
  private async where(a: Address): Promise<string> {
    const w = this.o.words;
    if (a.platform !== 'slack') return whereElsewhere(a, w);
    if (isDirect(a.channel)) return escapeText(w.post.dm);
    const channel = `<#${a.channel}>`;
    if (!a.thread) return channel;
    const link = await this.o.client.chat
      .getPermalink({ channel: a.channel, message_ts: a.thread })
      .then((r) => r.permalink)
      .catch(() => undefined);
    const thread = escapeText(w.post.thread);
    return link ? `${channel}, <${link}|${thread}>` : `${channel}, ${thread}`;
  }

  /** The ts of this case's post in the desk channel, if an earlier attempt made it (searched since the case opened). */
  private async findPost(c: Case): Promise<string | undefined> {
    const oldest = ((c.openedAt - 60_000) / 1000).toFixed(6);
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const res = await this.o.client.conversations.history({ channel: this.channel, oldest, limit: 200, ...(cursor ? { cursor } : {}) });
      const found = res.messages?.find((m) => caseOfPost(m as never) === c.number);
      if (found?.ts) return found.ts;
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor || !res.has_more) return undefined;
    }
    return undefined;
  }
}

export interface CaseMessageOptions {
  now: number;
  /** mrkdwn, already safe: where the requester is. */
  where: string;
  /** The requester's Slack name, when they are on Slack. */
  requesterName?: string;
  words: DeskWords;
}

/**
 * A case as a desk post. User words and pre-rendered mrkdwn (links, mentions) go into the summary as
 * placeholders, so the Markdown around them is converted and escaped once and they are not touched again.
 */
export function caseMessage(c: DeskCase, flows: CompiledFlows, o: CaseMessageOptions): SlackMessage {
  const w = o.words;
  const kept: string[] = [];
  const keep = (s: string) => `\uE000${kept.push(s) - 1}\uE001`;
  const person = (platform: PlatformId, user: string) => keep(personOf(c, platform, user, o.requesterName, w));
  const summary = summarize(c, flows, {
    escape: (s) => keep(quoteUser(clip(s, MAX_USER_TEXT))),
    now: o.now,
    where: keep(o.where),
    person,
    deskPlatform: 'slack',
    words: w,
  });
  const body = mrkdwn(summary.body).replace(/\uE000(\d+)\uE001/g, (_, i: string) => kept[Number(i)] ?? '');
  let shown = sections(body);
  if (shown.length > MAX_SECTIONS) shown = [...shown.slice(0, MAX_SECTIONS - 1), ...sections(escapeText(w.post.cut(c.number)))];
  const blocks: Block[] = [{ type: 'header', block_id: `case:${c.number}`, text: { type: 'plain_text', text: clip(summary.title, MAX_HEADER) } }, ...shown];
  if (c.status !== 'resolved') {
    const button = (verb: CaseVerb, primary = false) => ({
      type: 'button' as const,
      action_id: caseAction(verb, c.number),
      value: String(c.number),
      text: { type: 'plain_text' as const, text: w.buttons[verb] },
      ...(primary ? { style: 'primary' as const } : {}),
    });
    blocks.push({ type: 'actions', block_id: `case-actions:${c.number}`, elements: [button('claim', c.status === 'open'), button('resolve'), button('back')] });
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', verbatim: true, text: escapeText(w.post.hint) }] });
  // The notification shows the title only: no user words outside the blocks.
  return { text: clip(escapeText(summary.title), MAX_SECTION_TEXT), blocks };
}

/**
 * How the desk names someone. The requester never as a mention (it would notify them in the workspace),
 * but by name and id; agents, who act here, as mentions (a post's edits notify nobody).
 */
function personOf(c: Case, platform: PlatformId, user: string, requesterName: string | undefined, w: DeskWords): string {
  const requester = platform === c.requester.platform && user === c.requester.user;
  if (platform !== 'slack') return escapeText(w.person(platform, `\`${user.replace(/`/g, "'")}\``));
  if (!requester && /^[UW][A-Z0-9]+$/.test(user)) return `<@${user}>`;
  const id = `\`${escapeText(user).replace(/`/g, "'")}\``;
  return requester && requesterName ? `${quoteUser(requesterName)} (${id})` : id;
}

/** A requester on another platform, in that platform's words: linked where it has a link. */
function whereElsewhere(a: Address, w: DeskWords): string {
  const { words, url, more } = platforms.get(a.platform).place(a, w.say);
  return `${url ? `<${url}|${escapeText(words)}>` : escapeText(words)}${more ? escapeText(more) : ''}`;
}

function slackError(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
