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

/** The message without courtesy around it ("ok, start over please" → "start over"). */
function core(text: string): string {
  let t = normalize(text) || text.trim();
  for (let i = 0; i < 3; i++) {
    const next = t.replace(COURTESY, '').replace(LEADING, '');
    if (next === t) break;
    t = next;
  }
  return t;
}

/** The command a whole message is ("back", "start over please"), or undefined. */
export function exactCommandOf(text: string, lex: Lexicon = EN): Command | undefined {
  const table = tableOf(lex);
  return table.get(normalize(text) || text.trim()) ?? table.get(core(text));
}

/** The command a message is: the whole message, a command phrase in a short one, or a command said in its own words. */
export function commandOf(text: string, lex: Lexicon = EN): Command | undefined {
  const exact = exactCommandOf(text, lex);
  if (exact) return exact;
  const t = core(text);
  if (t.split(' ').length <= SHORT) {
    let found: { command: Command; length: number } | undefined;
    for (const [phrase, command] of tableOf(lex)) {
      if (WHOLE_ONLY.includes(command) || !phrase.includes(' ') || !hasPhrase(t, phrase)) continue;
      if (!found || phrase.length > found.length) found = { command, length: phrase.length };
    }
    if (found) return found.command;
  }
  return cueOf(t);
}

/**
 * Commands said in a short sentence of one's own: "back pls i clicked the wrong one", "erase my info",
 * "what can u help with". Each cue needs its command's own words, so topic questions never match.
 */
const CUES: [Command, RegExp][] = [
  ['back', /\b(go back|back (pls|please|one|a step)|previous|prev|undo|step before|last step|one before|clicked the wrong|pressed the wrong|wrong (button|one|answer|choice)|misclick\w*)\b|^back\b/],
  ['restart', /\b(start over|restart|start again|from scratch|from the top|very beginning|the beginning|main menu|reset)\b/],
  ['help', /\b(what can (you|u) (do|help)|what (do|can) (you|u) help|what kind of (questions|things)|how (does|do) (this|you|it) work|how (do i|to) use (this|you|the bot|the chat)|what are (you|u) for|what is this (bot|chat))\b/],
  ['cancel', /\b(cancel|stop|don t|do not|no more|skip)\b.*\b(remind\w*|check(ing)? (back|in)|follow ?up|ping me)\b/],
  ['forget', /\b(delete|erase|remove|wipe|forget|clear|purge)\b.*\b(my (data|info|information|details|history|messages|conversation|chat)|everything (about me|you have|you stored|i told you)|about me|stored about me|all my data|my info|the conversation|this conversation|our chat)\b/],
  ['greet', /^((hi|hello|hey|hiya|heya|howdy|greetings|yo|good (morning|afternoon|evening|day))( (there|po|everyone|all|team|guys|bot|friend|again))*\s*)+$/],
];

function cueOf(t: string): Command | undefined {
  if (t.split(' ').length > 2 * SHORT) return undefined;
  return CUES.find(([, re]) => re.test(t))?.[0];
}

const PERSON_WORDS =
  /\b(human|humans|real (person|human|people|ppl|someone|one)|actual (person|human|people|ppl)|live (agent|person|chat|support)|member of (staff|the team|your team)|staff member|a rep|rep pls|rep please|representative|operator|customer (service|support|care) (team|agent|rep|please|pls)|support (team|agent|staff|ticket)|talk to support|contact support|not a bot|no more bot|done with this bot|phone (number|call|support)|call me|over the phone|whatsapp|escalate|callback|file a (case|ticket)|open a (case|ticket)|raise a ticket|anyone (actually )?there|anybody (actually )?there|someone (from|at) (tiktok|support|the team|your team))\b/;

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
  // Words that only ever mean a person: "is there a live agent", "escalate this", "not a bot".
  if (t.split(' ').length <= 30 && PERSON_WORDS.test(t)) return true;
  // "speak with tiktok support", "can someone from support message me".
  return /\b(talk|speak|chat|contact|reach|call|message|email|dm)\b(\s\w+){0,3}\s(support|team)\b|\b(someone|somebody|anyone) (from|at|in) (support|the team|tiktok)\b/.test(t);
}

/** A message that gives up on the bot. */
const frustrations = new WeakMap<Lexicon, string[]>();

export function isFrustrated(text: string, lex: Lexicon = EN): boolean {
  const t = normalize(text);
  let phrases = frustrations.get(lex);
  if (!phrases) frustrations.set(lex, (phrases = lex.frustration.map((p) => normalize(p))));
  return phrases.some((p) => hasPhrase(t, p));
}
