// How a turn's replies are shown, decided by the engine so every platform shows the same thing the same way:
// to whom, what the used controls give way to, and which control opens a form. Adapters only translate these.

/** Why an input changed nothing. */
export type Refusal =
  | 'empty'
  | 'too-long'
  | 'malformed'
  | 'gone'
  | 'foreign'
  | 'stale'
  | 'duplicate'
  | 'not-asking'
  /** A message in a place others share (a thread) from someone with no conversation there: not for the bot. */
  | 'not-here'
  /** The engine could not take the turn (the store is down): nothing changed, the user may try again. */
  | 'failed';

export interface Showing {
  /**
   * `conversation`: where the conversation is, for everyone who sees it; `actor`: to the person who acted, alone
   * (a refusal, a hint); `nobody`: nothing to show (a click already applied, a message not for the bot).
   */
  to: 'conversation' | 'actor' | 'nobody';
  /** What a press or a form chose or said, shown as "✓ <chosen>". */
  chosen?: string;
  /**
   * The message whose control was used gives way: to "✓ <chosen>" after a choice or an answer, or to the replies
   * (where things are now) after an out-of-date control. Without it, that message stays as it is.
   */
  replacesUsed?: boolean;
  /** The text of the message whose control was used, for a platform that redraws it with no copy at hand (after a form). */
  asked?: string;
}

/** What a control opens instead of being pressed: a form with one text field. */
export interface Form {
  /** `answer`: the step's question; `reply`: a message to the support team while a case is open. */
  purpose: 'answer' | 'reply';
  /** The action the form's submit carries back (an `answer` input). */
  action: string;
  /** The question, for an answer form (a reply form is worded by the platform). */
  label?: string;
  placeholder?: string;
}

/** How a result is shown when nothing more is known: refusals to the actor (an out-of-date control's message may show where things are), a repeat to nobody. */
export function showingOf(refused: Refusal | undefined): Showing {
  if (refused === 'duplicate' || refused === 'not-here') return { to: 'nobody' };
  if (refused === 'stale' || refused === 'not-asking') return { to: 'actor', replacesUsed: true };
  if (refused) return { to: 'actor' };
  return { to: 'conversation' };
}
