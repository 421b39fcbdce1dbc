// The support desk on Discord (HANDOFF_DESK=discord:<channel id>): one post per case, an embed with what the
// bot learned and the staff buttons, and a thread started from it that carries the conversation with the user.
import {
  ButtonStyle,
  ComponentType,
  DiscordAPIError,
  RESTJSONErrorCodes,
  Routes,
  ThreadAutoArchiveDuration,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIChannel,
  type APIEmbed,
  type APIMessage,
  type REST,
} from 'discord.js';
import type { Address, PlatformId } from '../../address.ts';
import type { CompiledFlows } from '../../flow/compile.ts';
import type { Desk, DeskCase, DeskLine, LineDelivery } from '../../handoff/desk.ts';
import type { DeskWords } from '../../handoff/desk-words.ts';
import { caseTitle, summarize } from '../../handoff/summary.ts';
import type { Logger } from '../../log.ts';
import type { Case, DeskRef } from '../../store/types.ts';
import { platforms } from '../registry.ts';
import { DM_WORKSPACE } from './platform.ts';
import { clip, split } from '../text.ts';
import { MAX_CONTENT, MAX_THREAD_NAME, NO_MENTIONS, PREFIX } from './components.ts';
import { describeError } from './errors.ts';
import { escapeUserText } from './escape.ts';

/** Discord: an embed title is at most 256 characters, its description 4096. */
export const MAX_EMBED_TITLE = 256;
export const MAX_EMBED_DESCRIPTION = 4096;

/** The staff buttons on a case's post; their custom_id is `sl:desk:<action>:<case number>`. */
export type DeskAction = 'claim' | 'resolve' | 'back' | 'reply';
const DESK_PREFIX = `${PREFIX}desk:`;
const DESK_ID = /^sl:desk:(claim|resolve|back|reply):(\d{1,9})$/;

export function deskCustomId(action: DeskAction, caseNumber: number): string {
  return `${DESK_PREFIX}${action}:${caseNumber}`;
}

/** The staff action and case a custom_id names, or undefined when it is not a desk button (or modal). */
export function deskActionOf(customId: string): { action: DeskAction; case: number } | undefined {
  const m = DESK_ID.exec(customId);
  return m ? { action: m[1] as DeskAction, case: Number(m[2]) } : undefined;
}

export function isDeskId(customId: string): boolean {
  return customId.startsWith(DESK_PREFIX);
}

/** Status colours, so a glance down the desk channel tells open cases from the rest. */
const COLOURS = { open: 0xe67e22, claimed: 0x3498db, waiting: 0x95a5a6, resolved: 0x2ecc71 } as const;

/** How the desk names a person: a Discord user as a mention (it never pings: allowed_mentions is empty), others by id. */
function person(platform: PlatformId, user: string): string {
  return platform === 'discord' && /^\d{17,20}$/.test(user) ? `<@${user}>` : `\`${user.replace(/`/g, '')}\``;
}

/** Where the user is, as a link an agent can follow, in the desk's words. */
export function whereOf(a: Address, w: DeskWords): string {
  if (a.platform === 'discord') {
    if (a.thread) return w.where.privateThread(`<#${a.thread}>`);
    if (a.workspace === DM_WORKSPACE) return w.where.botDm;
    return w.where.privately(`<#${a.channel}>`);
  }
  // Elsewhere, in that platform's own words, linked where it has a link.
  const { words, url, more } = platforms.get(a.platform).place(a, w.say);
  return w.where.elsewhere(`${url ? `[${escapeUserText(words)}](${url})` : escapeUserText(words)}${more ? escapeUserText(more) : ''}`);
}

/** The post's embed: the shared summary, user words escaped. */
export function caseEmbed(c: DeskCase, flows: CompiledFlows, now: number, words: DeskWords): APIEmbed {
  const { title, body } = summarize(c, flows, { escape: escapeUserText, now, where: whereOf(c.requester, words), person, deskPlatform: 'discord', words });
  return {
    title: clip(title, MAX_EMBED_TITLE),
    description: clip(body, MAX_EMBED_DESCRIPTION),
    color: COLOURS[c.status],
    timestamp: new Date(c.openedAt).toISOString(),
  };
}

