// The words that work at any point of any flow: start over, back, help, asking for a person, hello,
// thanks, cancelling a follow-up and asking to be forgotten; and a person asked for in one's own words.
// Commands match the whole message, so "go back to the shop page" is routed as text, not taken as "back".
import { layers, type Command, type Lexicon } from './lexicon.ts';
import { EN } from './lexicons/en.ts';
import { clausesOf, compact, isQuestion, markedSentencesOf, normalize, sentencesOf } from './text.ts';
import { hasPhrase } from './words.ts';

export type { Command };

const tables = new WeakMap<Lexicon, Map<string, Command>>();

function tableOf(lex: Lexicon): Map<string, Command> {
  let table = tables.get(lex);
  if (!table) {
    table = new Map();
    for (const [command, phrases] of Object.entries(lex.commands) as [Command, readonly string[]][]) {
      for (const p of phrases) table.set(normalize(p) || p.trim(), command);
    }
    tables.set(lex, table);
  }
  return table;
}

/** Who has people rather than asks for them, before "have"; and the modal that makes "i have" a request. */
const HAVE = 'have';
const OWNERS = /^(we|they)$/;
const ASKING = /^(can|could|may|might)$/;

/** A short message may wrap a command in other words ("oops, wrong button, previous step"). */
const SHORT = 8;
/**
 * Commands too easily said in passing to be found inside a sentence ("go back to the shop page", "help me
 * with my qr code"); back, restart and help inside a sentence are left to the cues, which know their shapes.
 */
const WHOLE_ONLY: readonly Command[] = ['greet', 'thanks', 'human', 'back', 'restart', 'help'];

/** The whole message, normalised, a word said again straight after itself said once ("AGENT AGENT AGENT", "help help"). */
function whole(text: string): string {
  return (normalize(text) || text.trim()).replace(/\b(\S+)( \1\b)+/g, '$1');
}

/** The message without courtesy around it ("ok, start over please" → "start over"), in the language or English. */
function core(text: string, lex: Lexicon): string {
  let t = whole(text);
  const courtesies = lex.also ? [lex.courtesy, lex.also.courtesy] : [lex.courtesy];
  for (let i = 0; i < 3; i++) {
    let next = t;
    for (const c of courtesies) next = next.replace(c.after, '').replace(c.before, '');
    if (next === t) break;
    t = next;
  }
  return t;
}

/** The command a whole message is ("back", "start over please"), or undefined. */
export function exactCommandOf(text: string, lex: Lexicon = EN): Command | undefined {
  const table = tableOf(lex);
  const all = whole(text);
  if (!all) return undefined;
  return table.get(all) ?? table.get(core(text, lex));
}

/** A command phrase that may stand inside a short message, spaces around it as `hasPhrase` compares. */
interface InsidePhrase {
  padded: string;
  length: number;
  command: Command;
}

const insides = new WeakMap<Lexicon, InsidePhrase[]>();

/** The phrases of several words whose commands may be found inside a message, in the table's order: worked out once. */
function insideOf(lex: Lexicon): InsidePhrase[] {
  let list = insides.get(lex);
  if (!list) {
    list = [...tableOf(lex)].filter(([phrase, command]) => !WHOLE_ONLY.includes(command) && phrase.includes(' ')).map(([phrase, command]) => ({ padded: ` ${phrase} `, length: phrase.length, command }));
    insides.set(lex, list);
  }
  return list;
}

