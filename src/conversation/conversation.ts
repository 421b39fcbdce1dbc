// The conversation engine: handle(address, input) → replies. It loads the conversation, steps the flow
// machine by one event (a pure transition), renders in the conversation's language, and saves with
// compare-and-set. It knows no platform SDK.
import { setTimeout as sleep } from 'node:timers/promises';
import { parseStepKey, type StepKey } from '../flow/step-key.ts';
import { MAX_PATH, stepKeyOf, type CompiledFlows, type FlowContext, type FlowEvent, type FlowSnapshot } from '../flow/compile.ts';
import { MOVED_FROM, OUT_OF_SCOPE, SYSTEM_FLOW, TOPIC } from '../flow/system.ts';
import { caseOpenedItems, followUp, KIND } from '../handoff/items.ts';
import { isRatingStep, recordRating } from '../handoff/rating.ts';
import { attachmentLine, relayToCase } from '../handoff/relay.ts';
import { durationMs } from '../duration.ts';
import { resolveTarget } from '../flow/check.ts';
import { flowStepper, type FlowStepper } from '../flow/transition.ts';
import type { Flow } from '../flow/load.ts';
import type { Remind } from '../flow/schema.ts';
import type { ConversationRecord, ConversationStatus, NewCase, Store, TranscriptLine } from '../store/types.ts';
import { decodeAction, type Action } from './action.ts';
import { conversationIdOf, type Address } from '../address.ts';
import { cleanInput } from './clean-text.ts';
import { commandOf } from '../understanding/commands.ts';
import { Understanding } from '../understanding/interpret.ts';
import { MAX_SAID, saidKey } from '../flow/evidence.ts';
import { MAX_TEXT, type Input } from './input.ts';
import { messages, messagesIn, type Messages } from './messages.ts';
import { platforms } from '../platforms/registry.ts';
import { chooseLanguage, DEFAULT_LANGUAGE, type LanguageClues, type SpokenLanguage } from '../i18n/choose.ts';
import { isUnreadable } from '../i18n/detect.ts';
import type { Language } from '../i18n/languages.ts';
import { languageRequest, type LanguageRequest } from '../i18n/switch.ts';
import { labelIn } from '../flow/wording.ts';
import { TurnQueue } from './queue.ts';
import { showingOf, type Form, type Refusal, type Showing } from './showing.ts';
import { offeredChoices, renderCurrent, renderTurn, withCaseOpened, type RenderState } from './render.ts';
import type { Reply } from './reply.ts';

export interface ConversationView {
  id: string;
  rev: number;
  flow: string;
  step: string;
  status: ConversationStatus;
  owner: Address;
  caseNumber?: number;
  /** The language the conversation speaks. */
  language: Language;
}

export type { Refusal } from './showing.ts';

export interface TurnResult {
  replies: Reply[];
  conversation?: ConversationView;
  refused?: Refusal;
  /** How to show the replies: to whom, and what the controls used give way to. */
  show: Showing;
}

/** A result before the engine says how it is shown (most follow from `refused`). */
type Outcome = Omit<TurnResult, 'show'> & { show?: Showing };

/**
 * The answer when the engine failed (the store is down): the user alone is asked to try again, in the language of
 * the platform's locale (the store cannot say which the conversation speaks); nothing changed.
 */
export function failedTurn(locale?: string): TurnResult {
  const m = locale === undefined ? messages : messagesIn(chooseLanguage(DEFAULT_LANGUAGE, { locale }).language);
  return { replies: [notice(m.failed)], refused: 'failed', show: showingOf('failed') };
}

/** The result with how it is shown, from its refusal when the engine said nothing more. */
function shown(o: Outcome): TurnResult {
  return { ...o, show: o.show ?? showingOf(o.refused) };
}

export interface ConversationsOptions {
  now?: () => number;
  /** With a support desk: opening a case also queues its desk post and a reminder after this long. */
  handoff?: { reminderMs: number };
  /** Told about every saved turn (metrics); must not throw. */
  observer?: TurnObserver;
}

/** What a saved turn did, for counting: the steps it passed through, from where, and how it ended. */
export interface TurnEvent {
  platform: Address['platform'];
  /** `flow.step` before the turn (undefined for a new conversation). */
  from?: StepKey;
  /** Every step entered by the turn, in order. */
  entered: StepKey[];
  status: ConversationStatus;
  unsure: boolean;
  caseOpened: boolean;
}

export interface TurnObserver {
  turn(event: TurnEvent): void;
}

