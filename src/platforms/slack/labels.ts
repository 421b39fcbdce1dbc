// The few words Slack's own controls need that the engine has no sentence for: modal chrome, placeholders.
// Labels only, never sentences; proposed to move into src/conversation/messages.ts (see the Slack issue note).

export const labels = {
  /** The button on an `ask` step that opens the modal. */
  answer: 'Answer',
  /** Modal titles are 24 characters at most. */
  modalTitle: 'Your answer',
  send: 'Send',
  cancel: 'Cancel',
  /** Placeholder of the select menu used when a step has more choices than fit as buttons. */
  choose: 'Choose…',
  /** App Home: starts a conversation in the bot's DM. */
  start: 'Start',
  /** App Home: heading over the user's conversation that has not ended. */
  openConversation: 'Your open conversation',
  /** Prefix of the line that replaces answered buttons. */
  chosen: '✓',
} as const;
