// The /linkhelp slash command, built from the flows (its `topic` choices are the content flows), and its
// registration with Discord: to one guild (instant, for trying the bot) or globally.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  REST,
  Routes,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTGetAPIApplicationCommandsResult,
  type RESTPutAPIApplicationCommandsResult,
} from 'discord.js';
import { MENU_FLOW } from '../../flow/check.ts';
import type { CompiledFlows } from '../../flow/compile.ts';
import { clip } from '../text.ts';
import { messages } from '../../conversation/messages.ts';

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

/** The /linkhelp definition: usable in guilds and in DMs with the bot, installed to guilds. */
export function linkhelpCommand(flows: CompiledFlows): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const menu = flows.flows.get(MENU_FLOW);
  const topics = flows.contentFlows.filter((f) => f.id !== MENU_FLOW).slice(0, MAX_COMMAND_CHOICES);
  return {
    type: ApplicationCommandType.ChatInput,
    name: COMMAND_NAME,
    description: clip(menu?.summary ?? menu?.title ?? COMMAND_NAME, MAX_DESCRIPTION),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: TOPIC_OPTION,
        description: clip(messages.topicOption, MAX_DESCRIPTION),
        required: false,
        // Titles read best in Discord's picker; a title too long for it falls back to the summary.
        choices: topics.map((f) => ({ name: clip(f.title.length <= MAX_CHOICE_NAME ? f.title : f.summary, MAX_CHOICE_NAME), value: f.id })),
      },
      {
        type: ApplicationCommandOptionType.String,
        name: QUESTION_OPTION,
        description: clip(messages.questionOption, MAX_DESCRIPTION),
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
