// Free-text routing measured on phrasings written apart from the flows' `match` lists: it must find the
// right tree most of the time, and when it is not sure it must say so rather than guess.
import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/flow/load.ts';
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

  it('needs a second opinion for a phrase that fits only loosely, however far it leads', () => {
    // Below a close fit, a phrase that neither the whole vocabulary nor the classifier backs is too little to go on.
    for (const text of ['Been a whole week since linking and the storefront on my profile is nowhere to be seen.', 'got the approval email today!! what do i do next to get my tiktok connected']) expect([text, router.route(text)?.flow]).toEqual([text, undefined]);
    expect(router.route('how do i link my tiktok account to my shop')?.flow).toBe('seller-link');
  });

  it('reads one market as where the person is, and two as the question', () => {
    expect(router.words('I am in Spain, how do I link my account')).toEqual(router.words('how do I link my account'));
    expect(router.words('can an account from spain be linked to a shop in the uk')).toContain('country');
    expect(router.words('I have 10k followers, how do I link my account')).toEqual(router.words('how do I link my account'));
  });

  it('leaves out what is said to be fine: it tells where the person stands, not what they ask', () => {
    expect(router.words('how do I link the official account, our shop is already approved')).toEqual(router.words('how do I link the official account'));
    expect(router.words('kindly guide me on linking my account. Shop is active already')).toEqual(router.words('kindly guide me on linking my account'));
    expect(router.words('linked, the bag is showing, what next')).toEqual(router.words('linked, what next'));
    // An agency asking says who they are; the agency holding the account is the question.
    expect(router.words('agency staff here, how do we link the brand account')).toEqual(router.words('how do we link the brand account'));
    expect(router.words('our old agency still has the account on their shop')).toContain('agency');
    expect(router.words("linking done already, what's the next step")).toEqual(router.words("what's the next step"));
    // Said not to be fine, it is the question.
    expect(router.words('the shop is not approved yet')).toContain('approve');
  });

  it('names no flow for a few words many flows share, nor for a phrase several flows hold word for word', () => {
    expect(router.route("it doesn't work")).toBeUndefined();
    expect(router.route('its not working')).toBeUndefined();
    expect(router.route('how do i link')).toBeUndefined();
    expect(router.route('qr code not working')?.flow).toBe('qr-failure');
  });

  it('admits it is unsure about text no flow covers', () => {
    expect(UNSURE.map((t) => [t, router.route(t)?.flow])).toEqual(UNSURE.map((t) => [t, undefined]));
  });
});

