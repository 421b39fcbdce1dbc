// The engine's sentences per language: the shipped ones read from src/i18n/strings/, values filled in, lists
// of languages in each language's own way, and English wherever a language lacks a sentence.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messagesIn, stringsOf } from '../../src/i18n/strings.ts';

const english = JSON.parse(readFileSync(new URL('../../src/i18n/strings/en.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('messagesIn', () => {
  it('gives the same sentences as before in English, with their values', () => {
    const m = messagesIn('en');
    expect(m.caseOpened(7)).toBe('Your case number is **#7**.');
    expect(m.outOfRange(9, 3)).toBe("There's no option 9 here: pick a number from 1 to 3, or press a button.");
    expect(m.topics.payouts).toBe('payouts and payments');
    expect(m.fromAgent('Kim', 'a & b <ok>')).toBe('**Kim (support):** a & b <ok>');
  });

  it('speaks Spanish from es.json, naming the other languages by their own names', () => {
    const m = messagesIn('es');
    expect(m.caseOpened(7)).toBe('Tu número de caso es **#7**.');
    expect(m.languagesOffer).toContain('English, Bahasa Indonesia, Tiếng Việt y ภาษาไทย');
    expect(m.languagesOffer).not.toContain('Español');
    expect(m.languageUnknown('Français')).toContain('Français');
  });

  it('falls back to English key by key where a language lacks a sentence', () => {
    const strings = stringsOf({ en: english, es: { help: 'Te ayudo a vincular tu cuenta.', topics: { payouts: 'los pagos' } } });
    const m = strings.messagesIn('es');
    expect(m.help).toBe('Te ayudo a vincular tu cuenta.');
    expect(m.topics.payouts).toBe('los pagos');
    expect(m.topics.refunds).toBe('refunds and returns');
    expect(m.unsure).toBe(messagesIn('en').unsure);
    expect(m.caseOpened(3)).toBe('Your case number is **#3**.');
    // A language with no file at all is English throughout.
    expect(strings.messagesIn('th').help).toBe(messagesIn('en').help);
  });

  it('treats an empty translation as missing', () => {
    const m = stringsOf({ en: english, id: { welcome: '' } }).messagesIn('id');
    expect(m.welcome).toBe(messagesIn('en').welcome);
  });
});

describe("the platforms' own controls", () => {
  it("fit Slack's and Discord's limits in every language", async () => {
    const { LANGUAGES } = await import('../../src/i18n/languages.ts');
    for (const language of LANGUAGES) {
      const c = messagesIn(language).controls;
      // Slack: a modal's title and its buttons are 24 characters; Discord: a modal's title and a field's label 45.
      for (const text of [c.modalTitle, c.send, c.cancel]) expect(text.length, `${language}: ${text}`).toBeLessThanOrEqual(24);
      for (const text of [c.replyTitle, c.replyLabel]) expect(text.length, `${language}: ${text}`).toBeLessThanOrEqual(45);
      // Button labels: Slack's 75, Discord's 80.
      for (const text of [c.answer, c.reply, c.start]) expect(text.length, `${language}: ${text}`).toBeLessThanOrEqual(75);
      // The desk's: its buttons, and Discord's reply form to a case.
      const { deskWordsIn } = await import('../../src/handoff/desk-words.ts');
      const w = deskWordsIn(language);
      for (const text of Object.values(w.buttons)) expect(text.length, `${language}: ${text}`).toBeLessThanOrEqual(75);
      for (const text of [w.post.replyLabel, w.post.replyTitle(999_999_999)]) expect(text.length, `${language}: ${text}`).toBeLessThanOrEqual(45);
    }
  });
});
