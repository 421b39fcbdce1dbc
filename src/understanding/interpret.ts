// The one place that reads people's words. interpret(text, where the conversation is) → one Intent:
// a command, choice i of the current step, the answer to its question, a flow (and step) to go to, an
// out-of-scope topic, or unsure — each with the facts the text states. Pure: no store, no platform.
import { matchesWhen, type CompiledFlows } from '../flow/compile.ts';
import type { Language } from '../i18n/languages.ts';
import type { StepKey } from '../flow/check.ts';
import { asksForPerson, commandOf, exactCommandOf, isFrustrated, type Command } from './commands.ts';
import { choiceFromText, polarityOf, type OfferedChoice } from './choices.ts';
import { extractFacts, type Facts } from './facts.ts';
import { EN, type Lexicon } from './lexicon.ts';
import { Router } from './router.ts';
import { topicOf, type Topic } from './scope.ts';

/** What a message means, before the facts it states are attached. */
export type Meaning =
  | { kind: 'command'; command: Command }
  | { kind: 'choice'; index: number }
  | { kind: 'answer'; text: string }
  | { kind: 'route'; flow: string; step?: string }
  | { kind: 'out-of-scope'; topic: Topic }
  /** `out-of-range`: a number that no button has. */
  | { kind: 'unsure'; why?: 'out-of-range' };

export type Intent = Meaning & { facts: Facts };

/** Where the conversation is when the text arrives. */
export interface Situation {
  /** The step the user is on; undefined for a first message. */
  step?: StepKey;
  /** What is known so far (guards decide which choices are offered). */
  facts?: Record<string, string>;
  language?: Language;
}

/** A button that hands over to a person. */
const PERSON_LABEL = /\b(person|someone|human|support team|agent)\b/i;

/**
 * Facts that describe a problem rather than a person: when a message states one and the words alone
 * are not enough, the one flow that asks it is where the message belongs.
 */
const PROBLEM_FACTS = ['qr-symptom', 'linked-ago', 'other-shop-holder', 'other-shop-access'];

const built = new WeakMap<CompiledFlows, Understanding>();

export class Understanding {
  /** One per set of compiled flows: building the router's indexes reads every flow. */
  static of(flows: CompiledFlows): Understanding {
    let u = built.get(flows);
    if (!u) built.set(flows, (u = new Understanding(flows)));
    return u;
  }

  readonly router: Router;
  /** Problem fact → the only content flow with a step that `asks` it. */
  private flowOfFact = new Map<string, string>();

  constructor(
    private flows: CompiledFlows,
    private lex: Lexicon = EN,
  ) {
    this.router = new Router(flows.contentFlows, lex);
    const owners = new Map<string, Set<string>>();
    for (const flow of flows.contentFlows) {
      for (const step of Object.values(flow.steps)) {
        const f = step.asks;
        if (f && PROBLEM_FACTS.includes(f)) owners.set(f, (owners.get(f) ?? new Set()).add(flow.id));
      }
    }
    for (const [fact, set] of owners) if (set.size === 1) this.flowOfFact.set(fact, [...set][0]!);
  }

  /** The flow a message belongs to by what it says: its words, else a quoted error, else a problem fact it states. */
  private routeOf(text: string, facts: Facts): { flow: string; step?: string } | undefined {
    const route = this.router.route(text) ?? (facts['error-text'] ? this.router.route(facts['error-text']) : undefined);
    if (route) return route;
    const flows = new Set(Object.keys(facts).flatMap((f) => (this.flowOfFact.has(f) ? [this.flowOfFact.get(f)!] : [])));
    return flows.size === 1 ? { flow: [...flows][0]! } : undefined;
  }

  /** The offered choice that leads into a flow (a menu's "I linked, but the bag icon is missing" → missing-icon). */
  private choiceInto(step: StepKey, offered: OfferedChoice[], flow: string): number | undefined {
    const info = this.flows.steps.get(step)!;
    const into = offered.filter((o) => {
      const goto = info.step.choices![o.index]!.goto;
      return goto === flow || goto.startsWith(`${flow}.`);
    });
    return into.length === 1 ? into[0]!.index : undefined;
  }

