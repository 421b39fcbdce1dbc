// The bot's Markdown subset for the browser: **bold**, `code` and "- " lists, nothing else.
// Everything is HTML-escaped first, so a flow or a user's text can never add markup or script.

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** `code` first, so stars inside code stay as typed; then **bold**. Input is already escaped. */
function inline(escaped) {
  return escaped
    .split(/(`[^`]+`)/)
    .map((part) => (/^`[^`]+`$/.test(part) ? `<code>${part.slice(1, -1)}</code>` : part.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')))
    .join('');
}

/** The HTML of one message: paragraphs for lines, a list for consecutive "- " lines. */
export function renderMarkdown(text) {
  let html = '';
  let inList = false;
  for (const line of escapeHtml(text).split('\n')) {
    const item = /^\s*- (.*)$/.exec(line);
    if (item) {
      if (!inList) html += '<ul>';
      inList = true;
      html += `<li>${inline(item[1])}</li>`;
      continue;
    }
    if (inList) html += '</ul>';
    inList = false;
    if (line.trim()) html += `<p>${inline(line)}</p>`;
  }
  if (inList) html += '</ul>';
  return html;
}
