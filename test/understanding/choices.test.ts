// Typed answers to a step's buttons: a number, the label or its words (typos too), a synonym the flow
// author gave, a fact the message states, or yes/no mapped to the one yes-like or no-like button.
// Never a guess between two: "I'm not sure" is neither yes nor no.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../src/understanding/lexicons/by-language.ts';
import { choiceFromText, labelPolarity, numberOf, polarityOf, type OfferedChoice } from '../../src/understanding/choices.ts';
import { labelOf } from './reading.ts';

const FIXED: OfferedChoice[] = [
  { index: 0, label: 'That fixed it' },
  { index: 1, label: 'Still not working' },
];
const WHEN_LINKED: OfferedChoice[] = [
  { index: 0, label: 'Less than 24 hours ago', set: { 'linked-ago': 'under-24h' } },
  { index: 1, label: 'More than a day ago', set: { 'linked-ago': 'over-24h' } },
  { index: 2, label: 'It never said Linked' },
];
const SHOP: OfferedChoice[] = [
  { index: 0, label: 'Yes, active and approved', set: { 'shop-active': 'yes', 'shop-approved': 'yes' } },
  { index: 1, label: "No, it's not active or not approved", set: { 'shop-active': 'no' } },
  { index: 2, label: "I'm not sure", set: { 'shop-active': 'unsure' } },
];
const MENU: OfferedChoice[] = [
  { index: 0, label: 'I own a shop' },
  { index: 1, label: "I'm a creator" },
  { index: 2, label: "Something isn't working" },
  { index: 3, label: 'What do I need first?' },
  { index: 4, label: 'Why link at all?' },
];

describe('numberOf', () => {
  it('reads the number people type for a button', () => {
    expect(numberOf('2')).toBe(2);
    expect(numberOf(' 12 ')).toBe(12);
    expect(numberOf('#2')).toBe(2);
    expect(numberOf('option 2')).toBe(2);
    expect(numberOf('Option 2')).toBe(2);
    expect(numberOf('no. 3')).toBe(3);
    expect(numberOf('nr 4')).toBe(4);
    expect(numberOf('no 3')).toBe(3);
    expect(numberOf('choice 1')).toBe(1);
    expect(numberOf('the 2nd')).toBe(2);
    expect(numberOf('the fourth one')).toBe(4);
    expect(numberOf('first one, qr')).toBe(1);
    expect(numberOf("It's the first one.")).toBe(1);
    expect(numberOf('first, what should i do to get more sales')).toBeUndefined();
    expect(numberOf('first time linking')).toBeUndefined();
    expect(numberOf('one more thing')).toBeUndefined();
    expect(numberOf('number 1')).toBe(1);
    expect(numberOf('button 2!')).toBe(2);
    expect(numberOf('2.')).toBe(2);
    expect(numberOf('2)')).toBe(2);
  });

  it('does not take a number inside a sentence, or three digits, for a button', () => {
    expect(numberOf('22 days')).toBeUndefined();
    expect(numberOf('linked 2 days ago')).toBeUndefined();
    expect(numberOf('123')).toBeUndefined();
    expect(numberOf('two')).toBeUndefined();
    expect(numberOf('option')).toBeUndefined();
    expect(numberOf('')).toBeUndefined();
  });

  it('reads a score with its scale or stars as its number, whatever comment follows; in words only with its stars', () => {
    expect(numberOf('3/5 could be faster')).toBe(3);
    expect(numberOf('2 stars - nobody answered for days')).toBe(2);
    expect(numberOf('three stars, it was ok')).toBe(3);
    expect(numberOf('2 shops')).toBeUndefined();
    expect(numberOf('two accounts')).toBeUndefined();
  });
});

