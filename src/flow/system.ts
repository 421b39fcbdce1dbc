// The built-in `system` flow: the steps every conversation needs whatever the content says —
// asking for a person, rating a solved case, and recovering when a flow edit removed the user's step.
import type { Flow } from './load.ts';
import type { FlowFile } from './schema.ts';

export const SYSTEM_FLOW = 'system';
/** The fact that remembers which flow a user was in when its step disappeared. */
export const MOVED_FROM = 'moved-from';
/** Facts of the rating a user gives a resolved case. */
export const RATING = 'rating';
export const COMMENT = 'comment';
/** Where a question this bot does not cover lands, after a line saying so. */
export const OUT_OF_SCOPE = 'system.out-of-scope' as const;
/** The fact recording which out-of-scope topic was asked about (it travels into a case). */
export const TOPIC = 'out-of-scope';
/** Where a resolved case's user is asked for a rating, and where the rating is recorded. */
export const RATE = 'system.rate' as const;
export const RATED = 'system.rated' as const;
/** Reached once a score is chosen: the rating is kept even if the user never answers the comment question. */
export const RATE_CHOSEN = 'system.comment-offer' as const;

/** Builds the system flow; `flowIds` lets "Restart this guide" route back to any content flow. */
export function systemFlow(flowIds: readonly string[]): Flow {
  const file: FlowFile = {
    id: SYSTEM_FLOW,
    title: 'Built-in steps',
    summary: 'Talk to a person, and recover from a guide that changed',
    match: [],
    start: 'human',
    steps: {
      human: {
        say: "Sure — I'll bring in someone from our support team. Tell me in a sentence or two what you need, so they won't have to ask again.",
        ask: { fact: 'request', label: 'What do you need help with?', goto: 'handoff' },
      },
      handoff: {
        say: "Thanks! I've passed this on with everything you told me.",
        handoff: { reason: 'Asked to talk to a person' },
      },
      moved: {
        say: 'This guide was updated since we last spoke, and the step you were on is gone. Shall we start that guide again, or would you like a person to help?',
        choices: [
          { label: 'Restart this guide', goto: 'restart-moved' },
          { label: 'Talk to a person', goto: 'human' },
        ],
      },
      'out-of-scope': {
        say: 'Is there anything about linking a TikTok account to a shop I can help with?',
        choices: [
          { label: 'Talk to a person', goto: 'human' },
          { label: 'Show me the menu', goto: 'menu' },
        ],
      },
      'restart-moved': {
        route: [...flowIds.map((id) => ({ when: { [MOVED_FROM]: id }, goto: id })), { goto: 'menu' }],
      },
      rate: {
        say: 'Our support team has marked your case as solved. How did we do, from 1 (poor) to 5 (great)?',
        choices: [1, 2, 3, 4, 5].map((n) => ({ id: String(n), label: String(n), goto: 'comment-offer', set: { [RATING]: String(n) } })),
      },
      'comment-offer': {
        say: 'Thank you! Anything you would like to add?',
        choices: [
          { label: 'Add a comment', goto: 'comment' },
          { label: "No, that's all", goto: 'rated' },
        ],
      },
      comment: {
        say: 'Go ahead, I will pass it on.',
        ask: { fact: COMMENT, label: 'Your comment', goto: 'rated' },
      },
      rated: {
        say: 'Thanks, that helps us get better. Type **start over** whenever you need me again.',
        end: 'resolved',
      },
    },
  };
  return { ...file, file: '(built in)', version: 'builtin', lineOf: () => undefined };
}