/** The command a message is: the whole message, a command phrase in a short one, or a command said in its own words. */
export function commandOf(text: string, lex: Lexicon = EN): Command | undefined {
  const exact = exactCommandOf(text, lex);
  if (exact) return exact;
  const t = core(text, lex);
  if (t.split(' ').length <= SHORT) {
    // As hasPhrase(t, phrase) for each phrase, with the message padded once.
    const padded = ` ${t} `;
    let found: InsidePhrase | undefined;
    for (const p of insideOf(lex)) {
      if (padded.includes(p.padded) && (!found || p.length > found.length)) found = p;
    }
    if (found) return found.command;
  }
  // A long message may hold its request in a sentence of its own ("sorry, I clicked the wrong buttons everywhere.
  // can we start the whole thing again?").
  // (The whole message too: "hey bot" is a greeting, though "bot" alone is left once the courtesy is gone.)
  return cueOf(t, lex) ?? (t === whole(text) ? undefined : cueOf(whole(text), lex)) ?? (t.split(' ').length > 2 * SHORT ? sentencesOf(text).map((x) => cueOf(core(x, lex), lex)).find((c) => c !== undefined && SENTENCE_CUES.includes(c)) : undefined);
}

/** Commands a sentence of its own may ask for inside a longer message: requests, never said in passing. */
const SENTENCE_CUES: readonly Command[] = ['restart', 'help', 'forget'];

/** Cues whose words also tell stories ("we tried to start over twice") count in short messages only. */
const STORY_PRONE: readonly Command[] = ['back', 'restart'];

function cueOf(t: string, lex: Lexicon): Command | undefined {
  const words = t.split(' ').length;
  for (const layer of layers(lex, compact(t))) {
    const found = layer.lex.cues.find(([command, re, reach]) => (reach === 'any-length' || words <= (STORY_PRONE.includes(command) ? SHORT + 2 : 2 * SHORT)) && re.test(layer.t));
    if (found) return found[0];
  }
  return undefined;
}

const personPhrases = new WeakMap<Lexicon, { verbs: string[][]; nouns: string[] }>();

function personPhrasesOf(lex: Lexicon) {
  let p = personPhrases.get(lex);
  if (!p) {
    const norm = (list: readonly string[]) => [...new Set(list.map((x) => normalize(x)).filter(Boolean))];
    personPhrases.set(lex, (p = { verbs: norm(lex.personVerbs).map((v) => v.split(' ')), nouns: norm(lex.personNouns) }));
  }
  return p;
}

/** What follows "contact person" when it names who handles something rather than asking for someone. */
const ROLE_NAMED = /^(is|was|s|name|named|called)$/;

