// The graph rules `shoplink flows check` enforces, each shown failing on a small flow set.
import { describe, expect, it } from 'vitest';
import { checkFlows } from '../../src/flow/check.ts';
import { platforms } from '../../src/platforms/registry.ts';
import { parseFlow, type Flow } from '../../src/flow/load.ts';
import { loadFlows } from '../../src/flow/load.ts';
import { FLOWS_DIR } from '../support.ts';

function flow(yaml: string): Flow {
  const { flow, problems } = parseFlow('t.yaml', yaml);
  if (!flow) throw new Error(problems.map((p) => p.message).join('\n'));
  return flow;
}

const menu = (steps: string) => flow(`id: menu\ntitle: Menu\nsummary: m\nstart: a\nsteps:\n${steps}`);

/** The strictest limits of every platform, as `flows check` uses when none is configured. */
const LIMITS = platforms.strictestLimits();

describe('flows check', () => {
  it('passes the shipped flows', () => {
    expect(checkFlows(loadFlows(FLOWS_DIR).flows, LIMITS)).toEqual([]);
  });

  it('asks for an id when two choices of a step go to the same place, so translations can tell them apart', () => {
    const steps = [
      '  a:',
      '    say: Which one?',
      '    choices:',
      '      - { label: Red, set: { colour: red }, goto: done }',
      '      - { label: Blue, set: { colour: blue }, goto: done }',
      '  done: { say: ok, end: resolved }',
    ].join('\n');
    expect(checkFlows([menu(steps + '\n')], LIMITS).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'steps.a.choices.1: another choice of this step also goes to "done": give each an `id` (like "id: blue") so translations can tell them apart',
    ]);
    expect(checkFlows([menu(steps.replace('{ label: Red', '{ id: red, label: Red').replace('{ label: Blue', '{ id: blue, label: Blue') + '\n')], LIMITS)).toEqual([]);
  });

  it('rejects an `asks` that no choice records, an ask of another fact, and a match phrase naming no step', () => {
    const problems = checkFlows([
      flow(
        [
          'id: menu',
          'title: Menu',
          'summary: m',
          'match: [{ phrase: when did you link, step: wehn }]',
          'start: when',
          'steps:',
          '  when:',
          '    say: When?',
          '    asks: linked-ag',
          '    choices: [{ label: Today, set: { linked-ago: under-24h }, goto: what }]',
          '  what:',
          '    asks: problem',
          '    ask: { fact: error-text, label: What do you see?, goto: done }',
          '  done: { say: ok, end: resolved }',
        ].join('\n') + '\n',
      ),
    ], LIMITS);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'steps.when.asks: no choice records "linked-ag" (did you mean "linked-ago"?)',
      'steps.what.asks: this step\'s question stores "error-text", so it asks "error-text", not "problem"',
      'match.0.step: no step "wehn" (did you mean "when"?)',
    ]);
  });

  it('rejects a `told` fact the bot does not read, and a bound on a fact that is no number', () => {
    const steps = [
      '  a:',
      '    say: How many?',
      '    choices:',
      '      - { id: few, label: Few, told: { folowers: { below: 1000 } }, goto: done }',
      '      - { id: minor, label: Young, told: { age: { below: 18 } }, goto: done }',
      '      - { id: many, label: Many, told: { followers: { at-least: 1000 }, market: { not: [US] } }, goto: done }',
      '  done: { say: ok, end: resolved }',
    ].join('\n');
    expect(checkFlows([menu(steps + '\n')], LIMITS).map((p) => `${p.path}: ${p.message}`)).toEqual([
      expect.stringMatching(/^steps\.a\.choices\.0\.told\.folowers: the bot reads no fact "folowers" in what people type \(did you mean "followers"\?\)/),
      'steps.a.choices.1.told.age: "age" is no number: name its values instead of a bound',
    ]);
  });

  it('rejects a `told` list of markets that is not the list of markets the flows ask about', () => {
    const steps = [
      '  region:',
      '    say: Where is your business?',
      '    asks: market',
      '    choices:',
      '      - { id: us, label: United States, set: { market: US }, goto: a }',
      '      - { id: gb, label: United Kingdom, set: { market: GB }, goto: a }',
      '      - { id: other, label: Somewhere else, set: { market: other }, goto: done }',
      '  a:',
      '    say: Is TikTok Shop in your country?',
      '    choices:',
      '      - { id: yes, label: It is, told: { market: [US, GB] }, goto: region }',
      '      - { id: no, label: It is not, told: { market: { not: [US, UK] } }, goto: done }',
      '  done: { say: ok, end: resolved }',
    ].join('\n');
    expect(checkFlows([menu(steps + '\n')], LIMITS).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'steps.a.choices.1.told.market: the markets a message is told against are where TikTok Shop runs, as the step asking the market lists them: this list names UK, which no step asking the market offers and leaves out GB, which a step asking the market offers',
    ]);
  });

  it('finds an unreachable step', () => {
    const problems = checkFlows([menu('  a: { say: hi, end: resolved }\n  lost: { say: where, end: resolved }\n')], LIMITS);
    expect(problems).toEqual([expect.objectContaining({ path: 'steps.lost', message: 'unreachable: no step leads here' })]);
  });

  it('finds a loop with no way out, and a flow that cannot end', () => {
    const problems = checkFlows([
      menu(
        [
          '  a:',
          '    say: pick',
          '    choices: [{ label: ping, goto: b }]',
          '  b:',
          '    say: again',
          '    choices: [{ label: pong, goto: a }]',
        ].join('\n') + '\n',
      ),
    ], LIMITS);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'steps.a: this flow can end neither resolved nor in handoff',
      'steps.b: no way from here to an end (resolved or handoff): a loop with no way out',
    ]);
  });

  it('finds steps that go on by themselves in a circle', () => {
    const problems = checkFlows([
      menu('  a: { goto: b }\n  b: { goto: a }\n  c: { say: bye, end: resolved }\n'),
    ], LIMITS);
    expect(problems.map((p) => p.message)).toContain('steps go on by themselves in a circle: menu.a → menu.b → menu.a');
  });

  it('enforces the platform limits', () => {
    const long = 'x'.repeat(76);
    const problems = checkFlows([
      menu(`  a:\n    say: hi\n    choices:\n      - { label: ${long}, goto: b }\n  b:\n    say: "${'y'.repeat(2001)}"\n    ask: { fact: f, label: ${'z'.repeat(46)}, goto: c }\n  c: { say: bye, end: resolved }\n`),
    ], LIMITS);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'steps.a.choices.0.label: 76 characters; Slack buttons take 75',
      'steps.b.say: 2001 characters; at most 2000 fit a Discord message',
      'steps.b.ask.label: 46 characters; Discord input labels take 45',
    ]);
  });

  it('wants a menu flow and keeps the system id for itself', () => {
    const other = flow('id: system\ntitle: S\nsummary: s\nstart: a\nsteps:\n  a: { say: hi, end: resolved }\n');
    expect(checkFlows([other], LIMITS).map((p) => p.message)).toEqual([
      'no "menu" flow: every conversation starts there',
      'the id "system" is kept for the built-in steps; choose another',
    ]);
  });
});
