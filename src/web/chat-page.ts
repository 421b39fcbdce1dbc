// GET /: the preview chat. The page is static; assets/chat.js talks to /api/turn and draws the replies,
// so the browser runs exactly the JSON contract scripts and tests use. Its own words follow Accept-Language.
import { SOURCE_LANGUAGE, type Language } from '../i18n/languages.ts';
import { stringIn } from '../i18n/strings.ts';
import type { FlowSource } from './flows.ts';
import { escapeHtml } from './http.ts';
import { page } from './layout.ts';

/** A preview sentence, escaped, with its **bold** as <b>. */
function chrome(language: Language, key: string): string {
  return escapeHtml(stringIn(language, `web.${key}`)).replace(/\*\*(.+?)\*\*/g, '<b>$1</b>');
}

export function chatPage(flows: FlowSource, language: Language = SOURCE_LANGUAGE): string {
  const t = (key: string) => chrome(language, key);
  // chat.js reads its own sentences from data attributes: the pages' CSP allows no inline script.
  const said = (key: string) => escapeHtml(stringIn(language, `web.${key}`));
  return page({
    title: stringIn(language, 'web.chat'),
    flows,
    language,
    scripts: ['/assets/chat.js'],
    body: `<main class="chat" data-answer-placeholder="${said('answerPlaceholder')}" data-unreachable="${said('unreachable')}">
  <p class="intro">${t('intro')}</p>
  <div id="log" class="log" aria-live="polite"></div>
  <form id="composer" class="composer" autocomplete="off">
    <label for="text" id="text-label">${t('messageLabel')}</label>
    <div class="row">
      <input id="text" name="text" maxlength="4000" placeholder="${said('messagePlaceholder')}">
      <button type="submit">${t('send')}</button>
    </div>
  </form>
  <p class="hint">${t('hint')}</p>
  <p class="tools"><a id="diagram-link" href="/flows">${t('diagramLink')}</a> · <button id="new-session" type="button" class="link">${t('newConversation')}</button></p>
</main>`,
  });
}
