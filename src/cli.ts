// The `shoplink` command line: start the bot, chat in the terminal, check flows, register Discord commands.
// Each command builds what it needs from Config; nothing here decides what the bot says.
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { Command } from 'commander';
import { ConfigError, readConfig, type Config } from './config.ts';
import { Conversations } from './conversation/conversation.ts';
import type { Address } from './conversation/address.ts';
import { openFlows, problemsIn } from './flow/open.ts';
import { formatProblem } from './flow/problem.ts';
import { createLogger } from './log.ts';
import { readDiscordConfig } from './platforms/discord/config.ts';
import { readSlackConfig } from './platforms/slack/config.ts';
import { runChat } from './platforms/terminal/chat.ts';
import { runJsonl } from './platforms/terminal/jsonl.ts';
import { openStore } from './store/open.ts';

function terminalAddress(session: string | undefined): Address {
  let user = 'you';
  try {
    user = userInfo().username || user;
  } catch {
    // Some containers have no passwd entry; any stable name will do.
  }
  return { platform: 'terminal', workspace: 'local', channel: session ?? `run-${randomUUID()}`, user };
}

async function chat(config: Config, opts: { jsonl?: boolean; session?: string }): Promise<void> {
  const log = createLogger(config.logLevel ?? 'warn');
  const flows = openFlows(config.flowsDir);
  const store = openStore(config.databaseUrl);
  log.debug({ flows: flows.contentFlows.length, database: config.databaseUrl.split(':')[0] }, 'chat ready');
  try {
    const conversations = new Conversations(flows, store);
    const address = terminalAddress(opts.session);
    if (opts.jsonl) await runJsonl(conversations, { input: process.stdin, output: process.stdout, address });
    else await runChat(conversations, { input: process.stdin, output: process.stdout, address, interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) });
  } finally {
    await store.close();
  }
}

const program = new Command('shoplink')
  .description('Guides TikTok Shop sellers and creators through linking an account to a shop.')
  .showHelpAfterError();

/** Runs the configured platforms until SIGINT/SIGTERM; with none configured, the terminal chat. */
async function start(config: Config): Promise<void> {
  const discord = readDiscordConfig(process.env);
  const slack = readSlackConfig(process.env);
  if (!discord && !slack) return chat(config, {});
  const log = createLogger(config.logLevel ?? 'info');
  const flows = openFlows(config.flowsDir);
  const store = openStore(config.databaseUrl);
  const conversations = new Conversations(flows, store);
  const bots: { stop(): Promise<void> }[] = [];
  const stop = async () => {
    log.info('stopping');
    for (const bot of bots) await bot.stop().catch((err: unknown) => log.error({ err }, 'a platform did not stop cleanly'));
    await store.close();
  };
  try {
    // Platform SDKs load only when used, so the terminal chat starts fast.
    if (slack) {
      const { startSlack } = await import('./platforms/slack/app.ts');
      bots.push(await startSlack({ conversations, config: slack, log }));
    }
    if (discord) {
      const { startDiscord } = await import('./platforms/discord/index.ts');
      bots.push(await startDiscord({ conversations, config: discord, log }));
    }
  } catch (err) {
    await stop();
    throw err;
  }
  const platforms = [slack && `slack (${slack.mode})`, discord && 'discord'].filter(Boolean);
  log.info({ platforms, flows: flows.contentFlows.length }, 'shoplink is running; Ctrl+C stops it');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await stop();
}

program
  .command('start')
  .description('run the bot: on the platforms configured in .env, or as a terminal chat when none is')
  .action(async () => start(readConfig()));

program
  .command('register-commands')
  .description('register /linkhelp with Discord (to DISCORD_GUILD_ID when set, else globally)')
  .action(async () => {
    const config = readConfig();
    const discord = readDiscordConfig(process.env);
    if (!discord) throw new ConfigError('DISCORD_TOKEN: set it and DISCORD_APPLICATION_ID in .env to register commands');
    const { registerCommands } = await import('./platforms/discord/index.ts');
    const done = await registerCommands({ token: discord.token, applicationId: discord.applicationId, guildId: discord.guildId, api: discord.apiUrl, flows: openFlows(config.flowsDir) });
    console.log(`Registered ${done.map((c) => `/${c.name}`).join(', ')} ${discord.guildId ? `in guild ${discord.guildId}` : 'globally (may take up to an hour to appear)'}.`);
  });

program
  .command('chat')
  .description('chat with the bot in this terminal')
  .option('--jsonl', 'machine mode: one JSON object a line in and out (see README)')
  .option('--session <name>', 'resume the stored conversation of that name instead of starting afresh')
  .action(async (opts: { jsonl?: boolean; session?: string }) => chat(readConfig(), opts));

const flowsCommand = program.command('flows').description('work with the flow files');
flowsCommand
  .command('check')
  .description('validate every flow file and the links between them; exits 1 on any problem')
  .option('--dir <folder>', 'the flows folder (default: FLOWS_DIR or the bundled flows/)')
  .action((opts: { dir?: string }) => {
    const dir = opts.dir ?? readConfig().flowsDir;
    const problems = problemsIn(dir);
    for (const p of problems) console.log(formatProblem(p));
    if (problems.length > 0) {
      console.log(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
      process.exitCode = 1;
    } else console.log('All flows are fine.');
  });

try {
  await program.parseAsync();
} catch (err) {
  // Expected failures (bad config, broken flows) print their own clear message, without a stack.
  const e = err as Error;
  console.error(e.name === 'FlowError' || e.name === 'ConfigError' ? e.message : e.stack);
  process.exitCode = 1;
}
