// Topics next to linking that this bot does not handle: recognised so the user hears an honest "not
// here" instead of a confident wrong tree, even when the question holds a linking word (QR, link, bag).
// Each language's cues live in its lexicon; a message is read in its language, then in English.
import { layers, TOPICS, type Lexicon, type Topic } from './lexicon.ts';
import { EN } from './lexicons/en.ts';
import { shapedLike } from './shapes.ts';
import { clausesOf, compact, everywhere, isQuestion, normalize } from './text.ts';
import { contentWords, fold } from './words.ts';

export { TOPICS, type Topic };

/** The more specific topics first: "charged twice for ads" is ads before it is a payment. */
const CHECK_ORDER: readonly Topic[] = ['ads', 'other-platforms', 'shop-settings', 'violations', 'refunds', 'fees', 'listings', 'payouts', 'orders'];

/** Whether the message asks to have a penalty lifted, or about the penalty itself, in its language or in English. */
export function appeals(text: string, lex: Lexicon = EN): boolean {
  return layers(lex, compact(normalize(text))).some((l) => l.lex.appeal?.test(l.t) ?? false);
}

/** Topics whose questions use the other topics' words. */
const SPECIFIC: readonly Topic[] = ['ads', 'other-platforms', 'shop-settings'];

/** The flow for more accounts than one on a shop. */
export const MORE_ACCOUNTS_FLOW = 'marketing-accounts';
/** The flow for an account still linked to another shop. */
const ALREADY_LINKED_FLOW = 'already-linked';

/** Asking what one needs before linking. */
const BEFORE_LINKING = /\b((can|could|will|would) (it|the account|our account|my account|this account|the tiktok|our tiktok|my tiktok|the acc|our acc) still be (linked|connected)|(is there|any) (a |some )?waiting (period|time)|before (linking|i link|we link|i can link|connecting|i connect|i start|we start)|checklist|requirements?|eligib\w*|what (do|does|should) (i|we|one) need (to have )?(ready )?(to|for|before) (link|connect|start)|(do|does|will|would) (i|we|one|you) (still )?need (\w+ ){1,6}(to|for|before) ((i|we) )?(can )?(link|connect)\w*|(can|could|may) (i|we) still (link|connect)|still (can|could) (i |we )?(link|connect)|(can|could|will) (the|this|my|our|a) (new|second|other|fresh) (one|account|acc|acct|tiktok|tt|profile) (still )?(link|connect|join|sell|be linked|be connected)|(am|are) (i|we) still able to (link|connect|hook|bind)|(am|are) (i|we) (still |even )?allowed to (link|connect|hook|bind)|(can|could|may|will) (i|we) (still |even )?(be able to )?(link|connect)\w*( \w+){0,4} (if|after|when|since|despite|even though) (i|we|my|our|there|it)\b)\b/;

/**
 * Whether a message that holds a topic's words asks about linking instead: whether a warning or suspension
 * stops linking, or what one needs before linking (a business licence, a clean record), is the checklist's
 * question. Asking to be unbanned, or to have a penalty removed, is an appeal, whatever it says about linking.
 */
/** Links that are not an account linked to a shop to come: unlinking, a product's or the bio's link, a link in a post, a time since linking. */
const NOT_LINKING = /\bunlink\w*|\blinked (account|acc|shop|store|tiktok|profile)\b|\b(product|affiliate|bio|video|tracking|payment|external|outside|whatsapp|website)( s)? links?\b|\blinks? (in|on|to) (my |the |our )?(bio|video|post|caption|comment|website|whatsapp|instagram)\b|\b(ever )?since (i |we )?(linked|linking|link\w*)( (it|my \w+|our \w+|the \w+))?\b/g;

/** Whether the topic's thing keeps one from linking: "got a warning for late shipping, will that stop me linking my tiktok?". */
const STOPS_LINKING = /\b(will|would|could|does|do|can|might|is) (that|this|it|these|those|the \w+) (\w+ )?(stop|prevent|block|affect|keep|hurt|mess with|matter for) (me|us|my|our)( \w+)?( from)? (link|connect|bind)\w*/;

/** Whether linking may go ahead with the topic's thing not done yet ("payouts aren't set up yet, can we still link or does that have to be done first?"). */
const STILL_LINK = /\b(can|could|may) (i|we) still (link|connect)\w*\b.*\b(or )?(does|do|must|should) (that|it|this|those|they) (have|has|need|needs) to (be )?(done|set up|sorted|finished|happen)\w* (first|before)\b/;

