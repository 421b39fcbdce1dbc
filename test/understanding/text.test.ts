// How typed text becomes comparable words: what survives normalisation (every script's letters, @ and #),
// which contractions open, how Intl.Segmenter splits scripts without spaces, and which endings stemming folds.
import { describe, expect, it } from 'vitest';
import { clausesOf, compact, isQuestion, normalize, stem, tokens } from '../../src/understanding/text.ts';

describe('normalize', () => {
  it('drops emoji whole, with their presentation marks', () => {
    expect(normalize('thank u sm!! ❤️')).toBe('thank u sm');
    expect(normalize('done 👍🏽 ✔️')).toBe('done');
  });

  it('reads a letter drawn out as the word', () => {
    expect(normalize('heyyy')).toBe('hey');
    expect(normalize('pleaseeee helpppp')).toBe('please help');
    expect(normalize('good book')).toBe('good book');
  });

  it('lowers case, drops punctuation and collapses spaces', () => {
    expect(normalize('  My QR Code!!!   Won\'t   SCAN...  ')).toBe('my qr code will not scan');
    expect(normalize('scan,then-link;ok?')).toBe('scan then link ok');
    expect(normalize('!!!')).toBe('');
  });

  it('opens contractions, with or without the apostrophe, straight or curly', () => {
    expect(normalize("won't")).toBe('will not');
    expect(normalize('wont')).toBe('will not');
    expect(normalize('won’t')).toBe('will not');
    expect(normalize("can't")).toBe('can not');
    expect(normalize('cant')).toBe('can not');
    expect(normalize('cannot')).toBe('can not');
    expect(normalize('doesnt work')).toBe('does not work');
    expect(normalize('didnt')).toBe('did not');
    expect(normalize('isnt')).toBe('is not');
    expect(normalize('havent')).toBe('have not');
    expect(normalize('shouldnt')).toBe('should not');
    expect(normalize("isn't")).toBe('is not');
    expect(normalize("aren't")).toBe('are not');
    expect(normalize('haven’t')).toBe('have not');
    expect(normalize("it's there")).toBe('it is there');
    expect(normalize("that's it")).toBe('that is it');
    expect(normalize('what’s this')).toBe('what is this');
  });

  it("drops possessive 's and opens the short forms 're 've 'll 'd 'm", () => {
    expect(normalize("my shop's icon")).toBe('my shop icon');
    expect(normalize("I'm in")).toBe('i am in');
    expect(normalize("we've tried, you're right, I'll wait, I'd like")).toBe('we have tried you are right i will wait i would like');
    expect(normalize('I’m stuck')).toBe('i am stuck');
  });

  it('leaves words that only look like contractions alone', () => {
    expect(normalize('wonton')).toBe('wonton');
    expect(normalize('cantina')).toBe('cantina');
    expect(normalize('donut')).toBe('donut');
    expect(normalize('its icon')).toBe('its icon');
  });

  it('keeps letters of every script and digits, and folds the accents of Latin letters', () => {
    expect(normalize('Café España, Niño')).toBe('cafe espana nino');
    expect(normalize('Tôi ở Việt Nam')).toBe('toi o viet nam');
    expect(normalize('Ошибка авторизации')).toBe('ошибка авторизации');
    expect(normalize('order 12345')).toBe('order 12345');
  });

  it('lets Vietnamese and Spanish typed without accents meet the same words typed with them', () => {
    expect(normalize('Vẫn KHÔNG được')).toBe(normalize('van khong duoc'));
    expect(normalize('Đã liên kết')).toBe('da lien ket');
    expect(normalize('vinculación rápida')).toBe(normalize('vinculacion rapida'));
    expect(normalize('Cafe\u0301')).toBe('cafe');
  });

  it('keeps the marks of other scripts, which are part of their letters', () => {
    expect(normalize('й')).toBe('й');
    expect(normalize('ไม่ได้').replace(/ /g, '')).toBe('ไม่ได้');
  });

  it('spaces apart the words of scripts written without spaces, as Intl.Segmenter finds them', () => {
    expect(normalize('ยังไม่ได้ลองเลย')).toBe('ยัง ไม่ ได้ ลอง เลย');
    expect(normalize('สแกน QR ไม่ได้!!')).toBe('สแกน qr ไม่ ได้');
    expect(normalize('连接失败')).toBe('连接 失败');
  });

  it('keeps @handles and #tags, and apostrophes inside words, but not quotes around them', () => {
    expect(normalize('my handle is @Ana_Shop #tiktokshop')).toBe('my handle is @ana shop #tiktokshop');
    expect(normalize("it says 'authorization failed'")).toBe('it says authorization failed');
    expect(normalize("''quoted''")).toBe('quoted');
    expect(normalize("o'brien")).toBe("o'brien");
  });

  it('turns emoji and symbols into nothing rather than letters', () => {
    expect(normalize('👍')).toBe('');
    expect(normalize('done ✅ thanks 🙏')).toBe('done thanks');
  });
});

