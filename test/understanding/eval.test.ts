// Understanding measured on the corpus's check part, which tuning never reads. The targets are 90% right,
// at most 2% confidently wrong and no out-of-scope question in a linking tree; until the stage reaches them,
// this guards the level it has reached (see README, "Measuring it"), so a change that makes it worse fails.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { evaluate, formatReport, readCorpus } from '../../src/understanding/eval.ts';
import { Understanding } from '../../src/understanding/interpret.ts';
import { shippedFlows } from '../support.ts';

const corpus = (part: string) => readCorpus(fileURLToPath(new URL(`./corpus/${part}.yaml`, import.meta.url)));

describe('understanding on messages it was not tuned on', () => {
  // Scored inside the first test that needs it, not while the file loads: mutation testing then knows
  // which tests run which code, instead of counting every line as run at start.
  let scored: ReturnType<typeof evaluate> | undefined;
  const score = () => {
    const flows = shippedFlows();
    return (scored ??= evaluate(corpus('check'), new Understanding(flows), flows));
  };

  it('has a check part of at least 200 messages, none stale', () => {
    const report = score();
    console.log(formatReport('check', report));
    expect(report.total).toBeGreaterThanOrEqual(200);
    expect(report.stale).toBe(0);
  });

  it('understands at least 75% and is confidently wrong on at most 12% (targets: 90% and 2%)', () => {
    const report = score();
    expect(report.overall.right / report.total).toBeGreaterThanOrEqual(0.75);
    expect(report.overall.wrong / report.total).toBeLessThanOrEqual(0.12);
  });

  it('routes at most 3 out-of-scope questions into a linking tree (target: none)', () => {
    const report = score();
    expect(report.scopeLeaks).toBeLessThanOrEqual(3);
  });
});
