// English, the language the flows are written in and the one every other language is read beside
// (people mix English words into their own): its words, commands, cues, out-of-scope topics and facts.
import type { Lexicon } from '../lexicon.ts';
import { stem } from '../text.ts';

/** The agency that is asking ("our agency wants to link 3 creator accounts", "I'm new in an agency"): who writes, not who holds a shop. */
const AT_AN_AGENCY = String.raw`agency (staff|team|side|people)? ?here|agency side|for (a|an|our|my) client|(on|from) the agency (side|end)|(i|we) (manage|run|handle) (\w+ ){0,3}for (a |an |our |my |the )?(\w+ ){0,2}(brand|client|company)s?|(at|from|with|for) (our|my) agency|(we are|we re|i m|im|i am|i work (at|for|with|in)|i just (started|joined)( at| with| working (at|for))?|i started (at|with|working (at|for))|i joined|(i|we) (run|own|have|manage))( (new|working|employed|an intern|interning|junior|staff|based) (in|at|for|with))? (an? |the )?(\w+ ){0,2}agency|our agency (wants|needs|would like|is trying|manages|runs|handles)`;

/** Whether one may link or sell at all ("the minimum to sell as a creator", "can I still link"): the checklist's question. */
const CHECKLIST = /\b((i m|im|i am|we re|we are|based|living|located) in (\w+ ){1,2}(can|could|may) (i|we|u|you) (still |even |also )?(link|connect|sell|join|use|open)|requirements?|required|(?<!\b(went (thru|through)|did|done|finished|completed|passed|ran) (the |your |all the )?(pre ?flight )?)(checklist|check list)(?! (is |s )?(done|finished|complete|ok))|in place|minimum|min (followers|age)|eligib\w*|qualif\w*|enough (followers )?(for|to)|too (young|old|few)|(can|could) (i|we|u|you) still|(am|are) (i|we) (still )?allowed|(do|will|would) (i|we|u|you|one) need (at least |\d+\w* |many |more |a lot of )?(followers|\d+\w* followers)|before (i|we) can|what (all |else )?(do |does )?(i|we|one) (need|needs) (before|first|to (start|begin|join))|(is|does) (tiktok|tik tok|tt) shop (even |already |now )?((a thing|around|there) (in|yet)|in (?!(my|our|the|a|your) )|available|open|live|launched|work|exist)|available in|(do|does) (you|u|i|one|he|she|they) (have|need) to be (\d+|an adult|over \d+|older)|stop (me|us) (from )?(join|link|sell)\w*|(i m|im|i am) (1[0-7]|[1-9]) (years? old|yo|yrs?)?)\b/;

/** How to put products (or their link, "the yellow basket") into videos, a LIVE or the profile. */
const PRODUCTS_IN_VIDEOS =
  /\b(how (do|should|can|to|would) (i |we |you |u )?(actually |even |just )?|where (do|can) (i|we) |best way to )(put|add|tag|pin|attach|organi[sz]e|arrange|display|show|feature|showcase|sell) (\w+ ){0,2}(products?|items?|(yellow |orange )?(basket|bag|cart)( links?)?|(product|shop) links?)\b.*\b(videos?|vids?|live|lives|profile|showcase|page|stream|(while|when) (i m |im |i am )?(uploading|posting|publishing))\b/;

/** A shop's status asked about, required or doubted rather than stated ("does it have to be approved", "no idea if it's active"). */
const UNSTATED = String.raw`(?<!\b((have|has|need|needs|got) to|must|should|will|would|gonna|if|whether|(no idea|not sure|unsure|don t know|dont know|idk|no clue)( about| if| whether)?( the| it s| its| it is| my| our)?( shop| store)?( is| s)?) (be |get |it s |its |it is )?)`;

/** Whether a creator needs a seller account or shop of their own, or a creator's way to link. */
const CREATOR_WAY =
  /\b(do|does|will|would|should) (an? )?(creators?|affiliates?|influencers?|i|we|one)( also| even)? (need|have) to (link|connect|have|get) (an? |my |our |their )?(own )?official account\b|\b(do|does|will|would|should) (i|we|one) (even |also )?(need|have) to (make|create|open|get|register|have|set up) (a |an |my own )?(seller|shop|store|business)( account| shop| center| centre)?\b|\b(a |the )?creator (way|route|path|option) (to|of) (link|linking|connect|sell)\w*\b/;

/** Other people's products sold or promoted for a cut: the creator's way, whoever asks. */
const OTHERS_PRODUCTS = /\b(sell\w*|promot\w*|tag\w*|earn\w* (from|by|on) (sell\w*|promot\w*|tag\w*)) (other (people|ppl|peoples|brands?|sellers?|shops?) |others |someone else |somebody else )(stuff|products?|items?|things|goods)\b/;

/**
 * Help with linking asked for in general, naming no problem, no role and no shop of one's own ("need help with the
 * tiktok shop linking stuff", "idk where to start with linking"): the menu, which asks which it is.
 */
const LINKING_IN_GENERAL =
  /^(?=(\S+ ){0,15}\S+$)(?!.*\b(qr|scan\w*|code|bag|icon|basket|cart|tab|button|profile|already|another|other|old|staff|employees?|official|creators?|affiliates?|sellers?|influencer|authori[sz]\w*|error|fail\w*|missing|unlink\w*|before|requirements?|need to have|age|live|videos?|vids|products?|region|country|sell\w*|(my|our) (own )?(shop|store|brand|business)|how (do|can|to|should) (i|we|you|u)? ?(link|connect|hook|set))\b).*\b((help|trouble|confused|lost|stuck)( \w+){0,2} ((with|about|on|w) )?(the |my |this |all )?(whole )?(tiktok )?(shop )?(link\w*|connect\w*)|(link\w*|connect\w*)( \w+){0,4} (but )?(idk|i don t know|dont know|do not know|not sure|no idea) (where|which|what))\b/;

/** Linked (or the bag already there) and asking what comes next, or how to sell on a LIVE. */
const LINKED_WHAT_NEXT = /(?<!\bstill )\b(linked|connected|bound|(bag|icon|basket|cart)( icon)? (is )?(finally )?(shows?|showed|showing|is there|there|appeared)( up)?|(finished|done( with)?|completed?) (the )?linking)\b(?!(?: \w+){0,3} to (his|her|their|another|someone s|someone else s|a different|the wrong|the other|an old|my old|our old|some) )(?!(?: \w+){0,3} elsewhere\b).*\b(now what|what now|what next|what s next|whats next|next steps?|what (do|should) (i|we) do (now|next)|what (else )?(should|can|do) (i|we) (be )?doing|how (do|can) (i|we) (actually )?(get|make|start) (making |getting )?(sales|selling|orders|money)|get (my |more |some |our )?(first )?(sales|orders|customers)|sell more|any tips|tips for|best way to (use|sell)|how (do|can|should) (i|we) (start )?(selling|sell))\b|\b(how (do|can|to|should) (i |we )?|(can|could) (i|we) (also |even )?)(sell|go live and sell) (on|in|during|with|through) (a |my |the )?(live|lives|livestream|live stream)s?\b/;
/** More accounts than one on a shop ("3 staff tiktoks on the shop", "extra accounts for promo"): marketing accounts. */
/** Asking how to come by the shop's tab or bag ("how do I get the shop tab on my profile"). */
const HOW_TO_GET_TAB = /\bhow (do|can|to|would|should) (i |we |you |u )?(get|have|add|put|make|enable|turn on|set up|unlock) (\w+ ){0,3}(shop tab|bag|basket|shop icon|shop button|cart)\b|\bwhat (do|should) (i|we) do (now )?so (it|the shop|my shop|our shop) (shows|appears)\b/;
/** Something said to be absent or gone. */
const ABSENT = /\b(not|no|never|isn t|doesn t|can t|cant|still) (\w+ ){0,3}(show\w*|there|appear\w*|see|visible|find|get it)\b|\b(missing|gone|disappear\w*|vanish\w*|anymore|any more|where s|where is|still no)\b/;
/** No shop, or no products, of one's own. */
const NO_SHOP = /\b(no|without an?|without having (an?|my own)|don t have an?|do not have an?|dont have an?|don t own an?|never had an?) (own |my own )?(shop|store)\b(?! (tab|icon|button|bag|page|link))|\b(don t|do not|dont) have (my|our) own (shop|store|products?|items?|stock)\b|\b(no|without|don t have|do not have|dont have) (any )?(own |my own )?(products?|stock|inventory)\b/;
const MORE_ACCOUNTS = /\b(how many|max|maximum|limit on how many) (\w+ ){0,2}(accounts?|tiktoks?|profiles?) (can )?(one|a|each|my|our|the) (shop|store)\b|\b(my|our) (\w+ ){0,2}(staff|team|employee|rep|assistant|(?<!ads? )manager|partner|creator|ambassador|va)( s)? (tiktok|tt|account|acc|profile|page)s? (be |get |got |been )?(added|linked|connected|attached) (to|on|onto) (the |our |my )?(shop|store)\b|\b(add|attach|link|connect|put) (our |my |the )?(\w+ ){0,2}(agency|partner|staff|(?<!ads? )manager|assistant|guy|team|employee|ambassador|creator|influencer)( s)? (tiktok|tt|account|acc|profile|page)s? (to|on|onto) (the |our |my )?(shop|store)\b|\b(my|our) (staff|team|employees?|workers?|creators?|team members?)( s)? (tiktok |tt )?(accounts|accs|accts|tiktoks|pages|profiles)\b|\b(my|our) other (\d+ |two |three |four )?(tiktok |tt )?(accounts|accs|accts|tiktoks|profiles|pages)\b|\b(besides|apart from|other than|on top of|in addition to|not as|alongside|as well as|next to|together with) (the |our |my |their |its )?(main|brand|brand s|official|business|company|shop s|store s) (account|one|acc|page|tiktok)\b|\b(her|his|their) (own )?(tiktok|tt|account|acc|profile) (\w+ )?(linked|connected|added|attached) (to|on|onto|with) (our|my|the) (shop|store)\b|\b(link|connect|add|attach|put)\w* (our |my )?(own )?(agency s? |agency )(own )?(tiktok|tt|account|acc)s? (to|on|onto|with) (\w+ ){0,2}(client s|clients|client) (shop|store)\b|\bmarketing (account|acc|acct)s?\b|\b(max|maximum|how many|limit|number of|no of) (\w+ ){0,2}(accounts?|accs?|tiktoks?|profiles?) (\w+ ){0,3}(per|on|for|in|to) (a |one |1 |the |each |my |our )?(shop|store)\b|\b(backup|second|2nd|extra|additional) (tiktok )?(account|acc|acct|page|profile)s? (to|for) (promote|promo|promotion|ads|marketing|post)\w*\b|\b(additional|extra|more|second|2nd|multiple|several|couple( of)?|\d+|two|three|four|five) (more )?(in house |tiktok |tt |staff |team |brand |creator |promo |branch |regional |local |country |personal |other |separate |different ){0,2}(accounts?|accs?|accts?|tiktoks|profiles|pages)\b.*\b(shop|store|ads|promo\w*|sell)\b|\b(shop|store)\b.*\b(additional|extra|more|multiple|several|\d+|two|three) (more )?(tiktok )?(accounts|accs|accts|tiktoks|profiles)\b|\b(accounts|accs|tiktoks|profiles|pages) (to|on|for|in|from) (the |a |our |my )?(same|single|one) (shop|store)\b|\b(accounts?|accs?|tiktoks?|profiles?|pages?) (to|on|for|in) (the |our |my )?same (shop|store)\b|\b(another|second|2nd|one more|extra|additional|alt|alternate|secondary|backup|that|this|her|his|their) (personal |own |private |main )?(tiktok |tt )?(account|acc|acct|tiktok|page|profile) (\w+ ){0,2}(to|on|for|under|with) (the |our |my )?(shop|store)( \w+)? (as well|too|also)\b|\b(add|attach|link|connect|put) (a |my |our )?(2nd|second|another|extra|additional|one more) (tiktok|tt|account|acc|acct|page|profile)( account| acc)? (to|on|for|under) (the |our |my )?(shop|store)\b|\b(staff|employees?|team|interns?|workers?)\b(\s\w+){0,3}\s(their|her|his) own (tiktok |tt )?(accounts?|accs?|tiktoks?|pages?|profiles?)\b.*\b(shop|store)\b/;

/** "Our warehouse guy", "the shipping girl": people named by their work are staff, not the topic of their work. */
function peopleByTheirWork(): Record<string, string> {
  const work = ['warehouse', 'shipping', 'logistics', 'fulfilment', 'fulfillment', 'ads', 'marketing', 'finance', 'packing', 'delivery'];
  const people = ['guy', 'guys', 'girl', 'lady', 'person', 'people', 'staff', 'team', 'manager', 'worker', 'workers', 'employee', 'assistant', 'intern'];
  return Object.fromEntries(work.flatMap((w) => people.map((p) => [`${w} ${p}`, 'staff'])));
}

/** An account said to be linked to another shop than the one meant ("bound to a different seller", "belongs to some other store"). */
const LINKED_ELSEWHERE = /\b((linked|connected|bound|binded|tied|attached|stuck) ((it|my|our|the|this|that|his|her|their) (\w+ ){0,2})?(up )?(to|with|on|in)|(taken|claimed|used) by|belongs? to) (another|a different|different|some other|other|someone else s|somebody else s|the wrong|an old|my old|our old|the old|a previous|the previous|my previous|our previous) (tiktok )?(shop|store|seller)\b|(?<!\b(be|get|to) )\b(linked|connected|bound|tied|attached) (to|with) (my|our|his|her|their) (sister|brother|sis|bro|mom|mum|mother|dad|father|parent|parents|cousin|friend|aunt|auntie|uncle|wife|husband|bf|gf|boyfriend|girlfriend|partner|ex|boss|family|relative|former partner|ex partner)s? (tiktok )?(shop|store)\b|\b(in use|used|linked|bound|connected) elsewhere\b/;

