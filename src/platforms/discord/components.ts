// Turns the engine's replies into Discord messages within Discord's limits: text split at 2000 characters,
// buttons 5 a row, a select menu for long choice lists, an answer modal for `ask`, and no mention ever pinging.
import {
  ButtonStyle,
  ComponentType,
  TextInputStyle,
  escapeMarkdown,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIModalInteractionResponseCallbackData,
  type APIStringSelectComponent,
} from 'discord.js';
import { MAX_TEXT } from '../../conversation/input.ts';
import { messages, messagesIn, type Messages } from '../../conversation/messages.ts';
import type { Language } from '../../i18n/languages.ts';
import type { Reply } from '../../conversation/reply.ts';
import { clip, split } from '../text.ts';
import { discordPlatform } from './platform.ts';

const limits = discordPlatform.limits!;
/** Discord: message content is at most 2000 characters. */
export const MAX_CONTENT = limits.message;
/** Discord: an action row holds 5 buttons, a message 5 rows; more choices than a row holds are a select menu. */
export const MAX_ROW_BUTTONS = discordPlatform.capabilities.buttonsPerRow;
export const MAX_ROWS = 5;
const MAX_BUTTONS = limits.buttons;
/** Discord: custom_id is at most 100 characters. */
export const MAX_CUSTOM_ID = 100;
/** Discord: button labels are 80 characters, select option labels and values 100, a select 25 options. */
export const MAX_BUTTON_LABEL = limits.buttonLabel;
export const MAX_OPTION_LABEL = 100;
export const MAX_OPTION_VALUE = 100;
export const MAX_SELECT_OPTIONS = limits.selectOptions;
/** Discord: modal titles and text-input labels are 45 characters, placeholders 100, input values 4000. */
export const MAX_MODAL_TITLE = 45;
export const MAX_INPUT_LABEL = limits.formLabel;
export const MAX_PLACEHOLDER = limits.placeholder;
export const MAX_INPUT_VALUE = 4000;
/** Discord: channel and thread names are at most 100 characters. */
export const MAX_THREAD_NAME = 100;

/** Marks our custom_ids, so a component of another bot or an older format is told apart from a forgery. */
export const PREFIX = 'sl:';
/** The select menu's own id; its chosen value is the action token. */
export const SELECT_ID = `${PREFIX}pick`;
/** The text input of the answer modal. */
export const ANSWER_INPUT_ID = 'answer';
/** Every message allows no mention at all: user text is echoed (answers, foreign refusals name the owner). */
export const NO_MENTIONS = { parse: [] as [] };

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** One Discord message, in the shape discord.js's reply/update/followUp take. */
export interface OutMessage {
  content: string;
  components: Row[];
  allowedMentions: typeof NO_MENTIONS;
}

/** The same message as a raw REST body, for channel posts (threads). */
export function restBody(m: OutMessage) {
  return { content: m.content, components: m.components, allowed_mentions: m.allowedMentions };
}

export function customIdOf(action: string): string {
  return PREFIX + action;
}

/** The action token a component carries, or undefined when the id is not one of ours. */
export function actionOf(customId: string, values?: readonly string[]): string | undefined {
  if (customId === SELECT_ID) return values?.[0];
  if (!customId.startsWith(PREFIX)) return undefined;
  return customId.slice(PREFIX.length);
}

/**
 * The messages for a turn's replies: texts joined while they fit, cut at line breaks when one does not,
 * the controls on the last message. `chosen` (what the user just picked or answered) leads as a small line.
 */
export function renderReplies(replies: readonly Reply[], chosen?: string): OutMessage[] {
  const parts = replies.map((r) => r.text.trim()).filter((t) => t.length > 0);
  if (chosen !== undefined) parts.unshift(chosenLine(chosen));
  const chunks: string[] = [];
  for (const part of parts) {
    for (const piece of split(part, MAX_CONTENT)) {
      const last = chunks[chunks.length - 1];
      if (last !== undefined && last.length + 2 + piece.length <= MAX_CONTENT) chunks[chunks.length - 1] = `${last}\n\n${piece}`;
      else chunks.push(piece);
    }
  }
  const controls = replies.findLast((r) => (r.buttons && r.buttons.length > 0) || r.ask);
  const components = controls ? rowsFor(controls) : [];
  if (chunks.length === 0 && components.length === 0) return [];
  if (chunks.length === 0) chunks.push('');
  return chunks.map((content, i) => ({ content, components: i === chunks.length - 1 ? components : [], allowedMentions: NO_MENTIONS }));
}