  /** The choices a step offers given the facts, as understanding needs them. */
  offered(step: StepKey, facts: Record<string, string>): OfferedChoice[] {
    const choices = this.flows.steps.get(step)?.step.choices ?? [];
    return choices
      .map((c, index) => ({ index, label: c.label, synonyms: c.synonyms, set: c.set, when: c.when }))
      .filter((c) => matchesWhen(facts, c.when))
      .map(({ when: _when, ...c }) => c);
  }

  interpret(text: string, at: Situation = {}): Intent {
    const info = at.step ? this.flows.steps.get(at.step) : undefined;
    const step = info?.step;
    // At an end (resolved or handed off) there is no question: text is read as a first message.
    const open = step && !step.end && !step.handoff ? step : undefined;
    const asking = open?.asks ?? open?.ask?.fact;
    const facts = extractFacts(text, { asking });
    const intent = (i: Meaning): Intent => ({ ...i, facts });

    const exact = exactCommandOf(text, this.lex);
    if (exact) return intent({ kind: 'command', command: exact });
    // A question's answer is whatever the user writes (an error message, a username, a description),
    // unless they ask for a person instead.
    if (open?.ask) {
      if (asksForPerson(text, this.lex)) return intent({ kind: 'command', command: 'human' });
      const command = commandOf(text, this.lex);
      return intent(command && command !== 'greet' && command !== 'thanks' ? { kind: 'command', command } : { kind: 'answer', text: text.trim() });
    }

    // The step's own buttons come first: "get me someone" at a step offering "Get me a person" is that button.
    const offered = open?.choices ? this.offered(at.step!, at.facts ?? {}) : [];
    let yesNo: number | undefined;
    if (offered.length) {
      const match = choiceFromText(text, offered, { facts, known: (w) => this.router.known(w), lex: this.lex });
      if (match && 'outOfRange' in match) return intent({ kind: 'unsure', why: 'out-of-range' });
      // A message that opens with yes or no answers the question, whatever topic words follow ("no im 16").
      if (match && match.by !== 'yes-no-inside') return intent({ kind: 'choice', index: match.index });
      if (match) yesNo = match.index;
    }
    const wantsPerson = asksForPerson(text, this.lex);
    if (wantsPerson && offered.length) {
      const person = offered.filter((o) => PERSON_LABEL.test(o.label));
      if (person.length === 1) return intent({ kind: 'choice', index: person[0]!.index });
    }
    const command = commandOf(text, this.lex);
    if (command) return intent({ kind: 'command', command });

    // A topic next to linking comes next: "customer service hours" is a shop setting, not a person.
    const topic = topicOf(text);
    if (topic) return intent({ kind: 'out-of-scope', topic });
    if (wantsPerson) return intent({ kind: 'command', command: 'human' });

    const route = this.routeOf(text, facts);
    // Naming the flow a choice leads to is that choice: the path shows the step answered.
    const into = route && offered.length ? this.choiceInto(at.step!, offered, route.flow) : undefined;
    if (into !== undefined && route!.flow !== info?.flow.id) return intent({ kind: 'choice', index: into });
    // Naming the topic the user is already in is an answer to this step, not a restart of the flow.
    if (route && route.flow !== info?.flow.id) {
      if (isFrustrated(text, this.lex) && polarityOf(text, this.lex) === undefined) return intent({ kind: 'command', command: 'human' });
      return intent({ kind: 'route', flow: route.flow, ...(route.step ? { step: route.step } : {}) });
    }
    if (yesNo !== undefined) return intent({ kind: 'choice', index: yesNo });
    if (isFrustrated(text, this.lex)) return intent({ kind: 'command', command: 'human' });
    // The flow the user is already in, named again, restarts it only from a step that asks nothing.
    if (route && !offered.length) return intent({ kind: 'route', flow: route.flow, ...(route.step ? { step: route.step } : {}) });
    return intent({ kind: 'unsure' });
  }
}
