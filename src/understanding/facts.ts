// Facts pulled from anything a person writes (slot filling): the QR symptom, a quoted error, how long ago
// the account was linked, the shop's status, who holds the other shop, access to it, role, market, followers.
// A fact that needs context ("3 days ago" is a link's age only when linking is the subject) takes it from
// the words around it or from the question the step is asking.
import { normalize } from './text.ts';

export type Facts = Record<string, string>;

export interface FactContext {
  /** The fact the current step asks for, if any: a bare answer ("3 days") is read as that fact. */
  asking?: string;
}

/** Quotes people use around an error message. */
const QUOTED = /["“”«»„]([^"“”«»„]{4,200})["“”«»„]|(?:^|\s)'([^']{6,200})'(?=\s|$|[.,!?])/u;
const ERROR_AFTER = /\b(?:error|message|it says|says|saying|shows|showing)\s*[:\-]\s*(.{4,200})$/i;

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, couple: 2, few: 3, several: 4 };
const UNIT_HOURS: [RegExp, number][] = [
  [/^(m|min|mins|minute|minutes)$/, 1 / 60],
  [/^(h|hr|hrs|hour|hours)$/, 1],
  [/^(d|day|days)$/, 24],
  [/^(w|wk|wks|week|weeks)$/, 24 * 7],
  [/^(month|months|mo)$/, 24 * 30],
];

/** Hours ago that a text says something happened, or undefined. */
export function hoursAgo(t: string): number | undefined {
  if (/\b(just now|few minutes ago|minutes ago|this morning|this afternoon|this evening|earlier today|today|tonight|last night|an hour ago|an hr ago)\b/.test(t)) return 6;
  if (/\b(yesterday|last evening)\b/.test(t)) return 20;
  if (/\b(last week|a week ago|over a week|last month|a month ago|weeks ago|months ago|days ago|for days|for weeks|ages ago|long time ago|a while ago|a while back)\b/.test(t)) return 24 * 7;
  if (/\b(day before yesterday|2 days)\b/.test(t)) return 48;
  // Digits may touch their unit ("3d", "12h"); words need a space, so "and" is never "a day".
  const m =
    /\b(\d+(?:\.\d+)?)\s*(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|mo)\b/.exec(t) ??
    /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|couple|few|several)\s+(?:of\s+)?(mins?|minutes?|hrs?|hours?|days?|wks?|weeks?|months?)\b/.exec(t);
  if (!m) return undefined;
  const n = NUMBER_WORDS[m[1]!] ?? Number(m[1]);
  const unit = UNIT_HOURS.find(([re]) => re.test(m[2]!));
  return unit && Number.isFinite(n) ? n * unit[1] : undefined;
}

const COUNTRIES: [RegExp, string][] = [
  [/\b(usa|united states|america|american|the states|u s a|u s)\b/, 'US'],
  [/\b(uk|united kingdom|britain|great britain|england|scotland|wales|british)\b/, 'GB'],
  [/\b(spain|españa|espana)\b/, 'ES'],
  [/\b(mexico|méxico|mexican)\b/, 'MX'],
  [/\b(indonesia|indonesian)\b/, 'ID'],
  [/\b(vietnam|viet nam|việt nam|vietnamese)\b/, 'VN'],
  [/\b(thailand|thai)\b/, 'TH'],
  [/\b(malaysia|malaysian)\b/, 'MY'],
  [/\b(philippines|philippine|filipino|pinoy)\b/, 'PH'],
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
  [/\b(turkey|turkish|türkiye)\b/, 'TR'],
  [/\b(colombia|colombian)\b/, 'CO'],
  [/\b(argentina|argentinian)\b/, 'AR'],
];

const LINK_WORDS = /\b(link|linked|linking|connect|connected|bound|binded|linkd|lnked|authori[sz]ed)\b/;
const SHOP_WORDS = /\b(shop|store|seller center|seller centre|account status|status)\b/;
const OTHER_SHOP = /\b(other|old|another|previous|former|their|his|her|agency|partner|that) (shop|store|seller center|account)|already linked|linked to|they|them|their\b/;

