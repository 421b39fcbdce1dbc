// Which language a platform's locale means: Discord's and Slack's tags, a browser's Accept-Language list,
// a terminal's LANG. Locales in languages shoplink does not speak say nothing.
import { describe, expect, it } from 'vitest';
import { languageOfLocale, localeOfAcceptLanguage, terminalLocale } from '../../src/i18n/locale.ts';

describe('languageOfLocale', () => {
  it('reads the language of BCP 47 tags, whatever the region', () => {
    expect(languageOfLocale('es-ES')).toBe('es');
    expect(languageOfLocale('es-419')).toBe('es');
    expect(languageOfLocale('en-GB')).toBe('en');
    expect(languageOfLocale('id')).toBe('id');
    expect(languageOfLocale('vi')).toBe('vi');
    expect(languageOfLocale('th-TH')).toBe('th');
  });

  it('knows the old code for Indonesian and POSIX spellings', () => {
    expect(languageOfLocale('in-ID')).toBe('id');
    expect(languageOfLocale('id_ID.UTF-8')).toBe('id');
    expect(languageOfLocale('es_MX.UTF-8@euro')).toBe('es');
  });

  it('says nothing for languages we do not speak, C, and nonsense', () => {
    for (const tag of ['fr-FR', 'pt-BR', 'zh-CN', 'C', 'C.UTF-8', 'POSIX', '', '*', 'not a locale!', undefined]) {
      expect(languageOfLocale(tag), String(tag)).toBeUndefined();
    }
  });
});

describe('localeOfAcceptLanguage', () => {
  it('takes the preferred language we speak, by weight then order', () => {
    expect(localeOfAcceptLanguage('es-ES,es;q=0.9,en;q=0.8')).toBe('es-ES');
    expect(localeOfAcceptLanguage('fr-CA, th;q=0.8, en;q=0.5')).toBe('th');
    expect(localeOfAcceptLanguage('en;q=0.4, vi;q=0.9')).toBe('vi');
    expect(localeOfAcceptLanguage('id, es')).toBe('id');
  });

  it('is undefined when the browser prefers only languages we do not speak', () => {
    expect(localeOfAcceptLanguage('fr-FR,fr;q=0.9')).toBeUndefined();
    expect(localeOfAcceptLanguage('es;q=0')).toBeUndefined();
    expect(localeOfAcceptLanguage('')).toBeUndefined();
    expect(localeOfAcceptLanguage(undefined)).toBeUndefined();
  });
});

describe('terminalLocale', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG, as the C library does', () => {
    expect(terminalLocale({ LANG: 'es_ES.UTF-8' })).toBe('es-ES');
    expect(terminalLocale({ LANG: 'es_ES.UTF-8', LC_MESSAGES: 'vi_VN.UTF-8' })).toBe('vi-VN');
    expect(terminalLocale({ LANG: 'es_ES.UTF-8', LC_MESSAGES: 'vi_VN', LC_ALL: 'th_TH.UTF-8' })).toBe('th-TH');
    expect(terminalLocale({ LC_ALL: '', LANG: 'id_ID.UTF-8' })).toBe('id-ID');
  });

  it('has no locale under C or with nothing set', () => {
    expect(terminalLocale({ LANG: 'C.UTF-8' })).toBeUndefined();
    expect(terminalLocale({ LANG: 'POSIX' })).toBeUndefined();
    expect(terminalLocale({})).toBeUndefined();
  });
});
