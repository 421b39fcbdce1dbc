// The preview chat in the browser: sends what the user types or presses to /api/turn and draws the replies,
// with buttons for choices and the text box labelled by the question a step asks.
import { renderMarkdown } from './markdown.js';

const SESSION_KEY = 'shoplink-preview-session';
/** While a case is open, how often to look for the support team's answers. */
const POLL_MS = 3000;

const log = document.getElementById('log');
const form = document.getElementById('composer');
const input = document.getElementById('text');
const label = document.getElementById('text-label');
const diagramLink = document.getElementById('diagram-link');
/** The page's own sentences, in the visitor's language (see chat-page.ts). */
const said = document.querySelector('main.chat').dataset;
const DEFAULT_LABEL = label.textContent;
const DEFAULT_PLACEHOLDER = input.placeholder;

/** A session per browser, kept across reloads so the conversation resumes where it was. */
function newSession() {
  const id = crypto.randomUUID().replace(/-/g, '');
  localStorage.setItem(SESSION_KEY, id);
  return id;
}
let session = new URLSearchParams(location.search).get('session') || localStorage.getItem(SESSION_KEY) || newSession();
let polling;
let busy = false;

function bubble(who, html, extra = '') {
  const div = document.createElement('div');
  div.className = `msg ${who} ${extra}`.trim();
  div.innerHTML = html;
  log.append(div);
  div.scrollIntoView({ block: 'end', behavior: 'smooth' });
  return div;
}

/** Only the latest buttons can be pressed, as on Slack where answered buttons disappear. */
function retireButtons() {
  for (const b of log.querySelectorAll('.buttons button')) b.disabled = true;
}

function showReplies(replies) {
  if (replies.some((r) => r.buttons.length || r.ask)) retireButtons();
  for (const r of replies) {
    const div = bubble('bot', renderMarkdown(r.text), r.kind === 'notice' ? 'notice' : '');
    if (r.buttons.length) {
      const row = document.createElement('div');
      row.className = 'buttons';
      for (const b of r.buttons) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = b.label;
        button.addEventListener('click', () => {
          if (button.disabled || busy) return;
          button.classList.add('chosen');
          send({ press: b.action }, b.label);
        });
        row.append(button);
      }
      div.append(row);
    }
    if (r.ask) {
      label.textContent = r.ask.label;
      input.placeholder = r.ask.placeholder || said.answerPlaceholder;
      input.focus();
    }
  }
  if (replies.length && !replies.some((r) => r.ask)) {
    label.textContent = DEFAULT_LABEL;
    input.placeholder = DEFAULT_PLACEHOLDER;
  }
}

/** Where the conversation is: the diagram link follows it, and an open case is polled for answers. */
function showState(turn) {
  if (turn.flow) diagramLink.href = `/flows/${encodeURIComponent(turn.flow)}?session=${encodeURIComponent(session)}`;
  document.body.dataset.status = turn.status || '';
  clearInterval(polling);
  if (turn.status === 'handoff') polling = setInterval(poll, POLL_MS);
}

async function call(url, options) {
  const res = await fetch(url, options);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error || `the server answered ${res.status}`);
  return body;
}

async function send(fields, shown) {
  if (shown !== undefined) bubble('user', renderMarkdown(shown));
  busy = true;
  try {
    const turn = await call('/api/turn', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ session, ...fields }) });
    showReplies(turn.replies);
    showState(turn);
  } catch (err) {
    bubble('bot', renderMarkdown(said.unreachable.replace('{{error}}', err.message)), 'notice error');
  } finally {
    busy = false;
  }
}

async function poll() {
  try {
    const update = await call(`/api/messages?session=${encodeURIComponent(session)}`);
    if (update.replies.length) showReplies(update.replies);
    showState(update);
  } catch {
    // The next poll tries again; a blip in the connection is not worth a message.
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text || busy) return;
  input.value = '';
  send({ text }, text);
});

document.getElementById('new-session').addEventListener('click', () => {
  session = newSession();
  log.replaceChildren();
  history.replaceState(null, '', '/');
  send({});
});

send({});
