// Slack mrkdwn from the engine's Markdown subset, and the escaping that keeps user text from pinging anyone.
// Slack treats &, < and > as control characters; everything else is shown as typed when blocks are verbatim.

/** Mentions the engine itself writes (e.g. the owner in a refusal); the only markup allowed through. */
const ENGINE_MENTION = /(<@[UW][A-Z0-9]{2,}>)/;

/** Escapes &, < and > the way Slack asks, so `<!channel>` or `<@U1>` in text stay text. */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text a user typed, ready to echo: escaped, and the broadcast words broken with an invisible word joiner,
 * so they cannot ping even in a client or field that auto-links `@here`.
 */
export function quoteUser(s: string): string {
  return escapeText(s).replace(/@(everyone|here|channel)\b/gi, '@\u2060$1');
}

/** Our Markdown subset (**bold**, `code`, "- " lists) as Slack mrkdwn, escaped except for engine mentions. */
export function mrkdwn(markdown: string): string {
  return markdown
    .split(ENGINE_MENTION)
    .map((part, i) => (i % 2 === 1 ? part : escapeText(part)))
    .join('')
    .replace(/\*\*(.+?)\*\*/g, '*$1*')
    .replace(/^([ \t]*)[-*] /gm, '$1• ');
}

/** Text from a Slack message as the user typed it: Slack escapes &, < and >, the engine wants them back. */
export function fromSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Message text without the mentions of the bot that addressed it (`<@U123>` or `<@U123|name>`). */
export function withoutMention(text: string, botUserId: string | undefined): string {
  const who = botUserId ?? '[UW][A-Z0-9]+';
  return text.replace(new RegExp(`<@${who}(?:\\|[^>]*)?>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/**
 * What a person typed in Slack as plain words, for someone on any platform: mentions and channel links
 * become their names (`@Ana`, `#help`), links `label (url)`, then the &, < and > escapes are undone.
 */
export function plainFromSlack(text: string): string {
  const plain = text.replace(/<([^<>]*)>/g, (_, inner: string) => {
    const [target = '', label] = inner.split('|', 2) as [string, string | undefined];
    if (target.startsWith('@')) return label ? `@${label.replace(/^@/, '')}` : target;
    if (target.startsWith('#')) return label ? `#${label}` : target;
    if (target.startsWith('!')) {
      const special = target.slice(1).split('^')[0]!;
      if (special === 'here' || special === 'channel' || special === 'everyone') return `@${special}`;
      return label ?? `@${special}`;
    }
    const url = target.replace(/^mailto:/, '');
    return label && label !== url ? `${label} (${url})` : url;
  });
  return fromSlack(plain);
}