/** Support-team moves retried when another process saved the same conversation in between. */
const MAX_ATTEMPTS = 3;
/** A user's turn is retried more: several processes may take turns of one conversation at once. */
const MAX_TURN_ATTEMPTS = 10;

/** Up to 5 ms, 10 ms … 160 ms, chosen at random (full jitter). */
function conflictPause(attempt: number): number {
  return Math.random() * Math.min(160, 5 * 2 ** (attempt - 1));
}
/** Bot lines in the transcript are cut here: the case has the path for the full story. */
const MAX_TRANSCRIPT_BOT_TEXT = 300;

const CONFLICT = Symbol('conflict');

interface Loaded {
  record?: ConversationRecord;
  snapshot: FlowSnapshot;
  /** True when the saved step no longer exists and the snapshot sits on the built-in notice instead. */
  moved?: boolean;
}

/** The language a stored conversation speaks, and what chose it. */
function spokenOf(record: ConversationRecord | undefined): SpokenLanguage {
  return record?.language ? { language: record.language, ...(record.languageBy ? { by: record.languageBy } : {}) } : DEFAULT_LANGUAGE;
}

/** The language of an input that reaches no conversation of the user's: the platform's locale, else English. */
function localeSpoken(input: Input): SpokenLanguage {
  return chooseLanguage(DEFAULT_LANGUAGE, { locale: input.locale });
}

export class Conversations {
  readonly understanding: Understanding;
  private now: () => number;
  private stepper: FlowStepper;
  private queue = new TurnQueue();

  constructor(
    readonly flows: CompiledFlows,
    private store: Store,
    private options: ConversationsOptions = {},
  ) {
    this.understanding = Understanding.of(flows);
    this.now = options.now ?? Date.now;
    this.stepper = flowStepper(flows.machine);
  }

  async handle(address: Address, given: Input): Promise<TurnResult> {
    const input = cleanInput(given);
    const invalid = this.refusalOf(input);
    if (invalid) {
      // Said in the conversation's language; a refused input is rare, so the extra read costs nothing that matters.
      const record = await this.store.loadConversation(conversationIdOf(address));
      const { language } = chooseLanguage(spokenOf(record), { locale: input.locale });
      return shown({ replies: [notice(invalid.say(messagesIn(language)))], refused: invalid.refused });
    }
    const here = conversationIdOf(address);
    return this.queue.run(here, async () => {
      for (let attempt = 1; attempt <= MAX_TURN_ATTEMPTS; attempt++) {
        const result = await this.attempt(address, input, here);
        if (result !== CONFLICT) return shown(result);
        // Another process saved this conversation in between: pause a random while, so the two stop colliding.
        await sleep(conflictPause(attempt));
      }
      throw new Error(`conversation ${here} kept changing during the turn`);
    });
  }

  /** The conversation at an address and its current step's replies, changing nothing; undefined if none. */
  async peek(address: Address): Promise<TurnResult | undefined> {
    const record = await this.store.loadConversation(conversationIdOf(address));
    if (!record) return undefined;
    if (!this.flows.steps.has(record.step as StepKey)) return shown({ replies: [], conversation: this.view(record) });
    return shown(this.unchanged(record));
  }

  /**
   * What using a control opens, decided without the store (a form must be a platform's first answer, within its
   * deadline): a form for an answer or reply control, undefined for a press. Whose it is, and whether it is still
   * asked, is judged when the form comes back: the first moment the store is read. `hint` is what the control
   * showed, to find its question: the label, and the text of its message.
   */
  form(action: string, hint: { label?: string; text?: string } = {}): Form | undefined {
    const token = decodeAction(action);
    if (!token) return undefined;
    if (token.choice === 'reply') return { purpose: 'reply', action };
    if (token.choice !== 'answer') return undefined;
    const asks = [...this.flows.steps.values()].filter((s) => s.step.ask && (hint.label === undefined || s.step.ask.label === hint.label));
    const best = asks.find((s) => s.step.say && hint.text?.includes(s.step.say.trim())) ?? asks[0];
    const ask = best?.step.ask;
    return { purpose: 'answer', action, ...(ask ? { label: ask.label, ...(ask.placeholder ? { placeholder: ask.placeholder } : {}) } : hint.label ? { label: hint.label } : {}) };
  }

  /**
   * The refusal of an input no turn could take, read without the store: a control that is not ours, empty or too
   * long text. A platform may show it where the input was made (under a form's field) instead of sending it; it is
   * said in the language of the platform's locale, as the store is not read.
   */
  check(given: Input): TurnResult | undefined {
    const input = cleanInput(given);
    const invalid = this.refusalOf(input);
    return invalid && shown({ replies: [notice(invalid.say(messagesIn(localeSpoken(input).language)))], refused: invalid.refused });
  }

