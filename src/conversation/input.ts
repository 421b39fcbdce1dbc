// What a user can do, whatever the platform: type, press a button, submit an answer, or start.
// Limits on text live here so every adapter refuses the same things the same way.

export type Input = (
  /**
   * `key`: the platform's delivery id (Slack's event_id); a redelivery with the same key applies once.
   * `files`: links to what the user attached; they reach an open case, and are left out anywhere else.
   * `shared`: typed where others talk too (a thread): only someone with a conversation there is answered.
   */
  | { type: 'text'; text: string; key?: string; files?: string[]; shared?: boolean }
  | { type: 'press'; action: string }
  | { type: 'answer'; action: string; text: string }
  /**
   * A slash command or first contact: resume the conversation, go to `flow` (a topic picked from a list),
   * or route `text` (typed after the command).
   */
  | { type: 'start'; text?: string; flow?: string }
) & {
  /**
   * The user's locale when the platform gives one with the input (BCP 47: Discord's "es-ES", a browser's
   * preferred language, the terminal's LANG): it chooses the conversation's language unless the user named one.
   */
  locale?: string;
};

/** Longer messages are refused with a hint rather than cut: the user keeps their text. */
export const MAX_TEXT = 4000;
