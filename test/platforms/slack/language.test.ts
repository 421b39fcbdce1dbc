// Slack in the seller's language: Slack sends no locale, so the app reads the user's with users.info and speaks it
// from the /linkhelp opener through a typed answer to a case, while the desk reads the case in its own language
// (English by default), told which language the seller speaks, their words quoted as they wrote them.
// A real Bolt app in HTTP mode with signed requests, against the fake Slack; the outbox is drained by hand.
import { afterEach, describe, expect, it } from 'vitest';
import { messagesIn } from '../../../src/conversation/messages.ts';
import { controls, startDeskUnderTest, textOf, type DeskUnderTest, type Message } from '../../fakes/slack.ts';
import { shippedFlows } from '../../support.ts';

const DESK = 'C_DESK';
const HELP = 'C_HELP';
const es = messagesIn('es');
const spanish = shippedFlows().translations.get('es')!;
const qr = spanish.get('qr-failure')!.steps;
/** What Lucía types as the answer to "the exact message you see": Spanish, quotes, a broadcast attempt. */
const HER_WORDS = 'Me sale «Error de autorización» <!channel> y el código 1002';
const HER_WORDS_SHOWN = 'Me sale «Error de autorización» &lt;!channel&gt; y el código 1002';

let t: DeskUnderTest | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const labelsOf = (m: Message | undefined) => (m ? controls(m).map((c) => c.label) : []);
const posts = (d: DeskUnderTest) => d.slack.messages.filter((m) => m.channel === DESK && !m.thread_ts && !m.ephemeralFor);

describe('Slack in Spanish', () => {
  it('speaks the Slack locale from /linkhelp through a typed answer to a case, and the English desk reads it', async () => {
    const d = (t = await startDeskUnderTest({ staff: ['U0BO'] }));
    d.slack.users.set('U0LUCIA', { name: 'lucia', display_name: 'Lucía', locale: 'es-ES' });
    const lucia = d.user('U0LUCIA');

    // /linkhelp in a channel: the opener says what the bot does, in Spanish, and the greeting follows in its thread.
    await lucia.command('', HELP);
    expect(d.slack.callsTo('users.info').some((c) => c.args.user === 'U0LUCIA' && String(c.args.include_locale) === 'true')).toBe(true);
    const opener = d.slack.messages.find((m) => m.channel === HELP && !m.thread_ts)!;
    expect(textOf(opener)).toContain('Te ayudo a vincular una cuenta de TikTok');
    const thread = opener.ts;
    const sees = () => d.slack.visible('U0LUCIA', HELP, thread);
    expect(textOf(sees().at(-1)!)).toContain(spanish.get('menu')!.steps.welcome!.say!.trim().split('\n')[0]!.slice(0, 30));

    // She presses the Spanish buttons to her trouble, then types her answer in the thread instead of opening the form.
    const menu = spanish.get('menu')!.steps;
    await lucia.click(menu.welcome!.choices!.trouble!.label, HELP);
    await lucia.click(menu.trouble!.choices!['qr-failure.restart-app']!.label, HELP);
    await lucia.click(qr['restart-app']!.choices!['clear-browser']!.label, HELP);
    await lucia.click(qr['clear-browser']!.choices!['ask-message']!.label, HELP);
    const asking = sees().at(-1)!;
    expect(textOf(asking)).toContain(qr['ask-message']!.say!.trim());
    // The form's button is in Spanish too.
    expect(labelsOf(asking)).toEqual([es.controls.answer]);
    await lucia.say(HER_WORDS, HELP, thread);
    await d.settle();
    expect(textOf(sees().at(-1)!)).toBe('Tu número de caso es *#1*.');

    // The desk reads English: her language named, the buttons she pressed in English, her words as she wrote them.
    const [post] = posts(d);
    expect(post).toBeDefined();
    const body = textOf(post!);
    expect(post!.text).toBe('Case #1 · QR code won\'t scan or "authorization failed"');
    expect(body).toContain('*Language:* Spanish (Español, es)\n');
    expect(body).toContain(
      ['• menu › welcome: Something isn\'t working', '• menu › trouble: The QR code won\'t scan, or it says "authorization failed"', '• restart-app: Still not working', '• clear-browser: Still not working'].join('\n'),
    );
    expect(body).toContain(`• ask-message: ${HER_WORDS_SHOWN}`);
    expect(body).toContain(`• error-text: ${HER_WORDS_SHOWN}`);
    expect(body).not.toMatch(/Sigue sin funcionar|Algo no funciona/);
    expect(JSON.stringify(post)).not.toContain('<!channel>');
    expect(labelsOf(post)).toEqual(['Claim', 'Resolve', 'Back to bot']);

    // Bo claims and answers in English: she gets his words as written, framed in Spanish.
    d.slack.users.set('U0BO', { name: 'bo', display_name: 'Bo' });
    const bo = d.user('U0BO');
    await bo.click('Claim', DESK);
    await d.settle();
    expect(textOf(sees().at(-1)!)).toBe('Bo, de nuestro equipo de soporte, está revisando tu caso *#1* y te responderá aquí mismo.');
    await bo.say('Please log out of Seller Center and scan again.', DESK, post!.ts);
    await d.settle();
    expect(textOf(sees().at(-1)!)).toBe('*Bo (soporte):* Please log out of Seller Center and scan again.');
  });

  it("goes on without a locale while Slack is slow to say it, and speaks it once known; App Home in the user's language", async () => {
    const d = (t = await startDeskUnderTest());
    d.slack.users.set('U0RINI', { name: 'rini', locale: 'id-ID' });
    const rini = d.user('U0RINI');
    const dm = 'D0RINI';

    // users.info does not answer: her first message is answered anyway, in the language of what she typed.
    const slow = d.slack.hold('users.info');
    await rini.say('hi', dm);
    expect(textOf(d.slack.visible('U0RINI', dm).at(-1)!)).toContain(shippedFlows().flows.get('menu')!.steps.welcome!.say!.trim().split('\n')[0]!.slice(0, 30));
    slow.release();
    await d.slack.waitFor((c) => c.method === 'users.info' && c.args.user === 'U0RINI');

    // Known now: her next turn, and her App Home, are in Indonesian.
    await rini.say('menu', dm);
    const id = messagesIn('id');
    expect(textOf(d.slack.visible('U0RINI', dm).at(-1)!)).toContain(shippedFlows().translations.get('id')!.get('menu')!.steps.welcome!.say!.trim().split('\n')[0]!.slice(0, 30));
    await rini.openHome(dm);
    const home = d.slack.callsTo('views.publish').at(-1)!.args.view as { blocks: { type: string; text?: { text: string }; elements?: { text: { text: string } }[] }[] };
    expect(home.blocks[0]!.text!.text).toContain(id.help.slice(0, 40));
    expect(home.blocks[1]!.elements![0]!.text.text).toBe(id.controls.start);
    expect(JSON.stringify(home)).toContain(id.controls.openConversation);
  });
});
