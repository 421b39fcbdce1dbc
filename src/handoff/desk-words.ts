// Every word the support team reads, in the desk's language (DESK_LANGUAGE): case posts, buttons, notices,
// listings. From the "desk" sentences of src/i18n/strings/<lang>.json, so a desk is translated like the bot.
import { stringIn } from '../i18n/strings.ts';
import { LANGUAGE_NAMES, type Language } from '../i18n/languages.ts';
import type { CaseStatus } from '../store/types.ts';

type Values = Record<string, string | number>;

/** A desk sentence by key under `desk.` ("place.channel"), with its values. */
export type DeskSay = (key: string, values?: Values) => string;

export interface DeskWords {
  readonly language: Language;
  /** Any desk sentence by key, for words a platform adds (where a user is). */
  say: DeskSay;
  caseTitle(n: number, title: string): string;
  labels: Readonly<Record<'status' | 'requester' | 'language' | 'role' | 'reason' | 'waiting' | 'steps' | 'learned' | 'rating', string>>;
  /** A case's status, with the agent on it already named as the desk names people. */
  status(status: CaseStatus, agent: string | undefined): string;
  /** One word for a status, in lists. */
  statusWord(status: CaseStatus): string;
  /** The requester's line: who, on which platform, where. */
  requester(person: string, platform: string, where: string): string;
  /** Someone named by platform id and user id, where the desk has no mention for them ("discord user 123"). */
  person(platform: string, user: string): string;
  /** How a platform is named to agents ("web preview"); its declared name when the strings have none. */
  platform(id: string, fallback: string): string;
  roleNotAsked(usualRole: 'seller' | 'creator' | undefined, platform: string): string;
  /** A role fact's value in words ("seller"), or undefined for a value the strings do not know. */
  role(value: string): string | undefined;
  noLongerWaiting: string;
  firstAnswer(time: string): string;
  inferred: string;
  fromWords(words: string): string;
  /** "3 min", "2 h 5 min", "1 d 4 h": how long someone has waited. */
  waited(ms: number): string;
  /** The user's language as agents read it: its name in the desk's language, its own name, its code. */
  userLanguage(of: Language): string;
  list: { line(v: { n: number; flow: string; status: string; person: string; time: string }): string; heading(n: number): string; none: string; noneYet: string };
  notices: {
    noCase(n: number): string;
    resolvedAlready(n: number): string;
    claimed(n: number): string;
    resolved(n: number): string;
    handedBack(n: number): string;
    sent: string;
    reopened(n: number): string;
    reminder(n: number, wait: string): string;
    notStaff: string;
  };
  buttons: Readonly<Record<'claim' | 'resolve' | 'back' | 'reply', string>>;
  post: { thread: string; dm: string; hint: string; cut(n: number): string; replyLabel: string; replyTitle(n: number): string };
  where: { privateThread(thread: string): string; botDm: string; privately(channel: string): string; elsewhere(place: string): string };
  lines: { requester: string; agent(name: string): string };
  report: { statusLog: string; transcript: string; who(who: 'user' | 'bot' | 'agent'): string };
}

function build(language: Language): DeskWords {
  const say: DeskSay = (key, values) => stringIn(language, `desk.${key}`, values);
  const has = (key: string) => say(key) !== `desk.${key}`;
  const label = (k: string) => say(`labels.${k}`);
  const displayNames = new Intl.DisplayNames(language, { type: 'language' });
  const waited = (ms: number) => {
    const min = Math.max(0, Math.round(ms / 60_000));
    const m = (n: number) => say('time.minutes', { n });
    const h = (n: number) => say('time.hours', { n });
    const d = (n: number) => say('time.days', { n });
    if (min < 60) return m(min);
    const hours = Math.floor(min / 60);
    if (hours < 24) return min % 60 ? `${h(hours)} ${m(min % 60)}` : h(hours);
    return `${d(Math.floor(hours / 24))} ${h(hours % 24)}`;
  };
  return {
    language,
    say,
    caseTitle: (n, title) => say('caseTitle', { n, title }),
    labels: {
      status: label('status'),
      requester: label('requester'),
      language: label('language'),
      role: label('role'),
      reason: label('reason'),
      waiting: label('waiting'),
      steps: label('steps'),
      learned: label('learned'),
      rating: label('rating'),
    },
    status(status, agent) {
      if (status === 'resolved') return agent ? say('status.resolvedBy', { agent }) : say('status.resolved');
      if (status === 'claimed') return say('status.claimed', { agent: agent ?? '?' });
      if (status === 'waiting') return agent ? say('status.waitingWith', { agent }) : say('status.waiting');
      return say('status.open');
    },
    statusWord: (status) => say(`statusWord.${status}`),
    requester: (person, platform, where) => say('requester', { person, platform, where }),
    person: (platform, user) => say('person', { platform, user }),
    platform: (id, fallback) => (has(`platforms.${id}`) ? say(`platforms.${id}`) : fallback),
    roleNotAsked: (usualRole, platform) => say('roleNotAsked', { guess: usualRole ? say(`roleGuess.${usualRole}`, { platform }) : say('roleUnknown') }),
    role: (value) => (/^[a-z-]+$/.test(value) && has(`roles.${value}`) ? say(`roles.${value}`) : undefined),
    noLongerWaiting: say('noLongerWaiting'),
    firstAnswer: (time) => say('firstAnswer', { time }),
    inferred: say('inferred'),
    fromWords: (words) => say('fromWords', { words }),
    waited,
    userLanguage(of) {
      const name = displayNames.of(of) ?? LANGUAGE_NAMES[of].english;
      const native = LANGUAGE_NAMES[of].native;
      return name.toLocaleLowerCase(language) === native.toLocaleLowerCase(of) ? `${name} (${of})` : `${name} (${native}, ${of})`;
    },
    list: {
      line: (v) => say('list.line', v),
      heading: (n) => say('list.heading', { n }),
      none: say('list.none'),
      noneYet: say('list.noneYet'),
    },
    notices: {
      noCase: (n) => say('notices.noCase', { n }),
      resolvedAlready: (n) => say('notices.resolvedAlready', { n }),
      claimed: (n) => say('notices.claimed', { n }),
      resolved: (n) => say('notices.resolved', { n }),
      handedBack: (n) => say('notices.handedBack', { n }),
      sent: say('notices.sent'),
      reopened: (n) => say('notices.reopened', { n }),
      reminder: (n, wait) => say('notices.reminder', { n, wait }),
      notStaff: say('notices.notStaff'),
    },
    buttons: { claim: say('buttons.claim'), resolve: say('buttons.resolve'), back: say('buttons.back'), reply: say('buttons.reply') },
    post: {
      thread: say('post.thread'),
      dm: say('post.dm'),
      hint: say('post.hint'),
      cut: (n) => say('post.cut', { n }),
      replyLabel: say('post.replyLabel'),
      replyTitle: (n) => say('post.replyTitle', { n }),
    },
    where: {
      privateThread: (thread) => say('where.privateThread', { thread }),
      botDm: say('where.botDm'),
      privately: (channel) => say('where.privately', { channel }),
      elsewhere: (place) => say('where.elsewhere', { place }),
    },
    lines: { requester: say('lines.requester'), agent: (name) => say('lines.agent', { name }) },
    report: { statusLog: say('report.statusLog'), transcript: say('report.transcript'), who: (who) => say(`report.who.${who}`) },
  };
}

const built = new Map<Language, DeskWords>();

/** The desk's words in a language (built once per language). */
export function deskWordsIn(language: Language): DeskWords {
  let words = built.get(language);
  if (!words) built.set(language, (words = build(language)));
  return words;
}
