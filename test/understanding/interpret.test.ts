// The whole interpretation stage over the shipped flows: one message and where the conversation is → one
// intent with the facts it states. A typed answer keeps the user's place, a person is heard in their own
// words, and an out-of-scope question never lands in a linking tree.
import { describe, expect, it } from 'vitest';
import type { StepKey } from '../../src/flow/check.ts';
import { extractFacts } from '../../src/understanding/facts.ts';
import { Understanding } from '../../src/understanding/interpret.ts';
import { shippedFlows } from '../support.ts';
import { at, labelOf, read, readByRules, understanding } from './reading.ts';

describe('a first message', () => {
  it('naming only a failure, with nothing of the QR code, scan or authorization, is not the QR tree', () => {
    for (const text of ['it says failed', 'not working again since the update', 'it keeps failing', 'my friend said this doesnt work']) {
      expect(read(text), text).toMatchObject({ kind: 'unsure' });
    }
    expect(read('everytime I approve the permissions it tells me failed. whats going on')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('linking fails at the qr bit every single time')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('trying to connect shopify to tiktok shop, the app keeps failing authorization')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
    expect(read('its not showing')).toMatchObject({ kind: 'unsure' });
    expect(read('bag icon not showing')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });

  it('asking where the QR code is or how scanning it works, with nothing said to fail, is not the QR tree', () => {
    // (Who is asking, or where, says nothing went wrong either.)
    expect(read('im a seller in the US, where do i find the qr code to scan')).not.toMatchObject({ flow: 'qr-failure' });
    for (const text of ["Need to bind our company TikTok to the shop we opened last week. What's the process, is it a QR code thing?", 'where do i even find the qr code to scan, the seller center menu confuses me', 'do i scan the link code with the tiktok app or just my normal phone camera']) {
      expect(read(text), text).not.toMatchObject({ flow: 'qr-failure' });
    }
    expect(read('how do i scan a qr thats on my own phone screen???')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('where do i scan the qr code? it keeps saying authorization failed')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    // A QR code never seen is still one looked for; one that never scans is failing.
    expect(read("where do I even get the QR code you're supposed to scan for linking the shop? never seen one in seller center")).not.toMatchObject({ flow: 'qr-failure' });
    expect(read('where do i scan the qr code from? it never works')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });

  it('asks where the code to scan is for the linking steps, unless it is a return\'s or a parcel\'s', () => {
    for (const text of ['where in seller centre do i find the qr to link our account', 'the qr code i scan from seller center, where is it exactly? first time doing this']) {
      expect(read(text), text).toMatchObject({ kind: 'route', flow: 'seller-link' });
    }
    expect(read('where do i get the qr code for a return')).not.toMatchObject({ flow: 'seller-link' });
    expect(read('where do i generate the authorization code for a spark ad')).not.toMatchObject({ flow: 'seller-link' });
  });

  it('reads the question after a story turns ("anyway, …", "my question is …"), not the story', () => {
    expect(read('had the authorization failed issue last month, a cache clear fixed it. anyway, how do i tag products in my videos now?')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('my old business partner and i split, the tiktok has been linked fine since. my question is why the commission went up this month?')).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
    // (A side note turns to nothing: the problem before it is still the question. Nor does "the issue is" tell a story's end.)
    expect(read('the qr code will not scan on my phone. btw when do payouts arrive?')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read("Could you get me a support agent? The issue is how our accounts were set up, a checklist won't cover it.")).toMatchObject({ kind: 'command', command: 'human' });
  });

  it('takes a problem told as had and fixed for no problem now', () => {
    expect(read('last year i had the qr not scanning thing, sorted it with a laptop. is there a minimum follower count to be an affiliate?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(readByRules('my sister had the authorization failed issue and clearing the cache fixed it for her. i have not linked yet, is my country even supported? im in kenya')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('hears the QR code in other words ("the black and white square")', () => {
    expect(read('the black and white square on seller center doesnt react when i aim tiktok at it')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    // …or by the phone held up to the computer, or the approval pressed.
    expect(read('i hold my phone up to the computer screen and the camera just stares at it')).toMatchObject({ kind: 'route', flow: 'qr-failure', facts: { 'qr-symptom': 'no-scan' } });
    expect(read('after tapping agree in the app it just keeps loading forever')).toMatchObject({ kind: 'route', flow: 'qr-failure', facts: { 'qr-symptom': 'spinning' } });
  });

  it('from a country the flows do not list as a market, asking how to link, goes to the checklist', () => {
    expect(read("i'm in Canada, can creators join the affiliate thing here or not")).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('im in nigeria, can i set up and link a tiktok shop from here')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read("i'm in the philippines, can creators join the affiliate thing here")).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('im in canada and the qr code wont scan')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });

  it('saying the bag is missing where linking is said done, or with no how-to, goes to the missing bag', () => {
    for (const text of ['seller center shows linked but my tiktok profile looks exactly the same as before', "my followers keep saying there's nowhere to buy on my page", 'no bag on my profile. shop\'s still under review btw']) {
      expect(read(text), text).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    }
    expect(read('how do i get the shop tab on my profile as a creator if i dont own a shop')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('Been a whole week since linking and the storefront on my profile is nowhere to be seen.')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read("Now I want to make our tiktok the official storefront but don't know the steps.")).not.toMatchObject({ flow: 'missing-icon' });
    expect(read('my shop is still pending review but the account connected fine, why isnt the shop showing on tiktok')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('cart not working')).toMatchObject({ kind: 'unsure' });
    expect(read('bag missing and qr failing, which do i fix first lol')).not.toMatchObject({ flow: 'missing-icon' });
  });

  it("not finding Seller Center's places on the way to linking goes to the linking steps", () => {
    for (const text of ['cannot locate the Official Account tab in seller center at all', 'where is My Account? i am in seller center uk', "there's no link button on the linked tiktok accounts page", 'seller center shows no official account section, just marketing']) {
      expect(read(text), text).toMatchObject({ kind: 'route', flow: 'seller-link' });
    }
    expect(read("there's no unlink button on the linked tiktok accounts page, it's tied to my old shop")).not.toMatchObject({ flow: 'seller-link' });
    expect(read('spain seller. where i click for link official account? already in my account')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('logged into the seller site but no idea where to click to connect my tiktok, help')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it("reporting the account linked to a relative's or a friend's shop goes to the already-linked tree; asking whether it may be does not", () => {
    expect(read("our brand tiktok is still connected to my brother's store, need it on mine")).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read("could my tiktok get linked to my cousin's shop so i promote her stuff?")).not.toMatchObject({ flow: 'already-linked' });
  });

  it('takes "how do i hook it up" after a shop of ones own, and the shop got onto the profile, to the linking steps', () => {
    expect(read('got a shop for my merch now, how can i hook it up with tiktok')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('set up a store for my hoodies. how to hook it up to my tt')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('how do i get our shop onto our tiktok')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('takes no shop section on a page said connected to the missing bag', () => {
    expect(read('our business page on tiktok has no shop section even tho we connected it')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });

  it('takes an account reported linked to the wrong shop to the already-linked tree, though a time since linking is told', () => {
    expect(read('i linked our brand tiktok to the wrong shop, i want to unlink it but i only linked it this morning and it does not allow me')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('asking how long the bag takes to show up, or whether it should be there by now, goes to the missing bag', () => {
    for (const text of ['linked an hour ago, how long till the bag shows?', 'should the shopping bag be on my profile already? linked this morning', 'does the icon take long to appear after linking']) {
      expect(read(text), text).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    }
    expect(read('the bag shows now, what next')).not.toMatchObject({ flow: 'missing-icon' });
    // A time the bag is said to take is no time since linking.
    expect(read('support told me the bag takes 48h to appear, but i linked it just 2 hours ago')).toMatchObject({ kind: 'route', flow: 'missing-icon', facts: { 'linked-ago': 'under-24h' } });
  });

  it('reporting the account linked to another shop goes to that tree, however well "link … shop" fits the steps', () => {
    for (const text of ['my tiktok is linked to another shop', 'cant connect bc apparently my tiktok is taken by another shop', 'it says its linked to a different seller and i have zero idea which shop that is']) {
      expect(read(text), text).toMatchObject({ kind: 'route', flow: 'already-linked' });
    }
    expect(read('check first pls, not sure if my account was linked to another shop before')).not.toMatchObject({ flow: 'already-linked' });
    expect(read('want to add my second tiktok to the shop for ads but it says its already linked to a different shop')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('want to add my second tiktok to the shop for ads')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('it tells me my tiktok belongs to some other store?? i only ever had one store')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('i tried to accept a marketing account invite on my personal tiktok and it says its linked to another shop already')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('asking about linking at large, with nothing named, goes to the menu; a how-to, a shop of ones own or a fact does not', () => {
    for (const text of ['what linking stuff can you actually help with', 'Good morning, I need assistance regarding linking of TikTok account. Thank you', 'hey so i wanna get my tiktok hooked up to tiktok shop, where do i even start', 'linking tiktok account. help.', 'can u help me with the account linking thing', 'hello, need assistance regarding tiktok linking', 'got a couple questions about connecting accounts on tiktok shop', 'hey!! got a few linking related things to ask if thats ok', 'Is this the right place for questions on linking a TikTok account with a shop?', 'about linking']) {
      expect(read(text), text).toMatchObject({ kind: 'route', flow: 'menu' });
    }
    expect(read('how link tt to shop')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read("where do i start to link my shop's tiktok")).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('ok im linked now what')).not.toMatchObject({ flow: 'menu' });
    expect(read("i'm a creator, question about linking")).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('linking')).not.toMatchObject({ flow: 'menu' });
    expect(read('do u need to be 18 to link')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('goes to the right flow, with the facts it states', () => {
    expect(read('Every time I scan it says authorization failed')).toEqual({ kind: 'route', flow: 'qr-failure', facts: { 'qr-symptom': 'auth-failed' } });
    expect(read('authorisation failed')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('authorizaton faild')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('qr code keeps loading')).toEqual({ kind: 'route', flow: 'qr-failure', facts: { 'qr-symptom': 'spinning' } });
    expect(read('I linked 3 days ago and the bag is not showing')).toEqual({ kind: 'route', flow: 'missing-icon', facts: { 'linked-ago': 'over-24h' } });
    expect(read("my account is linked to someone else's shop")).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('reads a question put after saying the account is linked as the tips after linking', () => {
    expect(read('ok im linked now what lol')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read("ok it's linked and the bag shows up. now what? how do i actually get sales")).toMatchObject({ kind: 'route', flow: 'after-link' });
    // "Already linked to the shop" is where they stand; "already linked to another shop" is the failure.
    expect(read('how to sell during LIVE? our account already linked to the shop')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('it says already linked to another shop')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('sends a creator with no products of their own, asking how to sell, to the creator steps', () => {
    expect(read("I make videos but don't have my own products. can i still sell on tiktok shop somehow?")).toMatchObject({ kind: 'route', flow: 'creator-link' });
    // No shop tab is a missing icon, not a creator without a shop.
    expect(read('my profile still has no shop tab even tho seller center says linked, sellers told me to wait')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });

  it('never routes to the menu by its vocabulary, which holds every flow\'s words', () => {
    expect(read('i have 3 accounts (main, spam, fan page) can all of them go on one shop?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('how do you turn off comments on one video')).toMatchObject({ kind: 'unsure' });
  });

  it('reads not knowing where to start as a how-to, not a problem', () => {
    expect(read('hi, just got my shop approved yesterday. how do i actually connect our tiktok to the shop? cant find where')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('any checklist before connecting tiktok to my shop? dont want to mess it up')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('asks the checklist whether a strike stops one linking, and takes an appeal out of scope', () => {
    expect(read('got a community guidelines strike last month, will that stop me from joining tiktok shop?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('got a community guidelines strike last month, how do i appeal it')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });

  it('hears marketing accounts asked about without "more accounts"', () => {
    expect(read('whats the difference between official account and marketing account')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('max no. of tiktok accounts per shop?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('can i add her account under our shop alongside the main one?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });

  it('takes asking for the steps to the steps, and how to get the shop tab to the linking steps of the role said', () => {
    expect(read('need to get our company tiktok attached to our US shop before we launch monday. what are the steps')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read("sorry im actually a creator, not a seller. how do i get the shop tab on my profile?")).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read("i'm a creator, linked last week, how do i get the shop tab back? it's not showing")).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });

  it('hears a shop\'s contact details or cover photo changed as a shop setting, and the whole account linking as linking in general', () => {
    expect(read('can i change the support email on my shop')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('how do i change the cover photo for my shop')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('kinda confused about the whole account linking thing')).toMatchObject({ kind: 'route', flow: 'menu' });
  });

  it('hears an unlink done, a link wanted now and probation passed in other words than the buttons', () => {
    expect(labelOf('already-linked.unlink', "clicked it, it's gone from the list")).toBe("Done, it's unlinked");
    expect(labelOf('already-linked.unlink', 'the unlink button is greyed out')).toBe("It won't let me unlink");
    expect(labelOf('already-linked.wait', 'lets do it right now')).toBe('Link it to my shop now');
    expect(labelOf('marketing-accounts.probation', 'we passed probation ages ago')).toBe("My shop isn't on probation");
    expect(labelOf('marketing-accounts.probation', "fine i'll wait till probation ends")).toBe("OK, I'll wait");
  });

  it("asks where the shop's tab is, linked, as the bag missing", () => {
    expect(read("where's the shop tab? linked it all already")).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });

  it('hears what comes next once linked, and other accounts of the brand to add, at the step that says it is linked', () => {
    expect(labelOf('seller-link.linked', 'ok what now')).toBe('What should I do next?');
    expect(labelOf('preflight.linked-here', 'now what')).toBe('What should I do next?');
    expect(labelOf('seller-link.linked', 'connect our two other brand accounts too')).toBe('Add Marketing Accounts too');
  });

  it('takes asking how, once ready by ones own word, to the steps; asking whether one is ready stays the checklist', () => {
    expect(read("we've been through the checklist already, how do we link now?")).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read("i'm all set now, the shop got approved, so tell me how to connect it")).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('am i ready to link? how do i check')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('how can i tell if i passed all the requirements to link')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('takes a problem the message states over a mere resemblance of a flow\'s vocabulary', () => {
    expect(read('had a shop in 2023, closed it, forgot the password and the email is dead. now my tiktok says its linked to that shop and i cant link to my new one')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('does not take the agency that is asking for the agency holding the shop', () => {
    expect(read("our agency wants to link 3 of our creator accounts to the brand's shop to run ads from them")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('our old agency still has our tiktok on their shop').facts).toMatchObject({ 'other-shop-holder': 'agency' });
  });

  it('does not take a count of orders for the orders topic, nor a business licence asked before linking for shop settings', () => {
    expect(read('just linked my shop, any tips to actually get sales? 0 orders so far lol')).not.toMatchObject({ kind: 'out-of-scope' });
    expect(read('just linked my shop, any tips to actually get sales? no orders so far')).not.toMatchObject({ kind: 'out-of-scope' });
    expect(read('my orders are stuck in shipping')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    expect(read('What do I need before linking? Do I need business license or something? any checklist')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('reads "I have a shop already" as where one stands, not as "already linked"', () => {
    expect(read('hi im new seller from Philippines, i have shop already, how i link my tiktok to it?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('takes a topic said to be beside the point, or a cut of sales, as no out-of-scope question', () => {
    expect(read("question from a small fitness creator, I'd like to get the shopping tab on my TikTok so I can recommend gym gear and get paid a cut. I don't have a shop of my own. How does it work for creators?")).not.toMatchObject({ kind: 'out-of-scope' });
    expect(read("we got everything linked last month but sales are basically zero. is there something we're missing, like tagging products? I'm not asking about payouts or anything")).not.toMatchObject({ kind: 'out-of-scope' });
    expect(read('when do i get paid for last month')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
  });

  it('reads a message that turns to another topic next to linking as out of scope, mid-flow too', () => {
    expect(read("sorry unrelated but where do i print the labels for today's orders", at('seller-link.official'))).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    expect(read("i'm banned from going LIVE for 7 days, can that be lifted?", at('after-link.live'))).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });

  it('takes a linking problem told in a clause of its own beside another topic as that problem, never a single clause', () => {
    expect(read("my refund case is a mess but honestly what's bugging me more is buyers can't see a shop tab on my profile, and it's been linked over a week")).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read("the qr code for linking just keeps loading forever, is it because i didnt set up payouts yet?")).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read("the QR code on my shipping label won't scan")).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    expect(read('shop is approved, bank is linked, payouts set up ✅ now how do i connect my tiktok account to the shop?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('how do i link my bank account to the shop?')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('bag icon not showing on my profile, seller center says linked 3 days ago, listings are all live')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('every time i scan the code in seller center it says authorization failed, is my account banned?')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    // A clause of the other topic that holds the problem's own words keeps the message that topic's.
    expect(read('the QR code on my shipping label, it wont scan')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    expect(read('3 of my items dont show in the shop tab anymore, status in product list says suspended. how to get them back')).not.toMatchObject({ kind: 'route' });
    expect(read("Can I receive payments by scanning a QR code with GCash? I'm in the Philippines")).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    // …unless the problem's clause says the problem is linking's.
    expect(read("the QR to link my account won't scan, but payment QR codes from my bank scan fine with the same phone")).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read("scanned the link qr and its just loading forever. meanwhile orders are waiting and I can't tag anything")).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });

  it("takes a failure of the app beside another platform for that platform's, not the QR tree", () => {
    expect(read('trying to get my woocommerce catalog synced to tiktok shop, the plugin authorization fails every time')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
    expect(read('i also sell on shopee. my tiktok qr code wont scan in seller center')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });

  it('takes a problem named by its facts or its quoted error, a how-to and the checklist, each in a clause of its own, as linking', () => {
    expect(read('refund issue got sorted with support. new problem: after scanning the qr code it just loads forever')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('Shopify sync is working, products are in TikTok Shop. But linking our official account says "This account is already linked to another shop"')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('got my first payout 🎉 now that im linked how do i tag products in my videos')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('i sell on lazada already and want to open tiktok shop too. what do i need before linking my tiktok, is 500 followers enough?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('i sell on shopify too but right now i just want to hook my tiktok account up to my tiktok shop, what are the steps')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('my ex business partner kept the old shop (we split the payouts and everything), and my tiktok still shows linked to it')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read("Before I start shipping orders through TikTok I need to know: do I need a registered business to link my account, or can I do it as an individual? I'm in the UK")).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('where in seller center do i find linked tiktok accounts?? the menu only shows orders, products, finance')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    // A question that syncs with the other platform said before it is that platform's.
    expect(read('i sell on lazada and shopee too, can i sync stock with my tiktok shop so i dont oversell')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
    // A how-to that points back at the other topic ("do that") is that topic's.
    expect(read('buyer says she wants to cancel her order before it ships, where do i do that in seller center')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    // (The learned reading doubts it: "keeps loading forever" is the spinning QR code's; see learned.test.ts.)
    expect(readByRules('my refund is stuck, the app just keeps loading forever')).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
  });

  it('routes how people put a second account, a country and missing products', () => {
    expect(read('my social media intern wants to post from her own tiktok too, can we attach that account to our shop as well?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('add 2nd tiktok to my shop')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('im in canada, can i link my tiktok to a shop?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('does tt shop work in ph')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('linked but products dont show on my profile')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read("the brand's customer service lady said I need to accept their affiliate invite, where do I find it??")).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('takes a few common words that name no problem for no problem', () => {
    expect(read('its not working again')).toMatchObject({ kind: 'unsure' });
    expect(read('didnt work again')).toMatchObject({ kind: 'unsure' });
  });

  it('takes what comes next once linked for the tips, and staff accounts for marketing accounts, mid-flow too', () => {
    expect(read('ok account is linked now what? how do i actually start making sales')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('can i sell during live now that i linked? how does it work')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('how does it work')).toMatchObject({ kind: 'command', command: 'help' });
    expect(read("actually something else: how do I add my staff's tiktok accounts so they can post with our products", at('missing-icon.check-shop'))).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('btw we moved warehouse, where do I update the address in seller center?')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('they stopped answering my emails months ago', at('already-linked.held-by-other'))).toMatchObject({ kind: 'choice', index: 2 });
  });

  it('routes what is left once a topic is set aside', () => {
    expect(read('We pay the referral fee, no issue there. Can we link our 3 regional TikTok pages to the same shop as well as the main account?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('The already-linked issue is solved, the agency unlinked it. But now the agency says we owe them for ads they ran on our account. Where do I see our ads billing history?')).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    expect(read('refund issue got sorted with support. new problem: after scanning the qr code it just loads forever')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('Can I unlink my account from one shop and link it to a different one?')).not.toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });

  it('takes looking for Seller Center\'s "Linked TikTok Accounts" page for the linking steps, not a missing icon', () => {
    expect(read('where is linked tiktok accounts in seller center i cant find it')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('hears a warning to contest as a violation, and a support email as a person', () => {
    expect(read('my linked account got a community guidelines warning for a video, how do i contest it')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(read("what's your support email")).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('Before I start, what do I need to have ready to connect my account? Business licence, ID, anything like that?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('takes nobody to the missing-icon tree who says nothing is missing', () => {
    expect(read('My shop is linked now. How do I arrange the products that appear on my profile so it looks tidy, like a proper shop window?')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('my shop just got approved today!! what do i do now so it shows on my tiktok profile?')).not.toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read("where's the bag icon???")).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('my shop doesnt show on my tiktok profile')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    // However the flow was found: a time since linking alone is no absence.
    expect(read('linked yesterday and already got my first order lol. how do i put products in my videos now')).not.toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('wheres my orange bag?? linked it like 2 hours ago')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('how to put products on my showcase now that my shop is connected')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });

  it("hears staff's accounts and several pages for one shop as marketing accounts, and selling without a shop as the creator steps", () => {
    expect(read("i want my staff's tiktok accounts to post our products too, how do i link them to the store")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read("Hi team, we run one shop but have 3 tiktok pages (main brand, a tips page and the founder's page). Can all three be attached to the shop or only one of them?")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('can i sell on tiktok shop without having a shop? like just promote things n get a cut')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('hears a person asked for as people do, and a question about the penalty itself as a violation', () => {
    expect(read('who can i actually email about this')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('transfer me to support', at('preflight.region'))).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('hello?? anybody real reading this')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('official account got a community guidelines strike for a dance video lol, how long does the strike last')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(read('shop has 12 violation points, what happens at 24? do they unlink my account or what')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(read('what commission % should I offer creators in my affiliate plan')).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
  });

  it('keeps questions about videos or a LIVE that say nothing of selling out of the tips after linking', () => {
    expect(read('how do i turn off comments on my videos')).toMatchObject({ kind: 'unsure' });
    expect(read('anyone watching the live rn?')).toMatchObject({ kind: 'unsure' });
    expect(read('how do i sell during a live? my account is linked')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });

  it('hears a creator in "I make cooking videos" and "sell other people\'s stuff", not in posting videos of one\'s own shop', () => {
    expect(read('i make cooking videos, how do i link my tiktok to a shop so i can sell other peoples stuff and get commission')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('I just opened a TikTok Shop for my bakery and I post cake videos on my TikTok. How do I connect the two?').facts.role).not.toBe('creator');
  });

  it('hears a login nobody remembers as a lost login, and accounts counted per shop however the question runs', () => {
    expect(read("my tiktok is still on my old shop and i dont remember that login at all")).toMatchObject({ kind: 'route', flow: 'already-linked', facts: { 'other-shop-access': 'lost-login' } });
    expect(read('how many tiktok accounts can be connected to one shop? we have 3 in-house creators who should all post our products')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('wait actually forget the icon, now when I try relinking it says already linked to another shop', at('missing-icon.when-linked'))).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('reads "old enough" as a question of age, not an old shop', () => {
    expect(read('am i old enough? im 17 and want to connect my tiktok to a shop')).toMatchObject({ kind: 'route', flow: 'preflight', facts: { age: 'minor' } });
  });

  it('takes whether one may link at all to the checklist, though the words fit the linking steps', () => {
    expect(read("i'm in thailand and have like 900 followers, whats the minimum to get tiktok shop for creator")).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('i only have 800 followers can i still sell on tiktok shop')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('how do I link my tiktok account to my shop')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('my account got a 3 day suspension last month, am i still allowed to link it')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('checklist for linking pls, dont want to mess it up')).toMatchObject({ kind: 'route', flow: 'preflight' });
    // A creator with no shop asking whether they can still sell asks how creators sell.
    expect(read("I'm a content creator in Thailand, I don't have my own shop. Can I still link my account to somebody's shop and sell their product?")).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('takes a linked account whose shop features are not there to the missing-icon tree, not to tips', () => {
    expect(read('account shows linked but I cannot tag products in my videos, there is no option')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('how do I tag products in my videos')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });

  it('takes more accounts than one on a shop to marketing accounts', () => {
    expect(read('How to add additional accounts to my shop apart from the official one')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('is it possible to link like 3 accounts to one shop? me, my sister and our brand page')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('we want to add our backup account to promote the shop too, the main account is linked')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    // …besides the official one, or the accounts of the people who sell for it; a role denied is no problem of a tree.
    expect(read('can we add the sales girls\' tiktok accounts to our shop')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read("i own the shop, i'm not a creator. besides the official account i want my personal tiktok linked to it too, possible?")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });

  it('takes a named problem to its tree, however exasperated the message', () => {
    expect(read('Pls help, after scanning it show authorization failed every single time. Nothing works 😩')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('nothing works, I have tried everything')).toMatchObject({ kind: 'command', command: 'human' });
  });

  it('settles a near tie by the question\'s shape', () => {
    expect(read("my tiktok is linked but theres no basket thing on it and i cant tag any of my products")).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('Is there a minimum number of followers required before the app will let me connect my store?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    // "Enough" is a question about followers here, not someone giving up on the bot.
    expect(read('i have 4.5k followers in malaysia, enough for affiliate or nah?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('breaks a near tie between the two linking flows by the role stated', () => {
    const u = understanding();
    const text = "is there a way to bind my account to a seller's shop so i can post their merch";
    const [first, second] = u.router.scores(text);
    expect([first?.flow, second?.flow].sort()).toEqual(['creator-link', 'seller-link']);
    expect(u.interpret(`i'm a creator, ${text}`, {})).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(u.interpret(`i'm a seller, ${text}`, {})).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('sends someone under 18 asking how to link to the checklist, whose age step says who may', () => {
    expect(read("i'm 16, how do i link my tiktok to a shop")).toEqual({ kind: 'route', flow: 'preflight', facts: { age: 'minor' } });
  });

  it('goes by a problem fact only one flow asks about when the words say little', () => {
    expect(read('my ex business partner has the other shop')).toMatchObject({ kind: 'route', flow: 'already-linked', facts: { 'other-shop-holder': 'ex-partner' } });
  });

  it('settles close phrase fits between their two flows, never by a third that the vocabulary names', () => {
    expect(read('store owner here, want to attach our brand tiktok to the shop. how')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('takes whether TikTok Shop is in a country to the checklist, though the message says it wants to link', () => {
    expect(read('is tiktok shop in canada yet? we want to link our store tiktok')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('hears more accounts told by a count of staff, an alt account, or staff named by their work', () => {
    expect(read("we have 2 staff with their own tiktoks, can both be linked to the shop too")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('can i connect my alt account to the shop too')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read("how do i add our shipping guy's tiktok as a second account")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('the shipping guy lost the parcel')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
  });

  it('hears a buyer dispute as a refund question', () => {
    expect(read('buyer opens dispute, says the item is not as described')).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
  });

  it('takes putting the product link into a video to the tips, and products in the showcase to the creator steps', () => {
    expect(read('how do i add the orange basket link to my videos')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('how do i add products to my showcase')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('takes not knowing yet whether one is a seller or a creator to the menu', () => {
    expect(read('want to get into tiktok shop but not sure if i should be a creator or a seller, where to begin')).toMatchObject({ kind: 'route', flow: 'menu' });
  });

  it('hears a label that will not print and a warehouse address however abbreviated', () => {
    expect(read('shipping label wont print')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    expect(read('how to change warehouse addr')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
  });

  it('takes adding the product link to a post to the tips, said without "how"', () => {
    expect(read('tag product link when posting a video')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });

  it('takes something absent since a time of linking, beside a shop setting asked, as the missing-icon problem', () => {
    expect(read('linked 3 days ago and still no bag on the profile. also how do i change my shop logo')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });

  it('hears a shop\'s address, a reset password and a paying seller for what they are', () => {
    expect(read('we moved, and the address in the shop is still the old one. where do I update it?')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('reset the password and got in', at('seller-link.login-help'))).toMatchObject({ kind: 'choice', index: 0 });
    expect(read("This bot is useless. Please escalate my case to a real agent, I'm a paying seller")).toMatchObject({ kind: 'command', command: 'human' });
  });

  it('does not take a question that points back at another platform for a linking question of its own', () => {
    expect(read('I sell on Shopee and Lazada too, can I connect those shops to my tiktok account?')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
  });

  it('takes the topic of the question put after a dash', () => {
    expect(read('buyer wants a refund because the parcel is late - i just need to know how to change the courier on that order')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
  });

  it('reads "already" of a step done, not of a link elsewhere, as no problem', () => {
    expect(read('linked already, how do i get my first sales')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('main account already linked, now how do i add a second account to promote the shop')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('can i sell during a live? my account is linked already')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });

  it('takes a creator asking whether they need a seller account to the creator steps', () => {
    expect(read("i'm a creator with 3k followers, do i need to open a seller account or is there a creator way to link?")).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('does an affiliate even have to link an official account, or is that a seller thing?')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('does not take a checklist already gone through for the checklist', () => {
    expect(read('did the checklist already, all fine. now how do i link my tiktok account to the shop')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('takes more accounts wanted on the shop for ads, or after a setting changed, as marketing accounts, unless a question asks about the ads', () => {
    expect(read('we run spark ads and want 3 more tiktok accounts linked to our shop for the team')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('updated our shop logo last week, all fine. now we want to add two more tiktok accounts to the shop for our staff, how?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('Our 3 marketing accounts are linked. Question about ads: can we pay for Promote on their videos from the shop\'s ad account?')).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
  });

  it('hears the bag that worked yesterday, beside a question about shipping, as no missing icon', () => {
    expect(read('got my first orders through the bag on my profile yesterday but i do not know how to ship them, which courier do i use?')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
  });

  it('takes a problem fact over a looser fit of a flow that asks no problem', () => {
    expect(read('my brother and i ran a store together, we stopped, he still has our tiktok connected to his store and i want it on mine')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('my co-founder wants her own tiktok connected to our shop as a second account, how many can we add?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts', facts: {} });
    expect(read("what are marketing accounts? i want to add my ex partner's account besides the official one")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });

  it('hears couriers, products suspended and penalty points for their topics', () => {
    expect(read('which couriers work with tiktok shop in the uk')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    expect(read('all my items got removed overnight, says prohibited product')).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
    expect(read('got 3 points on my shop for late shipping, how do i get them removed')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });

  it('takes a question\'s shape over a resemblance of the whole vocabulary, and the time a link is wanted by for no link age', () => {
    expect(read('i manage the store, the owner needs our tiktok connected to the shop today. can you walk me through it')).toMatchObject({ kind: 'route', flow: 'seller-link', facts: {} });
  });

  it('routes a long first message by what its questions ask, when the whole message agrees', () => {
    expect(read('Good morning. We run a small bakery in Leeds and recently opened a TikTok Shop. Could you please explain, step by step, how I connect our TikTok page to the storefront? I am not very familiar with the app.')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read("Does anyone know if the new phone is worth it? Mine is from 2019 and the camera is bad for product videos. Sorry, random question, I know this is a support channel and it is not about my shop at all.")).toMatchObject({ kind: 'unsure' });
  });

  it('keeps topics next to linking from linking trees at their boundaries', () => {
    expect(read('i have a lazada store too, can i connect it with my tiktok shop')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
    expect(read('typo in my shop name, can it be fixed?')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('how do i change the contact email for the shop')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('we need to change the legal representative on the shop')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('how do i add a second return warehouse to my shop')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('my account health turned red, what does it mean')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(read('shop went into restricted mode over late shipments')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(read('can you help me run a campaign for my products')).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
  });

  it('reads linking problems that name another flow\'s goal or a wrong shop as their own', () => {
    expect(read('i want the shopping bag on my profile but the qr just wont scan')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('linked my tiktok to the wrong shop by accident this morning, how do i undo that')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('do you have to be 18 to link a tiktok to a shop')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('does not take "bạn" typed without its marks for a ban', () => {
    expect(read('chao ban, how do I link my tiktok')).not.toMatchObject({ kind: 'out-of-scope' });
    expect(read('got a ban on my account, how do i appeal')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });

  it('builds one stage per set of flows', () => {
    const flows = shippedFlows();
    expect(Understanding.of(flows)).toBe(Understanding.of(flows));
    expect(Understanding.of(flows).interpret('qr code wont scan')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });

  it('offers a translated button with its own words first and the English ones after', () => {
    const [first] = understanding().offered('qr-failure.restart-app', {}, 'es');
    expect(first!.source).toBe('That fixed it');
    expect(first!.synonyms).toContain('That fixed it');
    expect(first!.synonyms!.indexOf('That fixed it')).toBe(first!.translated);
  });

  it('goes to the step a phrase names', () => {
    expect(read('which countries can sell on tiktok shop')).toMatchObject({ kind: 'route', flow: 'preflight', step: 'region' });
  });

  it('is routed by a quoted error when the words around it say little', () => {
    expect(read('it says "This account is already linked"')).toEqual({
      kind: 'route',
      flow: 'already-linked',
      facts: { 'error-text': 'This account is already linked' },
    });
  });

  it('is routed by a problem fact only one flow asks about', () => {
    expect(read('an agency has it, they will not answer')).toEqual({
      kind: 'route',
      flow: 'already-linked',
      facts: { 'other-shop-holder': 'agency', 'other-shop-access': 'no' },
    });
  });

  it('routes by a problem fact when the words alone are not enough: the one flow that asks it', () => {
    // Only qr-failure asks the QR symptom (seller-link records it too, but never asks it).
    expect(read('the qr thing just spins forever')).toEqual({ kind: 'route', flow: 'qr-failure', facts: { 'qr-symptom': 'spinning' } });
  });

  it('hears a person asked for, and frustration, as a request for a person', () => {
    expect(read('can i please just talk to a real human')).toEqual({ kind: 'command', command: 'human', facts: {} });
    expect(read("I need a person, nothing works and I've tried everything")).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('this is useless')).toMatchObject({ kind: 'command', command: 'human' });
  });

  it('takes whole-message commands', () => {
    expect(read('start over')).toEqual({ kind: 'command', command: 'restart', facts: {} });
    expect(read('hello')).toMatchObject({ kind: 'command', command: 'greet' });
  });

  it('answers an out-of-scope question honestly, even with a linking word in it', () => {
    expect(read('I want to pay with a QR code at checkout')).toEqual({ kind: 'out-of-scope', topic: 'payouts', facts: {} });
    expect(read('customer scanned the payment qr at checkout and it failed')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('how do I link my bank account for payouts')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('can I change my shop name after linking')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
  });

  it("answers honestly when a topic's words outnumber linking's, however they are put", () => {
    expect(read('the courier lost it')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    expect(read('chargeback from a buyer')).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
    expect(read('the qr scan fails when I pay')).not.toMatchObject({ kind: 'out-of-scope' });
  });

  it('admits it is unsure rather than guess', () => {
    expect(read('purple elephants')).toEqual({ kind: 'unsure', facts: {} });
    expect(read('scna')).toMatchObject({ kind: 'unsure' });
  });

  it('asks rather than route when a word of another topic sits beside linking words no phrase fits closely', () => {
    expect(read('how much does the shopping bag cost')).toMatchObject({ kind: 'unsure' });
    // (A cost per month is a question about fees outright.)
    expect(read('how much does the shopping bag cost per month')).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
    // The same linking words without the other topic's word still route.
    expect(read('the shopping bag is not there on my profile')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });

  it('reads the shape of a question when its words fit no flow clearly', () => {
    expect(read('i own a skincare brand in thailand, how do we connect our tiktok to the shop')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('creator here, how do i hook up my tiktok to a shop')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('Am I too old for TikTok Shop? I am 71 haha')).toMatchObject({ kind: 'route', flow: 'preflight' });
    // A question that names a problem is not a how-to, whatever its shape.
    expect(read('how do i connect my tiktok when the qr fails')).not.toMatchObject({ flow: 'seller-link' });
  });

  it('does not let one more word of a worse-fitting flow ("new" of "a new shop") take a linking question', () => {
    expect(read('how to link my tiktok acc to my shop pls, new seller here')).not.toMatchObject({ flow: 'already-linked' });
  });
});

describe('a message at a step with buttons', () => {
  it('picks buttons by number, and says when no button has the number', () => {
    expect(read('2', at('qr-failure.restart-app'))).toEqual({ kind: 'choice', index: 1, facts: {} });
    expect(read('7', at('missing-icon.when-linked'))).toEqual({ kind: 'unsure', why: 'out-of-range', facts: {} });
  });

  it('takes a button not found at a step of the linking steps for "I\'m stuck here", never for the flow it is in', () => {
    expect(labelOf('seller-link.official', 'no Link Official Account button here, only the marketing accounts tab')).toBe("I'm stuck here");
    expect(labelOf('seller-link.authorize', "don't see any authorize button in the app")).toBe("I'm stuck here");
    expect(read("a customer's return is stuck on awaiting seller response, where do i reply", at('seller-link.official'))).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
  });

  it('maps yes and no words to the right button', () => {
    expect(labelOf('qr-failure.restart-app', 'nope, still broken')).toBe('Still not working');
    expect(labelOf('qr-failure.restart-app', 'yes')).toBe('That fixed it');
    expect(labelOf('missing-icon.check-shop', 'yes')).toBe('Yes, active and approved');
    expect(labelOf('qr-failure.restart-app', 'still broken and useless')).toBe('Still not working');
  });

  it('reads a long message that opens like a yes, then reports a failure another flow covers, as that flow', () => {
    expect(read('linked it 3 days ago and the basket icon still isnt on my profile', at('after-link.tag'))).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(labelOf('seller-link.confirm', 'yes linked and the bag is there 🎉')).toBe('It says Linked and I see the bag');
    expect(labelOf('qr-failure.restart-app', 'already did that, cleared cache n restarted, still broken')).toBe('Still not working');
  });

  it('hears a command that shares words with a button, unless the button is that command', () => {
    expect(read('Sorry, can I go back to the previous question? I chose the wrong answer.', at('preflight.shop'))).toMatchObject({ kind: 'command', command: 'back' });
    expect(labelOf('marketing-accounts.how', 'back to official steps')).toBe('Back to my Official Account steps');
  });

  it('takes an answer in its label\'s words, unless a topic next to linking is said in more than a word', () => {
    expect(labelOf('marketing-accounts.probation', "my shop is 8 months old with 2k orders, it's definitely not in probation")).toBe("My shop isn't on probation");
    expect(read('unrelated but why is my shop balance on hold?? cant withdraw anything', at('seller-link.confirm'))).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
  });

  it('reads a translated button by its own words, however many English synonyms the flow adds', () => {
    const u = understanding();
    const offered = u.offered('creator-link.how', {}, 'id');
    const invite = offered.find((o) => o.source === 'A brand sent me an invitation')!;
    expect(invite.translated).toBeGreaterThanOrEqual(0);
    expect(u.interpret('ada brand yg udh ngirim undangan ke aku kak', { step: 'creator-link.how', facts: {}, language: 'id' })).toMatchObject({ kind: 'choice', index: invite.index });
  });

  it('records the day-old link a button stands for', () => {
    expect(labelOf('already-linked.unlink-blocked', 'but i linked it like a week ago??')).toBe("It's been linked for over a day");
  });

  it('hears moving on in other words than the label', () => {
    expect(labelOf('preflight.region-unsure', 'all looks right, proceed')).toBe('Looks fine, carry on');
    expect(labelOf('preflight.region-unsure', 'keep going')).toBe('Looks fine, carry on');
  });

  it('reads a problem told at a question that is not yes-or-no as that problem, not as a "no"', () => {
    // The greeting asks what brings you here: "I can't …" there names a problem, not the "isn't working" button.
    expect(read("i can't scan the qr code", at('menu.welcome'))).toMatchObject({ kind: 'route', flow: 'qr-failure', facts: { 'qr-symptom': 'no-scan' } });
    expect(read('no puedo escanear el código qr', { ...at('menu.welcome'), language: 'es' })).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(labelOf('menu.welcome', 'nothing works')).toBe("Something isn't working");
    expect(labelOf('qr-failure.restart-app', 'nope')).toBe('Still not working');
  });

  it('does not take "I\'m not sure" for yes or no, nor yes where no button is yes-like', () => {
    expect(read("I'm not sure", at('qr-failure.restart-app'))).toEqual({ kind: 'unsure', facts: {} });
    expect(read('yes', at('missing-icon.when-linked'))).toEqual({ kind: 'unsure', facts: {} });
    expect(read('purple elephants', at('qr-failure.restart-app'))).toEqual({ kind: 'unsure', facts: {} });
  });

  it('picks the button recording a fact the message states', () => {
    expect(read('linked 3 days ago', at('missing-icon.when-linked'))).toEqual({ kind: 'choice', index: 1, facts: { 'linked-ago': 'over-24h' } });
    // The step asks how long ago, so a bare time is the answer.
    expect(read('3 days ago', at('missing-icon.when-linked'))).toEqual({ kind: 'choice', index: 1, facts: { 'linked-ago': 'over-24h' } });
    expect(labelOf('missing-icon.check-shop', 'the shop is active and approved')).toBe('Yes, active and approved');
    expect(labelOf('qr-failure.what-happens', 'authorization failed')).toBe('It says "authorization failed"');
    expect(labelOf('menu.welcome', 'I own a shop')).toBe('I own a shop');
  });

  it('takes naming a flow a button leads to as that button', () => {
    expect(labelOf('menu.trouble', 'the qr code wont scan')).toBe('The QR code won\'t scan, or it says "authorization failed"');
    expect(labelOf('menu.trouble', 'my bag icon is missing')).toBe('I linked, but the shopping-bag icon is missing');
    // No label words in common: the flow the text routes to is where one button leads.
    expect(labelOf('menu.welcome', 'how do I accept an affiliate invitation')).toBe("I'm a creator");
    expect(labelOf('menu.welcome', 'am I eligible')).toBe('What do I need first?');
    expect(labelOf('qr-failure.fixed-official', 'how do I link my tiktok account to my shop')).toBe('Continue linking (authorize and check)');
  });

  it('switches topic for a confident other topic', () => {
    expect(read('my bag icon is missing', at('qr-failure.restart-app'))).toEqual({ kind: 'route', flow: 'missing-icon', facts: {} });
    expect(read('the qr code wont scan', at('menu.welcome'))).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });

  it('reads the flow the user is already in as an answer, not a restart', () => {
    expect(labelOf('qr-failure.restart-app', 'qr code not working')).toBe('Still not working');
    expect(read('how do I link my tiktok account to my tiktok shop', at('seller-link.login'))).toEqual({ kind: 'unsure', facts: {} });
  });

  it('hands a frustrated user to a person rather than start another topic', () => {
    expect(read('this is useless', at('qr-failure.restart-app'))).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('useless bot, the qr code keeps loading', at('missing-icon.check-shop'))).toMatchObject({ kind: 'command', command: 'human' });
  });

  it('hands a frustrated message to a person even when it names another topic', () => {
    expect(read('nothing works, the qr code is useless', at('missing-icon.check-shop'))).toMatchObject({ kind: 'command', command: 'human' });
    // A plain no with the topic is still an answer and a switch, not frustration.
    expect(read('no, the qr code will not scan', at('missing-icon.check-shop'))).toMatchObject({ kind: 'choice' });
  });

  it('still takes commands, person requests and out-of-scope questions', () => {
    expect(read('start over', at('qr-failure.restart-app'))).toMatchObject({ kind: 'command', command: 'restart' });
    expect(read('can i please just talk to a real human', at('qr-failure.restart-app'))).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('I want to pay with a QR code at checkout', at('qr-failure.restart-app'))).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
  });

  it('does not take "someone else runs that shop" for the button that asks for a person', () => {
    expect(read('ugh forget the bot, is anyone actually there', at('already-linked.explain'))).toMatchObject({ kind: 'command', command: 'human' });
  });

  it('is unsure when the user says they cannot tell and no button says so', () => {
    expect(read('i dont remember', at('missing-icon.when-linked'))).toMatchObject({ kind: 'unsure' });
  });

  it('reads a thumbs up after an action as the button that moves on', () => {
    expect(labelOf('seller-link.authorize', 'tapped authorize 👍')).toBe('Authorized, next');
  });

  it('takes a topic the step itself asks about as an answer, not as out of scope', () => {
    expect(read('got suspended 2 weeks ago')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(read('got suspended 2 weeks ago', at('preflight.standing'))).not.toMatchObject({ kind: 'out-of-scope' });
  });

  it('reads a message that turns away from the question ("forget that", "different thing") as a first message', () => {
    expect(read('forget that, the shopping bag icon doesnt show on my profile even tho i linked last week', at('creator-link.marketplace'))).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('ok different thing, how do i add products to my LIVE', at('marketing-accounts.probation'))).toMatchObject({ kind: 'route', flow: 'after-link' });
    // Without the turn, the same words still answer the step.
    expect(read('the shopping bag icon doesnt show on my profile', at('creator-link.marketplace'))).toMatchObject({ kind: 'choice' });
  });

  it('does not leave the step for a flow no phrase of which fits a short answer closely', () => {
    expect(read('says under review', at('missing-icon.check-status'))).not.toMatchObject({ kind: 'route' });
    expect(read('wait im getting authorization failed when i scan', at('preflight.account'))).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });

  it('does not leave the step for a flow whose whole vocabulary the message only resembles', () => {
    expect(read('qr is on the screen now', at('seller-link.official'))).toMatchObject({ kind: 'unsure' });
    expect(read('qr is on the screen now')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });

  it('takes exasperation with a "not" inside, or opening like "I\'m…", as a person wanted, not as an answer', () => {
    expect(read('omg this isnt helping at all 😤😤', at('qr-failure.restart-app'))).toMatchObject({ kind: 'command', command: 'human' });
    expect(read("i'm going round in circles here 😤", at('preflight.standing'))).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('ok skip this, my actual problem is the code says authorization failed every time i scan', at('preflight.standing'))).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });

  it('takes the fact a step asks, said beside a word of another topic, as the answer, unless the topic\'s own words state it', () => {
    expect(labelOf('seller-link.market', "we're registered in the Philippines, Cebu actually. The shop itself was set up with our Philippine business registration")).toBe('Philippines');
    expect(labelOf('already-linked.who-holds', 'a girl who used to work for us in the warehouse')).toBe('A former employee or colleague');
    expect(read('why did my product listing get rejected', at('preflight.shop'))).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
  });

  it('takes a long message that opens with "ok" and asks to start over as the command', () => {
    expect(read("ok this is all getting confusing, I think I mixed up which login my cousin gave me. can we just start the whole thing over from the beginning?", at('seller-link.my-account'))).toMatchObject({ kind: 'command', command: 'restart' });
  });

  it('hears success, putting it off, and the other accounts in people\'s own words', () => {
    expect(labelOf('qr-failure.clear-browser', 'incognito did the trick!')).toBe('That fixed it');
    expect(labelOf('already-linked.still-blocked', "fine i'll give it a few more days")).toBe("I'll wait and try later");
    expect(labelOf('seller-link.linked', 'i want to hook up my other 2 accounts as well')).toBe('Add Marketing Accounts too');
    expect(labelOf('qr-failure.restart-app', "the seller center is open in safari on my phone, the very same phone I'm trying to scan with. I don't have it open on a computer at all")).toBe('Seller Center is open on this same phone');
  });

  it('takes a label said first, then the reason, as that button, whatever topic the reason names', () => {
    expect(labelOf('preflight.standing-warned', 'carry on anyway, the ban got lifted after my appeal')).toBe('Carry on anyway');
    expect(read('ok and while we wait, a customer wants a refund. how do i process it', at('missing-icon.wait'))).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
    expect(read('ok my real problem: the QR is on my phone and i have to scan it with the same phone??', at('seller-link.my-account'))).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });

  it('hears a turn in any sentence, and the topic a step asks about as no out-of-scope question unless it is an appeal', () => {
    expect(read('ok will wait. meanwhile a buyer is asking me for a refund, where do i do that', at('missing-icon.wait'))).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
    expect(read('while im here, why is my product listing stuck in pending review for 4 days', at('seller-link.official'))).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
    expect(read('just let me try, the warning was for a song copyright thing', at('preflight.standing-warned'))).not.toMatchObject({ kind: 'out-of-scope' });
    expect(read('how do i appeal that warning tho, it was a mistake', at('preflight.standing-warned'))).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });

  it('takes "tried that" for an attempt, not for the button that says it worked', () => {
    expect(read('tried that', at('qr-failure.restart-app'))).toMatchObject({ kind: 'unsure' });
    expect(labelOf('qr-failure.restart-app', 'tried that, still failing')).toBe('Still not working');
  });

  it('takes a button\'s own first words, or a yes that is the button, over a word of another topic said after', () => {
    expect(labelOf('already-linked.held-by-other', 'they wont answer, the agency ghosted us after we stopped paying their fees')).toBe("They won't answer, or can't");
    expect(labelOf('preflight.age', "yes I'm 24, got my own bank account for payouts and everything")).toBe("Yes, I'm 18 or older");
    expect(labelOf('already-linked.held-by-other', "i've messaged him 5 times on whatsapp, blue ticks but no reply. he's ghosting me")).toBe("They won't answer, or can't");
    // First words two buttons share tell nothing.
    expect(labelOf('seller-link.confirm', 'it says linked and the bag shows up, i can see my listings in it')).toBe('It says Linked and I see the bag');
  });

  it('takes an account linked to the wrong shop, or by mistake, as one linked elsewhere', () => {
    expect(read("linked my account to my friend's shop by accident, how to undo")).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('I linked my personal tiktok by mistake lol, need to replace it with the brand account')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('how do i link my tiktok to my shop')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('takes the support email buyers see as a shop setting, not a request for support', () => {
    expect(read('great. last thing, the support email buyers see is wrong, where do i update it', at('already-linked.linked'))).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
  });

  it('takes a request to be forgotten over any button, and an invitation that never showed up', () => {
    expect(read("before we go on, can you delete whatever info you've stored about me? i dont want my data kept", at('preflight.account'))).toMatchObject({ kind: 'command', command: 'forget' });
    expect(labelOf('marketing-accounts.how', 'sent the invite to our second account 2 days ago, nothing showed up on that account')).toBe('The invitation never arrives');
  });

  it('offers only the buttons whose conditions the facts meet', () => {
    const offered = understanding().offered('qr-failure.fixed-official', {});
    expect(offered.map((o) => o.label)).toEqual(['Continue linking (authorize and check)', 'All done, thanks']);
  });
});

describe('a typed answer that resembles a button leading elsewhere', () => {
  it('presses a button that records a problem only when the problem is said', () => {
    expect(read('tapped authorize, done', at('seller-link.authorize'))).not.toMatchObject({ kind: 'choice', index: 1 });
    expect(read('it says authorization failed', at('seller-link.authorize'))).toMatchObject({ kind: 'choice', index: 1 });
  });

  it('asks about a topic next to linking when it is a question, whatever words it shares with a button', () => {
    expect(read('so when do i get the money from my sales paid out', at('creator-link.showcase'))).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(labelOf('creator-link.showcase', 'how do i get sales')).toBe('How do I make it sell?');
  });

  it('hears a person asked for after a button\'s label said first', () => {
    expect(read("I'm not sure, and I'd rather have a human agent check my shop, can you get me one", at('preflight.shop'))).toMatchObject({ kind: 'command', command: 'human' });
  });

  it('presses the button that ends the talk with thanks when thanked there', () => {
    expect(labelOf('after-link.curate', 'thanks so much')).toBe('Thanks, all done');
    expect(read('thanks so much', at('qr-failure.restart-app'))).toMatchObject({ kind: 'command', command: 'thanks' });
  });

  it("stays on a step answered in the step's own words, though they resemble another flow", () => {
    expect(labelOf('already-linked.lost-access', 'forgot password sends the reset code to a phone number i dont have anymore')).toBe("I can't get back in");
  });

  it('hears a password kept at the login question as no shop setting', () => {
    expect(read('yes, i still have the password for it', at('already-linked.explain'))).not.toMatchObject({ kind: 'out-of-scope' });
  });

  it('hears a status that a step\'s buttons record as its answer, told with the topic\'s own word', () => {
    expect(labelOf('missing-icon.check-status', 'it says deactivated')).toBe("It isn't");
    expect(labelOf('missing-icon.check-shop', 'deactivated, because some documents were missing')).toBe("No, it's not active or not approved");
    expect(read('my shop got deactivated, how do i appeal?', at('missing-icon.check-shop'))).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });

  it('presses the button a message answers beside a topic it only mentions, never one it asks about', () => {
    expect(labelOf('missing-icon.wait', 'yes, check on me tomorrow please. meanwhile i will update my product listings')).toBe('Yes, check back in 24 hours');
    expect(read('yes, check on me tomorrow please. meanwhile a buyer wants a refund, where do i do that', at('missing-icon.wait'))).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
    expect(read('nice. unrelated but when does my first payout arrive', at('seller-link.linked'))).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read("ok i'll wait. totally different thing, my payout from last week never arrived", at('missing-icon.wait'))).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
  });

  it('hears a turn to another topic by a quick or a different question, and a question in any clause', () => {
    expect(read('before i log in, quick one: where do i see my available balance?', at('seller-link.login'))).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('ok nice. diff question, my first order just came in, how long do i have to ship it', at('after-link.tag'))).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    expect(read('a brand wants a spark ads code for my video, how do i make one', at('creator-link.showcase'))).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
  });

  it('takes two markets named at the account question for another region', () => {
    expect(labelOf('preflight.account', 'my tiktok is from Canada but the shop is in the US')).toBe("It's registered in another region");
  });
});

describe('a message at a question', () => {
  it('is the answer, whatever it says', () => {
    expect(read('  token expired ', at('qr-failure.ask-message'))).toEqual({ kind: 'answer', text: 'token expired', facts: {} });
    expect(read('my qr code will not scan', at('qr-failure.ask-message'))).toMatchObject({ kind: 'answer', text: 'my qr code will not scan' });
  });

  it('takes a greeting or thanks said there as the answer, and other commands as commands', () => {
    expect(read('hey everyone', at('qr-failure.ask-message'))).toMatchObject({ kind: 'answer' });
    expect(read("thanks, that's all i needed", at('qr-failure.ask-message'))).toMatchObject({ kind: 'answer' });
    expect(read('start over please', at('qr-failure.ask-message'))).toMatchObject({ kind: 'command', command: 'restart' });
  });

  it('still takes commands and person requests', () => {
    expect(read('back', at('qr-failure.ask-message'))).toMatchObject({ kind: 'command', command: 'back' });
    expect(read('i want to talk to a real person', at('qr-failure.ask-message'))).toMatchObject({ kind: 'command', command: 'human' });
  });

  it('is no answer when it turns away to a topic next to linking or to another flow', () => {
    expect(read('ugh forget it. what fees does tiktok charge sellers in the UK anyway', at('qr-failure.ask-message'))).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
    expect(read("whatever, do you know why my product keeps getting rejected? it's just a phone case", at('qr-failure.other'))).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
    expect(read('forget that, my tiktok says its already linked to another shop', at('qr-failure.other'))).toMatchObject({ kind: 'route', flow: 'already-linked' });
    // What the screen says, named without turning away, is still the answer.
    expect(read('it says the product was rejected', at('qr-failure.other'))).toMatchObject({ kind: 'answer' });
    // …and so is turning to the very problem the question is about, or to anything at the step that asks what a person should know.
    expect(read('forget that, the qr code still wont scan', at('qr-failure.other'))).toMatchObject({ kind: 'answer' });
    expect(read('forget that, my payout is late', at('system.human'))).toMatchObject({ kind: 'answer' });
    // A turn to a step of another flow lands on that step.
    expect(read('forget that, what are the benefits of linking', at('qr-failure.other'))).toMatchObject({ kind: 'route', flow: 'menu', step: 'why' });
  });
});

describe('a message after the conversation ended', () => {
  it('is read as a first message', () => {
    expect(read('bag icon missing', at('missing-icon.done'))).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('purple elephants', at('missing-icon.done'))).toEqual({ kind: 'unsure', facts: {} });
    expect(read('which countries can sell on tiktok shop', at('preflight.all-good'))).toEqual({ kind: 'route', flow: 'preflight', step: 'region', facts: {} });
  });

  it('has no buttons, so a number is not out of range, just not understood', () => {
    expect(read('2', at('missing-icon.done'))).toEqual({ kind: 'unsure', facts: {} });
  });
});

describe('buttons pointed at, and answers a button records', () => {
  it('takes thanks that says it worked as thanks where the error message was asked for', () => {
    expect(read('nvm it just worked!! thank you', at('qr-failure.ask-message'))).toMatchObject({ kind: 'command', command: 'thanks' });
    expect(read('it says thank you for waiting, then nothing', at('qr-failure.ask-message'))).toMatchObject({ kind: 'answer' });
  });

  it('takes linking said done and the bag said absent, at any step outside its tree, as the missing bag', () => {
    expect(read('they unlinked it and i linked to my shop, but bag still missing', at('already-linked.held-by-other'))).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('approved and active, linked it yesterday, still no bag', at('preflight.shop'))).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(labelOf('seller-link.login-us', 'shop not approved yet, still under review since monday so no bag obviously')).toBe("My shop isn't approved yet");
  });

  it('takes more accounts wanted on the shop, at a step outside their flow, as that flow', () => {
    expect(read('no need reminder. i want to add 2 more accounts to my shop for affiliate stuff, how', at('missing-icon.wait'))).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('my second account says its already linked to another shop, our old agency has it', at('after-link.tag'))).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('takes a turn to another flow as the button that leads there, when one does', () => {
    expect(labelOf('marketing-accounts.about', 'nvm back to the main account linking')).toBe('Back to linking my Official Account');
  });

  it('takes "camera doesnt pick it up" at the scan step as the QR code that will not scan', () => {
    expect(labelOf('seller-link.scan', 'camera doesnt pick it up')).toBe("The QR code won't scan");
  });

  it('takes thanks that says it worked, at a step asking whether it did, as the button that says so', () => {
    expect(labelOf('qr-failure.restart-app', 'omg yes it works now tysm')).toBe('That fixed it');
    expect(labelOf('qr-failure.restart-app', 'thank you so much it worked')).toBe('That fixed it');
    expect(read('omg it worked ty sm')).toMatchObject({ kind: 'command', command: 'thanks' });
  });

  it('takes a goodbye opened by "ok" as thanks, not as the yes-like button', () => {
    expect(read('ok thanks, that is all i needed', at('creator-link.invite'))).toMatchObject({ kind: 'command', command: 'thanks' });
    expect(labelOf('qr-failure.restart-app', 'yes it works now, thank you')).toBe('That fixed it');
  });

  it('takes thanks for the bag appearing, where the shop\'s status is asked, as thanks and no answer about the shop', () => {
    expect(read('ah the icon finally showed up! thanks a lot', at('missing-icon.check-shop'))).toMatchObject({ kind: 'command', command: 'thanks' });
  });

  it('takes a button typed out as that button, whatever command its words also say', () => {
    expect(labelOf('menu.seller-start', 'back to the start')).toBe('Back to the start');
    expect(read('back to the start')).toMatchObject({ kind: 'command', command: 'restart' });
  });

  it('takes the button a stated fact is `told` to pick: a shop forgotten is the shop not known', () => {
    expect(labelOf('already-linked.explain', 'honestly i forgot which shop its linked to')).toBe("I don't know which shop it is");
    expect(labelOf('creator-link.marketplace-missing', 'only got like 600 followers rn 😅')).toBe('I have fewer followers than that');
    expect(labelOf('creator-link.marketplace-missing', 'im in pakistan')).toBe('TikTok Shop may not run in my country');
    expect(labelOf('creator-link.country', 'im in india so guess not')).toBe("It isn't, I'll wait");
  });

  it('takes "the X one" for the one button whose words hold X', () => {
    expect(read('the qr one', at('menu.trouble'))).toMatchObject({ kind: 'choice', index: 0 });
    expect(read('the one about the bag', at('menu.trouble'))).toMatchObject({ kind: 'choice', index: 2 });
    expect(read('the last one', at('menu.trouble'))).toMatchObject({ kind: 'unsure' });
    expect(read('the qr thing', at('menu.trouble'))).toMatchObject({ kind: 'choice', index: 0 });
    expect(read('its the bag issue', at('menu.trouble'))).toMatchObject({ kind: 'choice', index: 2 });
  });

  it('takes a whole yes or no for the one button of its kind, whatever word it shares with another', () => {
    expect(read('same problem', at('qr-failure.restart-app'))).toMatchObject({ kind: 'choice', index: 1 });
    expect(read('same phone', at('qr-failure.restart-app'))).toMatchObject({ kind: 'choice', index: 2 });
  });

  it('takes a number at the age question for the age, not for a button number', () => {
    expect(read('32 na po ako', at('preflight.age'))).toMatchObject({ kind: 'choice', index: 0, facts: { age: 'adult' } });
    expect(read('17', at('preflight.age'))).toMatchObject({ kind: 'choice', index: 1, facts: { age: 'minor' } });
    expect(read('2', at('preflight.age'))).toMatchObject({ kind: 'choice', index: 1 });
    expect(read('7', at('menu.trouble'))).toEqual({ kind: 'unsure', why: 'out-of-range', facts: {} });
  });

  it('hears the account region said as a country, and a shop said to be live', () => {
    expect(read('mine was made in another country actually', at('preflight.account'))).toMatchObject({ kind: 'choice', index: 1 });
    expect(read('yep its a US account, same as the shop', at('preflight.account'))).toMatchObject({ kind: 'choice', index: 0 });
    expect(read('approved yesterday, its live', at('preflight.shop'))).toMatchObject({ kind: 'choice', index: 0 });
  });

  it('hears who the writer is, said beside who they are not', () => {
    expect(read('Hi, we are the shop owner (the brand), not the influencer', at('menu.welcome'))).toMatchObject({ kind: 'choice', index: 0, facts: { role: 'seller' } });
    expect(read('im selling stuff from other brands', at('menu.welcome'))).toMatchObject({ kind: 'choice', index: 1, facts: { role: 'creator' } });
  });
});

describe('stories whose words belong to other things', () => {
  it("takes Tokopedia's Seller Center, Indonesia's, for linking and Tokopedia alone for another platform", () => {
    expect(read('which seller center site do i use in indonesia, the tokopedia one?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('how do i connect my tiktok account to my shop on tokopedia')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('can i sync my tokopedia products to tiktok shop')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
  });

  it('hears an old shop closed by its owner as no penalty', () => {
    expect(read('my old shop closed down and the tiktok is still tied to it, how do i free it up')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('my shop was closed down for no reason, how do i appeal')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });

  it('hears partners who split however they say it', () => {
    expect(read('me and my cofounder split up, the tiktok is still linked on his store')).toMatchObject({ kind: 'route', flow: 'already-linked', facts: { 'other-shop-holder': 'ex-partner' } });
  });

  it("reads a button's words only where they are said together, not across a turn of the story", () => {
    const text = 'ok I already unlinked it from the old shop like you said, but now when I scan the new QR for my shop it says authorization failed';
    expect(read(text, at('already-linked.unlink'))).toMatchObject({ kind: 'route', flow: 'qr-failure', facts: { 'qr-symptom': 'auth-failed' } });
    expect(read('tried it on my laptop, same thing', at('qr-failure.same-phone'))).toMatchObject({ kind: 'choice', index: 1 });
  });
});

describe('a question on the side, typed at a step', () => {
  it('is a topic next to linking, whatever the step asks', () => {
    expect(read('side q: my product listing got rejected for the main image, how to fix', at('preflight.shop'))).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
  });
});

describe('help with linking asked for in general', () => {
  it('opens the menu, which asks what it is, when no problem, role or shop is named', () => {
    expect(read('need help with the tiktok shop linking stuff')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('i need help with linking but idk where to start')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('i need help connecting tiktok, no idea where to start')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('help me link my tiktok to my shop')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('need help with linking, the qr code wont scan')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('what do i need before linking, like requirements n stuff')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('hears a ticket or an escalation asked for, and being put in touch with support, at a step too', () => {
    expect(read('ticket pls')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('requesting an escalation')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('put us in touch with your creator support')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('nope still nothing. ticket please', at('seller-link.not-linked'))).toMatchObject({ kind: 'command', command: 'human' });
  });

  it('hears a manager or a supervisor asked for', () => {
    expect(read('manager please')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('supervisor asap')).toMatchObject({ kind: 'command', command: 'human' });
  });
});

describe('a shop said ready, and the way onto TikTok asked', () => {
  it('is the linking steps, not the checklist', () => {
    expect(read('shop finally got approved 🙌 now how do i get it onto my tiktok')).toMatchObject({ kind: 'route', flow: 'seller-link', facts: { 'shop-approved': 'yes' } });
    expect(read('shop is approved now, how do i know if i meet the requirements to link')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe('topics next to linking said beside linking words', () => {
  it('hears stock kept in step across platforms as no linking question', () => {
    expect(read('selling the same products on amazon and tiktok, how do i stop overselling when the stock isnt synced')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
  });

  it('hears a step answered and then, after a "but", a question about a topic as the question', () => {
    const text = "logged in but there's a red banner saying my account is restricted for policy violations. how do i appeal that";
    expect(read(text, at('seller-link.login-us'))).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(read('logged in, next', at('seller-link.login-us'))).toMatchObject({ kind: 'choice', index: 0 });
  });

  it('hears sizes added to a product as a listing', () => {
    expect(read('how do i add sizes to a product thats already live in my shop')).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
  });
});

describe('answers typed in the words people use at each step', () => {
  it('hears going on, trying anyway, a new account, a suspension and what comes next', () => {
    expect(read('keep going', at('after-link.live'))).toMatchObject({ kind: 'choice', index: 0 });
    expect(read('whatever lets try anyway', at('preflight.standing-warned'))).toMatchObject({ kind: 'choice', index: 0 });
    expect(read('ok ill make a new one in the right country', at('preflight.region-no'))).toMatchObject({ kind: 'choice', index: 0 });
    expect(read('got suspended for 3 days in march', at('preflight.standing'))).toMatchObject({ kind: 'choice', index: 1 });
    expect(read('yesss. so what now', at('already-linked.linked'))).toMatchObject({ kind: 'choice', index: 0 });
    expect(read('skip the check, straight to the steps', at('menu.seller-start'))).toMatchObject({ kind: 'choice', index: 1 });
  });

  it('hears a country misspelt, and going back after a step skipped', () => {
    expect(read('philipines po', at('preflight.region'))).toMatchObject({ kind: 'choice', facts: { market: 'PH' } });
    expect(read('go back pls, i skipped a step', at('seller-link.scan'))).toMatchObject({ kind: 'command', command: 'back' });
  });
});

describe('an "ok" that only acknowledges, then asks about a topic next to linking or another flow', () => {
  it('asks the question, while an "ok" with a question about the step is still the yes', () => {
    expect(read('ok and when does my first settlement come in', at('missing-icon.wait'))).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('ok so how do i actually set up the ad campaign after that', at('marketing-accounts.about'))).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    expect(read('ok and how long does it take', at('missing-icon.wait'))).toMatchObject({ kind: 'choice', index: 0 });
    expect(read('ok, and how do i tag products in my videos once its live?', at('missing-icon.not-active'))).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('first messages with a condition, a shop someone else linked to, a tab asked for', () => {
  it('takes a market set as a condition for the checklist, another person\'s shop for already linked, "wheres my shop tab" once linked for the missing bag', () => {
    expect(read("can i link my account if i'm in vietnam")).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read("i'm in vietnam, how do i link my tiktok to my shop")).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('freelancer linked our account to her shop, now what')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('linked my account to the shop, now what')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('wheres my shop tab? seller center says Linked')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('shop approved today!! now how do i link it')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe('a step answered in passing, then a question of its own', () => {
  it('asks the question: waiting and asking about payouts, linked and asking about ads, deactivated and asking how to appeal', () => {
    expect(read('ok while wait, when my first payout come?', at('missing-icon.wait'))).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('linked! now how i run ads from that account', at('marketing-accounts.how'))).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    expect(read("shop say 'deactivated due to policy', how appeal", at('missing-icon.check-shop'))).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(read('it says deactivated because I missed some documents', at('missing-icon.check-shop'))).toMatchObject({ kind: 'choice', index: 1 });
  });

  it("takes an agency's or an assistant's tiktok added to the shop for more accounts", () => {
    expect(read("add our ads agency's tiktok to our shop")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read("how do i add my assistant's account to the shop")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('how do i link our tiktok ads manager account to the shop for gmv max')).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
  });
});

describe("another tree's problem told at a step", () => {
  it('is that tree, whatever the clause before it answers', () => {
    expect(read('ok restarted and scanned again, now it says this account is already linked to another shop', at('qr-failure.restart-app'))).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('refreshed and now theres a message saying already linked to another shop', at('seller-link.not-linked'))).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('that worked from the laptop but now it says already linked to another shop', at('qr-failure.same-phone'))).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read("ok back on the laptop, refreshed, it says Linked next to my username, which is great. but on my phone my profile still has no shopping bag, I even closed and reopened tiktok twice. is that normal or did something go wrong?", at('seller-link.confirm'))).toMatchObject({ kind: 'choice', index: 1 });
  });

  it('is the flow a question after the answer asks', () => {
    expect(read('accepted ✅ how do i add the products to my live tho, going live tonight', at('creator-link.invite'))).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(labelOf('creator-link.invite', 'accepted, what now?')).toBe('Accepted, what now?');
  });

  it('is not a clause of a few words, a problem denied, a link said not to be there, or a topic next to linking', () => {
    expect(labelOf('marketing-accounts.probation', "we're not on probation tho, shop is 8 months old")).toBe("My shop isn't on probation");
    expect(read('i own a shop lets link it, hopefully no authorization failed drama', at('menu.why'))).not.toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read("I'm back on the computer, refreshed the page too, but the status still doesn't show linked, it's just empty there", at('seller-link.confirm'))).not.toMatchObject({ kind: 'choice', index: 1 });
    expect(read('wait before I continue, how do I change the bank account my shop pays out to?', at('marketing-accounts.probation'))).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
  });
});

describe('a question mark that asks about a topic, and the catch-all button with a topic named', () => {
  it('asks the topic, while a question mark about the step keeps the button', () => {
    expect(read("they unlinked but now my acc got violation for 'account sale', appeal?", at('already-linked.held-by-other'))).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(labelOf('seller-link.scan', 'it says already linked to another shop?? we only ever had it connected to shopify')).toBe('It says the account is already linked to another shop');
    expect(read('something else, the refund button not working in app', at('menu.trouble'))).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
    expect(labelOf('menu.trouble', 'something else')).toBe('Something else');
  });
});

describe('a question about a topic next to linking asked at a step', () => {
  it('asks the topic, after a short answer or with a fact the step records inside it', () => {
    expect(read('got it. how long does a buyer have to ask for a return', at('marketing-accounts.about'))).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
    expect(read('not now. why did my ads stop delivering', at('already-linked.relink-reminder'))).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    expect(read('ok. fees on my statement look doubled this week', at('already-linked.wait'))).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
    expect(read('can i get paid in euros if my bank is in spain', at('preflight.region'))).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('ok but my payout is on hold, why?', at('missing-icon.check-shop'))).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('how do i appeal the warning though', at('preflight.standing'))).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(read("my shop isnt on probation, its suspended for a violation. appeal how?", at('marketing-accounts.probation'))).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(labelOf('preflight.standing', 'there was a warning last month')).toBe('There was a recent warning or suspension');
  });

  it('leaves the button to an answer that tells a topic beside it, and to a question about the topic the step asks', () => {
    expect(labelOf('seller-link.login', 'ok logged in on my laptop. side note the dashboard says I have 3 orders to ship lol')).toBe("I'm logged in, next");
    expect(labelOf('preflight.age', 'yes I\'m 24, got my own bank account for payouts and everything')).toBe("Yes, I'm 18 or older");
  });
});

describe('a turn to another question inside a message typed at a step', () => {
  it('is heard after "but", as the next question or in the meantime, and what was answered before it is no part of it', () => {
    expect(read('approved and active yes. but my real question is how to sell in LIVE, the bag i can wait', at('missing-icon.check-shop'))).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('its there now thank u! next question, how do i tag products in my videos', at('missing-icon.day-later'))).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('ok i wait. in meantime how i make my official account sell more, like in live?', at('marketing-accounts.probation'))).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('linking wanted beside another platform told in passing', () => {
  it('is the linking steps, "to" or not', () => {
    expect(read('i sell on shopee too but now want link my tiktok account to my tiktok shop')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('i have a shopee store, can i connect it to tiktok shop?')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
  });
});

describe('a first message whose story ends in another tree\'s problem', () => {
  it('asks about where it ended, when it reports what the screen said', () => {
    expect(read('so theres no shopping bag on my profile, and when i tried linking again it said the account is already linked to another shop?? which is it')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('Hi po, my account is linked already 3 days but the shopping bag icon not appear in my profile')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
});

describe('a creator who just makes videos, a return not showing, a question back', () => {
  it('is the creator, no missing bag, and no yes', () => {
    expect(labelOf('menu.welcome', 'i just make videos, no shop')).toBe("I'm a creator");
    expect(read("buyer scanned the return QR at the drop off but the return isn't showing")).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
    expect(read('what do you mean active', at('preflight.shop'))).toMatchObject({ kind: 'unsure' });
  });
});

describe("a button's first words said as a sentence of their own", () => {
  it('press it, whatever follows', () => {
    expect(labelOf('seller-link.authorize', 'authorized. hope the bag shows up fast')).toBe('Authorized, next');
    expect(labelOf('seller-link.authorize', 'authorized! it listed some permissions about products and shoppable videos')).toBe('Authorized, next');
  });
});

describe("a creator asking what they may or must do", () => {
  it("is the creator's way, unless the question names what the checklist weighs", () => {
    expect(read('i make videos and my mom has a small batik shop on tiktok, can i link my account to HER shop so i can sell her stuff?')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('new to this 🥲 i do UGC videos for brands, do i need to link to their shop for the videos to be shoppable or how does it work')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('i only have about 800 followers, am i even eligible for tiktok shop creator stuff')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read("im 17 turning 18 in march, can i already do the tiktok shop creator thing?")).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe('a shop not approved yet, and linking asked about', () => {
  it('is the checklist, not a problem of a tree', () => {
    expect(read("customer service keeps saying my store isn't approved yet. can i link before that?")).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe('first messages about whose account goes on which shop', () => {
  it('hears more accounts beside the official one, a staff member\'s own, or an agency\'s on a client\'s shop', () => {
    expect(read('can we add my cofounders tiktok as well, besides the official account?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('our community manager would like his own tiktok connected to our shop to post promos, is that allowed')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read("we're a marketing agency, can we connect our agency tiktok to a client's shop to run their ads?")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
  it("hears an account linked as the shop's own as the seller's steps, and which steps are needed as the steps", () => {
    expect(read("i've got a personal tiktok and one for the business. how do i set the business one as the official account of my shop")).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('Shop in Italy is ready. Which steps do we need to link our brand TikTok with it?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
  it('hears whether TikTok Shop is a thing somewhere, and linking while the shop waits, as the checklist', () => {
    expect(read('is tiktok shop a thing in poland yet? wanna link my acc')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('store still in review, can begin linking or must wait?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe('topics next to linking, in more words', () => {
  it('hears a video taken down asked why, and a user added to a client\'s Seller Center', () => {
    expect(read('why did my video get taken down, it was just a product demo')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(read("how can i invite a new member to my client's seller center")).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
  });
});

describe('what a first message says beside its question', () => {
  it('hears the bag missing while linked beside a shop status, a minor asking whether they may, and no absence in a person declined', () => {
    expect(read('no bag icon tho its linked. store is deactivated now')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('can a 16 yr old link their tiktok to their dads shop')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('no need for an agent, just want to know what to do after linking')).not.toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
});

describe('a topic next to linking typed at a step', () => {
  it("outranks a menu's button pressed by the words it shares, as in a first message", () => {
    expect(read("customer's return qr won't scan at the drop off point", at('menu.trouble'))).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
  });
  it('is heard when new products to sell are added, or videos boosted', () => {
    expect(read('how can i add more products for sale? only 3 in my shop', at('marketing-accounts.about'))).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
    expect(read('how do i boost our videos so more people see them', at('seller-link.linked'))).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
  });
});

describe('an age beside the one to come', () => {
  it('is the age now', () => {
    expect(labelOf('preflight.age', '16, 17 in june')).toBe("No, I'm under 18");
    expect(labelOf('preflight.age', '18 in october')).toBe("No, I'm under 18");
  });
});

describe('"useless" said of a way in', () => {
  it('gives up on that way, not on the bot, while a person asked for in one word is one', () => {
    expect(read('resetting the password is useless, the number is gone', at('already-linked.lost-access'))).not.toMatchObject({ kind: 'command', command: 'human' });
    expect(read('this is useless', at('already-linked.lost-access'))).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('ugh. agent.')).toMatchObject({ kind: 'command', command: 'human' });
  });
});

describe('a first message that tells how far it got', () => {
  it('hears "no idea where to start" with linking as the steps, and a time since linking beside the bag shown as no missing bag', () => {
    expect(read('i run a little candle shop and want my tiktok linked to it but no idea where to begin')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('linked 4 days ago, the bag is showing, 300 followers, still no orders. what am i missing?')).not.toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('linked 4 days ago and there is no bag showing')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
});

describe('a person asked for beside a topic', () => {
  it('is the request when asked in a sentence of its own and the topic is only told', () => {
    expect(read('Could I get a ticket opened with a real person? It is urgent, our payout is tomorrow.')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('our payout is late. who do i contact?')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('can you connect me to someone who handles refunds? a buyer wants her money back')).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
  });
  it('is part of the answer where the answer goes to a person anyway', () => {
    expect(read('i need a person to remove my tiktok from the shop my ex runs', at('system.human' as StepKey))).toMatchObject({ kind: 'answer' });
  });
});

describe('more first messages', () => {
  it('hears a shop run with an ex and still linked, a personal or creator account type, and someone asked to just look', () => {
    expect(read('my ex and i had a shop together, our tiktok is still linked to it. what now?')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(extractFacts('can my business or creator account be linked, or must it be personal').role).toBeUndefined();
    expect(read('did everything twice, somebody please just check my account')).toMatchObject({ kind: 'command', command: 'human' });
  });
});

describe('first messages read a little closer', () => {
  it('hears a problem tree named beside exasperation, a verb that ends with its sentence, "me" for "my", and a returns label', () => {
    expect(read('authorization keeps failing when i scan, 2 days now. ridiculous')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('can a shop have several tiktok accounts? we have 2 staff with their own')).not.toMatchObject({ kind: 'command', command: 'human' });
    expect(read("where's me bag icon? it says linked in seller centre")).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read("the customer's returns label qr won't scan at the locker")).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
  });
  it('takes a question about what the question means for no answer', () => {
    expect(read('what does that mean', at('preflight.account'))).toMatchObject({ kind: 'unsure' });
    expect(read('what do you mean by standing', at('preflight.standing'))).toMatchObject({ kind: 'unsure' });
  });
});

describe('more typed answers and first messages', () => {
  it('hears enough of something for today, going back to a step not done yet, and what a word means', () => {
    expect(labelOf('after-link.tag', 'enough tips for tonight thx')).toBe("That's enough for now");
    expect(read("go back please, i haven't opened seller center yet", at('seller-link.scan'))).toMatchObject({ kind: 'command', command: 'back' });
    expect(read('what does approved even mean here', at('missing-icon.check-shop'))).toMatchObject({ kind: 'unsure' });
  });
  it('hears staff added as users as a shop setting, and what is next once the shop is approved as the steps', () => {
    expect(read('can i add two colleagues as admins in seller center')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('store just got verified!! what next to link it to my tiktok')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe('a story that ends on its answer, and more first messages', () => {
  it('is that answer, whatever tree the story names', () => {
    expect(labelOf('preflight.linked', 'it used to be on my old store but i removed it in may so no')).toBe("No, it isn't linked anywhere");
  });
  it('hears what else to do once linked beside ads, "the real one" as a shop, and a device asked about as no checklist', () => {
    expect(read('linked on monday and the bag shows, still no sales, a friend says run ads. what else should we be doing?')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('linked the wrong shop an hour ago, how do i switch it to the real one')).not.toMatchObject({ kind: 'command', command: 'human' });
    expect(read('do i need a laptop to link or is the app enough')).not.toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe('a time since linking and the bag said missing', () => {
  it("is the bag's tree whoever asks, unless the bag is said to be there", () => {
    expect(read('creator here, linked it all last month and the shop tab on my profile is gone')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('linked 3 days ago and the bag shows on my profile, never did a LIVE though. how do i sell in a LIVE?')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('products of another platform, and the menu named mid-flow', () => {
  it('hears products sold on Tokopedia connected as another platform, and no loose menu fit at a step', () => {
    expect(read('can i connect my tokopedia items to my tiktok shop or is it separate')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
    expect(read('i dont have that option in my menu', at('creator-link.marketplace'))).not.toMatchObject({ kind: 'route', flow: 'menu' });
  });
});

describe("someone else's products promoted, and the main account linked", () => {
  it("hears a creator promoting a friend's products, and the main account linked as the seller's steps", () => {
    expect(read('my cousin runs a shop and asked me to feature his products on my tiktok, what do i need to do?')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    // (The learned reading doubts it, its words being marketing accounts'; see learned.test.ts.)
    expect(readByRules('whats the difference between official and marketing accounts? i just want my main account connected to my shop')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe('another platform pointed back at, nothing heard back, and a programme named by a shop owner', () => {
  it('hears them as what they are', () => {
    expect(read('we already sell on shopify, can we link that store to tiktok so we dont re-list everything')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
    expect(read('emailed her last week, still heard nothing back', at('already-linked.held-by-other'))).not.toMatchObject({ kind: 'command', command: 'back' });
    expect(extractFacts('we run a small shop, is this the affiliate program or something else').role).toBe('seller');
  });
});

describe('asking what a thing the step names is', () => {
  it('answers no button and goes nowhere else, unless a button explains it', () => {
    expect(read('what is seller center', at('already-linked.explain'))).toMatchObject({ kind: 'unsure' });
    expect(read('whats a marketing account', at('seller-link.official'))).toMatchObject({ kind: 'choice' });
  });
});

describe('a step whose buttons record a symptom beside a fact they all record alike', () => {
  it('asks the symptom: one told without the QR named presses its button', () => {
    expect(labelOf('seller-link.scan', "app won't read it, tried twice")).toBe("The QR code won't scan");
  });
});

describe('the other role stated where one way to link is shown', () => {
  it("turns to that role's way when nothing else fits", () => {
    expect(read('im just an affiliate actually, no shop at all', at('menu.seller-start'))).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('oh wait i dont own a shop, i just wanna promote brands', at('menu.seller-start'))).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('hmm actually what i want is to link my own brand shop, im the owner not affiliate', at('creator-link.browse'))).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('leaves the step alone for the role it is for, and for a second account asked about', () => {
    expect(read('i have a shop', at('menu.welcome'))).toMatchObject({ kind: 'choice', index: 0 });
    expect(read('im a seller btw', at('seller-link.my-account')).kind).not.toBe('route');
    expect(read('also i have a lil shop of my own, can i hook my alt account up to it for ads', at('creator-link.invite'))).not.toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(extractFacts('i also want to add our 2 other accounts for affiliate stuff').role).toBeUndefined();
  });
});

describe('a person asked for in a clause, a child of under 18, and what a word of the step means', () => {
  it('hears a person asked for in a clause beside a topic only told', () => {
    expect(read('i need real human support urgently, we have big campaign tomorrow')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('who do i talk to about my payout, its late')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
  });

  it('hears a person asked to get in touch, a person wished for, and a person asked for in German, French or Tagalog', () => {
    for (const text of ['can a mod or staff dm me, its urgent', 'can support give me a call? my number is on the seller profile', 'Can your team email me instead? I\'m at work', 'oh great another bot. cool cool cool. a person would be nice', 'Bitte einen Mitarbeiter, ich komme nicht weiter', 'Bonjour, je voudrais parler à un conseiller svp', 'pwede po makausap ang totoong tao?'])
      expect(read(text), text).toMatchObject({ kind: 'command', command: 'human' });
    // (The bot itself asked to message: a reminder.)
    expect(labelOf('already-linked.wait', 'can you message me same time tomorrow')).toBe('Remind me in 24 hours to link it');
  });

  it('hears a person one would rather ask or have on a call, never one met before; reminders called off; money put into ads; a wrong order undone', () => {
    expect(read("had a quick question about seller fees but honestly i'd rather just ask a person")).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('honestly could someone from the seller team do a video call with me, this invitation stuff is confusing', at('marketing-accounts.how'))).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('cheers mate, more useful than the last human i talked to tbh')).not.toMatchObject({ kind: 'command', command: 'human' });
    expect(read('no more reminders pls', at('missing-icon.day-later'))).toMatchObject({ kind: 'command', command: 'cancel' });
    expect(read('our marketing guy asked how much we should put into tiktok ads to start')).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    expect(read("promote says 'this video is not eligible' — is it because it has a product link on it?")).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    expect(read('a product i promote says out of stock, when will it come back?')).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
    expect(read('i accidentally clicked approve refund on the wrong order 😭😭 can i undo it')).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
    expect(read('how many followers do u need before u can earn commission selling other brands stuff')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('what is linking exactly, and do i need it')).toMatchObject({ kind: 'route', flow: 'menu' });
    // (Selling only one's own things, said with an "only", is no creator's way, whatever else they make.)
    expect(read('opened my shop in seller center (germany) but honestly im more a content creator than a business. do i link like a seller or like an affiliate? i only sell my own prints')).not.toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('hears the linking steps asked for with "walk me thru" or with nothing linked yet, and linking in general told about', () => {
    expect(read('walk me thru linking our brand account to the store step by step')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read("how do i link my account to my shop, it's not linked to anything yet I checked")).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('scanned the qr but its still not linked to anything')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('tell me abt tiktok shop linking pls, my friend said i should do it')).toMatchObject({ kind: 'route', flow: 'menu' });
  });

  it('hears where to put a product when posting a video as the tips for after linking', () => {
    expect(read('hi! shop connected to my tiktok yesterday. when I post a video, where do I attach the item?')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('linked now. where do i put the product link when i upload?')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });

  it("hears products put into one's showcase as the creator's way, and whether one is good to start as the checklist", () => {
    expect(read('how do i get products into my showcase')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('how do i put items in my showcase')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('how to put products on my showcase now that my shop is connected')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('philippines here, 1.5k followers 🇵🇭 am i good to start or is there anything else i need')).toMatchObject({ kind: 'route', flow: 'preflight', facts: { market: 'PH', followers: '1500' } });
    expect(read('do u need 1k or 5k followers for tiktok shop, ive seen both on tiktok idk which is right')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('hears a reminder asked for as the button that sets one, never when it is called off, and next week as not now', () => {
    expect(labelOf('already-linked.wait', "send me a reminder tomorrow to do the linking pls, i'll be at my laptop then")).toBe('Remind me in 24 hours to link it');
    expect(read('actually cancel that 24h reminder, ill do it myself', at('already-linked.wait'))).toMatchObject({ kind: 'command', command: 'cancel' });
    expect(labelOf('already-linked.relink-reminder', 'not today, maybe next week when things calm down')).toBe('Not now');
  });

  it('hears the previous question asked for, thanks for the help so far, and a score spelled out', () => {
    expect(read('oops can we go to the previous question, I answered the last one wrong', at('preflight.shop-unsure'))).toMatchObject({ kind: 'command', command: 'back' });
    expect(read('ty for the help so far 🙂', at('preflight.standing-warned'))).toMatchObject({ kind: 'command', command: 'thanks' });
    expect(labelOf('system.rate', 'four')).toBe('4');
    expect(read('two')).toMatchObject({ kind: 'unsure' });
  });

  it('hears a person demanded about a topic, and the topic when a question asks it or who handles it', () => {
    for (const text of ['i want to talk to an agent about my payout', 'I need to speak with someone about my payouts, urgently', 'connect me with a live agent for ads billing'])
      expect(read(text), text).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('I need to talk to a human about my account suspension appeal. Who should I contact?')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(read('can I speak to someone about my orders not being picked up by the courier? 3 days now')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    expect(read('buyer wants to talk to a person about their refund, where do i send them')).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
  });

  it("reads a son's or daughter's age as the age of who would link", () => {
    expect(read('my son is 16 he want to open tiktok shop and link his account, can?')).toMatchObject({ kind: 'route', flow: 'preflight', facts: { age: 'minor' } });
    expect(extractFacts('my daughter is 15 and wants to sell her slime').age).toBe('minor');
  });

  it('asks again when the meaning of a word of the step is asked, in any wording, even when a button holds the word', () => {
    for (const text of ['what is mean approved', 'what means active', 'whats approved']) expect(read(text, at('missing-icon.check-shop')), text).toMatchObject({ kind: 'unsure' });
    expect(read('its approved', at('missing-icon.check-shop'))).toMatchObject({ kind: 'choice', index: 0 });
  });
});

describe('thanks for a fix, help in few words, a score, an age turned and a country by its nickname', () => {
  it('hears them as people type them', () => {
    expect(read('thank you so much its working now!!')).toMatchObject({ kind: 'command', command: 'thanks' });
    expect(read('what this bot do ah')).toMatchObject({ kind: 'command', command: 'help' });
    expect(labelOf('system.rate', '4/5')).toBe('4');
    expect(labelOf('system.rate', '4 out of 5')).toBe('4');
    expect(labelOf('system.rate', '5 stars')).toBe('5');
    expect(labelOf('preflight.age', 'turned 19 in may lol')).toBe("Yes, I'm 18 or older");
    expect(labelOf('preflight.region', 'pinas')).toBe('Philippines');
    expect(read('my shop turned 2 today').facts.age).toBeUndefined();
  });
});

describe('linking asked about at large by a beginner', () => {
  it('goes to the menu, however the asking is put', () => {
    for (const text of [
      'hey, need a hand with the whole tiktok to shop linking thing',
      'not sure where to even begin with connecting tiktok and the shop',
      'Good day, I would like assistance regarding TikTok account linking.',
      'got a general question about tiktok shop account linking',
      'first time here, no clue where to start with connecting tiktok and the shop',
    ]) expect(read(text), text).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('first time linking, how do i connect my shop to tiktok')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe("a creator's answers in their own words, and a staff member's account to be added", () => {
  it('presses the button they mean', () => {
    expect(labelOf('creator-link.invite-missing', 'ill just wait for them to resend it')).toBe("I'll wait for the brand");
    expect(labelOf('creator-link.invite-missing', 'nvm its there under system notifications')).toBe('Found it');
    expect(labelOf('creator-link.browse', 'found a cute lip oil w 15% commission, adding it')).toBe('Found one I like');
    expect(labelOf('creator-link.how', 'i want to earn commission picking my own products')).toBe("I'll pick products myself");
    expect(labelOf('creator-link.how', 'wait i actually have my own shop')).toBe('Actually, I own a shop');
  });

  it('reads an account of the team to be added to the shop as more accounts, and an ads manager account as ads', () => {
    expect(read("can my sales rep's tiktok be added to the shop too")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('our ads manager account linked to the shop got disabled, how to fix')).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    expect(read("tried adding a 2nd account under marketing accounts and it says my shop cant link them yet?? we're 3 weeks old")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
});

describe('how to link asked after an answer, products connected from another platform, and not knowing which role', () => {
  it('reads each as what it asks', () => {
    expect(read('sorry i think i picked wrong, im the shop owner not a creator, how do i link my shop', at('creator-link.marketplace'))).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('Philippines is on the list po. but i also have a small shop, how to link official account?', at('creator-link.country'))).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('we are using shopify, how to connect all the products to tiktok shop')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
    expect(read('bank details done, now how do I connect my tiktok to the shop?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('wanna link my tiktok to tiktok shop but idk if i count as a seller or a creator 😭')).toMatchObject({ kind: 'route', flow: 'menu' });
  });
});

describe('more of the words people use', () => {
  it('hears them', () => {
    expect(read('hi ad, after i scan the qr the app keep loading loading not finish, already 10 minute')).toMatchObject({ kind: 'route', flow: 'qr-failure', facts: { 'qr-symptom': 'spinning' } });
    expect(read('the QR from seller center no scan with my tiktok app')).toMatchObject({ kind: 'route', flow: 'qr-failure', facts: { 'qr-symptom': 'no-scan' } });
    expect(labelOf('preflight.account', 'my acc is registered in a diff country than the shop 🙃')).toBe("It's registered in another region");
    expect(labelOf('already-linked.wait', 'ping me after the 24h so i dont forget')).toBe('Remind me in 24 hours to link it');
    expect(read('staff?')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('pwede po ba maka-usap ng tao? nalilito na ako sa bot')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('cheers, that did the trick')).toMatchObject({ kind: 'command', command: 'thanks' });
    expect(extractFacts('no scanning needed, the code went straight through')['qr-symptom']).toBeUndefined();
  });
});

describe('how many accounts one shop takes, asked in the singular', () => {
  it('asks about more accounts', () => {
    expect(read('how many tiktok account i can connect to 1 shop? i have 3 page for my business')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
});

describe('starting over at a step whose own button starts the guide over', () => {
  it('presses that button; elsewhere, and where the button only goes back to the menu, it is the command', () => {
    expect(labelOf('system.moved', 'just run the guide again from the top')).toBe('Restart this guide');
    expect(labelOf('system.moved', 'start over')).toBe('Restart this guide');
    expect(read('start over', at('qr-failure.restart-app'))).toMatchObject({ kind: 'command', command: 'restart' });
    // A button back to the menu is not pressed for it: starting over also forgets what was said.
    expect(read('start over', at('menu.seller-start'))).toMatchObject({ kind: 'command', command: 'restart' });
  });
});

describe('a different error, probation, someone to take a look, a partner who left and an agency that asks', () => {
  it('reads each as the answer or the request it is', () => {
    expect(labelOf('qr-failure.what-happens', 'it shows a different error, not that one')).toBe('Something else');
    expect(labelOf('marketing-accounts.how', 'getting an error about the shop being in probation')).toBe("It says my shop can't link them yet");
    expect(labelOf('missing-icon.check-status', "can't make sense of this dashboard, someone take a look pls")).toBe("I can't tell, get me a person");
    expect(read("my cofounder left the business and the tiktok is still connected to the shop that's in his name")).toMatchObject({ kind: 'route', flow: 'already-linked', facts: { 'other-shop-holder': 'ex-partner' } });
    expect(read('i run a small agency and a client asked us to hook their tiktok up to their new shop. whats the process').facts['other-shop-holder']).toBeUndefined();
  });
});

describe('a reminder declined where one is offered', () => {
  it('presses the button the rest of the message says; a reminder cancelled elsewhere is the command', () => {
    expect(labelOf('already-linked.unlink-blocked', "no need to remind me, I'll just try again tomorrow myself")).toBe("I'll try again tomorrow");
    expect(labelOf('already-linked.wait', "dont remind me, i'll link it now")).toBe('Link it to my shop now');
    expect(read('cancel the reminder', at('already-linked.unlink-blocked'))).toMatchObject({ kind: 'command', command: 'cancel' });
    expect(read('please cancel the reminder', at('missing-icon.day-later'))).toMatchObject({ kind: 'command', command: 'cancel' });
  });

  it('presses the one button that turns the reminder down where nothing else is said', () => {
    expect(labelOf('missing-icon.wait', 'no need to check back on me, i can wait on my own')).toBe('No thanks');
    expect(labelOf('missing-icon.wait', 'no reminder please')).toBe('No thanks');
    // Where no button says no, cancelling stays the command.
    expect(read('no need to remind me', at('already-linked.unlink-blocked'))).toMatchObject({ kind: 'command', command: 'cancel' });
  });

  it('hears "diff issue" as turning to another topic', () => {
    expect(read('diff issue: the courier app will not scan our tiktok shipping labels', at('qr-failure.what-happens'))).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
  });
});

describe('buttons a message does not say', () => {
  it('never presses one that records who the user is ("I\'m under 18") by a route into its flow', () => {
    expect(labelOf('creator-link.marketplace-missing', 'adult, US based, 8k followers, no strikes')).not.toBe("I'm under 18");
    expect(labelOf('creator-link.marketplace-missing', 'i live in kenya, dont think its available here')).toBe('TikTok Shop may not run in my country');
  });

  it('reads a question tagged on as no "not" ("that\'s the problem isn\'t it")', () => {
    expect(labelOf('qr-failure.restart-app', "oh wait, i have seller center open on my phone. that's the problem isn't it")).toBe('Seller Center is open on this same phone');
  });
});

describe('staff, a device set against another, ads turned down and the commands asked for', () => {
  it('reads each as what it is', () => {
    expect(read('we have 3 creators on staff, can each of their tiktoks be attached to our shop for running ads')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(labelOf('qr-failure.restart-app', 'oh wait the seller center tab is on my phone, not a computer')).toBe('Seller Center is open on this same phone');
    expect(read('my spark ads campaign got rejected after I linked the account as a marketing account')).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    expect(read('we want 2 more tiktok accounts on our shop for spark ads')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('list your commands')).toMatchObject({ kind: 'command', command: 'help' });
    expect(labelOf('system.out-of-scope', 'show me the options')).toBe('Show me the menu');
  });
});

describe('first messages told a little differently', () => {
  it('reads tips asked for once linked, how many profiles a shop takes, and whether to wait for a pending shop', () => {
    expect(read('just finished linking!! any tips for a first time seller?')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('bag icon is finally there!! how do I start selling through my videos')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('limit on how many tiktok profiles one shop can have?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('our shop application is still pending, can we already link our tiktok or do we wait?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('bag icon still not there after linking')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
});

describe('an account reported linked elsewhere beside another platform', () => {
  it('is the already-linked tree; a failure reported beside a topic stays the topic', () => {
    expect(read('moving our store from shopify to tiktok shop, tried to link our tiktok and it says its bound to another seller')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('says account already linked to another shop, i think the agency that ran our shopify years ago set that up')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('payoneer wont connect to my tiktok shop, keeps saying verification failed')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('shipping label wont print, keeps saying error')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
  });
});

describe('people, commands and answers in a few more words', () => {
  it('hears them, and leaves what only looks like them', () => {
    expect(read('ping a mod pls, my bag icon is gone and i linked 3 days ago')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('I would appreciate it if a real team member could take over from here.', at('already-linked.unlink'))).toMatchObject({ kind: 'command', command: 'human' });
    for (const text of ['mods?? anyone??', 'transfer me']) expect(read(text), text).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('our shop got a violation point for a product description, can a human review it')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(read('bot was fine but it took a while to actually reach a person', at('system.comment'))).toMatchObject({ kind: 'answer' });
    expect(read('stop checking on me pls', at('missing-icon.day-later'))).toMatchObject({ kind: 'command', command: 'cancel' });
    expect(labelOf('system.moved', 'just start the guide over')).toBe('Restart this guide');
    expect(labelOf('qr-failure.restart-app', 'restarted the app like you said and now it scans!')).toBe('That fixed it');
    // (Loading forever is neither of the symptoms the buttons name: the one that says something else.)
    expect(labelOf('qr-failure.what-happens', 'it scans then just loads forever')).toBe('Something else');
    expect(labelOf('menu.welcome', 'owner here')).toBe('I own a shop');
    expect(read('setting up tiktok shop for a client (agency here), what are the steps to get their tiktok hooked up to the shop')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('how do i change the prices on my products now that the account\'s linked')).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
    expect(read('are there monthly costs to having a tiktok shop or is it just per sale?')).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
  });
});

describe('the linking steps asked for by name, and a person needed in the past', () => {
  it('goes to the steps, and takes the past as a comment', () => {
    expect(read('our shop is approved + active in vietnam, need the linking steps for our tiktok account pls')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('bot was quick but i still needed the human in the end', at('system.comment'))).toMatchObject({ kind: 'answer' });
    expect(read('i need a human', at('system.comment'))).toMatchObject({ kind: 'command', command: 'human' });
  });
});

describe('a store on another platform named at the role question', () => {
  it('asks about that platform when a question of its own points back at it', () => {
    expect(read('i own a shopee store, can i just bring it here', at('preflight.who'))).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
    expect(read('i have a wix store, can it connect to tiktok shop', at('preflight.who'))).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
    expect(labelOf('preflight.who', 'i own a shop, i sell on shopee too')).toBe(labelOf('preflight.who', 'i own a shop'));
  });
});

describe('a product attached while posting', () => {
  it('is the tips after linking, however the video is named', () => {
    expect(read('how do i attach a product to a tiktok while im uploading it')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('how do u tag a product in a tiktok when posting')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('a person asked for in a short question, then the story', () => {
  it('is the person, not the tree the story tells', () => {
    expect(read('Any human here? My ex-employee still have our tiktok linked to his shop and not answer me')).toMatchObject({ kind: 'command', command: 'human' });
  });
});

describe('calling it a day at a step', () => {
  it('is the button that ends the talk', () => {
    expect(labelOf('after-link.tag', "cool i'll stop here for today, gotta go film some stuff before the light goes 📸")).toBe("That's enough for now");
    expect(labelOf('after-link.live', 'ill take it from here')).toBe("That's enough for now");
  });

  it('is a goodbye where no button ends the talk', () => {
    expect(read('ok thanks, ill do the rest on my own later', at('seller-link.my-account'))).toMatchObject({ kind: 'command', command: 'thanks' });
    expect(read('ok cool ill sort it with her tomorrow. thanks, bye!', at('marketing-accounts.no-invitation'))).toMatchObject({ kind: 'command', command: 'thanks' });
  });

  it('leaves the answer said before a goodbye its button', () => {
    expect(labelOf('qr-failure.restart-app', 'still not working, thanks bye')).toBe('Still not working');
  });
});

describe('another tree reported by the screen at a step', () => {
  it('is that tree, however well its words fit the linking steps too', () => {
    expect(read('hang on, seller center says the tiktok is linked to some other shop, not mine??', at('missing-icon.check-status'))).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('is not a shop elsewhere only wondered about', () => {
    expect(read('hang on, not sure if the tiktok was linked to some other shop before, is that why?', at('missing-icon.check-status'))).not.toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe('first messages that ask the way in their own shape', () => {
  it('hears the account made the official one, or put onto the shop just named, as the linking steps', () => {
    expect(read("we're a 3 person team selling phone cases out of Austin, shop went live a few days ago. whats the process to make our brand tiktok the official account?")).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('Shop approved 🎉 now how do I actually hook our tiktok up to it')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('hears not being good with technology as not knowing how, no problem', () => {
    expect(read('I have a clothes store in Guadalajara. The shop in seller center is active already and I want my tiktok to be the official account of the store. I am not good with technology, can you explain step by step where I click?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it("hears other people's products sold for a cut as the creator's way, unless it asks what that takes", () => {
    expect(read('hiii 💕 i do beauty content and wanna earn from tagging other brands products, whats the first step')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('how many followers do u need before u can earn commission selling other brands stuff')).not.toMatchObject({ kind: 'route', flow: 'creator-link' });
  });
});

describe("the staff's accounts on the shop, in more shapes", () => {
  it('is marketing accounts, however the staff are counted or named', () => {
    expect(read('Can I connect also the tiktok of my 2 staff to our shop for doing ads?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('can we link also the tiktoks of our 2 sales girls to the shop, for the promotion? we are in Spain')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read("can i get my 2 employees' tiktoks connected to the shop too so they can post and promote for us?", at('after-link.curate'))).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('wait, how about add my staff account also for the ads?', at('menu.seller-start'))).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });

  it('is still a shop setting when they are to be users of Seller Center', () => {
    expect(read('how do i add my staff as users in seller center so they can help manage orders')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
  });
});

describe('a question about a topic next to linking, asked at a step', () => {
  it('hears a warning to be removed as a violation, and the login email of that shop as a setting', () => {
    expect(read('how do i get an old warning removed, it was a mistake', at('preflight.standing'))).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(read('once im in can i change the login email on that shop? the current one belongs to my ex assistant', at('already-linked.lost-access'))).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
  });

  it('still hears a warning told as the answer', () => {
    expect(labelOf('preflight.standing', 'yes i got a warning last month')).toBe('There was a recent warning or suspension');
  });
});

describe('the official account swapped, Seller Center access shared, and a shop nobody knows', () => {
  it('hears the official account swapped for another as the already-linked tree, and making one official as the steps', () => {
    expect(read('we rebranded and want a different tiktok account as the official account of our shop. how do i swap out the current one?')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('how do i make our brand tiktok the official account')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it("hears Seller Center access given to or taken from someone as a shop setting, not another shop's access", () => {
    expect(read('How do I give my VA access to Seller Center without sharing my own password?')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('how do i add my staff to seller center so they can handle orders')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('ex employee. he also still has a user login on our main seller center btw, how do i remove his access there?', at('already-linked.who-holds'))).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('the agency still has access to the old shop and wont unlink')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('hears an account linked to "some shop" as linked elsewhere', () => {
    expect(read('it linked to some shop i dont know who, i cannot enter that seller center also')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe('answers that say what the screen shows', () => {
  it('hears "Not linked" after minutes as no link, and a way in that did not help as the button for it', () => {
    expect(labelOf('seller-link.confirm', "seller center still shows 'Not linked' after 5 min")).toBe("It doesn't say Linked");
    expect(labelOf('already-linked.lost-access', "forgot password doesn't help, that phone number isn't mine anymore")).toBe("I can't get back in");
    expect(labelOf('missing-icon.when-linked', 'seller center said linked on friday, today is monday')).toBe('More than a day ago');
  });
});

describe('an "ok" and then a question, or a "no" and then news', () => {
  it("presses the step's own button that the question asks, not the ok's", () => {
    expect(labelOf('marketing-accounts.about', "got it, so how do i actually add my VA's account")).toBe('How do I add one?');
    expect(labelOf('marketing-accounts.about', 'got it, thanks')).toBe('Got it, thanks');
  });

  it('hears a new message on the screen after a plain no, but not the problem the no answers', () => {
    expect(read('nah still failing, and now it even says "account already linked to another shop" wtf', at('qr-failure.restart-app'))).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(labelOf('qr-failure.restart-app', 'no, the qr code will not scan')).toBe('Still not working');
  });
});

describe('the linking asked to be done from the team’s end', () => {
  it('is a person', () => {
    expect(labelOf('qr-failure.no-other-device', 'cant someone just link it from your end? i have zero access to a computer')).toBe("I'd like a person to help");
    expect(read('can you guys just do it for me on your side')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('can i do it from my side')).not.toMatchObject({ kind: 'command', command: 'human' });
  });
});

describe('first messages with a word that pulls the wrong way', () => {
  it("hears a seller denying the creator's way as the linking steps", () => {
    expect(read("im a seller not a creator, dont need the affiliate stuff, i just want to connect my shop's tiktok")).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('how do i join the affiliate program as a creator')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it("hears the agency's own tiktok on the shop as marketing accounts", () => {
    expect(read("can my agency's tiktok be linked to my shop as well for affiliate campaigns")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });

  it('hears boosting the videos as ads and being charged extra as fees', () => {
    expect(read('want to promote the videos where i tagged products, how do i boost them')).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    expect(read('do we get charged extra for linking more tiktok accounts to the shop?')).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
    expect(read('how do i boost my sales with videos')).not.toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
  });
});

describe('a seller denying the creator’s way, then a problem', () => {
  it('is the problem’s tree', () => {
    expect(read("I'm not a creator, I own the shop. Trying to connect our brand account but the TikTok scanner won't pick up the code on my monitor.")).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });
});

describe('which device the linking takes, and whether one may link yet', () => {
  it('hears a computer weighed against a phone or the app as the linking steps', () => {
    expect(read('do i need to be on a computer for the linking or can i do everything in the app')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('can i do the linking on mobile or does it have to be a pc')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('my phone and my laptop both have tiktok')).not.toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('hears "can I still link" beside a shop status the bag tree knows as the checklist', () => {
    expect(read('My shop was approved but status shows inactive, can I still link the tiktok?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe("let's do it", () => {
  it('moves on where a button carries on', () => {
    expect(labelOf('preflight.region-unsure', 'yep lets do it')).toBe('Looks fine, carry on');
  });
});

describe('a fact one button records, said alone', () => {
  it('is that button, as where every button records it', () => {
    expect(labelOf('already-linked.unlink-blocked', 'over a week')).toBe("It's been linked for over a day");
    expect(labelOf('already-linked.unlink-blocked', 'nope, linked it way back in january')).toBe("It's been linked for over a day");
  });

  it('is no time since linking beside a link said not to show, even where the time is asked', () => {
    expect(labelOf('seller-link.confirm', "I'm back on the computer and waited a couple of minutes, refreshed the page too, but the status still doesn't show linked, it's just empty there")).not.toBe("It says Linked, but the bag icon isn't there");
  });
});

describe('terse first messages about a neighbour of linking', () => {
  it('hears them as the flow or topic they name', () => {
    expect(read("add my VA's account to the shop pls")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('add user to sc')).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
    expect(read('link ig shop to tt')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
  });
});

describe('not knowing which, and Seller Center logins', () => {
  it('is no unknown holder of another shop when what is not known is an email', () => {
    expect(read('need to link our official account but i cant even get into seller center, no idea which email we used to make the shop')).not.toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('its linked to some shop, no idea which shop it is').facts['other-shop-holder']).toBe('unknown');
  });

  it("hears a former employee's Seller Center login removed as a shop setting", () => {
    expect(read("how do i remove a former employee's user login from our shop's seller center? he still has access")).toMatchObject({ kind: 'out-of-scope', topic: 'shop-settings' });
  });
});

describe('more neighbours of linking, and answers that say it still fails', () => {
  it('hears a monthly charge as fees, an Instagram shop or bio link as another platform', () => {
    expect(read('do i pay monthly just for having a shop on tiktok? like a subscription')).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
    expect(read('under monetization there is only LIVE gifts and subscription, no shop thing')).not.toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
    expect(read('how do i put my instagram link in my tiktok bio? my account is a business one')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
    expect(read('my instagram shop is linked to facebook already, can i link that same catalog to tiktok?')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
    expect(read("Buenas! my shop is registered in Mexico. Last month we had a small problem with a product that was removed, but now all is fine. I have the TikTok account ready, it's the one with the name of the store. Where do I go to link it with the shop?")).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('we sell on lazada and shopee too, can i connect those')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
  });

  it('hears team accounts for affiliate outreach as marketing accounts', () => {
    expect(read("We're a US shop and want to add 4 team accounts for affiliate outreach. Where do I do that?")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });

  it('hears a yes that goes on to say it still rejects the password as still failing', () => {
    expect(labelOf('seller-link.login-help', 'yes im on the right site with the right email and it STILL rejects my password')).toBe("I still can't log in");
  });
});

describe("Seller Center's places looked for, and the bag waited for", () => {
  it('hears a button, menu or page of the linking looked for as the linking steps, where their words fit best', () => {
    expect(read('my shop in spain is approved, which button do I click to link the tiktok?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('cant find linked tiktok accounts under the my account menu')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('reads no time since linking from hours spent looking for the Linked TikTok Accounts page', () => {
    expect(read('3 hours trying to find the Linked TikTok Accounts page in seller center, where is it hiding').facts['linked-ago']).toBeUndefined();
    expect(read('3 hours trying to find the Linked TikTok Accounts page in seller center, where is it hiding')).not.toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });

  it('hears when the bag will show up, once linked, as the missing bag', () => {
    expect(read('linked today, when will the shopping bag show up')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
});

describe('long first messages with a word that leads astray', () => {
  it('hears "guide me from beginning" as a request for the steps, not starting over', () => {
    expect(read('I am seller in Vietnam, very new to all this. Must I scan something to connect TikTok with my shop? Please guide me from beginning.')).not.toMatchObject({ kind: 'command', command: 'restart' });
    expect(read('start from beginning again pls')).toMatchObject({ kind: 'command', command: 'restart' });
  });

  it('hears "in what order" as the order of the steps, not orders', () => {
    expect(read("we're a team of 3 and apparently I'm the one who has to link our main TikTok to the shop. never done it before. is it done in the app or in seller center, and in what order?")).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('which order is late')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
  });

  it('sets payouts said to be set up aside, and hears the question after them', () => {
    expect(read("we're linked, payouts set up, all good. how do i pin a product during a live so people can buy while im talking?")).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('my bank details are already in for the creator rewards thing, thats sorted. but how do i actually find products to promote for commission?')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('hears the bag asked after while linked, staff with their own tiktoks, a fifth account and what else to do once linked', () => {
    expect(read('wheres the bag?? 😩 seller center says its linked')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('We have 3 staff members who each have their own TikTok. Can we connect all of them to our shop so they can post with product links too?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('can we link a fifth account? we already have 4 extra ones besides the main')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('account linked, icon is there. do i need to do anything else in seller center or can i just start posting with products now?')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('a cause guessed after a comma, and the shop said to work', () => {
  it('leaves the guess aside', () => {
    expect(labelOf('seller-link.my-account', "there's no My Account in my menu, maybe because I'm only a sub-account user?")).toBe("I can't find it");
  });

  it('leaves the shop said to work aside, and hears the bag that never appeared', () => {
    expect(read('My orders page shows sales coming in from the website so the shop itself works, but the bag icon never appeared on our TikTok profile after linking. Why?')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
});

describe("creators' checklist questions, and what a creator's video or showcase says", () => {
  it('hears an age limit, an account type weighed, or whether TikTok Shop runs there as the checklist', () => {
    expect(read('is there an age limit for the creator shop stuff')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('pro account vs personal which one do i need for affiliate?? im confused af')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('i live in germany, does tiktok shop even run here yet for creators')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it('hears products added to the showcase as no listing question, and a video taken down as a violation', () => {
    expect(read('no shopping bag on my profile even tho i added products to my showcase')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('my last video with a product tagged got taken down tho 😑 why', at('creator-link.showcase'))).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });

  it('hears a camera that will not focus on the code as a code that will not scan, and a day or two more as later', () => {
    expect(labelOf('seller-link.scan', 'The camera opens but it doesnt focus on the code, I moved the phone closer and further many times, nothing.')).toBe("The QR code won't scan");
    expect(labelOf('already-linked.still-blocked', "OK, I'll give it one or two more days and try again.")).toBe("I'll wait and try later");
  });
});

describe('a problem stated beside a loose fit of another tree, and money that bounced', () => {
  it("hears a shop said to hold the account, where the missing bag's words fit only loosely", () => {
    expect(read("no idea which store our tiktok is connected to but apparently it's connected to one")).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('scanned fine, authorized, then it says linked to another shop. our agency might have done something months ago')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    // (Not where the bag's own fact is said too: the partner only told it.)
    expect(read("my business partner says the bag isn't showing on our profile, we linked it this morning")).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });

  it('hears a bank transfer that bounced as a payout, whatever closed account it names', () => {
    expect(read('my bank bounced the transfer from tiktok shop (acct closed). how do i get it sent again to the new one')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('the payout got returned by my bank, what now')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
  });
});

describe('more accounts on one shop, in more words', () => {
  it("hears others' accounts attached as well, both on the same shop, and one added without replacing the main one", () => {
    expect(read('our 3 sales girls each have tiktok, can their accounts be attached to the store as well so their posts push our products')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('we have 2 TikTok accounts, one for the brand and one for the owner. Can both be on the same shop?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('Is there a way to connect their accounts to the shop as well, without replacing our main one?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
});

describe('the checklist asked with a follower count or an account type, and a product title edited', () => {
  it('hears joining with so many followers, and whether the account has to be of a type, as the checklist', () => {
    expect(read('can i join affiliate with only 400 followers or nah')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('does it have to be a business account or is personal ok to link to a shop? asking before we spend money on anything')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('can i link my tiktok to my shop if the account is still personal, not business?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it("hears a product gone after its title was edited as a listing, whatever it says of the bag", () => {
    expect(read('one product vanished from my shop tab right after i edited its title. the bag is still there, just that one item gone')).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
  });
});

describe('a linking question in words that only fold into linking, beside another topic told', () => {
  it('hears "hook up" and "attach" asked after the orders menu as the linking steps', () => {
    expect(read('where in seller centre do i hook up our tiktok page? been clicking around for ages, all i find is orders and finance')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read("I've been clicking round Seller Center for twenty minutes and every menu seems to be about orders. What's the actual process for attaching the main account to the shop?")).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('leaves a sync asked about beside another platform to that platform', () => {
    expect(read('one order synced into shopify twice from tiktok and i shipped it twice 🤦 how do i stop duplicate syncs')).toMatchObject({ kind: 'out-of-scope' });
  });
});

describe("a neighbour's language typed in an English conversation", () => {
  it('reads it in its own language where English finds nothing', () => {
    expect(read('kak gimana caranya jadi affiliate tiktok shop? mau jualan produk orang lain terus dapet komisi')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('el QR no funciona')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('Mau bicara dengan CS manusia saja kak')).toMatchObject({ kind: 'command', command: 'human' });
  });

  it('keeps what English understands, and reads other conversations in their own language only', () => {
    expect(read('Vietnam shop owner, how to link tiktok channel to my shop ạ')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('tiktok co che do dark mode ko ad', { language: 'vi' })).toMatchObject({ kind: 'unsure' });
  });
});

describe('the account put onto the shop', () => {
  it('hears where to start getting the TikTok onto the shop as the linking steps, beside a story of product photos', () => {
    expect(read('Where do I actually start to get our TikTok onto the shop?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('Shop staff here, hi. I mostly do packing and the odd product photo but our boss is away. He left me the Seller Center login on a post-it. Where do I actually start to get our TikTok onto the shop?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });
});

describe('a code said to have scanned, at the end', () => {
  it('is the fix that worked, and a scan that failed after is not', () => {
    expect(labelOf('qr-failure.clear-browser', 'switched to firefox and it scanned!')).toBe('That fixed it');
    expect(labelOf('qr-failure.same-phone', 'used my laptop and it scanned first go')).toBe('That worked');
    expect(labelOf('qr-failure.clear-browser', 'it scanned but then failed again')).not.toBe('That fixed it');
  });
});

describe('what came before the question, told beside it', () => {
  it('hears the bag missing after a suspension lifted or a shop name changed, and LIVE asked once listings are up', () => {
    expect(read('shop got suspended last month, its active again now but the bag icon never came back on my profile')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('after changing my shop name the shopping bag on my tiktok profile disappeared, been linked for months')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('how do we do LIVE selling now that our listings are up and the account is linked?')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });

  it('hears a dispute to escalate as the refund, and a country named in chit-chat as nothing', () => {
    expect(read('tiktok sided with the buyer on the refund dispute without even asking me. can i escalate the dispute')).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
    expect(read('pls escalate this to a person')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('whats the capital of australia lol')).toMatchObject({ kind: 'unsure' });
    expect(read("i'm in australia, how do i link my tiktok to a shop")).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe('"it" in a linking question after the account was named', () => {
  it('points at the account, not at the other topic told between', () => {
    expect(read('hi guys, quick one. shop running 2 months already, orders ok, payout also ok masuk bank every week. but just realised we never actually linked our tiktok acc to the shop lol, all this time we sell thru the product page only. how do i link it in seller center ah?')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('my instagram shop is linked to facebook already, can i link that same catalog to tiktok?')).toMatchObject({ kind: 'out-of-scope', topic: 'other-platforms' });
  });
});

describe('a question of its own beside another topic told', () => {
  it('names the flow its words fit closely, when it points back at nothing', () => {
    expect(read("can i add my shop manager's tiktok as a second account? she'd post product videos, she wont touch refunds or anything")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('Hi there. We linked the account this morning, the bag is showing, and the first orders came through our courier integration fine. Payouts are set up too. How do we tag products in our videos?')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });

  it('leaves a question about what was told, or about a sync, to the topic', () => {
    expect(read('buyer says she wants to cancel her order before it ships, where do i do that in seller center')).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    expect(read('shop has 12 violation points, what happens at 24? do they unlink my account or what')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
    expect(read('one order synced into shopify twice from tiktok and i shipped it twice 🤦 how do i stop duplicate syncs')).toMatchObject({ kind: 'out-of-scope' });
  });
});

describe('exasperation beside a question of its own', () => {
  it('answers the question, while exasperation alone still asks for a person', () => {
    expect(read('fed up. how do i even link my tiktok to my shop, your help pages are useless')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('ridiculous nobody explains this anywhere: how does a creator get products into their showcase')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('this is useless, nothing works')).toMatchObject({ kind: 'command', command: 'human' });
  });

  it('goes where a problem or a close phrase names, and to a person where the linking words only loosely fit', () => {
    // Loosely: a phrase of the steps fits, no question of its own, no problem named.
    expect(read('this is useless, i just want to link my shop to tiktok')).toMatchObject({ kind: 'command', command: 'human' });
    // A phrase fitting closely, a problem tree backed by the vocabulary, a problem fact, a question of its own.
    expect(read('so fed up with the marketing accounts thing')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('ridiculous, linking fails at the qr bit every single time')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('this is useless, my old agency still has our tiktok on their shop')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('ugh this is ridiculous. can i link my tiktok if im 17?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe("a sales rep's, a freelancer's or a husband's account beside the main one", () => {
  it('is marketing accounts, and the rep named is no person asked for', () => {
    expect(read("how do i get our sales rep's tiktok attached to the shop so she can tag our stuff in her own videos")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('we hired a freelancer to run our tiktok, can we connect his account too without it becoming the official one?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read("apart from the main storefront account, i want my husband's tiktok to be able to promote our shop products directly. possible?")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read("our shop wants to use the founder's personal tiktok just for ads, not as the main storefront. possible?")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('my agency wants to link their tiktok to our shop to run ads for us, possible without giving them the official account?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('me and my sister run the shop together, can she also link her tiktok to it? mine stays the main one')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
});

describe('a link one has to make, told as a need', () => {
  it('asks for the linking steps', () => {
    expect(read('our shop is approved and active, we just need to attach the brand tiktok. where do i start')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('sorry i actually own the shop, i need to link the brand account')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    // (Not where a problem is named: that is the problem's tree.)
    expect(read('i need to link my account but it says already linked to another shop')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe('a question of its own in words of linking, beside a topic only told', () => {
  it('is asked about linking, wherever its own words lead', () => {
    expect(read("I'm 17 and I help my mom with her shop's listings and shipping. Can I be the one who links my own tiktok to her shop?")).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read("we had a listing flagged last month for a dodgy image (sorted now, my fault), payouts are fine, orders are fine. what I still haven't done is connect our tiktok account to the shop. does the linking happen on the phone or do I need a laptop for it?")).toMatchObject({ kind: 'route', flow: 'seller-link' });
  });

  it('leaves the topic where the question guesses at a cause, or where linking follows "because"', () => {
    expect(read('settlement hasnt reached our account for 10 days now, is it because we changed the linked tiktok?')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
    expect(read('got a policy violation on my live because of a product link?? what does it even mean')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });
});

describe('the bag said missing in a clause of its own, where linking is said done, beside a topic told', () => {
  it('is the missing bag', () => {
    expect(read("set up payouts, linked the official account, everything green in seller center. but on tiktok there's no bag 🤷‍♀️")).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    // (Not where linking is only wanted: the payout question stays.)
    expect(read('set up payouts. how do i withdraw my balance, there is no bag on my profile')).toMatchObject({ kind: 'out-of-scope', topic: 'payouts' });
  });
});

describe('a QR code that runs out before it is scanned', () => {
  it("is the QR code's tree, beside a topic set aside; a label's QR code stays the refund's", () => {
    expect(read('refunds and orders i can handle myself lol, but the qr for linking the official acc keeps expiring before i even manage to scan it')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('my return label qr code expired')).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
  });
});

describe('an answer, then another tree\'s problem', () => {
  it('is that tree, when the clause after the answer states its fact', () => {
    expect(read('ok. but my main account keeps saying authorization failed when i try to relink it', at('marketing-accounts.probation'))).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read("wait im the shop owner actually, my problem is after i scan the qr it just keeps spinning forever", at('creator-link.how'))).toMatchObject({ kind: 'route', flow: 'qr-failure' });
  });

  it('is that tree after a plain yes, when it is said to be the real problem', () => {
    expect(read('yes im 30 but honestly my real issue is the qr code wont scan at all', at('preflight.age'))).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    // (A plain yes alone, with the symptom as the reason, still answers.)
    expect(labelOf('preflight.age', 'yes im 30')).toMatch(/18/);
  });

  it('is the tips, when what follows the answer asks about them', () => {
    expect(read('im logged in but tbh i already linked ages ago, i just wanna know how to tag products in my vids', at('seller-link.login'))).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('the main account and others beside it', () => {
  it('is marketing accounts, however the others are put', () => {
    expect(read('how to add affiliate account beside the official one in seller centre?')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read('can my brand have the main account plus a couple of side accounts for different product lines, all on one shop')).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read("i own the shop and want to link my affiliate manager's tiktok too, just not as the main account")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });

  it('asks what else there is at a step with many buttons', () => {
    expect(read('what else can i ask you besides this?', at('preflight.region'))).toMatchObject({ kind: 'command', command: 'help' });
  });
});

describe('linking said never done, asking what now', () => {
  it("is the way to link of the person's role, not the tips after linking", () => {
    expect(read('never linked anything before. I have the shop, I have the tiktok, what now')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('never linked anything before, im a creator, what now')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read('linked it last week, what now')).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('a list of things to do', () => {
  it('is no product listing', () => {
    expect(read('payouts set up, bank verified, warehouse address done... last thing on my list is linking the tiktok account. walk me thru it?')).not.toMatchObject({ kind: 'out-of-scope' });
    expect(read('how do i list my products')).toMatchObject({ kind: 'out-of-scope', topic: 'listings' });
  });
});

describe('what linking changes, asked in other words', () => {
  it("is the menu's answer to why link", () => {
    expect(read('my friend said i should connect my tiktok with my shop. why tho? what changes')).toMatchObject({ kind: 'route', flow: 'menu', step: 'why' });
    expect(read('explain like im 5 what happens when the tiktok and the store get joined together')).toMatchObject({ kind: 'route', flow: 'menu', step: 'why' });
    expect(read('will linking help me get more sales or is it just for looks')).toMatchObject({ kind: 'route', flow: 'menu', step: 'why' });
    expect(read('what would linking my tiktok account to our little shop actually do for us')).toMatchObject({ kind: 'route', flow: 'menu', step: 'why' });
    // …also where no flow's words fit: the question's shape alone.
    expect(read("what's the advantage of linking compared to just posting videos?")).toMatchObject({ kind: 'route', flow: 'menu', step: 'why' });
    expect(read('whats the benefit of having our tiktok connected to the store')).toMatchObject({ kind: 'route', flow: 'menu' });
    // (Not a problem told with "why": that is the problem's tree.)
    expect(read('why does it say my account is already linked to another shop')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe("an account the screen reports as another seller's", () => {
  it('is the already-linked tree, however the other seller is named', () => {
    expect(read('trying to put my tiktok on my new store and it says it belongs to a different seller?? this is my only store')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('app says my account is tied to someone elses business. the only other person who ever had my login is my ex')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    // (Not a doubt about it.)
    expect(read('not sure if it belongs to a different seller, can i check before linking?')).not.toMatchObject({ kind: 'route', flow: 'already-linked' });
  });
});

describe("a problem named outright at the menu's first question", () => {
  it('is its tree, not the button that would ask about it again', () => {
    expect(read('scanning gives me authorization failed', at('menu.welcome'))).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('ugh my qr keeps failing', at('menu.welcome'))).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    // (Something said not to work, naming nothing, is that button; so is a loose resemblance.)
    expect(labelOf('menu.welcome', 'something isnt working')).toBe("Something isn't working");
    expect(labelOf('menu.welcome', 'Good day po, something is not working with our linking since yesterday')).toBe("Something isn't working");
  });
});

describe('after the answer, a short report or question of another tree', () => {
  it('is that tree, when the report states its fact or the question fits it closely', () => {
    expect(read("the qr popped up but when i scan it tiktok says it's expired", at('seller-link.official'))).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('scanned a new code, authorization failed', at('seller-link.not-linked'))).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read("found it but the official account shows linked to someone else's shop", at('seller-link.my-account'))).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('yes its there! how do i tag products in a video now', at('missing-icon.day-later'))).toMatchObject({ kind: 'route', flow: 'after-link' });
  });

  it('answers the step when the problem is only guessed at', () => {
    expect(labelOf('missing-icon.when-linked', 'seller center never showed linked, i think the scan failed')).toBe('It never said Linked');
  });
});

describe('a shop said approved, and the link asked for', () => {
  it('is the linking steps; asking whether one may is still the checklist', () => {
    expect(read('new shop approved, now connect my tiktok how')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('our shop is approved and payouts are verified, just need the official account linked now')).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read('my shop is approved, can i link now?')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('shop approved. do i need a business account to link?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });

  it("is the linking steps where the next step is for linking, not the tips after it", () => {
    expect(read("ok so i made my shop, what's next to get it connected to my tiktok")).toMatchObject({ kind: 'route', flow: 'seller-link' });
    expect(read("linked it, what's next")).toMatchObject({ kind: 'route', flow: 'after-link' });
  });
});

describe('where my store is, once linked', () => {
  it('is the missing bag', () => {
    expect(read('did the connecting like 30 min ago, wheres my store on the profile')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    // (Not where a store is looked for before linking: "where is my store in seller center, i need to link it".)
    expect(read('where is my store in seller center, i need to link my tiktok to it')).not.toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });
});

describe('"can I still…" of something other than linking, and a creator who says they sell nothing of their own', () => {
  it("is the creator's way, not the checklist", () => {
    expect(read('brand sent me an invite but i think it expired before i saw it 💀 can i still accept somehow')).toMatchObject({ kind: 'route', flow: 'creator-link' });
    expect(read("i'm not a seller, just a creator. can i still sell stuff on tiktok somehow? like i've seen other people in this server posting about earning from brand products and tbh i have no clue how they set it up or if i even qualify")).toMatchObject({ kind: 'route', flow: 'creator-link' });
    // ("Can I still link" is the checklist's question.)
    expect(read('im 16 can i still link')).toMatchObject({ kind: 'route', flow: 'preflight' });
    expect(read('got a warning last month, can i still link my account to the shop?')).toMatchObject({ kind: 'route', flow: 'preflight' });
  });
});

describe("another thing's QR code, and ads asked about, at a linking step", () => {
  it('is the topic, not the step\'s button', () => {
    expect(read('the QR on my shipping label prints all blurry and the courier cant scan it', at('qr-failure.what-happens'))).toMatchObject({ kind: 'out-of-scope', topic: 'orders' });
    expect(read("customer says the return QR code won't scan at ups, what do i do", at('seller-link.scan'))).toMatchObject({ kind: 'out-of-scope', topic: 'refunds' });
    expect(read('can i run shop ads before the bag shows up or do i have to wait', at('missing-icon.wait'))).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    // (The linking QR code that won't scan still answers.)
    expect(labelOf('qr-failure.what-happens', 'the qr wont scan')).toBe("The QR code won't scan");
  });

  it('leaves accounts added to run ads with marketing accounts', () => {
    expect(read("can we add our agency's tiktok to the shop so they can run ads for us")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });
});

describe('linking asked about in general, the platform paid, support reached by email, a reminder not needed', () => {
  it('opens the menu for linking asked about in general: the whole of it, its basics, explained like to a five-year-old', () => {
    expect(read('linking tiktok and shop - explain like im 5')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('tell me about the whole linking process with tiktok shop')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('the basics of account linking please')).toMatchObject({ kind: 'route', flow: 'menu' });
    // Naming a problem is no question in general.
    expect(read('linking tiktok and shop - explain like im 5, my qr code wont scan')).not.toMatchObject({ kind: 'route', flow: 'menu' });
  });

  it('opens the menu for what linking is, asked outright, and for linking explained like to a child inside a longer story', () => {
    expect(read('what even is linking a tiktok account to a shop lol')).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read("my ads guy keeps saying we need to 'link the shop'. what is that exactly, explain like im 5")).toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('what is the linking step where i scan, it says authorization failed')).not.toMatchObject({ kind: 'route', flow: 'menu' });
    expect(read('we sell candles from our own shop. what is linking, explain like im 5 how do i link it')).not.toMatchObject({ kind: 'route', flow: 'menu' });
  });

  it('hears ads by their spend and their audiences, and a LIVE restricted as a penalty', () => {
    expect(read('how much should I spend a day on ads for a brand new shop with literally 0 sales')).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    expect(read("can I retarget people who added my stuff to the cart but didnt buy? like with a custom audience")).toMatchObject({ kind: 'out-of-scope', topic: 'ads' });
    expect(read('why did my live get restricted, i was literally just showing a product')).toMatchObject({ kind: 'out-of-scope', topic: 'violations' });
  });

  it('hears paying the platform itself as fees', () => {
    expect(read('do i pay anything to tiktok if i make zero sales in a month?')).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
    expect(read('will we owe tiktok money if nothing sells')).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
  });

  it('hears an email or a phone number for support as a person asked for, and a reminder not needed as cancelling it', () => {
    expect(read('is there an email or phone number for support')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('do you have a customer service hotline')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('my email for the shop is on the invoice')).not.toMatchObject({ kind: 'command', command: 'human' });
    expect(read('no need to send me that reminder anymore', at('missing-icon.wait'))).toMatchObject({ kind: 'choice' });
    expect(read('no need to send me that reminder anymore')).toMatchObject({ kind: 'command', command: 'cancel' });
    expect(read('what are my options here')).toMatchObject({ kind: 'command', command: 'help' });
    // …but a story that ends on it asks about that story.
    expect(read('my ex business partner still has our tiktok tied to his seller account and won’t answer. it says already linked. what are my options here')).toMatchObject({ kind: 'route', flow: 'already-linked' });
  });

  it('hears an old shop’s email lost as its login lost, and "went thru" as working', () => {
    expect(labelOf('already-linked.explain', 'its my old store from 2022 but i lost the email for it')).toBe("It's my old shop, but I can't log in any more");
    expect(labelOf('qr-failure.same-phone', 'used my laptop instead and it went thru!!')).toBe('That worked');
  });
});

describe('an account linked to a shop someone else runs, staff members’ accounts, a team’s next steps, a support person asked to help', () => {
  it('hears an account linked, in the past, to a shop someone else runs as the already-linked tree', () => {
    expect(read('our freelancer set everything up and linked the official account to a test shop on HER seller center. how do we get it back')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    expect(read('my employee linked our account to her own shop and then quit. how do i get it back')).toMatchObject({ kind: 'route', flow: 'already-linked' });
    // Linking to a brand's shop, still to be done, is the creator's way.
    expect(read('how do i link my tiktok to their shop as an affiliate')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('hears staff members’ accounts on the shop as marketing accounts, and what a team should do once linked as the tips', () => {
    expect(read("want my 3 staff members' tiktoks connected to our shop so they can post product vids")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read("Linked our brand's account yesterday. What should our content team be doing from here?")).toMatchObject({ kind: 'route', flow: 'after-link' });
  });

  it('hears "can a support person help?" in a sentence of its own as a person asked for, and a fee paid to the platform as fees', () => {
    expect(read('can a support person help? the agency that linked our account shut down and nobody answers')).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('the support person i spoke to last week could not help, the qr still fails')).toMatchObject({ kind: 'route', flow: 'qr-failure' });
    expect(read('do i have to pay tiktok a fee for every sale')).toMatchObject({ kind: 'out-of-scope', topic: 'fees' });
  });
});

describe('the bag got at last and sales asked about, and a few more words for commands and a person', () => {
  it('hears the bag got at last, or showing, then sales asked about, as the tips; the bag got but gone again as the missing bag', () => {
    expect(read('got the bag icon finally 🎉 any tips for actually getting sales lol')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read("bag's showing now 🎉 how do i make people actually buy")).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('finally connected after 2 weeks lol. what are the best ways to get the first orders in')).toMatchObject({ kind: 'route', flow: 'after-link' });
    expect(read('got the bag icon but it disappeared again')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
    expect(read('Hi, I connected official account to the shop 2 hours ago, should I see the cart icon now? It is not there')).toMatchObject({ kind: 'route', flow: 'missing-icon' });
  });

  it('hears "heyo" as a greeting, "aight peace" as goodbye, "what kinda stuff can i ask" as help, and being forwarded to a team as a person', () => {
    expect(read('heyo')).toMatchObject({ kind: 'command', command: 'greet' });
    expect(read('aight peace ✌️')).toMatchObject({ kind: 'command', command: 'thanks' });
    expect(read('what kinda stuff can i ask u')).toMatchObject({ kind: 'command', command: 'help' });
    expect(read("hello, can you forward me to the tiktok shop team? we're an agency handling 6 brands")).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('the brand forwarded me to their shop team for the invite')).not.toMatchObject({ kind: 'command', command: 'human' });
  });
});

describe('handed over to whoever is on shift, topics one does not care about, a social media manager’s and a second account, linking 101', () => {
  it('hears being handed over to whoever is on shift as a person asked for, even at a step', () => {
    expect(read('did all that twice already. pls just hand me over to whoever is on shift', at('qr-failure.restart-app'))).toMatchObject({ kind: 'command', command: 'human' });
    expect(read('can you pass me over to support')).toMatchObject({ kind: 'command', command: 'human' });
  });

  it('leaves out topics someone says they do not care about', () => {
    expect(read('im a creator not a seller, i dont care about fees or shipping, i just want to know how to get products into my showcase and earn commission')).toMatchObject({ kind: 'route', flow: 'creator-link' });
  });

  it('hears a social media manager’s account and the brand’s second account on the shop as marketing accounts', () => {
    expect(read("can my social media manager's tiktok also be attached to our shop?")).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
    expect(read("can i also connect our brand's second tiktok that we use for UGC?", at('after-link.curate'))).toMatchObject({ kind: 'route', flow: 'marketing-accounts' });
  });

  it('hears "linking 101" as linking asked about in general', () => {
    expect(read('tiktok shop linking 101 pls')).toMatchObject({ kind: 'route', flow: 'menu' });
  });
});
