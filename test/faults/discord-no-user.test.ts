// Issue 13, item 11 (Discord): an interaction that arrives with no user (neither `user` nor `member.user`)
// made discord.js's constructor throw inside the gateway handler and the process die. It is dropped instead.
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord, labelsOf } from '../fakes/discord.ts';
import { freePort } from '../support.ts';
import { BotProcess } from './process.ts';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('a Discord interaction with no user', { timeout: 30_000 }, () => {
  it('is ignored, and the bot keeps answering everyone else', async () => {
    const discord = await FakeDiscord.start();
    cleanups.push(() => discord.close());
    const env = { DATABASE_URL: 'memory:', DISCORD_TOKEN: 'fake-token', DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.api, PORT: String(await freePort()) };
    const bot = await BotProcess.start(env);
    cleanups.push(() => bot.kill());
    const bo = discord.user('bo');
    const payload = { type: 2, data: { id: discord.commandId, name: 'linkhelp', type: 1, guild_id: bo.guildId }, member: undefined, user: undefined };
    discord.dispatch(payload, bo.data, bo.channelId, bo.guildId);
    await bot.waitForLog('an interaction without a user', 5000);
    expect(bot.exited).toBe(false);
    const shown = await bo.command({ topic: 'creator-link' });
    expect(labelsOf(discord.messages.get(shown.interaction.originalId!))).toContain('A brand sent me an invitation');
    expect(bot.exited).toBe(false);
  });
});
