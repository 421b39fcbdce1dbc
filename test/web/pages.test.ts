// The preview's pages over plain HTTP: the chat page, the list of flows, and a flow's page carrying its
// Mermaid source with the session's current step highlighted; Mermaid itself is served from node_modules.
import { afterEach, describe, expect, it } from 'vitest';
import { flowMermaid } from '../../src/flow/diagram.ts';
import { escapeHtml } from '../../src/web/http.ts';
import { stringIn } from '../../src/i18n/strings.ts';
import { renderMarkdown } from '../../src/web/assets/markdown.js';
import { shippedFlows } from '../support.ts';
import { startTestPreview, Visitor, type Preview } from './preview.ts';

let preview: Preview | undefined;
afterEach(async () => {
  await preview?.running.stop();
  preview = undefined;
});

/** The diagram source as Mermaid reads it from the page: the <pre>'s text, entities decoded. */
function diagramSource(html: string): string {
  const escaped = /<pre class="mermaid" id="diagram">([\s\S]*?)<\/pre>/.exec(html)?.[1];
  if (escaped === undefined) throw new Error('no diagram on the page');
  return escaped.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
}

describe('the preview pages', () => {
  it('serves the chat page with our scripts only, under a strict content policy', async () => {
    preview = await startTestPreview();
    const res = await preview.get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/assets/chat.js"></script>');
    expect(html).toContain('<label for="text" id="text-label">Your message</label>');
    expect(html).not.toMatch(/<script>/);
  });

  it('words the chat page in the browser\'s language, English for what is not translated yet', async () => {
    preview = await startTestPreview();
    const html = await (await fetch(`${preview.base}/`, { headers: { 'accept-language': 'es-ES,es;q=0.9' } })).text();
    expect(html).toContain('<html lang="es">');
    const es = (key: string) => escapeHtml(stringIn('es', `web.${key}`));
    expect(html).toContain(`<label for="text" id="text-label">${es('messageLabel')}</label>`);
    expect(html).toContain(`<button type="submit">${es('send')}</button>`);
    expect(html).toContain(`data-answer-placeholder="${es('answerPlaceholder')}"`);
    expect(html).toContain(`<a href="/">${es('chat')}</a>`);
    const english = await (await preview.get('/')).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<p class="hint">At any point: <b>start over</b>, <b>back</b>, <b>talk to a person</b>.</p>');
  });

  it('lists the flows with their titles, linking to each diagram', async () => {
    preview = await startTestPreview();
    const html = await (await preview.get('/flows')).text();
    for (const flow of shippedFlows().contentFlows) {
      expect(html).toContain(`<a href="/flows/${flow.id}">${escapeHtml(flow.title)}</a>`);
    }
  });

  it("draws a flow's diagram, with the session's current step highlighted", async () => {
    preview = await startTestPreview();
    const ana = new Visitor(preview, 'ana-d');
    await ana.say('problem with the qr code');
    await ana.press("The QR code won't scan");
    await ana.press('Still not working');

    const res = await preview.get('/flows/qr-failure?session=ana-d');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>QR code won&#39;t scan or &quot;authorization failed&quot;</h1>');
    expect(html).toContain('You are here: <strong id="current-step">clear-browser</strong>');
    const source = diagramSource(html);
    expect(source).toBe(flowMermaid(shippedFlows(), 'qr-failure', 'clear-browser'));
    expect(source).toContain('restart_app --> clear_browser: Still not working');
    expect(source).toMatch(/classDef current fill:#ffe58a.*\n  class clear_browser current$/);
    expect(html).toContain('<script src="/assets/mermaid.min.js" defer></script>');

    // Without a session, or for a step elsewhere, nothing is highlighted.
    expect(diagramSource(await (await preview.get('/flows/qr-failure')).text())).not.toContain('current');
    const elsewhere = await (await preview.get('/flows/menu?session=ana-d')).text();
    expect(diagramSource(elsewhere)).not.toContain('current');
    expect(elsewhere).toContain('This conversation is in another flow: <a href="/flows/qr-failure?session=ana-d">qr-failure → clear-browser</a>');
    expect(await (await preview.get('/flows/menu?session=nobody')).text()).toContain('The conversation <code>nobody</code> has not started yet.');
  });

  it('answers 404 for a flow or an asset that does not exist', async () => {
    preview = await startTestPreview();
    const missing = await preview.get('/flows/no-such-flow');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<h1>No flow "no-such-flow"</h1>');
    expect((await preview.get('/flows/%E0%A4%A')).status).toBe(404);
    expect((await preview.get('/assets/..%2Fhttp.ts')).status).toBe(404);
    expect((await preview.get('/assets/constructor')).status).toBe(404);
  });

  it('serves Mermaid from node_modules, not from the internet', async () => {
    preview = await startTestPreview();
    const res = await preview.get('/assets/mermaid.min.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
  });
});

describe('the Markdown subset in the browser', () => {
  it('renders **bold**, `code` and "- " lists, after escaping any HTML', () => {
    expect(renderMarkdown('This is a **cache** problem. Type `start over`.')).toBe('<p>This is a <strong>cache</strong> problem. Type <code>start over</code>.</p>');
    expect(renderMarkdown('Steps:\n- Close the app.\n- Update **it**.\nThen scan.')).toBe('<p>Steps:</p><ul><li>Close the app.</li><li>Update <strong>it</strong>.</li></ul><p>Then scan.</p>');
    expect(renderMarkdown('<img src=x onerror=alert(1)> & "quotes"')).toBe('<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;</p>');
    expect(renderMarkdown('`**not bold**` and **<b>x</b>**')).toBe('<p><code>**not bold**</code> and <strong>&lt;b&gt;x&lt;/b&gt;</strong></p>');
  });
});
