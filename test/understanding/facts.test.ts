// Facts people state without being asked: the QR symptom, a quoted error, how long ago they linked, the
// shop's status, who holds the other shop and whether they can get in, role, market and followers.
// A fact that needs context ("3 days ago") is only taken when linking is the subject or the step asks it.
import { describe, expect, it } from 'vitest';
import { extractFacts, hoursAgo } from '../../src/understanding/facts.ts';
import { TOLD_FACTS } from '../../src/flow/schema.ts';
import { normalize } from '../../src/understanding/text.ts';

const ago = (text: string) => hoursAgo(normalize(text));

describe('the facts a flow may pick a choice by', () => {
  it('are each read in some message, so a `told` that `flows check` lets through can be met', () => {
    const said: Record<(typeof TOLD_FACTS)[number], string> = {
      'qr-symptom': 'the qr code wont scan',
      'linked-ago': 'linked it 3 days ago',
      'shop-approved': 'the shop is approved',
      'shop-active': 'my shop is active',
      'other-shop-holder': 'my old agency has the other shop',
      'other-shop-access': "i can't log into that shop",
      role: "i'm a creator",
      age: "i'm 17",
      market: "i'm in the philippines",
      followers: 'only 700 followers',
    };
    for (const fact of TOLD_FACTS) expect(extractFacts(said[fact]), said[fact]).toHaveProperty(fact);
  });
});

describe('the QR symptom, in more words', () => {
  it('hears a code that will not register as one that will not scan', () => {
    expect(extractFacts("the pairing code on desktop won't register in the app")).toMatchObject({ 'qr-symptom': 'no-scan' });
  });
});

describe('hoursAgo', () => {
  it('reads numbers with their unit, spaced or not', () => {
    expect(ago('5 hours ago')).toBe(5);
    expect(ago('12h')).toBe(12);
    expect(ago('3d')).toBe(72);
    expect(ago('3 days')).toBe(72);
    expect(ago('1 day')).toBe(24);
    expect(ago('2 weeks')).toBe(336);
    expect(ago('1 wk')).toBe(168);
    expect(ago('1 month')).toBe(720);
    expect(ago('30 mins')).toBe(0.5);
    expect(ago('90 minutes')).toBe(1.5);
    expect(ago('10 m')).toBeCloseTo(1 / 6);
  });

  it('reads every spelling of each unit', () => {
    expect(ago('1 min')).toBeCloseTo(1 / 60);
    expect(ago('1 minute')).toBeCloseTo(1 / 60);
    expect(ago('1 hr')).toBe(1);
    expect(ago('1 hour')).toBe(1);
    expect(ago('1 week')).toBe(168);
    expect(ago('2 mo')).toBe(1440);
    expect(ago('one min')).toBeCloseTo(1 / 60);
    expect(ago('one minute')).toBeCloseTo(1 / 60);
    expect(ago('one hr')).toBe(1);
    expect(ago('one wk')).toBe(168);
    expect(ago('one week')).toBe(168);
    expect(ago('one month')).toBe(720);
  });

  it('reads numbers written as words', () => {
    expect(ago('a day ago')).toBe(24);
    expect(ago('one hour')).toBe(1);
    expect(ago('two months')).toBe(1440);
    expect(ago('a couple of days')).toBe(48);
    expect(ago('a few hours ago')).toBe(3);
    expect(ago('several weeks')).toBe(672);
    expect(ago('ten minutes')).toBeCloseTo(1 / 6);
  });

  it('reads the usual ways of saying when', () => {
    expect(ago('just now')).toBe(6);
    expect(ago('this morning')).toBe(6);
    expect(ago('earlier today')).toBe(6);
    expect(ago('an hr ago')).toBe(1);
    expect(ago('yesterday')).toBe(20);
    expect(ago('last week')).toBe(168);
    expect(ago('for days')).toBe(168);
    expect(ago('ages ago')).toBe(168);
    expect(ago('a while back')).toBe(168);
    expect(ago('2 days')).toBe(48);
  });

  it('never takes "and" or "a" alone for a day', () => {
    expect(ago('this and that')).toBeUndefined();
    expect(ago('and')).toBeUndefined();
    expect(ago('a dog')).toBeUndefined();
    expect(ago('I have a d in my name')).toBeUndefined();
    expect(ago('5 dogs')).toBeUndefined();
    expect(ago('no time given')).toBeUndefined();
  });

  it('passes over a time said not to be the one', () => {
    expect(ago('like last month, not yesterday')).toBe(168);
    expect(ago('not today, it was yesterday')).toBe(20);
    expect(ago('it wasn t yesterday')).toBeUndefined();
  });
});