/** Whether the topic's thing comes before linking or after: "do I need to set up my bank account before I can link tiktok or can I do that after". */
const BEFORE_OR_AFTER = /\bbefore (i|we) (can |could )?(link|connect|bind)\w*\b.*\b(or|can (i|we)|could (i|we)) (\w+ ){0,3}(after|afterwards|later|after linking)\b/;

/** Paying for ads, or ads turned down, which is the ads question whoever's account runs them. */
const BILLED = /\b(bill\w*|invoic\w*|charg\w*|pays? for|paying for|credits?|costs?|reject\w*|disapprov\w*|declined|not (approved|delivering|spending))\b/;

function linkingAsked(topic: Topic, text: string, t: string, lex: Lexicon): boolean {
  if ((topic === 'violations' || topic === 'shop-settings') && BEFORE_LINKING.test(t)) return true;
  if (STILL_LINK.test(t) || BEFORE_OR_AFTER.test(t) || STOPS_LINKING.test(t)) return true;
  // The screen saying the account is linked to another shop: what is asked around it is how to free the account, whatever
  // the setting named beside it ("error: 'This account has been linked to another shop', we re-registered, how do we transfer it").
  if (topic === 'shop-settings' && shapedLike(t, ALREADY_LINKED_FLOW, lex)) return true;
  // More accounts on the shop, wanted for ads or after a setting changed ("2 more tiktok accounts on our shop for spark ads"):
  // the marketing accounts question, the ads or the setting only its purpose or its past.
  // Unless a question of its own asks about the topic ("Question is about ads: can we pay for Promote on their videos?").
  const moreAccounts = (s: string) => shapedLike(s, MORE_ACCOUNTS_FLOW, lex);
  // (Not who pays for the ads: "do the marketing accounts get billed separately for ads?")
  if ((topic === 'ads' || topic === 'shop-settings') && moreAccounts(t) && !(topic === 'ads' && BILLED.test(t))) {
    const questions = [...text.split(/(?<=[.!?\n:;])\s+/), ...clausesOf(text)].filter(isQuestion).map((q) => compact(normalize(q)));
    return !questions.some((q) => !moreAccounts(q) && layers(lex, q).some((l) => l.lex.topics[topic]?.some((re) => re.test(l.t))));
  }
  return topic === 'violations' && !appeals(text, lex) && layers(lex, t).some((l) => l.lex.facts.link.test(l.t.replace(NOT_LINKING, ' ')) || /\bofficial account\b|\b(stop|prevent|block|keep|affect)s? (me|us|my (account|acc|shop)) from\b|\bunlink\w* (\w+ ){0,3}(from|off)\b/.test(l.t));
}

/** The topics whose cues a text holds, in checking order, each with the lexicon layer that found it. */
function cuesIn(text: string, t: string, lex: Lexicon): { topic: Topic; layer: Lexicon }[] {
  for (const layer of layers(lex, t)) {
    const found: { topic: Topic; layer: Lexicon }[] = [];
    for (const topic of CHECK_ORDER) {
      if (!layer.lex.topics[topic]?.some((re) => re.test(layer.t))) continue;
      if (linkingAsked(topic, text, t, lex)) continue;
      found.push({ topic, layer: layer.lex });
    }
    if (found.length) return found;
  }
  return [];
}

/**
 * The message without the sentences, or sides of a "but", that set a topic aside ("We pay the referral fee, no
 * issue there. Can we link our 3 pages?"); "promote says payment declined but my card is fine" still asks about ads,
 * and a question keeps what it says is fine ("does it have to be a business account or is personal fine?").
 */
export function unsettled(text: string, lex: Lexicon = EN): string {
  // One message asks this several times (its topic, a problem beside it, what is left to route): read it once.
  const last = lastUnsettled.get(lex);
  if (last?.text === text) return last.kept;
  const kept = settle(text, lex);
  lastUnsettled.set(lex, { text, kept });
  return kept;
}

const lastUnsettled = new WeakMap<Lexicon, { text: string; kept: string }>();

/** Where a thing said done ends and what comes next begins: after "done ✅", or before "so now how…". */
const DONE_THEN = /(?<=\b(?:done|set up|sorted|verified|complete|completed|finished|approved)\s*[✅✔☑]\uFE0F?)\s+|,?\s+(?:so\s+)?(?=now (?:how|what|where|which|can|could|do|does|is|i|we)\b)/iu;

/**
 * "bank verification done ✔️ what's this official account thing", "payouts are all set up, so now how do I link": a thing
 * said done, then a question about linking, in two parts. (Not a question about the done thing: "sync done ✅ now how do i
 * stop it overselling" asks about the sync.)
 */