describe('choiceFromText', () => {
  it('picks a button by its number, and says when no button has that number', () => {
    expect(choiceFromText('2', FIXED)).toEqual({ index: 1, by: 'number' });
    expect(choiceFromText('1', WHEN_LINKED)).toEqual({ index: 0, by: 'number' });
    expect(choiceFromText('#3', WHEN_LINKED)).toEqual({ index: 2, by: 'number' });
    expect(choiceFromText('7', WHEN_LINKED)).toEqual({ outOfRange: 7 });
    expect(choiceFromText('4', WHEN_LINKED)).toEqual({ outOfRange: 4 });
    expect(choiceFromText('0', WHEN_LINKED)).toEqual({ outOfRange: 0 });
  });

  it('numbers the offered buttons, not the flow file: "2" is the second button shown', () => {
    const shown: OfferedChoice[] = [
      { index: 0, label: 'Link it now' },
      { index: 3, label: 'Remind me later' },
    ];
    expect(choiceFromText('2', shown)).toEqual({ index: 3, by: 'number' });
  });

  it('picks a button by its label, with small typos in a long one', () => {
    expect(choiceFromText('that fixed it', FIXED)).toEqual({ index: 0, by: 'label' });
    expect(choiceFromText('That fixed it!', FIXED)).toEqual({ index: 0, by: 'label' });
    expect(choiceFromText('that fixd it', FIXED)).toEqual({ index: 0, by: 'label' });
    expect(choiceFromText('Still not workin', FIXED)).toEqual({ index: 1, by: 'label' });
    expect(choiceFromText('giv up', [{ index: 0, label: 'Resend' }, { index: 1, label: 'Give up' }])).toEqual({ index: 1, by: 'label' });
  });

  it('needs a short label typed exactly: "Resnd" is not "Resend"', () => {
    const offered: OfferedChoice[] = [
      { index: 0, label: 'Resend' },
      { index: 1, label: 'Give up' },
    ];
    expect(choiceFromText('resend', offered)).toEqual({ index: 0, by: 'label' });
    expect(choiceFromText('Resnd', offered)).toBeUndefined();
  });

  it('does not stretch typo tolerance to a different answer', () => {
    expect(choiceFromText('that fxd t', FIXED)).toBeUndefined();
  });

  it('picks a button by a synonym the flow author gave, alone, misspelt or inside a sentence', () => {
    const offered: OfferedChoice[] = [
      { index: 0, label: "Yes, it's there", synonyms: ['all set', 'bag is back'] },
      { index: 1, label: 'Still missing', synonyms: ['not there'] },
    ];
    expect(choiceFromText('all set', offered)).toEqual({ index: 0, by: 'synonym' });
    expect(choiceFromText('al set', offered)).toEqual({ index: 0, by: 'synonym' });
    expect(choiceFromText('yep all set now', offered)).toEqual({ index: 0, by: 'synonym' });
    expect(choiceFromText('the bag is back', offered)).toEqual({ index: 0, by: 'synonym' });
    expect(choiceFromText('it is not there', offered)).toEqual({ index: 1, by: 'synonym' });
  });

  it('picks the button that records a fact the message states', () => {
    expect(choiceFromText('3 days ago', WHEN_LINKED, { facts: { 'linked-ago': 'over-24h' } })).toEqual({ index: 1, by: 'fact' });
    expect(choiceFromText('this morning', WHEN_LINKED, { facts: { 'linked-ago': 'under-24h' } })).toEqual({ index: 0, by: 'fact' });
    expect(choiceFromText('the shop is active and approved', SHOP, { facts: { 'shop-active': 'yes', 'shop-approved': 'yes' } })).toEqual({ index: 0, by: 'fact' });
    expect(choiceFromText('it is not active', SHOP, { facts: { 'shop-active': 'no' } })).toEqual({ index: 1, by: 'fact' });
  });

  it('picks the button whose `told` facts the message states, a count against its bound, a country in or out of a list', () => {
    const markets = ['US', 'GB', 'PH'];
    const blockers: OfferedChoice[] = [
      { index: 0, label: 'I have fewer followers than that', told: { followers: { below: 1000 } } },
      { index: 1, label: "I'm under 18", set: { age: 'minor' } },
      { index: 2, label: 'TikTok Shop may not run in my country', told: { market: { not: markets } } },
      { index: 3, label: 'I meet all of these', told: { followers: { 'at-least': 1000 }, age: 'adult', market: markets } },
    ];
    expect(choiceFromText('only 700 followers rn', blockers, { facts: { followers: '700' } })).toEqual({ index: 0, by: 'fact' });
    expect(choiceFromText("i'm from Nigeria", blockers, { facts: { market: 'NG' } })).toEqual({ index: 2, by: 'fact' });
    expect(choiceFromText('25k followers, 22, in the philippines', blockers, { facts: { followers: '25000', age: 'adult', market: 'PH' } })).toEqual({ index: 3, by: 'fact' });
    // All it names must be told: a count alone is not "all of these"; a count at the bound is not fewer.
    expect(choiceFromText('5k followers', blockers, { facts: { followers: '5000' } })).toBeUndefined();
    expect(choiceFromText('exactly 1000 followers', blockers, { facts: { followers: '1000' } })).toBeUndefined();
    // Two buttons the facts pick, one by what it records and one by what it is told, are no answer.
    expect(choiceFromText('16 with 300 followers', blockers, { facts: { followers: '300', age: 'minor' } })).toBeUndefined();
  });

  it('takes "both" with its reasons for no answer, unless a button offers both', () => {
    const who: OfferedChoice[] = [
      { index: 0, label: 'I own the shop' },
      { index: 1, label: "I'm a creator selling other brands' products" },
    ];
    expect(choiceFromText('both tbh, i own a shop and also do affiliate for other brands', who)).toBeUndefined();
    expect(choiceFromText('a bit of both tbh, i own a little shop but also do brand deals', who)).toBeUndefined();
    expect(choiceFromText('both yes', SHOP)).toMatchObject({ index: 0 });
  });

  it('takes "go on", "let\'s continue" for the one button that moves on, unless something stops it', () => {
    const onward: OfferedChoice[] = [
      { index: 0, label: 'Continue linking (authorize and check)' },
      { index: 1, label: 'All done, thanks' },
    ];
    expect(choiceFromText('ok lets continue', onward)).toMatchObject({ index: 0 });
    expect(choiceFromText('seems the same, go on', [{ index: 0, label: 'Looks fine, carry on' }, { index: 1, label: "I'll check first" }])).toMatchObject({ index: 0 });
    expect(choiceFromText('cant continue, it fails', onward)).toBeUndefined();
    expect(choiceFromText('whats that tab next to it', [{ index: 0, label: "I'm logged in, next" }, { index: 1, label: 'What are Marketing Accounts?' }])).not.toMatchObject({ index: 0 });
  });

  it('picks a button by a fact even when the message states only part of what it records', () => {
    expect(choiceFromText('the shop is active', SHOP, { facts: { 'shop-active': 'yes' } })).toEqual({ index: 0, by: 'fact' });
  });

  it('hears "the same thing" as a failure, and a story that ends "so no" or "so yes" as that answer', () => {
    expect(choiceFromText('restarted the phone too, exact same thing', FIXED)).toMatchObject({ index: 1 });
    expect(choiceFromText('i used to have one but deleted it years ago so no', [{ index: 0, label: 'Yes, I have one' }, { index: 1, label: "No, I don't" }])).toMatchObject({ index: 1, by: 'yes-no' });
  });

  it('takes a label said first, unless what follows states a fact one other button records', () => {
    const scan: OfferedChoice[] = [
      { index: 0, label: 'Scanned, next' },
      { index: 1, label: "The QR code won't scan", set: { 'qr-symptom': 'no-scan' } },
      { index: 2, label: 'It says "authorization failed"', set: { 'qr-symptom': 'auth-failed' } },
    ];
    expect(choiceFromText('scanned. then it said authorization failed', scan, { facts: { 'qr-symptom': 'auth-failed' } })).toMatchObject({ index: 2 });
    expect(choiceFromText('scanned. off to the next step', scan)).toMatchObject({ index: 0 });
  });

  it('takes the catch-all said in so many words over a fact told beside it', () => {
    const what: OfferedChoice[] = [
      { index: 0, label: "The QR code won't scan", set: { 'qr-symptom': 'no-scan' } },
      { index: 1, label: 'It says "authorization failed"', set: { 'qr-symptom': 'auth-failed' } },
      { index: 2, label: 'Something else' },
    ];
    expect(choiceFromText('something different, it says the code expired', what, { facts: { 'qr-symptom': 'no-scan' } })).toMatchObject({ index: 2 });
    expect(choiceFromText('the code will not scan', what, { facts: { 'qr-symptom': 'no-scan' } })).toMatchObject({ index: 0 });
  });

  it('takes "let me see" for no answer yet, and "let me check first" for the button that checks first', () => {
    const confirm: OfferedChoice[] = [
      { index: 0, label: 'It says Linked and I see the bag' },
      { index: 1, label: "It says Linked, but the bag icon isn't there" },
      { index: 2, label: "It doesn't say Linked" },
    ];
    expect(choiceFromText('hmm let me see', confirm)).toBeUndefined();
    expect(choiceFromText('lemme check first', [{ index: 0, label: 'Looks fine, carry on' }, { index: 1, label: "I'll check first" }])).toMatchObject({ index: 1 });
  });

  it('hears a couple of days given and a code that finally scanned', () => {
    expect(choiceFromText("ok i'll give it a couple days", [{ index: 0, label: "I'll wait and try later" }, { index: 1, label: 'Get me a person' }])).toMatchObject({ index: 0 });
    expect(choiceFromText('switched browsers and it finally scanned', FIXED)).toMatchObject({ index: 0 });
  });

  it('takes "I\'ll look later" where no button puts it off for no answer yet', () => {
    expect(choiceFromText("haven't opened the app since, I'll look later", [{ index: 0, label: "Yes, it's there" }, { index: 1, label: 'Still missing' }])).toBeUndefined();
  });

  it('takes a button or a tab not found for the one button that says one is stuck, where a step offers one', () => {
    const official: OfferedChoice[] = [
      { index: 0, label: 'A QR code popped up, next' },
      { index: 1, label: 'What are Marketing Accounts?' },
      { index: 2, label: "I'm stuck here" },
    ];
    for (const text of ["there's no such button on my screen", 'i cant see that tab', "don't see it anywhere", 'no Link button, just a grey page', 'still stuck']) {
      expect(choiceFromText(text, official), text).toMatchObject({ index: 2 });
    }
    expect(choiceFromText('cant spot it', [{ index: 0, label: 'Found it, next' }, { index: 1, label: "I can't find it" }])).toMatchObject({ index: 1 });
    expect(choiceFromText("i don't see any problem", official)).toBeUndefined();
    expect(choiceFromText("there's no such button", FIXED)).toBeUndefined();
  });

  it('takes half of what a button records, with a doubt about the rest, for the "not sure" button', () => {
    expect(choiceFromText("it's approved i think, no idea about the active bit", SHOP, { facts: { 'shop-approved': 'yes' } })).toMatchObject({ index: 2 });
    expect(choiceFromText("it's approved", SHOP, { facts: { 'shop-approved': 'yes' } })).toMatchObject({ index: 0 });
  });

  it('does not pick a button by a fact the message does not state', () => {
    const offered: OfferedChoice[] = [
      { index: 0, label: 'Yes, check back in 24 hours', set: { 'check-back': 'yes' } },
      { index: 1, label: 'No thanks' },
    ];
    expect(choiceFromText('this morning', offered, { facts: { 'linked-ago': 'under-24h' } })).toBeUndefined();
  });

  it('does not pick a button whose facts contradict what the message states', () => {
    // Active but still pending: neither "active and approved" nor the "not active" button fits.
    expect(choiceFromText('active but pending', SHOP, { facts: { 'shop-active': 'yes', 'shop-approved': 'no' } })).toBeUndefined();
  });

  it('picks the button that records a value said alone, or the one for "other" when none records it', () => {
    const REGION: OfferedChoice[] = [
      { index: 0, label: 'United States', set: { market: 'US' } },
      { index: 1, label: 'Philippines', set: { market: 'PH' } },
      { index: 2, label: 'Somewhere else', set: { market: 'other' } },
    ];
    expect(choiceFromText('PH', REGION)).toEqual({ index: 1, by: 'fact' });
    expect(choiceFromText('Australia, actually.', REGION, { facts: { market: 'AU' } })).toEqual({ index: 2, by: 'fact' });
    expect(choiceFromText('Manila', REGION, { facts: { market: 'PH' } })).toEqual({ index: 1, by: 'fact' });
  });

  it('reads an "ok" that only opens by the words after it, when they name one button that says neither yes nor no', () => {
    expect(labelOf('missing-icon.not-active', "ok let's go through the whole checklist then")).toBe('Run the pre-flight checklist');
    expect(labelOf('seller-link.not-linked', 'ok generating a new qr')).toBe("I'll scan a new code");
    expect(labelOf('missing-icon.not-active', 'ok')).toBe('Got it, thanks');
    // (Words of a button that says no never turn the "ok" into that no.)
    const BAG: OfferedChoice[] = [
      { index: 0, label: "Yes, it's there" },
      { index: 1, label: "No, it isn't showing" },
    ];
    expect(choiceFromText("ok it's showing now", BAG)).toEqual({ index: 0, by: 'yes-no' });
  });

  it('picks the "something else" button for a value no button records, when none records "other"', () => {
    const SYMPTOM: OfferedChoice[] = [
      { index: 0, label: "The QR code won't scan", set: { 'qr-symptom': 'no-scan' } },
      { index: 1, label: 'It says "authorization failed"', set: { 'qr-symptom': 'auth-failed' } },
      { index: 2, label: 'Something else' },
    ];
    expect(choiceFromText('it scans fine, then just loads and loads forever and nothing', SYMPTOM, { facts: { 'qr-symptom': 'spinning' } })).toEqual({ index: 2, by: 'fact' });
    expect(choiceFromText('it just keeps loading', SYMPTOM, { facts: {} })).toBeUndefined();
    expect(labelOf('qr-failure.what-happens', 'After scanning the loading circle just turns and turns, I waited like ten minutes.')).toBe('Something else');
  });

  it('takes a yes to one thing and a no to another for the one button that grants the first and denies the second', () => {
    const indexOf = (text: string, offered: OfferedChoice[]) => {
      const match = choiceFromText(text, offered);
      return match && 'index' in match ? match.index : undefined;
    };
    const CONFIRM: OfferedChoice[] = [
      { index: 0, label: 'It says Linked and I see the bag' },
      { index: 1, label: "It says Linked, but the bag icon isn't there" },
      { index: 2, label: "It doesn't say Linked" },
    ];
    for (const text of ['linked yes. bag no.', 'Linked ✅ bag ❌', 'linked, bag not there', 'linked. no bag.']) expect(indexOf(text, CONFIRM), text).toBe(1);
    expect(indexOf('linked ✅ bag ✅', CONFIRM)).toBe(0);
    expect(indexOf('not linked', CONFIRM)).toBe(2);
    const OLD_SHOP: OfferedChoice[] = [
      { index: 0, label: 'Yes, I can log into that shop' },
      { index: 1, label: 'No, someone else runs that shop' },
      { index: 2, label: "It's my old shop, but I can't log in any more" },
    ];
    // A "still" denies nothing, and a no that shares no thing with the denied side is no mixed answer.
    expect(indexOf('yes its my old shop, i still log in there to check payouts', OLD_SHOP)).toBe(0);
    expect(indexOf("The shop belongs to the agency we used to work with. It's theirs, not ours.", OLD_SHOP)).not.toBe(2);
  });

  it('hears "that\'s plenty" as the one button that ends the talk', () => {
    const TIPS: OfferedChoice[] = [
      { index: 0, label: 'Next tip' },
      { index: 1, label: "That's enough for now" },
    ];
    expect(choiceFromText('That\'s plenty for today, thank you.', TIPS)).toEqual({ index: 1, by: 'words' });
    expect(choiceFromText('ok i think i got the idea, im good', TIPS)).toEqual({ index: 1, by: 'words' });
    expect(choiceFromText('cool that\'s all i needed to know', [{ index: 0, label: 'Walk me through it' }, { index: 1, label: "Thanks, that's all" }])).toEqual({ index: 1, by: 'words' });
  });

  it('hears "that\'s plenty" by a translated button\'s English label too', () => {
    const TIPS: OfferedChoice[] = [
      { index: 0, label: 'Siguiente consejo', source: 'Next tip' },
      { index: 1, label: 'Con eso me basta', source: "That's enough for now" },
    ];
    expect(choiceFromText("that's plenty, thanks", TIPS)).toEqual({ index: 1, by: 'words' });
  });

  it('hears "when I get home" as the one button that puts it off', () => {
    const UNSURE_SHOP: OfferedChoice[] = [
      { index: 0, label: 'Yes, active and approved' },
      { index: 1, label: "I'll check later" },
    ];
    expect(choiceFromText("i'm on the bus rn, will look when i get home tonight", UNSURE_SHOP)).toEqual({ index: 1, by: 'words' });
    expect(choiceFromText("i'll hold off a few weeks then", [{ index: 0, label: 'Carry on anyway' }, { index: 1, label: "I'll wait a while" }])).toEqual({ index: 1, by: 'words' });
    expect(choiceFromText('good for now ty', [{ index: 0, label: 'Next tip' }, { index: 1, label: "That's enough for now" }])).toEqual({ index: 1, by: 'words' });
  });

  it('hears a synonym said in another form or order', () => {
    const HELD: OfferedChoice[] = [
      { index: 0, label: "They've unlinked it" },
      { index: 1, label: "They won't answer, or can't", synonyms: ['ignoring my messages', 'ghosted me'] },
    ];
    expect(choiceFromText("my messages? she's ignoring them for 2 weeks", HELD)).toEqual({ index: 1, by: 'synonym' });
    const LOGIN: OfferedChoice[] = [
      { index: 0, label: "I'm logged in, next" },
      { index: 1, label: "I can't log in", synonyms: ['wrong password'] },
    ];
    expect(choiceFromText('it keeps saying password wrong', LOGIN)).toEqual({ index: 1, by: 'synonym' });
    // Said with a "not" the synonym does not have, it is not that synonym.
    expect(choiceFromText('the password is not wrong', LOGIN)).not.toEqual({ index: 1, by: 'synonym' });
  });

  it('weighs only the main clause\'s "not": a reason or a purpose after it does not turn the answer around', () => {
    const BLOCKED: OfferedChoice[] = [
      { index: 0, label: 'Remind me tomorrow to unlink' },
      { index: 1, label: "I'll try again tomorrow" },
      { index: 2, label: "It's been linked for over a day" },
    ];
    expect(choiceFromText('can u remind me tomorrow so i dont forget', BLOCKED)).toEqual({ index: 0, by: 'words' });
    expect(choiceFromText('remind me tomorrow, i dont want to forget', BLOCKED)).not.toEqual({ index: 0, by: 'words' });
  });

  it('takes a plain yes for a label that reports a step done before it asks, never for one that only asks or prefers another way', () => {
    const INVITE: OfferedChoice[] = [
      { index: 0, label: 'Accepted, what now?' },
      { index: 1, label: "I can't find the invitation" },
      { index: 2, label: "I'd rather pick products myself" },
    ];
    expect(choiceFromText('ok i accepted their offer, whats next', INVITE)).toMatchObject({ index: 0 });
    expect(choiceFromText('ok', [{ index: 0, label: 'What do I need first?' }, { index: 1, label: "I can't log in" }])).toBeUndefined();
  });

  it('takes a fact that says no to the one yes-like button for the one no-like button', () => {
    expect(choiceFromText('it says pending review', SHOP, { facts: { 'shop-approved': 'no' } })).toEqual({ index: 1, by: 'fact' });
  });

  it('hears no answer in words of success inside a question', () => {
    const SCAN: OfferedChoice[] = [
      { index: 0, label: 'Scanned, next' },
      { index: 1, label: "The QR code won't scan" },
    ];
    expect(choiceFromText('which account should i be logged in on, my personal or the brand one', SCAN)).toBeUndefined();
    expect(choiceFromText('logged in and scanned it fine', SCAN)).toMatchObject({ index: 0 });
  });

  it('never takes a yes before a question for the button that ends the talk', () => {
    const LINKED: OfferedChoice[] = [
      { index: 0, label: 'What should I do next?' },
      { index: 1, label: 'All done, thanks' },
    ];
    expect(choiceFromText('cool so whats next, how do i actually start selling', LINKED)).not.toMatchObject({ index: 1 });
    expect(choiceFromText('cool, thanks', LINKED)).toMatchObject({ index: 1 });
  });

  it('tells apart labels that share their words by "not" alone', () => {
    const STANDING: OfferedChoice[] = [
      { index: 0, label: 'Yes, no recent warnings or suspensions' },
      { index: 1, label: 'There was a recent warning or suspension' },
    ];
    expect(choiceFromText('got a community guidelines strike last week', STANDING)).toEqual({ index: 1, by: 'words' });
    // Words of one label only: "not" decides nothing.
    expect(choiceFromText('my bag icon isnt showing', [{ index: 0, label: "The QR code won't scan" }, { index: 1, label: 'The shopping-bag icon is missing' }])).not.toEqual({ index: 0, by: 'words' });
  });

  it('picks a button by the words of its label', () => {
    expect(choiceFromText('more than a day', WHEN_LINKED)).toEqual({ index: 1, by: 'words' });
    expect(choiceFromText('creator', MENU)).toEqual({ index: 1, by: 'words' });
    expect(choiceFromText('why link', MENU)).toEqual({ index: 4, by: 'words' });
    expect(choiceFromText('what do i need', MENU)).toEqual({ index: 3, by: 'words' });
    expect(choiceFromText('i have a shop', MENU)).toEqual({ index: 0, by: 'words' });
    expect(choiceFromText('yes but still not working', FIXED)).toEqual({ index: 1, by: 'words' });
  });

  it('maps a misspelt word to a known one when told how', () => {
    const known = (w: string) => (w === 'creatr' ? 'creator' : w);
    expect(choiceFromText('creatr', MENU)).toBeUndefined();
    expect(choiceFromText('creatr', MENU, { known })).toEqual({ index: 1, by: 'words' });
  });

  it('does not pick by a word every label shares, or by light words alone', () => {
    const offered: OfferedChoice[] = [
      { index: 0, label: 'Remind me tomorrow' },
      { index: 1, label: 'Remind me next week' },
    ];
    expect(choiceFromText('remind me', offered)).toBeUndefined();
    expect(choiceFromText('tomorrow', offered)).toEqual({ index: 0, by: 'words' });
    expect(choiceFromText('i', MENU)).toBeUndefined();
    expect(choiceFromText('the', MENU)).toBeUndefined();
  });

  it('does not pick when a message matches two labels about equally', () => {
    const offered: OfferedChoice[] = [
      { index: 0, label: 'Link my shop' },
      { index: 1, label: 'Link my creator account' },
      { index: 2, label: 'Something else' },
    ];
    expect(choiceFromText('link', offered)).toBeUndefined();
  });

  it('maps yes and no words to the one yes-like and the one no-like button', () => {
    expect(choiceFromText('nope, still broken', FIXED)).toEqual({ index: 1, by: 'yes-no' });
    expect(choiceFromText('still the same', FIXED)).toEqual({ index: 1, by: 'yes-no' });
    expect(choiceFromText('never', FIXED)).toEqual({ index: 1, by: 'yes-no' });
    expect(choiceFromText('yes', FIXED)).toEqual({ index: 0, by: 'yes-no' });
    expect(choiceFromText('working now', FIXED)).toEqual({ index: 0, by: 'yes-no' });
    expect(choiceFromText('ok', SHOP)).toEqual({ index: 0, by: 'yes-no' });
    expect(choiceFromText('nope', SHOP)).toEqual({ index: 1, by: 'yes-no' });
    // The greeting asks no yes-or-no question: a "no" there is weighed after the topics (see interpret).
    expect(choiceFromText('broken', MENU)).toEqual({ index: 2, by: 'yes-no-inside' });
  });

  it('does not map yes when two buttons are yes-like', () => {
    const offered: OfferedChoice[] = [
      { index: 0, label: 'Yes, show me' },
      { index: 1, label: 'Yes, remind me' },
      { index: 2, label: 'No thanks' },
    ];
    expect(choiceFromText('yes', offered)).toBeUndefined();
    expect(choiceFromText('nope', offered)).toEqual({ index: 2, by: 'yes-no' });
  });

  it('takes "I\'m not sure" as neither yes nor no', () => {
    expect(choiceFromText("I'm not sure", FIXED)).toBeUndefined();
    expect(choiceFromText('not sure', SHOP)).toMatchObject({ index: 2 });
  });

  it('gives nothing for text that fits no button', () => {
    expect(choiceFromText('blah', WHEN_LINKED)).toBeUndefined();
    expect(choiceFromText('', FIXED)).toBeUndefined();
    expect(choiceFromText('!!!', FIXED)).toBeUndefined();
    expect(choiceFromText('yes', [])).toBeUndefined();
  });
});