/** A person asked for in a sentence: "can i please just talk to a real human", "quiero hablar con una persona". */
export function asksForPerson(message: string, lex: Lexicon = EN): boolean {
  const text = withoutDeclined(message, lex);
  const t = normalize(text);
  const words = t.split(' ');
  const cues = layers(lex, compact(t));
  const { verbs, nouns } = personPhrasesOf(lex);
  // Sentence by sentence: a verb ends with its sentence ("how many accounts can one shop have? we've got 3 staff").
  for (const sentence of sentencesOf(text)) {
    const said = normalize(sentence).split(' ');
    for (let i = 0; i < said.length; i++) {
      const verb = verbs.find((v) => v.every((w, k) => said[i + k] === w));
      // After a determiner the verb is a noun: "the contact person was Andrés", "the email of the previous admin".
      if (!verb || DETERMINER.test(said[i - 1] ?? '')) continue;
      // "we have 3 girls on the team": having people is no asking for one ("can i have someone…" is).
      if (verb[0] === HAVE && (OWNERS.test(said[i - 1] ?? '') || (said[i - 1] === 'i' && !ASKING.test(said[i - 2] ?? '')))) continue;
      // The person comes within a few words of the verb: "talk to a real human", "get me someone from support".
      const after = said.slice(i + verb.length, i + verb.length + 5).join(' ');
      // "Contact" with its noun straight after, then "was" or "is", names a role: "contact person was Mark".
      if (verb.join(' ') === 'contact' && nouns.includes(said[i + 1] ?? '') && ROLE_NAMED.test(said[i + 2] ?? '')) continue;
      if (nouns.some((n) => hasPhrase(after, n))) {
        // "someone's shop", "someone else", "someone linked it", "3 staff tiktoks": not a request for a person.
        const around = said.slice(i + verb.length, i + verb.length + 8).join(' ');
        if (cues.some((c) => c.lex.notPerson.test(compact(around)))) continue;
        return true;
      }
    }
  }
  // Words that only ever mean a person: "is there a live agent", "escalate this", "not a bot"; a bare
  // "human" only in a short message ("prove I am a human" is about verification).
  if (cues.some((c) => (words.length <= PERSON_WORDS && c.lex.personWords.test(c.t)) || (words.length <= 12 && c.lex.personShort.test(c.t)))) return true;
  // Or in a sentence of its own, however long the message ("…no more delays. Please escalate this to a
  // representative.", "bot sent me round in a loop 3 times. agent pls").
  // A letter's salutation ("Dear Support Team,") names who is written to; it asks for no one.
  const sentences = sentencesOf(text.replace(SALUTATION, '')).map((x) => normalize(x)).filter((x) => x && x.split(' ').length <= PERSON_WORDS);
  if (sentences.some((x) => layers(lex, compact(x)).some((c) => c.lex.personWords.test(c.t)))) return true;
  // …and a short question of its own for a human, before the story ("Any human here? My ex-employee still has our tiktok…"),
  // or a clause of a few words after it ("…we've been through this already, human please").
  const asked = [
    ...markedSentencesOf(text).filter((x) => isQuestion(x) && normalize(x).split(' ').length <= ASKED_WORDS),
    ...clausesOf(text).filter((x) => normalize(x) && normalize(x).split(' ').length <= CLAUSE_WORDS),
  ];
  return asked.some((x) => layers(lex, compact(normalize(x))).some((c) => c.lex.personShort.test(c.t)));
}

/**
 * The message without the person it declines or asks about ("I don't need a person, just tell me where the QR
 * code is"), sentence by sentence; the message itself when it declines none.
 */
export function withoutDeclined(text: string, lex: Lexicon = EN): string {
  let declined = declines.get(lex);
  if (!declined) {
    const own = [lex.personDeclined, lex.also?.personDeclined].filter((r): r is RegExp => r !== undefined);
    declines.set(lex, (declined = { found: own, all: own.map((r) => new RegExp(r.source, 'g')) }));
  }
  const { found, all } = declined;
  if (!found.some((re) => re.test(compact(normalize(text))))) return text;
  return sentencesOf(text)
    .map((s) => all.reduce((t, re) => t.replace(re, ' '), compact(normalize(s))))
    .join('. ');
}

/** Each lexicon's declining patterns, as declared (to find one) and global (to take every one out). */
const declines = new WeakMap<Lexicon, { found: RegExp[]; all: RegExp[] }>();

/** Words before which a person verb is a noun ("the call", "our contact"). */
const DETERMINER = /^(the|a|an|our|their|his|her|my|your|its)$/;

/** The longest message, or sentence of a longer one, in which words that only ever mean a person are a request. */
const PERSON_WORDS = 30;
/** A question this short that names a human asks for one. */
const ASKED_WORDS = 5;
/** A clause this short that names a human asks for one too. */
const CLAUSE_WORDS = 3;
const SALUTATION = /^\s*(dear|hi|hello|hey|good (morning|afternoon|evening))\b[^,\n]{0,40}[,\n]/i;

/** A message that gives up on the bot. */
const frustrations = new WeakMap<Lexicon, string[]>();

export function isFrustrated(text: string, lex: Lexicon = EN): boolean {
  // As hasPhrase(text, phrase) for each phrase, with the text and the phrases padded once.
  const padded = ` ${normalize(text)} `;
  let phrases = frustrations.get(lex);
  if (!phrases) frustrations.set(lex, (phrases = lex.frustration.map((p) => ` ${normalize(p)} `)));
  return phrases.some((p) => padded.includes(p));
}
