// The words a language brings to understanding: filler, synonyms, the yes/no families, the commands,
// how people ask for a person, frustration, and which words make a phrase the "same" as another.
// One Lexicon per language; English is below. Phrases are written as people type them and normalised on use.

export type Command = 'restart' | 'back' | 'help' | 'human' | 'greet' | 'cancel' | 'forget' | 'thanks';

export interface Lexicon {
  /** BCP 47 language code. */
  code: string;
  /** Words that carry no topic ("the", "please", "hi"). */
  filler: readonly string[];
  /** Word (already stemmed) → the word it means here ("store" → "shop"). */
  synonyms: Record<string, string>;
  /** Whole messages that are a command, after normalisation. */
  commands: Record<Command, readonly string[]>;
  /** Words and phrases that answer yes, or report that something worked. */
  yes: readonly string[];
  /** Words and phrases that answer no, or report that something still fails. */
  no: readonly string[];
  /** Who people ask for when they want a person. */
  personNouns: readonly string[];
  /** Verbs of asking for someone ("talk", "get", "need"). */
  personVerbs: readonly string[];
  /** Messages that give up on the bot: a person is the kind answer. */
  frustration: readonly string[];
}

export const EN: Lexicon = {
  code: 'en',
  filler:
    'a an the i me my mine we our us you your it its is am are was were be been being do does did doing have has had to of in on at for with from by and or but so if then this that these those there here just please pls plz hi hello hey can could would will should how what why when where which who im ive id get got also really very still now any some anyone somebody someone thing stuff like guy guys help ok okay um uhm hmm lol thanks thank thx ty tiktok tt tik tok shop'
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
    disappear: 'missing',
    vanish: 'missing',
    gone: 'missing',
    absent: 'missing',
    livestream: 'live',
    stream: 'live',
    vid: 'video',
    clip: 'video',
    requirement: 'eligible',
    require: 'eligible',
    eligibility: 'eligible',
    qualify: 'eligible',
    invitation: 'invite',
    previou: 'old',
    former: 'old',
    prior: 'old',
    different: 'other',
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
    sold: 'sell',
  },
  commands: {
    restart: ['let s start over', 'begin from scratch', 'start from zero', 'start fresh', 'new conversation', 'reset the chat', 'reset this', 'clear this', 'from the top', 'back to main menu', 'main menu please', 'restart from the beginning', 'start from the beginning', 'start from scratch', 'start all over', 'start over again', 'go back to the start', 'take me to the menu', 'start over', 'restart', 'start again', 'menu', 'main menu', 'reset', 'start', 'from the start', 'from the beginning', 'begin again', 'show me the menu', 'back to the menu', 'back to the start', 'go to the menu', 'new question'],
    back: ['go back one', 'back one step', 'take me back', 'return to the previous step', 'previous one', 'the one before', 'previous question', 'last step', 'go to the previous step', 'wrong button', 'back', 'go back', 'previous', 'undo', 'back to the bot', 'back to bot', 'previous step', 'one step back', 'step back', 'go back a step', 'wait go back', 'oops go back'],
    help: ['what can you help with', 'what can you help me with', 'what do you help with', 'how to use this', 'how to use you', 'what should i type', 'instructions', 'what is this', 'how does this work', 'how do you work', 'what do you do', 'how do i use this', 'how does this bot work', 'what is this bot', 'help', '?', 'what can you do', 'commands', 'how does this work', 'what can i type', 'help me', 'options', 'what are my options'],
    cancel: ['no need to remind me', 'no need for a reminder', 'forget the reminder', 'skip the reminder', 'don t message me tomorrow', 'do not check in', 'don t check in', 'call off the reminder', 'do not remind me', 'don t remind me', 'no reminders', 'stop the reminder', 'cancel my reminder', 'cancel', 'cancel reminder', 'cancel the reminder', 'stop reminder', 'no reminder', "don't check back", 'do not check back', 'no need to check back', 'stop reminding me', 'cancel the check back', 'cancel check back'],
    forget: ['delete my conversation', 'delete this conversation', 'delete our chat', 'wipe my data', 'erase everything', 'remove everything about me', 'gdpr', 'delete my history', 'forget me', 'delete my data', 'erase my data', 'delete me', 'forget everything', 'remove my data', 'delete everything about me', 'erase me', 'delete my info', 'delete my information', 'forget about me'],
    greet: ['hi', 'hello', 'hey', 'hi there', 'hello there', 'good morning', 'good afternoon', 'good evening', 'yo', 'hiya', 'heya', 'howdy', 'hey there', 'sup', 'hola'],
    human: ['human', 'agent', 'person', 'a person', 'talk to a person', 'talk to a human', 'talk to support', 'support', 'real person', 'speak to someone', 'talk to someone', 'contact support', 'live agent', 'representative', 'customer service', 'operator', 'a human', 'human please', 'agent please', 'support team', 'customer support'],
    thanks: ['thanks', 'thank you', 'thx', 'ty', 'cheers', 'thanks a lot', 'thank you so much', 'great thanks', 'perfect thanks', 'awesome thanks', 'got it thanks', 'ok thanks', 'ok thank you'],
  },
  yes: [
    'yes', 'y', 'yep', 'that did it', 'did the trick', 'all good', 'im in', 'i m in', 'i am in', 'got in', 'perfect', 'great', 'awesome', 'nice', 'cool', 'yay', 'finally', 'it does', 'it did', 'i see it', 'see it now', 'yeah', 'yea', 'ya', 'yup', 'sure', 'ok', 'okay', 'k', 'kk', 'alright', 'correct', 'right', 'exactly', 'indeed', 'absolutely', 'definitely', 'of course', 'affirmative', 'i did', 'i have', 'i am', 'i can', 'it is', 'done', 'did it', 'all done', 'worked', 'it worked', 'that worked', 'works', 'works now', 'it works', 'working now', 'fixed', 'fixed it', 'solved', 'sorted', 'success', 'got it', 'there it is', 'its there', 'it is there', 'linked', 'it linked', 'yass', 'yesss', 'ye', 'yas', '👍', '✅', '👌', 'yes it is', 'yes i am', 'yes i can', 'yes i did',
  ],
  no: [
    'no', 'n', 'nope', 'nah', 'na', 'not', 'not yet', 'no not yet', 'negative', 'never', 'still', 'still no', 'still not', 'still broken', 'still failing', 'still nothing', 'still missing', 'still the same', 'same', 'same thing', 'same error', 'same problem', 'same issue', 'didn t', 'did not', 'didnt', 'doesn t', 'does not', 'not working', 'no luck', 'no change', 'nothing', 'nothing changed', 'nothing happened', 'no dice', 'failed', 'it failed', 'broken', 'i can not', 'i cant', 'i don t', 'i do not', 'i am not', 'it is not', 'not really', '👎', '❌', 'no it is not', 'no i can not', 'no i did not', 'no i am not',
  ],
  personNouns: ['anyone there', 'anybody there', 'anyone real', 'a real', 'live', 'callback', 'call back', 'ticket', 'support ticket','human', 'person', 'people', 'agent', 'someone', 'somebody', 'representative', 'rep', 'staff', 'operator', 'advisor', 'adviser', 'specialist', 'support team', 'support agent', 'customer service', 'customer support', 'live support', 'live chat', 'real one', 'teammate', 'team member', 'manager', 'employee'],
  personVerbs: ['is', 'escalate', 'open', 'file', 'raise', 'message', 'email', 'dm', 'hand','talk', 'speak', 'chat', 'contact', 'connect', 'get', 'need', 'want', 'reach', 'call', 'escalate', 'transfer', 'put', 'give', 'see', 'ask', 'have', 'let', 'bring', 'find', 'forward', 'pass'],
  frustration: [
    'useless', 'this is useless', 'you are useless', 'not helpful', 'not helping', 'no help', 'doesn t help', 'does not help', 'waste of time', 'wasting my time', 'i give up', 'give up', 'fed up', 'sick of this', 'stupid bot', 'dumb bot', 'stupid', 'pointless', 'ridiculous', 'tried everything', 'i have tried everything', 'nothing works', 'nothing is working', 'nothing helps', 'this bot sucks', 'this sucks', 'so frustrating', 'frustrated', 'annoying', 'going in circles', 'you are not listening', 'are you a bot', 'enough',
  ],
};
