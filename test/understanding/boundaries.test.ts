// Where each of the stage's newer rules stops: messages on either side of its edge, so that loosening or
// dropping a rule breaks a test.
import { describe, expect, it } from 'vitest';
import { commandOf } from '../../src/understanding/commands.ts';
import { extractFacts } from '../../src/understanding/facts.ts';
import { at, labelOf, read } from './reading.ts';

describe('the country a message says one is in or from', () => {
  it('reads a country the flows do not list, by its English name', () => {
    expect(extractFacts('i live in kenya and want to link my tiktok').market).toBe('KE');
  });

  it('reads a name of several words whole', () => {
    expect(extractFacts('we are based in south africa, can we link').market).toBe('ZA');
    expect(extractFacts('im from new zealand').market).toBe('NZ');
  });

  it('reads a country known by more than one code as its current one', () => {
    expect(extractFacts('we are in russia, can we sell on tiktok shop').market).toBe('RU');
    expect(extractFacts('we are in benin, can we open a shop').market).toBe('BJ');
  });

  it('takes no short name for a country: "from chad" is a person as often as a place', () => {
    expect(extractFacts('got a message from chad at the agency about linking').market).toBeUndefined();
  });

  it('reads "the U.S" without its last dot as the United States', () => {
    expect(extractFacts("i'm in the U.S how do i link").market).toBe('US');
  });
});

describe('starting over at a step', () => {
  it("presses the step's own button that starts the guide over", () => {
    expect(labelOf('system.moved', 'start over')).toBe('Restart this guide');
    expect(read('start over', { step: 'system.moved' })).toMatchObject({ kind: 'choice', index: 0 });
  });

  it('is no button of its own where the button only goes back to the menu', () => {
    expect(read('start over', at('system.out-of-scope'))).toMatchObject({ kind: 'command', command: 'restart' });
    expect(read('start over', at('menu.seller-start'))).toMatchObject({ kind: 'command', command: 'restart' });
  });

  it('leaves other commands at such a step alone', () => {
    expect(read('i want to talk to a human', at('system.moved'))).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('thanks', at('system.moved'))).toMatchObject({ kind: 'command', command: 'thanks' });
  });
});

