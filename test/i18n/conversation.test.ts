// Conversations in the user's language, through the real engine and the shipped flows and translations:
// chosen from the platform's locale or the words typed, switched by naming a language at any point (the
// place kept), honest about languages and scripts it does not know, and kept across a restart on SQLite.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { Conversations } from '../../src/conversation/conversation.ts';
import { openFlows } from '../../src/platforms/open-flows.ts';
import { messagesIn } from '../../src/conversation/messages.ts';
import type { FlowText } from '../../src/flow/translation.ts';
import { Cases } from '../../src/handoff/cases.ts';
import { KIND } from '../../src/handoff/items.ts';
import { withoutDesk } from '../../src/handoff/no-desk.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { MemoryStore } from '../../src/store/memory.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import { address, engine, FLOWS_DIR, shippedFlows, tempDir, textOf, User } from '../support.ts';

/** A flow's words in a language, as the translators wrote them. */
function words(language: Language, flow: string): FlowText {
  const text = shippedFlows().translations.get(language)?.get(flow);
  if (!text) throw new Error(`no ${language} translation of ${flow}`);
  return text;
}
const say = (language: Language, flow: string, step: string) => words(language, flow).steps[step]!.say!.trim();
const label = (language: Language, flow: string, step: string, key: string) => words(language, flow).steps[step]!.choices![key]!.label;

describe('the language a conversation starts in', () => {
  it('is the platform locale: Discord\'s "es-MX" greets in Spanish with Spanish buttons', async () => {
    const user = new User(engine());
    const turn = await user.send({ type: 'start', locale: 'es-MX' });
    expect(turn.conversation).toMatchObject({ flow: 'menu', step: 'welcome', language: 'es' });
    expect(turn.replies[0]!.text).toBe(say('es', 'menu', 'welcome'));
    expect(user.buttons).toContain(label('es', 'menu', 'welcome', 'creator-link'));
    expect(user.buttons).not.toContain("I'm a creator");
  });

  it('is the language the user types, by its script or its words', async () => {
    for (const [text, language] of [
      ['สวัสดีค่ะ', 'th'],
      ['xin chào', 'vi'],
      ['halo kak', 'id'],
      ['hola', 'es'],
    ] as const) {
      const turn = await new User(engine()).say(text);
      expect(turn.conversation?.language, text).toBe(language);
      expect(turn.replies.at(-1)!.text, text).toBe(say(language, 'menu', 'welcome'));
    }
  });

  it('stays English for messages that say nothing about a language, like "ok"', async () => {
    const turn = await new User(engine()).say('ok');
    expect(turn.conversation?.language).toBe('en');
  });

  it('follows clear words, but one word does not turn a conversation already speaking another language', async () => {
    const user = new User(engine());
    await user.say('hola');
    await user.press(label('es', 'menu', 'welcome', 'trouble'));
    const thanks = await user.say('thanks');
    expect(thanks.conversation?.language).toBe('es');
    const english = await user.say('my qr code won\'t scan at all');
    expect(english.conversation?.language).toBe('en');
  });
});