describe('polarityOf, with a condition', () => {
  it('does not take a failure in an "if" for one that happened', () => {
    expect(polarityOf("yes please, ping me tomorrow if it's still not there")).toBe('yes');
    expect(polarityOf('yes did that, still not there')).toBe('no');
  });
});

describe('polarityOf', () => {
  it('hears the yes family', () => {
    for (const t of ['yes', 'y', 'Yep!', 'yeah sure', 'ok', 'absolutely', 'done', 'fixed it thanks', 'it works now', 'I did', '👍'])
      expect([t, polarityOf(t)]).toEqual([t, 'yes']);
    expect(polarityOf(' 👍 ')).toBe('yes');
  });

  it('hears the no family', () => {
    for (const t of ['no', 'nope', 'nah', 'not yet', 'still failing', 'nothing', 'same error', "didn't work", '👎'])
      expect([t, polarityOf(t)]).toEqual([t, 'no']);
  });

  it('hears a failure said to be over, and a thing that showed up, as yes, though a no opens it', () => {
    for (const t of ["no it's not missing anymore, it showed up", 'not stuck anymore', "no, it's no longer missing", 'it showed up', 'the bag popped up overnight'])
      expect([t, polarityOf(t)]).toEqual([t, 'yes']);
    // A no before a success that is no failure over says no to a problem; an error that showed up is no success.
    for (const t of ['No, all good', 'nope all sorted', 'nope, the error showed up again', "I can't get back in"]) expect([t, polarityOf(t)]).toEqual([t, 'no']);
  });

  it('hears no yes in "it is complicated" or "it\'s a long story"', () => {
    for (const t of ['it is complicated', "it's a long story", 'its a bit complicated']) expect([t, polarityOf(t)]).toEqual([t, undefined]);
    expect(polarityOf('it is')).toBe('yes');
  });

  it('lets the longest opening phrase decide', () => {
    expect(polarityOf('i can')).toBe('yes');
    expect(polarityOf('i can not')).toBe('no');
    expect(polarityOf("I can't")).toBe('no');
    expect(polarityOf('no i can not')).toBe('no');
    expect(polarityOf('yes i can')).toBe('yes');
    expect(polarityOf('no it is not')).toBe('no');
  });

  it('hears a yes followed by a failure as no in every language, and a yes with a "but" as no answer', () => {
    expect(polarityOf('sí ya lo hice, sigue sin funcionar', lexiconFor('es'))).toBe('no');
    expect(polarityOf('iya udah, tetep gagal', lexiconFor('id'))).toBe('no');
    expect(polarityOf('rồi, vẫn không được', lexiconFor('vi'))).toBe('no');
    expect(polarityOf('iya sudah bisa', lexiconFor('id'))).toBe('yes');
    expect(polarityOf('ok but my real problem is something else')).toBeUndefined();
  });

  it('hears a yes that says the step was done, then a failure, as no', () => {
    for (const t of ['yep did that, still nothing', 'yes i did, same error', 'done that already, no luck', 'ok tried it, still not working'])
      expect([t, polarityOf(t)]).toEqual([t, 'no']);
    // A yes qualified without reporting an attempt stays a yes.
    expect(polarityOf('yes i can, i have the password')).toBe('yes');
    expect(polarityOf('yes it is there')).toBe('yes');
  });

  it('hears success or failure reported in a sentence', () => {
    expect(polarityOf('after restarting the app it worked')).toBe('yes');
    expect(polarityOf('the icon appeared')).toBe('yes');
    expect(polarityOf('i tried again and still the same')).toBe('no');
    expect(polarityOf('after restarting it will not scan')).toBe('no');
    expect(polarityOf('tried it, no luck')).toBe('no');
  });

  it('says nothing when success and failure are both reported', () => {
    expect(polarityOf('restarting worked but the icon is still not there')).toBeUndefined();
  });

  it('takes not knowing as neither', () => {
    for (const t of ["I'm not sure", 'not sure', 'no idea', "I don't know", 'dunno', 'idk', 'maybe', "I don't remember"])
      expect([t, polarityOf(t)]).toEqual([t, undefined]);
  });

  it('says nothing for text with neither', () => {
    expect(polarityOf('hmm')).toBeUndefined();
    expect(polarityOf('my shop is in Spain')).toBeUndefined();
  });
});