  /** The language a stored conversation speaks (English when it is gone): for words sent to it from outside a turn. */
  async languageOf(conversationId: string): Promise<Language> {
    return spokenOf(await this.store.loadConversation(conversationId)).language;
  }

  /**
   * The language to speak to someone at `address` outside a turn (a thread opened for them, a command the bot
   * does not have): the one a turn there would speak, from their conversation's and the clues (locale, words).
   */
  async languageAt(address: Address, clues: LanguageClues = {}): Promise<Language> {
    const record = await this.store.loadConversation(conversationIdOf(address));
    return chooseLanguage(spokenOf(record), clues).language;
  }

  private refusalOf(input: Input): { refused: Refusal; say: (m: Messages) => string } | undefined {
    // A control that is not ours is said so first, whatever text came with it.
    if ((input.type === 'press' || input.type === 'answer') && !decodeAction(input.action)) return { refused: 'malformed', say: (m) => m.unknownButton };
    if (input.type === 'press' || (input.type === 'start' && input.text === undefined)) return undefined;
    if (input.type === 'start' && input.flow !== undefined && !input.text) return undefined;
    // Files alone may be for an open case; the turn decides.
    if (input.type === 'text' && input.files?.length && !input.text.trim()) return undefined;
    const text = input.text?.trim() ?? '';
    if (text.length === 0) return { refused: 'empty', say: (m) => m.empty };
    if (text.length > MAX_TEXT) return { refused: 'too-long', say: (m) => m.tooLong(MAX_TEXT) };
    return undefined;
  }