describe('naming a language', () => {
  it('switches at any point, said in the new language, on the same step with its buttons in that language', async () => {
    const user = new User(engine());
    await user.start();
    await user.press("Something isn't working");
    const before = user.last!.conversation!;
    const turn = await user.say('en español por favor');
    expect(turn.conversation).toMatchObject({ flow: before.flow, step: before.step, language: 'es' });
    expect(turn.replies[0]).toEqual({ kind: 'notice', text: messagesIn('es').languageChanged });
    expect(turn.replies[1]!.text).toBe(say('es', 'menu', 'trouble'));
    const next = await user.press(label('es', 'menu', 'trouble', 'qr-failure.restart-app'));
    expect(next.conversation).toMatchObject({ flow: 'qr-failure', step: 'restart-app' });
    expect(textOf(next)).toBe(say('es', 'qr-failure', 'restart-app'));
  });

  it('wins over the locale and over the words typed later', async () => {
    const user = new User(engine());
    await user.send({ type: 'start', locale: 'en-US' });
    await user.send({ type: 'text', text: 'bahasa indonesia', locale: 'en-US' });
    const later = await user.send({ type: 'text', text: 'my qr code will not scan, what do I do now?', locale: 'en-US' });
    expect(later.conversation?.language).toBe('id');
    expect(textOf(later)).not.toContain('QR code won');
    const back = await user.say('english please');
    expect(back.conversation?.language).toBe('en');
    expect(back.replies[0]!.text).toBe(messagesIn('en').languageChanged);
  });

  it('is possible while a case is open: the case stays open and its number is said again', async () => {
    const user = new User(new Conversations(withoutDesk(shippedFlows()), new MemoryStore()));
    await user.say('talk to a person');
    const opened = await user.say('The bag icon vanished after I linked yesterday');
    expect(opened.conversation).toMatchObject({ status: 'handoff', caseNumber: 1 });
    const turn = await user.say('tiếng việt');
    expect(turn.conversation).toMatchObject({ status: 'handoff', caseNumber: 1, language: 'vi' });
    expect(turn.replies.map((r) => r.text)).toEqual([messagesIn('vi').languageChanged, messagesIn('vi').noDesk, messagesIn('vi').caseOpened(1)]);
  });

  it('of a language we do not speak gets a note in the current language, and nothing else changes', async () => {
    const user = new User(engine());
    await user.say('hola');
    await user.press(label('es', 'menu', 'welcome', 'trouble'));
    const before = user.last!.conversation!;
    const turn = await user.say('in German');
    expect(turn.replies[0]).toEqual({ kind: 'notice', text: messagesIn('es').languageUnknown('German') });
    expect(turn.conversation).toMatchObject({ step: before.step, rev: before.rev, language: 'es' });
    // The buttons shown before still work.
    expect((await user.press(label('es', 'menu', 'trouble', 'missing-icon'))).conversation?.flow).toBe('missing-icon');
  });
});

describe('a script shoplink cannot read', () => {
  it('gets a note in the current language, the place kept', async () => {
    const user = new User(engine());
    await user.start();
    await user.press("Something isn't working");
    const before = user.last!.conversation!;
    const turn = await user.say('Привет, у меня не сканируется код');
    expect(turn.replies[0]).toEqual({ kind: 'notice', text: messagesIn('en').languageUnreadable });
    expect(turn.conversation).toMatchObject({ step: before.step, rev: before.rev });
  });

  it('as a first message gets the note and the greeting', async () => {
    const turn = await new User(engine()).say('我的二维码扫不了');
    expect(turn.replies.map((r) => r.text)).toEqual([messagesIn('en').languageUnreadable, shippedFlows().steps.get('menu.welcome')!.step.say!.trim()]);
  });

  it('is taken as written when it answers a question: the support team may read it', async () => {
    const user = new User(new Conversations(withoutDesk(shippedFlows()), new MemoryStore()));
    await user.say('talk to a person');
    const turn = await user.say('Ошибка авторизации 1002');
    expect(turn.conversation).toMatchObject({ status: 'handoff', language: 'en' });
  });
});

describe('help', () => {
  it('names the other languages, each by its own name', async () => {
    const user = new User(engine());
    await user.start();
    const turn = await user.say('help');
    expect(turn.replies.slice(0, 2).map((r) => r.text)).toEqual([messagesIn('en').help, messagesIn('en').languagesOffer]);
    expect(turn.replies[1]!.text).toContain('Español, Bahasa Indonesia, Tiếng Việt, and ภาษาไทย');
  });
});

/** The shipped flows with only the translations in a fixture folder (test/i18n/fixtures/<name>/<lang>/). */
function flowsWith(fixture: string) {
  const dir = tempDir();
  for (const name of readdirSync(FLOWS_DIR).filter((n) => n.endsWith('.yaml'))) copyFileSync(join(FLOWS_DIR, name), join(dir, name));
  const from = fileURLToPath(new URL(`./fixtures/${fixture}/`, import.meta.url));
  for (const language of readdirSync(from)) {
    mkdirSync(join(dir, 'i18n', language), { recursive: true });
    for (const name of readdirSync(join(from, language))) copyFileSync(join(from, language, name), join(dir, 'i18n', language, name));
  }
  return openFlows(dir);
}

