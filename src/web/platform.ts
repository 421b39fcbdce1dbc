// The web preview as the rest of shoplink knows it: a page in a browser, buttons for every choice, answers typed
// in its text box. Its users are reached while their page polls this process.
import type { PlatformSpec } from '../platforms/platform.ts';

export const webPlatform: PlatformSpec = {
  id: 'web',
  name: 'web preview',
  place: (_a, say) => ({ words: say('place.web') }),
  capabilities: { forms: false, threads: false, ephemeral: false, selects: false, buttonsPerRow: Infinity, reachableLater: false },
};