describe('extractFacts: how long ago it was linked', () => {
  it('gives over-24h or under-24h when linking is the subject', () => {
    expect(extractFacts('linked 3 days ago')).toEqual({ 'linked-ago': 'over-24h' });
    expect(extractFacts('I connected it 5 hours ago')).toEqual({ 'linked-ago': 'under-24h' });
    expect(extractFacts('linked it yesterday')).toEqual({ 'linked-ago': 'under-24h' });
    expect(extractFacts('linked 23 hours ago')).toEqual({ 'linked-ago': 'under-24h' });
    expect(extractFacts('linked 24 hours ago')).toEqual({ 'linked-ago': 'over-24h' });
    expect(extractFacts('linkd a couple of days ago')).toEqual({ 'linked-ago': 'over-24h' });
    expect(extractFacts('I authorised it 3 days ago')).toEqual({ 'linked-ago': 'over-24h' });
  });

  it('does not read a time as a link age when linking is not the subject', () => {
    expect(extractFacts('3 days ago')).toEqual({});
    expect(extractFacts('I posted a video 3 days ago')).toEqual({});
  });

  it('does not take the time of another event (an approval, a strike) for the link age', () => {
    expect(extractFacts('they say it can take up to 48 hours after linking')['linked-ago']).toBeUndefined();
    expect(extractFacts('just got my shop approved yesterday, how do i connect our tiktok to it')['linked-ago']).toBeUndefined();
    expect(extractFacts('got a strike last month, can i still link my account')['linked-ago']).toBeUndefined();
    expect(extractFacts('shop approved last week, linked it 2 hours ago')['linked-ago']).toBe('under-24h');
  });

  it('reads, in a long message, only a time said near the linking', () => {
    const story = 'hello, i sent the invitation from seller center to add my sisters tiktok to our shop, it has been 2 days and she says nothing showed up, the official account is already linked fine';
    expect(extractFacts(story)['linked-ago']).toBeUndefined();
    expect(extractFacts('we run a small candle shop in leeds and after a lot of back and forth we finally linked our tiktok 3 days ago but the bag never came')['linked-ago']).toBe('over-24h');
  });

  it('reads a bare time as the link age when the step asks for it', () => {
    expect(extractFacts('3 days', { asking: 'linked-ago' })).toEqual({ 'linked-ago': 'over-24h' });
    expect(extractFacts('this morning', { asking: 'linked-ago' })).toEqual({ 'linked-ago': 'under-24h' });
    expect(extractFacts('3 days', { asking: 'shop-active' })).toEqual({});
  });

  it('does not make "and" a day', () => {
    expect(extractFacts('I linked it and it failed')).toEqual({});
    expect(extractFacts('linked and waited')).toEqual({});
  });
});

describe('extractFacts: how long the icon has been missing', () => {
  it('reads a weekday gone by as more than a day', () => {
    expect(extractFacts('linked it last thursday')).toMatchObject({ 'linked-ago': 'over-24h' });
  });

  it('counts a time said about the missing icon from linking', () => {
    expect(extractFacts('its been 3 days and still no bag on my profile')).toMatchObject({ 'linked-ago': 'over-24h' });
    expect(extractFacts('the order shipped 3 days ago')).not.toHaveProperty('linked-ago');
  });
});