describe('labelPolarity', () => {
  it('reads a label that answers yes or moves on as yes-like', () => {
    expect(labelPolarity('That fixed it')).toBe('yes');
    expect(labelPolarity("Yes, it's there")).toBe('yes');
    expect(labelPolarity('Scanned, next')).toBe('yes');
    expect(labelPolarity("I'm logged in, next")).toBe('yes');
    expect(labelPolarity("I'm ready, show me the steps")).toBe('yes');
    expect(labelPolarity('Continue linking')).toBe('yes');
    expect(labelPolarity('Yes, something else')).toBe('yes');
  });

  it('does not read a statement that opens with a pronoun and a verb as a yes', () => {
    expect(labelPolarity("I'm stuck here")).toBeUndefined();
    expect(labelPolarity("It's been linked for over a day")).toBeUndefined();
    expect(labelPolarity("I'm a creator selling other brands' products")).toBeUndefined();
  });

  it('reads a label that reports failure or declines as no-like', () => {
    expect(labelPolarity('Still not working')).toBe('no');
    expect(labelPolarity("I can't find it")).toBe('no');
    expect(labelPolarity('Not now')).toBe('no');
    expect(labelPolarity('Not ready yet')).toBe('no');
  });

  it('reads "Something else", "I\'m not sure" and plain options as neither', () => {
    expect(labelPolarity('Something else')).toBeUndefined();
    expect(labelPolarity('Something else, not working')).toBeUndefined();
    expect(labelPolarity("I'm not sure")).toBeUndefined();
    expect(labelPolarity('More than a day ago')).toBeUndefined();
    expect(labelPolarity('Next step, or no?')).toBeUndefined();
  });
});