export const EN: Lexicon = {
  code: 'en',
  filler:
    'a an the i me my mine we our us you u your it its is am are was were be been being do does did doing have has had to of in on at for with from by and or but so if then this that these those there here just please pls plz hi hello hey can could would will should how what why when where which who im ive id get got also really very still now into onto any some anyone somebody someone thing stuff like guy guys help ok okay um uhm hmm lol thanks thank thx ty tiktok tt tik tok shop'
      .split(' ')
      .filter((w) => w !== 'shop'),
  synonyms: {
    store: 'shop',
    storefront: 'shop',
    shopp: 'shop',
    connect: 'link',
    connection: 'link',
    bind: 'link',
    pair: 'link',
    attach: 'link',
    hook: 'link',
    linkage: 'link',
    unbind: 'unlink',
    disconnect: 'unlink',
    detach: 'unlink',
    delink: 'unlink',
    basket: 'bag',
    cart: 'bag',
    trolley: 'bag',
    logo: 'icon',
    symbol: 'icon',
    qrcode: 'qr',
    barcode: 'qr',
    authorisation: 'authorize',
    authorization: 'authorize',
    authorise: 'authorize',
    authoriz: 'authorize',
    authoris: 'authorize',
    auth: 'authorize',
    permission: 'authorize',
    failure: 'fail',
    scanner: 'scan',
    acc: 'account',
    acct: 'account',
    centre: 'center',
    influencer: 'creator',
    kol: 'creator',
    merchant: 'seller',
    vendor: 'seller',
    disappear: 'miss',
    vanish: 'miss',
    gone: 'miss',
    absent: 'miss',
    livestream: 'live',
    stream: 'live',
    vid: 'video',
    clip: 'video',
    requirement: 'eligible',
    require: 'eligible',
    eligibility: 'eligible',
    qualify: 'eligible',
    invitation: 'invite',
    previous: 'old',
    former: 'old',
    prior: 'old',
    different: 'other',
    diff: 'other',
    another: 'other',
    sale: 'sell',
    bound: 'link',
    tie: 'link',
    tied: 'link',
    join: 'link',
    setup: 'link',
    integrate: 'link',
    integration: 'link',
    sync: 'link',
    appear: 'show',
    visible: 'show',
    display: 'show',
    see: 'show',
    showing: 'show',
    collab: 'invite',
    collaboration: 'invite',
    partnership: 'invite',
    mistake: 'wrong',
    accidentally: 'wrong',
    error: 'fail',
    erro: 'fail',
    fails: 'fail',
    broken: 'fail',
    reject: 'fail',
    denied: 'fail',
    selling: 'sell',
    required: 'eligible',
    approval: 'approve',
    approved: 'approve',
    approving: 'approve',
    tmrw: 'tomorrow',
    ping: 'remind',
    nudge: 'remind',
    choose: 'pick',
    select: 'pick',
    strike: 'warning',
    prepared: 'ready',
    tmr: 'tomorrow',
    tmw: 'tomorrow',
    tomoz: 'tomorrow',
    tomorow: 'tomorrow',
    sold: 'sell',
    // Whether the shop is there at all in a country.
    operate: 'available',
    operating: 'available',
    launched: 'available',
    availability: 'available',
    exist: 'available',
    offered: 'available',
    obtainable: 'available',
    unavailable: 'available',
    // Moving on to the next step.
    proceed: 'continue',
    onward: 'continue',
    onwards: 'continue',
  },
  commands: {
    restart: ['let s start over', 'begin from scratch', 'start from zero', 'start fresh', 'new conversation', 'reset the chat', 'reset this', 'clear this', 'from the top', 'back to main menu', 'main menu please', 'restart from the beginning', 'start from the beginning', 'start from scratch', 'start all over', 'start over again', 'go back to the start', 'take me to the menu', 'start over', 'restart', 'start again', 'menu', 'main menu', 'reset', 'start', 'from the start', 'from the beginning', 'begin again', 'show me the menu', 'back to the menu', 'back to the start', 'go to the menu', 'new question'],
    back: ['go back one', 'back one step', 'take me back', 'return to the previous step', 'previous one', 'the one before', 'previous question', 'last step', 'go to the previous step', 'wrong button', 'back', 'go back', 'previous', 'undo', 'back to the bot', 'back to bot', 'previous step', 'one step back', 'step back', 'go back a step', 'wait go back', 'oops go back'],
    help: ['what can you help with', 'what can you help me with', 'what do you help with', 'how to use this', 'how to use you', 'what should i type', 'instructions', 'what is this', 'how does this work', 'how does it work', 'how do you work', 'what do you do', 'how do i use this', 'how does this bot work', 'what is this bot', 'help', 'i need help', 'need help', 'i need some help', 'can you help me', 'help me please', 'what can you do', 'commands', 'how does this work', 'what can i type', 'help me', 'options', 'what are my options'],
    cancel: ['no need to remind me', 'no need for a reminder', 'forget the reminder', 'skip the reminder', 'don t message me tomorrow', 'do not check in', 'don t check in', 'call off the reminder', 'do not remind me', 'don t remind me', 'no reminders', 'stop the reminder', 'cancel my reminder', 'cancel', 'stop', 'stop it', 'stop that', 'cancel reminder', 'cancel the reminder', 'stop reminder', 'no reminder', "don't check back", 'do not check back', 'no need to check back', 'stop reminding me', 'cancel the check back', 'cancel check back'],
    forget: ['delete my conversation', 'delete this conversation', 'delete our chat', 'wipe my data', 'erase everything', 'remove everything about me', 'gdpr', 'delete my history', 'forget me', 'delete my data', 'erase my data', 'delete me', 'forget everything', 'remove my data', 'delete everything about me', 'erase me', 'delete my info', 'delete my information', 'forget about me'],
    greet: ['hi', 'hii', 'helo', 'hallo', 'heyy', 'hello', 'hey', 'hi there', 'hello there', 'good morning', 'good afternoon', 'good evening', 'yo', 'hiya', 'heya', 'howdy', 'hey there', 'sup', 'hola'],
    human: ['human', 'agent', 'person', 'a person', 'talk to a person', 'talk to a human', 'talk to support', 'support', 'real person', 'speak to someone', 'talk to someone', 'contact support', 'live agent', 'representative', 'customer service', 'operator', 'a human', 'human please', 'agent please', 'support team', 'customer support'],
    thanks: ['thanks', 'thank you', 'thx', 'ty', 'cheers', 'ty ty', 'tysm', 'thank u', 'thank u so much', 'thank u sm', 'thanks so much', 'thanks sm', 'many thanks', 'thx a lot', 'much appreciated', 'appreciate it', 'cheers appreciate it', 'thanks appreciate it', 'salamat', 'salamat po', 'thank you po', 'thanks po', 'thanks a lot', 'thank you so much', 'great thanks', 'perfect thanks', 'awesome thanks', 'got it thanks', 'ok thanks', 'ok thank you', 'cheers mate', 'thanks mate', 'ta', 'ta mate', 'bye', 'bye bye', 'ok bye', 'ty bye', 'thx bye', 'thanks bye', 'thank you bye', 'ok thank you bye', 'thats it thank you', 'that s it thank you', 'no that s it thank you', 'no thats it thanks', 'that s all thanks'],
  },
  yes: [
    'yes', 'y', 'yep', 'that did it', 'did the trick', 'all good', 'im in', 'i m in', 'i am in', 'got in', 'perfect', 'great', 'awesome', 'nice', 'cool', 'yay', 'finally', 'it does', 'it did', 'i see it', 'see it now', 'yeah', 'yea', 'ya', 'yup', 'sure', 'ok', 'okay', 'k', 'kk', 'alright', 'correct', 'right', 'exactly', 'indeed', 'absolutely', 'definitely', 'of course', 'affirmative', 'i did', 'i have', 'i am', 'i can', 'it is', 'done', 'did it', 'all done', 'worked', 'it worked', 'that worked', 'works', 'works now', 'it works', 'working now', 'fixed', 'fixed it', 'solved', 'sorted', 'success', 'that was it', 'omg that was it', 'it went through', 'went through', 'got it', 'there it is', 'its there', 'it is there', 'linked', 'it linked', 'yass', 'yesss', 'ye', 'yas', '👍', '✅', '👌', 'yes it is', 'yes i am', 'yes i can', 'yes i did', 'already did that', 'already did', 'already done', 'did that', 'done that', 'did all that', 'done all that', 'tried all that',
  ],
  no: [
    'no', 'n', 'nope', 'nah', 'na', 'not', 'not yet', 'no not yet', 'negative', 'never', 'still', 'still no', 'still not', 'still broken', 'still failing', 'still nothing', 'still missing', 'still the same', 'same', 'same thing', 'same error', 'same problem', 'same issue', 'same result', 'no difference', 'didn t help', 'did not help', 'didn t', 'did not', 'didnt', 'doesn t', 'does not', 'not working', 'no luck', 'no change', 'nothing changed', 'nothing happened', 'no dice', 'failed', 'it failed', 'broken', 'i can not', 'i cant', 'i don t', 'i do not', 'i am not', 'it is not', 'not really', '👎', '❌', 'no it is not', 'no i can not', 'no i did not', 'no i am not',
  ],
  personNouns: ['cs', 'cs team', 'cs agent', 'customer care', 'your team', 'ur team', 'the team', 'colleague', 'a colleague', 'someone who can', 'somebody who can', 'anyone there', 'anybody there', 'anyone real', 'a real', 'callback', 'call back', 'ticket', 'support ticket','human', 'person', 'agent', 'support person', 'supervisor', 'superior', 'admin', 'moderator', 'someone', 'somebody', 'representative', 'rep', 'staff', 'operator', 'advisor', 'adviser', 'specialist', 'support team', 'support agent', 'customer service', 'customer support', 'live support', 'live chat', 'real one', 'teammate', 'team member', 'manager', 'employee', 'human being', 'live person', 'actual person', 'actual human', 'someone real', 'somebody real', 'support person', 'support staff', 'support guys', 'support people', 'support folks', 'tiktok support', 'tiktok team', 'helpdesk', 'help desk', 'mod', 'a mod', 'mods', 'your people', 'one of your people', 'your staff', 'one of your staff', 'officer', 'an officer', 'whoever deals', 'whoever handles', 'whoever is in charge', 'whoever does', 'whoever can', 'whoever knows', 'whoever works', 'colleagues', 'your colleagues', 'agents', 'humans', 'executive', 'support executive', 'customer care executive', 'an executive'],
  personVerbs: ['is', 'ping', 'escalate', 'open', 'file', 'raise', 'message', 'email', 'dm', 'hand','talk', 'speak', 'chat', 'contact', 'connect', 'get', 'need', 'want', 'reach', 'call', 'escalate', 'transfer', 'put', 'give', 'see', 'ask', 'have', 'let', 'bring', 'find', 'forward', 'pass', 'transfer', 'redirect', 'loop', 'involve', 'request', 'prefer', 'wanna', 'gimme', 'connected', 'connecting', 'speaking', 'talking', 'chatting', 'contacting', 'reaching', 'arrange', 'assign', 'assisted', 'attended', 'served'],
  frustration: [
    // (Not "useless" alone: "forgot password is useless" gives up on a way in, not on the bot.)
    'so useless', 'totally useless', 'completely useless', 'absolutely useless', 'useless af', 'ugh useless', 'you re useless', 'ur useless', 'u r useless', 'its useless', 'it s useless', 'this is useless', 'you are useless', 'not helpful', 'not helping', 'no help', 'doesn t help', 'does not help', 'waste of time', 'wasting my time', 'i give up', 'give up', 'fed up', 'sick of this', 'stupid bot', 'dumb bot', 'stupid', 'pointless', 'ridiculous', 'tried everything', 'i have tried everything', 'nothing works', 'nothing is working', 'nothing helps', 'this bot sucks', 'this sucks', 'so frustrating', 'a bot that can t help', 'bot that cannot help', 'useless bot', 'frustrated', 'annoying', 'going in circles', 'round in circles', 'in circles', 'thanks for nothing', 'so dumb', 'is dumb', 'worst support', 'worst bot', 'worst service', 'this is a joke', 'are you even reading', 'not even reading', 'can t help us', 'can t help me', 'cannot help me', 'cannot help us', 'you are not listening', 'enough of this', 'enough already', 'you don t understand', 'you do not understand', 'you re not understanding', 'not what i asked', 'not what i meant', 'getting nowhere', 'going nowhere', 'hopeless', 'over and over', 'keeps looping', 'in circles', 'same answer again', 'useless bot', 'not helpful at all', 'this is not working', 'this isn t working', 'this bot is not helping', 'bot is useless', 'had enough', 'fed up with this', 'so annoying', 'worst bot',
  ],
  cues: [
    // Going back to mend a wrong answer is never a story, however long the apology around it.
    ['back', /\b(can|could) (we|i|you|u) (please |just )?(go|get) back (to the (previous|last) (step|question|screen|one)|(a|one) step)\b|\b(go back|back up)\b.*\b(wrong|mistake|misclick\w*|changed my mind|skipped|missed|not what i (meant|wanted|picked|chose|clicked)|(didn t|didnt|did not|haven t|havent|have not) (\w+ ){1,5}yet|forgot to)\b|\b(wrong|mistake|misclick\w*|changed my mind)\b(?! (shop|store|account|tiktok|page|profile|seller))( \w+)*? (go back|back up|(?<!\bhow (do|can|could|should|would) (i|we|you|u) |\bhow (to|2) )undo)\b|\b(go|take me|get me|bring me) back (one|a) (step|question|screen|page)\b/, 'any-length'],
    // Cancelling the check-back by name is never a story, however long the thanks around it.
    ['cancel', /\b(cancel|call off|stop) (the |my |that |this )?(reminder|check ?back|follow ?up)\b|\b(reminder|check ?back|follow ?up)\b.*\b(please |pls |just )?(cancel|call off) (it|that|this)\b|\bno need for (the |a |any |that )?(reminder|check ?back|follow ?up)\b|\bstop (checking (on|in on)|messaging|reminding|pinging|following up (on|with)) (me|us)\b|\b(don t|dont|do not|please don t|no need to|no need|no need for you to) (message|remind|ping|check on|text|contact) me (about (that|it) )?(tomorrow|again|later|in (\d+ ?(h|hrs?|hours?|d|days?)|an? (hour|day)|(one|two|a few) (hours|days)))\b/, 'any-length'],
    // Asking to start again is never a story when it is a request ("…can we start over").
    ['restart', /^(start (this |the |it |everything |it all |all )?(whole )?(thing |process |conversation |convo |chat |guide |steps |flow )?over|start again|restart|begin again)\b(?! (with|on|using|under|in) (a |an |my |our |the )?(new|another|different|fresh|second|other)\b)|\b(can|could) (we|i|you|u) (please |pls |just )?start (this |the |everything |it all |all |it )(whole )?(thing |process |conversation |convo |chat )?(over|again)\b|\b(wipe|clear|reset) (it|this|everything|my answers|the answers)( all)? and start (over|again|fresh)\b|\b(start (it |everything |all |it all )?over|start again|restart) from (the top|the (very )?beginning|scratch)\b|\b(can|could) (we|i|you|u) (please |pls |just )?(start (the whole thing |everything |it all |all )?over|start again|restart|begin again)\b|\b(let s|lets|i want to|i d like to|i would like to) (start (this |the |it |everything |it all |all )?(whole )?(thing |process |conversation |convo |chat )?(over|again)|restart)\b(?! (with|on|using|under|in) (a |an |my |our |the )?(new|another|different|fresh|second|other)\b)/, 'any-length'],
    ['back', /\b(return|go back|get back) to the (last|previous|prior) (screen|page|question|step|one)\b|\b(answered|picked|chose|clicked|pressed|tapped|hit) (that |it |the )?wrong\b|(?<!\b(call|calls|ring|phone|text|write|reply|get|gets|come|message|email|hear|heard|hit|money|cash|it|them|item|items|product|products|order|parcel|package|stuff|send|sent|give|gave|pay|paid|nothing|anything|word|reply|response|answer) (me |us )?)\b(go back|back)( (pls|please|one( more)?( step)?|a step|a bit|to the (previous|last) (step|question)))?$|\b(previous (step|question|one|page|screen)|(go )?back (to )?(the )?previous|prev|undo(?! (it|this|the|an?|my (order|return|refund|payment|listing|approval)))|step before|last step|one before|clicked the wrong|pressed the wrong|wrong (button|one|answer|choice|click|tap)|misclick\w*)\b|^back\b(?! (at|on|in|from|home)\b)/],
    ['restart', /\b(back to the (start|beginning|menu|main menu|top)|(take me|go|bring me) (back )?to the (start|main|first) (menu|screen|page)|start (all |it all )?over(?! (with|on|using|under|in) (a |an |my |our |the )?(new|another|different|fresh|second|other)\b)|restart|start again|from scratch|from the top|very beginning|the beginning|from beginning|main menu|(?<!\b(after|password|pw|pass|factory|hard|soft|phone|app)( a| the| my)? )reset(?! (the |my |your |our )?(password|pw|pass|app|phone|browser|cache|settings|pin|link))|new (chat|conversation|session)|fresh start|clear (the |this |our )?(chat|conversation)|begin (again|anew))\b/],
    ['help', /\b(wh?at (else |exactly |all )?can (you|u) (\w+ )?(do|help)|wh?at (else|other (stuff|things)) (can |could )?(this bot|the bot|you|u)( can| could)? (\w+ ){0,2}(do|help)|wh?at (kind|kinds|sort|type)s? of (things|stuff|questions|problems|issues) (are|can|do) (you|u) (\w+ ){0,3}(do|help|handle|able)|wh?at are (all )?the things (you|u|this bot|the bot) can (do|help)|wh?at (can|does) (this|the) (bot|thing|chat|assistant) (\w+ )?(do|help|handle)|wh?at (you|u) can (help|do)|wh?at (all )?(things|stuff) (you|u) can (help|do)|wh?at (kind|kinda|sort|type)s? (of )?(stuff|things|questions|problems|issues) (do|can) (you|u|this bot|the bot) (\w+ )?(handle|help|do|answer|cover)|wh?at (do|can) (you|u) help|wh?at (kind|sort|type)s? of (questions|things|stuff|help|problems|issues)|how (does|do) (this|you|the)( bot| thing| chat)?( even| actually)? work|how (do i|to) use (this|you|the bot|the chat)|what are (you|u) for|(list|show) (me )?(your|the|all( the)?|all your) (commands|features)|what commands|wh?at (are|r) (you|u) (able|here|built|made|meant) (to|for)( help| do)?|what is this (bot|chat)|what (can|should) i ask( you)?|wh?at (things|stuff) can (you|u) (help|do)( me)?( with)?|what (do|can) (you|u) know|what topics)\b|^(so |ok |okay |and |but )?wh?at (do |does )?(you|u|this bot|the bot|this thing) (even |actually |really |exactly |can )?do( exactly| here| for (me|us))?( then| ah| lah| huh| eh| po| ha)?( bot)?$/],
    ['cancel', /\b(cancel|stop|call off|turn off) (the |that |this |my )?(\w+ ){0,2}(check( back| in)?|reminder|ping|follow ?up|nudge)\b|\bturn (that |the |this )?(reminder|ping|check) off\b|\bno need to check (back|in|on me)\b|\bno need (for )?(the |a |any |that )?(reminder|check ?back|follow ?up|ping)\b|\b(cancel|stop|don t|do not|no more|skip)\b.*\b(remind\w*|check(ing)? (back|in)|follow ?up|ping me)\b|\bno need to (remind|ping|message|check (back|in) (on|with)) (me|us)\b|\b(remind\w*|check(ing)? (back|in)|follow ?up)\b.*\b(cancel|call) (it|that|this)( off)?\b|\b(unsubscribe|stop (messaging|texting|pinging) me|no (follow ?ups?|check ?ins?))\b/],
    // Asking to have what was stored deleted is never a story either.
    ['forget', /\b(delete|erase|remove|wipe|forget) (whatever|everything|anything|all|what)( the)? ((info|informations?|data|details|messages|chats?|history)( and (the )?(info|informations?|data|details|messages|chats?|history))? )?((you|u) ve |(you|u) have |(you|u) )?(stored|saved|kept|have|got|know|collected) (about|on|of) (me|us|my (shop|store|business|brand|account)|our (shop|store|business|brand|company|account))\b/, 'any-length'],
    ['forget', /^(?!.*\b(cache|cookies|browser|app data)\b).*\b(my|our) (data|info|informations?|details|history|chat history|chat|chats|messages|conversation|conversations|chat log|records)( \w+){0,3} (deleted|erased|removed|wiped|purged|gone)\b|^(?!.*\b(cache|cookies|browser|app data)\b).*\b(delete|erase|remove|wipe|forget|clear|purge)\b.*\b(my (data|info|informations?|details|history|messages|conversation|chat)|everything (about me|(you|u) (have|stored|ve got|got|know)|i told (you|u))|(the |my )?(data|info|informations?|details|records) (you have|you hold|you keep|you stored|you ve got)|(data|info|informations?|details|records) (on|about) me|about me|stored about me|all my data|my info|(all )?(the )?(info|informations?|data|details) (wey |that |which )?(i|we) (give|gave|told|sent|shared)( (you|u|to you))?|the conversation|this conversation|our chat|my (stuff|records|personal data|account data|chat history|messages))\b|^(?!.*\b(cache|cookies|browser|app data)\b).*\b(delete|erase|remove|wipe|purge)\b.*\b(chat history|chat logs?|conversation history|messages)\b.*\b(from|in) (your|ur|the bot s|this bot s) (system|database|db|records|servers?|memory|logs)\b/],
    ['forget', /\b(do not|don t) want (you|u|the bot|this bot|your bot) (to )?(keep|keeping|store|storing|save|saving|remember|remembering|hold|holding) (\w+ ){0,3}(my|anything|everything|what|the (stuff|things|info|data|messages))\b/, 'any-length'],
    ['thanks', /^(thanks|thank you|thx|ty|cheers|great thanks|ok thanks)\b.*\b(that s all|thats all|all i needed|that helps|that helped|(very|really|so|super) helpful|that s it|thats it|the rest (myself|on my own|alone|later)|from here)\b/],
    // A goodbye that ends the message, whatever was said before it ("ok cool ill sort it with her tomorrow. thanks, bye!").
    ['thanks', /^(?=.*\b(thanks|thank you|thank u|thx|ty|tysm|cheers|salamat|terima kasih|makasih|gracias|merci|danke|grazie|cam on)\b).*\b(bye|bye bye|cya|see ya|see you|ttyl)$/, 'any-length'],
    // A message made only of closing words, in any order ("that's all I needed, appreciate it").
    ['thanks', /^(?=.*\b(that s|thats|that is|that was|all|appreciat\w*|helpful|thanks?|thx|ty|tysm|cheers|salamat|terima kasih|makasih|gracias|cam on|kop ?khun|khob ?khun|danke|merci|grazie|obrigad[oa]|arigato|bye|have a)\b)((ok|okay|great|perfect|awesome|cool|alright|got it|no|nope|ok na)( |$))*(((that s|thats|that is|that was) (all|it|everything|all i needed|sorted|all sorted)( for( now)?)?|all (i|we) (needed|wanted|need)|all (good|sorted)( now)?|(i|we|really) appreciate (it|that|this|the help|you|u)|appreciate (it|that|this|the help|you|u)( a lot| so much)?|(much|really) appreciated|((that s|thats|that was|very|really|super|heaps|so) (very |really |super |heaps |so )?)?helpful|thanks?( you| u)?( very much| so much| so so much| a lot| a ton| a bunch| tons| loads| heaps| a million| again)*|(thx|ty)( sm| so much| a lot| a ton)?|tysm|cheers|salamat( po)?|terima kasih|makasih|gracias|cam on|kop ?khun( ka| krub)?|khob ?khun( ka| krub)?|(vielen )?dank(e)?( schon| sehr)?|merci( beaucoup)?|grazie( mille)?|obrigad[oa]|arigato|bye|have a (good|nice|great|lovely) (one|day|night|weekend)|for (your|the|all (your|the)) (help|patience|time)( with me| with us)?( earlier| today| yesterday| last time| before| just now| again)?|(that|that s|thats|that is|that has|this|it|you|u|you guys|your team|the team|they|he|she|the (person|agent|guy|lady)( from (your|the) (team|support))?) (sorted|fixed|solved)( it| that| everything| things)?( out)?( for (me|us))?|(that|this|it) (did|does) the trick|((it|its|that|everything|all) )?(just |finally |now )?(works?|worked|working|is working|s working|is fine|s fine)( now)?|(you re|youre|ur|you are|u r|u re) (the best|a lifesaver|a life saver|goated|amazing|awesome|a legend|great|a star)|(the |my )?(shopping )?(bag|icon|basket|cart|shop tab|shop button|storefront)( icon)? (just |finally |now )?(appeared|showed up|is there|s there|is back|s back)( now)?|(i |we )?(just )?(figured|sorted|worked) it out( myself| ourselves| on my own)?|(it s|its|it is|everything s|everything is) (now |finally )?(linked|connected)( now)?|and|so|wait|bot|sorted|all sorted|omg|wow|yay|yes+|nvm|never mind|sir|ma ?'?am|po|mate|bro|guys|kak|ka|krub|khrap|kha|ok na|ok|okay|support( team)?|team|admin|a+h+|o+h+|i see|good to know|makes sense|noted|(i )?(didn t|didnt|did not) know (that|this)( before)?)( |$))+$/],
    ['greet', /^((hi|hii|hello|helo|hallo|halo|hai|hey|heyy|hiya|heya|howdy|greetings|yo+|g ?'?day|gm|xin chao|sawasdee|sawadee|sawatdee|assalamualaikum|assalamu alaikum|salam|good (morning|afternoon|evening|day)|buongiorno|buenos dias|buenas|bonjour|hola|ciao|guten tag|guten morgen|ola|konnichiwa|morning|mornin|afternoon|evening)( (there|po|everyone|all|team|guys|bot|friend|again|sir|ma ?'?am|madam|mate|kak|ka|krub|khrap|kha|khun|ad|admin|support( team)?|mods?))*\s*)+((hope (you|u) (are|re|r) (having a (nice|good|great|lovely) (day|one|week)|doing (well|good|great|ok)|well|good)|how are (you|u)( doing| today)?)\s*)*$/],
  ],
  settled:
    /\b(is|are|s|re|was|were|got|has been|have been) (all |already |totally |completely |now )?(fine|ok|okay|good|sorted( out)?|all set|set up|solved|resolved|fixed|no (issue|problem)|not the (issue|problem|question))\b|(?<!\b(link|linking|linked|it|that|this|everything)( s| is)? )\b(are|were|have been) (all |already |now )?(verified|done|completed|finished|processed)\b|\b(do|doing|does|going|goes|work|works|working) (fine|well|great|ok|okay)\b|\bno (issue|problem)s? (there|with (that|it|them))\b|\b(that s|thats|that is|it s|its) (a )?(separate|different|another) (thing|issue|matter|question|story)\b|\bnot (your|ur|the bot s) (department|area|job|thing)\b|\b(but|pero) (it s |its )?(ok|okay|fine|whatever)( lang| naman)?\b|\b(already|just) (know|knew) (what|how|about)\b/,
  guessed: /^(and |or |so )?(maybe|probably|perhaps|possibly|could it be|might it be|might be|is it|is that|or is it)( just| all| partly)? (because|bc|cuz|coz|cos|due to)\b/,
  // "How old" asks an age; "hold on" and "ages ago" only sound like "old" and "age".
  keep: 'seller center centre creator code phone profile store live page region country order partner computer commission option question official business personal marketplace showcase invite video follower age unlink authorize authorization verification employee agency brand product account scanner camera browser cache banner sticker'.split(' '),
  // "Chao ban" is Vietnamese "chào bạn" (hello, friend) without its marks: no ban.
  compounds: { ...peopleByTheirWork(), 'chao ban': '', 'cam on ban': '', 'ban oi': '', 'how old': 'age', 'years old': 'age', 'year old': 'age', 'yrs old': 'age', 'hold on': '', 'old enough': 'age', 'i live in': 'based in', 'we live in': 'based in', 'i just live': 'based', 'live abroad': 'abroad', 'live overseas': 'abroad', 'something wrong': 'problem', 'something s wrong': 'problem', 'something is wrong': 'problem', 'hang on': '', 'hi ad': '', 'hello ad': '', 'hey ad': '', 'good day ad': '', 'need help': '', 'i need some help': '', 'ages ago': 'ago', 'hook up': 'link', smth: 'something', sth: 'something', somethin: 'something', 'hooked up': 'link', 'tie in': 'link', 'tied up with': 'linked to', 'tied up to': 'linked to', 'taken by': 'linked to', 'claimed by': 'linked to', 'black and white square': 'qr code', 'black n white square': 'qr code', 'square code': 'qr code', 'pixel square': 'qr code', 'tied to': 'linked to', 'attached to': 'linked to', 'round and round': 'spin', 'another go': 'try again', 'another try': 'try again', 'one more try': 'try again', 'one more go': 'try again', 'carry on': 'continue', 'go ahead': 'continue', 'go on': 'continue', 'lets continue': 'continue', 'let s continue': 'continue', 'let us continue': 'continue', 'lets go': 'continue', 'let s go': 'continue', proceed: 'continue', 'move on': 'continue', 'keep going': 'continue' },
  stem,
  light: 'a an the i me my it its is am are to of and or you your do does did be that this on in at for with just so please pls plz what'.split(' '),
  falseFriends: [],
  typoMinLength: 4,
  courtesy: {
    before: /^(ok|okay|hey|um|so|just|can we|can you|could you|let us|lets|i want to|i would like to|please) /,
    after: / (please|pls|plz|now|thanks|thank you|thx|asap)$/,
  },
  personWords:
    /\b(someone|somebody|anyone|a person) (who|that) (actually )?works? (there|here|at tiktok|for tiktok|for you|with you|at support|in support)\b|\b(put|transfer|pass|send|get|connect) (me|us) (thru|through|over|across) to (\w+ )?(support|someone|somebody|a person|an agent|a human|cs|customer service|your team)\b|\b(get|gimme|connect|put|send|take) (me|us) (to )?(some )?(support|cs|customer service|customer support|tiktok support)\b|\b(anyone|anybody|someone|somebody|a person|a human|an agent)( \w+){0,4} (i|we) (can|could) (actually |just |please )?(talk|chat|speak) (to|with)\b|\bwho (\w+ )?(on|in|from|at) (your|ur|the|ya) (team|support|staff|side|end) (can|could|should|do) (i|we)\b|\b(someone|somebody|a person|a human|an agent|a real person) (pls |please |plz )?(take a look|have a look|look at (this|it)|check (this|it))\b|\b(makausap|maka usap|kausapin|kausap) (ang |ng |sa )?(tao|agent|cs|support|someone|customer service)\b|\bnot bot\b|^talk (2|to) (ppl|people|humans?)$|\b(a )?(real|human|actual) (reply|answer|response) from\b|^whoever (is in charge|handles|deals with)( of)?( this| these| it)?\b|\bcust (service|support|care|svc)\b|\b(pass|put|send|transfer|hand) (me|us) (over )?to (one of )?(your|ur|the) (staff|team|agents?|people|colleagues)\b|^(mods?|admins?)( anyone| anybody| pls| please)?$|^(transfer|escalate|connect) me( pls| please| now| to someone)?$|^(an? )?(person|human|agent|real person|someone|somebody|rep|support|staff|admin|cs)$|^(someone|somebody|anyone|anybody|a human|human|agent|an agent|a manager|manager|supervisor|a supervisor|rep|a rep|admin|an admin|mod|a mod|support( person| team| staff| agent)?|(a )?staff( member)?|cs( team| agent)?|customer service|(a )?real person|(a )?live agent) (pls|please|plz|asap|now|po)\b|\b(i d|i would|we d|we would) rather (someone|somebody|a person|a human|an agent|your team|support) (\w+ )?(checked|looked|check|look|handled|handle|did)\b|\b(who|someone|somebody|anyone) (can|could) help (me |us )?(from|on) (the |your )?support( side| end)?\b|\b(real (person|human|people|ppl|someone|agent|support)|(?<!\b(the|to|my|our|into|onto|its|it s) )real one|actual (person|human|people|ppl|agent|support person)|live (agent|person|chat|support)|member of (staff|the team|your team)|a rep|rep pls|rep please|(?<!legal )representative|operator|customer (service|support|care)(?! (\w+ )?(said|says|told|tells|telling|keeps?|kept|asked|asks|replied|sent|emailed|lady|guy|girl|man|woman|hours|settings?|chat settings|auto|replies|reply|messages))|support (team|agent|staff|ticket)(?! (\w+ )?(said|says|told|tells|telling|keeps?|kept|asked|asks|replied|sent|emailed|mentioned|confirmed|explained))|talk to support|contact support|not a bot|not (a )?robot|no more bot|done with this bot|phone (call|support)|(?<!(change|update|edit|set|fix|correct) (the |my |our )?((shop|store|business|seller center|seller centre)( s)? )?)(your|support|the support|contact) (phone |support )?(number|email|e mail|email address)|\ba (phone |support )?(number|email|e mail|email address) (to|i can|we can|for)\b|call me|over the phone|(whatsapp|wa) (me|support|number|you)|(contact|reach|talk to|message|call|text) (you|u|support|someone|your team|a person)( guys)? (on|via|through|by) whatsapp|(your|a|the support) whatsapp|escalate|callback|file a (case|ticket)|open a (case|ticket)|raise a ticket|anyone (actually )?there|anybody (actually )?there|(anyone|anybody|any (person|human|agent|one)) (actually )?(there|around|online|available)( (pls|please|plz|po|to help( me| us)?|at all|now|rn|right now))?$|someone (from|at) (tiktok|support|the team|your team))\b|\b(talk|speak|chat|contact|reach|call|message|email|dm|connect me)\b(\s\w+){0,3}\s(support|team)\b|\b(someone|somebody|anyone) (from|at|in|on) (the |your |ur |ya )?(support|team|tiktok( shop)?( team| support)?)\b|\b(can|could|would|will) (a |an |one of )?(staff|staff person|staff member|someone|somebody|anyone|person|human|agent|real person|your team|support|you guys)( \w+){0,2} (check|look at|look into|take a look|look(?! (like|for|into))|verify|review|handle|sort out)\b|\b(real|actual|live) (admin|mod|moderator)\b|\binstead of (the |a |this |your )?(ro)?bot\b|\b(don t|do not|dont|not|no more) (want to |wanna |interested in )?(talk|speak|chat)(ing)? (to|with) (a |the |this |some )?(ro)?bot\b|\b(can|could|would|will) (a |an |someone from )?(support|support person|human|real person|agent|someone|somebody) (please |pls |just )?(contact|call|phone|ring|text|email|message|reach|dm) me\b|\b(can|could|would) (a|an|one of your) (person|human|real person|agent|staff member)( from (tiktok|support|your team|the team))? (help|assist|do (it|this|the \w+)|handle|walk me through|take me through|guide me)\b|\b(admin|mod|moderator)s? (i|we) (can|could) (dm|message|talk to|contact|reach)\b|\bwho (else )?(can|could|do|should) i (actually |even )?(call|ring|phone|contact|email|write to|talk to|speak to|speak with|reach|dm|message|text|ping)\b|\b(anybody|anyone|somebody|someone|sum1|some1|ne1|any1) (real|human|alive)\b|\b(is there|are there|do you have|have you got) (\w+ ){0,2}(anyone|anybody|someone|somebody|a person|people|an? (email|e mail|address|number|phone line|hotline|line)|a (support )?(phone )?(line|hotline|number)) (\w+ ){0,2}(i|we) can (actually )?(email|e mail|call|ring|phone|contact|write to|reach|talk to|speak to|message)\b|\b(support|help|customer) (phone )?(line|hotline)\b|\b(on|over) a (phone |video )?call\b|\b(email|e mail|address|phone number|number) (i|we) can (write|send|call|contact|reach)\b|\b(transfer|put|pass|forward|escalate) (me|this|us) (through )?to (a |the |your )?(support|team|agent|human|person|staff|manager)\b|\b(can|could|would) (a|an|one of your|some) (mod|moderator|admin|staff|staff member)( or (staff|admin|mod|someone))? (help|assist|look)\b|\b(human|person|someone|somebody|agent|staff member|team member) (could|can|to|will|would|please)( please| pls| just)* (take a look|look at|look into|check|handle|review|deal with|sort|take over|step in|jump in)\b|\b(can|could|would|will) (a |an |one of )?(tiktok |tiktok shop |your |support )?(staff|staff member|person|human|agent|someone|somebody|rep|real person)( \w+){0,2} (dm|message|contact|call|email|text|reach out to|get in touch with) (me|us)\b|\b(can|could|would) (a |an )?(person|human|agent|real person|someone|somebody|anyone|staff member|staff|mod|moderator|admin|support) (please |pls )?(take over|step in|jump in|hop in|hop on|jump on|pop in|come in|join (this|the|here|us))\b|\b(would|d|id) rather (talk|speak|chat|explain (this|it|things|everything)|deal|go over (this|it)) (to|with) (a |an |some |the )?(real |actual )?(person|human|agent|someone|somebody|support|staff)\b|\b(someone|somebody|a person|an agent|a human|anyone) (from|on) (your|ur) (side|end)\b(?! (\w+ )?(said|says|told|tells|asked|replied|sent|emailed|mentioned|confirmed|explained))|\b(pls|please|plz) (can )?(someone|somebody|anyone|anybody|a person|an agent|a human|support|staff|your team) (please |pls )?(contact|call|email|message|reach out to|reach|dm|text|get back to|get in touch with) (me|us)\b|\b(discuss|talk about|go over|go through) (\w+ ){0,4}with (a |an |the |your |one of your )?(\w+ )?(specialist|agent|person|human|representative|rep|staff|staff member|team|support)\b|\b(actual|real) (tiktok |tiktok shop |tts )?(reps?|representatives?|staff|staff members?|employees?|mods?|admins?)\b|\b(a|an|any) (tiktok|tiktok shop|tts|tik tok) (shop )?(reps?|representatives?|staff|staff members?|employees?|support (person|people|ppl|staff))\b|\b(any|are there( any)?) (mods|moderators|admins|staff|agents|humans|reps|support|support (ppl|people|folks|guys|staff))( or (\w+ ){0,2}(mods|moderators|admins|ppl|people|folks|staff))? (around|here|online|on|there|in here)\b/,
  personDeclined:
    /\b(needed|had to (get|reach|ask for|talk to)) (a |an |the )?(real )?(human|person|agent)( \w+){0,2} (in the end|after all|eventually|anyway)\b|\b(took|takes|taking)( me| us)? (\w+ ){0,3}(to|before|until|till) (i |we )?(actually |finally )?(got|get|reach|reached|talk|talked|speak|spoke)( to| with)? (a |an |the )?(real )?(human|person|agent|someone|support)\b|\b(are|r) (you|u) (a |an )?(real |actual )?(human|person|bot|robot|ai)( or (a |an )?(real )?(human|person|bot|robot|ai))?\b|\bif (\w+ ){1,6}(i ll|ill|i will|i d|i would) (need|want|ask for|talk to|have to get) (a |an |to |to a )?(real )?(human|person|agent|someone)\b|\b(don t|dont|do not|doesn t|no|never|not)( really| even| actually)? (need|want|wanna|asking for|looking for)( to (talk|speak|chat) (to|with))?( for)? (a |an |the |any |some )?(real |actual |live )?(human|person|agent|people|someone|somebody|support|staff|rep|representative)\b|\bno need (for|of) (a |an |the |any )?(real |actual |live )?(human|person|agent|someone|support|staff|rep)\b|\b(do|did|will|would|should|must) (i|we) (have to|need to|gotta|got to|must) (contact|call|email|reach|talk to|speak to|message|go through|ask) (\w+ ){0,2}(support|customer service|cs|an agent|someone|a person|a human)\b/,
  // (…and a person asked for in a neighbour's words, said in an English chat: "agente humano", "un humain".)
  personShort: /\b(humans?|hooman|huamn|humna|humn|(human|agent|person)s?(pls|plz|please)|agente humano|atendente|persona real|hablar con (una persona|alguien|un agente|un humano|un asesor)|un humain|operatore umano)\b/,
  notPerson: /\bon (the |our |my )?staff\b|^(?!.*\b(human|person|agent|support|staff|real)\b).*\b(someone|somebody) (elses?|linked|has|owns|took|used|is|was)\b|^(\w+ ){0,2}(my|our|his|her|their) (\d+ |two |three |few |new |own |ex |former |old |previous )?(staff|employee|team member|teammate|manager|agent|assistant|va)s?\b|^(\w+ ){0,2}(staff|employee|team member|teammate|manager|assistant)s? s\b|^(\w+ ){0,2}(\d+|two|three|four|five|six|few|several|many|all) (of )?(our |my )?(staff|employees|team members|teammates|managers|assistants)\b|\b(people|someone|somebody|customers|viewers|buyers|followers|them) to (buy|purchase|shop|order|watch|follow|find|see|click|tap)\b|\b(staff|employee|team|teammate|team member)s?( s)? (personal )?(accounts?|tiktoks?|profiles?|pages?|accs?)\b/,
  negation: /\b(not|no|never|nothing|can not|cant|didn t|doesn t|won t|isn t|nope|nah|still|stopped|quit)\b/,
  // "it is complicated", "it's a long story": the opening of no yes.
  negatedYes: /^(not|n t|never|(a )?(bit |little )?(complicated|long story|complex|tricky|messy))\b/,
  worked: /\b(worked|works|working now|fixed|solved|sorted|it scans now|now it scans$|(it )?(finally|now) (scanned|went through|linked|connected)|scanned (straight away|right away)|that was it|did the trick|that did it|there it is|found it|got in|logged in|back in|went (straight )?through|it is there|there now|showing now|shows now|appeared|linked now|success)\b/,
  failed: /\b(still|not|never|same result|unfortunately|didn t|did not|doesn t|does not|won t|will not|can not|cant|(exact )?same (error|thing|problem|issue|message|screen)|no luck|nothing)\b/,
  clarify: /^(\w+ )?(what (do|does) (you|u) mean|what does (\w+ ){1,3}(even )?mean|what is that supposed to mean|i don t (get|understand) (it|that|this|the question|what you mean))\b/,
  unsure: /\b(not sure|unsure|no idea|do not know|don t know|dunno|idk|do not remember|don t remember|can not remember|cant remember|(i )?(not|never) remember|(can t|cant|don t|do not) recall|not certain|no clue|maybe|i guess)\b/,
  switches: /^(ok |okay |wait |hmm |also |oh |and |but |so |sorry |actually |no |nice |cool |totally |completely |before (that|i \w+) )*(quick (one|q|question)|next (question|q|thing)|diff (question|thing|q|issue|problem|topic)|forget (that|this|it|about that|the \w+|about the \w+)|skip (this|that|it)|my (actual|real|main) (problem|issue|question)( is)?|(and )?(while (we |i )?(wait|waiting)|in the meantime|in meantime|meantime|meanwhile|while (i m|im|i am|we re|we are) (here|at it))|never mind( that)?|nvm( that)?|nevermind|(a |one )?(different|another|other|separate|unrelated|new|side) (thing|question|q|qn|issue|problem|topic|note|error)|on another note|btw|by the way|unrelated|off topic|changing (the )?(subject|topic)|also another (thing|question)|one more (thing|question))\b/,
  appeal: /\b(unban\w*|appeal\w*|reinstate\w*|lift (the )?(ban|suspension)|(remove|clear|get rid of) (it|the \w+|this \w+|that \w+|my \w+)|get (it|that|this|them|the \w+) (removed|lifted|cleared|reversed)|be (lifted|removed|reversed)|contest\w*|dispute\w*|challenge (it|this|that|the \w+)|overturn\w*|how long (does|will|do) (the |a |my |this |that )?(strike|ban|suspension|restriction|penalty|warning)s? (last|take|stay)|what happens (at|after|when|if))\b/,
  later: /\b(let me (see|check|look)|lemme (see|check|look)|(check|look) first|later|tonight|leave it|give it (a few |a couple of |a couple |some )?(more )?(days|time|a day|a week|a while)|another day|hold off|wait (a|a few|some) (days|weeks|while)|(in|after) a few (days|weeks)|on the weekend|when i get (home|back)|in a (bit|while|moment)|after work|not now|another time|check (it )?later|look later)\b/,
  enough: /\b(good|enough|done|that s it|thats it) for now\b|\b(that s|thats|that is) (enough|plenty|all|it)\b|\b(enough|plenty) (\w+ )?(for (now|today|me|tonight|the day)|thanks|thx|ty)\b|\ball (i|we) (needed|wanted)\b|\b(i m|im|i am) (good|done|set|all set)\b|\bgot the idea\b|\ball done\b|^(enough|plenty)\b|\b(stop|leave it|pause) here\b|\bcall it a (day|night)\b|\b(i ll|ill|i will|i can) (do|finish|handle|sort|manage|take care of) the rest\b|\b(i ll|ill|i will|i can|i got it|i ve got it|i have got it) (take it |manage |handle it )?from here\b/,
  stuck: /(?<!\b(is|s|are|re|was|were|been|gets?|keeps?) )\bstuck\b|\b(can not|cannot|could not|unable to) (\w+ )?(find|see|locate|spot)\b|\b(do not|did not) (\w+ )?(see|find)\b(?! (any |an? )?(problem|issue|error)s?\b)|\b(there is|theres|there are|there was) no\b|\bno (\w+ ){0,3}(button|tab|option|menu|page)\b|\bnowhere to be (found|seen)\b/,
  both: /^(a bit of |bit of |kind of |kinda |sort of |sorta |little of )?both\b(?! (yes|yeah|yep|are|is|were|of them are|good|fine|ok|okay|approved|active|done|same|match))/,
  onward: /\b(go on|continue|continuing|carry on|keep going|next(?! (to|door|week|time|month|day|year|one))|proceed|move on|let s go|lets go|go ahead)\b/,
  atLarge: {
    asks: 'help hand assistance assist support question ask about regarding begin start info options',
    beside: 'related few couple quick q figure out whole right place need want wanna tryna new noob total beginner first time even actually not sure no clue idea general stuff thing good day morning afternoon evening thank kak po sir',
  },
  other: /\b(something else|none of (those|these|them|the above)|neither|other (problem|issue|thing)|something different|different (problem|issue|error|message)|not listed|not on the list|not (that|this) one)\b|^other$/,
  // (A score said as one, "4/5", "4 out of 5", "5 stars", is its number: the rating step's buttons are 1 to 5.)
  // (…and so is a score with a word after it, "4/5 ok la", "1 star, took ages".)
  number: /^\s*(?:option|number|no\.?|nr|choice|button|#)?\s*(\d{1,2})\s*(?:(?:(?:\/|out of)\s*\d{1,2}|stars?|⭐+)(?:[\s,.!:;)-].*)?|[.)!])?\s*$/iu,
  // ("The first one, qr" names the first, "first, what should i do…" does not; "two" may be a count, never a place.)
  ordinals: {
    // (A score in words only with its stars: "two" alone may be a count.)
    pattern: /^\s*(?:it'?s |i pick |i choose |go with )?(?:the )?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|(?:one|two|three|four|five)(?= ?(?:stars?|⭐)))(?:(?: one| option| button| choice)(?:\s*[,.!]+( .*)?)?| ?(?:stars?|⭐+)(?:[\s,.!:;)-].*)?)?\s*[.!]?\s*$/,
    numbers: { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, sixth: 6, '6th': 6, one: 1, two: 2, three: 3, four: 4, five: 5 },
  },
  topics: {
    payouts: [
      /\bcommissions? (has |have |is |are |been |still |s )*(pending|stuck|on hold|not (paid|received)|not in (yet|my (bank|account|wallet|balance))|missing|late|delayed)\b|\bcommissions? (\w+ ){0,4}(not|never|has not|have not|is not|was not|were not) (been |yet |even )?(paid|received|credited|come in|arrived|released|settled)\b|\b(payday|pay day)\b|\bcommissions? (\w+ ){0,2}(land|lands|arrive|arrives|hit|hits|reach|reaches) (in |on )?(my |the |our )?(bank|account|wallet|balance)\b|\bhow long (until|till|before|for) (\w+ ){0,3}(commissions?|money|payments?|payouts?|earnings) (\w+ ){0,2}(land|lands|arrive|arrives|come|comes|hit|hits|paid|reach|reaches|show|shows)\b/,
      /\b(balance|wallet) (still )?(shows?|is|says|at|stuck at) (0|zero|empty|nothing)\b|\bwhere (is |s )?(my|our|the) money( at)?\b|\bwhere my money\b/,
      /\b(payouts?|pay outs?|settlements?|settled|withdraw\w*|cash out|bank (account|details|info|transfer)|bank (is |was |s |got )?(linked|connected|verified|added|set up|done)|(change|update|add|link|connect|switch) (the |my |a )?bank|get paid(?! (per|for each|for every|by the|on each|on every) (sale|order|video|post)| for (it|that|this|them|doing)| (a|my|some) (cut|commission|percentage)| commission| (to|for) (push|promote|promoting|post|posting|sell|selling|share|feature|featuring|show|showing|review|reviewing))|getting paid(?! (per|for each|for every) (sale|order))|paid out|my earnings|my balance|(account|available|current|shop|seller) balance|payment (method|account|details|schedule|hold|on hold)|when (do|will) i (get|receive) (my )?(money|payment|earnings|commission)|money (from|for) (my )?sales|funds|payoneer|paypal|reserve)\b|\b(commission|earnings|money|payment|sales money)\b.*\b(hit|reach\w*|arrive\w*|land\w*|come (in|into)|go (in|into)) (my |our |the )?(bank|wallet|gcash)\b/,
      /\b(money (from|for) (my )?(first )?(sales|orders)|when (will|do) i (get|be) paid|pays? out (to|into)|when (does|do|will) (the |my |our )?(money|commissions?|earnings|payments?|payouts?)( \w+){0,4} (actually )?(come|arrive|land|hit|show up)|(commissions?|earnings) (are |is |have been |has been |still )*(pending|stuck|on hold|processing)|get (my )?money|(payment|payout|money) for (my |the |last \w+ |last \w+ s )?(orders|sales)|(not|never|haven t|have not|didn t|did not) (received|receive|got|get|gotten) (my |the |any )?(payment|payout|money)|(not|never|haven t|have not) been paid)\b/,
      /\b((checkout|check out) (qr|page|payment|fails?|failed|error|declined|not working|is broken)|(qr|pay|payment|card)\b.*\b(checkout|check out)|buyer payment|pay at|(?<!\b(i|we|am i|are we|i am|we are|i m|we re) )paying(?! (seller|customer|member|user|subscriber|client)s?\b)|payment qr|qr (payment|pay)|pay with qr|customer (can not|cannot) pay|card declined|receiv\w* (payments?|money)|(payments?|pay|money) (by|with|via|through) (scanning |a |the )*qr|gcash|paymaya|maya wallet|ovo|gopay|momo wallet|zalopay|truemoney|promptpay)\b/,
      /\b(earnings|income|revenue|wallet|disburse\w*|remittance|iban|routing number|swift code|direct deposit|payments? (are |is |got |been )?(pending|delayed|late|missing|stuck|held|frozen|on hold)|payouts? (are |is |got |been )?(delay\w*|pending|late|missing|stuck|failed|frozen)|transfer (my |the )?(money|funds|earnings|balance)|(receive|receiving|received) (my |the |a )?(money|payment|payout)|commission (payment|payout)s?|(commission|affiliate|creator) (money|earnings)|where (does|did|do|is|are) (my |the )?(money|commission|commissions|earnings|payment|payments) (go|going|gone)|unpaid)\b/, /\bbank (account )?verification\b|\b(test|micro|small|trial) deposits?\b|\b(1099( ?k)?|w ?9|w ?8 ?ben|tax (forms?|documents?|statements?))\b/],
    refunds: [/\b(buyers?|customers?|clients?) (\w+ ){0,4}(send|sending|sent|ship|shipping|mail|mailing)\w* (\w+ ){0,3}back\b|\b(send|ship|mail)\w* (the |an? |my |their |our )?(items?|products?|orders?|parcels?|packages?|stuff) back\b/, /\b(cash|money) back\b|\b(buyer|customer|client)s?( s)? (\w+ )?returns?\b|\breturns? (isn t|is not|not|never|doesn t|didn t|hasn t) (\w+ )?(showing|show|appear\w*|updat\w*|arriv\w*|com\w*)\b|\breturn (window|period|deadline)\b|\b(ask|request)\w* for (a )?(return|refund)\b|\b(open|opens|opened|file|files|filed|request|requests|requested) (a )?return\b|\breturns? page\b|\brefund button\b|\b(approve|accept|reject|decline|deny|handle|process)\w* (a |the |this |that |their |his |her |all )?(returns?|refunds?|return requests?)\b|\b(opened|filed|requested|started|made) a return\b|\b(gave|given|sent) (him|her|them|the buyer|the customer) (the |their |his |her )?money( back)?\b/, /\b(how do returns work|return (qr|code|shipping)|returns?\b.*\b(buyer|customer|work|policy)|refunds?|refunded|returns? (shipping )?(request|policy|label|an? item|a product|the item|the product|my order|window)|returns (and|&) refunds|process (a )?return|(wants?|wanted) to return|returned (the |an? |my |their )?(item|order|product|package)|money back|chargebacks?|exchange an? (item|order)|send (it )?back|(buyer|customer|order|refund|return)s? (open |opens |opened |filed |raised )?(an? )?disputes?|not as described|not (the )?same as (the |in the )?(picture|photo|pic|description|listing)|(wrong|damaged|broken) (item|product)s? (arrived|received|delivered|sent)|disputes? (a |the |an )?(refund|return|charge|order)|(opened|filed|raised) a dispute)\b/, /\b(refund\w*|reimburs\w*|return(ed|ing)? (an? |the |my |their |this )?(orders?|items?|products?|packages?|parcels?)|(buyer|customer)s? (wants?|asked|requested|is asking|requesting)( for)? (a |an |their )?(refund|return|money)|return requests?|returns? process\w*)\b/, /\brequest (a |an )?(return|refund)\b|\breturn (period|deadline|time ?frame)\b|\b(approved|accepted|rejected|declined) (a |the )?(return|refund)\b/],
    orders: [
      /\b(ordered|bought|purchased) (it |something |the wrong \w+ )?by mistake\b|\b(she|he|they|customer|buyer|client)s? (\w+ )?ordered\b|\bcancel (it|this|that|the order) (from|on) (my|our) (side|end)\b/,
      /\b(cancel\w* (an? |the |my |this |their )?orders?|order cancell?ation)\b/,
      /\b((?<!\b(\d+|no|zero|more|any|first|few|some|get|getting|can|could|can not|could not|cannot|unable to|to|viewers|people|buyers|customers|fans|they|per|each|every) )orders?(?! (dried|dry|dries|slowed|slow|picked|went|go|have gone|are|were) (up|down)\b)|shipping|shipped|ship (it|them|the|my|orders?)|shipping labels?|print (the )?labels?|labels? (won t|wont|will not|doesn t|does not|not|can t|cannot|didn t) print|delivery|delivered|deliver|tracking|track(ing)? number|couriers?|carriers?|packages?|parcels?|pacels?|pickup driver|rider|fulfil\w*|fulfill\w*|logistics|(?<!\b(units?|stock|items?|pieces|pcs) (in|at) (the |our |my )?)warehouse|dispatch\w*|usps|fedex|ups|dhl|j t express|j t|jnt|ninja ?van|flash express|lbc|spx|kerry|lalamove|gogo xpress|royal mail|evri|yodel|australia post|canada post|correios|estafeta|jne|sicepat|anteraja|ghn|ghtk|viettel post)\b(?! (guy|girl|lady|person|people|staff|team|manager|worker|employee|assistant|intern)s?\b)/,
      /\b(ships|shipment\w*|shipper|postage|lost (package|parcel|order)|(package|parcel|order) (was |got |is )?(lost|stuck|late|delayed|damaged)|(buyer|customer) (did not|didn t|never) (receiv\w*|get|got)|drop ?off|pick ?up (the |my )?(package|parcel|order)|awb|waybill)\b/, /\b(which|what) (\w+ )?(cou?r+i+e?r+s?|carriers?|shipping|delivery|logistics) (compan\w*|providers?|partners?|services?|options?)\b|\bcou?r+i+e?r+s?\b|\b(pick|packing) (list|slip)s?\b|\b(buyer|customer)s? (\w+ ){0,3}(changed?|updated?|gave (me )?(a |the )?(wrong|new)) (\w+ )?(shipping |delivery )?(address|adress|addr|addres)\b/, /\b(send|ship) (a |an |them a |her a |him a )?(replacement|new one)\b|\bbackorder\w*\b|\bpre ?(order|sale)s?\b|\bsplit (shipment|delivery)\b|\bcash on delivery\b|\bcod (orders?|payment)\b/],
    listings: [/\bhow (do|can|should|would) (i|we) list (it|them|this|that)\b|\b(price|prices)\b(\s\w+){0,6}\s(is |are |s )?(wrong|incorrect|diff|different|not the same|mismatch\w*)\b|\b(stock|inventory|units?|qty|quantity)( count| level)? (\w+ ){0,2}(shows?|says?|is|at|stuck at|showing|went to|dropped to) (0|zero|negative|empty)\b|\b(edit|change|update|fix)\w* (the |my |our |a )?(product )?(titles?|prices?|descriptions?|weight|dimensions?)\b|\blist (anything|any products?|my products?|our products?|(a |my |our )?(new )?items?)\b|\b(add|upload|create|list) (my|our) own (products?|items?)\b|\b(weight|dimensions?) (and|&) (weight|dimensions?)\b|\bstock (\w+ )?(not|doesn t|didn t|won t|isn t) (update|sync)\w*|\bupload\w* (my |a |the |our )?(first |new )?products?\b|\bproduct is locked\b|\b(sni|bpom|fda|halal) (certificate|cert|number|registration)\b|\b(product )?certificates?\b.*\bproducts?\b|\b(variasi|variations?|variants?) (\w+ ){0,3}(to|for|on) (my |the |a )?products?\b|\b(set|update|change|edit|adjust)\w* (the |my |our )?(stock|inventory) (levels?|counts?|numbers?|quantit\w*)\b|\bstock levels?\b|\b(all |some |my |our |the |\d+ )*(products?|items?|listings?|skus?) (\w+ ){0,3}(suspended|removed|taken down|deactivated|frozen|rejected|flagged|delisted)\b|\bprohibited (items?|products?)\b/, /\bcategor(y|ies) (approval|application|access|permission|qualification|restriction)s?\b|\b(link|add|put|assign|move|list)\w* (\w+ ){0,3}(products?|items?|listings?) (to|in|into|under) (\w+ ){0,2}categor(y|ies)\b|\b(approval|permission|access|qualif\w*) (to sell |for |in )(in |the |a )?(\w+ )?categor(y|ies)\b/, /\b(wrong|old|incorrect|outdated) prices?\b|\bprices? (is |are |s )?(wrong|incorrect|outdated)\b|\bprices? (\w+ )?(not |didn t |don t |won t |never )(updat\w*|chang\w*|sav\w*)|\b(new )?(product|item|listing)s? (\w+ ){0,2}(to get|get|be|being|getting) (reviewed|approved)\b|\b(product|item|listing)s?( link| page)? (shows?|says|showing|is|are) (as )?(unavailable|out of stock|sold out)\b/, /\b(which|what|right|wrong|correct|product) categor(y|ies)\b|\bcategor(y|ies) (for|of|do|does|should) (my |a |the |this |these )?(products?|items?|\w+ cases?|\w+)\b.*\b(go|put|list)\b|\b(add|create|edit|set up|change) (\w+ )?(variants?|variations?|sizes? options?)\b|\b(add|chang|edit|remov)\w* (\w+ )?(sizes?|colou?rs?) (to|for|on|from) (a |my |the |this |that )?(products?|items?|listings?)\b|\b(variants?|variations?) (to|for|of|on) (a |my |the |this )?(products?|items?|listings?)\b/, /\b(products?|items?|listings?)\b(\s\w+){0,8}\s(under review|in review|pending review|waiting for review|stuck in review)\b|\b(uploaded|added|listed|created) (a |my |the |new |some )*(products?|items?|listings?)\b/, /\b(products?|items?|listings?)\b(\s\w+){0,3}\s(rejected|denied|removed|taken down|flagged|not approved|delisted)\b|\b(delisted|item unavailable|product unavailable|(change|edit|update) the (price|stock|description|photos?) (on|of)|product (price|stock|inventory|variants?|photos?|description))\b|\b(listings?|product (was |got |is )?(rejected|denied|removed|taken down|under review|not approved|pending)|rejected (product|listing|item)|upload(ing)? (a |my )?products?|add(ing)? (a |an |new |more |some |another )*products? (to (my |the |our )?(shop|store|sell)|for sale)|product approval|(products?|items?|listings?) (review|approval) (take|takes|time|taking)|how long (does|do|will) (the )?(product|listing|item)s? (review|approval)|(items?|products?|listings?) (are |is )?(still )?pending( approval| review)?$|list (a |my )?products?|category approval|restricted category)\b/, /\b((products?|listings?|items?) (got |was |were |is |are |keeps? getting |keep getting )?(rejected|declined|denied|removed|taken down|flagged|blocked|not approved|delisted)|sku\w*|inventory|out of stock|(product|item) (titles?|images?|photos?|prices?|categor\w*|descriptions?|variants?)|bulk upload|(create|creating|edit|editing|upload|uploading|publish|publishing) (an? |my |the )?(new |more )?(product|listing)s?(?! links?))\b/, /\bsize (chart|guide|table)s?\b|\bhow many (products?|items?|listings?|skus?) (can|could|may) (i|we) (list|add|upload|have)\b|\b(product|listing|sku)s? limit\b|\blimit (on|of|to) (how many )?(products?|listings?|items?|skus?)\b|\brestock\w*\b/, /\b(product|listing) (page|detail page|details page)\b|\b(main|product|listing|cover) (image|photo|picture|pic)s?\b|\b(image|photo|picture|video) size\b|\b(bulk|mass) (upload|edit|import|list)\w*\b|\bupload (\d+|all|many|multiple|several|hundreds of) (products?|items?|listings?|skus?)\b|\b(product |listing )?titles? (\w+ ){0,3}(cut off|too long|characters?|length|limit)\b|\bbrand (authori[sz]ation|qualification|approval|letter)\b/],
    fees: [
      /\b(monthly|yearly|annual|subscription|fixed|listing) (costs?|fees?|charges?)\b|\bjust per (sale|order)\b/,
      /\bhow much (do|does|will|would) (i|we|it|tiktok|tiktok shop) (pay|charge|take|cost) (\w+ ){0,2}(per|for each|on each|for every|on every|each) (order|sale|item|product|transaction)\b/,
      /\b(does it|will it|is it|would it) cost (anything|money|\w+) to (open|start|sell|have|run)\b|\b(does|will|would|is) (it|that|this|linking|adding|having \w+) (\w+ ){0,3}cost (anything|money|extra|more)\b|\b(higher|extra|additional) (commission|fees?)\b|\bfree to (open|sell|start)\b|\b(commission|fees?|charges?) (is |are |s |re )?(too |so |way too |very )?(high|expensive|steep|much|a lot)\b/,
      // The commission TikTok takes from a sale, not the one a creator earns ("the platform commission is 9% now").
      /\b(platform|tiktok s?|seller|referral|transaction|sales) commission\b|\b(charg\w*|took|take|takes|taking|deduct\w*|keep\w*) (me |us )?(the |a |their |its |that |this )?commission\b|\bcommission (\w+ ){0,2}(charged|taken|deducted|went up|increased|raised|goes up)\b|\b\d+ (percent )?(was |is |being |got |gets )?(taken|deducted|cut) (off|from)\b|\b(how much|what|which)( percent| percentage| cut| share)? (do|does|will|would) (tiktok|tiktok shop|tts|they|the platform) (take|keep|deduct|charge)( \w+){0,2} (from|of|on|per) (each|every|a|my|our|one|the|affiliate|creator)( \w+)? (sales?|orders?|items?|transactions?|commissions?|earnings)\b/,
      /\b(what|how much|which) (commission|%|percent\w*|rate|cut) (\w+ )?(should|do|to|can) (i|we) (offer|give|set|pay)\b|\b(offer|give|pay|set) (the )?(creators|affiliates) (\w+ ){0,2}(commission|%)|\baffiliate (plan|program|programme) (commission|rate|%)\b/, /\b(commission|percentage|cut)\b.*\btiktok( shop)? (take|takes|charge|charges|keep|keeps)\b|\b(fees?|referral fee|transaction fee|commission rate (tiktok|they) (charge|take)|how much (does|do|will) tiktok (take|charge|keep)|tiktok s cut|percentage (does )?tiktok (take|charge)|seller fee|platform fee|commission rate (for|on) (sellers|sales|the seller|each sale)|seller commission|charges? (me|sellers)|cost to sell|how much does it cost)\b/, /\b((selling|transaction|referral|processing|payment processing|service|platform|listing|seller|commission) (fees?|charges?)|commission rates?|how much (does|do|will) (it|tiktok|tiktok shop|they) (cost|charge|take|keep)|is (it|tiktok shop|selling) free|free to sell|fees? (deducted|taken|charged))\b/, /\b((pay|paying) (anything|something|a fee|money|extra) (to|for) (link|sell|open|use|join|list)|(monthly|annual|yearly) (fee|subscription|charge)|subscription (fee|plan|cost)|(platform|tiktok s|their|tiktok) (cut|share|take)|how much (is|does) (the )?(commission|fee))\b/, /\b(is there|are there|any|do (you|they) charge) (a |an |any )?(fee|charge|cost)s? (for|to|when|on|if)\b|\bcharges? (for|to|when) (withdraw\w*|cash\w* out|payouts?|transfer\w*)\b/, /\bcommission (tiers?|levels?|brackets?)\b|\b(pay|paying) (an? )?(extra|more|additional|any|double) commission\b/],
    ads: [/\bcampaigns?\b|\bboost (button|option)\b|\b(boost|promote)\w* (\w+ ){0,4}(greyed|grayed|disabled|unavailable|not available)\b|\broas\b|\bcpm\b|\bcpc\b|\b(tiktok |ads? )?pixel\b|^ads? help\b|\b(boost|promote|push)\w* (\w+ ){0,4}with ads\b|\bhow (do i |can i |to |i |do we |can we )?(run|start|set up) (\w+ ){0,2}ads\b|\bpay to (push|boost|promote)\b|\bbudget (\w+ ){0,6}(ads?|promot\w*)\b|\bpay (to|for) (get |boost |promote )?(more )?(views|viewers|reach|traffic)\b|\bhow (to |do i |can i |do you )?promote (my |a |the |our )?(video|post|vid|content|live)s?\b|\b(ads manager|spark ads?|spark code|gmv max|ad campaign|promote campaign|boost (a|my|the|our) (video|post|live)s?|spend on ads|ad spend|ads? budget)\b/, /\b(ads?|advert\w*|promote|promotion|gmv max|campaign|boost)\b(?!.*\bcommissions?\b).*\b(bill\w*|invoice|charged?|charges|card|payment|credit|budget|spend|refund|balance|top up|cost|costs|price|how much)\b|\bhow much (does it |will it |would it )?cost to (promote|boost|advertise)\b|\b(bill\w*|invoice\w*|charged?|card|payment|credit|budget|top up|pay)\b.*\b(ads|advert\w*|gmv max|campaign|boost\w*|promot(e|ed|ing|ion|ions))\b|\b(ads manager|ads? (account|acc|acct)|billing)\b|\b(my |the |our )?ads? (was |got |is |were |been )?(rejected|disapproved|not approved|declined|under review|in review|stuck)\b|\b(stopped|stop) advertising\b/, /\b(ads?|advert\w*|promote|boost)\b.*\binvoice\w*|\bpromote (button|feature|tool|option|tab)|\b(use|using|try|tried|turn on) (the )?promote\b|\b(pay|paid|paying|spend|spent|spending) (\w+ )?(to|on|for) (the |a |my )?(promote|promotion|boost\w*|ads)\b/, /\b(shopping|video shopping|live shopping|product shopping|search|in feed|infeed) ads?\b|\bads?\b(\s\w+){0,4}\s(impressions?|clicks?|ctr|roas|cpm|cpc|conversions?|not (spending|delivering|running|showing)|stop(ped|s)? (spending|delivering|running|showing)|(isn t|aren t|arent|isnt) (spending|delivering|running|showing))\b/, /\b(ad|ads|spark|spark ads) (authori[sz]ation |auth )?codes?\b|\b(ad |ads )authori[sz]ation\b/],
    violations: [/\bunoriginal\b|\b(video|vid|post|live|stream)s? (got |was |were |been )?(taken down|removed|pulled|muted|flagged)\b|\b(seller |shop )?performance points?\b|\b(can t|cant|cannot|can not) (i |we )?go live (anymore|now|since)\b|\b(freeze|froze|frozen|locked) (my |our |the )?(shop|store|account|acc)\b|\b(remove|get rid of|clear|lift)\w* (the |my |this |that |a )?warning\b|\bwarning (from|since) \w+|\breach (died|dropped|tanked|crashed|is dead)\b|\b(violations?|violation points?|counterfeit|infringement|intellectual property|ip complaint|banned|(?<!\b(chao|cam on|xin chao|hi|hello|hey|cho) )ban(?! (oi|nhe|nha|a|ah|ui)\b)|suspended|suspension|strikes?|appeal\w*|penalt\w*|deactivated|warning on my account|account (got |is |was )?(restricted|blocked|disabled|frozen)|restricted from (selling|going live|posting)|community guidelines (strike|warning|violation)|guidelines? warning|got an? (\w+ )?warning|shop (is |got )?(suspended|restricted|frozen|deactivated)|health score|performance score|account health|restricted mode|points? deduct\w*|(got|received|given|have|gave me|hit with) (\d+|two|three|a few|some) (violation |penalty )?points?\b|(took|take|taking|lost) (\d+ )?points|points (off|taken|removed))\b/, /\b(violat\w*|suspen\w*|policy (strike|warning|breach)|(shop|account|store) (was |is |got |has been )?(banned|suspended|frozen|terminated|locked)|(?<!\b(old|former|previous|first|other|ex) )(shop|account|store) (was |is |got |has been )?closed down|terminat\w*|copyright|trademark|counterfeits?|fake (items?|products?|brands?))\b/, /(?<!\b(in|on|from|of) (my |our |the |a |this |that )?)\b(video|vid|post|live|content|clip)s?\b(\s\w+){0,5}?\s(was |got |is |were |been )?(taken down|removed|deleted|flagged|muted|restricted|pulled) (for|because|due to|bc|cuz)\b|\b(why|how come) (was |did |is |were |got )?(my |our |the )?(video|vid|post|live|content|clip)s? (\w+ ){0,2}(taken down|removed|deleted|pulled|flagged)\b|\b(for|against|violat\w* (the )?|breaking (the )?|broke (the )?)community guidelines\b|\bmisleading (content|claims?|info\w*)\b|\b(ineligible|not eligible|not recommended) for (the )?(fyp|for you|foryou|recommendation)\b|\b(someone|somebody|people|competitors?|they) (keeps? |kept )?(mass )?report\w* (me|us|my|our)\b/, /\b(live|stream|livestream)s? (got |was |were |keeps? getting )?(cut|ended|banned|stopped|interrupted|shut down|taken down)\b|\boff ?platform (transaction|payment|deal)s?\b|\b(shop |account |selling )?features? (are |is |got |have been |has been )?(restricted|limited|locked|disabled)\b/],
    'other-platforms': [/\b(link|connect|add)\w* (my |our )?(instagram|ig|youtube|yt|facebook|fb|pinterest|snapchat)( account| channel| page)?( and (my )?(instagram|ig|youtube|yt|facebook|fb))? (to|with|on|as) (my |the |a )?(tiktok|marketing)( profile| account| bio)?\b/, /\b(sync\w*|stock|inventory) (\w+ ){0,3}(with|to|from|on|in) (my |our |the )?(tokopedia|tokped)\b/, /\b(sell|selling|sold|jualan|jual|berjualan)\w* (\w+ ){0,2}(on|di|at|in) tokopedia\b.*\b(products?|produk|items?|listings?|stock|catalog\w*)\b|\b(tokopedia|tokped)\b.*\b(products?|produk|items?|listings?|stock) (\w+ ){0,2}(move|moved|transfer\w*|sync\w*|migrat\w*|carry over|come over|copied)\b|\b(tokopedia|tokped) (store |shop |toko )?(products?|produk|items?|listings?|stock|inventory|catalog\w*)\b|\b(nuvemshop|tiendanube|jumpseller|vtex|loja integrada|mercado shops|shopline|shoplazza|shopbase|sell (\w+ ){0,4}on (instagram|facebook|youtube|pinterest)( too| as well| also)?|(instagram|facebook|youtube) (affiliate|shop|shopping|store)|shipstation|shiprocket|easyship|square pos|quickbooks|xero|zapier|klaviyo|integrat\w* (it |tiktok shop |my shop |our shop |the shop )?with|bigseller|ginee|jubelio|sellercraft|sirclo|forstok|zortout|easystore|omnichannel tool|erp|instagram shop|facebook shop|meta shop|shopify|woocommerce|woo commerce|wix|squarespace|bigcommerce|magento|amazon|ebay|etsy|lazada|shopee|prestashop|depop|poshmark|mercado libre|youtube shopping|pinterest shop|temu|shein|vinted|mercari|walmart marketplace|big cartel|ecwid|gumroad|zalora|bukalapak|blibli)\b/,
      // Indonesia's Seller Center is Tokopedia's (seller-id.tokopedia.com): linking a TikTok account there, or that Seller Center, is no other platform.
      /^(?!.*\bseller cent(er|re)\b)(?!(?=.*\b(link\w*|connect\w*|hook\w*|attach\w*|bind\w*)\b)(?=.*\b(account|tiktok)\b)).*\b(tokopedia|tokped)\b/,
    ],
    'shop-settings': [/\b(shop|store)( s)? (profile (photo|picture|pic)|avatar|time ?zone|banner|background|theme|page (design|colou?r|background)|registered (country|region))\b|\b(seller cent(er|re)|app|dashboard) language\b|\b(cnpj|cpf|npwp|nib|ein|abn|gst number|tax id)\b|\b(transfer|hand over|give|move)\w* (the |my |our )?(shop|store)( s)? ownership\b|\bownership (of|transfer)\b|\bdelete (my |our |the )?(shop|store)\b|\bbanner size\b|\b(update|change)\w* (\w+ ){0,3}(phone number|mobile number)\b.*\bseller cent(er|re)\b|\bphone number\b.*\b(update|change)\w* (it |that )?(in|on) seller cent(er|re)\b|\b(registered|company|legal) address\b|\b(chang\w*|updat\w*|edit\w*|replac\w*) (the |my |our )?(contact |login |business |company )?(email|e mail|phone( number)?|number|legal representative|director|company (name|details|info)|business (licen[cs]e|registration|info|details)) (for|of|on|in) (the |my |our )?(shop|store|seller cent\w*)\b|\b(chang\w*|updat\w*|replac\w*) (the |our )?legal representative\b|\b(shop|store|business|pickup|return) (?:address|addr|adress|addres)\b|\b(?:address|addr|adress|addres) (in|on|of|for) (the |my |our )?(shop|store|seller cent\w*|account|profile)\b/, /\b(auto ?reply|auto ?replies|automatic (reply|replies|messages?)|quick repl(y|ies)|chat settings|customer service (\w+ )?(chat|settings|messages?|hours)|warehouse (?:address|addr|adress|addres)|return (?:address|addr|adress|addres)|pickup (?:address|addr|adress|addres)|holiday mode|vacation mode|customer service hours|business hours|sub ?accounts?|(add|give) (a |my )?(staff|employee|team member|user)\w* (a )?(seller cent(er|re) )?(login|access|account)|email (linked|connected|tied) to (my )?seller cent(er|re)|seller cent(er|re) (login|account) (for|to) (my|an?) (employee|staff|assistant)|tax (id|number|info|information|details|registration)|vat (id|number)|tin number|business (registration|license|licence|permit)( number)?|company registration|(shop|store) logo|(upload|add|change|put|update|set) (a |the |my |our )?(new )?(logo|banner|profile picture) (for|to|on|of) (my |our |the )?(shop|store)|(add|set up|create|open) (an? |another )?(second |2nd |new |extra |additional )?(pickup |return )?(warehouse|pickup (?:address|addr|adress|addres)|return (?:address|addr|adress|addres))|(?<!\b(buyer|customer|client)s?\b.*)(update|change|edit|correct) (the |my |our )?(shop |store |business |pickup |return |warehouse )?(?:address|addr|adress|addres)|company (info|information|details|type))\b/, /\b(chang\w*|renam\w*|edit\w*|updat\w*|modif\w*)\b.*\b(shop|store|business)( s)? (contact |support |display |legal )?(name|logo|banner|description|(?:address|addr|adress|addres)|email|e mail|phone|details|info)\b|\b(shop|store) (name|description)\b.*\b(wrong|typo\w*|misspel\w*|spelled|fix\w*|edit\w*|old)\b|\b(misspel\w*|spelled|typo\w*)\b.*\b(shop|store) name\b|\b(shop|store) name\b.*\b(change|rename|edit)\b|\b(change|reset|update) (my |the )?(seller center |seller centre |seller account )?(password|email|phone number)(?! (\w+ ){0,3}(and|but|yesterday|already|last|got|still|too)\b)\b|\b(add|invite) (a |an |another |new )*(staff |team )?(user|staff|employee|team member|member)s? (to|in|on) (my |the |our |a |their )?(\w+ (s )?)?seller (center|centre|account)\b|\b(chang\w*|renam\w*|edit\w*|updat\w*) (the |my |our )?(shop|store)( s)? (display|legal|brand) name\b/, /\b(switch|chang|convert|upgrad|mov)\w* (\w+ ){0,3}(from )?(an? )?(individual|personal|sole (trader|proprietor\w*))( seller| account| shop)? to (an? )?(business|corporate|company|entity|registered business)\b|\bbusiness (entity )?type\b|\b(close|delete|deactivate|shut down) (my |our |the )?(shop|store|seller account)( \w+){0,2} (for good|permanently|forever|completely)\b|\b(shop|store|default|display) (language|currency)\b|\bprices? in (euros?|dollars?|pounds?|usd|gbp|eur)\b|\brenam\w* (my |our |the )?(shop|store)\b/, /\b(add|invite|create)\w* (\w+ ){0,3}as (an? )?(users?|sub ?accounts?|admins?)\b|\b(user|sub ?account|staff) (permissions?|roles?)\b|\b(only|limited) \w+ permissions?\b|\b(two|2|second|another|multiple|several|more) warehouses?\b|\blogo (upload|size|image|file)\b|\b(upload|change|update)\w* (the |my |our |a )?(new )?logo\b|\bkyc\b|\b(passport|id card|identity) (photo|document|verification)\w*\b|\bbeneficial owner\w*\b|\bownership (info|information|details)\b/],
  },
  topicWords: {
    payouts: ['payout', 'payment', 'pay', 'paid', 'unpaid', 'bank', 'money', 'fund', 'earning', 'earnings', 'income', 'revenue', 'wallet', 'withdraw', 'withdrawal', 'settlement', 'balance', 'cash', 'deposit', 'paypal', 'payoneer', 'iban', 'disbursement', 'remittance', 'invoice', 'tax'],
    refunds: ['refund', 'return', 'returned', 'reimburse', 'reimbursement', 'chargeback', 'dispute', 'rma'],
    orders: ['order', 'ship', 'shipping', 'shipment', 'shipper', 'deliver', 'delivery', 'delivered', 'tracking', 'courier', 'carrier', 'package', 'parcel', 'fulfil', 'fulfill', 'fulfillment', 'fulfilment', 'logistics', 'warehouse', 'dispatch', 'postage', 'waybill'],
    listings: ['listing', 'sku', 'inventory', 'stock', 'variant', 'price', 'pricing', 'category', 'delist', 'delisted'],
    fees: ['fee', 'fees', 'charge', 'charged', 'cost', 'percentage', 'pricing'],
    ads: ['ad', 'ads', 'advert', 'advertise', 'advertising', 'campaign', 'boost', 'gmv', 'spark', 'billing'],
    violations: ['violation', 'violate', 'ban', 'banned', 'suspend', 'suspended', 'suspension', 'strike', 'appeal', 'penalty', 'penalised', 'penalized', 'counterfeit', 'infringement', 'copyright', 'trademark', 'terminated', 'termination'],
    // (A password is said of logging in, to a shop linked elsewhere too: only changing it, a cue above, is a setting.)
    'shop-settings': ['rename', 'holiday', 'vacation'],
  },
  shapes: {
    needs: [
      // The tips after linking are about selling: a question about videos or a LIVE alone is TikTok, not the shop.
      { flow: 'after-link', cue: /\b(products?|items?|goods|sell\w*|sales?|sold|shop\w*|store|showcase|bag|basket|cart|tag\w*|link\w*|connect\w*|orders?|buy\w*|customers?|commission|affiliate|money|earn\w*|revenue|conversion|gmv|storefront|catalog\w*|tips?)\b/ },
      // …and something of the shop's to be absent: "its not showing" names nothing that could be.
      { flow: 'missing-icon', cue: /\b(bag|basket|cart|trolley|icon\w*|tab|shop\w*|store\w*|button|profile|page|logo|symbol|link\w*|connect\w*|showcase|products?)\b|🛍|🛒/u, names: false },
      // The QR tree is about getting the code scanned and authorized: failure alone ("it says failed", "not working
      // again since the update") names no QR code.
      { flow: 'qr-failure', cue: /\b(qr|code|scan\w*|scanner|camera|authori[sz]\w*|auth\w*|link\w*|connect\w*|bind\w*|bound|pair\w*|hook\w*|spin\w*|load\w*|seller cent(er|re)|app|phone|laptop|computer|screen|monitor|desktop|expire\w*|permissions?|official account)\b/, names: false },
      // …and not only products missing from the tab ("3 of my items don't show in the shop tab"): that is a listing;
      // products missing from the profile are the shop missing from it.
      { flow: 'missing-icon', unless: /\b(items?|products?|listings?|returns?|refunds?|orders?|payouts?|payments?|money|balance)( \w+){0,2} (don t|do not|dont|not|aren t|isn t|won t|doesn t) (show|appear)(?!\w*( \w+){0,2} (on|in) (my|our|the) (tiktok )?(profile|account|tiktok)\b)/, cue: /\b(not|no|never|isn t|doesn t|don t|didn t|can t|cant|cannot|won t|hasn t|haven t|aren t|missing|gone|disappear\w*|vanish\w*|anymore|where|wheres|wher|still|nowhere|lost|without|nothing|empty|same as before|wala|hindi|yet|how long|takes? (a |some )?(while|long|time)|takes? (up to |about |around )?(\d+|a|one|two|a few|few|several) ?(h|hrs?|hours?|d|days?)|(should|supposed to|meant to) (\w+ ){0,3}(be (there|on|in|visible|up)|show|appear))\b/ },
    ],
    // ("Already" of a link elsewhere, not of a step done: "we linked it as official already, now…".)
    problem: /\b(fail\w*|error|not|never|can t|cant|won t|wont|doesn t|didn t|isn t|missing|gone|disappear\w*|already (\w+ ){0,2}(linked|bound|connected|binded|linkd) (to|with)|(already|is|s) (in use|taken|used)|another shop|other shop|old shop|unlink\w*|qr|scan\w*|bag|icon|cart|refund\w*|payout\w*|(?<!\b(\d+|no|zero|more|any|get|getting) )order\w*|ads?|fee\w*|invoice\w*|suspend\w*|ban\w*)\b/,
    lost: /\b(can t|cant|cannot|can not|couldn t|could not) (find|figure out|see) (where|how|it|the (option|button|place|page|menu|setting))( anywhere)?\b|\b(never|not) (done|did) (this|it|that) before\b|\bnever linked (one|an account|anything) before\b|\b(don t|dont|do not) want to (mess|screw|muck) (it|this|things|anything) up\b|\b(something|anything) (we re|i m|we are|i am|im) missing\b|\b(not|never been|am not|m not) (very |so |too |that |terribly |really )?(good|great|familiar|comfortable|confident) (with|at|using) (tech\w*|computers?|apps?|phones?|the app|this stuff|these things|online stuff|it)\b|\bnot (very |so |that |really )?(tech|computer|tech ) ?(savvy|literate|person)\b/,
    asks: [
      { flow: 'after-link', cue: PRODUCTS_IN_VIDEOS },
      {
        // Linked (or the bag already there) and asking what comes next: the tips for after linking.
        flow: 'after-link',
        cue: LINKED_WHAT_NEXT,
      },
      {
        flow: 'creator-link',
        role: 'creator',
        cue: /\b(how (do|can|should|would|to) (i |we |you |u )?|how i |where (do|can|should) (i|we) |steps? (to|for) |walk me through |show me how |guide (me )?(to|on|for) )(\w+ ){0,3}(link|connect|hook|put|add|attach|bind|set up|join|start|sign up|get)\b/,
      },
      // How to add one's staff's accounts is a question about more accounts, before it is one about adding any.
      { flow: 'marketing-accounts', cue: MORE_ACCOUNTS },
      {
        flow: 'seller-link',
        cue: /\b(how (do|can|should|would|to) (i |we |you |u )?|how i |where (do|can|should) (i|we) |steps? (to|for) |step by step|walk me through |show me how |guide (me )?(to|on|for) |send (me )?(the )?steps)(\w+ ){0,4}(link\w*|connect\w*|hook\w* (it |them |this |that )?up|put|add|attach|bind|set up)\b.*\b(shop|store|seller cent(er|re)|sc|account|acc|acct|tiktok|tt)\b|\b(hook|link|connect|attach|put)\w*\b.*\b(shop|store|it)\b.*\b(where (do|should|can) (i|we) (start|begin)|(idk|i don t know|i dont know|don t know|dont know|no idea|not sure) (where|how) to (start|begin)|walk (me|us) through|show (me|us) how|how (do|can|would) (i|we) do (it|that|this)|what are the steps)\b/,
      },
      // "shop approved 🎉 now how do I actually hook our tiktok up to it": the account put onto the shop just named.
      { flow: 'seller-link', cue: /\bhow (do|can|should|would|to) (i |we )?(\w+ )?(link|connect|hook|attach|bind)\w* (up )?(my |our |the )?(brand |business |company |shop s |store s )?(tiktok|tt|account|acc)( up)? (to|with|onto|into) (it|this one|that one)$/ },
      // "no idea where to click to connect tiktok": lost on the way to linking is the linking steps.
      { flow: 'seller-link', cue: /\b(no idea|not sure|idk|do not know|dunno|no clue) where to (click|go|find it|look)\b.*\b(link|connect|hook)\w*\b/ },
      // "how do i get my shop onto my tiktok": the shop put on the profile is the linking steps.
      { flow: 'seller-link', cue: /\bhow (do|can|to|would|should) (i |we )?(get|put|bring) (my |our |the )?(shop|store) (onto|on|into|to) (my |our |the )?(tiktok|tt|profile|account|page)\b/ },
      { flow: 'creator-link', role: 'creator', cue: CREATOR_WAY },
      // "how do i get set up to sell other ppl's stuff", "wanna earn from tagging other brands products": selling others' products.
      // (Not what it takes: "how many followers do u need before u can earn selling other brands stuff" asks the checklist.)
      { flow: 'creator-link', cue: new RegExp(`^(?!.*\\b(followers?|minimum|requirements?|required|eligib\\w*|qualif\\w*|old enough|age)\\b).*${OTHERS_PRODUCTS.source}`) },
      // "whats the process to make our brand tiktok the official account": the account made the shop's own is the linking steps.
      { flow: 'seller-link', cue: /\b(make|set|turn|use|have|want|get)\w* (\w+ ){0,3}(tiktok|tt|account|acc|page)( set up)? (as |to be |be |into )?(the |our |my |their )?(shop s |store s |brand s )?official (account|acc)\b/ },
      // A creator asking what they may or must do, naming nothing the checklist weighs (followers, age, country, standing):
      // the creator's way ("can i link my account to HER shop so i can sell her stuff", "what do i need to do on my side").
      {
        flow: 'creator-link',
        role: 'creator',
        cue: /^(?!.*\b(followers?|age|old enough|years? old|minor|under 18|\d+ ?k|country|countries|region|requirements?|required|eligib\w*|minimum|qualif\w*|violations?|strikes?|warnings?|banned|business account|verified|probation)\b)(?=.*\b((can|could|may|do|does|will) (i|we)|what (do|should) (i|we)) (\w+ ){0,3}(link|connect|sell|join|need|set up|promote|do)\b)/,
      },
      { flow: 'preflight', cue: CHECKLIST },
      {
        flow: 'preflight',
        cue: /\b((can|could|may) (i|we|you|u|an? \w+ account|my account|an account)( still)? (link|connect|sell|open|use|join|be linked)|(am i|are we|is my account|is it) (eligible|allowed|old enough|too old|too young|ready)|(?<!\b(which|what) steps? )(do|will) (i|we) need (a(?! (computer|laptop|pc|desktop|phone|browser|tablet)\b)|an|to|at least|\d+|many|more|\w+ followers)|\b(can|could|may) (i |we )?(already |still |now )?(start |begin |do |try )?(the )?(\w+ )?(linking|link|connect\w*)\b( \w+){0,3} (or (must|have to|need to|should|do) (i |we )?wait|meanwhile|in the meantime)|requirements?|eligib\w*|(?<!\b(went (thru|through)|did|done|finished|completed|passed|ran) (the |your |all the )?(pre ?flight )?)checklist(?! (is |s )?(done|finished|complete|ok))|is (tiktok|tik tok|tt) shop (in|available|open|live)|(is|does) (tiktok|tik tok|tt) shop (even )?(work|exist|operate|a thing)|what do (i|we) need)\b/,
      },
    ],
    over: [
      { flow: 'menu', from: ['seller-link', 'creator-link', 'already-linked', 'missing-icon', 'qr-failure', 'preflight', 'after-link'], cue: LINKING_IN_GENERAL },
      // Asking where one's bag or tab is, once linked or on the profile, is the bag missing ("wheres my shop tab? seller center says Linked").
      { flow: 'missing-icon', from: ['seller-link', 'already-linked', 'after-link', 'creator-link'], cue: /(?=.*\b(linked|connected|profile)\b)\bwhere ?(is |s |did |has )?(my|our|me) (shop tab|shopping bag|bag|basket|shop icon|shop button|storefront|cart|shop)( icon| tab| button)?\b/ },
      // An account reported linked to another shop is that tree's problem, however well "link … shop" fits the steps
      // (not a doubt about it: "not sure if my account was linked to another shop before").
      {
        flow: 'already-linked',
        from: ['seller-link', 'after-link', 'creator-link', 'preflight', 'missing-icon'],
        cue: LINKED_ELSEWHERE,
        unless: /\b(not sure|unsure|whether|if|in case|can i|could i|may i)\b/,
      },
      // …and so is an extra account that an error says is linked elsewhere ("…for ads but it says its already linked to a different shop").
      {
        flow: 'already-linked',
        from: ['marketing-accounts'],
        cue: new RegExp(`\\b(says|saying|said|error|shows|showing|tells me|told me)\\b.*${LINKED_ELSEWHERE.source}`),
      },
      { flow: 'marketing-accounts', from: ['seller-link', 'creator-link', 'after-link', 'preflight'], cue: MORE_ACCOUNTS },
      // The linking steps asked for by name, asking nothing the checklist weighs ("shop is approved + active, need the linking steps").
      {
        flow: 'seller-link',
        from: ['preflight'],
        cue: /\b(link\w*|connect\w*) (steps|process|instructions)\b|\bsteps (to|for) (link|connect)\w*\b/,
        unless: /\b(can|could|may) (i|we)\b|\b(eligib\w*|requirements?|allowed|qualif\w*|before|need (a|an|to be)|do i need|am i)\b/,
      },
      // …and so is an agency's or a partner's own account added to a shop, which sounds like the shop linked elsewhere, unless linking failed.
      {
        flow: 'marketing-accounts',
        from: ['already-linked'],
        cue: MORE_ACCOUNTS,
        unless: /\b(already (\w+ ){0,2}(linked|bound|connected) (to|with)|(another|other|old|different|wrong) (shop|store)|unlink\w*|says|error|fail\w*|won t|can t|cannot|not)\b/,
      },
      // How to get the shop tab, said by someone who names no absence, asks for the linking steps of their role.
      { flow: 'creator-link', role: 'creator', from: ['missing-icon'], cue: HOW_TO_GET_TAB, unless: ABSENT },
      { flow: 'seller-link', role: 'seller', from: ['missing-icon'], cue: HOW_TO_GET_TAB, unless: ABSENT },
      // A creator asking whether they need a seller account of their own asks the creator's way to link.
      { flow: 'creator-link', role: 'creator', from: ['preflight', 'seller-link'], cue: CREATOR_WAY },
      // Not knowing yet whether one is a seller or a creator: the menu, whose first question that is.
      { flow: 'menu', from: ['creator-link', 'seller-link', 'preflight'], cue: /\b(seller|creator|affiliate) or (an? )?(seller|creator|affiliate)\b/, unless: /\b(i m|im|i am|as) an? (seller|creator|affiliate)\b(?! or )/ },
      // How to put products into videos is the tips' first habit, though the words fit the linking steps ("the yellow basket link").
      // (The showcase and the profile are where a creator's linking steps end.)
      {
        flow: 'after-link',
        from: ['creator-link', 'seller-link'],
        cue: /^(?!.*\bshowcase\b).*\b(how (do|should|can|to|would) (i |we |you |u )?(actually |even |just )?|where (do|can) (i|we) |best way to |^)(put|add|tag|pin|attach)\w* (\w+ ){0,2}(products?|items?|(yellow |orange )?(basket|bag|cart)( links?)?|(product|shop) links?)\b.*\b(videos?|vids?|lives?|livestreams?|streams?|post|posts|posting|tiktoks)\b/,
      },
      // Asking how to sell, said as linked already ("now that my shop is connected"), is the tips after linking.
      { flow: 'after-link', from: ['creator-link', 'seller-link', 'missing-icon'], cue: /\bnow that (my |our |the )?(shop|store|account|tiktok|acc|it|i|we)( is| s| have| ve)? (linked|connected)\b|\b(link|linking) is done\b/ },
      // …and so is what comes next once linked ("account is linked now what?"), asked where the linking steps' words fit.
      { flow: 'after-link', from: ['creator-link', 'seller-link', 'marketing-accounts'], cue: LINKED_WHAT_NEXT },
      // A shop said ready and the way onto TikTok asked ("shop finally got approved, now how do i get it onto my tiktok"): the steps.
      {
        flow: 'seller-link',
        from: ['preflight', 'after-link'],
        cue: /\b(shop|store) (\w+ ){0,2}(is |s |got |was |has been )?(finally |now |just |already )?(approved|active|verified|live|ready|set up)\b.*\b(how (do|can|to|would|should) (i |we |u |you )?|(what s|whats|what) next (\w+ ){0,2}to |next steps? (\w+ ){0,2}to )(get|put|link|connect|hook|add|make|show|attach)\b/,
        unless: CHECKLIST,
      },
      // Linking an account as the shop's own one ("how do I link the brand one as the main account") is the seller's steps.
      {
        flow: 'seller-link',
        from: ['marketing-accounts', 'creator-link', 'preflight'],
        cue: /\b(link|connect|hook|set|add|make)\w* (\w+ ){0,4}as (the |our |my |its )?(main|official|primary|shop s|store s|shop|store|brand s) (account|acc|one|tiktok)\b|\b(link|connect)\w* (my|our) (main|primary) (account|acc|tiktok)\b|\b(my|our) (main|primary) (account|acc|tiktok) (\w+ )?(linked|connected)\b/,
        unless: /\b(besides|apart from|other than|on top of|in addition to|not as|alongside|as well as|next to|together with|extra|additional|another|second)\b|\bnot (\w+ ){0,3}as (the |our |my )?(main|official)\b/,
      },
      // Seller Center's own places on the way to linking, not found ("where exactly is My Account", "no Official Account tab,
      // only marketing"): the linking steps, which name them, however the words lean to another tree.
      {
        flow: 'seller-link',
        from: ['already-linked', 'missing-icon', 'marketing-accounts'],
        cue: /\b((can not|cannot|could not|unable to|do not|did not) (\w+ )?(find|see|locate|spot)|where (exactly )?(is|are|do i find|can i find|do i click|i click|to click)|wheres|theres no|there is no|no|only (see|shows?|has|have|got)|stuck on)( \w+){0,4} (the )?(official account (tab|section|option|page)|official account(?! (is|s|was|got) )|linked (tiktok )?accounts? (page|section|tab|menu)|my account|link (account )?button)\b/,
        unless: /\b(profile|bag|icon|basket|cart|storefront|unlink\w*|(another|other|old|different) (shop|store))\b/,
      },
      // Asking for the steps is the steps, unless what is asked is whether one may link at all.
      { flow: 'seller-link', from: ['preflight'], cue: /\b(what are the steps|(which|what) steps|the steps (to|for)|step by step|walk me through)\b/, unless: CHECKLIST },
      {
        // Whether one may link or sell at all is the checklist's, however much it sounds like the steps.
        flow: 'preflight',
        from: ['creator-link', 'seller-link', 'after-link'],
        cue: CHECKLIST,
        // "No shop, can I still sell?": selling others' products is how a creator without a shop sells.
        unless: NO_SHOP,
      },
      {
        // Without a shop or products of one's own, selling means selling others': the creator's linking steps.
        flow: 'creator-link',
        from: ['after-link', 'seller-link', 'preflight'],
        cue: new RegExp(`(?=.*\\b(sell|selling|earn|earning|commission|promote|promoting|money|paid)\\b)(${NO_SHOP.source})`),
      },
      {
        // Linked, and the shop's features are not there: the missing-icon tree, not tips for using them.
        flow: 'missing-icon',
        from: ['after-link'],
        cue: /^(?!.*\b(figure|know how|understand|learn|what (am i|are we|m i|is it i m|are we) missing)\b).*\b(can t|cant|cannot|can not|unable to|no (option|button|tab|bag|icon|basket)|(is|are) not (there|showing|appearing|visible)|not (there|showing|appearing|visible)|missing|does not (show|appear)|doesn t (show|appear)|greyed out|grayed out)\b/,
      },
      {
        flow: 'missing-icon',
        from: ['seller-link', 'creator-link'],
        // "it says it's linked to that shop and I can't link to my new one": linked elsewhere is the other tree.
        // Nor is Seller Center's "Linked TikTok Accounts" page, looked for.
        unless: /\blinked (to|with) (that|another|other|a different|an old|my old|the old|our old|their|his|her|someone s) (\w+ )?(shop|store|seller)\b|\blinked (tiktok|tt) accounts\b/,
        cue: /\b(says|shows?|showing|status( is)?|it s|its|im|i m|we re|were|already|we are|i am|is) (linked|connected|bound)\b.*\b(where( \w+)? (is|s)|no|not|missing|can t|cant|cannot)\b|\b(where( \w+)? (is|s)|no|not|missing|can t|cant|cannot)\b.*\b(says|shows?|showing|status( is)?|it s|its|im|i m|we re|were|already|we are|i am|is) (linked|connected|bound)\b/,
      },
    ],
  },
  facts: {
    // (Never after a "no" a few words back, nor shown once and gone since.)
    iconShown: /(?<!\b(no|not|never|nt|without) (\w+ ){0,2})\b(bag|basket|cart|icon|shop tab)( icon)? (is |s )?(now |finally |already )?(showing|shows|is there|visible|appeared|showed up|showing up)\b(?! (yet|but|though|for a|and now|then))/,
    iconMissing: /\b((shop|store)( \w+)? (is not|isn t|not|never|still not)|(is not|isn t|not) (my |our |the )?(shop|store)) (showing|show|appearing|visible)( up)? (on|in) (tiktok|my (profile|page|account|tiktok)|our (profile|page|account|tiktok))\b|\b(bag|basket|cart|icon|shop tab|store tab|shop button|storefront|tab with (my|our|the) products)s?\b.*\b(not|no|missing|never|gone|nowhere|isn t|doesn t|aren t|hasn t|won t)\b|\b(profile|page)( \w+){0,2} (looks|still looks|is|stays|stayed) (exactly |just |still )?(the same|unchanged)\b|\b(no|nowhere|no way|no button|nothing) (\w+ )?to (buy|shop|purchase)( \w+){0,3} (my|our|the) (page|profile)\b|\b(my|our|the) (page|profile) has no (way|button|place) to (buy|shop|purchase)\b|\b(no|missing|where s|where is|still no|without (the|a))\b (\w+ ){0,3}(bag|basket|cart|icon|shop tab|store tab|shop button|storefront|(shop|store) (section|tab|button|icon|page))s?\b/,
    // …and the time a link is wanted by ("the owner wants it connected today").
    elsewhen: /\b(wants?|needs?|trying|hoping|hope|plan(ning)?|going|gonna|would like)\b( \w+){1,6}? (today|tonight|this (morning|afternoon|week|month)|tomorrow|asap)\b|\b(approved|approval|opened|created|made|set up|registered|signed up|verified|launched|started|banned|suspended|restricted|blocked|limited|flagged|warned|warning|strike|violation)\b( (?!linked|linking|connected)\w+){0,4}? (today|yesterday|this (morning|week|month)|last (night|week|month|year)|(\d+|a|an|one|two|three|few|couple( of)?) (hours?|hrs?|days?|weeks?|months?) ago)\b|\b(\d+|a|an|one|two|three|four|five|six|few|couple( of)?) (days?|weeks?|months?|years?|yrs?) old\b|\b(takes?|taking|took|wait|waiting|within|up to|give it)( up to| about| around| at least| like)? (\d+|a|an|one|two|three|few|couple( of)?) ?(h|hrs?|hours?|d|days?|weeks?)\b(?! ago)/,
    link: /\b(link|linked|linking|connect|connected|bound|binded|linkd|lnked|authori[sz]ed)\b/,
    // Digits may touch their unit ("3d"), words need a space, so "and" is never "a day".
    durations: [
      /\b(\d+(?:\.\d+)?)\s*(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|mo)\b/,
      /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|couple|few|several)\s+(?:of\s+)?(mins?|minutes?|hrs?|hours?|days?|wks?|weeks?|months?)\b/,
    ],
    numbers: { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, couple: 2, few: 3, several: 4 },
    units: [
      [/^(m|min|mins|minute|minutes)$/, 1 / 60],
      [/^(h|hr|hrs|hour|hours)$/, 1],
      [/^(d|day|days)$/, 24],
      [/^(w|wk|wks|week|weeks)$/, 24 * 7],
      [/^(month|months|mo)$/, 24 * 30],
    ],
    when: [
      [/\bday before yesterday\b/, 48],
      [/\b(just now|minutes ago|this morning|this afternoon|this evening|earlier today|today|tonight|last night)\b/, 6],
      [/\b(yesterday|last evening)\b/, 20],
      [/\b(last|since|on|past) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b/, 24 * 3],
      [/\b(last week|over a week|last month|weeks ago|months ago|days ago|for days|for weeks|ages ago|long time ago|a while ago|a while back)\b/, 24 * 7],
    ],
    qr: /\b(qr|code|scan|scanning|scanner|camera|authori[sz]\w*|auth)\b/,
    symptoms: [
      ['same-phone', /\b(same (phone|device|mobile|screen|iphone|android|tablet|ipad)|(screenshot|screen shot|screenshotting|screenshotted) (of )?(the |a )?(qr|code)|(on|from) (my|the) (phone|mobile)('s)? (browser|screen)|only (have )?(one|1|the one|a single) phone|(its|it s|the phone s|the same) own screen|point (the |my |its )?camera at (itself|its own|the same)|(qr|code) is on my phone|scan my own (screen|phone)|can not scan (my|the) (own )?screen|seller cent(er|re) (is )?(open )?on (my |the )?(phone|mobile)|no (computer|laptop|pc)|(do not|don t|dont) (have|own) a (computer|laptop|pc))\b/],
      ['auth-failed', /\b(authori[sz]\w* (fail|failed|failure|error|not work|does not work|did not work|will not work|keeps failing)|auth (fail|failed|error)|fail(ed|s)? to authori[sz]e|can not authori[sz]e|authori[sz]e (button )?(does nothing|fails|not working|does not work|will not work))/],
      ['spinning', /\b(spin|spins|spinning|round and round|circling|goes in circles|loading|keeps loading|loads forever|stuck loading|buffering|hangs|hanging|frozen|freezes|stuck on|loads and loads|never (finish|finishes|completes|ends)|(doesn t|won t|does not|will not) (finish|complete))\b/],
      ['no-scan', /\b(can not|will not|does not|did not|not|unable to|fails to|won t|nothing happens when i|no longer) (\w+ )?(scan|read|recogni[sz]e|detect|register|pick (it |the code |the qr |them )?up|react|work)|scan\w* (does nothing|do nothing|not work|fails|failed|nothing happens)|nothing happens|(qr|code) (is )?(not|never) (scanning|working|recogni[sz]ed|detected)|(qr|code) (is )?(invalid|blurry|expired)|no (scan|scanning|read|reading)\b(?! (needed|required|necessary))/],
    ],
    errorLead: /\b(?:error|message|it says|says|saying|shows|showing)\s*[:\-]\s*(.{4,200})$/i,
    errorWords: /\b(fail|error|denied|invalid|not|unable|already|expired|wrong)\b/i,
    shop: /\b(shop|store|seller center|seller centre|account status|status)\b/,
    approved: {
      no: /\b(not|isn t|is not|never|not yet|hasn t|has not|wasn t|was not|still) (been )?(fully )?(approved|verified)|\b(pending|under review|in review|waiting (for|on) (approval|review|verification)|awaiting approval|rejected|not approved yet|still reviewing|verifying|being verified|in verification|under verification)\b/,
      // Not a status asked about or doubted ("does the shop have to be approved…", "no idea if it's approved").
      yes: new RegExp(`${UNSTATED}\\b(approved|verified)\\b`),
    },
    active: {
      no: /\b(not|isn t|is not|never|not yet|wasn t|was not|no longer) (\w+ )?(active|live|open|activated)|\b(inactive|deactivated|suspended|closed|paused|frozen|on hold|restricted)\b/,
      // The shop (or "it") said to be active, not "live" selling or Seller Center open on a phone.
      yes: new RegExp(
        `\\b(shop|store|it|its|account|status)( is| s| was| shows| says)? (already |now |fully |still |definitely )?(active|activated|live|open for business|up and running|running)\\b|${UNSTATED}\\b(active|activated) (and |& )?(approved )?(shop|store)\\b|\\bapproved (and|&) active\\b|^((yes|yeah|yep|yup) )?(it s |its |it is )?(active|activated|live|running)\\b`,
      ),
    },
    otherShop: /\b(other|old|another|previous|former|their|his|her|agency|partner|that) (shop|store|seller center|account)|already linked|linked to|they|them|their\b/,
    holders: [
      // Not the agency that is asking ("our agency wants to link 3 creator accounts", "agency staff here").
      ['agency', new RegExp(String.raw`^(?!.*\b(${AT_AN_AGENCY})\b).*\b(agency|agencies|freelancer|freelancers|marketing (company|firm)|management company|mcn|agent we hired)\b`)],
      ['ex-partner', /\b(ran|run|had|started|opened) (a |the |our )?(shop|store|business) together|we (stopped|split|parted ways|went separate ways)\b|\b(my ex(?! (staff|employee|manager|social media manager|assistant|va|intern|worker|colleague|agency|freelancer)\b)|ex (partner|boyfriend|girlfriend|husband|wife|business partner)|ex s|former (business )?partner|old (business )?partner|business partner|(ex|former|old) co ?founder|co ?founder (who|that) (left|quit)|(my|our) (business )?(partner|co ?founder) (left|quit)|partner who left|we split|we broke up|(me|i) and my (business )?(partner|co ?founder|cofounder) (split|parted ways|broke up|fell out|went separate ways)|(my|our) (business )?(partner|co ?founder|cofounder) and (i|me) (split|parted ways|broke up|fell out|went separate ways))\b/],
      ['employee', /\b(former|ex|old|previous) (employee|staff|manager|social media manager|assistant|va|intern|worker|colleague)|(employee|staff|assistant|va|freelancer|manager|intern|worker|guy|girl|someone) (who|that) (used to work|left|quit|was fired|no longer works)|used to work for (me|us)|(used to be|was|were) (my|our) (\w+ ){0,3}(employee|staff|manager|assistant|va|intern|worker|colleague)|\b(he|she|they|who|that) (\w+ )?(don t|dont|doesn t|doesnt|does not|do not|no longer) work (here|for (me|us)|with (me|us))|(don t|dont|doesn t|doesnt|does not|do not) work (here|for (me|us)|with (me|us)) any ?more|\b(he|she) (left|quit)\b/],
      ['me', /\bmy (own )?(other|old|first|second|test|previous|2nd|main) (shop|store|one|seller cent(er|re))|both (shops|stores) are mine|i own both|of my (2|two|both) shops|another shop of mine|i have (2|two) shops|it s my old one|(i|we) (only )?linked it to the other shop|moved to a new seller cent(er|re)|(my|our) (own )?(old|previous|first|former) (shop|store|account)|(shop|store) (was|is|s) (mine|ours)|it (was|s) (my|our) (old |first |own )?(shop|store)\b/],
      ['unknown', /\b(no idea which|don t know which|do not know which|not sure which|(forgot|forget|can not remember|can t remember|cant remember|don t remember|do not remember|no clue|idk|dunno) (which|whose|what|who s|whos) (shop|store|seller|account|one|it s|its|it is)|some random|unknown shop|never heard of|a shop i do not know|which shop it is|(do not|don t|dont|never) (even )?know (to )?(what|which|where|who)( \w+){0,3} (shop|store|seller|account|it s linked|it is linked|linked)|(some|a) (shop|store) (i|we) (don t|dont|do not) know( who| which| whose)?|(do not|don t|never) (have|had|opened|open|own|owned) (an?other|any other|a second) (shop|store)|never (opened|had|owned) (an?other|any other) (shop|store)|never link(ed)? it)\b/],
    ],
    access: {
      no: /\b(can not|cannot|unable to|do not have|don t have|no longer have|lost|no|never had|not have) (\w+ ){0,2}(log ?in|login|access|the password|password|sign in|get in)|\blocked out\b|\b(forgot|forgotten|lost|reset) (the |my |our )?(password|login|pw)\b|\bemail (\w+ ){0,4}(is |s )?(dead|gone|closed|deleted|deactivated|no longer (exists|works)|does not exist|doesn t exist|not (exist|work)\w*)( any ?more)?\b|\bonly (he|she|they) can log ?in\b|\b(they|he|she) (will not|won t|do not|don t|never|does not|doesn t|no dey|no|not) (answer|reply|respond|give|help)|\bghost\w*/,
      yes: /\b(i can|i still can|i have|i still have|i do have|we have) (\w+ ){0,2}(log ?in(to)?|login|access|the password|sign in(to)?|get in(to)?)\b/,
      // Only one's own login can be forgotten or lost with its email.
      lost: /\b(forgot|forgotten|forget|lost) (the |my |our |its |it s )?(password|login|pw)\b|\b(don t|do not|dont|can t|cannot|can not) (even )?remember (the |my |our |that |its )?(old )?(login|password|email|details|credentials)\b|\b(can t|cant|cannot|can not|unable to) (log ?in|login|sign in|get in)( to| into)? (my |the |our |that )?old (shop|store|account|seller cent(er|re))\b|\b(email|inbox|mailbox)\b(\s\w+){0,6}\s(gone|dead|closed|deleted|deactivated|no longer (exists|works)|does not exist|doesn t exist)\b/,
    },
    roles: [
      {
        role: 'creator',
        cue: /\b(creators?|influencer|affiliate|ugc|streamer|reviewer|content maker)\b|\bi (just |only |mostly |mainly )?(create|make) (\w+ )?(content|videos|vids|reviews)\b|\bi (just |only |mostly |mainly )?(do|film|shoot) (\w+ ){0,2}(content|videos|vids|reviews)\b|\b(sell|tag|promote|review|feature)\w* (other people s|other peoples|others|other brands|brands|someone else s|her|his|their) (stuff|products|things|items)\b|\b(sell|promot|tag|review|feature)\w* (\w+ )?(stuff|products|things|items) (from|of|by|for) (other|others|brands|other people|someone else)\b|\b(i have no (shop|store|products of my own)|(i )?(do not|don t|dont) (have|own|make) (a |any |my own |my )?(own )?(shop|store|anything|products|stuff to sell|items)|not a seller)\b|\bpromote (other|brands|other people)|\bi (do|make) content\b|\b(content|ugc|video) (person|guy|girl|maker)\b|\b(just )?(want to|wanna) promote (stuff|things|products|items)\b/,
        // Naming the creator programme is not saying who you are.
        unless: /^(?!.*\b(i m|i am|im) an? (content )?creator\b).*\btiktok shop for creators?\b|^(?=.*\b(i|we) (own|have|run) (the|a|my|our) (\w+ )?(shop|store|brand|business)\b)(?!.*\b(i m|i am|im) an? (affiliate|creator)\b).*\bthe (affiliate|creator) (thing|program\w*|stuff|feature|side|route|way)\b|\b(personal|business|pro)( or)? creator (account|acc|acct)\b|\bnot (an? |the |some )?(affiliate|creator|influencer|content creator)s?\b|\bnot (do|doing) (\w+ )?(affiliate|creator|influencer)\b|\bfor (\w+ )?(affiliate|creator|influencer)s? (stuff|work|things|purposes|marketing|campaigns?|program\w*)\b/,
      },
      {
        role: 'seller',
        cue: /\b(i|we) (m |am |are )?(own|have|run|opened|opening|started|set up|got|sell)\b(?! (an?other|never))(\s\w+){0,4}\s(shop|store|brand|business|bakery|boutique)\b|\b(i m|i am|im|as) an? (\w+ )?(seller|merchant|vendor)\b|\b(seller|merchant)\b(?! (cent|univers|support|app|account|fee|login|tools?)\w*)(?= (here|from|in|based)\b|$)|\b(\w+ )?seller (here|from|in)\b|\b(shop owner|store owner|brand owner|business owner)\b|\bmy (own )?(tiktok )?(shop|store|brand|business) (is|was|got|has)\b|\bmy own (shop|store|brand|business)\b|\bowner of (a|an|my|our|the) (small )?(\w+ )?(shop|store|business|brand)\b|\b(i m|im|i am) the (owner|seller)\b|\bfamily business\b|\bit s my (shop|store)\b|^(seller|merchant)\b(?! (cent|univers|support|app|account|fee|login|tools?)\w*)|^(shop|store) owner\b|^owner( here)?$|\b(i|we) (make|sell|produce|craft) (and sell )?(my|our) own\b/,
      },
    ],
    // (An age now beside the one to come, "17 but 18 in august", is the first; one to come alone, "18 in august", a year less.)
    age: [/\b(\d{1,2}) (?:but |and |now |turning |turn )*(?:i ll be |will be |turning |turn )?\d{1,2} (?:in|next|by|this|on|come) \w+/, /^(?:turning |turn )?(\d{1,2}) in (?:january|february|march|april|may|june|july|august|september|october|november|december|a (?:few )?(?:months?|weeks?)|\d+ (?:months?|weeks?|days?))\b/, /(?<!\b(?:like|as if|as though) )\b(?:i m|i am|im|i turn|i turned|i will be|(?:i ll|i will|will) turn|^(?:i m |im |i am )?turning|^(?:i )?(?:just )?turned|age is|aged|my age|(?:my|our|his|her) (?:son|daughter|kid|child|teen|niece|nephew|little brother|little sister|younger brother|younger sister) (?:is|s))\s*(?:only |just |almost |over |under )?(\d{1,2})\b(?!\s*(?:days?|hours?|weeks?|months?|k|followers|shops?|accounts?|products?|orders?|%))/, /(?<!\b(shop|store|account|business|brand|page|it|tiktok|channel|profile|company|acc)( is| s| was)?( about| almost| over| nearly)? )\b(\d{1,2}) ?(?:years? old|yrs? old|yo)\b(?! (account|acc|shop|store|business|brand|page|profile|tiktok|channel))/],
    markets: [
      [/\b(usa|united states|america|american|the states|u s a|u s|new york|nyc|los angeles|california|texas|florida|ohio|chicago|miami|houston|atlanta|seattle|new jersey)\b/, 'US'],
      [/\b(uk|united kingdom|britain|great britain|england|scotland|wales|british|london|manchester|birmingham|glasgow|liverpool|leeds|bristol|edinburgh)\b/, 'GB'],
      [/\b(spain|espana|madrid|barcelona|valencia|sevilla|seville)\b/, 'ES'],
      [/\b(mexico|mexican|cdmx|mexico city|guadalajara|monterrey)\b/, 'MX'],
      [/\b(indonesia|indonesian|indo|jakarta|bandung|surabaya|bali|medan|yogyakarta|jogja)\b/, 'ID'],
      [/\b(vietnam|viet nam|vietnamese|hanoi|ha noi|ho chi minh|saigon|hcmc|da nang)\b/, 'VN'],
      [/\b(thailand|thai|bangkok|chiang mai|phuket)\b/, 'TH'],
      [/\b(malaysia|malaysian|kuala lumpur|kl|penang|johor|selangor|sabah|sarawak)\b/, 'MY'],
      [/\b(philippines|philipines|phillipines|phillippines|pilipinas|pinas|philippine|filipino|pinoy|manila|metro manila|cebu|davao|quezon city|makati|pasig)\b/, 'PH'],
      [/\b(singapore|singaporean)\b/, 'SG'],
      [/\b(germany|german|deutschland)\b/, 'DE'],
      [/\b(france|french)\b/, 'FR'],
      [/\b(italy|italian|italia)\b/, 'IT'],
      [/\b(ireland|irish)\b/, 'IE'],
      [/\b(japan|japanese)\b/, 'JP'],
      [/\b(brazil|brasil|brazilian)\b/, 'BR'],
      [/\b(india|indian)\b/, 'IN'],
      [/\b(canada|canadian)\b/, 'CA'],
      [/\b(australia|australian|aussie)\b/, 'AU'],
      [/\b(nigeria|nigerian)\b/, 'NG'],
      [/\b(pakistan|pakistani)\b/, 'PK'],
      [/\b(south africa)\b/, 'ZA'],
      [/\b(saudi arabia|saudi)\b/, 'SA'],
      [/\b(uae|united arab emirates|dubai)\b/, 'AE'],
      [/\b(netherlands|dutch|holland)\b/, 'NL'],
      [/\b(poland|polish)\b/, 'PL'],
      [/\b(korea|korean)\b/, 'KR'],
      [/\b(china|chinese)\b/, 'CN'],
      [/\b(turkey|turkish|turkiye)\b/, 'TR'],
      [/\b(colombia|colombian)\b/, 'CO'],
      [/\b(argentina|argentinian)\b/, 'AR'],
    ],
    settled: [
      /(?<!\b(not|never|nt|but) )\b((it s|its|we re|were|i m|im|we are|i am|all|now|finally) (all )?(linked|connected|hooked) up|(the )?(linking|link) (is |s )?(done|complete|completed|finished|successful)( already| now)?)\b(?! (yet|but|though))/,
      new RegExp(String.raw`\b(${AT_AN_AGENCY}|(at|from|with|for) (an|the) agency)\b`),
      /(?<!\b(not|never|nt) )\b(our |my |the )?(shop|store|seller account|seller center account) (is |s |was |got |has been |have been )?(already |now |finally |just |fully )?(approved|active|verified|live|opened|set up|up and running)( already| now)?\b(?! (yet|but|though))/,
      // "i have a shop already": where they stand, not the error that says "already linked".
      /\b(i|we) (have|got|own|opened|set up) (a |my |our |the )?(\w+ )?(shop|store) already\b(?! (linked|connected|bound))|\b(i|we) already (have|got|own|opened|set up) (a |my |our |the )?(\w+ )?(shop|store)\b(?! (linked|connected|bound))/,
      // "our account is already linked to the shop": done, unlike "already linked to another shop".
      /(?<!\b(not|never|nt|says|said|saying) )\b(account|tiktok|it|we|i m|im) (is |s |was |got )?(already |now )?(linked|connected) (to|with) (the|our|my) (shop|store)\b/,
      // (Not one waited for: "how long until the bag shows".)
      /(?<!\b(not|never|nt|until|till|when|before|whether|if)( the| my| our)? )\b(the )?(shopping )?(bag |basket |shop )?(bag|basket|cart|icon|shop tab) (is |s )?(now |finally |already )?(showing|shows|there|visible|appeared|showed up|showing up)\b(?! (yet|but|though))/,
    ],
    followers: [/\b(\d+(?:[.,]\d+)?)\s*(k|m|thousand|million)?\s*(?:followers|follower|followrs|folowers|fans|subs|subscribers)\b/],
    multipliers: { k: 1000, thousand: 1000, m: 1_000_000, million: 1_000_000 },
  },
};
