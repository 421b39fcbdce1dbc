// The terminal chat as the rest of shoplink knows it: plain text of any length, numbered choices, and answers
// typed at the prompt. Its users are reached only while they chat.
import type { PlatformSpec } from '../platform.ts';

export const terminalPlatform: PlatformSpec = {
  id: 'terminal',
  name: 'terminal',
  place: (_a, say) => ({ words: say('place.terminal') }),
  capabilities: { forms: false, threads: false, ephemeral: false, selects: false, buttonsPerRow: Infinity, reachableLater: false },
};
