// Thai as typed in chat: loanwords ("แอค", "สเต็ป", "bind"), "how" put last ("ผูก…ยังไง"), "อาทิตย์นึง" with the
// number after its unit, and "เปิดร้าน" (opened a shop), which holds "ปิดร้าน" (closed a shop).
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/understanding/facts.ts';
import { asksForPerson } from '../../../src/understanding/commands.ts';
import { contentWords } from '../../../src/understanding/words.ts';
import { shapeOf, reshapedOf } from '../../../src/understanding/shapes.ts';
import { lexiconFor } from '../../../src/understanding/lexicons/by-language.ts';

const th = lexiconFor('th');
const facts = (text: string, asking?: string) => extractFacts(text, { lex: th, asking });

describe('a shop status shown in English in a Thai message', () => {
  it('reads "inactive" as not active, though it holds "active"', () => {
    expect(facts('ขึ้นว่า inactive', 'shop-active')).toMatchObject({ 'shop-active': 'no' });
    expect(facts('ขึ้นว่า active แล้ว', 'shop-active')).toMatchObject({ 'shop-active': 'yes' });
  });
});

describe('Thai chat vocabulary', () => {
  it('reads "แอค" as an account and "ทำไม่เป็น" as not knowing how, not as something broken', () => {
    expect(contentWords('อยากผูกแอคเข้าร้าน', th)).toContain('account');
    expect(contentWords('ทำไม่เป็นเลย', th)).not.toContain('not');
  });

  it('asks for the linking steps by its shape, and for more accounts on a shop', () => {
    expect(shapeOf('ขอขั้นตอนlinkบัญชีกับร้านหน่อย', {}, th)).toBe('seller-link');
    expect(shapeOf('อยากสมัครaffiliateต้องทำยังไง', { role: 'creator' }, th)).toBe('creator-link');
    expect(shapeOf('ร้านนึงผูกได้กี่แอค', {}, th)).toBe('marketing-accounts');
    expect(reshapedOf('อยากผูกเพิ่มอีกบัญชีให้ร้าน', 'seller-link', th)).toBe('marketing-accounts');
    // A shop the account is stuck to is a problem, not a how-to.
    expect(shapeOf('แอคยังติดอยู่กับร้านนั้น อยากผูกร้านใหม่ทำไง', {}, th)).toBeUndefined();
  });

  it('takes "no button to add products" after linking to the missing-icon tree', () => {
    expect(reshapedOf('ผูกแล้วแต่ไม่มีปุ่มเพิ่มสินค้าเลย', 'after-link', th)).toBe('missing-icon');
    expect(reshapedOf('ผูกแล้ว ไม่รู้ว่าปักตะกร้ายังไง', 'after-link', th)).toBeUndefined();
  });
});

describe('Thai facts in chat', () => {
  it('reads "25แล้ว" alone as an age, but not "3วันแล้ว"', () => {
    expect(facts('25แล้วค่ะ')).toMatchObject({ age: 'adult' });
    expect(facts('3วันแล้วค่ะ').age).toBeUndefined();
  });

  it('does not read "เปิดร้าน" as a closed shop, and "อาทิตย์นึง" is a week', () => {
    expect(facts('เพิ่งเปิดร้านค่ะ')['shop-active']).not.toBe('no');
    expect(facts('ผูกไปได้อาทิตย์นึงแล้ว')).toMatchObject({ 'linked-ago': 'over-24h' });
  });

  it('reads a forgotten password for the old shop as a lost login, and "never linked" as an unknown shop', () => {
    expect(facts('แอคยังผูกกับร้านเก่า ลืมรหัสseller centerร้านเก่า')).toMatchObject({ 'other-shop-holder': 'me', 'other-shop-access': 'lost-login' });
    expect(facts('บอกว่าผูกกับร้านอื่นแล้ว แต่ไม่เคยผูกเลย')).toMatchObject({ 'other-shop-holder': 'unknown' });
  });
});

describe('Thai requests for a person', () => {
  it('hears "is there a human admin", but not a team member\'s account to link', () => {
    expect(asksForPerson('มีแอดมินที่เป็นคนไหมคะ', th)).toBe(true);
    expect(asksForPerson('อยากให้แอคของทีมงานช่วยโพสต์ขายของ', th)).toBe(false);
  });
});
