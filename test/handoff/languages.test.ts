// A case across languages and platforms, through the whole bot (one startBot): a Thai creator on Discord (her
// client in Thai) is helped from a Slack desk that reads Spanish (DESK_LANGUAGE=es). The desk's words are Spanish,
// her words stay as she typed them, the post says she speaks Thai; the agent's words reach her as written, framed
// in Thai, with Thai controls. A real Bolt app (signed requests) and a real discord.js Client on the fakes.
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBot, type Bot } from '../../src/bot.ts';
import { readConfig } from '../../src/config.ts';
import { messagesIn } from '../../src/conversation/messages.ts';
import { deskWordsIn } from '../../src/handoff/desk-words.ts';
import type { DiscordConfig } from '../../src/platforms/discord/config.ts';
import type { RunningSlack } from '../../src/platforms/slack/app.ts';
import { FakeDiscord, labelsOf as discordLabels, type Exchange, type FakeMessage } from '../fakes/discord.ts';
import { BOT_USER, controls, FakeSlack, SIGNING_SECRET, slackTestConfig, SlackUser, textOf } from '../fakes/slack.ts';
import { FLOWS_DIR, shippedFlows, tempDir } from '../support.ts';

// startBot keeps its platforms to itself; this only remembers the RunningSlack it starts (its idle() says when a
// request's work is done) and has it listen on loopback. Everything else is the real startSlack.
const started = vi.hoisted(() => ({ slack: [] as RunningSlack[] }));
vi.mock('../../src/platforms/slack/app.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/platforms/slack/app.ts')>();
  return {
    ...real,
    startSlack: async (o: Parameters<typeof real.startSlack>[0]) => {
      const running = await real.startSlack({ ...o, host: '127.0.0.1' });
      started.slack.push(running);
      return running;
    },
  };
});

const DESK = 'C0DESK';
const HOUR = 3_600_000;
/** U+2060 WORD JOINER: how the Slack desk breaks a broadcast word a user typed. */
const WJ = '\u2060';

let bot: Bot | undefined;
let slack: FakeSlack | undefined;
let discord: FakeDiscord | undefined;

afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  started.slack.length = 0;
  await slack?.close();
  slack = undefined;
  const violations = [...(discord?.violations ?? [])];
  await discord?.close();
  discord = undefined;
  expect(violations).toEqual([]);
});

const shown = (x: Exchange) => (x.shown!.kind === 'callback' ? x.shown!.body.data : x.shown!.body);
const postsIn = (d: FakeDiscord, channel: string): FakeMessage[] =>
  [...d.messages.values()].filter((m) => m.channelId === channel && !m.author && !m.interactionId && !m.deleted);

