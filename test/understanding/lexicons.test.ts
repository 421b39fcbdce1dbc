// Every lexicon names flows and steps by id: a typo there would send people nowhere, so each one named must
// exist in the shipped flows.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { lexiconFor } from '../../src/understanding/lexicons/by-language.ts';
import { shippedFlows } from '../support.ts';

describe("the lexicons' shapes", () => {
  it('name only flows and steps that exist', () => {
    const flows = shippedFlows();
    const ids = new Set(flows.flows.keys());
    const named = LANGUAGES.flatMap((language) => {
      const shapes = lexiconFor(language).shapes;
      return [
        ...(shapes?.asks ?? []).map((a) => ({ flow: a.flow, step: undefined as string | undefined, from: [] as readonly string[] })),
        ...(shapes?.needs ?? []).map((n) => ({ flow: n.flow, step: undefined as string | undefined, from: [] as readonly string[] })),
        ...(shapes?.over ?? []).map((o) => ({ flow: o.flow, step: o.step, from: o.from })),
      ];
    });
    expect(named.length).toBeGreaterThan(0);
    const missing = named.flatMap((n) => [n.flow, ...n.from].filter((id) => !ids.has(id)).concat(n.step !== undefined && !flows.steps.has(`${n.flow}.${n.step}` as never) ? [`${n.flow}.${n.step}`] : []));
    expect(missing).toEqual([]);
  });
});
