// Slack as the rest of shoplink knows it: names, mentions, links, limits and settings. No SDK here: core code
// (summaries, config, `flows check`) reads this through the registry, without loading Bolt.
import type { PlatformSpec } from '../platform.ts';
import type { SlackConfig } from './settings.ts';
import { slackSettings } from './settings.ts';

export const slackPlatform: PlatformSpec<SlackConfig> = {
  id: 'slack',
  name: 'Slack',
  usualRole: 'seller',
  mention: (user) => `<@${user}>`,
  // A word joiner after "<" breaks <@U1>, <#C1> and <!here> without changing what people read.
  inert: (text) => text.replace(/<([@#!])/g, '<\u2060$1'),
  place: (a, say) => ({
    words: say('place.channel', { channel: a.channel }),
    url: `https://slack.com/app_redirect?team=${encodeURIComponent(a.workspace)}&channel=${encodeURIComponent(a.channel)}`,
    ...(a.thread ? { more: say('place.inThread') } : {}),
  }),
  limits: {
    /** Block Kit: button text is 75 characters. */
    buttonLabel: 75,
    /** Block Kit: a section's text is 3000 characters. */
    message: 3000,
    /** Block Kit: a static select takes 100 options. */
    selectOptions: 100,
    /** Past five, choices become a select menu: long rows of buttons wrap badly in Slack's clients. */
    buttons: 5,
    /** Block Kit: an input block's label is 2000 characters. */
    formLabel: 2000,
    /** Block Kit: a plain_text_input's placeholder is 150 characters. */
    placeholder: 150,
  },
  capabilities: { forms: true, threads: true, ephemeral: true, selects: true, buttonsPerRow: 25, reachableLater: true },
  desk: { example: 'C0123ABCD' },
  settings: slackSettings,
};
