// What the support team does on a Discord desk: the buttons on a case's post (Claim, Reply, Back to bot,
// Resolve), the Reply modal, messages that mention the bot in a case thread, and `/linkhelp cases`.
// Staff are members with SUPPORT_ROLE_ID; anyone else is refused privately before anything is read or changed.
import {
  ComponentType,
  MessageFlags,
  Routes,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
  type ModalSubmitInteraction,
  type ThreadChannel,
} from 'discord.js';
import { messagesIn, type Messages } from '../../conversation/messages.ts';
import type { Cases, StaffResult } from '../../handoff/cases.ts';
import { deskWordsIn, type DeskWords } from '../../handoff/desk-words.ts';
import { openCasesText } from '../../handoff/listing.ts';
import { SOURCE_LANGUAGE } from '../../i18n/languages.ts';
import type { Case } from '../../store/types.ts';
import { InteractionAnswer } from './answer.ts';
import { ANSWER_INPUT_ID, NO_MENTIONS, renderReplies, textModal } from './components.ts';
import type { DiscordContext } from './context.ts';
import { deskActionOf, deskCustomId, threadLines } from './desk.ts';
import { describeError } from './errors.ts';
import { isStaff, nameOf } from './staff.ts';

const only = { flags: MessageFlags.Ephemeral } as const;

/** What the desk says to whoever acts there, in the desk's language: its own words, and the bot's sentences. */
function deskSays(ctx: DiscordContext): { w: DeskWords; m: Messages } {
  const w = ctx.cases?.words ?? deskWordsIn(SOURCE_LANGUAGE);
  return { w, m: messagesIn(w.language) };
}

/** A private answer to whoever clicked; never throws. */
async function tell(ctx: DiscordContext, interaction: ButtonInteraction | ModalSubmitInteraction | ChatInputCommandInteraction, content: string) {
  const body = { content, allowedMentions: NO_MENTIONS };
  const sent = interaction.deferred || interaction.replied ? interaction.editReply(body) : interaction.reply({ ...body, ...only });
  await sent.catch((err: unknown) => ctx.log.warn({ err: describeError(err) }, 'discord desk: could not answer a staff action'));
}

/** Claim, Resolve, Back to bot: acknowledged at once (privately), then done, then the outcome in words. */
export async function handleDeskButton(ctx: DiscordContext, interaction: ButtonInteraction): Promise<void> {
  const target = deskActionOf(interaction.customId);
  const cases = ctx.cases;
  const { w, m } = deskSays(ctx);
  if (!target || !cases || !ctx.deskChannel || interaction.channelId !== ctx.deskChannel) {
    ctx.log.info('discord desk: a desk button outside the desk');
    return tell(ctx, interaction, m.unknownButton);
  }
  const log = ctx.log.child({ case: target.case, action: target.action, agent: interaction.user.id });
  if (!isStaff(ctx.config.supportRoleId, interaction.member)) {
    log.info('discord desk: refused a staff action from someone who is not staff');
    return tell(ctx, interaction, w.notices.notStaff);
  }
  if (target.action === 'reply') {
    // A modal must be the first response: shown before anything is loaded.
    await interaction
      .showModal(textModal(deskCustomId('reply', target.case), w.post.replyTitle(target.case), w.post.replyLabel))
      .catch((err: unknown) => log.warn({ err: describeError(err) }, 'discord desk: could not open the reply modal'));
    return;
  }
  try {
    await interaction.deferReply(only);
  } catch (err) {
    log.warn({ err: describeError(err) }, 'discord desk: could not acknowledge a staff action; not applied');
    return;
  }
  let result: StaffResult;
  try {
    const agent = interaction.user.id;
    if (target.action === 'claim') result = await cases.claim(target.case, agent, nameOf(interaction.member, interaction.user));
    else if (target.action === 'resolve') result = await cases.resolve(target.case, agent);
    else result = await cases.backToBot(target.case, agent);
  } catch (err) {
    log.error({ err: describeError(err) }, 'discord desk: staff action failed');
    return tell(ctx, interaction, m.failed);
  }
  log.info({ ok: result.ok }, 'discord desk: staff action');
  await tell(ctx, interaction, result.notice);
}