function doneThenLinking(part: string, lex: Lexicon): string[] {
  const [before, ...after] = part.split(DONE_THEN);
  const next = after.join(' ');
  return next && layers(lex, compact(normalize(next))).some((l) => l.lex.facts.link.test(l.t)) ? [before!, next] : [part];
}

function settle(text: string, lex: Lexicon): string {
  // (A turn of the story, ", then yesterday…", starts a part of its own: what came before may be fine, what came next not.)
  const parts = text.split(/(?<=[.!?\n])\s+|[()]|,\s*(?:and\s+|but\s+)?then\s+|,\s*(?=(?:maybe|probably|perhaps|possibly) (?:because|bc|cuz|coz|cos|due to)\b)|\s(?:but|pero|though|although)\s(?!(?:it s |it's |its |that s |that's |thats |that is )?(?:ok|okay|fine|whatever|a separate|separate|a different|different|another|not your|not ur)\b)/i);
  const pieces = parts.flatMap((s) => doneThenLinking(s, lex));
  const kept = pieces.filter((s) => {
    const read = layers(lex, compact(normalize(s)));
    return !read.some((l) => l.lex.guessed?.test(l.t)) && (isQuestion(s) || !read.some((l) => l.lex.settled?.test(l.t)));
  });
  // Nothing set aside: the message as it was written. Otherwise what is left, each part a sentence of its own.
  return kept.length === pieces.length ? text : kept.join('. ');
}

/** What a penalty is on, when it is on the account: the account, the shop, the profile. */
const PENALISED = ['account', 'shop', 'store', 'profile', 'channel', 'live', 'stream', 'livestream'];

/**
 * A penalty word beside a listing or a refund, with no account named ("listing rejected, can I appeal?", "how
 * do I appeal that refund"): the penalty is on the item or the refund, which is that topic's question.
 */
function penaltyOfItsOwn(found: { topic: Topic; layer: Lexicon }[], text: string, lex: Lexicon): { topic: Topic; layer: Lexicon }[] {
  if (!found.some((f) => f.topic === 'violations') || !found.some((f) => f.topic === 'listings' || f.topic === 'refunds')) return found;
  const words = new Set(contentWords(text, lex));
  // Points, strikes and rights complaints count against the account, whatever they were given for ("…gave me a violation point, how to appeal the point").
  // So does content taken down, whatever product it showed ("my vid with the product link got taken down for misleading content").
  const counted = /\b(violation|penalty|policy) points?\b|\bstrikes?\b|\b(ip|intellectual property|copyright|trademark) (complaint|claim|report|strike)s?\b|\binfringement\b|(?<!\b(in|on|from|of) (my |our |the |a |this |that )?)\b(video|vid|post|content|clip)s?\b(\s\w+){0,5}?\s(was |got |is |were |been )?(taken down|removed|deleted|flagged|muted|pulled)\b/.test(compact(normalize(text)));
  return counted || PENALISED.some((w) => words.has(fold(w, lex))) ? found : found.filter((f) => f.topic !== 'violations');
}

/** A fee or commission said to be charged, taken or given back ("charged a fee on an order that was refunded"). */
const CHARGED = /\b(charg\w*|took|take|takes|taking|deduct\w*|kept|keeps?|give back|gave back|refund\w*)\b(\s\w+){0,4}\s(fees?|commission)\b|\b(fees?|commission)\b(\s\w+){0,4}\s(charged|taken|deducted|kept)\b/;

type Found = { topic: Topic; layer: Lexicon }[];

/** The topics found with `first` put before the rest, where `other` was found beside it and the text says what `told` says. */
function putFirst(found: Found, first: Topic, other: Topic, told: RegExp, text: string): Found {
  if (!found.some((f) => f.topic === other) || !found.some((f) => f.topic === first) || !told.test(compact(normalize(text)))) return found;
  return [...found.filter((f) => f.topic === first), ...found.filter((f) => f.topic !== first)];
}

/**
 * A buyer's payment whose order never came through ("scanned the payment qr at checkout but the order never went through"):
 * the order is what is missing, not the seller's money.
 */
