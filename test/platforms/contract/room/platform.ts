// The declaration of "room", a platform that exists only in these tests: one shared room where people and the
// bot post, with private messages, buttons, select menus and forms. Registered by its test, not by shoplink.
import type { PlatformSpec } from '../../../../src/platforms/platform.ts';

/** Room mentions look like `@{name}`; a word joiner after the "@" makes one plain text. */
const MENTION = /@\{/g;

export const roomPlatform: PlatformSpec = {
  id: 'room',
  name: 'Room',
  mention: (user) => `@{${user}}`,
  inert: (text) => text.replace(MENTION, '@\u2060{'),
  place: (a) => ({ words: `room ${a.channel}` }),
  limits: { buttonLabel: 80, message: 4000, selectOptions: 25, buttons: 5, formLabel: 80, placeholder: 100 },
  capabilities: { forms: true, threads: false, ephemeral: true, selects: true, buttonsPerRow: 5, reachableLater: false },
};
