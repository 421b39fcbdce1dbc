// Free-text routing measured on phrasings written apart from the flows' `match` lists: it must find the
// right tree most of the time, and when it is not sure it must say so rather than guess.
import { describe, expect, it } from 'vitest';
import { Router } from '../../src/understanding/router.ts';
import { shippedFlows } from '../support.ts';

const PHRASINGS: Record<string, string[]> = {
  'qr-failure': [
    'my qr code will not scan',
    'QR wont scan!!',
    'i keep getting authorization failed',
    'the tiktok app cannot scan the code from seller center',
    'authorisation failed when scanning',
    'scanning the qr does nothing',
    'qr code not working on my phone',
  ],
  'already-linked': [
    'it says this account is already linked to another shop',
    'account already linked',
    'how can I unlink my account from my old shop',
    'my tiktok is linked to the wrong shop',
    'already connected to a different store',
  ],
  'missing-icon': [
    'my bag icon is missing',
    'the shopping bag icon is not showing on my profile',
    "I linked but I don't see the shop icon",
    'where is the shopping bag on my profile',
    'shop tab missing from profile',
  ],
  'seller-link': [
    'how do I link my tiktok account to my tiktok shop',
    'connect my account to my shop',
    'how to link the official account',
    'steps to connect tiktok shop with my profile',
  ],
  'creator-link': [
    'I am a creator and want to sell products',
    'how do I join the product marketplace',
    'how do I accept an affiliate invitation',
    'add products to my showcase',
    'earn commission on other brands products',
  ],
  'marketing-accounts': ['can I add more accounts for ads', 'what are marketing accounts', 'link a second tiktok account for ads'],
  preflight: ['what do I need before I start', 'am I eligible', 'what are the requirements', 'how old do I need to be'],
  'after-link': ['how do I tag products in my videos', 'tips for selling on LIVE', 'how do I get more sales after linking'],
};

/** Text the router must not be confident about. */
const UNSURE = ['hello there', 'purple elephants', 'asdfgh', 'ok', 'thanks', 'what is the weather today', 'my order has not arrived'];

const router = new Router(shippedFlows().contentFlows);

describe('free-text routing', () => {
  const cases = Object.entries(PHRASINGS).flatMap(([flow, texts]) => texts.map((text) => ({ flow, text })));
  const results = cases.map((c) => ({ ...c, got: router.route(c.text)?.flow }));
  const right = results.filter((r) => r.got === r.flow).length;
  const wrong = results.filter((r) => r.got !== undefined && r.got !== r.flow);

  it('routes most phrasings to the right tree', () => {
    console.log(`routing accuracy: ${right}/${cases.length} (${((100 * right) / cases.length).toFixed(0)}%), unsure: ${results.filter((r) => !r.got).length}, wrong: ${wrong.length}`);
    expect(right / cases.length).toBeGreaterThanOrEqual(0.85);
  });

  it('is never confidently wrong on the table', () => {
    expect(wrong).toEqual([]);
  });

  it('admits it is unsure about text no flow covers', () => {
    expect(UNSURE.map((t) => [t, router.route(t)?.flow])).toEqual(UNSURE.map((t) => [t, undefined]));
  });
});