describe('tokens', () => {
  it('gives the words of a spaced text, without spaces or punctuation', () => {
    expect(tokens('my qr code will not scan')).toEqual(['my', 'qr', 'code', 'will', 'not', 'scan']);
    expect(tokens('')).toEqual([]);
    expect(tokens('   ')).toEqual([]);
  });

  it('splits Thai, written without spaces, into its words', () => {
    const words = tokens(normalize('ร้านค้าของฉัน'));
    expect(words.length).toBeGreaterThan(1);
    expect(words.join('')).toBe('ร้านค้าของฉัน');
  });

  it('keeps accented words whole', () => {
    expect(tokens(normalize('Việt Nam niño'))).toEqual(['viet', 'nam', 'nino']);
  });
});

describe('compact', () => {
  it('takes the spaces out between Thai words again, and only there', () => {
    expect(compact(normalize('ยังไม่ได้ลองเลย'))).toBe('ยังไม่ได้ลองเลย');
    expect(compact(normalize('สแกน QR ไม่ได้'))).toBe('สแกน qr ไม่ได้');
    expect(compact('my qr code')).toBe('my qr code');
  });
});

describe('stem', () => {
  it('folds plurals, -ing and -ed onto the word people mean', () => {
    expect(stem('scanning')).toBe('scan');
    expect(stem('scanned')).toBe('scan');
    expect(stem('linked')).toBe('link');
    expect(stem('linking')).toBe('link');
    expect(stem('stores')).toBe('store');
    expect(stem('warnings')).toBe(stem('warning'));
    expect(stem('listings')).toBe('list');
    expect(stem('speeds')).toBe('speed');
    expect(stem('categories')).toBe('category');
    expect(stem('flies')).toBe('fly');
    expect(stem('tagged')).toBe('tag');
    expect(stem('shopping')).toBe('shop');
    expect(stem('loading')).toBe('load');
  });

  it('keeps a doubled l, s or vowel that belongs to the word', () => {
    expect(stem('called')).toBe('call');
    expect(stem('passed')).toBe('pass');
    expect(stem('installing')).toBe('install');
    expect(stem('seeing')).toBe('see');
  });

  it('leaves -ss and -us words and short words alone', () => {
    expect(stem('access')).toBe('access');
    expect(stem('status')).toBe('status');
    expect(stem('bus')).toBe('bus');
    expect(stem('yes')).toBe('yes');
    expect(stem('is')).toBe('is');
    expect(stem('bed')).toBe('bed');
    expect(stem('used')).toBe('used');
    expect(stem('thing')).toBe('thing');
    expect(stem('ring')).toBe('ring');
  });

  it('treats the length limits exactly: "ties" is a plural of tie, "being" is kept', () => {
    expect(stem('ties')).toBe('tie');
    expect(stem('cats')).toBe('cat');
    expect(stem('being')).toBe('being');
    expect(stem('owned')).toBe('own');
    expect(stem('going')).toBe('going');
    expect(stem('eyeing')).toBe('eye');
  });

  it('does not touch words with digits or letters outside a–z', () => {
    expect(stem('café')).toBe('café');
    expect(stem('niños')).toBe('niños');
    expect(stem('mp3s')).toBe('mp3s');
    expect(stem('Links')).toBe('Links');
  });
});

describe('isQuestion', () => {
  it('hears a question by its mark or its opening, not a statement that opens with "did"', () => {
    expect(isQuestion('where do i update the address')).toBe(true);
    expect(isQuestion('do i need a business licence')).toBe(true);
    expect(isQuestion('the shop is approved?')).toBe(true);
    expect(isQuestion('did everything, still same')).toBe(false);
    expect(isQuestion('payouts are fine')).toBe(false);
    expect(isQuestion('also when will the money arrive')).toBe(true);
    expect(isQuestion('ok so how do i add a second account')).toBe(true);
    expect(isQuestion('so it worked')).toBe(false);
    expect(isQuestion('mainly i need to know how to change the courier')).toBe(true);
    expect(isQuestion('i just wanna know how to tag products in my vids')).toBe(true);
    expect(isQuestion('gotta find out where the qr is')).toBe(true);
    expect(isQuestion('i was wondering if the shop needs approval')).toBe(true);
    expect(isQuestion('whats the commission rate here')).toBe(true);
    // Asking someone to do something is a question too.
    expect(isQuestion("Can someone confirm the steps to link the client's TikTok as the official account")).toBe(true);
    expect(isQuestion('could anybody break down how to link it')).toBe(true);
    expect(isQuestion('someone else linked it')).toBe(false);
  });
});

describe('clausesOf', () => {
  it('keeps the mark that ends each clause, so a question mark still asks', () => {
    expect(clausesOf("they unlinked, appeal?")).toEqual(['they unlinked,', 'appeal?']);
    expect(clausesOf('ok').length).toBe(1);
  });
});

describe('stem of a short word ending doubled', () => {
  it('keeps "add" whole, so adding is never an ad', () => {
    expect(stem('adding')).toBe('add');
    expect(stem('added')).toBe('add');
    expect(stem('scanning')).toBe('scan');
    expect(stem('bagged')).toBe('bag');
  });
});

describe('"ill" typed without its apostrophe', () => {
  it('is "I will"', () => {
    expect(normalize('ill wait')).toBe('i will wait');
    expect(normalize("I'll wait")).toBe('i will wait');
    expect(normalize('skill will')).toBe('skill will');
  });
});
