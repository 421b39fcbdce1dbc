// Discord as the rest of shoplink knows it: names, mentions, links, limits and settings. No SDK here: core code
// (summaries, config, `flows check`) reads this through the registry, without loading discord.js.
import type { PlatformSpec } from '../platform.ts';
import { discordSettings, type DiscordConfig } from './settings.ts';

/** The workspace of a conversation outside any guild (DMs with the bot). */
export const DM_WORKSPACE = '@dm';

export const discordPlatform: PlatformSpec<DiscordConfig> = {
  id: 'discord',
  name: 'Discord',
  usualRole: 'creator',
  mention: (user) => `<@${user}>`,
  // A word joiner after "<" breaks <@123>, <@&role> and <#channel>; messages also allow no mentions at all.
  inert: (text) => text.replace(/<([@#])/g, '<\u2060$1'),
  place(a, say) {
    const words = a.thread ? say('place.discordThread', { thread: a.thread, channel: a.channel }) : say('place.discordChannel', { channel: a.channel });
    if (a.workspace === DM_WORKSPACE) return { words, more: say('place.botDm') };
    if (!/^\d+$/.test(a.workspace)) return { words };
    return { words, url: `https://discord.com/channels/${a.workspace}/${a.thread ?? a.channel}` };
  },
  limits: {
    /** A button's label is 80 characters. */
    buttonLabel: 80,
    /** Message content is 2000 characters. */
    message: 2000,
    /** A string select takes 25 options. */
    selectOptions: 25,
    /** An action row holds 5 buttons; more choices become a select menu. */
    buttons: 5,
    /** A text input's label is 45 characters. */
    formLabel: 45,
    /** A text input's placeholder is 100 characters. */
    placeholder: 100,
  },
  capabilities: { forms: true, threads: true, ephemeral: true, selects: true, buttonsPerRow: 5, reachableLater: true },
  desk: {},
  settings: discordSettings,
};
