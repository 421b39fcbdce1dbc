// The reading learned from labelled first messages: it must favour the label whose words a message carries, doubt a
// confident first reading that the labelled messages make very unlikely (and nothing mid-flow), ship learned from the
// tune part as it is now, and score that part held out.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { evaluateHeldOut, examplesOf, readCorpus, type CorpusItem } from '../../src/understanding/eval.ts';
import { Understanding } from '../../src/understanding/interpret.ts';
import { DOUBT_BELOW, labelOf, learn, LearnedReading, shippedModel } from '../../src/understanding/learned.ts';
import { EN } from '../../src/understanding/lexicons/en.ts';
import { shippedFlows } from '../support.ts';

const examples = [
  ...Array.from({ length: 20 }, () => ({ label: 'route:qr-failure', text: 'the qr code will not scan' })),
  ...Array.from({ length: 20 }, () => ({ label: 'out-of-scope:payouts', text: 'when do my payouts arrive in the bank' })),
  { label: 'person', text: 'let me talk to a human' },
];

describe('LearnedReading', () => {
  const reading = new LearnedReading(learn(examples, EN), EN);

  it('finds likeliest the label whose words a message carries', () => {
    const p = reading.posterior('my payouts never arrive')!;
    expect(p.get('out-of-scope:payouts')).toBeGreaterThan(0.99);
    expect(p.get('route:qr-failure')).toBeLessThan(0.01);
    expect([...p.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('doubts a label the words make very unlikely, and not the likely one', () => {
    expect(reading.doubts('route:qr-failure', 'when do payouts arrive in my bank account')).toBe(true);
    expect(reading.doubts('out-of-scope:payouts', 'when do payouts arrive in my bank account')).toBe(false);
  });

  it('doubts nothing it knows no word of, and no label it never learned', () => {
    expect(reading.posterior('zebra xylophone')).toBeUndefined();
    expect(reading.doubts('route:qr-failure', 'zebra xylophone')).toBe(false);
    expect(reading.doubts('route:renamed-flow', 'when do payouts arrive in my bank account')).toBe(false);
  });

  it('lets a few words against a label lower it only so far: one word of another label is not enough', () => {
    // "bank" alone is payouts' word, yet a QR code said not to scan beside it is still a likely QR reading.
    const p = reading.posterior('qr code will not scan at the bank')!;
    expect(p.get('route:qr-failure')).toBeGreaterThan(DOUBT_BELOW);
    expect(reading.doubts('route:qr-failure', 'qr code will not scan at the bank')).toBe(false);
  });

  it('weighs each word by how often its label used it, smoothed, and each label by how many examples it has', () => {
    // One example of A ("scan"), three of B ("refund"), smoothing 1, two words known: P(scan | A) = 2/3, P(scan | B) = 1/5,
    // priors 1/4 and 3/4, so P(A | "scan") = (1/4 · 2/3) / (1/4 · 2/3 + 3/4 · 1/5) = 10/19.
    const model = { ...learn([{ label: 'A', text: 'scan' }, ...Array.from({ length: 3 }, () => ({ label: 'B', text: 'refund' }))], EN), alpha: 1 };
    expect(model.labels).toEqual({ A: { examples: 1, words: { scan: 1 } }, B: { examples: 3, words: { refund: 3 } } });
    expect(new LearnedReading(model, EN).posterior('scan')!.get('A')).toBeCloseTo(10 / 19, 9);
  });

  it('labels a meaning as the corpus labels its expectation', () => {
    expect(labelOf({ kind: 'route', flow: 'qr-failure' })).toBe('route:qr-failure');
    expect(labelOf({ kind: 'out-of-scope', topic: 'fees' })).toBe('out-of-scope:fees');
    expect(labelOf({ kind: 'command', command: 'help' })).toBe('command:help');
    expect(labelOf({ kind: 'unsure' })).toBe('unsure');
  });
});

describe('learning', () => {
  it('counts each label’s examples and words, in an order that does not depend on the corpus’s', () => {
    const model = learn(examples, EN);
    expect(model.labels['route:qr-failure']).toEqual({ examples: 20, words: expect.objectContaining({ qr: 20, scan: 20 }) });
    expect(model.labels['person']!.examples).toBe(1);
    expect(JSON.stringify(learn([...examples].reverse(), EN))).toBe(JSON.stringify(model));
    expect(Object.keys(model.labels)).toEqual(['out-of-scope:payouts', 'person', 'route:qr-failure']);
  });

  it('learns from first messages only: an answer typed at a step says nothing of where a first message goes', () => {
    const items: CorpusItem[] = [
      { text: 'qr will not scan', expect: { intent: 'route', flow: 'qr-failure' } },
      { text: 'done', at: 'qr-failure.symptom', expect: { intent: 'choice', label: 'It worked' } },
      { text: 'i want a human', at: null, expect: { intent: 'person' } },
    ];
    expect(examplesOf(items)).toEqual([
      { text: 'qr will not scan', label: 'route:qr-failure' },
      { text: 'i want a human', label: 'person' },
    ]);
  });
});

describe('the shipped learned reading', () => {
  const tune = readCorpus(fileURLToPath(new URL('./corpus/tune.yaml', import.meta.url)));

  it('is learned from the tune part as it is now (after changing the part, run `npx shoplink learn`)', () => {
    const shipped = shippedModel('en');
    expect(shipped, 'src/understanding/learned/en.json is missing: run `npx shoplink learn`').toBeDefined();
    expect(JSON.stringify(shipped) === JSON.stringify(learn(examplesOf(tune), EN)), 'the tune part changed since the reading was learned: run `npx shoplink learn`').toBe(true);
  });

  it('exists for English only: the other languages’ labelled messages are too few to doubt by', () => {
    expect(shippedModel('es')).toBeUndefined();
    expect(shippedModel('vi')).toBeUndefined();
  });
});

describe('a first message the labelled messages make very unlikely', () => {
  const flows = shippedFlows();
  const doubting = new Understanding(flows);
  const trusting = new Understanding(flows, { learned: { en: null } });

  it('is not trusted: the menu instead of a confident wrong turn', () => {
    const text = 'Can you recommend a decent ring light for filming product videos? Budget around £50.';
    expect(trusting.interpret(text).kind).toBe('route');
    expect(doubting.interpret(text)).toMatchObject({ kind: 'unsure' });
  });

  it('keeps the facts it states for the questions that follow', () => {
    const text = 'i linked but my tiktok still looks like a normal profile, no products no nothing. shop still under review btw';
    expect(trusting.interpret(text).kind).toBe('out-of-scope');
    expect(doubting.interpret(text)).toMatchObject({ kind: 'unsure', facts: { 'shop-approved': 'no' } });
  });

  it('lets the reading of the other language in a mixed message answer, where the English half misled', () => {
    const indonesian = 'kak, sudah link akun tiktok ke toko tapi ikon keranjang ga muncul di profil. orders masuk terus di seller center, but tiktok profile no bag';
    expect(trusting.interpret(indonesian)).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    expect(doubting.interpret(indonesian)).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(doubting.interpret('hablo con alguien real? the qr no funciona')).toMatchObject({ kind: 'command', command: 'human' });
  });

  it('costs a few right readings, whose words the labelled messages give to another label: the menu there', () => {
    for (const text of ['my refund is stuck, the app just keeps loading forever', 'whats the difference between official and marketing accounts? i just want my main account connected to my shop']) {
      expect(trusting.interpret(text).kind, text).not.toBe('unsure');
      expect(doubting.interpret(text).kind, text).toBe('unsure');
    }
  });

  it('leaves another thing’s QR code, told apart by the rules, to its topic: words alone take it for the linking one', () => {
    expect(doubting.interpret("the payment QR code at checkout won't scan for my customer")).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
  });

  it('is read as before mid-flow, where the labelled messages are mostly buttons', () => {
    const text = 'Can you recommend a decent ring light for filming product videos? Budget around £50.';
    const at = { step: 'after-link.tag' as never };
    expect(doubting.interpret(text, at)).toEqual(trusting.interpret(text, at));
  });

  it('leaves first messages the labelled ones agree with as they were', () => {
    for (const text of ['my qr code will not scan', 'how do i get paid for my orders', 'can i please just talk to a real human', 'this account is already linked to another shop']) {
      expect(doubting.interpret(text)).toEqual(trusting.interpret(text));
    }
  });
});

describe('scoring the part the reading was learned from', () => {
  it('scores every message once, each by a reading learned without it', () => {
    const items: CorpusItem[] = ['my qr code will not scan', 'when do payouts arrive', 'talk to a human', 'the bag icon is missing', 'how do i link my shop', 'refund a buyer', 'my fees are too high'].map((text) => ({ text, expect: { intent: 'unsure' } }));
    const report = evaluateHeldOut(items, shippedFlows());
    expect(report.total).toBe(items.length);
    expect(report.scored.map((s) => s.item.text).sort()).toEqual(items.map((i) => i.text).sort());
  });
});
