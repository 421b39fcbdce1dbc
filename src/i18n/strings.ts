// The engine's own sentences in every language: one i18next instance over src/i18n/strings/<lang>.json,
// with English as the fallback for any key a language lacks. messagesIn(language) gives them as an object.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createInstance, type i18n as I18n, type TFunction } from 'i18next';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, SOURCE_LANGUAGE, type Language } from './languages.ts';

/** Where the per-language JSON files live (copied beside the compiled code by the build). */
export const STRINGS_DIR = new URL('./strings/', import.meta.url);

/** Sentences by key (nested objects group them, as "topics"), per language code. */
export type Resources = Record<string, Record<string, unknown>>;

/** Every language's sentences that exist on disk; English always does. */
function readResources(): Resources {
  const resources: Resources = {};
  const dir = STRINGS_DIR;
  const names = existsSync(dir) ? readdirSync(dir) : [];
  for (const name of names) {
    const lang = name.replace(/\.json$/, '');
    if (!name.endsWith('.json') || !isLanguage(lang)) continue;
    resources[lang] = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Record<string, unknown>;
  }
  return resources;
}

/** The topic ids of the out-of-scope sentences, as English names them (the understanding's topics). */
export type TopicName = keyof (typeof import('./strings/en.json', { with: { type: 'json' } }))['topics'];

/** The engine's sentences, the same shape in every language; the templated ones take their values. */
export interface Messages {
  help: string;
  unsure: string;
  notUnderstood: string;
  outOfRange(n: number, max: number): string;
  inferred(answer: string): string;
  welcome: string;
  outOfScope(what: string): string;
  /** How the out-of-scope topics are named to users, by topic id (src/understanding/scope.ts). */
  topics: Readonly<Record<TopicName, string>>;
  empty: string;
  tooLong(max: number): string;
  stale: string;
  foreign(owner: string): string;
  unknownButton: string;
  gone: string;
  noBack: string;
  notAsking: string;
  caseOpened(n: number): string;
  noDesk: string;
  relayed: string;
  relayedNoDesk: string;
  caseWaiting(n: number): string;
  backToBot: string;
  fromAgent(name: string, text: string): string;
  claimedForUser(name: string, n: number): string;
  reminderToUser(n: number): string;
  unknownCommand(name: string): string;
  failed: string;
  threadOpened(link: string): string;
  /** Discord: a private thread whose typed messages the bot may not read; `option` is the command's option for words. */
  cannotReadThread(command: string, option: string): string;
  topicOption: string;
  questionOption: string;
  reminderCancelled: string;
  noReminder: string;
  forgotten: string;
  startOver: string;
  talkToPerson: string;
  /** Said in the new language once the user switches to it. */
  languageChanged: string;
  /** A language named that shoplink does not speak ("français"); the conversation stays where it is. */
  languageUnknown(name: string): string;
  /** A message in a script shoplink cannot read (Cyrillic, Chinese, Arabic…). */
  languageUnreadable: string;
  /** After help: the other languages, by their own names. */
  languagesOffer: string;
  /** The terminal chat's own lines. */
  terminal: { hint: string; quitHint: string; bye: string; typeAnswer: string };
  /** The words of a platform's own controls around the engine's replies: buttons, forms, App Home. */
  controls: Controls;
}

export interface Controls {
  /** The button of a question that opens its form. */
  answer: string;
  /** A question form's title (Slack: 24 characters at most). */
  modalTitle: string;
  send: string;
  cancel: string;
  /** Placeholder of a select menu of choices. */
  choose: string;
  /** Starts a conversation (Slack's App Home). */
  start: string;
  /** Heading over the user's conversation that has not ended. */
  openConversation: string;
  /** While a case is open: the button, form title and field of a message to the support team. */
  reply: string;
  replyTitle: string;
  replyLabel: string;
}

/** Names joined the way the language lists things: "Español, Tiếng Việt y ภาษาไทย". */
export function listIn(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}

/** Every language shoplink speaks, by its own name, English first. */
function allLanguages(language: Language): string {
  return listIn(language, LANGUAGES.map((l) => LANGUAGE_NAMES[l].native));
}

/** A templated sentence: its values by name. */
type Fill = (values: Record<string, string | number>) => string;

/**
 * A sentence with values, looked up and interpolated by i18next once per language with markers where the values
 * go; each call then only puts the values in. i18next's lookup and interpolation on every call cost more than the
 * rest of rendering a turn. A sentence where i18next does more with a value than insert it (a plural by `count`, a
 * format) is left to i18next on every call.
 */
function templateOf(t: TFunction, key: string, names: readonly string[], fixed: Record<string, string> = {}): Fill {
  const direct: Fill = (values) => t(key, { ...fixed, ...values }) as string;
  if (names.includes('count') || names.includes('context')) return direct;
  const marks = Object.fromEntries(names.map((name, i) => [name, `\u0000${i}\u0000`]));
  // Split on the markers: the odd parts are the values' places, by their index in `names`.
  const parts = (t(key, { ...fixed, ...marks }) as string).split(/\u0000(\d+)\u0000/);
  const places = parts.filter((_, j) => j % 2 === 1);
  if (names.some((_, i) => !places.includes(String(i)))) return direct;
  return (values) => {
    let out = parts[0]!;
    for (let j = 1; j < parts.length; j += 2) out += String(values[names[Number(parts[j])]!]) + parts[j + 1]!;
    return out;
  };
}

