// The classifier that seconds a near call of the router: trained on the flows' own words only, it must
// name the flow whose words a message carries, meet inflections through letter n-grams, and keep out of
// what it has never read.
import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/flow/load.ts';
import { Router } from '../../src/understanding/router.ts';
import { FlowClassifier } from '../../src/understanding/second-opinion.ts';
import { EN } from '../../src/understanding/lexicons/en.ts';

const classifier = () =>
  new FlowClassifier(
    [
      { flow: 'qr', text: 'qr code will not scan', weight: 3 },
      { flow: 'qr', text: 'Open the camera and scan the code again', weight: 1 },
      { flow: 'bag', text: 'bag icon missing', weight: 3 },
      { flow: 'bag', text: 'Wait a day for the icon to show on your profile', weight: 1 },
    ],
    EN,
  );

describe('FlowClassifier', () => {
  it('names the flow whose words a message carries', () => {
    expect(classifier().best('the camera cannot scan it')).toBe('qr');
    expect(classifier().best('no icon on my profile')).toBe('bag');
  });

  it('meets other forms of a word through its letters', () => {
    expect(classifier().best('scanning keeps failing')).toBe('qr');
    expect(classifier().best('profiles')).toBe('bag');
  });

  it('has no opinion on words it never read', () => {
    expect(classifier().best('purple elephants')).toBeUndefined();
    expect(classifier().best('')).toBeUndefined();
  });
});

describe('a near call of the router', () => {
  const flows = (qrSays: string[]) =>
    [
      { id: 'qr', title: 'QR trouble', summary: 'the code will not scan', steps: Object.fromEntries(qrSays.map((say, i) => [`s${i}`, { say }])), match: ['qr code will not scan', 'camera will not scan'] },
      { id: 'bag', title: 'Bag icon', summary: 'the shop icon is missing', steps: {}, match: ['bag icon missing', 'shop icon gone', 'icon not on profile'] },
    ] as unknown as Flow[];

  it('is taken when the flows say nothing against it', () => {
    expect(new Router(flows([])).route('qr icon missing')?.flow).toBe('bag');
  });

  it('is not taken when everything the flows say points elsewhere: the menu is shown instead', () => {
    const router = new Router(flows(['qr icon missing', 'qr icon missing', 'qr icon missing', 'the qr icon is missing']));
    expect(router.scores('qr icon missing')[0]!.flow).toBe('bag');
    expect(router.route('qr icon missing')).toBeUndefined();
  });

  it('a clear lead needs no second opinion', () => {
    const router = new Router(flows(['qr icon missing', 'qr icon missing', 'qr icon missing', 'the qr icon is missing']));
    expect(router.route('bag icon missing')?.flow).toBe('bag');
  });
});
