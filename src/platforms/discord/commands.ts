// The /linkhelp slash command, built from the flows (its `topic` choices are the content flows) and localised for
// Discord's Spanish, Indonesian, Vietnamese and Thai clients; and its registration with Discord: to one guild
// (instant, for trying the bot) or globally.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  Locale,
  REST,
  Routes,
  type LocalizationMap,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTGetAPIApplicationCommandsResult,
  type RESTPutAPIApplicationCommandsResult,
} from 'discord.js';
import { MENU_FLOW } from '../../flow/check.ts';
import type { CompiledFlows } from '../../flow/compile.ts';
import { messagesIn } from '../../conversation/messages.ts';
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '../../i18n/languages.ts';
import { stringIn } from '../../i18n/strings.ts';
import { clip } from '../text.ts';

export const COMMAND_NAME = 'linkhelp';
export const TOPIC_OPTION = 'topic';
/** Free text where the bot reads no messages (channels; threads without Message Content): "back", a question. */
export const QUESTION_OPTION = 'question';
/** Discord: a string option's value is at most 6000 characters; ours stay far below the engine's limit. */
export const MAX_QUESTION = 500;
/** Discord: a command or option description is 1 to 100 characters, an option takes 25 choices named in 100. */
export const MAX_DESCRIPTION = 100;
export const MAX_COMMAND_CHOICES = 25;
export const MAX_CHOICE_NAME = 100;
/** Discord: a command's or option's name (and each localised one) is 1 to 32 letters, digits, - or _, lower case where a letter has cases. */
export const COMMAND_NAME_RULE = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/**
 * Discord's client languages for each of ours but English, which the default names and descriptions are in. The
 * command keeps its one name, /linkhelp, everywhere: every sentence of the bot, in every language, names it so.
 */
export const DISCORD_LOCALES: Readonly<Record<Language, readonly Locale[]>> = {
  en: [],
  es: [Locale.SpanishES, Locale.SpanishLATAM],
  id: [Locale.Indonesian],
  vi: [Locale.Vietnamese],
  th: [Locale.Thai],
};

/** An option's name as Discord shows it to a client in `language` ("tema" for `topic` in Spanish). */
export function optionName(option: typeof TOPIC_OPTION | typeof QUESTION_OPTION, language: Language): string {
  const name = stringIn(language, `command.${option}`);
  return isCommandName(name) ? name : option;
}

function isCommandName(name: string): boolean {
  return COMMAND_NAME_RULE.test(name) && name === name.toLowerCase();
}

/**
 * A text in every other language Discord has a locale for: `of(language)` gives it, or undefined where the
 * language has none of its own (Discord then shows the default).
 */
function localized(of: (language: Language) => string | undefined): LocalizationMap | undefined {
  const map: LocalizationMap = {};
  for (const language of LANGUAGES) {
    const text = of(language);
    if (text === undefined) continue;
    for (const locale of DISCORD_LOCALES[language]) map[locale] = text;
  }
  return Object.keys(map).length ? map : undefined;
}

/** A flow as a topic choice: its title in the language, or its summary when the title is too long for Discord's picker. */
function topicName(flows: CompiledFlows, id: string, language: Language): string {
  const flow = flows.flows.get(id)!;
  const text = language === SOURCE_LANGUAGE ? undefined : flows.translations.get(language)?.get(id);
  const title = text?.title ?? flow.title;
  return clip(title.length <= MAX_CHOICE_NAME ? title : (text?.summary ?? flow.summary), MAX_CHOICE_NAME);
}

/** The /linkhelp definition: usable in guilds and in DMs with the bot, installed to guilds. */
export function linkhelpCommand(flows: CompiledFlows): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const menu = flows.flows.get(MENU_FLOW);
  const topics = flows.contentFlows.filter((f) => f.id !== MENU_FLOW).slice(0, MAX_COMMAND_CHOICES);
  const menuText = (language: Language) => flows.translations.get(language)?.get(MENU_FLOW);
  const descriptionIn = (language: Language) => {
    const t = language === SOURCE_LANGUAGE ? menu : menuText(language);
    return t ? clip(t.summary ?? t.title, MAX_DESCRIPTION) : undefined;
  };
  const say = (language: Language) => messagesIn(language);
  // Only what a language words differently from English is sent: Discord shows the default for the rest.
  const own = (of: (language: Language) => string) => localized((l) => (of(l) === of(SOURCE_LANGUAGE) ? undefined : of(l)));
  const withLocalized = <K extends string>(key: K, map: LocalizationMap | undefined) => (map ? ({ [key]: map } as Record<K, LocalizationMap>) : {});
  return {
    type: ApplicationCommandType.ChatInput,
    name: COMMAND_NAME,
    description: descriptionIn(SOURCE_LANGUAGE) ?? COMMAND_NAME,
    ...withLocalized('description_localizations', localized((l) => (menuText(l) ? descriptionIn(l) : undefined))),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: TOPIC_OPTION,
        ...withLocalized('name_localizations', own((l) => optionName(TOPIC_OPTION, l))),
        description: clip(say(SOURCE_LANGUAGE).topicOption, MAX_DESCRIPTION),
        ...withLocalized('description_localizations', own((l) => clip(say(l).topicOption, MAX_DESCRIPTION))),
        required: false,
        // Titles read best in Discord's picker; a title too long for it falls back to the summary.
        choices: topics.map((f) => ({
          name: topicName(flows, f.id, SOURCE_LANGUAGE),
          ...withLocalized('name_localizations', own((l) => topicName(flows, f.id, l))),
          value: f.id,
        })),
      },
      {
        type: ApplicationCommandOptionType.String,
        name: QUESTION_OPTION,
        ...withLocalized('name_localizations', own((l) => optionName(QUESTION_OPTION, l))),
        description: clip(say(SOURCE_LANGUAGE).questionOption, MAX_DESCRIPTION),
        ...withLocalized('description_localizations', own((l) => clip(say(l).questionOption, MAX_DESCRIPTION))),
        required: false,
        max_length: MAX_QUESTION,
      },
    ],
  };
}

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register to this guild only; without it, globally (may take a while to show everywhere). */
  guildId?: string;
  /** REST base URL without the version (DISCORD_API_URL). */
  api?: string;
  flows: CompiledFlows;
}

const commandsRoute = (o: Omit<RegisterOptions, 'flows'>) =>
  o.guildId ? Routes.applicationGuildCommands(o.applicationId, o.guildId) : Routes.applicationCommands(o.applicationId);
const restOf = (o: Omit<RegisterOptions, 'flows'>) => new REST(o.api ? { api: o.api } : {}).setToken(o.token);

/** The names of the commands registered now where registerCommands would put /linkhelp (it replaces them all). */
export async function registeredCommands(o: Omit<RegisterOptions, 'flows'>): Promise<string[]> {
  return ((await restOf(o).get(commandsRoute(o))) as RESTGetAPIApplicationCommandsResult).map((c) => c.name);
}

/** Replaces the application's commands (in the guild, or globally) with /linkhelp; returns what Discord kept. */
export async function registerCommands(o: RegisterOptions): Promise<RESTPutAPIApplicationCommandsResult> {
  return (await restOf(o).put(commandsRoute(o), { body: [linkhelpCommand(o.flows)] })) as RESTPutAPIApplicationCommandsResult;
}
