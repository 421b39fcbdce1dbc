// The flow a question's shape asks for when its words fit no flow clearly: "how do I connect X to my shop"
// wants the linking steps, "can I still link if…" the checklist. Never read in a message that names a problem.
import { layers, type Lexicon } from './lexicon.ts';
import type { Facts } from './facts.ts';
import { compact, everywhere, normalize } from './text.ts';

export function shapeOf(text: string, facts: Facts, lex: Lexicon): string | undefined {
  return shapedTo(text, facts, lex)?.flow;
}

/** As `shapeOf`, with the step of that flow the shape asks for, when it names one ("what's the advantage of linking" → the menu's "why"). */
export function shapedTo(text: string, facts: Facts, lex: Lexicon): { flow: string; step?: string } | undefined {
  for (const layer of layers(lex, compact(normalize(text)))) {
    const shapes = layer.lex.shapes;
    // "it's linked and the bag shows up, now what?", "can't find where": what is fine, or not knowing how, names no problem.
    if (!shapes || shapes.problem.test(withoutSettled(layer.t, layer.lex))) continue;
    const found = shapes.asks.find((a) => (a.role === undefined || a.role === facts.role) && a.cue.test(layer.t));
    if (found) return found.step === undefined ? { flow: found.flow } : { flow: found.flow, step: found.step };
  }
  return undefined;
}

/** The flow a question's shape asks for over `flow`, the one its words fit ("can I still sell with 800 followers" → the checklist). */
export function reshapedOf(text: string, flow: string, lex: Lexicon, facts: Facts = {}): string | undefined {
  return reshapedTo(text, flow, lex, facts)?.flow;
}

/** As `reshapedOf`, with the step of that flow the shape asks for, when it names one ("why would i link at all" → the menu's "why"). */
export function reshapedTo(text: string, flow: string, lex: Lexicon, facts: Facts = {}): { flow: string; step?: string } | undefined {
  for (const layer of layers(lex, compact(normalize(text)))) {
    const found = layer.lex.shapes?.over?.find(
      (o) => o.from.includes(flow) && (o.role === undefined || o.role === facts.role) && o.cue.test(layer.t) && !o.unless?.test(layer.t),
    );
    if (found) return found.step === undefined ? { flow: found.flow } : { flow: found.flow, step: found.step };
  }
  return undefined;
}

/**
 * The text without what it says is fine ("the bag is showing", "our shop is approved"), that the way is unknown, or
 * that the shop is not approved yet: the checklist's own question, no problem of a tree ("it isn't approved yet, can I link?").
 */
function withoutSettled(t: string, lex: Lexicon): string {
  const all = [...(lex.facts.settled ?? []), ...(lex.shapes?.lost ? [lex.shapes.lost] : []), ...(lex.facts.approved?.no ? [lex.facts.approved.no] : [])];
  return all.reduce((text, re) => text.replace(everywhere(re), ' '), t);
}

/** Whether the text has the shape of a question its flow answers ("want 2 more tiktok accounts on our shop"), whatever else it names. */
export function shapedLike(text: string, flow: string, lex: Lexicon): boolean {
  return layers(lex, compact(normalize(text))).some((l) => l.lex.shapes?.asks.some((a) => a.flow === flow && a.cue.test(l.t)) ?? false);
}