  /** One try at a turn; `here` is the id of the conversation at `address`. */
  private async attempt(address: Address, input: Input, here: string): Promise<Outcome | typeof CONFLICT> {
    let action: Action | undefined;
    if (input.type === 'press' || input.type === 'answer') {
      action = decodeAction(input.action);
      if (!action) return { replies: [notice(messagesIn(localeSpoken(input).language).unknownButton)], refused: 'malformed' };
    }
    const id = action?.conversation ?? here;
    const record = await this.store.loadConversation(id);

    if (action) {
      if (!record) return { replies: [notice(messagesIn(localeSpoken(input).language).gone)], refused: 'gone' };
      if (record.address.platform !== address.platform || record.address.user !== address.user) {
        // Told to the one who pressed, in their language: the conversation's is its owner's.
        const m = messagesIn(localeSpoken(input).language);
        return { replies: [notice(m.foreign(ownerName(record.address)))], refused: 'foreign', conversation: this.view(record) };
      }
      if (input.type === 'press' && record.applied?.includes(input.action)) {
        return { replies: [], refused: 'duplicate', conversation: this.view(record) };
      }
    }
    const delivery = input.type === 'text' && input.key ? `key:${input.key}` : undefined;
    if (delivery && record?.applied?.includes(delivery)) return { replies: [], refused: 'duplicate', conversation: this.view(record) };
    // Where others talk too, only the person whose conversation it is gets an answer.
    if (input.type === 'text' && input.shared && !record) return { replies: [], refused: 'not-here' };

    const loaded = this.load(record);
    // A new conversation's greeting is entered by this turn, so it is rendered as new.
    let before = record?.seq ?? 0;
    const step = stepKeyOf(loaded.snapshot);
    const info = this.flows.steps.get(step)!;
    const ended = info.step.end !== undefined || info.step.handoff !== undefined;
    const typed = input.type === 'press' ? undefined : input.text?.trim() || undefined;

    // Naming a language switches to it at any point, even while a case is open; the place is kept.
    const request = typed && (input.type === 'text' || input.type === 'start') ? languageRequest(typed) : undefined;
    if (request) return this.languageTurn({ address, record, loaded, request, input, userLine: typed!, press: delivery });
    // A question's answer may quote words in another language (an error message): it does not change the language.
    const answering = input.type === 'answer' || (record !== undefined && !ended && info.step.ask !== undefined);
    const spoken = chooseLanguage(spokenOf(record), { locale: input.locale, text: answering ? undefined : typed });
    const m = messagesIn(spoken.language);

    // An open case is reached whatever became of the flow step it was opened from.
    const relay = record && (await this.relayTarget(record, input, spoken));
    if (relay) return relay;
    if (loaded.moved) {
      return this.commit({ address, record, snapshot: loaded.snapshot, before, lead: [], userLine: describe(input), press: delivery, spoken });
    }
    // A reply to a case that is over is not a stale click: say the case is closed, not "earlier step".
    // The agent's words it answered stay where they are: said to the user alone.
    if (action?.choice === 'reply') return { ...this.unchanged(record!, m.notAsking, 'not-asking', spoken.language), show: { to: 'actor' } };
    // Files are for a case; anywhere else only the words count, and files alone are no turn.
    if (input.type === 'text' && !input.text.trim()) return { replies: [], refused: 'empty', show: { to: 'nobody' } };
    if (action && action.rev !== record!.rev) return this.unchanged(record!, m.stale, 'stale', spoken.language);
    /** Stays where the conversation is, with a lead; saved only when the turn changed its language. */
    const stay = (...lead: string[]) => this.stay({ address, record: record!, loaded, lead, userLine: describe(input), press: delivery, spoken });

    let event: FlowEvent | 'back' | undefined;
    let lead: Reply[] = [];
    let userLine: string;
    let unsure = false;
    let skipGreeting = false;
    /** Stay on the step and show it again (text that fitted nothing there). */
    let repeat = false;
    /** Facts the user's text stated, kept with their words. */
    let learned: Record<string, string> = {};
    /** What a press or an answer chose, and the text of the message that asked: the used controls give way to it. */
    let chosen: string | undefined;
    let asked: string | undefined;

    switch (input.type) {
      case 'press': {
        const choice = action!.choice;
        if (choice === 'restart') event = { type: 'restart' };
        else if (choice === 'human') event = { type: `route.${SYSTEM_FLOW}` };
        else if (choice === 'answer') return { replies: [notice(m.unknownButton)], refused: 'malformed' };
        else if (!offeredChoices(this.flows, step, loaded.snapshot.context.facts).some((c) => c.index === choice)) {
          return this.unchanged(record!, m.stale, 'stale', spoken.language);
        } else event = { type: `pick.${choice}` };
        chosen = buttonLabel(this.flows, step, choice, spoken.language);
        userLine = `[pressed] ${chosen}`;
        break;
      }
      case 'answer': {
        if (!info.step.ask || action!.choice !== 'answer') return this.unchanged(record!, m.notAsking, 'not-asking', spoken.language);
        event = { type: 'answer', text: input.text.trim() };
        userLine = chosen = input.text.trim();
        // The message that asked, for a platform that redraws it with the answer.
        asked = this.unchanged(record!).replies.at(-1)?.text;
        break;
      }
      case 'start':
      case 'text': {
        const text = input.text?.trim();
        userLine = text ?? '[started]';
        const topic = input.type === 'start' ? input.flow : undefined;
        if (topic !== undefined && this.flows.flows.has(topic) && topic !== SYSTEM_FLOW) {
          event = { type: `route.${topic}` };
          userLine = `[started] ${topic}`;
          if (!record) skipGreeting = true;
          break;
        }
        if (text === undefined) {
          // A bare start shows where things are; while a case is open that is the case, not a restart.
          if (record && (!ended || record.status === 'handoff')) return stay();
          if (record) event = { type: 'restart' };
          break;
        }
        // Words in a script we cannot read get an honest note and the same place; an answer to a question is kept as written.
        if (!answering && isUnreadable(text)) {
          if (record) return stay(m.languageUnreadable);
          lead = [notice(m.languageUnreadable)];
          break;
        }
        const intent = this.understanding.interpret(text, { step: record ? step : undefined, facts: loaded.snapshot.context.facts, language: spoken.language });
        learned = intent.facts;
        switch (intent.kind) {
          case 'command': {
            const command = intent.command;
            if (command === 'forget') return this.forget(address, m);
            if (command === 'cancel') {
              const cancelled = record ? await this.store.cancelPending(KIND.followUp, record.id) : 0;
              const said = cancelled ? m.reminderCancelled : m.noReminder;
              return record ? stay(said) : { replies: [notice(said)] };
            }
            if (command === 'greet') {
              if (record) return stay();
            } else if (command === 'thanks') {
              if (record) return stay(m.welcome);
              lead = [notice(m.welcome)];
            } else if (command === 'help') {
              // Help also says which other languages there are, by their own names.
              if (record) return stay(m.help, m.languagesOffer);
              lead = [notice(m.help), notice(m.languagesOffer)];
            } else if (command === 'restart') event = { type: 'restart' };
            else if (command === 'back') event = 'back';
            else if (command === 'human') event = { type: `route.${SYSTEM_FLOW}` };
            break;
          }
          case 'answer':
            event = { type: 'answer', text };
            break;
          case 'choice':
            event = { type: `pick.${intent.index}` };
            break;
          case 'route':
            event = intent.step ? { type: `go.${intent.flow}.${intent.step}` } : { type: `route.${intent.flow}` };
            // A first message that names its problem goes straight to it, without the menu's greeting.
            if (!record) skipGreeting = true;
            break;
          case 'out-of-scope':
            lead = [notice(m.outOfScope(m.topics[intent.topic]))];
            learned = { ...learned, [TOPIC]: intent.topic };
            event = { type: `go.${OUT_OF_SCOPE}` };
            if (!record) skipGreeting = true;
            break;
          case 'unsure': {
            unsure = true;
            // A first message nobody could place just gets the greeting and menu; after an end, the menu.
            if (!record) break;
            if (!ended && (info.step.choices || info.step.ask)) {
              // Mid-flow, the user keeps their place: one line, and the same step's buttons again.
              const count = offeredChoices(this.flows, step, loaded.snapshot.context.facts).length;
              const n = Number(text.replace(/\D/g, ''));
              lead = [notice(intent.why === 'out-of-range' ? m.outOfRange(n, count) : m.notUnderstood)];
              repeat = true;
            } else {
              lead = [notice(m.unsure)];
              event = { type: 'route.menu' };
            }
            break;
          }
        }
        break;
      }
    }

    let snapshot = this.withFacts(loaded.snapshot, learned, input.type === 'press' ? undefined : input.text);
    const remind = event && event !== 'back' && event.type.startsWith('pick.') ? info.step.choices?.[Number(event.type.slice(5))]?.remind : undefined;
    if (event === 'back') {
      // From a handoff, "back to the bot" returns to the last question with buttons, not to the form before it.
      const back = this.back(snapshot, info.step.handoff !== undefined);
      if (!back && record) return stay(m.noBack);
      // A first message saying "back" has nowhere to go back to: the greeting, after the note.
      if (!back) lead = [notice(m.noBack)];
      else snapshot = back;
    } else if (event) {
      snapshot = this.run(snapshot, event);
    }
    if (skipGreeting) {
      // The greeting was never shown, so it is neither rendered nor part of the path a case reports.
      before = loaded.snapshot.context.seq;
      snapshot = this.stepper.withContext(snapshot, { ...snapshot.context, path: snapshot.context.path.slice(1) });
    }
    const followUps = remind ? [this.followUpFrom(info.flow, remind)] : [];
    const result = await this.commit({ address, record, snapshot, before, lead, userLine, press: input.type === 'press' ? input.action : delivery, followUps, unsure, repeat, spoken });
    if (result === CONFLICT || chosen === undefined) return result;
    return { ...result, show: { to: 'conversation', chosen, replacesUsed: true, ...(asked !== undefined ? { asked } : {}) } };
  }

