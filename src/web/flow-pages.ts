// GET /flows and /flows/:id: the list of flows, and one flow's Mermaid diagram drawn from the running
// machine, with the step a preview conversation is on highlighted (?session=) so staff see where it is.
import type { CompiledFlows } from '../flow/compile.ts';
import { flowMermaid } from '../flow/diagram.ts';
import { SYSTEM_FLOW } from '../flow/system.ts';
import type { FlowSource } from './flows.ts';
import { escapeHtml } from './http.ts';
import { page } from './layout.ts';

/** `?session=` carried on to the links, so the highlight follows the visitor from page to page. */
const withSession = (path: string, session?: string) => (session ? `${path}?session=${encodeURIComponent(session)}` : path);

export function flowListPage(flows: FlowSource, session?: string): string {
  const compiled = flows.conversations?.flows;
  const items = compiled
    ? [...compiled.contentFlows, compiled.flows.get(SYSTEM_FLOW)!]
        .map(
          (f) => `<li><a href="${escapeHtml(withSession(`/flows/${encodeURIComponent(f.id)}`, session))}">${escapeHtml(f.title)}</a>
    <span class="id">${escapeHtml(f.id)}</span><br><span class="summary">${escapeHtml(f.summary)}</span></li>`,
        )
        .join('\n')
    : '';
  return page({
    title: 'Flows',
    flows,
    reloadOnChange: true,
    body: `<main class="flows">
  <h1>Flows</h1>
  <p>Each diagram is drawn from the running flows, so it shows what the bot does now.</p>
  <ul class="flow-list">${items}</ul>
</main>`,
  });
}

/** Where a preview conversation stands: its flow and step, or nothing when there is none. */
export interface Position {
  flow: string;
  step: string;
}

export function flowPage(compiled: CompiledFlows, flows: FlowSource, id: string, session?: string, at?: Position): string {
  const flow = compiled.flows.get(id)!;
  const here = at?.flow === id ? at.step : undefined;
  const source = flowMermaid(compiled, id, here)!;
  let where = '';
  if (session && !at) where = `<p class="here">The conversation <code>${escapeHtml(session)}</code> has not started yet.</p>`;
  else if (session && here) where = `<p class="here">You are here: <strong id="current-step">${escapeHtml(here)}</strong> <span class="swatch current"></span></p>`;
  else if (session && at) {
    const link = withSession(`/flows/${encodeURIComponent(at.flow)}`, session);
    where = `<p class="here">This conversation is in another flow: <a href="${escapeHtml(link)}">${escapeHtml(at.flow)} → ${escapeHtml(at.step)}</a></p>`;
  }
  return page({
    title: flow.title,
    flows,
    reloadOnChange: true,
    scripts: ['/assets/mermaid.min.js', '/assets/flow.js'],
    body: `<main class="flow">
  <p class="crumbs"><a href="${escapeHtml(withSession('/flows', session))}">Flows</a> › <code>${escapeHtml(id)}</code></p>
  <h1>${escapeHtml(flow.title)}</h1>
  <p>${escapeHtml(flow.summary)}</p>
  ${where}
  <div class="diagram">
    <pre class="mermaid" id="diagram">${escapeHtml(source)}</pre>
  </div>
  <p class="legend"><span class="swatch current"></span> the step the conversation is on · <span class="swatch handoff"></span> hands the case to a person · <span class="swatch resolved"></span> ends resolved · <span class="swatch outside"></span> another flow</p>
  <p id="diagram-error" class="problems" hidden></p>
  <p class="meta">From <code>${escapeHtml(flow.file)}</code>. <a href="/">Back to the chat</a></p>
</main>`,
  });
}
