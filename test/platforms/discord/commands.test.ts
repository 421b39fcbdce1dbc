// /linkhelp as registered with Discord: built from the flows (topics = content flows but the menu),
// and put to one guild or globally through discord.js REST against the fake.
import { afterEach, describe, expect, it } from 'vitest';
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
