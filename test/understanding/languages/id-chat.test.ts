// Indonesian as typed in chat: "dr" for "dari", "org" for "orang", "ilang" for "hilang", "scan2" written with
// the plural 2, and pronouns cut short ("sy", "gw") between the words a fact is read from.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/understanding/facts.ts';
import { asksForPerson, commandOf } from '../../../src/understanding/commands.ts';
import { lexiconFor } from '../../../src/understanding/lexicons/by-language.ts';

const id = lexiconFor('id');
const facts = (text: string, asking?: string) => extractFacts(text, { lex: id, asking });

describe('Indonesian facts in chat shorthand', () => {
  it('reads followers after a short pronoun, "about 800" written "800an"', () => {
    expect(facts('followers sy baru 800an')).toMatchObject({ followers: '800' });
    expect(facts('pengikut gw cm 2rb')).toMatchObject({ followers: '2000' });
  });

  it('reads a code that will not scan when the verb is doubled with a 2', () => {
    expect(facts('qr nya gk bisa di scan2')).toMatchObject({ 'qr-symptom': 'no-scan' });
    expect(facts('kodenya ga kescan2 dari tadi')).toMatchObject({ 'qr-symptom': 'no-scan' });
  });

  it('hears Seller Center opened on the phone with the one who opened it in between', () => {
    expect(facts('gk bisa scan qr, seller center nya sy buka di hp ini')).toMatchObject({ 'qr-symptom': 'same-phone' });
  });

  it('reads one\'s own old shop written "toko sy yg lama"', () => {
    expect(facts('itu toko sy yg lama tp lupa password')).toMatchObject({ 'other-shop-holder': 'me', 'other-shop-access': 'lost-login' });
  });
});

describe('Indonesian commands and person requests in chat', () => {
  it('starts over with "dr" for "dari"', () => {
    expect(commandOf('mulai dr awal', id)).toBe('restart');
    expect(commandOf('ulang dr awal aja', id)).toBe('restart');
  });

  it('hears staff or an agent asked for, and not a staff account talked about', () => {
    expect(asksForPerson('ada staff yg bisa bantu gk', id)).toBe(true);
    expect(asksForPerson('panggilin agent aja', id)).toBe(true);
    expect(asksForPerson('hubungin cs dong', id)).toBe(true);
    expect(asksForPerson('mau tambahin akun tiktok staff biar bisa bikin konten', id)).toBe(false);
    expect(asksForPerson('tokonya dipegang org lain', id)).toBe(false);
  });
});
