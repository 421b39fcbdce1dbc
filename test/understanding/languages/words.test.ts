// The content words of Spanish, Indonesian, Vietnamese and Thai messages: inflections folded by each
// language's stemmer, words and compounds folded onto the flows' English words, country names read as
// "country", Vietnamese with and without diacritics alike, Thai split into words.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../src/understanding/lexicons/by-language.ts';
import { stemEs } from '../../../src/understanding/lexicons/es.ts';
import { stemId } from '../../../src/understanding/lexicons/id.ts';
import { normalize } from '../../../src/understanding/text.ts';
import { contentWords } from '../../../src/understanding/words.ts';

describe('stemmers', () => {
  it('folds Spanish inflections together', () => {
    for (const w of ['vincular', 'vinculado', 'vinculada', 'vincule', 'vinculacion', 'vinculando']) expect(stemEs(w)).toBe('vincul');
    expect(stemEs('tienda')).toBe(stemEs('tiendas'.replace(/s$/, '')));
    expect(stemEs('qr')).toBe('qr');
    expect(stemEs('niño')).toBe('niño');
  });

  it('folds Indonesian affixes, nasal prefixes and Jakarta -in together', () => {
    for (const w of ['taut', 'tautan', 'ditautkan', 'menautkan', 'tertaut', 'tautannya']) expect(stemId(w)).toBe('taut');
    expect(stemId('memindai')).toBe('pindai');
    expect(stemId('dipindai')).toBe('pindai');
    expect(stemId('menghubungkan')).toBe('hubung');
    expect(stemId('sambungin')).toBe('sambung');
    expect(stemId('syarat2')).toBe('syarat');
    expect(stemId('akunnya')).toBe('akun');
    expect(stemId('toko')).toBe('toko');
  });
});

describe('content words in each language', () => {
  it('meet the flows’ English words', () => {
    expect(contentWords('no puedo vincular mi tienda', lexiconFor('es'))).toEqual(['not', 'link', 'shop']);
    expect(contentWords('gak bisa nautin akun ke toko', lexiconFor('id'))).toEqual(['not', 'link', 'account', 'shop']);
    expect(contentWords('không liên kết được tài khoản với cửa hàng', lexiconFor('vi'))).toEqual(['not', 'link', 'account', 'shop']);
    expect(contentWords('ผูกบัญชีกับร้านค้าไม่ได้', lexiconFor('th'))).toEqual(['link', 'account', 'shop', 'not']);
  });

  it('reads Vietnamese the same with and without diacritics', () => {
    const vi = lexiconFor('vi');
    expect(contentWords('không thấy giỏ hàng', vi)).toEqual(contentWords('khong thay gio hang', vi));
    expect(contentWords('mã QR bị lỗi', vi)).toEqual(contentWords('ma qr bi loi', vi));
  });

  it('reads any country, named in the language, as "country"', () => {
    expect(contentWords('está disponible en Chile', lexiconFor('es'))).toContain('country');
    expect(contentWords('tiktok shop ada di Brunei', lexiconFor('id'))).toContain('country');
    expect(contentWords('tiktok shop có ở Campuchia', lexiconFor('vi'))).toContain('country');
    expect(contentWords('มีในกัมพูชาไหม', lexiconFor('th'))).toContain('country');
  });

  it('keeps English words a message mixes in', () => {
    expect(contentWords('mi QR code no scan', lexiconFor('es'))).toEqual(expect.arrayContaining(['qr', 'code', 'not', 'scan']));
    expect(contentWords('bag icon ไม่ขึ้น', lexiconFor('th'))).toEqual(expect.arrayContaining(['bag', 'icon', 'not', 'show']));
  });

  it('leaves numbers out: they say how much, not what about', () => {
    expect(contentWords('tengo 16 años', lexiconFor('es'))).toEqual(['age']);
    expect(contentWords('kênh 12k follow', lexiconFor('vi'))).toEqual(['account', 'follower']);
  });
});

describe('Thai text', () => {
  it('is split where Thai meets Latin letters or digits', () => {
    expect(normalize('อายุ17สมัครtiktok shopได้ไหม')).toBe('อายุ 17 สมัคร tiktok shop ได้ ไหม');
  });

  it('reads drawn-out particles as the word, and keeps letters doubled where two words meet', () => {
    expect(normalize('ขอบคุณค่าาา')).toBe(normalize('ขอบคุณค่า'));
    expect(normalize('ร้านนี้').replace(/ /g, '')).toBe('ร้านนี้');
  });
});