  /**
   * A language named: switch to it (said in it, the same place shown in it), or say we don't speak it yet
   * and carry on where we were. A first message gets the greeting after the note.
   */
  private languageTurn(t: {
    address: Address;
    record?: ConversationRecord;
    loaded: Loaded;
    request: LanguageRequest;
    input: Input;
    userLine: string;
    press?: string;
  }): Promise<Outcome | typeof CONFLICT> | Outcome {
    const { address, record, loaded, request } = t;
    const spoken: SpokenLanguage =
      request.kind === 'switch' ? { language: request.language, by: 'switch' } : chooseLanguage(spokenOf(record), { locale: t.input.locale });
    const m = messagesIn(spoken.language);
    const lead = request.kind === 'switch' ? m.languageChanged : m.languageUnknown(request.name);
    if (!record || loaded.moved) {
      return this.commit({ address, record, snapshot: loaded.snapshot, before: record?.seq ?? 0, lead: [notice(lead)], userLine: t.userLine, press: t.press, spoken });
    }
    return this.stay({ address, record, loaded, lead: [lead], userLine: t.userLine, press: t.press, spoken });
  }

  /**
   * The conversation where it is, after `lead`. Saved (a new revision, so the buttons shown before go stale)
   * only when the turn changed its language: help or a greeting keeps the buttons on screen valid.
   */
  private stay(t: {
    address: Address;
    record: ConversationRecord;
    loaded: Loaded;
    lead: string[];
    userLine: string;
    press?: string;
    spoken: SpokenLanguage;
  }): Promise<Outcome | typeof CONFLICT> | Outcome {
    const { record, spoken } = t;
    if (spokenOf(record).language === spoken.language) return this.unchanged(record, t.lead, undefined, spoken.language);
    return this.commit({
      address: t.address,
      record,
      snapshot: t.loaded.snapshot,
      before: record.seq,
      lead: t.lead.map(notice),
      userLine: t.userLine,
      press: t.press,
      repeat: true,
      spoken,
    });
  }

