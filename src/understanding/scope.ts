// Topics next to linking that this bot does not handle: recognised so the user hears an honest "not
// here" instead of a confident wrong tree, even when the question holds a linking word (QR, link, bag).
// Each language's cues live in its lexicon; a message is read in its language, then in English.
import { layers, TOPICS, type Lexicon, type Topic } from './lexicon.ts';
import { EN } from './lexicons/en.ts';
import { compact, normalize } from './text.ts';

export { TOPICS, type Topic };

/** The more specific topics first: "charged twice for ads" is ads before it is a payment. */
const CHECK_ORDER: readonly Topic[] = ['ads', 'other-platforms', 'shop-settings', 'violations', 'refunds', 'fees', 'listings', 'payouts', 'orders'];

/** The out-of-scope topic a message is about, or undefined. */
export function topicOf(text: string, lex: Lexicon = EN): Topic | undefined {
  const t = compact(normalize(text)).replace(/\bin order to\b/g, ' ');
  for (const layer of layers(lex, t)) {
    for (const topic of CHECK_ORDER) {
      if (!layer.lex.topics[topic]?.some((re) => re.test(layer.t))) continue;
      // Whether a warning or suspension stops linking is the checklist's question, not an appeal.
      if (topic === 'violations' && layers(lex, t).some((l) => l.lex.facts.link.test(l.t) || /\bofficial account\b/.test(l.t))) continue;
      return topic;
    }
  }
  return undefined;
}