describe('what came of what was done, said after it', () => {
  it('is no when the message ends on a bare no or says the failure lasts', () => {
    expect(polarityOf('did all that and nope')).toBe('no');
    expect(polarityOf('yep did it but nah')).toBe('no');
    expect(polarityOf('did it from the pc and it still doesnt pick up the code')).toBe('no');
    expect(polarityOf('yes restarted, still cant scan')).toBe('no');
  });

  it('stays yes when what came of it worked, or a no is not last', () => {
    expect(polarityOf('did it and it worked')).toBe('yes');
    expect(polarityOf('did all that and nope, never mind, it works now')).toBe('yes');
  });
});

describe('praise said with a "not"', () => {
  it('says no no', () => {
    expect(polarityOf('accepted it! 15% commission not bad. now what')).toBeUndefined();
    expect(polarityOf('not bad, it works now')).toBe('yes');
    expect(polarityOf('not working')).toBe('no');
  });
});

describe('the answer said last, in a clause of its own', () => {
  it('is that answer, when it is more than a word', () => {
    expect(polarityOf('was using the wrong email lol, im in now')).toBe('yes');
    expect(polarityOf('checked, both say Indonesia, all good')).toBe('yes');
    expect(polarityOf('tried the other browser too, still not working')).toBe('no');
  });

  it('is not a lone "ok" after a failure', () => {
    expect(polarityOf('the qr code still fails, ok')).not.toBe('yes');
  });
});

describe("a word the step's own buttons hold", () => {
  it('is no typo of another known word', () => {
    const offered: OfferedChoice[] = [
      { index: 0, label: "I'll wait and try later" },
      { index: 1, label: 'Get me a person' },
    ];
    // "wait" is one letter from "want", a word the flows' phrases hold.
    const known = (w: string) => (w === 'wait' ? 'want' : w);
    expect(choiceFromText('wait', offered, { known })).toMatchObject({ index: 0 });
    expect(choiceFromText('ill wait', offered, { known })).toMatchObject({ index: 0 });
  });
});

describe('fine, said as the answer', () => {
  it('is yes, last or alone', () => {
    expect(polarityOf('I checked and both are Malaysia, so I think it is fine.')).toBe('yes');
    expect(polarityOf('seems ok')).toBe('yes');
  });
});
