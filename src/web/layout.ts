// The HTML shell every preview page shares (header, styles, the flow-problems banner), so pages only
// write their own content. Everything interpolated here is escaped by the caller or by escapeHtml.
import { formatProblem, type Problem } from '../flow/problem.ts';
import { SOURCE_LANGUAGE, type Language } from '../i18n/languages.ts';
import { stringIn } from '../i18n/strings.ts';
import { escapeHtml } from './http.ts';
import type { FlowSource } from './flows.ts';

export interface PageOptions {
  title: string;
  /** HTML, already escaped. */
  body: string;
  /** Our scripts under /assets, in order; no inline script (the pages' CSP forbids them). */
  scripts?: string[];
  flows: FlowSource;
  /** With --watch, reload the whole page when the flows change (diagrams); otherwise only the banner updates. */
  reloadOnChange?: boolean;
  /** The language of the page's own words (the chat's visitors'); staff pages stay in English. */
  language?: Language;
}

export function page(o: PageOptions): string {
  const live = o.flows.watching ? ` data-flows-version="${o.flows.version}"${o.reloadOnChange ? ' data-reload-on-change' : ''}` : '';
  const scripts = [...(o.scripts ?? []), ...(o.flows.watching ? ['/assets/live.js'] : [])];
  const language = o.language ?? SOURCE_LANGUAGE;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(o.title)} · shoplink preview</title>
<link rel="stylesheet" href="/assets/preview.css">
<link rel="icon" href="data:,">
${scripts.map(scriptTag).join('\n')}
</head>
<body${live}>
<header class="top">
  <a class="brand" href="/">shoplink <span>preview</span></a>
  <nav><a href="/">${escapeHtml(stringIn(language, 'web.chat'))}</a> <a href="/flows">${escapeHtml(stringIn(language, 'web.flows'))}</a></nav>
</header>
${problemsBanner(o.flows)}
${o.body}
</body>
</html>
`;
}

/** Mermaid is a classic script (it sets window.mermaid); ours are modules. Both run in order after parsing. */
const scriptTag = (src: string) => (src.endsWith('mermaid.min.js') ? `<script src="${src}" defer></script>` : `<script type="module" src="${src}"></script>`);

/** The problems `flows check` finds, shown instead of crashing while someone edits the flows. */
export function problemsBanner(flows: FlowSource): string {
  const items = flows.problems.map((p: Problem) => `<li><code>${escapeHtml(formatProblem(p))}</code></li>`).join('\n');
  const hidden = flows.problems.length === 0 ? ' hidden' : '';
  const consequence = flows.conversations
    ? 'Conversations keep using the last good flows until these are fixed.'
    : 'The chat starts once these are fixed.';
  return `<section id="problems" class="problems" role="alert"${hidden}>
  <h2>The flows have problems</h2>
  <p>${consequence} Save the file again and this page updates.</p>
  <ul>${items}</ul>
</section>`;
}
