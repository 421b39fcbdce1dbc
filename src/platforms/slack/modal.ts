// The modal an `ask` step opens: one text input, and private_metadata that remembers where the answer goes.
// Stateless on purpose: the submission may reach another process behind the load balancer than the click did.
import type { types, ViewOutput } from '@slack/bolt';
import { MAX_TEXT } from '../../conversation/input.ts';
import type { Controls } from './blocks.ts';
import { clip } from '../text.ts';
import { slackPlatform } from './platform.ts';

export const ASK_CALLBACK = 'shoplink-ask';
const INPUT_BLOCK = 'answer';
const INPUT_ACTION = 'text';
/** Slack's plain_text_input takes at most 3000 characters, less than the engine's MAX_TEXT. */
const MAX_INPUT = Math.min(3000, MAX_TEXT);
/** Slack's limits: an input's label is 2000 characters, its placeholder 150. */
const LIMITS = slackPlatform.limits!;
/** Block Kit: a modal's title is 24 characters, its submit and close buttons 24 each. */
export const MAX_MODAL_TITLE = 24;
export const MAX_MODAL_BUTTON = 24;

/** Where the answer belongs: the ask token, the place, and the message whose Answer button was clicked. */
export interface AskMeta {
  action: string;
  channel: string;
  thread?: string;
  /** ts of the asking message, to replace its button with the answer. */
  message?: string;
  /** The asking message was ephemeral: reach it through this response_url instead. */
  responseUrl?: string;
}

/** The modal of a question; `controls` word its title and buttons in the conversation's language. */
export function askModal(field: { label: string; placeholder?: string }, meta: AskMeta, controls: Controls): types.ModalView {
  return {
    type: 'modal',
    callback_id: ASK_CALLBACK,
    private_metadata: JSON.stringify(meta),
    title: { type: 'plain_text', text: clip(controls.modalTitle, MAX_MODAL_TITLE) },
    submit: { type: 'plain_text', text: clip(controls.send, MAX_MODAL_BUTTON) },
    close: { type: 'plain_text', text: clip(controls.cancel, MAX_MODAL_BUTTON) },
    blocks: [
      {
        type: 'input',
        block_id: INPUT_BLOCK,
        label: { type: 'plain_text', text: clip(field.label, LIMITS.formLabel) },
        element: {
          type: 'plain_text_input',
          action_id: INPUT_ACTION,
          multiline: true,
          max_length: MAX_INPUT,
          ...(field.placeholder ? { placeholder: { type: 'plain_text', text: clip(field.placeholder, LIMITS.placeholder) } } : {}),
        },
      },
    ],
  };
}

/** The answer and its destination from a submitted modal, or undefined when the view is not one of ours. */
export function readAnswer(view: ViewOutput): { meta: AskMeta; text: string } | undefined {
  let meta: Partial<AskMeta>;
  try {
    meta = JSON.parse(view.private_metadata) as Partial<AskMeta>;
  } catch {
    return undefined;
  }
  if (typeof meta.action !== 'string' || typeof meta.channel !== 'string') return undefined;
  const text = view.state.values[INPUT_BLOCK]?.[INPUT_ACTION]?.value;
  return { meta: meta as AskMeta, text: typeof text === 'string' ? text : '' };
}

/** The inline error shown under the input (response_action: errors), keyed by our input block. */
export function inputError(text: string): Record<string, string> {
  return { [INPUT_BLOCK]: text };
}