/** The desk's Reply modal: the agent's words go to the user, and are noted in the case thread. */
export async function handleDeskModal(ctx: DiscordContext, interaction: ModalSubmitInteraction): Promise<void> {
  const target = deskActionOf(interaction.customId);
  const cases = ctx.cases;
  const { w, m } = deskSays(ctx);
  const field = interaction.fields.fields.get(ANSWER_INPUT_ID);
  const value = field && field.type === ComponentType.TextInput ? field.value.trim() : '';
  if (!target || target.action !== 'reply' || !cases || !value || interaction.channelId !== ctx.deskChannel) {
    return tell(ctx, interaction, m.unknownButton);
  }
  const log = ctx.log.child({ case: target.case, action: 'reply', agent: interaction.user.id });
  if (!isStaff(ctx.config.supportRoleId, interaction.member)) return tell(ctx, interaction, w.notices.notStaff);
  try {
    await interaction.deferReply(only);
  } catch (err) {
    log.warn({ err: describeError(err) }, 'discord desk: could not acknowledge a reply; not sent');
    return;
  }
  const name = nameOf(interaction.member, interaction.user);
  let result: StaffResult;
  try {
    result = await cases.agentSays(target.case, interaction.user.id, name, value);
  } catch (err) {
    log.error({ err: describeError(err) }, 'discord desk: could not send the reply');
    return tell(ctx, interaction, m.failed);
  }
  // The thread keeps the whole conversation: the agent's answer from the modal is written there too.
  const thread = result.ok ? (result.case.desk?.thread ?? result.case.desk?.message) : undefined;
  if (thread) {
    try {
      for (const content of threadLines({ from: w.lines.agent(name), text: value })) {
        await ctx.rest.post(Routes.channelMessages(thread), { body: { content, allowed_mentions: NO_MENTIONS } });
      }
    } catch (err) {
      log.warn({ err: describeError(err) }, 'discord desk: the reply was sent but could not be noted in the thread');
    }
  }
  log.info({ ok: result.ok }, 'discord desk: agent reply');
  await tell(ctx, interaction, result.notice);
}

/** Message ids seen lately: a gateway replay never sends an agent's message twice. */
export class RecentIds {
  private ids = new Set<string>();
  constructor(private max = 1000) {}
  /** True the first time an id is seen. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}

/**
 * An agent writes in a case thread and mentions the bot (the only messages whose content a bot without the
 * privileged intent reads): the mention is dropped, attachments become links, and the rest reaches the user.
 */
export async function handleDeskMessage(ctx: DiscordContext, message: Message, seen: RecentIds): Promise<void> {
  const cases = ctx.cases;
  const channel = message.channel;
  if (!cases || !ctx.deskChannel || message.author.bot || message.system || !channel.isThread() || channel.parentId !== ctx.deskChannel) return;
  const me = message.client.user.id;
  if (!message.mentions.users.has(me) || !seen.add(message.id)) return;
  const log = ctx.log.child({ thread: channel.id, agent: message.author.id });
  const c = await caseOfThread(cases, channel);
  if (!c) {
    log.info('discord desk: a mention in a thread that is no case');
    return;
  }
  if (!isStaff(ctx.config.supportRoleId, message.member)) {
    log.info({ case: c.number }, 'discord desk: ignored a message from someone who is not staff');
    return answerIn(ctx, message, cases.words.notices.notStaff);
  }
  const text = agentText(message.content, me, message.attachments.map((a) => a.url));
  if (!text) return;
  const result = await cases.agentSays(c.number, message.author.id, nameOf(message.member, message.author), text);
  log.info({ case: c.number, ok: result.ok }, 'discord desk: agent message from the thread');
  if (!result.ok || result.notice !== cases.words.notices.sent) return answerIn(ctx, message, result.notice);
  await ctx.rest
    .put(Routes.channelMessageOwnReaction(channel.id, message.id, encodeURIComponent('✅')))
    .catch((err: unknown) => log.warn({ err: describeError(err) }, 'discord desk: could not mark the message as sent'));
}

/** The words an agent meant for the user: without the bot's mention, with a line per attachment. */
export function agentText(content: string, botId: string, attachments: readonly string[]): string {
  const words = content.replace(new RegExp(`<@!?${botId}>`, 'g'), '').trim();
  return [words, ...attachments.map((url) => `📎 ${url}`)].filter((l) => l.length > 0).join('\n');
}

async function answerIn(ctx: DiscordContext, message: Message, content: string): Promise<void> {
  await ctx.rest
    .post(Routes.channelMessages(message.channelId), {
      body: { content, allowed_mentions: NO_MENTIONS, message_reference: { message_id: message.id, fail_if_not_exists: false } },
    })
    .catch((err: unknown) => ctx.log.warn({ err: describeError(err) }, 'discord desk: could not answer in a case thread'));
}

/** The case a desk thread belongs to (a thread started from a post has the post's id). */
function caseOfThread(cases: Cases, thread: ThreadChannel): Promise<Case | undefined> {
  return cases.atDesk('discord', thread.id);
}

export async function listCases(ctx: DiscordContext, cases: Cases, interaction: ChatInputCommandInteraction): Promise<void> {
  const answer = new InteractionAnswer(interaction, 'reply', true);
  try {
    await answer.defer();
    const text = openCasesText(await cases.open(), ctx.now(), cases.words);
    await answer.show(renderReplies([{ text, kind: 'notice' }]));
  } catch (err) {
    ctx.log.error({ err: describeError(err) }, 'discord: could not list the open cases');
    await answer.notice(renderReplies([{ text: messagesIn(cases.deskLanguage).failed, kind: 'notice' }])).catch(() => undefined);
  }
}
