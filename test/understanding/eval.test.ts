// The understanding targets, measured on the corpus's check part, which tuning never reads: most messages
// understood, almost none confidently wrong, and no out-of-scope question sent into a linking tree.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { evaluate, formatReport, readCorpus } from '../../src/understanding/eval.ts';
import { Understanding } from '../../src/understanding/interpret.ts';
import { shippedFlows } from '../support.ts';

const corpus = (part: string) => readCorpus(fileURLToPath(new URL(`./corpus/${part}.yaml`, import.meta.url)));

describe('understanding on messages it was not tuned on', () => {
  const flows = shippedFlows();
  const report = evaluate(corpus('check'), new Understanding(flows), flows);

  it('has a check part of at least 200 messages, none stale', () => {
    console.log(formatReport('check', report));
    expect(report.total).toBeGreaterThanOrEqual(200);
    expect(report.stale).toBe(0);
  });

  it('understands at least 90% and is confidently wrong on at most 2%', () => {
    expect(report.overall.right / report.total).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.wrong / report.total).toBeLessThanOrEqual(0.02);
  });

  it('never routes an out-of-scope question into a linking tree', () => {
    expect(report.scopeLeaks).toBe(0);
  });
});