const ORDER_NOT_THROUGH = /\b(orders?|purchases?)( \w+){0,3} (never|not|didn t|did not|doesn t|does not|don t|dont|won t|hasn t|has not|still not|not yet)( \w+){0,2} (go|went|gone|come|came|coming|get|got) (through|in|thru)\b|\b(orders?|purchases?)( \w+){0,3} (never|not|didn t|did not|doesn t|don t|dont|hasn t|still not)( \w+){0,2} (show|showed|shown|showing|appear\w*)( up)?\b|\b(couldn t|could not|can t|cant|cannot|unable to|not able to) (finish|complete|place|submit) (the |her |his |their |an? )?(order|purchase)\b/;

/** "is tiktok getting banned in the US", "do you think tiktok will get banned": news of the app, not a penalty on the person's account. */
const APP_IN_THE_NEWS = /(?<!\b(my|our|his|her|their|your|its|this|that|the|a) )\b(tiktok|tik tok)( itself)? (is |s |will |would |gonna |going to |might |could |really |finally |actually )*(be |get |gets |getting |being |been |got )?(banned|shut down|blocked)\b(?! (my|our|me|us|the|this|that|his|her|their|him|them|for)\b)/g;

/**
 * "last thing on my list", "next on my to do list", "not in the Linked TikTok Accounts list anymore": a list of things to
 * do, or Seller Center's list of linked accounts, no product listing.
 */
const TO_DO_LIST = /\b(on|off|to|from|top of) (my|our|the|your|his|her|their) (to do |todo |check |task |bucket |jobs? )?list\b|\b(in|on|from|off) (the|that|this) (linked )?(tiktok |tt )?(accounts? )?list\b/g;

/**
 * The text, normalised, without what only sounds like a topic: one said to be beside the point ("I'm not asking about
 * payouts"), denied ("no strikes"), told as what came before or how the business goes ("orders are flowing").
 */
function aside(s: string): string {
  return compact(normalize(s))
    // "in order to", "40 products in random order": an order of things, no buyer's order.
    .replace(/\bin ((random|alphabetical|chronological|reverse|any|some|no( particular)?|a (random|weird|strange|different|specific|certain|particular)|the (same|right|wrong|correct|reverse)) )?order\b(?! (number|id|status|page|list|history)\b)/g, ' ')
    .replace(/\b(not (asking|talking|a question|worried|bothered|concerned)|(i|we) (don t|dont|do not) (really )?(care|worry)) about (a |the |my |any )?\w+( (or|and|nor) (\w+|anything( like that)?))?/g, ' ')
    .replace(/\b(no|zero|never had (an?|any)|without( getting| receiving| a| an| any)*|not a single) (strikes?|violations?|warnings?|suspensions?|penalt\w*|bans?)\b/g, ' ')
    .replace(/\bnot (the|a|my|our) (\w+ ){1,2}(one|page|tab|section|screen|menu|qr|qr code|code)\b/g, ' ')
    // "bag icon gone after i change my shop name": a change told as what came before, not asked about.
    .replace(/\b(after|since|ever since|because|all (i|we) did was) ((i|we) (just )?)?(chang|updat|edit|renam|sort|fix|set)\w* (up )?(the |my |our )?(shop|store)( s)? (name|logo|banner|address|email)( and (the )?(name|logo|banner|address|email))?\b(?!.*\?)/g, ' ')
    // "how do we do LIVE selling now that our listings are up": what is done already, told as the time of the question.
    .replace(/\bnow that (our |my |the |all )?(listings?|products?|items?) (are|is|have been|has been|got) (all )?(up|live|approved|listed|uploaded)\b/g, ' ')
    .replace(APP_IN_THE_NEWS, ' ')
    // "my account was banned 1 year ago but recovered after": a penalty told with its end, as a past one is.
    .replace(/\b(banned|suspended|restricted|frozen|blocked|deactivated|penali[sz]ed)( \w+){0,4} (but|and|then) (it |was |got |been |later |then |all |s |is )*(recovered|restored|reinstated|unbanned|unsuspended|unfrozen|lifted|reversed|overturned)\b/g, ' ')
    .replace(TO_DO_LIST, ' ')
    // "the courier is on strike": a strike of workers, no strike on the account.
    .replace(/\bon strike\b/g, ' ')
    // "many order this month", "orders are flowing", "between packing orders": how the business goes, or what the person was busy with.
    .replace(/\b(orders?|sales) (are |is |have been |keep |kept |started |start )?(coming in|flowing|rolling in|pouring in|picking up|growing|increas\w*|going up|booming|going well|doing well)\b|\b(many|lots of|a lot of|lot of|tons of|loads of|plenty of) orders? (this|last|every|each|per|a) (day|week|month|year)\b|\b(between|while|whilst) (packing|shipping|fulfilling|processing|printing|handling) (\w+ )?orders?\b|\b(while|whilst) (setting up|doing|sorting|fixing|uploading|adding) (the |my |our |some )?(shipping templates?|listings?|products?|labels?|warehouse( address)?)\b/g, ' ');
}

