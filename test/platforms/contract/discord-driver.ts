// The contract driver for Discord: a real discord.js Client on the fake gateway, people using /linkhelp in a guild
// channel (answers only they see), buttons, selects and modals; the desk in another channel, worked by staff.
import type { Address } from '../../../src/address.ts';
import { startDiscord, type DiscordBot } from '../../../src/platforms/discord/index.ts';
import { discordPlatform } from '../../../src/platforms/discord/platform.ts';
import { FakeDiscord, labelsOf, type FakeMessage, type FakeUser } from '../../fakes/discord.ts';
import type { Acted, ContractDesk, ContractPlatform, ContractUser, Harness, Seen } from './driver.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

interface Ref {
  message: FakeMessage;
  /** The components as they were when seen: a click on them later may be stale. */
  components: Json[];
}

const buttonsOf = (components: Json[]): Json[] => components.flatMap((row: Json) => row.components ?? []);

function seenOf(m: FakeMessage, user: string): Seen {
  const parts = buttonsOf(m.components);
  return {
    text: [m.content, ...m.embeds.map((e: Json) => `${e.title ?? ''}\n${e.description ?? ''}`)].join('\n'),
    buttons: labelsOf(m),
    select: parts.some((c) => c.type === 3),
    form: parts.some((c) => c.type === 2 && c.emoji?.name === '✏️'),
    private: m.ephemeralTo === user,
    ref: { message: m, components: structuredClone(m.components) } satisfies Ref,
  };
}

/** The custom_id (and the option's value, for a select) of the control labelled so. */
function controlOf(components: Json[], label: string): { customId: string; values?: string[] } | undefined {
  for (const c of buttonsOf(components)) {
    if (c.type === 2 && c.label === label) return { customId: c.custom_id };
    const option = c.type === 3 ? (c.options ?? []).find((o: Json) => o.label === label) : undefined;
    if (option) return { customId: c.custom_id, values: [option.value] };
  }
  return undefined;
}

export function discordDriver(): ContractPlatform {
  let fake: FakeDiscord;
  let bot: DiscordBot;
  let deskChannel: string | undefined;
  const people = new Map<string, FakeUser>();

  const user = (name: string): ContractUser => {
    const person = () => {
      if (!people.has(name)) people.set(name, fake.user(name));
      return people.get(name)!;
    };
    const id = () => person().id;
    const visible = () => {
      const dm = fake.dmChannelOf(id());
      return [...fake.messages.values()].filter(
        (m) => (m.channelId === fake.channelId || m.channelId === dm) && !m.deleted && !m.author && (!m.ephemeralTo || m.ephemeralTo === id()),
      );
    };
    const newestWith = (test: (m: FakeMessage) => boolean, what: string) => {
      const m = visible().findLast(test);
      if (!m) throw new Error(`${name} sees no ${what}`);
      return m;
    };
    const click = async (message: FakeMessage, components: Json[], label: string, wait: 'first' | 'shown' = 'shown'): Promise<Acted> => {
      const control = controlOf(components, label);
      if (!control) throw new Error(`no "${label}" on that message; there are: ${labelsOf(message).join(' | ')}`);
      const x = await person().press(control.customId, { message, values: control.values, wait });
      return { ackMs: x.first.at - x.interaction.dispatchedAt };
    };
    return {
      get id() {
        return id();
      },
      async start() {
        const x = await person().command();
        return { ackMs: x.first.at - x.interaction.dispatchedAt };
      },
      async type(text) {
        // Where the bot reads no messages, words go with the command, as people use it.
        const x = await person().command({ question: text });
        return { ackMs: x.first.at - x.interaction.dispatchedAt };
      },
      async press(label, from) {
        if (from) {
          const ref = from.ref as Ref;
          return click(ref.message, ref.components, label);
        }
        const message = newestWith((m) => labelsOf(m).includes(label), `"${label}"`);
        return click(message, message.components, label);
      },
      async answer(text) {
        const message = newestWith((m) => seenOf(m, id()).form, 'question to answer');
        const form = buttonsOf(message.components).find((c) => c.type === 2 && c.emoji?.name === '✏️');
        await click(message, message.components, form.label, 'first');
        const x = await person().submit(text);
        return { ackMs: x.first.at - x.interaction.dispatchedAt };
      },
      async doublePress(label) {
        const message = newestWith((m) => labelsOf(m).includes(label), `"${label}"`);
        const control = controlOf(message.components, label)!;
        const twice = [0, 1].map(() => person().press(control.customId, { message, wait: 'first' }));
        await Promise.all(twice);
      },
      async seen() {
        return visible().map((m) => seenOf(m, id()));
      },
      where(): Address {
        return { platform: 'discord', workspace: fake.guildId, channel: fake.channelId, user: id() };
      },
    };
  };

  const posts = () => fake.posted(deskChannel!).filter((m) => m.embeds.length > 0);
  const desk: ContractDesk = {
    async posts() {
      return posts().map((m) => ({ case: Number(/#(\d+)/.exec(m.embeds[0].title)?.[1]), text: seenOf(m, '').text }));
    },
    async backToBot(n) {
      const post = posts().find((m) => m.embeds[0].title.startsWith(`Case #${n} `));
      if (!post) throw new Error(`no post of case #${n} on the desk`);
      await fake.staff('agent').in(deskChannel!).click('Back to bot', { message: post });
    },
    outage() {
      let down = true;
      fake.fail({ times: 10_000, status: 500, match: (r) => down && r.kind === 'channel-message' && r.path.endsWith(`/channels/${deskChannel}/messages`) });
      return { end: () => void (down = false) };
    },
  };

  const platform: ContractPlatform = {
    spec: discordPlatform,
    bystander: '123456789012345678',
    async start(h: Harness, o) {
      fake = await FakeDiscord.start();
      if (o.desk) {
        deskChannel = fake.addChannel('support-desk');
        platform.desk = desk;
      }
      const config = { token: 'test-token', applicationId: fake.applicationId, apiUrl: fake.api, threads: false, supportRoleId: fake.supportRoleId };
      bot = await startDiscord({ conversations: h.conversations, config, log: h.log, cases: h.cases, now: h.now, ...(deskChannel ? { deskChannel } : {}) });
      h.cases.connect(bot);
    },
    async stop() {
      await bot?.stop();
      const violations = fake ? [...fake.violations] : [];
      await fake?.close();
      if (violations.length) throw new Error(`Discord's rules were broken: ${violations.join('; ')}`);
    },
    user,
    failNext(status, times) {
      fake.fail({ times, status, retryAfter: 0.02, match: (r) => r.kind === 'callback' });
    },
    refusedCalls: () => fake.requests.filter((r) => r.status >= 400).length,
    pings: () => fake.violations.filter((v) => v.includes('allowed_mentions')),
  };
  return platform;
}
