// The App Home tab: what the bot does, a Start button, and the user's open conversation if it has one, in the
// language the bot speaks with them (their open conversation's, else their Slack locale's).
// Start runs a conversation in the bot's DM, the same as /linkhelp typed there.
import type { App, BlockAction, ButtonAction, types } from '@slack/bolt';
import { messagesIn } from '../../conversation/messages.ts';
import { titleIn } from '../../flow/wording.ts';
import { languageOfLocale } from '../../i18n/locale.ts';
import { SOURCE_LANGUAGE, type Language } from '../../i18n/languages.ts';
import { guarded, takeTurn, type SlackAdapter } from './adapter.ts';
import { slackAddress } from './address.ts';
import { escapeText, mrkdwn } from './text.ts';

export const HOME_START = 'shoplink-home-start';

interface OpenConversation {
  title: string;
  caseNumber?: number;
  link?: string;
}

export function homeView(dm: string | undefined, open: OpenConversation | undefined, language: Language = SOURCE_LANGUAGE): types.HomeView {
  const m = messagesIn(language);
  const blocks: types.KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', verbatim: true, text: mrkdwn(m.help) } },
    {
      type: 'actions',
      elements: [{ type: 'button', style: 'primary', action_id: HOME_START, value: dm ?? '', text: { type: 'plain_text', text: m.controls.start } }],
    },
  ];
  if (open) {
    const title = escapeText(open.title);
    const lines = [`*${escapeText(m.controls.openConversation)}:* ${open.link ? `<${open.link}|${title}>` : title}`];
    if (open.caseNumber !== undefined) lines.push(mrkdwn(m.caseOpened(open.caseNumber)));
    blocks.push({ type: 'divider' }, { type: 'section', text: { type: 'mrkdwn', verbatim: true, text: lines.join('\n') } });
  }
  return { type: 'home', blocks };
}

export function registerHome(app: App, a: SlackAdapter): void {
  app.event('app_home_opened', async ({ event, body, context, client }) => {
    if (!a.seen.first(body.event_id) || event.tab !== 'home') return;
    await guarded(a, 'app_home_opened', async () => {
      const workspace = context.teamId ?? body.team_id;
      const [open, locale] = await Promise.all([openConversation(a, client, workspace, event.user), a.locales?.of(event.user)]);
      const language = open?.language ?? languageOfLocale(locale) ?? SOURCE_LANGUAGE;
      await client.views.publish({ user_id: event.user, view: homeView(event.channel, open, language) });
    });
  });
}

/** The Start button: a conversation in the bot's DM (the channel the Home tab was opened with). */
export async function startFromHome(a: SlackAdapter, body: BlockAction, action: ButtonAction, workspace: string, client: App['client']): Promise<void> {
  const user = body.user.id;
  let channel = action.value;
  if (!channel) {
    const opened = await client.conversations.open({ users: user });
    channel = opened.channel?.id;
  }
  if (!channel) return;
  await takeTurn(a, slackAddress(workspace, channel, user), { type: 'start' }, { channel, user });
}

async function openConversation(
  a: SlackAdapter,
  client: App['client'],
  workspace: string,
  user: string,
): Promise<(OpenConversation & { language: Language }) | undefined> {
  const place = a.recent.lastOf(workspace, user);
  const view = place && (await a.conversations.peek(place))?.conversation;
  if (!place || !view || view.status === 'resolved') return undefined;
  const title = titleIn(a.conversations.flows, view.flow, view.language) ?? view.flow;
  let link: string | undefined;
  if (place.thread) {
    link = await client.chat
      .getPermalink({ channel: place.channel, message_ts: place.thread })
      .then((r) => r.permalink)
      .catch(() => undefined);
  }
  return { title, caseNumber: view.caseNumber, link, language: view.language };
}