/** The out-of-scope topic a message is about, or undefined. */
export function topicOf(text: string, lex: Lexicon = EN): Topic | undefined {
  const told = unsettled(text, lex);
  // (A penalty denied is no penalty counted either: "no strike or anything, I just want to change the title".)
  // (A fee charged on an order that was refunded is about the fee, the refund only which order it was; a buyer's payment
  // whose order never came through is about the order, not the seller's money.)
  const penalties = penaltyOfItsOwn(cuesIn(told, aside(told), lex), aside(told), lex);
  const found = putFirst(putFirst(penalties, 'fees', 'refunds', CHARGED, told), 'orders', 'payouts', ORDER_NOT_THROUGH, told);
  if (found.length <= 1) return found[0]?.topic;
  // Several topics in one message ("ran out of stock before I could ship it. how do I cancel an order?"):
  // the only one its questions ask about, else the most specific. A topic of its own kind (ads, another
  // platform, a shop setting) holds the others' words ("sync the inventory", "warehouse address") and wins.
  if (SPECIFIC.includes(found[0]!.topic)) return found[0]!.topic;
  const questions = told.split(/(?<=[.!?\n,;])\s+|\s[-–—]\s/).filter(isQuestion).map(aside);
  const asked = found.filter((f) => questions.some((q) => f.layer.topics[f.topic]?.some((re) => re.test(q))));
  return (asked.length === 1 ? asked[0]! : found[0]!).topic;
}

/** The text, normalised, without the words that place it in a topic next to linking. */
export function withoutTopics(text: string, lex: Lexicon = EN): string {
  let t = compact(normalize(text));
  for (const layer of layers(lex, t)) {
    for (const cues of Object.values(layer.lex.topics)) for (const re of cues ?? []) t = t.replace(everywhere(re), ' ');
  }
  return t;
}

const topicWordsOf = new WeakMap<Lexicon, Map<string, Topic>>();

/** Each topic word as the router folds it → its topic; a word of two topics belongs to the first checked. */
function topicWords(lex: Lexicon): Map<string, Topic> {
  let map = topicWordsOf.get(lex);
  if (map) return map;
  map = new Map();
  for (const layer of lex.also ? [lex, lex.also] : [lex]) {
    for (const topic of CHECK_ORDER) for (const w of layer.topicWords?.[topic] ?? []) if (!map.has(fold(w, lex))) map.set(fold(w, lex), topic);
  }
  topicWordsOf.set(lex, map);
  return map;
}

/**
 * The out-of-scope topic whose words outnumber the words of linking in a message, or undefined: "the
 * courier lost the parcel" needs no exact phrase to be about orders. `linking` says whether a word is one
 * that tells linking flows apart; a word of both (a flow's phrases say "payment") is not counted for the topic.
 */
/** How many words of topics next to linking a message holds that no linking phrase uses. */
export function topicWordCount(text: string, linking: (word: string) => 'distinct' | 'common' | 'unknown', lex: Lexicon = EN): number {
  const of = topicWords(lex);
  return contentWords(text, lex).filter((w) => of.has(w) && linking(w) === 'unknown').length;
}

export function topicByWords(text: string, linking: (word: string) => 'distinct' | 'common' | 'unknown', lex: Lexicon = EN): Topic | undefined {
  const words = contentWords(compact(normalize(text)).replace(APP_IN_THE_NEWS, ' ').replace(TO_DO_LIST, ' '), lex);
  const of = topicWords(lex);
  const hits = new Map<Topic, number>();
  let linkWords = 0;
  for (const w of words) {
    const kind = linking(w);
    const topic = of.get(w);
    if (topic && kind === 'unknown') hits.set(topic, (hits.get(topic) ?? 0) + 1);
    else if (kind === 'distinct') linkWords++;
  }
  const total = [...hits.values()].reduce((a, b) => a + b, 0);
  if (total === 0 || total <= linkWords) return undefined;
  const topic = [...hits].sort(([a, x], [b, y]) => y - x || CHECK_ORDER.indexOf(a) - CHECK_ORDER.indexOf(b))[0]![0];
  // Whether one may link after a violation is the checklist's ("we had a violation last year, can we still link?").
  return (topic === 'violations' || topic === 'shop-settings') && BEFORE_LINKING.test(compact(normalize(text))) ? undefined : topic;
}
