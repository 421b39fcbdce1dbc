// User words shown to the support team on Discord: Markdown escaped and every mention broken, so "@everyone",
// "<@123>" or "<#channel>" in what a user typed read as plain text. allowed_mentions stays empty anyway.
import { escapeMarkdown } from 'discord.js';

/** A zero-width space: it breaks a mention's syntax without changing what people read. */
export const ZWSP = '\u200b';

/** The desk's `escape`: user text that neither formats nor pings nor links a channel, role or person. */
export function escapeUserText(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return (
    escaped
      // Quotes ("> ", ">>> ") and small text ("-# ") at a line's start are left alone by escapeMarkdown.
      .replace(/^(\s*)(>|-#)/gm, '$1\\$2')
      // Mass mentions, and the <@user>, <@!user>, <@&role>, <#channel> forms. A plain "@name" is no mention
      // when a bot sends it, so e-mail addresses stay intact (agents copy them).
      .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
      .replace(/<(?=[@#])/g, `<${ZWSP}`)
  );
}