  /** The snapshot with facts the user stated added, each with the words it came from (for the case). */
  private withFacts(snapshot: FlowSnapshot, learned: Record<string, string>, text: string | undefined): FlowSnapshot {
    const entries = Object.entries(learned);
    if (entries.length === 0) return snapshot;
    const said = text?.trim().slice(0, MAX_SAID) ?? '';
    const facts = { ...snapshot.context.facts };
    for (const [fact, value] of entries) {
      // A fact said again keeps the words it was first said in.
      if (facts[fact] === value && facts[saidKey(fact)] !== undefined) continue;
      facts[fact] = value;
      if (said) facts[saidKey(fact)] = said;
    }
    return this.stepper.withContext(snapshot, { ...snapshot.context, facts });
  }

  /**
   * While a case is open, what the user types goes to the support team instead of the flow; only
   * "back", "start over" and the like leave. Returns undefined when the input is not for the case.
   */
  private async relayTarget(record: ConversationRecord, input: Input, spoken: SpokenLanguage): Promise<Outcome | typeof CONFLICT | undefined> {
    if (record.status !== 'handoff' || record.caseNumber === undefined) return undefined;
    const words = input.type === 'press' ? undefined : input.text?.trim();
    // Files reach the case as links under the words.
    const files = input.type === 'text' ? (input.files ?? []).map(attachmentLine) : [];
    const text = [words, ...files].filter(Boolean).join('\n');
    if (!text) return undefined;
    // A form's answer goes to the case only from a reply form; a question's form sent twice is stale.
    if (input.type === 'answer' && decodeAction(input.action)?.choice !== 'reply') return undefined;
    const command = input.type === 'answer' || !words ? undefined : commandOf(words);
    if (command === 'restart' || command === 'back' || command === 'forget' || command === 'cancel') return undefined;
    const now = this.now();
    const next: ConversationRecord = {
      ...record,
      language: spoken.language,
      languageBy: spoken.by,
      rev: record.rev + 1,
      applied: remember(record.applied, input.type === 'text' && input.key ? `key:${input.key}` : undefined),
      updatedAt: now,
    };
    const m = messagesIn(spoken.language);
    const relayed = await relayToCase(this.store, record, { next, text, command: command !== undefined, desk: Boolean(this.options.handoff), now, m });
    if (relayed === 'conflict') return CONFLICT;
    if (!relayed) return undefined;
    // Words sent from a reply form are shown as sent; the agent's message it answered stays as it was.
    const show: Showing = input.type === 'answer' ? { to: 'conversation', chosen: text } : { to: 'conversation' };
    return { replies: [notice(relayed.said)], conversation: this.view(relayed.record), show };
  }

  /**
   * Moves a conversation on behalf of the support team: back to where the user left the flow, or to a
   * built-in step (the rating after a resolved case). Returns what to send the user; undefined if gone.
   */
  async moveTo(conversationId: string, to: 'left-off' | StepKey, lead?: (m: Messages) => string): Promise<TurnResult | undefined> {
    const moved = await this.move(conversationId, to, lead);
    return moved && shown(moved);
  }

