// docs/flows.md is drawn from the compiled machines; this test fails when a flow changes and the file
// was not regenerated (run `npx shoplink flows diagram`), so the documentation never lies.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flowsMarkdown } from '../../src/flow/diagram.ts';
import { shippedFlows } from '../support.ts';

const DOC = fileURLToPath(new URL('../../docs/flows.md', import.meta.url));

describe('docs/flows.md', () => {
  const text = flowsMarkdown(shippedFlows());

  it('is up to date with flows/ (regenerate with: npx shoplink flows diagram)', () => {
    expect(readFileSync(DOC, 'utf8') === text, 'docs/flows.md is out of date: run npx shoplink flows diagram').toBe(true);
  });

  it('draws every step of every flow, its choices, and how each tree ends', () => {
    const flows = shippedFlows();
    for (const flow of flows.contentFlows) {
      expect(text).toContain(`## ${flow.id}: ${flow.title}`);
      for (const step of Object.keys(flow.steps)) expect(text).toContain(`state "${step}" as ${step.replace(/-/g, '_')}`);
    }
    expect(text).toContain('restart_app --> clear_browser: Still not working');
    expect(text).toContain('escalate --> [*]: handoff');
    expect(text).toContain('class escalate handoff');
    expect(text).toContain('menu --> qr_failure');
  });
});
