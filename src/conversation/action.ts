// The token a button carries: which conversation, at which revision, and which choice.
// Platforms put it in action_id / custom_id; it is checked, never trusted, when it comes back.

/**
 * `n` = choice index; `restart` and `human` are the engine's own buttons; `answer` submits a step's
 * question, `reply` a message to the support team while a case is open (valid at any revision).
 */
export type ActionChoice = number | 'restart' | 'human' | 'answer' | 'reply';

export interface Action {
  conversation: string;
  rev: number;
  choice: ActionChoice;
}

const CODES: Record<string, ActionChoice> = { r: 'restart', h: 'human', a: 'answer', y: 'reply' };
const PATTERN = /^([A-Za-z0-9_-]{12}):(\d{1,9}):(\d{1,2}|[rhay])$/;

export function encodeAction(a: Action): string {
  const c = typeof a.choice === 'number' ? String(a.choice) : a.choice === 'reply' ? 'y' : a.choice[0];
  return `${a.conversation}:${a.rev}:${c}`;
}

/** Parses a token, or returns undefined when it is not one of ours (garbled, forged, truncated). */
export function decodeAction(token: string): Action | undefined {
  const m = PATTERN.exec(token);
  if (!m) return undefined;
  const code = m[3]!;
  return { conversation: m[1]!, rev: Number(m[2]), choice: CODES[code] ?? Number(code) };
}
