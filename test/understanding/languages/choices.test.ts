// Answers typed instead of pressed in Spanish, Indonesian, Vietnamese and Thai: yes/no families mapped to
// the step's yes-like and no-like button, button numbers as people write them, and a synonym that a
// negation turns around ("ไม่ได้" does not say "ได้").
import { describe, expect, it } from 'vitest';
import { choiceFromText, numberOf, polarityOf, type OfferedChoice } from '../../../src/understanding/choices.ts';
import { lexiconFor } from '../../../src/understanding/lexicons/by-language.ts';

const es = lexiconFor('es');
const id = lexiconFor('id');
const vi = lexiconFor('vi');
const th = lexiconFor('th');

describe('yes and no in each language', () => {
  it('hears the yes family', () => {
    for (const t of ['sí', 'si', 'vale', 'listo', 'ya funcionó', 'ya quedó']) expect({ t, p: polarityOf(t, es) }).toEqual({ t, p: 'yes' });
    for (const t of ['iya', 'udah', 'sudah bisa', 'oke kak', 'berhasil']) expect({ t, p: polarityOf(t, id) }).toEqual({ t, p: 'yes' });
    for (const t of ['có', 'co', 'rồi', 'được rồi', 'duoc roi', 'ok']) expect({ t, p: polarityOf(t, vi) }).toEqual({ t, p: 'yes' });
    for (const t of ['ได้แล้ว', 'ใช่', 'โอเค', 'ได้แล้วค่ะ']) expect({ t, p: polarityOf(t, th) }).toEqual({ t, p: 'yes' });
  });

  it('hears the no family', () => {
    for (const t of ['no', 'todavía no', 'todavia no', 'sigue igual', 'aún nada']) expect({ t, p: polarityOf(t, es) }).toEqual({ t, p: 'no' });
    for (const t of ['belum', 'nggak', 'masih gagal', 'gak bisa']) expect({ t, p: polarityOf(t, id) }).toEqual({ t, p: 'no' });
    for (const t of ['không', 'khong', 'chưa', 'vẫn lỗi', 'van loi', 'ko dc']) expect({ t, p: polarityOf(t, vi) }).toEqual({ t, p: 'no' });
    for (const t of ['ไม่', 'ยังไม่ได้', 'ยัง', 'ยังไม่ได้ค่ะ', 'ไม่ได้']) expect({ t, p: polarityOf(t, th) }).toEqual({ t, p: 'no' });
  });

  it('lets a negation right after a yes word turn it around', () => {
    expect(polarityOf('ya no funciona', es)).toBe('no');
    expect(polarityOf('udah gak bisa lagi', id)).toBe('no');
    expect(polarityOf('được không ạ', vi)).not.toBe('yes');
  });

  it('takes "done that, still failing" as a no in Indonesian', () => {
    expect(polarityOf('udah dicoba, tetep gagal', id)).toBe('no');
    expect(polarityOf('sudah saya restart tapi masih sama', id)).toBe('no');
    expect(polarityOf('udah dicoba dan berhasil', id)).toBe('yes');
  });

  it('takes not knowing as neither', () => {
    expect(polarityOf('no sé', es)).toBeUndefined();
    expect(polarityOf('gak tau', id)).toBeUndefined();
    expect(polarityOf('không biết', vi)).toBeUndefined();
    expect(polarityOf('ไม่แน่ใจ', th)).toBeUndefined();
  });
});

describe('button numbers in each language', () => {
  it('reads the words people put before a number', () => {
    expect(numberOf('la opción 3', es)).toBe(3);
    expect(numberOf('opcion 2', es)).toBe(2);
    expect(numberOf('pilihan 2', id)).toBe(2);
    expect(numberOf('nomor 1', id)).toBe(1);
    expect(numberOf('số 2', vi)).toBe(2);
    expect(numberOf('chọn 3', vi)).toBe(3);
    expect(numberOf('ข้อ 2', th)).toBe(2);
    expect(numberOf('ข้อที่ 1', th)).toBe(1);
  });
});

describe('choosing among translated buttons', () => {
  // As a translated step offers them: the label in the language, its source label and synonyms beside.
  const fixed: OfferedChoice[] = [
    { index: 0, label: 'Ya funcionó', source: 'That fixed it', synonyms: ['That fixed it'] },
    { index: 1, label: 'Sigue sin funcionar', source: 'Still not working', synonyms: ['Still not working'] },
  ];

  it('maps yes and no to the yes-like and no-like button by the English label', () => {
    expect(choiceFromText('sí, ya quedó', fixed, { lex: es })).toMatchObject({ index: 0 });
    expect(choiceFromText('no, sigue igual', fixed, { lex: es })).toMatchObject({ index: 1 });
    expect(choiceFromText('That fixed it', fixed, { lex: es })).toMatchObject({ index: 0, by: 'synonym' });
  });

  it('does not read a synonym that a negation in front of it turns around', () => {
    const thai: OfferedChoice[] = [
      { index: 0, label: 'ได้ เข้าร้านนั้นได้', source: 'Yes, I can log into that shop', synonyms: ['ได้', 'เข้าได้'] },
      { index: 1, label: 'ไม่ได้ ร้านนั้นคนอื่นดูแลอยู่', source: 'No, someone else runs that shop', synonyms: ['ร้านคนอื่น'] },
    ];
    expect(choiceFromText('ไม่ได้ ร้านนั้นเป็นของคนอื่น', thai, { lex: th })).toMatchObject({ index: 1 });
    expect(choiceFromText('เข้าได้ค่ะ', thai, { lex: th })).toMatchObject({ index: 0 });
  });

  it('takes "not sure" as not sure, though it holds a no', () => {
    const check: OfferedChoice[] = [
      { index: 0, label: 'Có, đang hoạt động', source: 'Yes, active and approved', synonyms: ['có'] },
      { index: 1, label: 'Không', source: "No, it's not active or not approved", synonyms: ['không'] },
      { index: 2, label: 'Em không chắc', source: "I'm not sure", synonyms: [] },
    ];
    expect(choiceFromText('không rõ nữa', check, { lex: vi })).toMatchObject({ index: 2 });
    expect(choiceFromText('không', check, { lex: vi })).toMatchObject({ index: 1 });
  });

  it('answers a plain yes with the one button that neither says no nor offers a way out', () => {
    const confirm: OfferedChoice[] = [
      { index: 0, label: 'Statusnya Linked dan ikonnya ada', source: 'It says Linked and I see the bag' },
      { index: 1, label: 'Statusnya Linked, tapi ikonnya nggak ada', source: "It says Linked, but the bag icon isn't there" },
      { index: 2, label: 'Statusnya belum Linked', source: "It doesn't say Linked" },
    ];
    expect(choiceFromText('iya udah', confirm, { lex: id })).toMatchObject({ index: 0 });
  });
});
