// Topics next to linking that this bot does not handle: recognised so the user hears an honest "not
// here" instead of a confident wrong tree, even when the question holds a linking word (QR, link, bag).
import { normalize } from './text.ts';

export const TOPICS = ['payouts', 'refunds', 'orders', 'listings', 'fees', 'ads', 'violations', 'other-platforms', 'shop-settings'] as const;
export type Topic = (typeof TOPICS)[number];

/** Each topic's cues, over normalised English text. Any one cue places a message in the topic. */
const CUES: Record<Topic, RegExp[]> = {
  payouts: [
    /\b(payouts?|pay outs?|settlements?|settled|withdraw\w*|cash out|bank (account|details|info|transfer)|(change|update|add|link|connect|switch) (the |my |a )?bank|get paid|getting paid|paid out|my earnings|my balance|account balance|payment (method|account|details|schedule|hold|on hold)|when (do|will) i (get|receive) (my )?(money|payment|earnings|commission)|money (from|for) (my )?sales|funds|payoneer|paypal|reserve)\b/,
    /\b(money (from|for) (my )?(first )?(sales|orders)|when (will|do) i (get|be) paid|get (my )?money)\b/,
    /\b(checkout|check out|buyer payment|pay at|paying|payment qr|qr (payment|pay)|pay with qr|customer (can not|cannot) pay|card declined)\b/,
  ],
  refunds: [/\b(how do returns work|return (qr|code|shipping)|returns?\b.*\b(buyer|customer|work|policy)|refunds?|refunded|return (request|policy|label|an? item|a product|the item|the product|my order|window)|returns (and|&) refunds|process (a )?return|(wants?|wanted) to return|returned (item|order|product)|money back|chargebacks?|exchange an? (item|order)|send (it )?back|cancel(led)? order|order cancellation|dispute)\b/],
  orders: [
    /\b(orders?|shipping|shipped|ship (it|the|my|orders?)|shipping labels?|print (the )?labels?|delivery|delivered|deliver|tracking|track(ing)? number|courier|carrier|package|parcel|fulfil\w*|fulfill\w*|logistics|warehouse|dispatch\w*|usps|fedex|ups|dhl|j t express)\b/,
  ],
  listings: [/\b(products?|items?|listings?)\b(\s\w+){0,3}\s(rejected|denied|removed|taken down|flagged|not approved|delisted)\b|\b(delisted|item unavailable|product unavailable|(change|edit|update) the (price|stock|description|photos?) (on|of)|product (price|stock|inventory|variants?|photos?|description))\b|\b(listings?|product (was |got |is )?(rejected|denied|removed|taken down|under review|not approved|pending)|rejected (product|listing|item)|upload(ing)? (a |my )?products?|add(ing)? (a |new )?products? to (my |the )?shop|product approval|list (a |my )?products?|category approval|restricted category)\b/],
  fees: [/\b(commission|percentage|cut)\b.*\btiktok (take|takes|charge|charges|keep|keeps)\b|\b(fees?|referral fee|transaction fee|commission rate (tiktok|they) (charge|take)|how much (does|do|will) tiktok (take|charge|keep)|tiktok s cut|percentage (does )?tiktok (take|charge)|seller fee|platform fee|charges? (me|sellers)|cost to sell|how much does it cost)\b/],
  ads: [/\b(ads manager|spark ads?|spark code|gmv max|ad campaign|promote campaign|boost (a|my|the) (video|post|live)|spend on ads|ad spend|ads? budget)\b/, /\b(ads?|advert\w*|promote|promotion|gmv max|campaign|boost)\b.*\b(bill\w*|invoice|charged?|charges|card|payment|credit|budget|spend|refund|balance|top up)\b|\b(bill\w*|invoice|charged?|card|payment|credit|budget|top up|pay)\b.*\b(ads|advert\w*|gmv max|campaign|boost)\b|\b(ads manager|ad account|billing)\b/],
  violations: [/\b(violations?|violation points?|counterfeit|infringement|intellectual property|ip complaint|banned|ban|suspended|suspension|strikes?|appeal\w*|penalt\w*|deactivated|warning on my account|account (got )?(restricted|blocked|disabled|frozen)|community guidelines strike|shop (is |got )?(suspended|restricted|frozen|deactivated)|health score|performance score|points? deduct\w*)\b/],
  'other-platforms': [/\b(instagram shop|facebook shop|meta shop|shopify|woocommerce|woo commerce|wix|squarespace|bigcommerce|magento|amazon|ebay|etsy|lazada|shopee|tokopedia|prestashop|depop|poshmark|mercado libre)\b/],
  'shop-settings': [/\b(warehouse address|return address|pickup address|holiday mode|vacation mode|customer service hours|business hours|sub ?accounts?|(add|give) (a |my )?(staff|employee|team member|user)\w* (a )?(seller cent(er|re) )?(login|access|account)|email (linked|connected|tied) to (my )?seller cent(er|re)|seller cent(er|re) (login|account) (for|to) (my|an?) (employee|staff|assistant))\b/, /\b(change|rename|edit|update|modify)\b.*\b(shop|store|business) (name|logo|banner|description|address|email|phone|details|info)\b|\b(shop|store) name\b.*\b(change|rename|edit)\b|\b(change|reset|update) (my )?(seller center |seller centre )?(password|email|phone number)\b/],
};

/** The more specific topics first: "charged twice for ads" is ads before it is a payment. */
const CHECK_ORDER: readonly Topic[] = ['ads', 'other-platforms', 'shop-settings', 'violations', 'refunds', 'fees', 'listings', 'orders', 'payouts'];

/** The out-of-scope topic a message is about, or undefined. */
export function topicOf(text: string): Topic | undefined {
  const t = normalize(text).replace(/\bin order to\b/g, ' ');
  for (const topic of CHECK_ORDER) {
    if (!CUES[topic].some((re) => re.test(t))) continue;
    // Whether a warning or suspension stops linking is the checklist's question, not an appeal.
    if (topic === 'violations' && /\b(link|linking|linked|official account)\b/.test(t)) continue;
    return topic;
  }
  return undefined;
}