describe('extractFacts: the QR symptom', () => {
  it('hears "authorization failed" in its spellings', () => {
    expect(extractFacts('Every time I scan it says authorization failed')).toMatchObject({ 'qr-symptom': 'auth-failed' });
    expect(extractFacts('authorisation failure')).toMatchObject({ 'qr-symptom': 'auth-failed' });
    expect(extractFacts('auth error when I tap the button')).toMatchObject({ 'qr-symptom': 'auth-failed' });
    expect(extractFacts('already authorize but then it say failed. try 3 times already')).toMatchObject({ 'qr-symptom': 'auth-failed' });
    expect(extractFacts('it fails to authorize')).toMatchObject({ 'qr-symptom': 'auth-failed' });
    expect(extractFacts('it says fail to authorize')).toMatchObject({ 'qr-symptom': 'auth-failed' });
    expect(extractFacts('I can not authorise it')).toMatchObject({ 'qr-symptom': 'auth-failed' });
    expect(extractFacts('authorise does nothing')).toMatchObject({ 'qr-symptom': 'auth-failed' });
    expect(extractFacts('linking keeps failing at the authorisation step')).toMatchObject({ 'qr-symptom': 'auth-failed' });
    expect(extractFacts('the code scans fine, then it says authorisation unsuccessful')).toMatchObject({ 'qr-symptom': 'auth-failed' });
    expect(extractFacts('it gets stuck on the authorize screen')).toMatchObject({ 'qr-symptom': 'auth-failed' });
  });

  it('hears a code that will not scan', () => {
    expect(extractFacts("the qr code won't scan")).toEqual({ 'qr-symptom': 'no-scan' });
    expect(extractFacts('camera does not pick up the code')).toEqual({ 'qr-symptom': 'no-scan' });
    expect(extractFacts('I scan and nothing happens')).toEqual({ 'qr-symptom': 'no-scan' });
    expect(extractFacts('the qr code is expired')).toEqual({ 'qr-symptom': 'no-scan' });
    expect(extractFacts('the qr code expired')).toEqual({ 'qr-symptom': 'no-scan' });
    // (…however it is said to run out before the scan: it never scanned.)
    expect(extractFacts('the qr for linking the official acc keeps expiring before i can scan it')).toEqual({ 'qr-symptom': 'no-scan' });
    expect(extractFacts('the code always times out on me')).toEqual({ 'qr-symptom': 'no-scan' });
    expect(extractFacts("when i scan it tiktok says it's expired")).toEqual({ 'qr-symptom': 'no-scan' });
    // (…told by what the person sees: no beep, nothing at all, a code gone grey.)
    expect(extractFacts('tiktok camera opens, i hold it over the thing on seller centre, no beep no nothing')).toEqual({ 'qr-symptom': 'no-scan' });
    expect(extractFacts("using tiktok's scanner on the seller centre page does zilch")).toEqual({ 'qr-symptom': 'no-scan' });
    expect(extractFacts('the code on seller center goes grey and says refresh')).toEqual({ 'qr-symptom': 'no-scan' });
    // (Not another thing's QR code: a shipping label's, a payment's.)
    expect(extractFacts('the QR on my shipping label prints all blurry and the courier cant scan it')).toEqual({});
    expect(extractFacts('the payment qr wont scan at checkout')).toEqual({});
    expect(extractFacts('the app opens the scanner but it say "Invalid QR code"')).toMatchObject({ 'qr-symptom': 'no-scan' });
    expect(extractFacts('the app can not properly scan the qr')).toEqual({ 'qr-symptom': 'no-scan' });
    expect(extractFacts('the app will not recognise the qr')).toEqual({ 'qr-symptom': 'no-scan' });
    expect(extractFacts('the qr code is never recognised')).toEqual({ 'qr-symptom': 'no-scan' });
    expect(extractFacts('scan does nothing')).toEqual({ 'qr-symptom': 'no-scan' });
    expect(extractFacts('scanning does nothing')).toEqual({ 'qr-symptom': 'no-scan' });
  });

  it('hears a scan that keeps spinning', () => {
    expect(extractFacts('qr keeps loading')).toEqual({ 'qr-symptom': 'spinning' });
    expect(extractFacts('it just spins after scanning')).toEqual({ 'qr-symptom': 'spinning' });
  });

  it('hears the code shown on the phone that should scan it', () => {
    expect(extractFacts('the qr is on my phone')).toEqual({ 'qr-symptom': 'same-phone' });
    expect(extractFacts('seller center on my phone so I cant scan')).toMatchObject({ 'qr-symptom': 'same-phone' });
    expect(extractFacts('I have no laptop to show the qr code')).toEqual({ 'qr-symptom': 'same-phone' });
    expect(extractFacts("seller center is open on the same iphone i'm scanning with")).toMatchObject({ 'qr-symptom': 'same-phone' });
    expect(extractFacts('trying to scan a screenshot of the qr code')).toMatchObject({ 'qr-symptom': 'same-phone' });
    expect(extractFacts('how do i scan a qr thats on my own phone screen???')).toMatchObject({ 'qr-symptom': 'same-phone' });
    expect(extractFacts('i only have my iphone and seller center is open in safari on it, how do i scan that code')).toMatchObject({ 'qr-symptom': 'same-phone' });
    expect(extractFacts('seller center and tiktok are both on my iphone, the code is right there')).toMatchObject({ 'qr-symptom': 'same-phone' });
    // Scanning with the phone is what everyone does.
    expect(extractFacts('i scan it on my phone with the tiktok app and it fails')).not.toHaveProperty('qr-symptom', 'same-phone');
    expect(extractFacts('i opened the qr on my phone camera and it fails')).not.toHaveProperty('qr-symptom', 'same-phone');
    // Where the step asks what the QR code does, the answer need not name it.
    expect(extractFacts('it just keeps spinning', { asking: 'qr-symptom' })).toEqual({ 'qr-symptom': 'spinning' });
    expect(extractFacts('it just keeps spinning')).toEqual({});
    expect(extractFacts('i can not scan the screen with the qr')).toEqual({ 'qr-symptom': 'same-phone' });
    expect(extractFacts('seller centre on phone and the qr code is there')).toEqual({ 'qr-symptom': 'same-phone' });
  });

  it('finds no QR symptom where there is no QR code', () => {
    expect(extractFacts('my bag icon is missing')).toEqual({});
    expect(extractFacts('nothing happens when I open the shop tab')).toEqual({});
    expect(extractFacts('the qr code')).toEqual({});
  });
});

