// With --watch: asks the server every few seconds whether the flows changed, so a saved edit shows at once:
// diagrams redraw, and the problems banner lists what `flows check` found (file:line: path: message).
const EVERY_MS = 1500;
let version = Number(document.body.dataset.flowsVersion);
const banner = document.getElementById('problems');

function showProblems(problems, ready) {
  banner.hidden = problems.length === 0;
  banner.querySelector('p').textContent = `${ready ? 'Conversations keep using the last good flows until these are fixed.' : 'The chat starts once these are fixed.'} Save the file again and this page updates.`;
  banner.querySelector('ul').replaceChildren(
    ...problems.map((line) => {
      const li = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = line;
      li.append(code);
      return li;
    }),
  );
}

setInterval(async () => {
  try {
    const status = await (await fetch('/api/flows-status')).json();
    if (status.version === version) return;
    version = status.version;
    // A diagram is drawn from the flows: redraw. The chat keeps its history and only updates the banner,
    // unless the chat could not start before (broken flows from the start).
    const chatNeverStarted = document.getElementById('log') && !('status' in document.body.dataset);
    if ('reloadOnChange' in document.body.dataset || (status.ready && chatNeverStarted)) {
      location.reload();
      return;
    }
    showProblems(status.problems, status.ready);
  } catch {
    // The preview may be restarting; try again next time.
  }
}, EVERY_MS);