describe('the router on a small set of flows', () => {
  const flows = [
    { id: 'qr', title: 'QR trouble', summary: '', steps: {}, match: ['qr code will not scan', { phrase: 'authorization failed', step: 'auth' }] },
    { id: 'bag', title: 'Bag icon', summary: '', steps: {}, match: ['bag icon missing', 'shop icon gone'] },
    { id: 'menu', title: 'Main menu', summary: '', steps: {}, match: [] },
  ] as unknown as Flow[];
  // Built inside each test, so that mutation testing sees which tests exercise the constructor.
  const small = () => new Router(flows);

  it('routes a flow phrase, or its title, said in full with full confidence', () => {
    expect(small().route('qr code will not scan')).toEqual({ flow: 'qr', score: 1 });
    expect(small().route("QR code won't scan!")).toEqual({ flow: 'qr', score: 1 });
    expect(small().route('qr trouble')).toEqual({ flow: 'qr', score: 1 });
    expect(small().route('the bag icon has disappeared')).toMatchObject({ flow: 'bag' });
  });

  it('routes to the step a phrase names', () => {
    expect(small().route('authorisation failed')).toEqual({ flow: 'qr', step: 'auth', score: 1 });
  });

  it('never routes to a flow without match phrases', () => {
    expect(small().route('main menu')).toBeUndefined();
    expect(small().scores('menu')).toEqual([]);
  });

  it('routes on one telling word, and takes a score of exactly the minimum', () => {
    expect(small().route('bag')?.flow).toBe('bag');
    expect(small().route('scan icon')).toEqual({ flow: 'bag', score: 0.5 });
  });

  it('ranks flows by score, highest first', () => {
    const scores = small().scores('icon missing qr');
    expect(scores.map((s) => s.flow)).toEqual(['bag', 'qr']);
    expect(scores[0]!.score).toBeGreaterThan(scores[1]!.score);
  });

  it('is unsure when two flows fit about equally, or nothing fits', () => {
    expect(small().route('my qr code will not scan and the bag icon is missing')).toBeUndefined();
    expect(small().route('')).toBeUndefined();
    expect(small().route('the')).toBeUndefined();
    expect(small().route('purple elephants')).toBeUndefined();
    expect(new Router([]).route('qr code')).toBeUndefined();
  });

  it('maps near misses of known words, more for long words', () => {
    expect(small().known('iconz')).toBe('icon');
    expect(small().known('scna')).toBe('scan');
    expect(small().known('authorizz')).toBe('authorize');
    expect(small().known('authorise')).toBe('authorize');
    expect(small().known('icom')).toBe('icon');
    // Eight letters allow two edits; two letters more than a known word still count.
    expect(small().known('autorise')).toBe('authorize');
    expect(small().known('authorizeed')).toBe('authorize');
  });

  it('leaves short words, known words and far misses alone', () => {
    expect(small().known('icn')).toBe('icn');
    expect(small().known('qrr')).toBe('qrr');
    expect(small().known('scan')).toBe('scan');
    expect(small().known('scxx')).toBe('scxx');
    expect(small().known('msising')).toBe('msising');
    expect(small().known('authorizzzz')).toBe('authorizzzz');
  });

  it('takes no word of a topic next to linking for a slip of a flow word', () => {
    const router = new Router([{ id: 'swap', title: 'Swap accounts', summary: '', steps: {}, match: ['change the linked account'] }] as unknown as Flow[]);
    expect(router.known('chnage')).toBe('change');
    // "charge" is one letter from "change", and a word of fees.
    expect(router.known('charge')).toBe('charge');
  });

  it('gives the words it routes on: content words, folded, typos mapped, once each', () => {
    expect(small().words('Iconz the QR codes, icon!')).toEqual(['icon', 'qr', 'code']);
  });
});

describe('the whole vocabulary, where one phrase fits well', () => {
  const shipped = () => new Router(shippedFlows().contentFlows);

  it('never names a flow other than the one the phrase fits', () => {
    // A social media helper asking where to start: the steps' phrase fits; the already-linked tree only shares words.
    const bakery = 'hiya, I do the socials for a bakery in Manchester and the owner wants the shop on her tiktok. where do I even start in seller center?';
    expect(shipped().scores(bakery)[0]!.flow).toBe('seller-link');
    expect(shipped().route(bakery)?.flow).not.toBe('already-linked');
    expect(shipped().route('shop got approved today but isnt active yet, can i link or should i wait')?.flow).not.toBe('missing-icon');
  });

  it('still settles a near tie between the two flows whose phrases fit', () => {
    expect(shipped().route('my qr code will not scan and the bag icon is missing')).toBeUndefined();
    expect(shipped().route('tiktok says authorization failed every time i scan')?.flow).toBe('qr-failure');
  });
});

describe('the whole vocabulary between two flows whose phrases fit', () => {
  const shipped = () => new Router(shippedFlows().contentFlows);

  it('does not overturn the better phrase fit when the classifier sides with it', () => {
    const text = 'Good morning, I am owner of small batik store in Indonesia. Where in seller center I can link official account?';
    const [first, second] = shipped().scores(text);
    expect([first!.flow, second!.flow]).toEqual(['seller-link', 'already-linked']);
    expect(shipped().route(text)?.flow).not.toBe('already-linked');
  });
});
