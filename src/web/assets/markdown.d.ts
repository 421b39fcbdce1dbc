// Types of markdown.js, the browser's renderer, so the tests can import it from TypeScript.
// The implementation stays plain JavaScript because the browser loads it as is.
export function escapeHtml(text: string): string;
export function renderMarkdown(text: string): string;