describe('extractFacts: a quoted error', () => {
  it('takes the text inside quotes', () => {
    expect(extractFacts('it says "This account is already linked to another shop"')).toEqual({ 'error-text': 'This account is already linked to another shop' });
    expect(extractFacts('I get “Something went wrong” every time')).toMatchObject({ 'error-text': 'Something went wrong' });
    expect(extractFacts("it says 'authorization failed, try again'")).toEqual({ 'qr-symptom': 'auth-failed', 'error-text': 'authorization failed, try again' });
  });

  it('trims the quoted text, and takes single quotes at the start or before punctuation', () => {
    expect(extractFacts('it says " account not eligible "')).toEqual({ 'error-text': 'account not eligible' });
    expect(extractFacts("'account not eligible' is what I see")).toEqual({ 'error-text': 'account not eligible' });
    expect(extractFacts("it says 'account not eligible'.")).toEqual({ 'error-text': 'account not eligible' });
    expect(extractFacts("it says 'account not eligible' now")).toEqual({ 'error-text': 'account not eligible' });
  });

  it('takes the text after "error:" or "it says:" when it reads like an error', () => {
    expect(extractFacts('error:token expired')).toEqual({ 'error-text': 'token expired' });
    expect(extractFacts('error: token expired!!')).toEqual({ 'error-text': 'token expired' });
    expect(extractFacts('it says: not allowed... try again')).toEqual({ 'error-text': 'not allowed... try again' });
    expect(extractFacts('error: token expired')).toEqual({ 'error-text': 'token expired' });
    expect(extractFacts('it says: something went wrong!')).toEqual({ 'error-text': 'something went wrong' });
    expect(extractFacts('says - account not eligible')).toEqual({ 'error-text': 'account not eligible' });
    expect(extractFacts('message: hello there friend')).toEqual({});
  });

  it('does not take a quoted name or a number for an error', () => {
    expect(extractFacts('my shop "Ana"')).toEqual({});
    expect(extractFacts('code "12345678"')).toEqual({});
  });
});

describe('extractFacts: nothing stated', () => {
  it('gives no facts, not empty ones', () => {
    expect(Object.keys(extractFacts('purple elephants'))).toEqual([]);
    expect(Object.keys(extractFacts(''))).toEqual([]);
  });
});

describe("extractFacts: the shop's status", () => {
  it('reads approved and active, and their opposites', () => {
    expect(extractFacts('the shop is active and approved')).toEqual({ 'shop-approved': 'yes', 'shop-active': 'yes' });
    expect(extractFacts('shop is live and verified')).toEqual({ 'shop-approved': 'yes', 'shop-active': 'yes' });
    expect(extractFacts('shop is not approved yet')).toEqual({ 'shop-approved': 'no' });
    // A status asked about, required or doubted is not stated.
    expect(extractFacts('does the shop need to be approved first?')).toEqual({});
    expect(extractFacts('not sure if the shop is approved')).toEqual({});
    expect(extractFacts('shop approved, no idea about the active part')).toEqual({ 'shop-approved': 'yes' });
    expect(extractFacts('the store is still under review')).toEqual({ 'shop-approved': 'no' });
    expect(extractFacts('store is suspended')).toEqual({ 'shop-active': 'no' });
    expect(extractFacts('the shop is not active')).toEqual({ 'shop-active': 'no' });
    expect(extractFacts('the shop is not approved')).toEqual({ 'shop-approved': 'no' });
    expect(extractFacts('the shop is not currently active')).toEqual({ 'shop-active': 'no' });
    expect(extractFacts('the shop is deactivated')).toEqual({ 'shop-active': 'no' });
    expect(extractFacts('the phone number on that shop is my old sim, deactivated already')).toEqual({});
  });

  it('reads a bare status only when the shop is the subject or the step asks it', () => {
    expect(extractFacts('approved')).toEqual({});
    expect(extractFacts('approved', { asking: 'shop-approved' })).toEqual({ 'shop-approved': 'yes' });
    expect(extractFacts('yes active', { asking: 'shop-active' })).toEqual({ 'shop-active': 'yes' });
  });
});

