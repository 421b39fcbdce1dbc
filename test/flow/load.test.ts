// A support agent's typo must produce one exact, helpful line: file, line, path and the nearest id.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFlows, parseFlow } from '../../src/flow/load.ts';
import { openFlows, problemsIn } from '../../src/platforms/open-flows.ts';
import { formatProblem } from '../../src/flow/problem.ts';
import { FLOWS_DIR, tempDir } from '../support.ts';

/** A copy of the shipped flows with one file's text replaced. */
function flowsWith(file: string, edit: (text: string) => string): string {
  const dir = tempDir();
  cpSync(FLOWS_DIR, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

describe('loading flow files', () => {
  it('loads the shipped flows with no problem', () => {
    const { flows, problems } = loadFlows(FLOWS_DIR);
    expect(problems).toEqual([]);
    expect(flows.map((f) => f.id).sort()).toEqual(
      ['after-link', 'already-linked', 'creator-link', 'marketing-accounts', 'menu', 'missing-icon', 'preflight', 'qr-failure', 'seller-link'],
    );
  });

  it('names file, line, path and the nearest step for a misspelled target', () => {
    const dir = flowsWith('qr-failure.yaml', (t) => t.replace('goto: escalate\n', 'goto: escalte\n'));
    const text = readFileSync(join(dir, 'qr-failure.yaml'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('goto: escalte')) + 1;
    const problems = problemsIn(dir);
    // Exactly one line: the typo's consequences (an unreachable step) are not reported on top of it.
    expect(problems.map((p) => formatProblem({ ...p, file: 'flows/qr-failure.yaml' }))).toEqual([
      `flows/qr-failure.yaml:${line}: steps.ask-message.ask.goto: no step or flow "escalte" (did you mean "escalate"?)`,
    ]);
    expect(() => openFlows(dir)).toThrow(/FlowError: .*qr-failure\.yaml:\d+: steps\.ask-message\.ask\.goto: no step or flow "escalte" \(did you mean "escalate"\?\)/);
  });

  it('suggests the nearest flow and step for a flow.step target', () => {
    const misspelled = (target: string) =>
      problemsIn(flowsWith('seller-link.yaml', (t) => t.replace('goto: qr-failure.restart-app', `goto: ${target}`))).map((p) => p.message);
    expect(misspelled('qr-failur.restart-app')).toEqual(['no flow "qr-failur" (did you mean "qr-failure"?)']);
    expect(misspelled('qr-failure.restart-ap')).toEqual(['flow "qr-failure" has no step "restart-ap" (did you mean "restart-app"?)']);
  });

  it('reports unknown keys and wrong types with their line', () => {
    const { problems } = parseFlow(
      'flows/x.yaml',
      ['id: x', 'title: X', 'summary: x', 'start: a', 'steps:', '  a:', '    sya: hello', '    end: resolved'].join('\n'),
    );
    expect(problems.map(formatProblem)).toContain('flows/x.yaml:7: steps.a.sya: unknown key "sya" (did you mean "say"?)');
  });

  it('reports broken YAML with its line instead of crashing', () => {
    const { problems } = parseFlow('flows/x.yaml', 'id: x\nsteps:\n  a: [unclosed\n');
    expect(problems[0]).toMatchObject({ file: 'flows/x.yaml', message: expect.stringMatching(/^not valid YAML/) });
    expect(problems[0]!.line).toBe(4);
  });

  it('reports an alias used before its anchor as broken YAML instead of crashing', () => {
    const { flow, problems } = parseFlow('flows/x.yaml', 'id: x\ntitle: X\nsummary: x\nstart: a\nsteps:\n  a: { say: *greeting, end: resolved }\n  b: { say: &greeting hi, end: resolved }\n');
    expect(flow).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^flows\/x\.yaml: not valid YAML: Unresolved alias/)]);
  });

  it('asks for exactly one way on per step', () => {
    const { problems } = parseFlow('f.yaml', 'id: f\ntitle: F\nsummary: f\nstart: a\nsteps:\n  a:\n    say: hi\n');
    expect(problems.map((p) => p.message)).toContain('a step needs one way on: choices, ask, route, goto, end: resolved, or handoff');
  });
});