/** Lines already made: most are a flow's button labels, chosen again and again, and escaping one costs ~20 µs. */
const chosenLines = new Map<string, string>();
/** Past this many (typed answers are chosen too) the map starts again. */
const CHOSEN_LINES = 1000;

/** What the user picked or answered, as a quiet first line; user text is escaped and kept to one line. */
export function chosenLine(label: string): string {
  let made = chosenLines.get(label);
  if (made === undefined) {
    const line = label.split('\n').find((l) => l.trim()) ?? label;
    made = `-# ✓ ${escapeMarkdown(clip(line.trim(), MAX_BUTTON_LABEL))}`;
    if (chosenLines.size >= CHOSEN_LINES) chosenLines.clear();
    chosenLines.set(label, made);
  }
  return made;
}

function rowsFor(reply: Reply): Row[] {
  if (reply.ask) {
    const answer: APIButtonComponentWithCustomId = {
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      // The ask label is the button's label: the modal is built from it without loading the conversation.
      label: clip(reply.ask.label, MAX_BUTTON_LABEL),
      emoji: { name: '✏️' },
      custom_id: customIdOf(reply.ask.action),
    };
    return [{ type: ComponentType.ActionRow, components: [answer] }];
  }
  const buttons = reply.buttons ?? [];
  if (buttons.length > MAX_BUTTONS) {
    const select: APIStringSelectComponent = {
      type: ComponentType.StringSelect,
      custom_id: SELECT_ID,
      min_values: 1,
      max_values: 1,
      options: buttons.slice(0, MAX_SELECT_OPTIONS).map((b) => ({ label: clip(b.label, MAX_OPTION_LABEL), value: b.action })),
    };
    return [{ type: ComponentType.ActionRow, components: [select] }];
  }
  const rows: Row[] = [];
  for (let i = 0; i < buttons.length && rows.length < MAX_ROWS; i += MAX_ROW_BUTTONS) {
    rows.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + MAX_ROW_BUTTONS).map((b) => ({
        type: ComponentType.Button,
        // The engine's own buttons (start over, a person) step back visually from the flow's choices.
        style: b.secondary ? ButtonStyle.Secondary : ButtonStyle.Primary,
        label: clip(b.label, MAX_BUTTON_LABEL),
        custom_id: customIdOf(b.action),
      })),
    });
  }
  return rows;
}

/** The modal an answer button opens; the submit carries the same token back. */
export function answerModal(action: string, label: string, placeholder?: string): APIModalInteractionResponseCallbackData {
  return textModal(customIdOf(action), label, label, placeholder);
}

/** The words of Discord's own controls around the engine's replies, in a conversation's language. */
export type Controls = Messages['controls'];
export function controlsIn(language: Language | undefined): Controls {
  return (language ? messagesIn(language) : messages).controls;
}

/**
 * While a case is open the user answers the support team with this button (an ephemeral conversation cannot be
 * typed to; in a DM or thread it is the obvious way). Its action, the engine's, is valid at any revision.
 */
export function replyButton(replyAction: string, controls: Controls): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Primary,
    label: clip(controls.reply, MAX_BUTTON_LABEL),
    emoji: { name: '✏️' },
    custom_id: customIdOf(replyAction),
  };
}

export function replyModal(action: string, controls: Controls): APIModalInteractionResponseCallbackData {
  return textModal(customIdOf(action), controls.replyTitle, controls.replyLabel);
}

/**
 * Messages for a user outside a turn (an agent's answer, the rating question). Where the replies offer no
 * control of their own, the last message gets a Reply button, the user's way back to the support team.
 */
export function reachMessages(replies: readonly Reply[], replyAction: string, controls: Controls = messages.controls): OutMessage[] {
  const out = renderReplies(replies);
  const last = out[out.length - 1];
  const controlled = replies.some((r) => (r.buttons && r.buttons.length > 0) || r.ask);
  if (!last || controlled || last.components.length >= MAX_ROWS) return out;
  out[out.length - 1] = { ...last, components: [...last.components, { type: ComponentType.ActionRow, components: [replyButton(replyAction, controls)] }] };
  return out;
}

/** A modal with one paragraph input (id ANSWER_INPUT_ID), within Discord's limits. */
export function textModal(customId: string, title: string, label: string, placeholder?: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: customId,
    title: clip(title, MAX_MODAL_TITLE),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: ANSWER_INPUT_ID,
            style: TextInputStyle.Paragraph,
            label: clip(label, MAX_INPUT_LABEL),
            ...(placeholder ? { placeholder: clip(placeholder, MAX_PLACEHOLDER) } : {}),
            required: true,
            min_length: 1,
            max_length: Math.min(MAX_TEXT, MAX_INPUT_VALUE),
          },
        ],
      },
    ],
  };
}