describe('extractFacts: the other shop', () => {
  it('hears who holds it', () => {
    expect(extractFacts('an agency linked it to their shop')).toEqual({ 'other-shop-holder': 'agency' });
    expect(extractFacts('my ex partner has the other shop')).toEqual({ 'other-shop-holder': 'ex-partner' });
    expect(extractFacts('a former employee linked it')).toEqual({ 'other-shop-holder': 'employee' });
    expect(extractFacts('an old manager linked it')).toEqual({ 'other-shop-holder': 'employee' });
    expect(extractFacts('a freelance guy from fiverr did our whole setup', { asking: 'other-shop-holder' })).toMatchObject({ 'other-shop-holder': 'agency' });
    expect(extractFacts('the social media company we paid set it up on their shop')).toMatchObject({ 'other-shop-holder': 'agency' });
    expect(extractFacts('the girl who used to handle our socials, she resigned last march', { asking: 'other-shop-holder' })).toMatchObject({ 'other-shop-holder': 'employee' });
    expect(extractFacts('linked to my other shop')).toEqual({ 'other-shop-holder': 'me' });
    expect(extractFacts('no idea which shop it is linked to')).toEqual({ 'other-shop-holder': 'unknown' });
    // One's own shop now is no other shop: only one that was, or the old one, is.
    expect(extractFacts('i own a small skincare shop. not an affiliate, the shop is mine. how do i make it the official account')['other-shop-holder']).toBeUndefined();
    expect(extractFacts('it is linked to another shop, that shop was mine')['other-shop-holder']).toBe('me');
    expect(extractFacts('linked to the old shop, the old shop is mine')['other-shop-holder']).toBe('me');
  });

  it('hears whether they can get into it', () => {
    expect(extractFacts("I can't log into that shop")).toEqual({ 'other-shop-access': 'no' });
    expect(extractFacts("we can't log into their seller center")).toEqual({ 'other-shop-access': 'no' });
    expect(extractFacts("they won't answer")).toEqual({ 'other-shop-access': 'no' });
    expect(extractFacts('I can log in to the other shop')).toEqual({ 'other-shop-access': 'yes' });
    expect(extractFacts('we can not even log in to their shop')).toEqual({ 'other-shop-access': 'no' });
    expect(extractFacts('i can easily log in to their shop')).toEqual({ 'other-shop-access': 'yes' });
    // Having "zero" or "not any" access is having none.
    expect(extractFacts('my old business partner runs that shop now and i have zero access to it')['other-shop-access']).toBe('no');
    expect(extractFacts("we don't have any access to their shop")['other-shop-access']).toBe('no');
  });

  it('takes a bare "cannot get in" when the step asks about access', () => {
    expect(extractFacts("I can't get in", { asking: 'other-shop-access' })).toEqual({ 'other-shop-access': 'no' });
    // A lost password was one's own: the old shop is theirs.
    expect(extractFacts('I lost the password', { asking: 'other-shop-access' })).toEqual({ 'other-shop-access': 'lost-login' });
    expect(extractFacts('I lost the password')).toEqual({});
  });

  it('takes a bare holder when the step asks who holds it', () => {
    expect(extractFacts('an agency', { asking: 'other-shop-holder' })).toEqual({ 'other-shop-holder': 'agency' });
    expect(extractFacts('an agency')).toEqual({});
    // The agency the writer works at holds nothing.
    expect(extractFacts('I am new in an agency and my boss asked me to link our client to their shop')).toEqual({});
    expect(extractFacts('i just started at a marketing agency, the client account is linked to another shop')).not.toHaveProperty('other-shop-holder');
  });
});

describe('extractFacts: their own old shop they cannot get into', () => {
  it('is a lost login, not someone else holding it', () => {
    expect(extractFacts('its our old store but the email it was made with doesnt exist anymore')).toMatchObject({ 'other-shop-holder': 'me', 'other-shop-access': 'lost-login' });
    expect(extractFacts('it was my first shop but i forgot the password')).toMatchObject({ 'other-shop-access': 'lost-login' });
    expect(extractFacts("my agency's shop has it and i can't log in there")).toMatchObject({ 'other-shop-holder': 'agency', 'other-shop-access': 'no' });
    // A forgotten password or a dead email: only one's own login can be lost so.
    expect(extractFacts('already linked to that other shop, i forgot the password and the email is gone')).toMatchObject({ 'other-shop-access': 'lost-login' });
  });
});