  private async move(conversationId: string, to: 'left-off' | StepKey, lead?: (m: Messages) => string): Promise<Outcome | undefined> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const record = await this.store.loadConversation(conversationId);
      if (!record) return undefined;
      const loaded = this.load(record);
      let snapshot: FlowSnapshot | undefined;
      if (to === 'left-off') snapshot = this.back(loaded.snapshot, true);
      else {
        const ctx = loaded.snapshot.context;
        snapshot = this.stepper.at(to, { ...ctx, path: [...ctx.path, { step: to }].slice(-MAX_PATH), seq: ctx.seq + 1 });
      }
      const spoken = spokenOf(record);
      const said = lead?.(messagesIn(spoken.language));
      if (!snapshot) return this.unchanged(record, said, undefined, spoken.language);
      const result = await this.commit({
        address: record.address,
        record,
        snapshot,
        before: record.seq,
        lead: said ? [notice(said)] : [],
        userLine: '[support team]',
        spoken,
      });
      if (result !== CONFLICT) return result;
    }
    throw new Error(`conversation ${conversationId} kept changing while the support team moved it`);
  }

  /** Restores the machine's snapshot from the record, or the start of a new conversation. */
  private load(record: ConversationRecord | undefined): Loaded {
    if (!record) return { snapshot: this.stepper.initial };
    const context: FlowContext = { facts: record.facts, path: record.path, seq: record.seq };
    if (this.flows.steps.has(record.step as StepKey)) return { record, snapshot: this.stepper.at(record.step as StepKey, context) };
    // A flow edit removed the step: move to the built-in notice, which offers to restart that flow or get a person.
    const to: StepKey = `${SYSTEM_FLOW}.moved`;
    const snapshot = this.stepper.at(to, {
      facts: { ...context.facts, [MOVED_FROM]: parseStepKey(record.step as StepKey).flow },
      path: [...context.path, { step: to }].slice(-MAX_PATH),
      seq: context.seq + 1,
    });
    return { record, snapshot, moved: true };
  }

  /** The snapshot after one event. */
  private run(snapshot: FlowSnapshot, event: FlowEvent): FlowSnapshot {
    return this.stepper.next(snapshot, event);
  }

  /** The snapshot at the previous step that asked the user something, or undefined at the first. */
  private back(snapshot: FlowSnapshot, choicesOnly = false): FlowSnapshot | undefined {
    const { path, seq, facts } = snapshot.context;
    for (let i = path.length - 2; i >= 0; i--) {
      const entry = path[i]!;
      const step = this.flows.steps.get(entry.step)?.step;
      if (!step || !(step.choices || (step.ask && !choicesOnly))) continue;
      return this.stepper.at(entry.step, { facts, path: [...path.slice(0, i), { step: entry.step }], seq: seq + 1 });
    }
    return undefined;
  }

  private async commit(t: {
    address: Address;
    record?: ConversationRecord;
    snapshot: FlowSnapshot;
    before: number;
    lead: Reply[];
    userLine: string;
    /** What produced this revision (a button token or a delivery key), to recognise it if it comes again. */
    press?: string;
    /** Follow-ups the turn promised, as `after` ms and the step to come back to. */
    followUps?: { afterMs: number; to: StepKey }[];
    /** The router did not understand the text (the funnel report lists these to improve `match`). */
    unsure?: boolean;
    /** Nothing was entered: show the current step again after the lead. */
    repeat?: boolean;
    /** The language the conversation speaks from this turn on. */
    spoken: SpokenLanguage;
  }): Promise<Outcome | typeof CONFLICT> {
    const now = this.now();
    const key = stepKeyOf(t.snapshot);
    const info = this.flows.steps.get(key)!;
    const { context } = t.snapshot;
    const enteredHandoff = info.step.handoff !== undefined && context.seq > t.before;
    const status: ConversationStatus = info.step.handoff ? 'handoff' : info.step.end ? 'resolved' : 'active';
    const id = t.record?.id ?? conversationIdOf(t.address);
    const rev = (t.record?.rev ?? 0) + 1;
    const record: ConversationRecord = {
      id,
      address: t.record?.address ?? t.address,
      rev,
      status,
      step: key,
      flowVersion: info.flow.version,
      facts: context.facts,
      path: context.path,
      seq: context.seq,
      applied: remember(t.record?.applied, t.press),
      caseNumber: enteredHandoff ? undefined : t.record?.caseNumber,
      language: t.spoken.language,
      ...(t.spoken.by ? { languageBy: t.spoken.by } : {}),
      updatedAt: now,
    };
    const openCase: NewCase | undefined = enteredHandoff
      ? {
          conversationId: id,
          requester: record.address,
          reason: info.step.handoff!.reason,
          flow: info.flow.id,
          step: key,
          flowVersion: info.flow.version,
          path: context.path,
          facts: context.facts,
          openedAt: now,
        }
      : undefined;
    // Render before saving so the transcript holds what the user is shown; the case number is added after.
    const language = t.spoken.language;
    // Shown again in place (a new language, a note), an open case's step still says its number.
    const state: RenderState = { conversation: id, rev, step: key, context, language, ...(t.repeat ? { caseNumber: record.caseNumber } : {}) };
    const draft = t.repeat ? renderCurrent(this.flows, state) : renderTurn(this.flows, state, t.before);
    const transcript = transcriptOf(now, t.userLine, draft);
    const outbox = [
      ...(openCase && this.options.handoff ? caseOpenedItems(now, this.options.handoff.reminderMs) : []),
      ...(t.followUps ?? []).map((f) => followUp({ conversation: id, to: f.to }, now + f.afterMs)),
    ];
    const mark = { at: now, step: key, ...(t.unsure ? { unsure: true } : {}) };
    const saved = await this.store.saveTurn({ record, expectedRev: t.record?.rev ?? 0, transcript, openCase, outbox, mark });
    if (!saved.ok) return CONFLICT;
    record.caseNumber = saved.caseNumber ?? record.caseNumber;
    if (isRatingStep(key) && record.caseNumber !== undefined && context.seq > t.before) await recordRating(this.store, record.caseNumber, record.facts);
    const replies = enteredHandoff && record.caseNumber !== undefined ? withCaseOpened(draft, record.caseNumber, language) : draft;
    this.options.observer?.turn({
      platform: record.address.platform,
      from: t.record?.step as StepKey | undefined,
      entered: context.path.slice(context.path.length - Math.min(context.seq - t.before, context.path.length)).map((p) => p.step),
      status,
      unsure: Boolean(t.unsure),
      caseOpened: Boolean(openCase),
    });
    return { replies: [...t.lead, ...replies], conversation: this.view(record) };
  }

  /** A choice's `remind`, resolved: how long, and which step to come back to. */
  private followUpFrom(flow: Flow, remind: Remind): { afterMs: number; to: StepKey } {
    const target = resolveTarget(flow, remind.goto, this.flows.flows);
    if ('error' in target) throw new Error(`${flow.file}: ${target.error}`); // flows check rejects these first
    return { afterMs: durationMs(remind.after), to: target.key };
  }

  /** "Forget me": erases the person's conversations and words on this platform, everywhere they talked. */
  private async forget(address: Address, m: Messages): Promise<Outcome> {
    await this.store.forgetUser(address.platform, address.user);
    return { replies: [notice(m.forgotten)] };
  }

  /** The conversation's current step again, after `lead`, changing nothing; in `language` (default: its own). */
  private unchanged(record: ConversationRecord, lead?: string | string[], refused?: Refusal, language = spokenOf(record).language): Outcome {
    const loaded = this.load(record);
    const state: RenderState = {
      conversation: record.id,
      rev: record.rev,
      step: record.step as StepKey,
      context: loaded.snapshot.context,
      caseNumber: record.caseNumber,
      language,
    };
    const leads = lead === undefined ? [] : typeof lead === 'string' ? [lead] : lead;
    return { replies: [...leads.map(notice), ...renderCurrent(this.flows, state)], conversation: { ...this.view(record), language }, refused };
  }

  private view(record: ConversationRecord): ConversationView {
    return {
      id: record.id,
      rev: record.rev,
      ...parseStepKey(record.step as StepKey),
      status: record.status,
      owner: record.address,
      caseNumber: record.caseNumber,
      language: spokenOf(record).language,
    };
  }
}

