// /linkhelp as registered with Discord: built from the flows (topics = content flows but the menu), localised for
// Discord clients in our other languages, and put to one guild or globally through discord.js REST against the fake.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { messagesIn } from '../../../src/conversation/messages.ts';
import { COMMAND_NAME_RULE, MAX_CHOICE_NAME, MAX_DESCRIPTION } from '../../../src/platforms/discord/commands.ts';
import { linkhelpCommand, registerCommands } from '../../../src/platforms/discord/index.ts';
import { FakeDiscord } from '../../fakes/discord.ts';
import { shippedFlows } from '../../support.ts';

let fake: FakeDiscord | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('the /linkhelp definition', () => {
  it('offers every content flow but the menu as a topic, within Discord limits, in guilds and DMs', () => {
    const flows = shippedFlows();
    const command = linkhelpCommand(flows);
    expect(command).toMatchObject({ name: 'linkhelp', type: 1, contexts: [0, 1], integration_types: [0] });
    expect(command.description.length).toBeLessThanOrEqual(100);
    const [topic] = command.options as { name: string; required: boolean; description: string; choices: { name: string; value: string }[] }[];
    expect(topic).toMatchObject({ name: 'topic', required: false });
    expect(topic!.description.length).toBeLessThanOrEqual(100);
    expect(topic!.choices.map((c) => c.value)).toEqual(flows.contentFlows.map((f) => f.id).filter((id) => id !== 'menu'));
    for (const c of topic!.choices) expect(c.name.length).toBeGreaterThan(0), expect(c.name.length).toBeLessThanOrEqual(100);
    expect(topic!.choices.find((c) => c.value === 'already-linked')!.name).toBe(flows.flows.get('already-linked')!.title);
  });
});

describe('/linkhelp in Discord clients in our languages', () => {
  it("names its options and topics in Spanish, Indonesian, Vietnamese and Thai, within Discord's rules", () => {
    const flows = shippedFlows();
    const command = linkhelpCommand(flows);
    const locales = ['es-ES', 'es-419', 'id', 'vi', 'th'];
    expect(Object.keys(command.description_localizations ?? {}).sort()).toEqual([...locales].sort());
    expect(command.description_localizations!['th']).toBe(flows.translations.get('th')!.get('menu')!.summary);
    const [topic, question] = command.options as {
      name: string;
      name_localizations: Record<string, string>;
      description_localizations: Record<string, string>;
      choices?: { name: string; name_localizations: Record<string, string>; value: string }[];
    }[];
    expect(topic!.name_localizations).toEqual({ 'es-ES': 'tema', 'es-419': 'tema', id: 'topik', vi: 'chủ-đề', th: 'หัวข้อ' });
    expect(question!.name_localizations['es-419']).toBe('pregunta');
    expect(topic!.description_localizations['vi']).toBe(messagesIn('vi').topicOption);
    for (const option of [topic!, question!]) {
      for (const name of Object.values(option.name_localizations)) {
        expect(name).toMatch(COMMAND_NAME_RULE);
        expect(name).toBe(name.toLowerCase());
      }
      for (const text of Object.values(option.description_localizations)) expect(text.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    }
    const alreadyLinked = topic!.choices!.find((c) => c.value === 'already-linked')!;
    expect(alreadyLinked.name_localizations['id']).toBe(flows.translations.get('id')!.get('already-linked')!.title);
    for (const choice of topic!.choices!) {
      expect(Object.keys(choice.name_localizations).sort()).toEqual([...locales].sort());
      for (const name of Object.values(choice.name_localizations)) expect(name.length).toBeLessThanOrEqual(MAX_CHOICE_NAME);
    }
  });
});

describe('registerCommands', () => {
  it('puts the command to one guild when a guild is given, otherwise globally', async () => {
    fake = await FakeDiscord.start();
    const flows = shippedFlows();
    const base = { token: 'test-token', applicationId: fake.applicationId, api: fake.api, flows };
    const inGuild = await registerCommands({ ...base, guildId: fake.guildId });
    expect(inGuild.map((c) => c.name)).toEqual(['linkhelp']);
    const guildPut = await fake.waitFor((r) => r.kind === 'commands');
    expect(guildPut).toMatchObject({ method: 'PUT', path: `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands` });
    expect(guildPut.body).toEqual([linkhelpCommand(flows)]);
    await registerCommands(base);
    expect(fake.commands.get('global')!.map((c) => c.name)).toEqual(['linkhelp']);
    expect(fake.requests.filter((r) => r.kind === 'commands').map((r) => r.path)).toEqual([
      `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`,
      `/applications/${fake.applicationId}/commands`,
    ]);
  });
});

describe('shoplink register-commands', () => {
  const BIN = fileURLToPath(new URL('../../../src/bin/shoplink.js', import.meta.url));
  const run = (args: string[], env: Record<string, string>) =>
    promisify(execFile)(process.execPath, [BIN, 'register-commands', ...args], { env: { ...process.env, DATABASE_URL: 'memory:', DISCORD_GUILD_ID: '', ...env } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it('says what it replaces, and removes another command only with --yes', { timeout: 30_000 }, async () => {
    fake = await FakeDiscord.start();
    fake.commands.set('global', [{ id: '1', name: 'giveaway' }, { id: '2', name: 'linkhelp' }]);
    const env = { DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.api };

    const refused = await run([], env);
    expect(refused.code).toBe(1);
    expect(refused.stdout.trim()).toBe(`Application ${fake.applicationId} has /giveaway, /linkhelp globally; registering replaces them all with /linkhelp.`);
    expect(refused.stderr.trim()).toBe('Not registered: /giveaway would be removed. Run again with --yes to remove it, or set DISCORD_GUILD_ID to register in one server only.');
    expect(fake.commands.get('global')!.map((c) => c.name)).toEqual(['giveaway', 'linkhelp']);

    const done = await run(['--yes'], env);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('Registered /linkhelp globally (may take up to an hour to appear). Removed /giveaway.');
    expect(fake.commands.get('global')!.map((c) => c.name)).toEqual(['linkhelp']);

    // Only /linkhelp there: replacing it needs no --yes.
    expect((await run([], env)).code).toBe(0);
  });
});
