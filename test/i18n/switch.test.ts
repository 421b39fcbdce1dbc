// Naming a language in any form people write one switches to it; a language shoplink does not speak is
// recognised as such; anything longer or vaguer (a market's name, a sentence) is not a request at all.
import { describe, expect, it } from 'vitest';
import { languageRequest } from '../../src/i18n/switch.ts';

describe('languageRequest', () => {
  it.each([
    ['español', 'es'],
    ['Espanol', 'es'],
    ['en español por favor', 'es'],
    ['¿Hablas español?', 'es'],
    ['spanish please', 'es'],
    ['bahasa indonesia', 'id'],
    ['Bahasa Indonesia dong kak', 'id'],
    ['berbahasa indonesia', 'id'],
    ['pakai bahasa inggris', 'en'],
    ['english please', 'en'],
    ['can you speak english?', 'en'],
    ['inglés', 'en'],
    ['tiếng việt', 'vi'],
    ['Tieng Viet', 'vi'],
    ['nói tiếng anh được không', 'en'],
    ['ภาษาไทย', 'th'],
    ['พูดภาษาไทยได้ไหม', 'th'],
    ['เปลี่ยนเป็นภาษาอังกฤษครับ', 'en'],
    ['thai', 'th'],
  ])('"%s" switches to %s', (text, language) => {
    expect(languageRequest(text)).toEqual({ kind: 'switch', language });
  });

  it.each([
    ['français', 'Français'],
    ['in German', 'German'],
    ['日本語', '日本語'],
    ['bahasa melayu', 'Bahasa melayu'],
    ['hablas portugués?', 'Portugués'],
    ['bahasa klingon', 'Bahasa klingon'],
  ])('"%s" is a language we do not speak, named as the user wrote it', (text, name) => {
    expect(languageRequest(text)).toEqual({ kind: 'unknown', name });
  });

  it('leaves markets, short answers and sentences alone', () => {
    for (const text of ['Indonesia', 'ไทย', 'Vietnam', 'España', 'no', 'ok', 'hola', 'en', 'please', 'my qr code won\'t scan', 'the spanish shop is linked to my account already']) {
      expect(languageRequest(text), text).toBeUndefined();
    }
  });
});