describe('a Thai creator on Discord, helped from a Slack desk that reads Spanish', () => {
  it('the desk reads Spanish, her words stay as typed, and she hears the agent in Thai', { timeout: 20_000 }, async () => {
    slack = await FakeSlack.start();
    discord = await FakeDiscord.start();
    const s = slack;
    const d = discord;
    const databaseUrl = `sqlite:${join(tempDir('shoplink-languages-'), 'shoplink.db')}`;
    const config = readConfig({ DATABASE_URL: databaseUrl, FLOWS_DIR, HANDOFF_DESK: `slack:${DESK}`, DESK_LANGUAGE: 'es' });
    const discordConfig: DiscordConfig = { token: 'test-token', applicationId: d.applicationId, apiUrl: d.api, threads: false, supportRoleId: d.supportRoleId };
    const b = (bot = await startBot({ config, slack: slackTestConfig(s), discord: discordConfig, log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), pollMs: 10 * HOUR }));
    const running = started.slack[0]!;
    const app = { url: `http://127.0.0.1:${running.port}`, signingSecret: SIGNING_SECRET, settle: () => running.idle() };
    const drain = async () => {
      await running.idle();
      return b.outbox.drain();
    };
    s.members.set(DESK, [BOT_USER, 'U0PAZ']);
    s.users.set('U0PAZ', { name: 'paz', display_name: 'Paz', locale: 'es-ES' });
    const paz = new SlackUser(s, app, 'U0PAZ');
    const desk = deskWordsIn('es');
    const th = messagesIn('th');
    const flows = shippedFlows();
    const thai = flows.translations.get('th')!.get('already-linked')!.steps;
    const spanish = flows.translations.get('es')!.get('already-linked')!;

    // Somchai's Discord is in Thai: /linkhelp, a Thai button, and two forms answered in his own words.
    const somchai = d.user('somchai').speaking('th');
    const first = await somchai.command({ topic: 'already-linked' });
    expect(shown(first).content).toContain(thai.explain!.say!.trim().split('\n')[0]);
    await somchai.click(thai.explain!.choices!['no-access']!.label);
    await somchai.click(thai['no-access']!.ask!.label);
    const shop = 'ร้านเก่าของแฟน ชื่อ "บ้านสวย" <@U123> @everyone';
    await somchai.submit(shop);
    await somchai.click(thai['ask-username']!.ask!.label);
    const done = await somchai.submit('@somchai.shop');
    expect(shown(done).content).toContain(th.caseOpened(1));

    // The Slack desk reads Spanish: the flow's title and reason, the button he pressed, the labels and buttons.
    await drain();
    const post = s.messages.find((m) => m.channel === DESK && !m.thread_ts && !m.ephemeralFor)!;
    expect(post.text).toBe(`Caso #1 · ${spanish.title}`);
    const body = textOf(post);
    expect(body).toContain('*Estado:* abierto, sin asignar\n');
    expect(body).toContain(`*Solicitante:* usuario de discord \`${somchai.id}\` en Discord, <https://discord.com/channels/${d.guildId}/${d.channelId}|canal de Discord ${d.channelId}>\n`);
    expect(body).toContain('*Idioma:* tailandés (ภาษาไทย, th)\n');
    expect(body).toContain('*Perfil:* no se le preguntó (seguramente creador, porque escribe desde Discord)\n');
    expect(body).toContain(`*Motivo de la derivación:* ${spanish.steps['no-access-handoff']!.handoff!.reason}\n`);
    expect(body).toContain(`*Pasos seguidos* (${spanish.title}):`);
    expect(body).toContain(`• explain: ${spanish.steps.explain!.choices!['no-access']!.label}\n`);
    // His words, Thai as typed, escaped so nothing pings.
    const shopShown = `ร้านเก่าของแฟน ชื่อ "บ้านสวย" &lt;@U123&gt; @${WJ}everyone`;
    expect(body).toContain(`• no-access: ${shopShown}\n`);
    expect(body).toContain('• ask-username: @somchai.shop\n');
    expect(body).toContain(`*Lo que sabe el bot:*`);
    expect(body).toContain(`• other-shop: ${shopShown}`);
    expect(body).not.toMatch(/Status|Requester|Steps taken|What the bot learned|Thai \(|ไม่รู้ว่าเป็นร้านไหน/);
    expect(controls(post).map((c) => c.label)).toEqual([desk.buttons.claim, desk.buttons.resolve, desk.buttons.back]);
    expect(textOf(post)).toContain(desk.post.hint);

    // Paz claims: told in Spanish; Somchai hears it in Thai, with a Thai Reply button.
    await paz.click(desk.buttons.claim, DESK);
    expect(s.messages.at(-1)).toMatchObject({ ephemeralFor: 'U0PAZ' });
    expect(textOf(s.messages.at(-1)!)).toBe(desk.notices.claimed(1));
    await drain();
    expect(textOf(post)).toContain('*Estado:* lo lleva <@U0PAZ>\n');
    const dm = somchai.dm();
    const claimed = postsIn(d, dm.channelId).at(-1)!;
    expect(claimed.content).toBe(th.claimedForUser('Paz', 1));
    expect(discordLabels(claimed)).toEqual([th.controls.reply]);

    // Paz answers in Spanish: her words reach him as she wrote them; only the frame is Thai.
    await paz.say('Hola, ¿puedes pedirle a tu ex pareja que desvincule la cuenta?', DESK, post.ts);
    await drain();
    const fromPaz = postsIn(d, dm.channelId).at(-1)!;
    expect(fromPaz.content).toBe('**Paz (ทีมซัพพอร์ต):** Hola, ¿puedes pedirle a tu ex pareja que desvincule la cuenta?');

    // He answers with the Thai Reply button and form; the desk's thread quotes him as typed, as "solicitante".
    const modal = await dm.click(th.controls.reply, { message: fromPaz });
    expect(modal.first.body.data.title).toBe(th.controls.replyTitle);
    expect(modal.first.body.data.components[0].components[0]).toMatchObject({ label: th.controls.replyLabel });
    const relayed = await dm.submit('ได้ครับ เดี๋ยวจะบอกเขาให้');
    expect(shown(relayed).content).toContain(th.relayed);
    await drain();
    expect(s.visible('U0PAZ', DESK, post.ts).map(textOf)).toEqual(['*solicitante:* ได้ครับ เดี๋ยวจะบอกเขาให้']);

    // `/linkhelp cases` lists the case for Paz in Spanish.
    await paz.command('cases', DESK);
    expect(textOf(s.messages.at(-1)!)).toMatch(/^\*Casos abiertos \(1\):\*\n• #1 · already-linked · asignado, U0PAZ · usuario de discord \d+ · lleva \d+ min esperando$/);
  });
});