/** Claim, Reply, Back to bot, Resolve; none once the case is resolved. */
export function deskButtons(c: Case, w: DeskWords): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  if (c.status === 'resolved') return [];
  const button = (action: DeskAction, style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style,
    label: w.buttons[action],
    custom_id: deskCustomId(action, c.number),
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button('claim', ButtonStyle.Primary),
        button('reply', ButtonStyle.Secondary),
        button('back', ButtonStyle.Secondary),
        button('resolve', ButtonStyle.Success),
      ],
    },
  ];
}

export function casePostBody(c: DeskCase, flows: CompiledFlows, now: number, words: DeskWords) {
  return { embeds: [caseEmbed(c, flows, now, words)], components: deskButtons(c, words), allowed_mentions: NO_MENTIONS };
}

/** A line in a case thread: who speaks in bold, then the words, escaped (they may be the user's). */
export function threadLines(line: DeskLine): string[] {
  return split(`**${line.from}:** ${escapeUserText(line.text)}`, MAX_CONTENT);
}

export interface DiscordDeskOptions {
  rest: REST;
  channel: string;
  flows: CompiledFlows;
  /** The desk's words (DESK_LANGUAGE). */
  words: DeskWords;
  log: Logger;
  now: () => number;
}

export class DiscordDesk implements Desk {
  readonly platform = 'discord' as const;
  readonly channel: string;

  constructor(private o: DiscordDeskOptions) {
    this.channel = o.channel;
  }

  /**
   * Posts the case, then starts its thread. A failure before the post is made throws (the outbox retries);
   * after it, the case keeps its post: the thread (whose id is the post's) is started when first needed.
   */
  async post(c: DeskCase): Promise<DeskRef> {
    const body = {
      ...casePostBody(c, this.o.flows, this.o.now(), this.o.words),
      // A retry of a post whose answer was lost returns the same message instead of a second one.
      nonce: `c${c.number}-${c.openedAt}`.slice(0, 25),
      enforce_nonce: true,
    };
    const message = (await this.o.rest.post(Routes.channelMessages(this.channel), { body })) as APIMessage;
    let thread = message.id;
    try {
      thread = (await this.startThread(message.id, caseTitle(c, this.o.flows, this.o.words))).id;
    } catch (err) {
      this.o.log.warn({ err: describeError(err), case: c.number }, 'discord desk: could not start the case thread yet; it starts with its first line');
    }
    return { platform: 'discord', channel: this.channel, message: message.id, thread };
  }

  async update(c: DeskCase): Promise<void> {
    if (!c.desk) return;
    try {
      await this.o.rest.patch(Routes.channelMessage(c.desk.channel, c.desk.message), { body: casePostBody(c, this.o.flows, this.o.now(), this.o.words) });
    } catch (err) {
      // Someone deleted the post: nothing to redraw, and retrying would never succeed.
      if (err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownMessage) {
        this.o.log.warn({ case: c.number }, 'discord desk: the case post is gone; not redrawn');
        return;
      }
      throw err;
    }
  }

  async say(ref: DeskRef, line: DeskLine, delivery?: LineDelivery): Promise<void> {
    const thread = ref.thread ?? ref.message;
    for (const [i, content] of threadLines(line).entries()) {
      // A retry of a line whose answer was lost returns the message made the first time instead of a second one.
      const once = delivery ? { nonce: `${delivery.key}.${i}`.slice(0, 25), enforce_nonce: true } : {};
      const body = { content, allowed_mentions: NO_MENTIONS, ...once };
      try {
        await this.o.rest.post(Routes.channelMessages(thread), { body });
      } catch (err) {
        if (!(err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownChannel)) throw err;
        // The thread could not be started with the post: start it now, named after the post, then write.
        const post = (await this.o.rest.get(Routes.channelMessage(ref.channel, ref.message))) as APIMessage;
        await this.startThread(ref.message, post.embeds[0]?.title ?? `#${ref.message}`, ref.channel).catch((e: unknown) => {
          if (!(e instanceof DiscordAPIError && e.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage)) throw e;
        });
        await this.o.rest.post(Routes.channelMessages(thread), { body });
      }
    }
  }

  /** A thread from the post: its id is the post's, so the case is found by its desk reference. */
  private async startThread(message: string, name: string, channel = this.channel): Promise<APIChannel> {
    return (await this.o.rest.post(Routes.threads(channel, message), {
      body: { name: clip(name, MAX_THREAD_NAME), auto_archive_duration: ThreadAutoArchiveDuration.OneWeek },
    })) as APIChannel;
  }
}
