// Engine replies as Block Kit: text sections, buttons (a select menu past Slack's limit), and the Answer button
// of an `ask` step. Also the "✓ chosen" line that replaces answered buttons so nothing stale is left to click.
import type { types } from '@slack/bolt';
import { messages, messagesIn, type Messages } from '../../conversation/messages.ts';
import type { Reply } from '../../conversation/reply.ts';
import { isLanguage, type Language } from '../../i18n/languages.ts';
import { clip, split } from '../text.ts';
import { slackPlatform } from './platform.ts';
import { mrkdwn, quoteUser } from './text.ts';

type Block = types.KnownBlock;

/** Slack section text is 3000 characters; longer replies are split over several sections. */
export const MAX_SECTION_TEXT = slackPlatform.limits!.message;

/** Context elements are also 3000 characters; room is left for the "✓ " prefix. */
const MAX_CHOSEN_TEXT = 2900;
/** The action_id of the select menu (its options carry the engine's tokens as values). */
export const SELECT_ACTION = 'shoplink-choice';
/** Our actions blocks are named `shoplink:<thread ts>` so a click on an ephemeral copy still finds its thread. */
const BLOCK_PREFIX = 'shoplink:';
/** Leads the line that replaces answered buttons: "✓ <what was chosen>". */
const CHOSEN_MARK = '✓';

/** The words of Slack's own controls in a conversation's language (English when none is known). */
export type Controls = Messages['controls'];
export function controlsIn(language: Language | undefined): Controls {
  return (language ? messagesIn(language) : messages).controls;
}

export interface SlackMessage {
  /** Notification and screen-reader fallback; the blocks are what is shown. */
  text: string;
  blocks: Block[];
}

/**
 * What the Answer button carries, so the modal opens without reading the store (trigger_id lives 3 s): the
 * question, and the language the conversation spoke when it asked, for the modal's own words.
 */
export interface AskValue {
  label: string;
  placeholder?: string;
  language?: Language;
}

/** A reply as Block Kit; `controls` words the buttons Slack needs around it, in the conversation's language. */
export function replyMessage(reply: Reply, thread?: string, controls: Controls = messages.controls, language?: Language): SlackMessage {
  const text = mrkdwn(reply.text);
  const blocks: Block[] = sections(text);
  const block_id = `${BLOCK_PREFIX}${thread ?? ''}`;
  if (reply.buttons && reply.buttons.length > slackPlatform.limits!.buttons) {
    blocks.push({
      type: 'actions',
      block_id,
      elements: [
        {
          type: 'static_select',
          action_id: SELECT_ACTION,
          placeholder: { type: 'plain_text', text: controls.choose },
          options: reply.buttons.map((b) => ({ text: { type: 'plain_text', text: b.label }, value: b.action })),
        },
      ],
    });
  } else if (reply.buttons?.length) {
    blocks.push({
      type: 'actions',
      block_id,
      elements: reply.buttons.map((b) => ({ type: 'button', action_id: b.action, value: b.action, text: { type: 'plain_text', text: b.label } })),
    });
  } else if (reply.ask) {
    const value: AskValue = { label: reply.ask.label, placeholder: reply.ask.placeholder, ...(language ? { language } : {}) };
    blocks.push({
      type: 'actions',
      block_id,
      elements: [{ type: 'button', style: 'primary', action_id: reply.ask.action, value: JSON.stringify(value), text: { type: 'plain_text', text: controls.answer } }],
    });
  }
  return { text: text || mrkdwn(reply.ask?.label ?? controls.answer), blocks };
}

/** The thread named in one of our actions blocks, if any. */
/** The language an Answer button's value names, if it names one of ours. */
export function languageOfAsk(value: Partial<AskValue> | undefined): Language | undefined {
  return typeof value?.language === 'string' && isLanguage(value.language) ? value.language : undefined;
}

export function threadOfBlock(blockId: string | undefined): string | undefined {
  if (!blockId?.startsWith(BLOCK_PREFIX)) return undefined;
  return blockId.slice(BLOCK_PREFIX.length) || undefined;
}

/** A message's blocks with its controls replaced by "✓ <what the user chose or typed>", escaped. */
export function answered(blocks: Block[], chosen: string): Block[] {
  return [
    ...blocks.filter((b) => b.type !== 'actions'),
    { type: 'context', elements: [{ type: 'mrkdwn', verbatim: true, text: `${CHOSEN_MARK} ${quoteUser(clip(chosen, MAX_CHOSEN_TEXT))}` }] },
  ];
}

/** Sections of at most MAX_SECTION_TEXT characters, split at line breaks where possible. */
export function sections(text: string): Block[] {
  return split(text.trim(), MAX_SECTION_TEXT).map((piece) => ({ type: 'section', text: { type: 'mrkdwn', verbatim: true, text: piece } }));
}
