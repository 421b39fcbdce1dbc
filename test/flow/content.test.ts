// The content promise: every fact CONTENT.md lists is taught by some step, in the flow it belongs to,
// and facts from outside the seed guide say where they come from.
import { describe, expect, it } from 'vitest';
import { loadFlows } from '../../src/flow/load.ts';
import { FLOWS_DIR } from '../support.ts';

/** CONTENT.md's fact ids and the flow each belongs to (W* may sit in the menu or after-link). */
const FACTS: Record<string, string[]> = {
  preflight: ['P1', 'P2', 'P3', 'P4', 'P5'],
  'seller-link': ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'],
  'marketing-accounts': ['M1'],
  'creator-link': ['C1', 'C2', 'C3', 'C4'],
  'qr-failure': ['Q1', 'Q2', 'Q3', 'Q4'],
  'already-linked': ['L1', 'L2', 'L3', 'L4'],
  'missing-icon': ['I1', 'I2', 'I3'],
  'after-link': ['A1', 'A2', 'A3'],
  'menu|after-link': ['W1', 'W2', 'W3', 'W4'],
};

/** Wording of the facts found outside the seed guide (CONTENT.md, last section). */
const OUTSIDE_FACTS = [
  /24 hours after/i,
  /at most 3 times|three times/i,
  /seller-(mx|br|my|ph|th|vn|sg|jp|uk|de|fr|it|es|ie)\b|tokopedia|tiktokglobalshop/i,
  /region[^.]*match|match[^.]*region/i,
  /Business account/,
  /identity verification/i,
  /1,000|5,000/,
  /probation/i,
  /180 days/i,
  /runs in|doesn't run in/i,
];

const { flows } = loadFlows(FLOWS_DIR);
const covered = new Map<string, Set<string>>();
for (const flow of flows) for (const step of Object.values(flow.steps)) for (const id of step.covers ?? []) covered.set(id, (covered.get(id) ?? new Set()).add(flow.id));

describe('flow content', () => {
  for (const [where, ids] of Object.entries(FACTS)) {
    it(`teaches ${ids.join(', ')} in ${where}`, () => {
      const homes = where.split('|');
      const missing = ids.filter((id) => ![...(covered.get(id) ?? [])].some((f) => homes.includes(f)));
      expect(missing).toEqual([]);
    });
  }

  it('names only fact ids that CONTENT.md has', () => {
    const known = new Set(Object.values(FACTS).flat());
    expect([...covered.keys()].filter((id) => !known.has(id))).toEqual([]);
  });

  it('gives a source for every fact from outside the seed guide', () => {
    const unsourced = flows.flatMap((flow) =>
      Object.entries(flow.steps)
        .filter(([, step]) => OUTSIDE_FACTS.some((re) => re.test(step.say ?? '')) && !step.source)
        .map(([name]) => `${flow.id}.${name}`),
    );
    expect(unsourced).toEqual([]);
    expect(flows.some((f) => Object.values(f.steps).some((s) => s.source))).toBe(true);
  });

  it('cites pages that say the fact: no home pages, no dead `course_id` links', () => {
    const sources = flows.flatMap((f) => Object.entries(f.steps).filter(([, st]) => st.source).map(([name, st]) => [`${f.id}.${name}`, st.source!] as const));
    expect(sources.filter(([, url]) => /course_id=|\/university\/home\b/.test(url))).toEqual([]);
    expect(sources.filter(([, url]) => new URL(url).pathname === '/')).toEqual([]);
  });

  it('says "at the time of writing" wherever a sourced rule may change', () => {
    const sourced = flows.flatMap((f) => Object.values(f.steps).filter((s) => s.source && /24 hours after|3 times/i.test(s.say ?? '')));
    expect(sourced.length).toBeGreaterThan(0);
    for (const step of sourced) expect(step.say).toMatch(/at the time of writing/i);
  });
});
