// Content words: two ways of saying the same thing ("Can't connect my store" / "cannot link shop") must
// come out as the same words, filler must vanish, and whole-word phrase tests must not match inside words.
import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/understanding/lexicon.ts';
import { EN } from '../../src/understanding/lexicons/en.ts';
import { contentWords, fold, hasPhrase, startsWithPhrase } from '../../src/understanding/words.ts';

describe('contentWords', () => {
  it('gives the same words for the same request in different words', () => {
    expect(contentWords("Can't connect my store")).toEqual(['not', 'link', 'shop']);
    expect(contentWords('cannot link shop')).toEqual(['not', 'link', 'shop']);
    expect(contentWords('the basket is gone')).toEqual(['bag', 'miss']);
    // A greeting is no word of any flow ("morning" is no slip for "more").
    expect(contentWords('good morning, how do i link my shop')).toEqual(contentWords('how do i link my shop'));
    expect(contentWords('bag icon disappeared')).toEqual(['bag', 'icon', 'miss']);
    expect(contentWords('bag icon missing')).toEqual(['bag', 'icon', 'miss']);
    expect(contentWords('It says authorisation failed')).toEqual(['say', 'authorize', 'fail']);
    expect(contentWords('authorization failure')).toEqual(['authorize', 'fail']);
    expect(contentWords('the former store')).toEqual(['old', 'shop']);
  });

  it('drops filler, before and after folding, and repeats', () => {
    expect(contentWords('hi guys, my shop')).toEqual(['shop']);
    expect(contentWords('the the the')).toEqual([]);
    expect(contentWords('things')).toEqual([]);
    expect(contentWords('does it work')).toEqual(['work']);
    expect(contentWords('')).toEqual([]);
    expect(contentWords('selling sales sold')).toEqual(['sell']);
    expect(contentWords('vids and clips')).toEqual(['video']);
  });

  it('keeps words of other scripts (Latin ones without accents), splitting Thai into its words', () => {
    expect(contentWords('Tôi ở Việt Nam')).toEqual(['toi', 'o', 'viet', 'nam']);
    expect(contentWords('ร้านค้าของฉัน').length).toBeGreaterThan(1);
  });

  it("uses the language's own filler list", () => {
    const lex: Lexicon = { ...EN, filler: ['por', 'favor'] };
    expect(contentWords('por favor the shop', lex)).toEqual(['the', 'shop']);
  });
});

describe('fold', () => {
  it('stems, then maps to the synonym', () => {
    expect(fold('stores')).toBe('shop');
    expect(fold('connecting')).toBe('link');
    expect(fold('authorisation')).toBe('authorize');
    expect(fold('auth')).toBe('authorize');
    expect(fold('scanning')).toBe('scan');
    expect(fold('qr')).toBe('qr');
  });

  it('maps a word whose stem the language does not know by its whole form', () => {
    const lex: Lexicon = { ...EN, synonyms: { things: 'stuff' } };
    expect(fold('things', lex)).toBe('stuff');
  });
});

describe('whole-word phrases', () => {
  it('finds a phrase only as whole words', () => {
    expect(hasPhrase('it says authorization failed', 'authorization failed')).toBe(true);
    expect(hasPhrase('authorization failed', 'authorization failed')).toBe(true);
    expect(hasPhrase('scanning', 'scan')).toBe(false);
    expect(hasPhrase('not yet linked', 'yet')).toBe(true);
    expect(hasPhrase('rescan it', 'scan')).toBe(false);
  });

  it('tells whether a text opens with a phrase', () => {
    expect(startsWithPhrase('no', 'no')).toBe(true);
    expect(startsWithPhrase('no not yet', 'no')).toBe(true);
    expect(startsWithPhrase('nothing changed', 'no')).toBe(false);
    expect(startsWithPhrase('i said no', 'no')).toBe(false);
  });
});
