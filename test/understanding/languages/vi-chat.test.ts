// Vietnamese as typed in chat: shorthand ("20t", "lk", "mk", "bữa"), southern words ("lộn", "vô", "khỏi") and
// words that meet another once accents are folded ("đơ"/"đó", "đăng bán"/"đang bán", "Sài Gòn"/"sai").
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/understanding/facts.ts';
import { asksForPerson, commandOf } from '../../../src/understanding/commands.ts';
import { topicOf } from '../../../src/understanding/scope.ts';
import { lexiconFor } from '../../../src/understanding/lexicons/by-language.ts';
import { Understanding } from '../../../src/understanding/interpret.ts';
import { openFlows } from '../../../src/platforms/open-flows.ts';
import { readConfig } from '../../../src/config.ts';

const vi = lexiconFor('vi');
const facts = (text: string, asking?: string) => extractFacts(text, { lex: vi, asking });

describe('Vietnamese facts in chat shorthand', () => {
  it('reads an age from a birth year, counted from this year', () => {
    const year = new Date().getFullYear();
    expect(facts(`năm sinh của em là ${year - 12}`)).toMatchObject({ age: 'minor' });
    expect(facts(`mình sn ${year - 30}`)).toMatchObject({ age: 'adult' });
    expect(facts(`em sinh năm ${year - 18}`).age).toBeUndefined();
    // A recent year is a child's, never an age of 19 or more read off its last digits.
    expect(facts(`em sinh năm ${year - 7}`)).toMatchObject({ age: 'minor' });
  });

  it('reads an age written "20t", and not the limit in "dưới 18 tuổi"', () => {
    expect(facts('e 20t r a')).toMatchObject({ age: 'adult' });
    expect(facts('e 17t')).toMatchObject({ age: 'minor' });
    expect(facts('mới 16')).toMatchObject({ age: 'minor' });
    expect(facts('dưới 18 tuổi có mở shop được ko').age).toBeUndefined();
    expect(facts('chưa đủ 18 tuổi thì sao').age).toBeUndefined();
  });

  it('does not read "đó" (folded "do") as a frozen screen, and a still camera is a code that will not scan', () => {
    expect(facts('quét mã trên cái đt đó mà ko được')['qr-symptom']).not.toBe('spinning');
    expect(facts('ko quet duoc ma qr, camera cu dung im')).toMatchObject({ 'qr-symptom': 'no-scan' });
  });

  it('hears one phone, but not "another phone"', () => {
    expect(facts('mở seller center bằng đt thì quét qr sao, có 1 cái đt à')).toMatchObject({ 'qr-symptom': 'same-phone' });
    expect(facts('quét qr ko được, em có 1 cái đt khác')['qr-symptom']).not.toBe('same-phone');
  });

  it('reads who holds the other shop and whether they can get in', () => {
    expect(facts('lỡ liên kết vào shop test của em')).toMatchObject({ 'other-shop-holder': 'me' });
    expect(facts('đã liên kết với shop của bạn hùn vốn, giờ tách ra rồi')).toMatchObject({ 'other-shop-holder': 'ex-partner' });
    // Their own old shop that they can no longer get into: a lost login.
    expect(facts('shop cũ của mình mà quên mk, đăng nhập ko vô được')).toMatchObject({ 'other-shop-holder': 'me', 'other-shop-access': 'lost-login' });
  });

  it('reads days as "bữa", "trc" as "trước", and a seller saying "shop e"', () => {
    expect(facts('lk 3 bữa rồi')).toMatchObject({ 'linked-ago': 'over-24h' });
    expect(facts('liên kết tuần trc')).toMatchObject({ 'linked-ago': 'over-24h' });
    expect(facts('shop e ở Sài Gòn')).toMatchObject({ role: 'seller', market: 'VN' });
  });
});

describe('Vietnamese commands and topics in chat', () => {
  it('takes southern and warm phrasings of commands', () => {
    expect(commandOf('e bấm lộn rồi', vi)).toBe('back');
    expect(commandOf('thôi khỏi nhắc nữa', vi)).toBe('cancel');
    expect(commandOf('cảm ơn ad nhiều nha', vi)).toBe('thanks');
    expect(commandOf('cảm ơn nhưng vẫn lỗi', vi)).not.toBe('thanks');
  });

  it('keeps a product rejected for a policy apart from a strike on the account', () => {
    expect(topicOf('sp bị từ chối vì vi phạm chính sách hình ảnh', vi)).toBe('listings');
    expect(topicOf('tài khoản bị vi phạm, kháng nghị ở đâu', vi)).toBe('violations');
    expect(topicOf('shop đang bán bình thường', vi)).toBeUndefined();
  });

  it('reads taxes by their verb or kind, so "thuê agency" (folded "thue") is no tax question', () => {
    expect(topicOf('nộp thuế bán hàng thế nào', vi)).toBe('payouts');
    expect(topicOf('truoc e thue agency chay shop cu', vi)).toBeUndefined();
  });

  it('hears a person asked for in chat words, and not a person talked about', () => {
    expect(asksForPerson('nói chuyện vs ng thật đc ko', vi)).toBe(true);
    expect(asksForPerson('có ai ko vậy', vi)).toBe(true);
    expect(asksForPerson('e ko muốn nói chuyện với máy', vi)).toBe(true);
    expect(asksForPerson('người quản lý shop kia là agency', vi)).toBe(false);
  });
});

