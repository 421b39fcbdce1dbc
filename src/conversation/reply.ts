// What the engine answers, independent of any platform: text, buttons and input requests.
// Adapters turn a Reply into Block Kit, Discord components or terminal lines; they never write their own.

export interface Button {
  label: string;
  /** Opaque token the platform sends back on a click (see action.ts); ≤ 40 characters. */
  action: string;
  /** The engine's own buttons (start over) step back visually from the flow's choices. */
  secondary?: boolean;
}

export interface AskField {
  label: string;
  placeholder?: string;
  /** Token to send back with the answer (modal submit). */
  action: string;
}

export interface Reply {
  text: string;
  buttons?: Button[];
  ask?: AskField;
  /** `notice` replies are about the conversation itself (refusals, hints): platforms may show them only to the user. */
  kind: 'step' | 'notice';
}