describe('extractFacts: who they are', () => {
  it('hears the role', () => {
    expect(extractFacts('creator here')).toEqual({ role: 'creator' });
    expect(extractFacts('I make videos')).toEqual({ role: 'creator' });
    expect(extractFacts('I am an influencer')).toEqual({ role: 'creator' });
    expect(extractFacts("i don't make my own products")).toEqual({ role: 'creator' });
    for (const t of ['i do content, dont have a shop', 'im more of a content person, dont own anything, just want to promote stuff']) expect([t, extractFacts(t).role]).toEqual([t, 'creator']);
    expect(extractFacts('I am a seller')).toEqual({ role: 'seller' });
    expect(extractFacts('i am a creator')).toEqual({ role: 'creator' });
    expect(extractFacts('my store was flagged')).toEqual({ role: 'seller' });
    expect(extractFacts('we own a shop')).toEqual({ role: 'seller' });
  });

  it('hears the market, in local spellings too', () => {
    expect(extractFacts('I am in the US')).toEqual({ market: 'US' });
    expect(extractFacts('im from the uk')).toEqual({ market: 'GB' });
    expect(extractFacts('selling in españa')).toEqual({ market: 'ES' });
    expect(extractFacts('Việt Nam')).toEqual({ market: 'VN' });
    expect(extractFacts('based in Thailand')).toEqual({ market: 'TH' });
  });

  it('knows each market it lists', () => {
    const markets: Record<string, string> = {
      'the united states': 'US', mexico: 'MX', indonesia: 'ID', malaysia: 'MY', philippines: 'PH', singapore: 'SG', germany: 'DE',
      france: 'FR', italy: 'IT', ireland: 'IE', japan: 'JP', brazil: 'BR', india: 'IN', canada: 'CA', australia: 'AU', nigeria: 'NG',
      pakistan: 'PK', 'south africa': 'ZA', 'saudi arabia': 'SA', dubai: 'AE', netherlands: 'NL', poland: 'PL', korea: 'KR',
      china: 'CN', turkey: 'TR', colombia: 'CO', argentina: 'AR', spain: 'ES', vietnam: 'VN', england: 'GB',
    };
    for (const [name, code] of Object.entries(markets)) expect([name, extractFacts(`I sell in ${name}`).market]).toEqual([name, code]);
  });

  it('takes two markets named for an account whose region is not the shop\'s', () => {
    expect(extractFacts('the account is from Canada but the shop is in the US')).toMatchObject({ 'region-ok': 'no' });
    expect(extractFacts('made my tiktok in germany, our store sells in france')).toMatchObject({ 'region-ok': 'no' });
    expect(extractFacts('we are in Malaysia')).not.toHaveProperty('region-ok');
  });

  it('does not take "us" the pronoun for the US', () => {
    expect(extractFacts('help us please')).toEqual({});
    expect(extractFacts('indiana')).toEqual({});
  });

  it('hears the follower count', () => {
    expect(extractFacts('I have 5k followers')).toEqual({ followers: '5000' });
    expect(extractFacts('900 followrs')).toEqual({ followers: '900' });
    expect(extractFacts('2 million fans')).toEqual({ followers: '2000000' });
    expect(extractFacts('3m followers')).toEqual({ followers: '3000000' });
    expect(extractFacts('3 thousand subscribers')).toEqual({ followers: '3000' });
    expect(extractFacts('I have 999 followers')).toEqual({ followers: '999' });
  });
});

describe('age', () => {
  it('reads an age still to come as a year less now', () => {
    expect(extractFacts('i turn 18 next month')).toEqual({ age: 'minor' });
    expect(extractFacts('I will be 18 in May')).toEqual({ age: 'minor' });
    expect(extractFacts('i turned 18 last week')).toEqual({ age: 'adult' });
    expect(extractFacts('i turn 20 next month')).toEqual({ age: 'adult' });
    expect(extractFacts('turning 18 in a few weeks lol')).toEqual({ age: 'minor' });
    expect(extractFacts('i will turn 18 next spring')).toEqual({ age: 'minor' });
  });

  it('takes the one number of a short answer for the age only where the step asks it', () => {
    expect(extractFacts('32 na po ako', { asking: 'age' })).toEqual({ age: 'adult' });
    expect(extractFacts('32 na po ako')).toEqual({});
    expect(extractFacts('3 days', { asking: 'age' })).toEqual({});
    expect(extractFacts('not yet, next year I will finally be 18', { asking: 'age' })).not.toEqual({ age: 'adult' });
  });
});

describe('an age not yet reached', () => {
  it('is a year less than the number said', () => {
    expect(extractFacts("I'm almost 18")).toEqual({ age: 'minor' });
    expect(extractFacts('i am under 18')).toEqual({ age: 'minor' });
    expect(extractFacts('not 18 yet', { asking: 'age' })).toEqual({});
  });
});

