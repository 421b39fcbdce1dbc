// Draws the flow page's Mermaid source as an SVG, with Mermaid served from our own server,
// then brings the highlighted step into view so a long flow opens where the conversation is.
const diagram = document.getElementById('diagram');
const failed = document.getElementById('diagram-error');

try {
  window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default', state: { useMaxWidth: false } });
  await window.mermaid.run({ nodes: [diagram] });
  diagram.closest('.diagram').querySelector('g.current')?.scrollIntoView({ block: 'center', inline: 'center' });
  document.body.dataset.diagram = 'drawn';
} catch (err) {
  failed.textContent = `The diagram could not be drawn: ${err.message}`;
  failed.hidden = false;
  document.body.dataset.diagram = 'failed';
}