describe('Vietnamese limits, friends, fees and shapes in chat', () => {
  it('reads "chưa tới 1 ngày" and "dưới 24h" as under a day, and "hơn 1 ngày" as over', () => {
    expect(facts('chưa tới 1 ngày', 'linked-ago')).toMatchObject({ 'linked-ago': 'under-24h' });
    expect(facts('lk dưới 24h')).toMatchObject({ 'linked-ago': 'under-24h' });
    expect(facts('hơn 1 ngày rồi', 'linked-ago')).toMatchObject({ 'linked-ago': 'over-24h' });
  });

  it('hears an old friend holding the other shop as a partner', () => {
    expect(facts('shop kia thằng bạn thân của em giữ')).toMatchObject({ 'other-shop-holder': 'ex-partner' });
  });

  it('places a commission fee or what the platform takes in fees', () => {
    expect(topicOf('phí hoa hồng bên sàn là nhiêu', vi)).toBe('fees');
    expect(topicOf('tiktok shop lấy mấy phần trăm mỗi đơn', vi)).toBe('fees');
  });
});

describe('Vietnamese shapes and chat words in understanding', () => {
  const u = new Understanding(openFlows(readConfig().flowsDir));
  const at = (text: string, step?: string) => u.interpret(text, { step: step as never, facts: {}, language: 'vi' });

  it('hears "now it works" at a step as its answer, and only at the end of a story as thanks', () => {
    expect(at('giờ ổn rồi', 'qr-failure.same-phone')).toMatchObject({ kind: 'choice', index: 0 });
    expect(commandOf('sáng nay quét mã hoài không được, giờ thì ổn rồi', vi)).toBe('thanks');
  });

  it('takes "đã liên kết thành công" as linked, not the already-linked error', () => {
    expect(at('đã liên kết thành công, chỉ em cách sắp xếp showcase')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(at('đã liên kết thành công nhưng ko thấy giỏ hàng')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });

  it('asks for the linking steps in "muốn gắn nick vào shop mà ko biết bắt đầu từ đâu"', () => {
    expect(at('mình muốn gắn nick vào shop mà ko biết bắt đầu từ đâu')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('reads "đt", "gỡ ra" and "ko ... đc" at a step', () => {
    expect(at('ko có laptop, chỉ có cái đt thôi', 'qr-failure.same-phone')).toMatchObject({ kind: 'choice', index: 2 });
    expect(at('gỡ ra rồi ạ', 'already-linked.held-by-other')).toMatchObject({ kind: 'choice', index: 0 });
    expect(at('đăng nhập ko đc', 'seller-link.login')).toMatchObject({ kind: 'choice', index: 1 });
  });
});

describe('Vietnamese as sellers and creators type it, once more', () => {
  const u = new Understanding(openFlows(readConfig().flowsDir));
  const at = (text: string, step?: string) => u.interpret(text, { step: step as never, facts: {}, language: 'vi' });

  it('takes "rep" for a reply, and "cho e gặp người đi" for a person', () => {
    expect(asksForPerson('giờ nhắn ko ai rep', vi)).toBe(false);
    expect(at('agency cũ link acc tiktok của bên em vào shop của họ, giờ nhắn ko ai rep')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(at('đừng gửi mấy bước nữa, cho e gặp người đi', 'qr-failure.restart-app')).toMatchObject({ kind: 'command', command: 'human' });
  });

  it('sends linking asked about at large to the menu, and a how-to to the steps', () => {
    expect(at('cần hỗ trợ vụ liên kết tiktok shop ạ')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(at('ad oi em muon hoi ve lien ket tiktok voi shop')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(at('hướng dẫn em liên kết tiktok với shop')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('hears "none of those" with "ko", a commission unpaid and a return order', () => {
    expect(at('ko phải mấy cái đó', 'menu.trouble')).toMatchObject({ kind: 'choice', index: 3 });
    expect(topicOf('hoa hồng affiliate tháng trước tới giờ chưa thấy trả', vi)).toBe('payouts');
    expect(topicOf('khiếu nại đơn hoàn treo mấy ngày r chưa ai xử', vi)).toBe('refunds');
  });
});
