// Discord in the creator's language: a real discord.js Client on the loopback fake, the user's client set to
// Spanish (interaction.locale "es-ES"), through /linkhelp, a button and a modal to a recorded case; and the
// adapter's own notices (a private thread opened, a command the bot lacks) in the language the engine chooses.
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { Conversations } from '../../../src/conversation/conversation.ts';
import { messagesIn } from '../../../src/conversation/messages.ts';
import { withoutDesk } from '../../../src/handoff/no-desk.ts';
import { startDiscord, type DiscordBot } from '../../../src/platforms/discord/index.ts';
import { MemoryStore } from '../../../src/store/memory.ts';
import { FakeDiscord, labelsOf, type Exchange } from '../../fakes/discord.ts';
import { shippedFlows } from '../../support.ts';

let fake: FakeDiscord;
let bot: DiscordBot | undefined;

afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  expect(fake.violations).toEqual([]);
  await fake.close();
});

async function start(threads = false) {
  fake = await FakeDiscord.start();
  const conversations = new Conversations(withoutDesk(shippedFlows()), new MemoryStore());
  const config = { token: 'test-token', applicationId: fake.applicationId, apiUrl: fake.api, threads };
  bot = await startDiscord({ conversations, config, log: pino({ level: process.env.LOG ?? 'silent' }) });
}

function bodyOf(x: Exchange) {
  const r = x.shown!;
  return r.kind === 'callback' ? r.body.data : r.body;
}

describe('Discord in Spanish', () => {
  it('answers a creator whose Discord is in Spanish in Spanish, down to the case number', async () => {
    await start();
    const spanish = shippedFlows().translations.get('es')!;
    const menu = spanish.get('menu')!.steps;
    const lucia = fake.user('lucia').speaking('es-ES');

    const hello = await lucia.command();
    expect(bodyOf(hello).content).toContain(menu.welcome!.say!.trim().split('\n')[0]);
    expect(labelsOf(fake.messages.get(hello.interaction.originalId!)!)).toContain(menu.welcome!.choices!['system.human']!.label);

    await lucia.click(menu.welcome!.choices!['system.human']!.label);
    const human = spanish.get('system')!.steps.human!;
    // The step asks in a form: its button and the form's label are in Spanish too.
    await lucia.click(human.ask!.label);
    const modal = fake.modals.get(lucia.id)!.at(-1)!;
    expect(modal.data.components[0].components[0].label).toBe(human.ask!.label);
    const done = await lucia.submit('El icono de la bolsa no aparece desde ayer');
    expect(bodyOf(done).content).toContain(messagesIn('es').caseOpened(1));
  });

  it('points a Vietnamese creator to the private thread it opened, and answers a stale command, in Vietnamese', async () => {
    await start(true);
    const vi = messagesIn('vi');
    const minh = fake.user('minh').speaking('vi');
    const x = await minh.command({ topic: 'creator-link' });
    const thread = [...fake.channels.values()].find((c) => c.type === 12)!;
    expect(bodyOf(x).content).toBe(vi.threadOpened(`<#${thread.id}>`));
    const post = await fake.waitFor((r) => r.kind === 'channel-message' && r.path === `/channels/${thread.id}/messages`);
    expect(post.body.content).toContain(shippedFlows().translations.get('vi')!.get('creator-link')!.steps[shippedFlows().flows.get('creator-link')!.start]!.say!.trim().slice(0, 20));

    const stale = await fake.user('lan').speaking('vi').command({ name: 'shophelp' });
    expect(bodyOf(stale)).toMatchObject({ content: vi.unknownCommand('shophelp'), allowed_mentions: { parse: [] } });
    expect(bodyOf(stale).flags & 64).toBe(64);
  });
});
