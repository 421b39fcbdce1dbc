// The Discord settings read from the environment: no token means Discord is off, and a mistake names
// the variable and how to fix it.
import { describe, expect, it } from 'vitest';
import { readDiscordConfig } from '../../../src/platforms/discord/index.ts';

const TOKEN = 'MTIz.abc.def';
const APP = '123456789012345678';

describe('readDiscordConfig', () => {
  it('is undefined when no token is set, even with other Discord variables empty', () => {
    expect(readDiscordConfig({})).toBeUndefined();
    expect(readDiscordConfig({ DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '' })).toBeUndefined();
  });

  it('reads every variable', () => {
    expect(
      readDiscordConfig({
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: APP,
        DISCORD_GUILD_ID: '223456789012345678',
        DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
        DISCORD_THREADS: 'true',
      }),
    ).toEqual({ token: TOKEN, applicationId: APP, guildId: '223456789012345678', apiUrl: 'http://127.0.0.1:9999/api', threads: true });
    expect(readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP })).toEqual({ token: TOKEN, applicationId: APP, threads: false });
  });

  it('reads the support role that marks staff on a Discord desk', () => {
    expect(readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, SUPPORT_ROLE_ID: '323456789012345678' })).toEqual({
      token: TOKEN,
      applicationId: APP,
      threads: false,
      supportRoleId: '323456789012345678',
    });
    expect(readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, SUPPORT_ROLE_ID: '' })).not.toHaveProperty('supportRoleId');
    expect(() => readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, SUPPORT_ROLE_ID: 'Support' })).toThrow(/SUPPORT_ROLE_ID: a Discord role id/);
  });

  it('reads Message Content, which only threads mode uses', () => {
    const env = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_THREADS: 'true' };
    expect(readDiscordConfig({ ...env, DISCORD_MESSAGE_CONTENT: 'true' })).toMatchObject({ threads: true, messageContent: true });
    expect(readDiscordConfig({ ...env, DISCORD_MESSAGE_CONTENT: 'false' })).not.toHaveProperty('messageContent');
    expect(() => readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_MESSAGE_CONTENT: 'true' })).toThrow(
      /DISCORD_MESSAGE_CONTENT: only used with DISCORD_THREADS=true/,
    );
    expect(() => readDiscordConfig({ ...env, DISCORD_MESSAGE_CONTENT: 'yes' })).toThrow(/DISCORD_MESSAGE_CONTENT: use true or false/);
  });

  it('names the variable and the fix when something is wrong', () => {
    expect(() => readDiscordConfig({ DISCORD_TOKEN: TOKEN })).toThrow(/DISCORD_APPLICATION_ID: required/);
    expect(() => readDiscordConfig({ DISCORD_APPLICATION_ID: APP })).toThrow(/DISCORD_TOKEN: required/);
    expect(() => readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: 'my-app' })).toThrow(/DISCORD_APPLICATION_ID: a Discord id/);
    expect(() => readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: 'https://discord.com/api/v10' })).toThrow(/leave the version off/);
    expect(() => readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_THREADS: 'yes' })).toThrow(/DISCORD_THREADS: use true or false/);
  });
});
