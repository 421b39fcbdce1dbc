// The words that work at any point of any flow: start over, back, help, asking for a person, hello,
// thanks, cancelling a follow-up and asking to be forgotten; and a person asked for in one's own words.
// Commands match the whole message, so "go back to the shop page" is routed as text, not taken as "back".
import { EN, type Command, type Lexicon } from './lexicon.ts';
import { normalize } from './text.ts';
import { hasPhrase } from './words.ts';

export type { Command };

const tables = new WeakMap<Lexicon, Map<string, Command>>();

function tableOf(lex: Lexicon): Map<string, Command> {
  let table = tables.get(lex);
  if (!table) {
    table = new Map();
    for (const [command, phrases] of Object.entries(lex.commands) as [Command, readonly string[]][]) {
      for (const p of phrases) table.set(normalize(p), command);
    }
    tables.set(lex, table);
  }
  return table;
}

/** Trailing courtesy that does not change a command ("start over please", "help!!"). */
const COURTESY = / (please|pls|plz|now|thanks|thank you|thx|asap)$/;
const LEADING = /^(ok|okay|hey|um|so|just|can we|can you|could you|let us|lets|i want to|i would like to|please) /;

/** A short message may wrap a command in other words ("oops, wrong button, previous step"). */
const SHORT = 8;
/** Commands too easily said in passing to be found inside a sentence. */
const WHOLE_ONLY: readonly Command[] = ['greet', 'thanks', 'human'];

/** The command a message is: the whole message, or a command phrase of two words or more in a short one. */
export function commandOf(text: string, lex: Lexicon = EN): Command | undefined {
  const table = tableOf(lex);
  let t = normalize(text) || text.trim();
  for (let i = 0; i < 3; i++) {
    const hit = table.get(t);
    if (hit) return hit;
    const next = t.replace(COURTESY, '').replace(LEADING, '');
    if (next === t) break;
    t = next;
  }
  if (t.split(' ').length > SHORT) return undefined;
  let found: { command: Command; length: number } | undefined;
  for (const [phrase, command] of table) {
    if (WHOLE_ONLY.includes(command) || !phrase.includes(' ') || !hasPhrase(t, phrase)) continue;
    if (!found || phrase.length > found.length) found = { command, length: phrase.length };
  }
  return found?.command;
}

/** A person asked for in a sentence: "can i please just talk to a real human", "get me someone from support". */
export function asksForPerson(text: string, lex: Lexicon = EN): boolean {
  const t = normalize(text);
  const words = t.split(' ');
  for (let i = 0; i < words.length; i++) {
    if (!lex.personVerbs.includes(words[i]!)) continue;
    // The person comes within a few words of the verb: "talk to a real human", "get me someone from support".
    const after = words.slice(i + 1, i + 6).join(' ');
    if (lex.personNouns.some((n) => hasPhrase(after, n))) {
      // "someone's shop", "someone else", "someone linked it": not a request for a person.
      if (/\b(someone|somebody) (else|linked|has|owns|took|used|is|was)\b/.test(after) && !/\b(human|person|agent|support|staff|real)\b/.test(after)) continue;
      return true;
    }
  }
  // Words that only ever mean a person, in a short message: "is there a live agent", "escalate this".
  if (t.split(' ').length <= 20 && /\b(human|real person|live agent|live person|live chat|customer service|customer support|support team|support agent|representative|escalate|support ticket|callback|anyone (actually )?there|anybody (actually )?there)\b/.test(t)) return true;
  // "speak with tiktok support", "can someone from support message me".
  return /\b(talk|speak|chat|contact|reach|call|message|email|dm)\b(\s\w+){0,3}\s(support|team)\b|\b(someone|somebody|anyone) (from|at|in) (support|the team|tiktok)\b/.test(t);
}

/** A message that gives up on the bot. */
export function isFrustrated(text: string, lex: Lexicon = EN): boolean {
  const t = normalize(text);
  return lex.frustration.some((p) => hasPhrase(t, normalize(p)));
}