describe('the other role stated where one way to link is shown', () => {
  it('leaves a step on no way to link alone', () => {
    expect(read('im the shop owner btw', at('qr-failure.restart-app'))).toMatchObject({ kind: 'unsure' });
    expect(read('im just an affiliate actually, no shop at all', at('already-linked.unlink'))).toMatchObject({ kind: 'unsure' });
  });

  it('is nothing to turn from in a first message that says only the role', () => {
    expect(read('i am an affiliate')).toMatchObject({ kind: 'unsure', facts: { role: 'creator' } });
  });

  it("turns to that role's way from a step on the other role's way", () => {
    expect(read('sorry i think i picked wrong, im the shop owner not a creator, how do i link my shop', at('creator-link.marketplace'))).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it("never turns to the shop owner's steps for a second account asked about", () => {
    expect(read('also i have a lil shop of my own, can i hook my alt account up to it for ads', at('creator-link.invite'))).not.toMatchObject({ flow: 'seller-link' });
  });
});

describe('a reminder declined where one is offered', () => {
  it('is the other button the rest of the message says', () => {
    expect(labelOf('already-linked.unlink-blocked', "dont remind me, i'll unlink it tomorrow myself")).toBe("I'll try again tomorrow");
    expect(labelOf('already-linked.unlink-blocked', "no need to remind me. i'll try again tomorrow. thanks")).toBe("I'll try again tomorrow");
    expect(labelOf('already-linked.wait', "dont remind me, i'll link it myself now")).toBe('Link it to my shop now');
    expect(labelOf('already-linked.unlink-blocked', "dont need a reminder, i'll have another go at it tomorrow")).toBe("I'll try again tomorrow");
    expect(labelOf('missing-icon.wait', 'no need to remind me, ill check myself')).toBe('No thanks');
  });

  it('is the reminder declined, or its "No thanks", when nothing else a button says is said', () => {
    expect(read('no need to remind me', at('already-linked.unlink-blocked'))).toMatchObject({ kind: 'command', command: 'cancel' });
    expect(read("no need to remind me, i'm busy tomorrow anyway", at('already-linked.unlink-blocked'))).toMatchObject({ kind: 'command', command: 'cancel' });
    expect(labelOf('missing-icon.wait', 'no need to remind me')).toBe('No thanks');
  });

  it('leaves a reminder asked for as the reminder', () => {
    expect(labelOf('already-linked.unlink-blocked', 'remind me tomorrow to unlink pls')).toBe('Remind me tomorrow to unlink');
    expect(labelOf('missing-icon.wait', 'yes please remind me')).toBe('Yes, check back in 24 hours');
    expect(labelOf('already-linked.unlink-blocked', 'yes remind me tomorrow')).toBe('Remind me tomorrow to unlink');
    expect(labelOf('already-linked.unlink-blocked', 'ok remind me tomorrow then')).toBe('Remind me tomorrow to unlink');
    expect(labelOf('already-linked.wait', 'remind me later to link it')).toBe('Remind me in 24 hours to link it');
  });
});

describe('a button that records who the user is', () => {
  it('is pressed by the user saying so', () => {
    expect(labelOf('creator-link.marketplace-missing', 'i think its because im 16, do i need to be 18 to sell')).toBe("I'm under 18");
    expect(labelOf('creator-link.marketplace-missing', 'im 16 so maybe thats why')).toBe("I'm under 18");
  });
});

describe('what the step itself says, asked about', () => {
  it('is asked again in other words, not answered by a button', () => {
    expect(read('whats an official account', at('seller-link.my-account'))).toMatchObject({ kind: 'unsure' });
    expect(read('whats seller center', at('seller-link.my-account'))).toMatchObject({ kind: 'unsure' });
  });

  it('is the button that asks it, even in fewer of its words', () => {
    expect(labelOf('seller-link.official', 'whats a marketing account')).toBe('What are Marketing Accounts?');
    expect(labelOf('seller-link.official', 'whats marketing')).toBe('What are Marketing Accounts?');
  });

  it('leaves a thing the step does not say to the flow about it', () => {
    expect(read('whats a marketing account', at('seller-link.my-account'))).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
});

describe('a fact the step asks, told beside a topic next to linking', () => {
  it('answers the step when told, whatever else the user does on another platform', () => {
    expect(labelOf('preflight.who', 'im the owner, i also sell on shopee but i rarely use it anymore')).toBe('I own the shop');
  });

  it("is no answer beside a question about bringing the other platform's thing over", () => {
    expect(read('i own a shopee store, can i just bring it here', at('preflight.who'))).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
  });
});

describe('an account reported linked elsewhere, beside another platform', () => {
  it('is the already-linked tree when the report comes after other clauses about linking', () => {
    expect(read('moving our store from shopify to tiktok shop, we tried linking yesterday, and it says its bound to another seller')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('shopify is connected, and when i try to link my tiktok the error says linked to a different shop')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe('a topic told as settled before a linking problem', () => {
  it('is the linking problem', () => {
    expect(read('Hi, our store had a violation about a banner image in May and we fixed it. We connected the TikTok account last week and Seller Center shows Linked. But on the TikTok profile there is no shop icon. Is it because of the violation before?')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read("so i had a payout problem last week that support fixed (thanks!) and now another one. my tiktok is linked and says Linked, but my profile doesn't show the bag. linked 4 days ago. did i miss a step?")).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
});

describe("an account reported linked elsewhere in the screen's own shape", () => {
  it('is the already-linked tree, typed at a step of another flow', () => {
    expect(read("ok before more tips, i tried linking our second brand's tiktok and it says its already linked to another shop. thats probably the old shop from our previous agency", at('after-link.live'))).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(labelOf('seller-link.scan', "ok I scanned it with the tiktok app and instead of the authorize screen it popped up a message saying this account is already linked to a different shop, which is weird because I don't remember linking it anywhere")).toBe('It says the account is already linked to another shop');
  });

  it('is the already-linked tree when the screen is quoted, over the more accounts its words fit', () => {
    expect(read('"This account is already linked to a TikTok Shop" when I tried adding my second account under Marketing accounts. the first one went through fine')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    // (Words around the quote that fit another problem keep it: a quote is its symptom there.)
    expect(read('scanned and it said "authorization failed"')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });

  it('is not the missing bag when the status does not show linked', () => {
    expect(read("I'm back on the computer and waited a couple of minutes, refreshed the page too, but the status still doesn't show linked, it's just empty there", at('seller-link.confirm'))).toMatchObject({ kind: 'unsure' });
  });
});

describe('the procedure to link asked for beside another platform', () => {
  it('is the linking steps', () => {
    expect(read("Good day. Our company sells on Lazada and we're expanding to TikTok Shop Philippines. Shop is verified. Kindly advise the procedure to link our official TikTok.")).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('is not asked when the person is only in the process of linking', () => {
    expect(read("Hello. We're in the process of linking our official account and expect to finish this week. Before we launch, our finance team wants to understand the fee structure. What commission percentage does TikTok Shop take per order in the US?")).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
  });
});

describe('a link made to the wrong shop, asked to be undone', () => {
  it('is the already-linked tree, not a step back', () => {
    expect(read('connected my tiktok to the wrong shop by mistake, we run two shops and i clicked the wrong one too fast, can i undo that')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('is still a step back when a button was the mistake', () => {
    expect(read('oops picked the wrong one, can i undo that')).toMatchObject({ kind: 'command', command: 'back' });
  });
});

describe('a QR symptom stated beside another platform', () => {
  it('is the QR tree when its words fit that tree best, if loosely', () => {
    expect(read('moved from shopify last month, products uploaded and shop approved. only issue: the qr shows up on my phone and i have no computer')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });
});

describe('asking what linking is for', () => {
  it("is the menu's answer to why, however it is put", () => {
    expect(read('why should we even connect our tiktok to the shop, what do we get out of it')).toMatchObject({ kind: 'route', flow: 'menu', step: 'why' });
    expect(read('honestly what does connecting the account to a shop even do')).toMatchObject({ kind: 'route', flow: 'menu', step: 'why' });
    expect(read('is linking my tiktok to the store optional?')).toMatchObject({ kind: 'route', flow: 'menu', step: 'why' });
  });

  it('is still the steps or the checklist when the question is how, or what it takes', () => {
    expect(read('how do i link my tiktok to my shop')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('what do i need to get my tiktok linked to the shop')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe("an agency's account on our shop, and whether it replaces ours", () => {
  it('is marketing accounts, a worry about replacing the official account included', () => {
    expect(read('our agency wants their tiktok linked to our shop to run campaigns for us. will that replace our own official account?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('agency wants their account connected to our seller center so they can run ads for us. how')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });

  it('is still the already-linked tree when the official account is to be replaced', () => {
    expect(read('we want a different tiktok on our shop now, how do i swap out the official account')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe('a warning asked about before linking, and a penalty told with its end', () => {
  it('is the checklist when the warning may affect connecting', () => {
    expect(read('does a warning on my account from last year affect connecting it to my store?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('is no confident penalty question when the penalty was lifted', () => {
    expect(read('my account was banned 2 years ago but recovered after. is it ok to use it as the shop account now?')).not.toMatchObject({ kind: 'out-of-scope' });
    expect(read('my account got banned, how do i get it restored')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });
});

describe('a side or extra account, and a page named linked', () => {
  it('is marketing accounts when a staff account is added as a side account', () => {
    expect(read("how do i invite my assistant's tiktok to the shop as a side account")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });

  it('is no account said linked when the page is called Linked TikTok Accounts', () => {
    expect(read("I'm on the Linked TikTok Accounts page now, what's next")).not.toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('the steps asked for in other words', () => {
  it('is the linking steps when asked what to click, or for the steps before a launch', () => {
    expect(read('our manager wants the shop on our tiktok today, what do i need to click')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('need the brand tiktok linked up to our shop before the launch next week. steps please')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('is no linking question when nothing of tiktok and a shop is said', () => {
    expect(read('my son set it all up and now it looks different. what do i press')).not.toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe('joining the affiliate programme, undoing the link and getting the most of it', () => {
  it('is the creator way when joining is asked, whatever it is for', () => {
    expect(read('how can i sign up for the affiliate thing so i can tag products in my videos and earn')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('is the already-linked tree when the connection is to be undone', () => {
    expect(read('we want to remove the link between our tiktok and the shop, how')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('remove the link')).not.toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('is the tips once connected', () => {
    expect(read("our account's linked now, how do we make the most of it? new to tiktok shop")).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('a how-to that only points at the topic told before it', () => {
  it('asks about the topic, whatever linking was told as background', () => {
    expect(read('our tiktok has been connected to the shop since may. a buyer opened a dispute saying the parcel never came, but tracking says delivered. how do we contest it?')).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
    expect(read('shop linked, videos tagged, all great. a customer wants me to cancel her order before i ship it, how do i do that?')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
  });

  it('is still the linking question when the how-to has its own object', () => {
    expect(read('got my first payout 🎉 now that im linked how do i tag products')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('a linking problem told after a topic said to be sorted', () => {
  it('is the linking problem', () => {
    expect(read("Delivery issue sorted, thanks. Last thing: where's the bag icon on my profile? Linked it two days ago.")).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('Sorry my english. I have solve the problem with the courier. Now I want the tiktok account of my store connected, which steps please?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('Our tiktok is linked, all good. Seller Center now says account health at risk. What does it mean and how do we fix it?')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });
});

describe('a reason given with "cos", and the profile made the official account', () => {
  it('reads the clause after the reason on its own', () => {
    expect(read('closed my first shop cos the fees were too high and opened another. now tiktok says my account is connected to a different shop. how to unlink it?')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('is the linking steps when the profile is to become the official account', () => {
    expect(read("we moved over from Shopify and imported every product. what's the process to make our tiktok profile the official account of the shop?")).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe('what the bot covers, asked of linking', () => {
  it('is the menu of linking topics', () => {
    expect(read('what can you help me with about linking my tiktok?')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('got some tiktok shop linking questions, what topics do you cover?')).toMatchObject({ kind: 'route', flow: 'menu' });
  });

  it('is help when asked of the bot alone, or a link was only sent', () => {
    expect(read('what can you do')).toMatchObject({ kind: 'command', command: 'help' });
    expect(read("my nephew just sent me the link to this. what can you actually do? show me the options")).toMatchObject({ kind: 'command', command: 'help' });
  });
});

describe('more accounts on the shop in more words', () => {
  it('is marketing accounts', () => {
    expect(read('want the agency acct linked w/o replacing our main')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('how do i invite another tiktok account onto our store? a helper account')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read("we need our regional team's tiktok handles attached to the store for campaigns while keeping the official one as is")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
  it('is marketing accounts when the second account comes first, or two accounts are wanted both on the shop', () => {
    expect(read('secondary tiktok account linking to shop?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('can I have my personal acc and my business acc both on my shop')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
});

describe("products from other stores, as a creator's way", () => {
  it('is the creator way, over the tips after linking', () => {
    expect(read('creator here, how can i show products from other brands on my profile so people can buy them?')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('is it possible to promote products from other sellers without my own shop?')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('is still the checklist when what it takes is asked', () => {
    expect(read("is 800 followers enough to sell other brands' stuff? I'm in the Philippines")).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('is the creator way when a creator asks where to begin, or how to get into it', () => {
    expect(read('i wanna start doing tiktok shop affiliate but genuinely no idea where to begin 😭')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('hey lads, trying to get into affiliate marketing on tiktok, how do i team up with brands')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('is the menu when the writer does not know which side they are on', () => {
    expect(read("i make content but i'm also thinking about starting my own candle line, so idk which side i'm on yet. no clue where to start tbh. can you help me with linking tiktok shop?")).toMatchObject({ kind: 'route', flow: 'menu' });
  });
});

describe("a creator's free sample that never came", () => {
  it('is the order, however long ago it was asked for', () => {
    expect(read("free sample i requested 3 weeks ago never showed up and the brand isn't answering")).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
  });
});

describe('an account said to be still under another shop', () => {
  it('is the already-linked tree', () => {
    expect(read('it says this account is still under another shop')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe('"already" as a time word', () => {
  it('says when, not that an account is linked elsewhere', () => {
    expect(read('selamat pagi, my toko already aktif in seller center, how to bind the tiktok account to it')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('Sawasdee ka, I open shop on TikTok Shop Thailand already. Next step put tiktok account to the shop, how ka?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('already try kak tapi tetap gagal')).toMatchObject({ kind: 'unsure' });
  });

  it('still says it after or before the link it is about', () => {
    expect(read('it says this acc is linked w another shop already, which shop??')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('tried to link and got an error about it being connected already')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('oh wait, last time i try it already say the account is link with another shop')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('leaves a first order told in passing out of the question', () => {
    expect(read('hello admin, my shop already have first order. but when i link tiktok account to shop it say authorization failed, how to fix')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('we linked our account last week and got our first sales, when does the money actually land')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
  });
});

describe('a role denied and a link wanted so the shop shows', () => {
  it('hears the owner, whatever the question is said not to be about', () => {
    expect(extractFacts('Not asking about affiliates or creators, I OWN the store. Where in Seller Center do I hook up our main TikTok account?').role).toBe('seller');
    expect(read('Not asking about affiliates or creators, I OWN the store. Where in Seller Center do I hook up our main TikTok account?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('Not asking about affiliates, I run the shop. where do i link our account')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('gives an owner who wants the link made so the shop shows the linking steps, and one whose shop still does not show the missing bag', () => {
    expect(read('bro i OWN the shop, im not an affiliate, just wanna get my brand acct linked so the store shows on my profile')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('i own the shop and i linked my tiktok so the bag shows but its still not showing')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
});

describe('the official account to become, things sold in a LIVE, money to make once linked', () => {
  it('are the linking steps and the tips after linking', () => {
    expect(read('merhaba, I want make my tiktok account become the official account of my shop, what is procedure for this')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('how do i sell stuff during live? shop is already linked')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('my account is connected now 🎉 teach me how to make money from it pls, first time seller')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });

  it('still asks the checklist what a creator needs before selling in a LIVE', () => {
    expect(read('how many followers do i need to sell products during live')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe('a deadline, a topic put off, a step said done, a penalty asked about before linking', () => {
  it('asks nothing of the checklist when "before" is a deadline', () => {
    expect(read('how do i link our official account to the shop? need it done before launch tmrw')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('need to bind the company tiktok to our shop, boss wants it done before friday lol. can you walk me thru it')).not.toMatchObject({ flow: 'preflight' });
    expect(read('what do i need before i link my account')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('sets a topic aside that will be dealt with later, or that got verified', () => {
    expect(read("just got my seller center approved!! how do i get it onto my tiktok so people can buy straight from my profile? (payout setup i'll deal with later)")).not.toMatchObject({ kind: 'out-of-scope' });
    expect(read("stuck at the scanning part, app says 'something went wrong, try again later'. unrelated but my bank got verified for payouts yay")).not.toMatchObject({ kind: 'out-of-scope' });
    expect(read('my bank account for payouts never got verified, why')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
  });

  it('takes "am i still able to link" after a penalty for the checklist', () => {
    expect(read('had a community guidelines strike last month. am i still able to hook my account up to my shop?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe('linking asked about in general, and what it does', () => {
  it('opens the menu, or its answer to why', () => {
    for (const t of ["I'd like to understand account linking in general, what are my options here", 'tell me about linking tiktok and shop']) expect([t, read(t)]).toMatchObject([t, { kind: 'route', flow: 'menu' }]);
    expect(read('what does linking the account do exactly')).toMatchObject({ kind: 'route', flow: 'menu', step: 'why' });
  });

  it('still gives a shop owner the linking steps', () => {
    expect(read('tell me how to link my shop to my tiktok')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe('an account from one region and a shop in another', () => {
  it('asked whether linking works, is the checklist', () => {
    for (const t of ['my tiktok acc is from canada but the shop is registered US, will linking work', 'my tiktok was made in the US but the business is registered in the UK, will linking work', 'my tt is UK but shop US is that ok']) expect([t, read(t)]).toMatchObject([t, { kind: 'route', flow: 'preflight' }]);
    expect(read('can a tiktok account registered in the US be linked to a UK shop?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('is not the checklist for two shops, a creator living abroad, or an account moved', () => {
    expect(read('i have 2 shops (US and UK) and stupidly hooked the tiktok to the UK one. need it on the US one, possible?')).not.toMatchObject({ flow: 'preflight' });
    expect(read('Hello sir I am content creator from Nigeria... sorry I mean I live in UK now. how I can join a shop and sell their products in my videos')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read("im a creator, my tiktok is from canada and the brand's shop is in the US, will that work for affiliate?")).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('gives way to a problem told, and to a flow other than the linking steps', () => {
    expect(read('my tiktok is from the US and the shop is UK, when i scan it says authorization failed, is that the problem?')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('our tiktok is from the US and the shop is in the UK, can we add 2 more marketing accounts to the shop, is that ok?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
});

describe('the kinds of linking problems the bot sorts out, and the bot asked its age', () => {
  it('opens the menu, and asks the checklist nothing', () => {
    expect(read('what kind of linking problems can you sort out?')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('how old are you')).toMatchObject({ kind: 'unsure' });
    expect(read('how old do i need to be to link my account')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe("selling without a shop of one's own, products put into a video being made, buyers once linked", () => {
  it("is the creator's way", () => {
    for (const t of ['can i make money on tiktok shop without having my own products?', 'i make gaming vids in the uk, can i make money promoting headsets thru tiktok shop without a store', 'how do affiliates choose what products to promote? looking for ones that pay a decent %']) expect([t, read(t)]).toMatchObject([t, { kind: 'route', flow: 'creator-link' }]);
  });

  it('is the tips after linking', () => {
    for (const t of ['im editing a tiktok and cant figure out how to put my product on it', 'when i upload a vid where is the button to put my product in it??', 'linked!! now how do i actually get people buying from my videos']) expect([t, read(t)]).toMatchObject([t, { kind: 'route', flow: 'after-link' }]);
  });

  it('is still the checklist when what it takes to sell without a shop is asked', () => {
    expect(read('how many followers do i need to sell without my own shop')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe('linking said not done yet, mid-flow, with a how-to', () => {
  it("is the linking steps of the person's role", () => {
    expect(read("oh wait i haven't even linked yet, how do i do it", at('missing-icon.when-linked'))).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('wait i havent actually linked yet, how do i do that part', at('after-link.tag'))).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read("i'm a creator and haven't linked anything yet, how do i start", at('after-link.tag'))).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('is no new flow inside the linking steps, nor without a how-to', () => {
    expect(read("i haven't linked yet, how do i scan", at('seller-link.scan'))).not.toMatchObject({ kind: 'route' });
    expect(read("i haven't linked yet, how do i add 2 more accounts to my shop", at('after-link.tag'))).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read("not linked yet", at('missing-icon.when-linked'))).not.toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe('"already linked" reported by the screen, an affiliate campaign, the benefit of the shop on a profile', () => {
  it('are the already-linked tree, no ads question, and the menu', () => {
    expect(read('I have a UK shop and a US shop and want the same tiktok on both, but the second one says already linked')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('my tiktok is already linked to our shop, how do i add products to videos')).not.toMatchObject({ flow: 'already-linked' });
    expect(read('a skincare brand says they invited me to their affiliate campaign but my inbox has nothing?? where is it supposed to show')).not.toMatchObject({ kind: 'out-of-scope' });
    expect(read('my ad campaign got rejected')).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    expect(read('whats the benefit of having the shop on my profile')).toMatchObject({ kind: 'route', flow: 'menu' });
  });
});

describe('less than a day, a place one lives in, someone else\'s followers, a second account for one\'s own shop', () => {
  it('reads each as it is meant', () => {
    expect(extractFacts('hmm maybe this morning? so less than a day', { asking: 'linked-ago' })['linked-ago']).toBe('under-24h');
    expect(extractFacts('not even a day ago', { asking: 'linked-ago' })['linked-ago']).toBe('under-24h');
    expect(extractFacts('2 days ago', { asking: 'linked-ago' })['linked-ago']).toBe('over-24h');
    expect(read('im 19 and live in canada, can i even do tiktok shop')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('how many followers does charli have')).toMatchObject({ kind: 'unsure' });
    expect(read('how many followers do i need to link')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('wait, how do i add a 2nd tiktok to my own shop for ads?', at('creator-link.browse'))).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
});

describe('an account said to be ready', () => {
  it('is where the person stands, not a checklist question, unless asked', () => {
    expect(read('shop approved ✅ tiktok account ready ✅ ...now what lol how do i actually hook them together')).not.toMatchObject({ flow: 'preflight' });
    expect(read('is my account ready to link?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe('a shop said approved, and the link asked for: where the rule stops', () => {
  it('takes the checklist to the steps only when the link is asked for', () => {
    expect(read('new shop approved, now connect my tiktok how')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    // (Asked about what the checklist weighs, or asked of another flow, it stays where its words lead.)
    expect(read('shop approved, what about the follower minimum')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('shop approved, how do i tag products in my videos')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('the bag said missing beside a topic, where linking is said done: where the rule stops', () => {
  it('counts a time since linking as linking said done', () => {
    expect(read("set up payouts, it's been 3 days since linking. but on tiktok there's no bag")).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
});

describe('a problem fact stated at a step with buttons', () => {
  it('is more than a resemblance: it leaves the step for its tree', () => {
    expect(read('authorisation unsuccessful every time', at('menu.welcome'))).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('wait qr says auth failed', at('preflight.standing'))).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    // (A resemblance alone still keeps the place.)
    expect(read('qr is on the screen now', at('seller-link.scan'))).not.toMatchObject({ kind: 'route' });
  });
});

describe('a city that starts like a ban, a shop "approve already", the steps asked for someone else', () => {
  it('reads Bangkok as a place, not a penalty that hides the question', () => {
    expect(read('hello, my cosmetics shop is in Bangkok, please teach me how to link our tiktok account to the shop')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
  it('hears "approve already" as an approved shop', () => {
    expect(read('my shop approve already, how to link tiktok to shop?').facts).toMatchObject({ 'shop-approved': 'yes' });
  });
  it('takes a how-to asked for her, him or a client as the linking steps', () => {
    expect(read('my aunt runs the shop, how does she connect her tiktok account to it?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('can someone walk me through attaching the brand tiktok to our store')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('my manager wants our tiktok account linked to the shop, whats the process?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    // (How linking works, asked in general, is no request for the steps.)
    expect(read('how does linking even work on tiktok shop')).not.toMatchObject({ flow: 'seller-link' });
  });
});

describe("what the platform keeps of a sale, and the shop's name or logo as it shows", () => {
  it('is a fees question, told by the money that arrived or the cut taken', () => {
    expect(read('sold a hoodie at 40 and just got 31 in the end?? who took the rest')).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
    expect(read('why is tiktok keeping a chunk of every order i make')).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
    expect(read('what share does tiktok shop itself keep per order')).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
  });
  it("is a shop setting when the shop's logo is swapped or its old name still shows", () => {
    expect(read('how can i swap the logo of my store')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('our store page still shows the previous brand name, help')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    // (A shop closed under an old name is no setting: its account is what the question is about.)
    expect(read('i closed my shop under my old business name, now my tiktok says already linked to another shop')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe('"zero reply", a login one has no idea of, an authorisation that could not be done', () => {
  it('reads "zero" as the no of a button', () => {
    expect(labelOf('already-linked.held-by-other', 'emailed the agency twice, zero response')).toBe("They won't answer, or can't");
  });
  it('hears a password or email one has no idea of as a lost login', () => {
    expect(labelOf('already-linked.explain', 'yes that one is mine from years ago but no idea what the password is')).toBe("It's my old shop, but I can't log in any more");
  });
  it('hears "could not authorise" as authorization failed', () => {
    expect(labelOf('qr-failure.what-happens', 'after i confirm on the phone it tells me it could not authorize')).toBe('It says "authorization failed"');
  });
});

describe('a message quoted as the answer to a typed question', () => {
  it('is the answer, whatever it tells the reader to do', () => {
    expect(read('the banner says "Suspended - please contact support"', at('missing-icon.ask-shop-status'))).toMatchObject({ kind: 'answer' });
    // (A person asked for beside the quote is still a person.)
    expect(read('it says "contact support" so can i talk to a human', at('missing-icon.ask-shop-status'))).toMatchObject({ kind: 'command', command: 'human' });
  });
});

describe('a shop named by what it sells said live, and a link said needed without "I"', () => {
  it('is where the person stands, then the linking steps', () => {
    expect(read('uk here, store for my candles is live now, need to connect my tiktok account to the store')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe('one more account beside the main or official one', () => {
  it('is a marketing account, said "too", on the same store or next to the official one', () => {
    expect(read('the official account is linked, can my brother get his tiktok on it as well')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('is it ok to put another page (our promo one) onto the same store')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('can i add a 2nd profile alongside the main one for giveaways')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    // (The same account wanted on a second shop is no extra account: it is linked elsewhere.)
    expect(read('our tiktok is official for our first shop, we want that same tiktok on the new shop too')).not.toMatchObject({ flow: 'marketing-accounts' });
  });
});

describe("brands' products promoted for a cut", () => {
  it("is the creator's way", () => {
    expect(read('gamer here, i want to sell other brands headsets on my lives for commission, how to start')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('how do i find products from other shops to promote')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });
});

describe('a person asked to look at one\'s own thing, demanded, or wanted instead of a machine', () => {
  it('is a person, whatever topic the thing is', () => {
    expect(read("I've emailed 4 times and nobody answers. Can a real person look at my ads account?")).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('can a person look at why my shop got suspended, I dont want bot answers')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('need a support rep to look at our banned account asap')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read("I need an agent for my payout issue, it's been stuck for 2 weeks")).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('pls i need talk with people not machine')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('sorry is this a bot? if so can i be passed to a staff member')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('hi can a support person help me real quick')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('can I just explain it to a person', at('qr-failure.what-happens'))).toMatchObject({ kind: 'command', command: 'human' });
    // (Asking who handles the topic is still the topic's question.)
    expect(read('who handles listing rejections? I want a real person to look at why my product keeps getting rejected')).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
  });
});

describe('a sample that never came', () => {
  it('is an orders question, however it is told', () => {
    for (const t of ['sample never arrived', 'brand approved my free sample request 2 weeks ago still nothing came', 'got the wrong sample, they sent me a different color lol what do i do', 'Sample from the brand not arrive yet, already 10 days po', 'creator says the free samples we sent never arrived']) {
      expect([t, read(t)]).toMatchObject([t, { kind: 'out-of-scope', topic: 'orders' }]);
    }
    // (Asking how to get samples is the creator's way.)
    expect(read('how to request a free sample of a product from the marketplace?')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });
});

describe('a story that reads as nothing, ending in a question of its own', () => {
  it('is what the question asks', () => {
    expect(read('my cousin runs the packing, i do the videos. shop is live since monday. how do we attach the tiktok to it?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
  it('is left alone when the story names another flow', () => {
    expect(read('I have two shops and linked my tiktok to the candle one by accident last night. How do I link it to the right shop?')).not.toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe('what linking is, or what it is for, asked in other words', () => {
  it('is the menu', () => {
    expect(read('pls explain this whole shop linking business like im 5')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('what does linking an account to a store even mean')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('new here, still trying to understand this account linking thing')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read("what's the benefit of having an official account at all?")).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('my boss wonders why we would even bother connecting the tiktok, is there a point?')).toMatchObject({ kind: 'route', flow: 'menu' });
    // (The steps explained simply are still the steps.)
    expect(read('we are approved, please explain the linking steps like im five')).not.toMatchObject({ kind: 'route', flow: 'menu' });
  });
});

describe('how to sell with what one posts', () => {
  it('is the tips after linking', () => {
    expect(read('what type of videos should i make to actually sell stuff')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('our brand account is linked, what kind of content should we be posting?')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('zero orders in two weeks since the bag showed up, what am i doing wrong')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('who may link, asked in other words', () => {
  it('is the checklist', () => {
    expect(read('how many followers i need for affiliate? i only have 500')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('heard creators need 5k followers to sell, is that right?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('is Nigeria allowed for tiktok shop? want to link my page')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('moved to france last year, is shop even available here?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('can we connect our account if it had a strike last year')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('is it ok if my account was banned once before? can i still link')).toMatchObject({ kind: 'route', flow: 'preflight' });
    // (Selling once linked is no question of who may link.)
    expect(read('can i sell in a live if my shop just got linked')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('the bag waited for, broken, or the shop button not seen', () => {
  it('is the missing bag', () => {
    expect(read('how long do i have to wait for the bag to show up on my profile')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('linking is done but i cannot see the shop button in my account')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
});

describe('a link named, then how to do it asked', () => {
  it('is the linking steps', () => {
    expect(read('my manager asked me to link the company tiktok to our store, how to do it?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe('others\' goods promoted without a shop or products of one\'s own, and a showcase to come by', () => {
  it("is the creator's way", () => {
    expect(read("i don't have any products, i just want to promote other peoples beauty stuff. how?")).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('no store of my own, can i sell other brands merch on my lives?')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('how do i unlock the showcase on my tiktok')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });
});

describe('what someone from support told, a login email to have changed, thanks for who fixed it, and linking before a topic\'s thing is done', () => {
  it('is read as the person means it', () => {
    // (A staff member who said something is no person asked for; what they said to do is the question.)
    expect(read('an agent on the phone last week told me to have my login email changed first, how')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('update seller center login email')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('thank you, the tiktok rep fixed it')).toMatchObject({ kind: 'command', command: 'thanks' });
    expect(read("our payouts aren't set up yet, can we still connect the tiktok or does that need to be done first?")).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
  it('is the checklist when the thing is asked before linking or after, or whether it keeps one from linking', () => {
    expect(read('do I need to set up my bank account before I can link tiktok or can I do that after')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read("my shop got a warning for late shipping but it's still active — will that stop me linking my tiktok?")).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('my shop got a warning for late shipping, how do i appeal it')).toMatchObject({ kind: 'out-of-scope' });
  });
});

describe('a reminder turned down where no button says no, and a thing put off to come back to', () => {
  it('is the button that puts it off', () => {
    expect(labelOf('already-linked.wait', "no need to remind me, I'll try later myself")).toBe("I'll try later");
    expect(labelOf('already-linked.unlink', 'not gonna do it today, ill come back to it')).toBe("I'll leave it for now");
  });
  it('is still the reminder cancelled where nothing is put off', () => {
    expect(read('no reminder please', at('already-linked.wait'))).toMatchObject({ kind: 'command', command: 'cancel' });
  });
});

describe('commission that never reached the account, and a shop co-owned', () => {
  it('is a payout, and a former partner', () => {
    expect(read('my earnings say paid in seller center but still not in my bank')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(labelOf('already-linked.who-holds', 'an old friend, we co-owned it for two years')).toBe('A business partner, or a former one');
  });
});

describe('linking asked to be explained, told unknown, compared or weighed', () => {
  it('is the menu', () => {
    expect(read("can you explain what 'linking' means for a tiktok shop?")).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('a friend told me to link my tiktok and honestly i dont know what that means')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('people keep telling me to link my account, i dont know what that means')).toMatchObject({ kind: 'route', flow: 'menu' });
    // Not knowing what a screen's words mean is still that screen's problem.
    expect(read('it says already linked to another shop, i dont know what that means')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('is linking meant for sellers or for creators?')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('would connecting my tiktok really help?')).toMatchObject({ kind: 'route', flow: 'menu', step: 'why' });
  });
});

describe('one more account wanted linked too', () => {
  it('is the marketing accounts', () => {
    expect(read('can our backup account be connected too?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('can my personal tiktok also be linked to the shop')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('we want our backup tiktok connected too')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
  it('gives way to the problem told beside it', () => {
    expect(read('my other account got linked too and now the bag is gone')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
});

describe('a link one was asked to make for the business', () => {
  it('is the linking steps', () => {
    expect(read('the owner wants me to connect the brand account to seller center')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('my client wants me to link his page')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
  it('gives way to the error told beside it', () => {
    expect(read('my boss told me to link the company tiktok but it says already linked to another shop')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe('thanks to "man" or "dude", a person needed without an "i", an official account of another shop', () => {
  it('reads each as said', () => {
    expect(read('thanks man')).toMatchObject({ kind: 'command', command: 'thanks' });
    expect(read('cheers dude')).toMatchObject({ kind: 'command', command: 'thanks' });
    expect(read('need to speak with somebody real about my suspended shop')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('it says my account is the official account for a different seller')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe('after linking, how to start showing products, and "what am i doing wrong"', () => {
  it('is the tips', () => {
    expect(read('whats the best way to start showing our products in short videos')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
  it('leaves the problem told beside it its own', () => {
    expect(read('the qr code wont scan, what am i doing wrong')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });
});

describe("promote used to boost, accounts for marketing, linking's meaning, a QR code to pay", () => {
  it('reads each as its topic or flow', () => {
    expect(read('can i push my product video using promote')).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    expect(read('Our main account is linked. How can we add two more staff accounts for marketing?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('what does it even mean to link a tiktok account to a shop')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('the qr code for payment at checkout wont scan for my buyer')).not.toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });
});

describe("a buyer's payment whose order never came through", () => {
  it('is about the order', () => {
    expect(read('customer paid with the qr at checkout but the order never came in')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    expect(read('my buyer could not complete the purchase, the payment qr at checkout kept failing')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
  });
  it('leaves money missing from the balance to the payouts', () => {
    expect(read('buyer paid with the qr at checkout but the money never showed in my balance')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
  });
});

describe('linking heard of, asked whether it is required, what happens without it', () => {
  it('is the menu', () => {
    expect(read('i keep hearing about linking on tiktok shop, what does that even mean')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('is binding the same thing as linking?')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('is linking mandatory? what happens if i dont')).toMatchObject({ kind: 'route', flow: 'menu', step: 'why' });
  });
});

describe('more accounts said in other words, an account in use by another shop, the same owner asked', () => {
  it('reads each as its flow', () => {
    expect(read('can we add a spare tiktok account to the shop')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('we want our city pages, one per branch, connected to the same shop, is that allowed?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('the popup says the account is being used by another shop')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('does the tiktok have to be owned by the same person as the shop?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
  it('hears a person asked for after a number asked', () => {
    expect(read('is there a phone number or anyone on your staff i can text directly')).toMatchObject({ kind: 'command', command: 'human' });
  });
});

describe('a shop said had in more words, another platform linked to the shop, stock for many products', () => {
  it('reads each as said', () => {
    expect(read('we already have our own little store on tiktok shop, how do we connect our account')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('how do i connect my instagram page to my shop')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
    expect(read('can i hook up youtube as well')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
    expect(read('how can i change prices for 60 products at once')).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
    expect(read('how do i link my tiktok to my shop')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe('how to begin selling, once linked', () => {
  it('is the tips', () => {
    expect(read('linked at last! what is the best way to start selling, any advice for the first sales?')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('should we make short videos of the products or do a live?')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('what a scan ends in', () => {
  it('is the QR tree when it ends in a bare error', () => {
    expect(read('every time i scan the code to link, the app says something went wrong')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    // …also where the profile it goes back to, and nothing changed, sound like the missing bag.
    expect(read("scan qr got error 'Something went wrong. Please try again' then it go back to my profile and seller center don't show anything change")).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });
  it('is the already-linked tree when the error says the account is linked elsewhere', () => {
    expect(read('i scanned and got an error saying the account is linked to another shop')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
  it('is the menu when linking is asked what it is, however long the message', () => {
    expect(read('hello, please what is this linking of tiktok account and shop? i see it everywhere but i do not get it')).toMatchObject({ kind: 'route', flow: 'menu' });
  });
});

describe('a status that does not say Linked, at the last linking step', () => {
  it('is not the bag missing', () => {
    expect(labelOf('seller-link.confirm', 'refreshed it twice, the status still does not show linked, the column is just empty')).toBe("It doesn't say Linked");
  });
});

describe('a shop status, a choice or a region put in other words, mid-flow', () => {
  it('picks the button meant', () => {
    expect(labelOf('missing-icon.check-status', 'mine is still pending')).toBe("It isn't");
    expect(labelOf('creator-link.how', 'i chose to find products on my own')).toBe("I'll pick products myself");
    expect(labelOf('preflight.region-no', 'alright, we will use a different account then')).toBe("I'll use an account from the right region");
  });
});

describe('the yellow basket in Indonesian, and a scan without error that never says Linked', () => {
  it('reads each as said', () => {
    expect(read('my account is connected already but keranjang not showing on my profile for a week')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('scanned it, tapped authorize, no error at all, but the status does not show linked')).not.toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });
});

describe('answers at the relinking step, in other words', () => {
  it('picks the button meant', () => {
    expect(labelOf('already-linked.relink', 'can you take me step by step')).toBe('Walk me through the linking steps');
  });
  it('hears starting over, and a list that is no product listing', () => {
    expect(read('reset everything, i want to start again from step one', at('already-linked.relink'))).toMatchObject({ kind: 'command', command: 'restart' });
    expect(read('the account is not in the linked accounts list anymore', at('already-linked.unlink'))).not.toMatchObject({ kind: 'out-of-scope' });
  });
});

describe('commission a brand never paid', () => {
  it('is the payouts, whoever owes it', () => {
    expect(read('the brand still has not paid my commission for october, who do i ask')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('a seller i promoted never paid out my commision')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
  });
  it('leaves the commission a creator earns, asked how, to the creator’s way', () => {
    expect(read('how do i earn commission as a creator')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });
});

describe('one more account on the shop, said beside the one it keeps', () => {
  it('is Marketing Accounts', () => {
    expect(read('can i connect my own tiktok to our shop too, not replacing the official one')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('my colleague posts from her own account, can we hook hers up as well?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('could our second page be linked to the same shop as our main account?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('we want our live hosts tiktoks on the shop so they can post our products')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('can our french and german pages join the same shop as extra accounts?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
  it('leaves the official account swapped for another to the already-linked tree', () => {
    expect(read('how do i link a different tiktok as official account, i want to replace the current one')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe('an account to be freed from the shop it sits on', () => {
  it('is the already-linked tree, however it is put', () => {
    expect(read("error: 'This TikTok account has been linked to another TikTok Shop'. we changed from individual to corporate registration, new shop, same owner. how do we transfer it")).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('tiktok tells us our account is already under another store, we only have one')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('want to move my acc from shop 1 to shop 2, both mine. possible?')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('my friend set it up years ago and my account still sits on her shop, she agreed, how do we move it over?')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read("not a missing bag thing. the bag shows but it's our OLD shop's products because the account is still linked to the old shop")).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
  it('keeps a sentence that sets one problem aside beside another, and a setting changed without the error', () => {
    expect(read('it says authorization failed, not the already linked thing')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('how do i transfer my shop to a company registration')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
  });
});

describe('how linking is done, asked before trying', () => {
  it('is the linking steps', () => {
    expect(read('can i do all the linking on my phone? i do not own a computer')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('i have my store already and want to put my tiktok acc in the store so people can buy from my posts. how to do?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('which app do i use to scan the code, about to link my shop')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('which page should become the official account, my own or the shop’s new one?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
  it('never takes a question with a failure in it, or one about what the account must be, as the steps', () => {
    expect(read('which app do i use to scan the code, it keeps failing')).not.toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('which account should be official, is there a minimum of followers it must have?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe('a hedge, a button with its reason, and what an agent said', () => {
  it('takes a bare "maybe" as no answer, and "not sure" still as not knowing', () => {
    expect(read('maybe', at('already-linked.explain'))).toMatchObject({ kind: 'unsure' });
    expect(labelOf('already-linked.explain', 'maybe?? not sure')).toBe("I don't know which shop it is");
  });
  it('presses a button whose words open the message, whatever topic the reason after them names', () => {
    expect(labelOf('already-linked.relink-reminder', 'not now, busy with orders')).toBe('Not now');
    expect(labelOf('already-linked.relink-reminder', 'not now, my refund queue is crazy')).toBe('Not now');
  });
  it('leaves a topic asked about after the button to the topic', () => {
    expect(read('not now. how do i print shipping labels?', at('already-linked.relink-reminder'))).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
  });
  it('hears what a support agent said as a report, and a person asked for beside it as a request', () => {
    expect(read('support agent on email said the account is still linked to my old shop and i need to unlink it. how do i unlink?')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('agent said i need a real person for this, can i talk to one')).toMatchObject({ kind: 'command', command: 'human' });
  });
});

describe('topics next to linking, in more of their words', () => {
  it('reads each as its topic', () => {
    expect(read('want to unlink the old bank acc from my shop and add another one')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('my mugs are listed under Toys instead of Kitchen, how do i fix it')).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
    expect(read("can't add more stock to my items, nothing saves")).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
    expect(read('how do i disconnect my instagram from tiktok')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
  });
  it("takes an email linked to an ex as the login's, no shop held by one", () => {
    const got = read("i need to update the login email, the current one is linked to my ex's gmail and i no longer get the codes");
    expect(got).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(got.facts['other-shop-holder']).toBeUndefined();
    expect(read('my ex still has our tiktok linked to her shop')).toMatchObject({ kind: 'route', flow: 'already-linked', facts: { 'other-shop-holder': 'ex-partner' } });
  });
  it('hears whether one is allowed to link after a penalty as the checklist, and an appeal as the penalty', () => {
    expect(read('are we even allowed to link after our shop got a violation and an appeal?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('how do i appeal the violation on my shop')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });
});

describe('linking not understood, or no idea where to start, and the creators’ menu missing', () => {
  it('is the menu', () => {
    expect(read('what does linking even mean here? my boss told me to ask')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('no idea where to start, i keep hearing about tiktok shop and linking')).toMatchObject({ kind: 'route', flow: 'menu' });
  });
  it('leaves another platform named beside it to that platform', () => {
    expect(read('no idea where to start with shopify and tiktok linking')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
  });
  it('takes TikTok Shop for Creator missing to the creators’ step that says why, not to the bag', () => {
    expect(read('tiktok shop for creator is not showing on my profile, how do i get it?')).toMatchObject({ kind: 'route', flow: 'creator-link', step: 'marketplace-missing' });
    expect(read('linked my shop but the shopping bag is not showing on my profile')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
});

describe('what linking does, a role not chosen, linking heard of, and a person asked for in formal words', () => {
  it('reads penalty points that reset as the penalty, not as starting over', () => {
    expect(read('i have 5 penalty points, when do the points reset')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });
  it('takes what linking does, asked beside who said to, to the menu’s why', () => {
    expect(read('our VA says we should link the tiktok to our shop, but what does that even do for us?')).toMatchObject({ kind: 'route', flow: 'menu', step: 'why' });
    expect(read('what does linking an account to the shop actually change? my business partner keeps saying we are missing out')).toMatchObject({ kind: 'route', flow: 'menu', step: 'why' });
  });
  it('takes linking others tell one to do, with no idea where to start, and a role not chosen, to the menu', () => {
    expect(read('people keep telling me to link my tiktok to a shop, honestly no idea where to start')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read("can't decide whether to open a shop as a seller or be an affiliate creator")).toMatchObject({ kind: 'route', flow: 'menu' });
  });
  it('counts no time since linking from a shop under review since a day', () => {
    expect(read('the shop has been under review since monday, can i link yet?').facts['linked-ago']).toBeUndefined();
  });
  it('hears a person asked for in formal words, or shouted', () => {
    expect(read('would it be possible for a support specialist to check my account linking?')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('i would like to request help from one of your staff please')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('AGENT AGENT')).toMatchObject({ kind: 'command', command: 'human' });
  });
  it('reads the other pages linked to the same shop as more accounts, and stock changed as the listing', () => {
    expect(read('we run a main page and a page for thailand. can the other one also be linked to the same shop?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('i changed the stock to 50 but it still shows sold out')).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
  });
  it('takes products in random order as no buyer’s order, and one in my order as one', () => {
    expect(read('showcase has 30 products in random order, can i rearrange them?')).not.toMatchObject({ kind: 'out-of-scope' });
    expect(read('there is a problem in my order, buyer says wrong item')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
  });
  it('hears starting this all over', () => {
    expect(read('start this all over again', at('after-link.live'))).toMatchObject({ kind: 'command', command: 'restart' });
  });
});

describe('a login forgotten by which email, and questions about the question', () => {
  it('takes the email forgotten as the login lost', () => {
    expect(labelOf('already-linked.explain', "it's my old store but i forgot which email i signed up with")).toBe("It's my old shop, but I can't log in any more");
  });
  it('answers no button when asked the difference between two of its words, or why it asks', () => {
    expect(read("what's the difference between approved and active", at('preflight.shop'))).toMatchObject({ kind: 'unsure' });
    expect(read('why do you need to know that', at('already-linked.who-holds'))).toMatchObject({ kind: 'unsure' });
  });
  it('still hears a person asked for after asking why', () => {
    expect(read('why do u need that. just let me talk to an agent', at('preflight.age'))).toMatchObject({ kind: 'command', command: 'human' });
  });
});

describe('an account in use asked of two shops, the bag of a marketing account, and a person asked for or only told of', () => {
  it('reads the screen saying the account is in use as the already-linked tree', () => {
    expect(read('can one account sit on two shops? the new shop tells us the account is already in use')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
  it('reads the bag asked of a marketing account as Marketing Accounts', () => {
    expect(read('will our marketing accounts also get the shopping bag on their profiles?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
  it('hears a case to escalate, and a person asked for instead of a reminder', () => {
    expect(read('I want this escalated. Support told me twice to clear the cache and the code still will not scan.')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read("no, I don't want a reminder, I want a human to check my account", at('missing-icon.wait'))).toMatchObject({ kind: 'command', command: 'human' });
    expect(labelOf('missing-icon.wait', 'no need to remind me, thanks')).toBe('No thanks');
  });
  it('takes what someone on the team did before, and whether a person writes, as no request', () => {
    expect(read("last time someone on your team got my shop tab back, now it's missing again")).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('is this message written by a person or automated? just curious', at('seller-link.authorize'))).toMatchObject({ kind: 'unsure' });
  });
});

describe('the linking asked to be done for one, and what someone needs ready', () => {
  it('hears the team asked to do it as a person asked for', () => {
    expect(read('too many steps. could your team just link the account for us?')).toMatchObject({ kind: 'command', command: 'human' });
  });
  it('reads what a helper needs ready beforehand as the checklist', () => {
    expect(read('our assistant will do the linking tomorrow, what does she need to have ready beforehand?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe('not knowing where to click', () => {
  it('names no unknown holder of another shop', () => {
    expect(extractFacts('i want to link the tiktok account but i dont know where to click in seller center')['other-shop-holder']).toBeUndefined();
    expect(extractFacts('i dont know which shop it is linked to')['other-shop-holder']).toBe('unknown');
  });
});

describe('a person turned down, a real person’s account, and help asked about a topic', () => {
  it('asks for no person when told not to pass one on, or when a real person’s account is meant', () => {
    expect(read("don't pass me to an agent, just tell me how to unlink my account from my old shop")).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('real person account or brand account, which one should become the official account?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
  it('reads help asked about a topic next to linking as that topic, and help alone as help', () => {
    expect(read('what can you do about a refund a buyer is asking for?')).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
    expect(read('what can you do')).toMatchObject({ kind: 'command', command: 'help' });
  });
});

describe('a phone or app restarted', () => {
  it('is a step tried in a story, never the guide started over', () => {
    const story = 'I scan with tiktok app but it say "Authorization failed" every time. I already logout login, restart phone, still same. Wat to do now??';
    expect(read(story)).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('restart')).toMatchObject({ kind: 'command', command: 'restart' });
    expect(read('lets restart')).toMatchObject({ kind: 'command', command: 'restart' });
  });
});

describe('a person turned down, or only mentioned', () => {
  it('asks for none when no human is needed, or when the writer says they are one', () => {
    expect(read("no human needed, just tell me how to link my shop's official account")).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read("I'm a human btw lol not a bot")).toMatchObject({ kind: 'unsure' });
    expect(read('Is there a human reading these? Just curious, not complaining')).toMatchObject({ kind: 'unsure' });
    expect(read('is there a human i can talk to')).toMatchObject({ kind: 'command', command: 'human' });
  });
  it('asks for none in support already spoken to, who sent one here', () => {
    expect(read('I already spoke to someone in support and they sent me here. the QR code just keeps spinning')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });
  it('leaves the answer beside it to its own button, not the person button', () => {
    expect(labelOf('already-linked.unlink-blocked', 'no need for a human, I\'ll just try again tomorrow')).toBe("I'll try again tomorrow");
    expect(labelOf('preflight.standing-warned', "don't need a person, let's keep going")).toBe('Carry on anyway');
    expect(labelOf('preflight.standing-warned', 'I need a person to check')).toBe("I'd like a person to check");
  });
  it('keeps what a rep said as part of the answer when the rest alone says nothing', () => {
    expect(labelOf('creator-link.invite-missing', "the brand rep says she'll resend it tonight, ill wait")).toBe("I'll wait for the brand");
  });
});

describe('how linking works, asked in general', () => {
  it('is the menu', () => {
    expect(read('how does linking work?')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('what even is linking, like what does it do')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('can you explain tiktok shop account linking to me')).toMatchObject({ kind: 'route', flow: 'menu' });
  });
  it('is not the menu when a thing of a flow or another platform is named', () => {
    expect(read('how does linking work with my shopify store')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
    expect(read('explain how to link my shop')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe('a topic next to linking told as done, before a linking question', () => {
  it('leaves the linking question, after "so now" or a check mark', () => {
    expect(read('payouts are all set up and the bank is verified, so now how do I link my tiktok account to the shop?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('shopify sync done ✅ tiktok linking ❌ scanning the code does nothing at all')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('affiliate payouts come in fine as a creator, but now i want my own shop and link my account as the seller. how')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
  it('keeps the topic when its question is what is asked', () => {
    expect(read('payouts are set up, so now how do I change the bank account?')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('shopify sync done ✅ now how do i stop it overselling?')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
  });
});

describe('whether one may link at all, asked of any action', () => {
  it('is the checklist before the flow the action names', () => {
    expect(read('which countries can creators join tiktok shop from? I am in Mexico')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('do i link the tiktok before or after the shop gets approved?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('does the tiktok account have to be a business account, or can a personal one be linked to our shop?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('do u need a certain amount of followers to be an affiliate? i have like 900')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
  it('is not asked by the action alone, or by a limit on accounts', () => {
    expect(read('how do i accept a brand invite as a creator')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('which country should i pick when i sign up for seller center')).not.toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe('a country denied', () => {
  it('is not where one is', () => {
    expect(extractFacts("not the US, we're in Manila").market).toBe('PH');
    expect(extractFacts('not in the UK anymore, moved to spain').market).toBe('ES');
    expect(extractFacts('we are in the US').market).toBe('US');
    expect(labelOf('preflight.region', "not the US, we're in Manila")).toBe('Philippines');
  });
});

describe('an answer taken back in the same message', () => {
  it('is the answer after it', () => {
    expect(labelOf('already-linked.relink', "yes it went through... no wait, same 'already linked' message again")).toBe('It still says already linked');
    expect(labelOf('preflight.region', 'the US, sorry I mean the UK')).toBe('United Kingdom');
    expect(labelOf('preflight.linked', "no, i mean yes, it's linked to the shop I closed")).toBe('Yes, to another shop');
  });
  it('is the no that took a yes back, with what follows it', () => {
    expect(labelOf('already-linked.relink', "yes... wait no, it's showing the same already linked popup again")).toBe('It still says already linked');
  });
  it('is never the answer taken back, though what follows says nothing the step knows', () => {
    expect(read('yes it worked... no wait, hmm, let me look at something first', at('already-linked.relink'))).toMatchObject({ kind: 'unsure' });
    // (A thing denied first takes no answer back: "not rn" is still "Not now".)
    expect(labelOf('already-linked.relink-reminder', 'not right now, im travelling this week')).toBe('Not now');
  });
  it('is not "actually" before a plain no', () => {
    expect(read('im just an affiliate actually, no shop at all', at('menu.seller-start'))).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });
  it('hears "yeah no" as no', () => {
    expect(labelOf('already-linked.explain', "yeah no, my ex runs that one now and won't give me the login")).toBe('No, someone else runs that shop');
  });
});

describe('a person wished for, or asked after', () => {
  it('hears a person wished to check one’s thing, or the support person asked after', () => {
    expect(read("I'd really appreciate it if a person could double check my shop status, I'm not sure I'm reading it right")).toMatchObject({ kind: 'command', command: 'human' });
    expect(read("who's the support person in here? need to DM them")).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('Is there a TikTok Shop account manager I could speak with?')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read("We'd like to be assigned a support contact for our linking issue.")).toMatchObject({ kind: 'command', command: 'human' });
  });
  it('hears none in whether a person does something', () => {
    expect(read('whether a person reviews the appeal is up to tiktok')).not.toMatchObject({ kind: 'command', command: 'human' });
  });
});

describe('a step’s offer turned down in passing', () => {
  it('is its "No thanks", and a bare no after turning away is no other flow', () => {
    expect(labelOf('missing-icon.wait', "yeah I'm good, no need to check in, I'll look tomorrow myself")).toBe('No thanks');
    expect(read('forget it, no need', at('missing-icon.wait'))).not.toMatchObject({ kind: 'route' });
    expect(read('forget it, how do i tag products in my videos', at('missing-icon.wait'))).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('an account on another shop, wanted on one’s own', () => {
  it('is the already-linked tree, however much it sounds like more accounts', () => {
    expect(read("our marketing account is stuck on the agency's shop, we need it on ours")).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read("our tiktok is linked to our distributor's shop. can we link it to ours too?")).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('can i link a second shop to my tiktok')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
  it('is more accounts when another account is wanted on the shop', () => {
    expect(read('I know how to link, did it already. I just want a second TikTok on the shop for our UGC creators')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read("is there a limit on how many accounts I can link? we've got 5 brand accounts")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('can i link 2 tiktok accounts to one shop')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
});

describe('the one question of a message, before what was tried or why', () => {
  it('is read where the story after it names nothing else', () => {
    expect(read('where i can find Linked TikTok Accounts menu? i already login seller center but dont see it')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('what should I have ready before I try linking? don\'t want to get halfway through and fail')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
  it('is not read where what follows wants another flow, names a topic, or where it asks between the two roles', () => {
    expect(read('whats the difference between official and marketing account? i just want my main tiktok connected to my store')).not.toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('where i put my TIN in seller center? cannot find the tax part')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('opened my shop in seller center (germany) but honestly im more a content creator than a business. do i link like a seller or like an affiliate? i only sell my own prints')).not.toMatchObject({ kind: 'route', flow: 'creator-link' });
  });
  it('hears where the shop is on one’s profile, once linked, as the bag missing', () => {
    expect(read("linked ok but where's the shop on my profile? wanted to start tagging products")).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
});

describe('a few more words of the flows', () => {
  it('hears a spinner as the QR spinning, a white screen not', () => {
    expect(extractFacts('code opens tiktok but then its just a white screen with a spinner that never stops')['qr-symptom']).toBe('spinning');
    expect(extractFacts('pointing the tiktok scanner at my monitor just gives a black screen')['qr-symptom']).not.toBe('spinning');
  });
  it('hears where to add products when posting as the tips after linking', () => {
    expect(read('Linked the account fine. When I go to post a video where do I find the option to add products?')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
  it('hears what linking means for TikTok Shop as the menu, "whats" too', () => {
    expect(read('whats linking even mean for tiktok shop lol')).toMatchObject({ kind: 'route', flow: 'menu' });
  });
  it('hears a pass to one of the human colleagues as a person', () => {
    expect(read('ok bot, you tried. now please pass me to one of your human colleagues')).toMatchObject({ kind: 'command', command: 'human' });
  });
});

describe('the other shop said to be one’s own', () => {
  it('names oneself as its holder, and a login lost to it', () => {
    expect(labelOf('already-linked.explain', "it's mine but it was on my old work email and I can't get in anymore")).toBe("It's my old shop, but I can't log in any more");
    expect(extractFacts('the account is mine but it says linked to another shop')['other-shop-holder']).toBeUndefined();
  });
});

describe('requirements misspelt, and assistance with linking', () => {
  it('reads "requirments" as the checklist and assistance asked with linking as the menu', () => {
    expect(read('requirments to link tiktok to shop uk')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('Hello, I require assistance with account linking.')).toMatchObject({ kind: 'route', flow: 'menu' });
  });
});

describe('a button’s thing denied before the answer', () => {
  it('leaves the answer after it', () => {
    expect(labelOf('already-linked.who-holds', "not the agency, it's my ex")).toBe('A business partner, or a former one');
    expect(labelOf('already-linked.explain', "not someone else, it's my own other shop, I'm logged into it right now")).toBe('Yes, I can log into that shop');
  });
  it('is not "not sure" or "not really"', () => {
    expect(labelOf('already-linked.explain', "not sure, it's been a while")).toBe("I don't know which shop it is");
  });
});

describe('a failure still reported after a step done', () => {
  it('is no', () => {
    expect(labelOf('qr-failure.restart-app', 'did all that, still authorization failed')).toBe('Still not working');
  });
});

describe('topics next to linking in linking words', () => {
  it('hears another platform linked instead of TikTok, and a commission paid but never received', () => {
    expect(read('can I link my instagram instead of a tiktok account?')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
    expect(read('brand says they paid my commission but i got nothing. is there a way to check')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
  });
});

describe('an answer of emoji alone', () => {
  it('says what the emoji says: yes, not sure, next, thanks, a country by its flag', () => {
    expect(labelOf('missing-icon.wait', '👍')).toBe('Yes, check back in 24 hours');
    expect(labelOf('missing-icon.check-shop', '🤷')).toBe("I'm not sure");
    expect(labelOf('after-link.tag', '➡️')).toBe('Next tip');
    expect(labelOf('preflight.region', '🇻🇳')).toBe('Vietnam');
  });
  it('says nothing when its emoji disagree, or as a first message', () => {
    expect(read('👍👎', at('missing-icon.wait'))).toMatchObject({ kind: 'unsure' });
    expect(read('👍')).toMatchObject({ kind: 'unsure' });
  });
});

describe('the bag seen once, or asked after by its colour', () => {
  it('is missing when it showed up and then went away', () => {
    expect(read('the bag icon showed up for like a day and then just disappeared??')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read("where's my orange bag icon?? seller center literally says Linked")).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
  it('is missing when it went away where the official account is said linked, over the linking steps its words fit', () => {
    expect(read("Our official account's been linked since early last month and the shop tab just disappeared this week")).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
  it('is not missing when it shows', () => {
    expect(read('the bag is showing now, thanks')).not.toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
  it('hears how linking works, kinda lost, as the menu', () => {
    expect(read('how does linking work on tiktok shop? kinda lost')).toMatchObject({ kind: 'route', flow: 'menu' });
  });
  it('hears linking problems at large, with nothing named, as the menu', () => {
    expect(read('linking problems, where do i begin')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('linking problems, the qr wont scan')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });
});

describe('where the QR code is, "wheres" typed without its apostrophe', () => {
  it('is the linking steps, and the QR tree when it fails', () => {
    expect(read('wheres the qr code to scan to link acount')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('wheres the qr code, it wont scan')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });
  it('is never the QR tree when who should scan it is asked, with nothing said to fail', () => {
    expect(read('who should be the one scanning the QR, me or our social media manager? she has the tiktok login on her phone')).not.toMatchObject({ flow: 'qr-failure' });
    expect(read('who can fix my qr code it wont scan')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });
});

describe('a chore told before the question', () => {
  it('sets aside a chore told before "but first"', () => {
    expect(read('i have a return to deal with but first... how does linking even work')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('i have 3 orders to ship, where do i print labels')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
  });
});

describe('linking named with a word or two', () => {
  it('is the menu, but not "linking" alone or with a flow’s own thing', () => {
    expect(read('linking pls')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('tiktok linking issue')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('linking')).toMatchObject({ kind: 'unsure' });
    expect(read('qr linking issue')).not.toMatchObject({ kind: 'route', flow: 'menu' });
  });
});

describe('ads on a creator’s video, and a buyer’s cancellation', () => {
  it('are topics next to linking, never a linking tree', () => {
    expect(read('brand wants to run ads on my video, how does that work')).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    expect(read('buyer cancelled right after i got the sale, how do cancellations work')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    expect(read('customer cancelled and wants a refund')).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
  });
});

describe('a creator starting out, in their own words', () => {
  it('is the creator’s way: the affiliate programme asked about, brands or products found to promote, a cut for recommending', () => {
    expect(read('affiliate setup pls')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('how to find brands to work with on tiktok shop')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('i run a small booktok account, ~4k followers. how would i earn commission recommending books')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('want to do affiliate for gaming gear, how')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('how do affiliates work on tt')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('is not what it takes, what it pays, or an account put on one’s own shop', () => {
    expect(read('how many followers do i need for affiliate')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('how do affiliates get paid, mine is still pending')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('our agency wants their tiktok on our shop for affiliate stuff, how')).not.toMatchObject({ kind: 'route', flow: 'creator-link' });
  });
});

describe('back and restart said of something else', () => {
  it('is no command: a person back again, back from a break, the QR code restarted', () => {
    expect(commandOf('back again lol, the bag icon disappeared from my profile')).toBeUndefined();
    expect(commandOf("switch off vacation mode, I'm back")).toBeUndefined();
    expect(commandOf('restart the QR code? it just spins forever after I scan')).toBeUndefined();
    expect(read('back again lol, the bag icon disappeared from my profile')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });

  it('is still the command, said alone or as a request', () => {
    expect(commandOf('back')).toBe('back');
    expect(commandOf('wait go back')).toBe('back');
    expect(commandOf('back please')).toBe('back');
    expect(commandOf('restart please')).toBe('restart');
    expect(commandOf('restart the guide')).toBe('restart');
  });
});

describe('a strike or a ban asked of linking, in other word orders', () => {
  it('is the checklist: "still can link", a new account asked to join after a ban', () => {
    expect(read('got violation last month, still can link my account to shop?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('My account got banned once and I made a new one, can the new one join?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('is still the violation when it asks to appeal', () => {
    expect(read('my account got banned, how do i appeal')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(read('got a violation last month, still cant post videos')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });
});

describe('a linking problem named and nothing else', () => {
  it('is the menu, however it is put', () => {
    for (const text of ['link problem', 'problem with linking', 'linking issue pls assist asap', 'issues linking']) expect(read(text)).toMatchObject({ kind: 'route', flow: 'menu' });
  });

  it('is not the menu once the problem is named', () => {
    expect(read('link problem, qr code wont scan')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('problem with linking, says already linked to another shop')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe('thanks with the trouble said over', () => {
  it('is thanks as a first message', () => {
    for (const text of ['thank u so much its ok now', 'thanks its working now', 'salamat po, solved na']) expect(read(text)).toMatchObject({ kind: 'command', command: 'thanks' });
  });

  it('is not thanks where a problem follows, and is the step’s answer where one is asked', () => {
    expect(read('thanks, its ok now but the bag is still missing')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(labelOf('qr-failure.restart-app', 'thanks its working now')).toBe('That fixed it');
  });
});

describe('a country by its short name', () => {
  it('reads Msia, KSA and Abu Dhabi', () => {
    expect(extractFacts('msia').market).toBe('MY');
    expect(extractFacts('we are in KSA').market).toBe('SA');
    expect(extractFacts('shop in abu dhabi').market).toBe('AE');
  });

  it('reads no country from a handle that ends in one’s code', () => {
    expect(extractFacts('@saigonbakery.vn').market).toBeUndefined();
  });
});

describe('a commission rate asked at large, and a sample request turned down', () => {
  it('is fees when the rate that shops or creators usually get is asked', () => {
    expect(read('what commission do creators usually get on tiktok shop')).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
    expect(read("what's the usual affiliate commission rate?")).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
  });

  it('is the creator\'s way when one asks what one would earn oneself', () => {
    expect(read('im a creator, how much commission would i get from affiliate sales')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('is the order when a brand turned down or cancelled a sample request', () => {
    expect(read('my free sample request got rejected by the brand again, why?')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    expect(read('the seller cancelled my sample request after 5 days')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
  });
});

describe('a profile that looks normal, a bill for ads, a cut of every sale', () => {
  it('hears a profile that still looks normal once linked as the bag missing, not as something fine', () => {
    expect(read('seller center shows linked but my profile still looks normal, no shop tab anywhere')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });

  it('still sets aside another page said to look fine', () => {
    expect(read('the payouts page looks fine. where do i link my tiktok?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('reads a bill for promoting as ads, and "how do i get it fixed" as asked, not as done', () => {
    expect(read('charged twice for one promote, how do i get the ads billing fixed')).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
  });

  it('reads a share taken from every sale as fees', () => {
    expect(read('why is tiktok taking 5% out of every order i make')).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
  });

  it('reads a sample that never arrived as the order, however much is told between', () => {
    expect(read('requested a free sample 3 weeks back, the brand approved it but it never arrived')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
  });
});

describe('help, linking at large, and an account moved from another shop', () => {
  it('hears what the bot helps with, asked with "exactly", as help', () => {
    expect(commandOf('what exactly does this bot help with?')).toBe('help');
  });

  it('takes a linking problem met again, or faced, as linking at large', () => {
    expect(read('tiktok link issue again')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('facing linking problems')).toMatchObject({ kind: 'route', flow: 'menu' });
  });

  it('reads switching which shop the account is on, or moving it off a distributor\'s shop, as the already-linked tree', () => {
    expect(read('how do i switch which shop our tiktok is connected to')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read("our tiktok is linked to our wholesaler's shop. we're opening our own official shop now, how do we transfer it?")).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('reads an account "associated with" another shop as linked to it', () => {
    expect(read('the app says this account is associated with another shop')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('reads the scanner not found in the app as where to scan from, the steps', () => {
    expect(read('i cant find the scanner anywhere in my tiktok app, how do i scan the code')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('my tiktok app does not seem to have a scan option, where do i scan the seller center qr from')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe('a near tie where the message cannot reach one of the two flows', () => {
  it('is the other flow: a bag said showing is no bag missing', () => {
    expect(read('Linked, bag is showing, but 0 sales in 3 weeks. any tips to actually sell something?')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });

  it('is nothing for a few words many flows share', () => {
    expect(read('cart not working')).toMatchObject({ kind: 'unsure' });
  });
});

describe('a person met before, a user of Seller Center, staff accounts, a scan told in the past', () => {
  it('reads someone at support talked to before as the story, not a request', () => {
    expect(read('spoke to someone at tiktok support last week, they said wait a day. 3 days now and still no bag on my profile')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('can i talk to someone from tiktok support')).toMatchObject({ kind: 'command', command: 'human' });
  });

  it("reads a user added to Seller Center, or an old agency's access to it, as a shop setting", () => {
    expect(read('how do i add my assistant as a new user in seller center')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('the freelancer we fired still has admin access to our seller center, how do we take it away')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
  });

  it("reads another person's own tiktok asked onto the shop too as more accounts", () => {
    expect(read('my cousin helps run the store, can his tiktok be connected to it too?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('we have 3 live sellers, each one has their own tiktok. can they all link to our shop?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('i want to link my staff tiktok account to promote our shop, how')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });

  it('hears "scanned" as the QR code, so the spinning after it is its symptom', () => {
    expect(read('scanned it and now the app just spins forever', at('already-linked.relink'))).toMatchObject({ kind: 'route', flow: 'qr-failure', facts: { 'qr-symptom': 'spinning' } });
  });

  it('hears the bag come back as yes, and a page back to its form as no such thing', () => {
    expect(labelOf('missing-icon.day-later', 'the bag came back after i logged out and in!')).toBe("Yes, it's there");
    expect(labelOf('seller-link.login', "pressed login twice and it's back to the empty form again")).not.toBe("I'm logged in, next");
  });
});

describe('whether one may link, asked in more ways', () => {
  it('is the checklist when a follower count is asked whether it lets one in', () => {
    expect(read('finally at 5k followers, does that mean i can join tiktok shop now?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('our brand account only has 300 followers, can it still be linked as the official account or do we need to grow it first?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('is the checklist when a shop under review is asked as the cause', () => {
    expect(read("seller center still shows in review and i cant click link, is it because of that?")).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('is the checklist when an account banned before is asked whether it can still be linked, or when a waiting period is asked', () => {
    expect(read('my account got a live ban last year, it was lifted. can it still be linked to a new shop?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('the shop was reinstated after a suspension, is there a waiting period before we can link our tiktok?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('is the checklist when a kind of account or a business registration is asked as needed', () => {
    expect(read('do creators need a pro account to do affiliate or is personal ok')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('do i need DTI business registration for link my tiktok to shop?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('is still the steps when the account is asked onto the shop as its official one, with nothing asked of whether it may', () => {
    expect(read('how do i link our brand account as the official account')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe("Seller Center's linking page looked for, linking as the next step, a market by its code", () => {
  it("reads the 'Linked TikTok Accounts' page looked for as the steps, not the bag", () => {
    expect(read("Where is 'Linked TikTok Accounts'?? I'm in My Account and only see profile and security, nothing called that")).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it("reads linking named as the next thing to do as the steps of one's role", () => {
    expect(read('shop finally approved! next step is getting our tiktok connected, how?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read("i'm a creator, next thing is getting my tiktok linked for affiliate, how")).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('reads a market by its code in capitals after "in" or "from", and two of them as regions apart', () => {
    expect(extractFacts('we are a small shop based in PH').market).toBe('PH');
    expect(labelOf('preflight.account', 'my account is from US but shop in PH')).toBe("It's registered in another region");
    expect(extractFacts('i put it in my cart').market).toBeUndefined();
    expect(extractFacts('not in SG anymore, we moved').market).toBeUndefined();
  });
});

describe('an agency or a staff member named only in the story', () => {
  it('is no sign of another shop when nothing is said to be held, stuck or failing', () => {
    expect(read('the agency handled all this last time and i never saw how. new shop, new account, my turn. walk me through it?')).not.toMatchObject({ flow: 'already-linked' });
    expect(read('the guy who used to do our tiktok left last month and it is all mine now. i know nothing about linking. help?')).not.toMatchObject({ flow: 'already-linked' });
    expect(read('our agency used to do all the content, we took it in-house. the account is linked and products are up but how did they tag products in videos? where is that option')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });

  it('is still the already-linked tree when the agency or the staff member holds the account on a shop', () => {
    expect(read('our old agency still has our tiktok on their shop and they stopped replying')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('the girl who ran our socials linked the tiktok to some shop before she left')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe('the checklist asked by a wait or a number, and more accounts asked of one more person', () => {
  it('is the checklist when a number needed to link, or waiting for approval, is asked', () => {
    expect(read('someone told me you need 10k to link a shop, true?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('shop still pending. can i already link my tiktok or do i have to wait for the approval?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it("is more accounts when her or his own account is asked onto the shop too, or several pages at once, or one not to replace the main", () => {
    expect(read('my co-founder has her own tiktok and wants to push our products from it too. our brand account is already the official one. can we add hers to the shop as well?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('We run 3 regional fan pages plus the main account. Can all 4 be on the shop?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read("she made a separate tiktok for behind the scenes. i want that one linked to the shop too but i don't want it to replace our main account. how?")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
});

describe('a drawn-out hello, and starting out once a follower count is reached', () => {
  it('hears a hello with its letters drawn out as a greeting', () => {
    expect(commandOf('helloo 👋')).toBe('greet');
    expect(commandOf('heyyy')).toBe('greet');
  });

  it('is the checklist when a creator asks to start now that a follower count is reached', () => {
    expect(read('finally reached 1k followers!! can i start doing affiliate now')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe('a thing waved away with "whatever"', () => {
  it('is set aside, leaving the linking problem told after it', () => {
    expect(read('my ex kept the old shop and all the payouts, whatever. but our tiktok is still linked to her shop and i need it on mine')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('is no setting aside of a question that ends the message', () => {
    expect(read('how do i get my payouts sorted, it does not matter to me which bank')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
  });
});

describe('where linking is done, asked', () => {
  it('is the steps', () => {
    expect(read('is the linking done in the tiktok app or in seller center? every guide says something else')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('is no steps when the app itself is what is asked about', () => {
    expect(read('is the app working today?')).not.toMatchObject({ flow: 'seller-link' });
  });
});

describe('a campaign or packing orders as the story', () => {
  it('takes a campaign the account was lent for as no ads question', () => {
    expect(read('our agency put my account on a brand shop for a campaign, the campaign is over, how do i unlink it')).not.toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    expect(read('how do i set up an ad campaign for my products')).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
  });

  it('takes the person who used to help pack orders as the story, no orders question', () => {
    expect(read('the girl who used to help pack orders linked our tiktok to a shop she made, she quit and wont answer')).not.toMatchObject({ kind: 'out-of-scope' });
    expect(read('my girl who used to help pack orders linked our tiktok to a shop she made herself, she quit in jan. still have her number but she wont answer')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('how do i pack orders for shipping')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
  });
});

describe('an age said bare before a "but"', () => {
  it('is the age', () => {
    expect(labelOf('preflight.age', '17 but my mom said she would help me')).toBe("No, I'm under 18");
    expect(extractFacts('17 but my mom said she would help me', { asking: 'age' }).age).toBe('minor');
  });

  it('is no age when more than the number comes before it', () => {
    expect(extractFacts('in 3 days but i will be 18 then', { asking: 'age' }).age).not.toBe('adult');
  });
});

describe('the holder of another shop, kept where the message says the account is there', () => {
  it('keeps one\'s own other shop, an ex\'s, or a freelancer\'s holding it, as the already-linked tree', () => {
    expect(read('i linked my tiktok to my second store by accident instead of the main one, how do i move it')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('me and my ex split, he kept the store my tiktok is on. i want it on mine')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('our freelancer linked the official account to a shop she manages, we need it on ours')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe('a market by its code: the UK is Great Britain', () => {
  it('reads "UK" and "GB" as one country, not two regions', () => {
    expect(extractFacts('our account is from UK and the shop is in GB')['region-ok']).toBeUndefined();
    expect(extractFacts('shop based in SG, account from PH')['region-ok']).toBe('no');
  });
});

describe('someone asked to confirm', () => {
  it('is a person, or the step\'s own button for one', () => {
    expect(read('could someone confirm that for me')).toMatchObject({ kind: 'command', command: 'human' });
    expect(labelOf('preflight.not-available', 'really? i heard it launched here last month, can someone confirm')).toBe("I'd like a person to check");
  });

  it('is no person when the steps are what is to be confirmed', () => {
    expect(read('can someone confirm the steps to link our tiktok as the official account?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe('a turn of the story, ", then…"', () => {
  it('keeps what came next when what came before was fine', () => {
    expect(read('we linked the shop in may, everything was fine, then yesterday we got a policy violation notice. what do we do?')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });
});

describe('linked to the wrong shop by mistake, near more accounts', () => {
  it('is the already-linked tree, where the words fit more accounts nearly as well', () => {
    expect(read('we have a test shop and a real one and i linked our account to the test one by mistake an hour ago, how do i switch it to the right one')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe('a code of another kind', () => {
  it('is no QR code: a recovery or verification code is logging in', () => {
    expect(labelOf('already-linked.lost-access', 'the recovery code goes to an old number i dont have anymore')).toBe("I can't get back in");
    expect(read('it keeps saying the verification code expired before i can type it', at('seller-link.login-us'))).not.toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(extractFacts('scanning is fine but the sms code expired again')['qr-symptom']).toBeUndefined();
  });

  it('is still the QR code when a scan is named beside it', () => {
    expect(read('i scan it and the code expired every time', at('seller-link.login-us'))).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });
});

describe('a bare number at the age question', () => {
  it('is an age from 10 to 120, adult from 18', () => {
    const ageOf = (t: string) => extractFacts(t, { asking: 'age' }).age;
    expect([ageOf('18'), ageOf('17'), ageOf('10'), ageOf('120')]).toEqual(['adult', 'minor', 'minor', 'adult']);
    expect([ageOf('9'), ageOf('121')]).toEqual([undefined, undefined]);
    expect([ageOf('18 but i look younger'), ageOf('9 but nearly 10'), ageOf('not 18 but close')]).toEqual(['adult', undefined, undefined]);
  });
});
