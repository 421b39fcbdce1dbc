// What the adapter contract suite needs of a platform: a small driver that starts the adapter on the suite's engine,
// acts as people there (start, type, press, answer a form) and reports what they see and what the desk got.
import pino from 'pino';
import type { Address } from '../../../src/address.ts';
import { Conversations } from '../../../src/conversation/conversation.ts';
import type { CompiledFlows } from '../../../src/flow/compile.ts';
import { Cases } from '../../../src/handoff/cases.ts';
import { Outbox } from '../../../src/handoff/outbox.ts';
import type { Logger } from '../../../src/log.ts';
import type { PlatformSpec } from '../../../src/platforms/platform.ts';
import { MemoryStore } from '../../../src/store/memory.ts';
import type { Store } from '../../../src/store/types.ts';
import { shippedFlows, troubled, type Trouble } from '../../support.ts';

/** One message as a person sees it in their conversation's place. */
export interface Seen {
  /** Its text as the platform shows it (its own markup). */
  text: string;
  /** The labels of its buttons, or of its select menu's options. */
  buttons: string[];
  /** Its choices are one select menu. */
  select: boolean;
  /** It has a control that opens a form (an Answer button); where answers are typed, never. */
  form: boolean;
  /** Shown to this person alone in a place others see. */
  private: boolean;
  /** The platform's own handle on the message as it was then, to use its controls later (a stale click). */
  ref: unknown;
}

/** What the platform said when a person acted, as far as the platform tells. */
export interface Acted {
  /** How long the platform waited for its acknowledgement (its deadline is 3 s on Slack and Discord). */
  ackMs?: number;
}

export interface ContractUser {
  /** Their id on the platform, as a mention names them. */
  readonly id: string;
  /** Opens the conversation the way the platform does (a command, a page). */
  start(): Promise<Acted>;
  /** Says something in words where the conversation is. */
  type(text: string): Promise<Acted>;
  /** Presses the button (or picks the option) labelled so: on `from` when given, else on the newest message showing it. */
  press(label: string, from?: Seen): Promise<Acted>;
  /** Answers the newest question: its form where the platform has forms, else typed. */
  answer(text: string): Promise<Acted>;
  /** Presses the same control twice at once, as a double click does. */
  doublePress(label: string): Promise<void>;
  /** What they see in their conversation's place, oldest first. */
  seen(): Promise<Seen[]>;
  /** Where their conversation is (known once started). */
  where(): Address;
}

/** The support desk on this platform, as agents use it. */
export interface ContractDesk {
  /** The case posts on the desk, by case number. */
  posts(): Promise<{ case: number; text: string }[]>;
  /** Agents press Back to bot on a case's post. */
  backToBot(caseNumber: number): Promise<void>;
  /** The desk's API fails (the first post answers an error after being made) until `end()`. */
  outage(): { end(): void };
}

/**
 * What people cannot do on a platform (all can by default): use a control of an older copy of a message, theirs or
 * someone else's (the terminal shows only the newest choices); press twice at once; be written to after their turn.
 */
export interface Cannot {
  pressOld?: true;
  pressTwice?: true;
  beReachedLater?: true;
}

export interface ContractPlatform {
  readonly spec: PlatformSpec;
  readonly cannot?: Cannot;
  /** Starts the adapter on the harness's engine; with `desk`, the support desk runs on this platform too. */
  start(h: Harness, o: { desk: boolean }): Promise<void>;
  stop(): Promise<void>;
  user(name: string): ContractUser;
  /** A person of this platform who is not in the conversation, to be mentioned: their id. */
  readonly bystander: string;
  /** Its API answers the next calls with this failure: 500, or 429 with a short Retry-After. */
  failNext?(status: 500 | 429, times: number): void;
  /** How many calls the platform refused so far. */
  refusedCalls?(): number;
  /** Everything sent so far that would notify the bystander or everyone (a mention taken as one). */
  pings?(): string[];
  /** Present when the platform can host the desk and was started with it. */
  desk?: ContractDesk;
}

/** The engine the driven adapter runs on: a store that can stall or fail, the cases and their outbox. */
export interface Harness {
  store: Store & { trouble: Trouble; inner: Store };
  flows: CompiledFlows;
  conversations: Conversations;
  cases: Cases;
  outbox: Outbox;
  log: Logger;
  /** The clock of the engine, cases and outbox: real time plus what a test skips ahead. */
  now(): number;
  /** Skips the clock ahead (to the outbox's next retry). */
  advance(ms: number): void;
  /** Delivers whatever the outbox holds now (desk posts, messages to users). */
  drain(): Promise<number>;
  close(): Promise<void>;
}

export function harness(o: { flows?: CompiledFlows } = {}): Harness {
  const store = troubled(new MemoryStore());
  const flows = o.flows ?? shippedFlows();
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  let offset = 0;
  const now = () => Date.now() + offset;
  const conversations = new Conversations(flows, store, { now, handoff: { reminderMs: 4 * 3_600_000 } });
  const cases = new Cases({ store, conversations, log, now });
  const outbox = new Outbox({ store, handlers: cases.handlers(), log, now });
  return {
    store,
    flows,
    conversations,
    cases,
    outbox,
    log,
    now,
    advance: (ms) => void (offset += ms),
    drain: () => outbox.drain(),
    close: () => store.close(),
  };
}
