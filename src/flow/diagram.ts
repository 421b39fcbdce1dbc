// Draws the compiled flows as Mermaid diagrams for docs/flows.md: one state diagram per flow and one map
// of how the flows lead into each other. Read from the XState machine itself, so it cannot drift from it.
import type { AnyStateNode } from 'xstate';
import type { CompiledFlows } from './compile.ts';
import { parseStepKey, type StepKey } from './step-key.ts';
import { SYSTEM_FLOW } from './system.ts';

export const DIAGRAM_FILE = 'docs/flows.md';

/** Mermaid ids take letters, digits and underscores. */
const idOf = (name: string) => name.replace(/[^A-Za-z0-9]/g, '_');
/** Mermaid labels must not carry its own punctuation. */
const labelOf = (text: string) => text.replace(/[:;#"]/g, (c) => ({ ':': ' -', ';': ',', '#': 'no. ', '"': "'" })[c]!).replace(/\s+/g, ' ').trim();

interface Edge {
  from: string;
  to: string;
  label: string;
}

/** Every transition of a step: choices and answers (`on`) and automatic routes (`always`). */
function edgesOf(step: AnyStateNode): Edge[] {
  const edges: Edge[] = [];
  for (const transitions of step.transitions.values()) {
    for (const t of transitions) for (const target of t.target ?? []) edges.push({ from: step.id, to: target.id, label: t.description ?? t.eventType });
  }
  for (const t of step.always ?? []) for (const target of t.target ?? []) edges.push({ from: step.id, to: target.id, label: t.description ?? '' });
  return edges;
}

/** `shoplink.qr-failure.fixed` → ['qr-failure', 'fixed']. */
const partsOf = (stateId: string) => {
  const { flow, step } = parseStepKey(stateId.slice(stateId.indexOf('.') + 1) as StepKey);
  return [flow, step] as const;
};

function flowDiagram(flowNode: AnyStateNode, flowId: string): string {
  const lines = ['stateDiagram-v2'];
  const steps = Object.values(flowNode.states) as AnyStateNode[];
  const outside = new Set<string>();
  for (const step of steps) {
    const [, name] = partsOf(step.id);
    lines.push(`  state "${name}" as ${idOf(name)}`);
  }
  lines.push(`  [*] --> ${idOf(String(flowNode.config.initial))}`);
  for (const step of steps) {
    const [, name] = partsOf(step.id);
    for (const e of edgesOf(step)) {
      const [toFlow, toStep] = partsOf(e.to);
      let target = idOf(toStep);
      if (toFlow !== flowId) {
        target = `to_${idOf(toFlow)}_${idOf(toStep)}`;
        if (!outside.has(target)) lines.push(`  state "→ ${toFlow}.${toStep}" as ${target}`);
        outside.add(target);
      }
      lines.push(`  ${idOf(name)} --> ${target}${e.label ? `: ${labelOf(e.label)}` : ''}`);
    }
    const end = (step.meta as { end?: string } | undefined)?.end;
    if (end) lines.push(`  ${idOf(name)} --> [*]: ${end}`);
  }
  const ends = steps.filter((s) => (s.meta as { end?: string } | undefined)?.end);
  lines.push('  classDef handoff fill:#fde2e2,stroke:#c0392b', '  classDef resolved fill:#e3f6e5,stroke:#27ae60', '  classDef outside fill:#eef,stroke:#88a,stroke-dasharray: 4 4');
  for (const s of ends) lines.push(`  class ${idOf(partsOf(s.id)[1])} ${(s.meta as { end: string }).end}`);
  for (const o of outside) lines.push(`  class ${o} outside`);
  return lines.join('\n');
}

/** How the web preview marks the step a conversation is on (yellow, thick border: visible on red and green). */
const CURRENT_CLASS = 'classDef current fill:#ffe58a,stroke:#b8860b,stroke-width:4px,font-weight:bold';

/**
 * The Mermaid source of one flow (content or built-in), for the web preview's flow page; `current`, a
 * step of that flow, is highlighted. Undefined for an unknown flow.
 */
export function flowMermaid(flows: CompiledFlows, flowId: string, current?: string): string | undefined {
  if (!flows.flows.has(flowId)) return undefined;
  const node = flows.machine.root.states[flowId] as AnyStateNode;
  const text = flowDiagram(node, flowId);
  // A second `class` line adds to the step's end class; the highlight, defined last, is the colour that shows.
  return current && node.states[current] ? `${text}\n  ${CURRENT_CLASS}\n  class ${idOf(current)} current` : text;
}

/** Which flow leads to which. */
function mapDiagram(flows: CompiledFlows): string {
  const links = new Set<string>();
  for (const info of flows.steps.values()) {
    if (info.flow.id === SYSTEM_FLOW) continue;
    const node = flows.machine.root.states[info.flow.id]!.states[info.name] as AnyStateNode;
    for (const e of edgesOf(node)) {
      const [toFlow] = partsOf(e.to);
      if (toFlow !== info.flow.id) links.add(`  ${idOf(info.flow.id)} --> ${idOf(toFlow)}`);
    }
  }
  const nodes = flows.contentFlows.map((f) => `  ${idOf(f.id)}["${f.id}"]`);
  return ['flowchart LR', ...nodes, ...[...links].sort()].join('\n');
}

/** The whole of docs/flows.md. */
export function flowsMarkdown(flows: CompiledFlows): string {
  const parts = [
    '# The flows',
    '',
    'Generated from `flows/*.yaml` by `npx shoplink flows diagram`; do not edit by hand (a test fails when',
    'this file is out of date). Red steps hand the case to a person, green ones end resolved.',
    '',
    '## How the flows lead into each other',
    '',
    '```mermaid',
    mapDiagram(flows),
    '```',
  ];
  for (const flow of flows.contentFlows) {
    parts.push('', `## ${flow.id}: ${flow.title}`, '', flow.summary, '', '```mermaid', flowDiagram(flows.machine.root.states[flow.id] as AnyStateNode, flow.id), '```');
  }
  return `${parts.join('\n')}\n`;
}
