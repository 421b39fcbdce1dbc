// The contract driver for Slack: the real Bolt app in HTTP mode, signed requests from people in a channel (each
// conversation in a thread under /linkhelp's opener), the desk in another channel, and the fake Web API's record.
import type { Address } from '../../../src/address.ts';
import { slackPlatform } from '../../../src/platforms/slack/platform.ts';
import { startSlack, type RunningSlack } from '../../../src/platforms/slack/app.ts';
import { caseOfPost } from '../../../src/platforms/slack/desk.ts';
import { BOT_USER, controls, FakeSlack, SIGNING_SECRET, SlackUser, slackTestConfig, TEAM, textOf, type AppUnderTest, type Message } from '../../fakes/slack.ts';
import type { ContractDesk, ContractPlatform, ContractUser, Harness, Seen } from './driver.ts';

const CHANNEL = 'C_TEAM';
const DESK = 'C_DESK';
const AGENT = 'U0AGENT';
const IDS: Record<string, string> = { ana: 'U0ANA', bob: 'U0BOB' };

/** A message as the person sees it; the copy keeps its controls as they were (a later click on it is stale). */
function seenOf(m: Message, user: string): Seen {
  const cs = controls(m);
  return {
    text: textOf(m),
    buttons: cs.map((c) => c.label),
    select: cs.some((c) => c.type === 'static_select'),
    form: cs.some((c) => c.type === 'button' && c.value.startsWith('{')),
    private: m.ephemeralFor === user,
    ref: structuredClone(m),
  };
}

export function slackDriver(): ContractPlatform {
  let fake: FakeSlack;
  let running: RunningSlack;
  let app: AppUnderTest;
  let h: Harness;
  const threads = new Map<string, string>();

  const user = (name: string): ContractUser => {
    const id = IDS[name] ?? `U0${name.toUpperCase()}`;
    const person = () => new SlackUser(fake, app, id);
    const thread = () => threads.get(id);
    const acted = (sent: { ms: number }) => ({ ackMs: sent.ms });
    const find = (label: string) => person().find(label, CHANNEL);
    return {
      id,
      async start() {
        const before = fake.messages.length;
        const sent = await person().command('', CHANNEL);
        // The opener: the first message the bot posted at the top of the channel for this command.
        const opener = fake.messages.slice(before).find((m) => m.channel === CHANNEL && !m.thread_ts && !m.ephemeralFor);
        if (opener) threads.set(id, opener.ts);
        return acted(sent);
      },
      async type(text) {
        return acted(await person().say(text, CHANNEL, thread()));
      },
      async press(label, from) {
        const message = from ? (from.ref as Message) : find(label);
        const control = controls(message).find((c) => c.label === label);
        if (!control) throw new Error(`no "${label}" on that message`);
        return acted(await person().send(person().actionPayload(message, control)));
      },
      async answer(text) {
        return acted(await person().answer(text, CHANNEL));
      },
      async doublePress(label) {
        const message = find(label);
        const payload = person().actionPayload(message, controls(message).find((c) => c.label === label)!);
        await Promise.all([person().send(payload), person().send(payload)]);
      },
      async seen() {
        return fake.visible(id, CHANNEL).map((m) => seenOf(m, id));
      },
      where(): Address {
        return { platform: 'slack', workspace: TEAM, channel: CHANNEL, user: id, ...(thread() ? { thread: thread()! } : {}) };
      },
    };
  };

  const desk: ContractDesk = {
    async posts() {
      return fake.visible(AGENT, DESK).flatMap((m) => {
        const n = caseOfPost({ ...m, bot_id: 'B' } as never);
        return m.thread_ts === undefined && n !== undefined ? [{ case: n, text: textOf(m) }] : [];
      });
    },
    async backToBot(n) {
      const post = fake.visible(AGENT, DESK).find((m) => caseOfPost({ ...m, bot_id: 'B' } as never) === n);
      if (!post) throw new Error(`no post of case #${n} on the desk`);
      const agent = new SlackUser(fake, app, AGENT);
      await agent.send(agent.actionPayload(post, controls(post).find((c) => c.label === 'Back to bot')!));
    },
    outage() {
      // The first post is made but answered with an error (the answer was lost); the rest fail outright.
      let first = true;
      const lost = fake.outage('chat.postMessage', (a) => a.channel === DESK && !a.thread_ts && first && !(first = false), { status: 500, applied: true });
      const down = fake.outage('chat.postMessage', (a) => a.channel === DESK && !a.thread_ts, { status: 500 });
      return { end: () => (lost.end(), down.end()) };
    },
  };

  const platform: ContractPlatform = {
    spec: slackPlatform,
    bystander: 'U0BOSS',
    async start(harness, o) {
      h = harness;
      fake = await FakeSlack.start();
      if (o.desk) {
        fake.members.set(DESK, [BOT_USER, AGENT]);
        platform.desk = desk;
      }
      const config = slackTestConfig(fake);
      running = await startSlack({ conversations: h.conversations, config, log: h.log, host: '127.0.0.1', cases: h.cases, now: h.now, ...(o.desk ? { deskChannel: DESK } : {}) });
      h.cases.connect(running);
      app = { url: `http://127.0.0.1:${running.port}`, signingSecret: SIGNING_SECRET, settle: () => running.idle() };
    },
    async stop() {
      await running?.stop();
      await fake?.close();
    },
    user,
    failNext(status, times) {
      const failure = status === 500 ? ({ status: 500 } as const) : ({ status: 429, retryAfter: 0 } as const);
      fake.fail('chat.postMessage', times, failure);
      fake.fail('chat.update', times, failure);
    },
    refusedCalls: () => fake.refused.length,
    pings() {
      // Slack acts on <!channel>, <!here>, <!everyone> and <@U…> in what a bot sends; a plain "@everyone" is broken
      // with a word joiner where shoplink echoes a user, so no client can turn it into one either.
      const sent = fake.calls.filter((c) => /^chat\.(postMessage|postEphemeral|update)$/.test(c.method) || c.method === 'response_url');
      return sent.map((c) => JSON.stringify(c.args)).filter((json) => /<!(channel|here|everyone)|<@U0BOSS|@(everyone|here)\b/.test(json));
    },
  };
  return platform;
}