function qrSymptom(t: string): string | undefined {
  const qr = /\b(qr|code|scan|scanning|scanner|camera|authori[sz]\w*|auth)\b/.test(t);
  if (!qr) return undefined;
  if (/\b(same (phone|device|mobile|screen)|(on|from) (my|the) (phone|mobile)('s)? (browser|screen)|only have (one|1) phone|(qr|code) is on my phone|scan my own (screen|phone)|can not scan (my|the) (own )?screen|seller cent(er|re) on (my )?(phone|mobile)|no (computer|laptop|pc)|don t have a (computer|laptop|pc))\b/.test(t)) return 'same-phone';
  if (/\b(authori[sz]\w* (fail|failed|failure|error|not work|does not work|did not work|will not work|keeps failing)|auth (fail|failed|error)|fail(ed|s)? to authori[sz]e|can not authori[sz]e|authori[sz]e (button )?(does nothing|fails|not working|does not work|will not work))/.test(t)) return 'auth-failed';
  if (/\b(spin|spins|spinning|loading|keeps loading|loads forever|stuck loading|buffering|hangs|hanging|frozen|freezes|stuck on)\b/.test(t)) return 'spinning';
  if (/\b(can not|will not|does not|did not|not|unable to|fails to|won t|nothing happens when i|no longer) (\w+ )?(scan|read|recogni[sz]e|detect|pick up|work)|scan\w* (does nothing|do nothing|not work|fails|failed|nothing happens)|nothing happens|(qr|code) (is )?(not|never) (scanning|working|recogni[sz]ed|detected)|(qr|code) (is )?(invalid|blurry|expired)\b/.test(t)) return 'no-scan';
  return undefined;
}

function errorText(raw: string): string | undefined {
  const q = QUOTED.exec(raw);
  const quoted = (q?.[1] ?? q?.[2])?.trim();
  if (quoted && /\p{L}/u.test(quoted)) return quoted;
  const after = ERROR_AFTER.exec(raw.trim());
  if (after && /\b(fail|error|denied|invalid|not|unable|already|expired|wrong)\b/i.test(after[1]!)) return after[1]!.trim().replace(/[.!]+$/, '');
  return undefined;
}

function shopStatus(t: string, asking: string | undefined): Facts {
  const facts: Facts = {};
  const aboutShop = SHOP_WORDS.test(t) || asking === 'shop-active' || asking === 'shop-approved';
  if (!aboutShop) return facts;
  if (/\b(not|isn t|is not|never|not yet|hasn t|has not|wasn t|was not|still) (been )?(fully )?(approved|verified)|\b(pending|under review|in review|waiting (for|on) (approval|review|verification)|awaiting approval|rejected|not approved yet|still reviewing)\b/.test(t)) facts['shop-approved'] = 'no';
  else if (/\b(approved|verified)\b/.test(t)) facts['shop-approved'] = 'yes';
  if (/\b(not|isn t|is not|never|not yet|wasn t|was not|no longer) (\w+ )?(active|live|open|activated)|\b(inactive|deactivated|suspended|closed|paused|frozen|on hold|restricted)\b/.test(t)) facts['shop-active'] = 'no';
  else if (/\b(active|live|is open|activated|running)\b/.test(t)) facts['shop-active'] = 'yes';
  return facts;
}

function otherShop(t: string, asking: string | undefined): Facts {
  const facts: Facts = {};
  const asked = asking === 'other-shop-holder' || asking === 'other-shop-access';
  const about = OTHER_SHOP.test(t) || LINK_WORDS.test(t) || /\b(shop|store|seller cent(er|re))\b/.test(t) || asked;
  if (!about) return facts;
  const holder = holderOf(t);
  if (holder) facts['other-shop-holder'] = holder;
  // Access is about the other shop only: "can't log into seller center" alone is a linking question.
  if (!(OTHER_SHOP.test(t) || asked || holder)) return facts;
  if (/\b(can not|cannot|unable to|do not have|don t have|no longer have|lost|no|never had|not have) (\w+ ){0,2}(log ?in|login|access|the password|password|sign in|get in)|\blocked out\b|\bonly (he|she|they) can log ?in\b|\b(they|he|she) (will not|won t|do not|don t|never|does not|doesn t) (answer|reply|respond|give|help)|\bghost\w*/.test(t)) facts['other-shop-access'] = 'no';
  else if (/\b(i can|i still can|i have|i still have|i do have|we have) (\w+ ){0,2}(log ?in|login|access|the password|sign in|get in)\b/.test(t)) facts['other-shop-access'] = 'yes';
  return facts;
}

/** Who holds the shop the account is linked to. */
function holderOf(t: string): string | undefined {
  if (/\b(agency|agencies|marketing (company|firm)|management company|mcn|agent we hired)\b/.test(t)) return 'agency';
  if (/\b(my ex|ex (partner|boyfriend|girlfriend|husband|wife|business partner)|ex s|former (business )?partner|old (business )?partner|business partner|co ?founder|partner who left|we split|we broke up)\b/.test(t)) return 'ex-partner';
  if (/\b(former|ex|old|previous) (employee|staff|manager|social media manager|assistant|va|intern|worker|colleague)|(employee|staff|assistant|va|freelancer|manager|intern|worker|guy|girl|someone) (who|that) (used to work|left|quit|was fired|no longer works)|used to work for (me|us)|(he|she) (left|quit)\b/.test(t)) return 'employee';
  if (/\bmy (own )?(other|old|first|second|test|previous|2nd|main) (shop|store|one|seller cent(er|re))|both (shops|stores) are mine|i own both|of my (2|two|both) shops|another shop of mine|i have (2|two) shops|it s my old one|(i|we) (only )?linked it to the other shop|moved to a new seller cent(er|re)|our (old|previous) shop\b/.test(t)) return 'me';
  if (/\b(no idea which|don t know which|do not know which|not sure which|some random|unknown shop|never heard of|a shop i do not know|which shop it is|(do not|don t|never) (even )?know (to )?(what|which|where)|(do not|don t|never) (have|had|opened|open|own|owned) (an?other|any other|a second) (shop|store)|never (opened|had|owned) (an?other|any other) (shop|store)|never link(ed)? it)\b/.test(t)) return 'unknown';
  return undefined;
}

function role(t: string): string | undefined {
  if (/\btiktok shop for creators?\b/.test(t) && !/\b(i m|i am|im) an? (content )?creator\b/.test(t)) {
    // Naming the creator programme is not saying who you are.
  } else if (/\b(creators?|influencer|affiliate|ugc|streamer|reviewer|content maker)\b|\bi (create|make) (content|videos)\b|\b(i have no shop|i do not have a shop|don t own a shop|do not own a shop|not a seller)\b|\bpromote (other|brands|other people)/.test(t)) return 'creator';
  if (/\b(i|we) (m |am |are )?(own|have|run|opened|opening|started|set up|got|sell)\b(?! (an?other|never))(\s\w+){0,4}\s(shop|store|brand|business|bakery|boutique)\b|\b(i m|i am|im|as) an? (\w+ )?(seller|merchant|vendor)\b|\b(seller|merchant)\b(?! (cent|univers|support|app|account|fee|login|tools?)\w*)(?= (here|from|in|based)\b|$)|\b(\w+ )?seller (here|from|in)\b|\b(shop owner|store owner|brand owner|business owner)\b|\bmy own (shop|store|brand|business)\b|\bowner of (a|an|my|our|the) (small )?(\w+ )?(shop|store|business|brand)\b|\bi m the owner\b|\bfamily business\b|\bit s my (shop|store)\b/.test(t)) return 'seller';
  return undefined;
}

function market(raw: string, t: string): string | undefined {
  if (/\bUS\b|\bU\.S\.?/.test(raw)) return 'US';
  for (const [re, code] of COUNTRIES) if (re.test(t)) return code;
  return undefined;
}

function followers(t: string): string | undefined {
  const m = /\b(\d+(?:[.,]\d+)?)\s*(k|m|thousand|million)?\s*(followers|follower|followrs|folowers|fans|subs|subscribers)\b/.exec(t);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(',', m[2] ? '.' : ''));
  const times = m[2] === 'k' || m[2] === 'thousand' ? 1000 : m[2] === 'm' || m[2] === 'million' ? 1_000_000 : 1;
  return Number.isFinite(n) ? String(Math.round(n * times)) : undefined;
}

/** Every fact the text states. */
export function extractFacts(raw: string, context: FactContext = {}): Facts {
  const t = normalize(raw);
  const facts: Facts = {};
  const set = (k: string, v: string | undefined) => {
    if (v !== undefined) facts[k] = v;
  };
  set('qr-symptom', qrSymptom(t));
  set('error-text', errorText(raw));
  const hours = LINK_WORDS.test(t) || context.asking === 'linked-ago' ? hoursAgo(t) : undefined;
  if (hours !== undefined) facts['linked-ago'] = hours < 24 ? 'under-24h' : 'over-24h';
  Object.assign(facts, shopStatus(t, context.asking), otherShop(t, context.asking));
  set('role', role(t));
  set('market', market(raw, t));
  set('followers', followers(t));
  return facts;
}