describe('who holds the other shop, and whether they answer, in plain words', () => {
  it('reads a shop of someone unknown, a login forgotten, and no answer', () => {
    expect(extractFacts('it linked to some shop i dont know who')).toMatchObject({ 'other-shop-holder': 'unknown' });
    expect(extractFacts('honestly i forgot which shop its linked to')).toMatchObject({ 'other-shop-holder': 'unknown' });
    expect(extractFacts("can't remember whose shop my tiktok is linked to")).toMatchObject({ 'other-shop-holder': 'unknown' });
    expect(extractFacts('it says already linked to another shop but i never linked it')).toMatchObject({ 'other-shop-holder': 'unknown' });
    // (Never having linked it, with no other shop spoken of, is linking not done yet.)
    expect(extractFacts('i have a shop but its not on my tiktok because i never linked it, how do i do that')['other-shop-holder']).toBeUndefined();
    expect(extractFacts('is my old shop but i forget the password and email already')).toMatchObject({ 'other-shop-access': 'lost-login' });
    expect(extractFacts('they no dey answer my message since last week', { asking: 'other-shop-access' })).toMatchObject({ 'other-shop-access': 'no' });
  });
});

describe('an age said with "years old"', () => {
  it("is the writer's age, not a shop's or an account's", () => {
    expect(extractFacts('23k followers, 25 years old, based in the US')).toMatchObject({ age: 'adult' });
    expect(extractFacts('im a 16 year old creator')).toMatchObject({ age: 'minor' });
    expect(extractFacts('my shop is 6 years old')).not.toHaveProperty('age');
    expect(extractFacts('a 7 year old account')).not.toHaveProperty('age');
  });
});

describe('a QR symptom denied', () => {
  it('is none, while one said after other words of failure is still the symptom', () => {
    expect(extractFacts('refreshed, now it says linked, no authorization error this time')['qr-symptom']).toBeUndefined();
    expect(extractFacts('still no luck, the qr says authorization failed')['qr-symptom']).toBe('auth-failed');
  });
});

describe('whose the other shop is, said in passing', () => {
  it('takes "mine" only of a shop said to be mine, a former staff member for an employee, and no guide that does not work', () => {
    expect(extractFacts('is the account allowed to be from another country than the shop? mine is a UK account, shop is in Spain')['other-shop-holder']).toBeUndefined();
    expect(extractFacts('that old shop is mine')['other-shop-holder']).toBe('me');
    expect(extractFacts('my ex assistant set it up', { asking: 'other-shop-holder' })['other-shop-holder']).toBe('employee');
    expect(extractFacts('the guy who was our intern, he doesnt work for us anymore', { asking: 'other-shop-holder' })['other-shop-holder']).toBe('employee');
    expect(extractFacts('the link from the help page does not work for me, where do i log in to link my shop')['other-shop-holder']).toBeUndefined();
  });
});

describe('a creator by what they make', () => {
  it('hears videos done, filmed or shot and others\' products tagged, not videos a shop posts', () => {
    expect(extractFacts('i film haul videos for fun, want to earn from it').role).toBe('creator');
    expect(extractFacts('can i tag other brands products in my videos and get paid').role).toBe('creator');
    expect(extractFacts('we opened a shop for our candles and i post candle videos').role).toBe('seller');
  });
});

describe('who is asking', () => {
  it('reads an agency on the asking side as no holder of another shop, and "im the owner" as a seller', () => {
    expect(extractFacts('I manage TikTok Shop for a furniture brand (agency side). Client wants their main account to be the Official Account')['other-shop-holder']).toBeUndefined();
    expect(extractFacts('my tiktok is still linked to the agency shop')['other-shop-holder']).toBe('agency');
    expect(extractFacts('so yeah im the owner').role).toBe('seller');
  });
});

describe('a time of something else than linking', () => {
  it('does not read how old the shop is as how long ago it was linked', () => {
    expect(extractFacts("it says my shop cant link them yet?? we're 3 weeks old")['linked-ago']).toBeUndefined();
    expect(extractFacts('shop is 2 months old, linked it yesterday')['linked-ago']).toBe('under-24h');
  });
});

describe('a country the lexicon does not list', () => {
  it('is read by its name where one says one is in or from it', () => {
    expect(extractFacts('i live in kenya, dont think its available here').market).toBe('KE');
    expect(extractFacts('we are based in south africa').market).toBe('ZA');
    expect(extractFacts('im from the philippines').market).toBe('PH');
    expect(extractFacts('my friend went to kenya').market).toBeUndefined();
    // A name alone is the answer where the market is asked, and nowhere else.
    expect(extractFacts('Portugal', { asking: 'market' }).market).toBe('PT');
    expect(extractFacts('portugal').market).toBeUndefined();
  });
});

