// The language of what people type: Thai and Vietnamese by their letters, Spanish, Indonesian and English by
// their common words, short messages only when they say something, and scripts shoplink cannot read.
import { describe, expect, it } from 'vitest';
import { isUnreadable, languageOfText } from '../../src/i18n/detect.ts';

describe('languageOfText', () => {
  it('knows Thai and Vietnamese by their letters, even in a few words', () => {
    expect(languageOfText('คิวอาร์โค้ดสแกนไม่ได้')).toEqual({ language: 'th', strong: true });
    expect(languageOfText('สวัสดี TikTok Shop')).toEqual({ language: 'th', strong: true });
    expect(languageOfText('mã QR không quét được')).toEqual({ language: 'vi', strong: true });
    expect(languageOfText('cảm ơn')).toEqual({ language: 'vi', strong: true });
  });

  it('reads Spanish, Indonesian, English and unaccented Vietnamese from their common words', () => {
    expect(languageOfText('mi código QR no funciona')).toEqual({ language: 'es', strong: true });
    expect(languageOfText('el icono de la bolsa no aparece')).toMatchObject({ language: 'es', strong: true });
    expect(languageOfText('akun tiktok saya tidak bisa link ke shop')).toEqual({ language: 'id', strong: true });
    expect(languageOfText('my qr code won\'t scan')).toEqual({ language: 'en', strong: true });
    expect(languageOfText('khong the lien ket tai khoan')).toEqual({ language: 'vi', strong: true });
  });

  it('does not count words borrowed from English: "link", "shop" and "QR" stay with the sentence around them', () => {
    expect(languageOfText('link shop QR scan')).toBeUndefined();
    expect(languageOfText('kode QR tidak muncul di shop')).toMatchObject({ language: 'id' });
  });

  it('takes one telling word as a weak reading, and says nothing for words every language uses', () => {
    expect(languageOfText('hola')).toEqual({ language: 'es', strong: false });
    expect(languageOfText('gracias')).toEqual({ language: 'es', strong: false });
    expect(languageOfText('thanks')).toEqual({ language: 'en', strong: false });
    expect(languageOfText('tolong')).toEqual({ language: 'id', strong: false });
    for (const text of ['ok', 'no', 'si', '3', '👍', 'TikTok Shop', 'help saya']) expect(languageOfText(text), text).toBeUndefined();
  });
});

describe('isUnreadable', () => {
  it('is true when most letters are in a script shoplink does not read', () => {
    expect(isUnreadable('Привет, у меня не работает QR')).toBe(true);
    expect(isUnreadable('我的二维码扫不了')).toBe(true);
    expect(isUnreadable('مرحبا')).toBe(true);
  });

  it('is false for our scripts, a foreign name inside our words, and text without letters', () => {
    expect(isUnreadable('my shop is called 小店')).toBe(false);
    expect(isUnreadable('ร้านของฉัน')).toBe(false);
    expect(isUnreadable('Tiếng Việt')).toBe(false);
    expect(isUnreadable('1234 👍')).toBe(false);
  });
});