describe('in another language', () => {
  it('shows English for every word a translation lacks, key by key', async () => {
    const user = new User(new Conversations(flowsWith('partial'), new MemoryStore()));
    const greeting = await user.send({ type: 'start', locale: 'es' });
    // No translation of the menu at all: English words, Spanish engine.
    expect(greeting.replies[0]!.text).toBe(shippedFlows().steps.get('menu.welcome')!.step.say!.trim());
    const turn = await user.send({ type: 'start', flow: 'qr-failure', locale: 'es' });
    expect(turn.replies[0]!.text).toBe('Vamos a hacer que ese código QR funcione. ¿Qué pasa cuando lo intentas?');
    expect(user.buttons).toEqual(['El código QR no escanea', 'It says "authorization failed"', 'Something else']);
    const wrong = await user.send({ type: 'text', text: '9', locale: 'es' });
    expect(wrong.replies[0]!.text).toBe(messagesIn('es').outOfRange(9, 3));
    const next = await user.press('El código QR no escanea');
    expect(next.conversation?.step).toBe('restart-app');
    expect(textOf(next)).toBe(shippedFlows().steps.get('qr-failure.restart-app')!.step.say!.trim());
  });

  it('asks, hands over and numbers the case in it; an answer quoting English does not turn it', async () => {
    const user = new User(new Conversations(withoutDesk(shippedFlows()), new MemoryStore()));
    await user.say('hola, necesito ayuda con mi código QR');
    await user.start('qr-failure');
    await user.press(label('es', 'qr-failure', 'what-happens', 'no-scan'));
    await user.press(label('es', 'qr-failure', 'restart-app', 'clear-browser'));
    const asked = await user.press(label('es', 'qr-failure', 'clear-browser', 'ask-message'));
    expect(asked.conversation?.step).toBe('ask-message');
    expect(asked.replies.at(-1)!.ask).toMatchObject({ label: words('es', 'qr-failure').steps['ask-message']!.ask!.label });
    const handed = await user.say('Authorization failed. Please try again later.');
    expect(handed.conversation).toMatchObject({ status: 'handoff', language: 'es' });
    expect(handed.replies.map((r) => r.text)).toEqual([messagesIn('es').noDesk, messagesIn('es').caseOpened(1)]);
  });

  it('carries the support team\'s words to the user in the user\'s language', async () => {
    const store = new MemoryStore();
    const conversations = new Conversations(shippedFlows(), store, { handoff: { reminderMs: 3_600_000 } });
    const cases = new Cases({ store, conversations, log: pino({ level: 'silent' }) });
    const user = new User(conversations);
    await user.send({ type: 'text', text: 'talk to a person', locale: 'th-TH' });
    await user.send({ type: 'text', text: 'ไอคอนถุงช้อปปิ้งหายไป', locale: 'th-TH' });
    await cases.claim(1, 'A1', 'Sam');
    const items = await store.takeDue(Date.now() + 1000, 50, 60_000);
    const toUser = items.find((i) => i.kind === KIND.toUser)!;
    expect((toUser.payload.replies as { text: string }[])[0]!.text).toBe(messagesIn('th').claimedForUser('Sam', 1));
    const back = await cases.backToBot(1, 'A1');
    expect(back.ok).toBe(true);
    const later = (await store.takeDue(Date.now() + 1000, 50, 60_000)).find((i) => i.kind === KIND.toUser)!;
    expect((later.payload.replies as { text: string }[])[0]!.text).toBe(messagesIn('th').backToBot);
  });
});

describe('the language, stored with the conversation', () => {
  it('survives a restart on SQLite, with what chose it', async () => {
    const file = join(tempDir(), 'language.db');
    const where = address();
    const first = new SqliteStore(file);
    const before = new User(new Conversations(shippedFlows(), first), where);
    await before.start();
    await before.press("Something isn't working");
    await before.say('pakai bahasa indonesia');
    await first.close();

    const second = new SqliteStore(file);
    try {
      const after = new User(new Conversations(shippedFlows(), second), where);
      const resumed = await after.send({ type: 'start', locale: 'en-US' });
      expect(resumed.conversation).toMatchObject({ flow: 'menu', step: 'trouble', language: 'id' });
      expect(resumed.replies[0]!.text).toBe(say('id', 'menu', 'trouble'));
      const record = await second.loadConversation(resumed.conversation!.id);
      expect(record).toMatchObject({ language: 'id', languageBy: 'switch' });
    } finally {
      await second.close();
    }
  });
});