describe('who is asking, told in passing', () => {
  it('is no age when it is a figure of speech', () => {
    expect(extractFacts('no idea how that works, pls explain like im 5').age).toBeUndefined();
    expect(extractFacts("explain it like i'm 12, how do i join").age).toBeUndefined();
    expect(extractFacts('im 16 can i be an affiliate').age).toBe('minor');
  });

  it('is no agency holding the shop when the writer works at one, described in two words', () => {
    expect(extractFacts('I work for a talent management agency. One of our creators wants to link her account')['other-shop-holder']).toBeUndefined();
    expect(extractFacts('the talent management agency still has our account linked to their shop')['other-shop-holder']).toBe('agency');
  });
});

describe('a creator by what they do', () => {
  it('is said by promoting, tagging or reviewing products from other brands', () => {
    expect(extractFacts('i just promote stuff from other brands').role).toBe('creator');
    expect(extractFacts('i mostly review products from other brands').role).toBe('creator');
    expect(extractFacts('we sell products from our own farm').role).not.toBe('creator');
  });
});

describe('how long ago, against what is said of now', () => {
  it('counts a weekday against the day it is today', () => {
    expect(extractFacts('seller center said linked on friday, today is monday')['linked-ago']).toBe('over-24h');
    expect(extractFacts("tuesday, today's friday", { asking: 'linked-ago' })['linked-ago']).toBe('over-24h');
    expect(extractFacts('linked it today')['linked-ago']).toBe('under-24h');
  });

  it('reads no time since linking beside a link said not to be there', () => {
    expect(extractFacts("seller center still shows 'Not linked' after 5 min")['linked-ago']).toBeUndefined();
    expect(extractFacts('linked 5 min ago, no bag yet')['linked-ago']).toBe('under-24h');
  });
});

describe('a month or a season as when it was linked', () => {
  it('is weeks ago', () => {
    expect(extractFacts('nope, linked it way back in january')['linked-ago']).toBe('over-24h');
    expect(extractFacts('its been linked since last christmas')['linked-ago']).toBe('over-24h');
  });

  it('is not a month something else happened since', () => {
    expect(extractFacts('she has not worked here since march and still has our tiktok linked to her shop')['linked-ago']).toBeUndefined();
  });
});

describe('no reply from whoever holds the other shop', () => {
  it('is no way into it', () => {
    expect(extractFacts('messaged them 4 times on whatsapp, blue ticks but zero reply. what now', { asking: 'other-shop-access' })['other-shop-access']).toBe('no');
    expect(extractFacts('the agency left us on read, they still have our account on their shop')['other-shop-access']).toBe('no');
    expect(extractFacts('the agency has our account on their shop, i message them 1 week already, seen zone only')['other-shop-access']).toBe('no');
    expect(extractFacts('the agency has our account on their shop, i only read the email today')['other-shop-access']).toBeUndefined();
  });
});

describe('a creator who says they have a shop of their own', () => {
  it('is a seller, unless the products are other brands\' or the shop is denied', () => {
    expect(extractFacts('i make content but i also opened my own shop for my prints').role).toBe('seller');
    expect(extractFacts('wait, i actually have my own store, i don\'t only do affiliate').role).toBe('seller');
    expect(extractFacts("affiliate creator, i don't have my own shop").role).toBe('creator');
    expect(extractFacts('i have my own shop but i want to sell other brands products as an affiliate too').role).toBe('creator');
  });
});

describe('the QR code shown on the phone that must scan it, in more words', () => {
  it('is the same-phone symptom', () => {
    expect(extractFacts("the qr is up but obviously i can't point my camera at my own screen")['qr-symptom']).toBe('same-phone');
  });
});

describe('a business partner doing their part of the work', () => {
  it('holds no other shop', () => {
    expect(extractFacts('my business partner did the registration for our shop and i do the videos on our account')['other-shop-holder']).toBeUndefined();
    expect(extractFacts("my business partner linked our tiktok to his own shop")['other-shop-holder']).toBe('ex-partner');
  });
});

describe('extractFacts: approving on the phone', () => {
  it('is the QR step: what happens after it is a symptom', () => {
    expect(extractFacts('the little wheel keeps going round and round after i approve on my phone')).toEqual({ 'qr-symptom': 'spinning' });
    expect(extractFacts('i did the whole approve thing in the app and it said failed try again later')).toEqual({ 'qr-symptom': 'auth-failed' });
    // (A shop approved is no approving of a link.)
    expect(extractFacts('my shop got approved on my phone yesterday, the payout says failed')).not.toHaveProperty('qr-symptom');
  });
});