/** How many applied presses a conversation remembers: enough for any redelivery Slack or Discord makes. */
const REMEMBERED_PRESSES = 8;

function remember(applied: string[] | undefined, press: string | undefined): string[] | undefined {
  if (!press) return applied;
  return [...(applied ?? []), press].slice(-REMEMBERED_PRESSES);
}

/** The turn's transcript lines: what the user did, then what they were shown (long texts cut). */
function transcriptOf(at: number, userLine: string, shown: Reply[]): TranscriptLine[] {
  const lines: TranscriptLine[] = [{ at, who: 'user', text: userLine }];
  for (const r of shown) lines.push({ at, who: 'bot', text: r.text.slice(0, MAX_TRANSCRIPT_BOT_TEXT) });
  return lines;
}

/** A transcript line for an input that was not applied as such (a turn that only showed a notice). */
function describe(input: Input): string {
  if (input.type === 'press') return '[pressed a button]';
  return input.text?.trim() ?? '[started]';
}

function notice(text: string): Reply {
  return { text, kind: 'notice' };
}

/** How to name the owner in a refusal: a mention where the platform has them (never pings: adapters disable them). */
function ownerName(a: Address): string {
  return platforms.get(a.platform).mention?.(a.user) ?? a.user;
}

/** The pressed button's label as the user saw it, for the transcript. */
function buttonLabel(flows: CompiledFlows, step: StepKey, choice: number | 'restart' | 'human', language: Language): string {
  if (choice === 'restart') return messagesIn(language).startOver;
  if (choice === 'human') return messagesIn(language).talkToPerson;
  return labelIn(flows, step, choice, language) ?? String(choice);
}