function build(i18n: I18n, english: Record<string, unknown>, language: Language): Messages {
  const t: TFunction = i18n.getFixedT(language);
  const s = (key: string, values: Record<string, string | number> = {}) => t(key, values) as string;
  const f = (key: string, ...names: string[]) => templateOf(t, key, names);
  const topics = Object.fromEntries(Object.keys(english.topics as Record<string, string>).map((k) => [k, s(`topics.${k}`)])) as Record<TopicName, string>;
  const outOfRange = f('outOfRange', 'n', 'max');
  const inferred = f('inferred', 'answer');
  const outOfScope = f('outOfScope', 'what');
  const tooLong = f('tooLong', 'max');
  const foreign = f('foreign', 'owner');
  const caseOpened = f('caseOpened', 'n');
  const caseWaiting = f('caseWaiting', 'n');
  const fromAgent = f('fromAgent', 'name', 'text');
  const claimedForUser = f('claimedForUser', 'name', 'n');
  const reminderToUser = f('reminderToUser', 'n');
  const unknownCommand = f('unknownCommand', 'name');
  const threadOpened = f('threadOpened', 'link');
  const cannotReadThread = f('cannotReadThread', 'command', 'option');
  const languageUnknown = templateOf(t, 'languageUnknown', ['name'], { languages: allLanguages(language) });
  return {
    help: s('help'),
    unsure: s('unsure'),
    notUnderstood: s('notUnderstood'),
    outOfRange: (n, max) => outOfRange({ n, max }),
    inferred: (answer) => inferred({ answer }),
    welcome: s('welcome'),
    outOfScope: (what) => outOfScope({ what }),
    topics,
    empty: s('empty'),
    tooLong: (max) => tooLong({ max }),
    stale: s('stale'),
    foreign: (owner) => foreign({ owner }),
    unknownButton: s('unknownButton'),
    gone: s('gone'),
    noBack: s('noBack'),
    notAsking: s('notAsking'),
    caseOpened: (n) => caseOpened({ n }),
    noDesk: s('noDesk'),
    relayed: s('relayed'),
    relayedNoDesk: s('relayedNoDesk'),
    caseWaiting: (n) => caseWaiting({ n }),
    backToBot: s('backToBot'),
    fromAgent: (name, text) => fromAgent({ name, text }),
    claimedForUser: (name, n) => claimedForUser({ name, n }),
    reminderToUser: (n) => reminderToUser({ n }),
    unknownCommand: (name) => unknownCommand({ name }),
    failed: s('failed'),
    threadOpened: (link) => threadOpened({ link }),
    cannotReadThread: (command, option) => cannotReadThread({ command, option }),
    topicOption: s('topicOption'),
    questionOption: s('questionOption'),
    reminderCancelled: s('reminderCancelled'),
    noReminder: s('noReminder'),
    forgotten: s('forgotten'),
    startOver: s('startOver'),
    talkToPerson: s('talkToPerson'),
    languageChanged: s('languageChanged'),
    languageUnknown: (name) => languageUnknown({ name }),
    languageUnreadable: s('languageUnreadable', { languages: allLanguages(language) }),
    languagesOffer: s('languagesOffer', { languages: listIn(language, LANGUAGES.filter((l) => l !== language).map((l) => LANGUAGE_NAMES[l].native)) }),
    terminal: { hint: s('terminal.hint'), quitHint: s('terminal.quitHint'), bye: s('terminal.bye'), typeAnswer: s('terminal.typeAnswer') },
    controls: {
      answer: s('controls.answer'),
      modalTitle: s('controls.modalTitle'),
      send: s('controls.send'),
      cancel: s('controls.cancel'),
      choose: s('controls.choose'),
      start: s('controls.start'),
      openConversation: s('controls.openConversation'),
      reply: s('controls.reply'),
      replyTitle: s('controls.replyTitle'),
      replyLabel: s('controls.replyLabel'),
    },
  };
}

export interface Strings {
  /** A sentence by key in a language, English where the language lacks it. */
  stringIn(language: Language, key: string, values?: Record<string, string | number>): string;
  /** The engine's sentences in a language (built once per language). */
  messagesIn(language: Language): Messages;
}

/** The sentences of these resources, each language falling back to English key by key. */
export function stringsOf(resources: Resources): Strings {
  const english = resources[SOURCE_LANGUAGE];
  if (!english) throw new Error(`no ${SOURCE_LANGUAGE} strings: every other language falls back to them`);
  const instance = createInstance();
  void instance.init({
    resources: Object.fromEntries(Object.entries(resources).map(([lang, strings]) => [lang, { translation: strings }])),
    lng: SOURCE_LANGUAGE,
    fallbackLng: SOURCE_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    // The sentences are Markdown for chat platforms, not HTML: each platform escapes what it shows.
    interpolation: { escapeValue: false },
    // Keys are plain names; a ":" in a sentence is never a namespace.
    nsSeparator: false,
    // A translation left empty is a gap, not a sentence: English shows instead.
    returnEmptyString: false,
    initAsync: false,
    showSupportNotice: false,
  });
  const built = new Map<Language, Messages>();
  return {
    stringIn: (language, key, values) => instance.getFixedT(language)(key, values ?? {}) as string,
    messagesIn(language) {
      let m = built.get(language);
      if (!m) built.set(language, (m = build(instance, english, language)));
      return m;
    },
  };
}

/** The shipped sentences, src/i18n/strings/*.json. */
const shipped = stringsOf(readResources());

export const stringIn = shipped.stringIn;
export const messagesIn = shipped.messagesIn;
