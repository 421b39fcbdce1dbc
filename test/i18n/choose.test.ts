// How a conversation's language is chosen turn by turn: a named language wins for good, then the platform's
// locale, then the words typed, where one word starts a language but does not turn one already in use.
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../src/i18n/choose.ts';

describe('chooseLanguage', () => {
  it('is English until something says otherwise', () => {
    expect(chooseLanguage()).toEqual({ language: 'en' });
    expect(chooseLanguage(undefined, { text: 'ok' })).toEqual({ language: 'en' });
  });

  it('takes the locale over the words typed', () => {
    expect(chooseLanguage(undefined, { locale: 'vi-VN', text: 'my qr code won\'t scan' })).toEqual({ language: 'vi', by: 'locale' });
    // A typed message with no locale (Discord messages have none) keeps the locale's choice.
    expect(chooseLanguage({ language: 'vi', by: 'locale' }, { text: 'my qr code won\'t scan' })).toEqual({ language: 'vi', by: 'locale' });
    // A locale we do not speak says nothing, so the words decide.
    expect(chooseLanguage(undefined, { locale: 'fr-FR', text: 'mi código QR no funciona' })).toEqual({ language: 'es', by: 'text' });
  });

  it('never undoes a language the user named', () => {
    const named = { language: 'id', by: 'switch' } as const;
    expect(chooseLanguage(named, { locale: 'en-US', text: 'my qr code will not scan at all' })).toBe(named);
  });

  it('starts from one telling word, but turns a conversation only on clear evidence', () => {
    const started = chooseLanguage(undefined, { text: 'hola' });
    expect(started).toEqual({ language: 'es', by: 'text' });
    expect(chooseLanguage(started, { text: 'thanks' })).toBe(started);
    expect(chooseLanguage(started, { text: 'ok' })).toBe(started);
    expect(chooseLanguage(started, { text: 'my qr code won\'t scan' })).toEqual({ language: 'en', by: 'text' });
    expect(chooseLanguage(started, { text: 'สแกนไม่ได้' })).toEqual({ language: 'th', by: 'text' });
  });
});
