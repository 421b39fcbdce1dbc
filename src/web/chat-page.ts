// GET /: the preview chat. The page is static; assets/chat.js talks to /api/turn and draws the replies,
// so the browser runs exactly the JSON contract scripts and tests use.
import type { FlowSource } from './flows.ts';
import { page } from './layout.ts';

export function chatPage(flows: FlowSource): string {
  return page({
    title: 'Chat',
    flows,
    scripts: ['/assets/chat.js'],
    body: `<main class="chat">
  <p class="intro">Try the bot as a seller or creator would: press the buttons or type what's wrong.</p>
  <div id="log" class="log" aria-live="polite"></div>
  <form id="composer" class="composer" autocomplete="off">
    <label for="text" id="text-label">Your message</label>
    <div class="row">
      <input id="text" name="text" maxlength="4000" placeholder="Type a message, or press a button above">
      <button type="submit">Send</button>
    </div>
  </form>
  <p class="hint">At any point: <b>start over</b>, <b>back</b>, <b>talk to a person</b>.</p>
  <p class="tools"><a id="diagram-link" href="/flows">See this flow's diagram</a> · <button id="new-session" type="button" class="link">New conversation</button></p>
</main>`,
  });
}
