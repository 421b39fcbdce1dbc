// The `shoplink` command line: start the bot, chat in the terminal or a browser (preview), check and draw
// flows, cases, privacy, Discord command registration.
// Each command builds what it needs from Config; nothing here decides what the bot says.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { userInfo } from 'node:os';
import { Command } from 'commander';
import { ConfigError, platformsToStart, readConfig, settingsOf, tokenVariables, type Config } from './config.ts';
import { Conversations } from './conversation/conversation.ts';
import type { Address } from './address.ts';
import { DIAGRAM_FILE, flowsMarkdown } from './flow/diagram.ts';
import { DURATION, durationMs } from './duration.ts';
import { computeStats } from './stats/funnel.ts';
import { statsReport } from './stats/report.ts';
import { openFlows, problemsIn } from './platforms/open-flows.ts';
import { formatProblem } from './flow/problem.ts';
import { checkStrings } from './flow/strings-check.ts';
import { createLogger } from './log.ts';
import { readDiscordConfig } from './platforms/discord/config.ts';
import { discordPlatform } from './platforms/discord/platform.ts';
import { platforms } from './platforms/registry.ts';
import { slackPlatform } from './platforms/slack/platform.ts';
import { runChat } from './platforms/terminal/chat.ts';
import { startBot } from './bot.ts';
import { explainStartFailure } from './start-failure.ts';
import { listenForStop } from './stop-signal.ts';
import { deskWordsIn } from './handoff/desk-words.ts';
import { caseLine, openCasesText } from './handoff/listing.ts';
import { withoutDesk } from './handoff/no-desk.ts';
import { caseReport } from './handoff/report.ts';
import { runJsonl } from './platforms/terminal/jsonl.ts';
import { terminalLocale } from './i18n/locale.ts';
import { openStore } from './store/open.ts';
import { startPreview } from './web/preview.ts';
import { Understanding } from './understanding/interpret.ts';
import { isLanguage, LANGUAGES, SOURCE_LANGUAGE } from './i18n/languages.ts';
import { corpusFile, corpusLanguages, evaluate, evaluateHeldOut, examplesOf, formatMisses, formatReport, readCorpus } from './understanding/eval.ts';
import { learn, modelFile, shippedModel } from './understanding/learned.ts';
import { lexiconFor } from './understanding/lexicons/by-language.ts';

/** The labelled messages the learned reading is learned from. */
const LEARNED_FROM = { corpus: 'test/understanding/corpus', part: 'tune' } as const;

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
  // stderr: stdout is the chat.
  const log = createLogger(config.logLevel ?? 'warn', { to: 'stderr', format: config.logFormat });
  const flows = openFlows(config.flowsDir);
  const store = openStore(config.databaseUrl);
  log.debug({ flows: flows.contentFlows.length, database: config.databaseUrl.split(':')[0] }, 'chat ready');
  try {
    // The terminal chat runs no desk: a handoff records the case and says so.
    const conversations = new Conversations(withoutDesk(flows), store);
    const address = terminalAddress(opts.session);
    // The terminal's LANG speaks for the user as a platform's locale does (es_ES.UTF-8 → Spanish).
    const locale = terminalLocale(process.env);
    if (opts.jsonl) await runJsonl(conversations, { input: process.stdin, output: process.stdout, address, locale });
    else {
      const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
      // NO_COLOR (https://no-color.org): any non-empty value turns colour off.
      await runChat(conversations, { input: process.stdin, output: process.stdout, address, interactive, color: interactive && !process.env.NO_COLOR, locale });
    }
  } finally {
    await store.close();
  }
}

const program = new Command('shoplink')
  .description('Guides TikTok Shop sellers and creators through linking an account to a shop.')
  .showHelpAfterError();

/**
 * A stop that takes longer than this is cut short, before the orchestrator's SIGKILL (docker stop and Kubernetes
 * wait 10 s): the outbox lease of anything unfinished runs out and another process delivers it.
 */
const STOP_GRACE_MS = 8000;

/** Until SIGINT/SIGTERM (or the npm wrapper going away): a second signal stops at once. */
function stopRequest(log: ReturnType<typeof createLogger>) {
  return listenForStop((signal) => {
    log.warn({ signal }, 'stopping now, without waiting for turns in flight');
    process.exit(1);
  });
}

/** Stops `what`, within STOP_GRACE_MS; exit code 0 when it stopped in time. */
async function stopWithin(log: ReturnType<typeof createLogger>, what: { stop(): Promise<void> }): Promise<void> {
  const started = Date.now();
  const cut = setTimeout(() => {
    log.error(`did not stop within ${STOP_GRACE_MS / 1000} s; exiting anyway`);
    process.exit(1);
  }, STOP_GRACE_MS);
  await what.stop();
  clearTimeout(cut);
  log.info({ ms: Date.now() - started }, 'stopped');
  // Everything is closed; a handle some library forgot must not keep a stopped bot alive.
  setTimeout(() => process.exit(0), 1000).unref();
}

/** Which platforms `start` runs: what PLATFORMS asks for, each with its token, or what the tokens turn on. */
function choosePlatforms(config: Config, log: ReturnType<typeof createLogger>) {
  const plan = platformsToStart(config);
  for (const note of plan?.notes ?? []) log.info(note);
  if (!plan?.run.length) return undefined;
  return { slack: settingsOf(config, slackPlatform), discord: settingsOf(config, discordPlatform) };
}

/**
 * Runs the configured platforms, with /healthz, /metrics and the web preview on PORT, until SIGINT/SIGTERM.
 * With none configured, the terminal chat: it must stay a plain stdin/stdout program that ends with its input.
 */
async function start(config: Config): Promise<void> {
  const log = createLogger(config.logLevel ?? 'info', { to: 'stdout', format: config.logFormat });
  const chosen = choosePlatforms(config, log);
  if (!chosen) {
    if (config.platforms !== 'terminal') {
      // stderr: stdout is the chat. Said every time, so a server that lost its environment does not look healthy.
      const names = platforms.configurable().map((s) => s.name);
      const ids = platforms.configurable().map((s) => s.id);
      console.error(
        `shoplink: no ${tokenVariables().join(' or ')} is set, so this is the terminal chat. Set a token in .env to run the bot on ${names.join(' or ')}; with PLATFORMS=${ids.join(',')} a missing token stops the start instead.`,
      );
    }
    return chat(config, {});
  }
  const stopping = stopRequest(log);
  const bot = await startBot({ config, ...chosen, log, web: { port: config.port, watch: config.watchFlows } });
  const reason = await stopping.reason;
  stopping.dispose();
  log.info({ reason }, 'stopping: finishing turns in flight');
  await stopWithin(log, bot);
}

/** `shoplink preview`: only the web preview, on localhost unless --host says otherwise. */
async function preview(config: Config, opts: { watch?: boolean; port?: string; host: string }): Promise<void> {
  const port = opts.port === undefined ? config.port : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`--port ${opts.port}: use a port number such as 3000`);
  const watch = Boolean(opts.watch) || config.watchFlows;
  const log = createLogger(config.logLevel ?? 'info', { to: 'stdout', format: config.logFormat });
  const stopping = stopRequest(log);
  const running = await startPreview({ config, port, host: opts.host, watch, log });
  const shown = opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  console.log(`shoplink preview: open http://${shown}:${running.port}/ in a browser${watch ? ` (flows reload when a file in ${config.flowsDir} changes)` : ''}. Ctrl+C stops it.`);
  await stopping.reason;
  stopping.dispose();
  await stopWithin(log, running);
}

program
  .command('start')
  .description('run the bot: on the platforms configured in .env, or as a terminal chat when none is')
  .action(async () => start(readConfig()));

program
  .command('preview')
  .description('chat with the bot in a browser and see each flow\'s diagram, at http://localhost:PORT/')
  .option('--watch', 'reload the flows when a file changes, and show flows check problems on the page')
  .option('--port <n>', 'the port (default: PORT, else 3000)')
  .option('--host <address>', 'the interface to listen on (0.0.0.0 to reach it from other machines)', '127.0.0.1')
  .action(async (opts: { watch?: boolean; port?: string; host: string }) => preview(readConfig(), opts));

program
  .command('register-commands')
  .description('register /linkhelp with Discord (to DISCORD_GUILD_ID when set, else globally); replaces the commands there')
  .option('--yes', 'also remove commands other than /linkhelp registered there')
  .action(async (opts: { yes?: boolean }) => {
    const config = readConfig();
    // Read even when PLATFORMS leaves Discord out: registering is done before Discord runs.
    const discord = readDiscordConfig(process.env);
    if (!discord) throw new ConfigError('DISCORD_TOKEN: set it and DISCORD_APPLICATION_ID in .env to register commands');
    const { registerCommands, registeredCommands } = await import('./platforms/discord/index.ts');
    const target = { token: discord.token, applicationId: discord.applicationId, guildId: discord.guildId, api: discord.apiUrl };
    const where = discord.guildId ? `in guild ${discord.guildId}` : 'globally';
    // Discord's bulk overwrite replaces every command of the application there: say so before doing it.
    const now = await registeredCommands(target);
    const others = now.filter((name) => name !== 'linkhelp');
    console.log(`Application ${discord.applicationId} has ${now.length ? now.map((n) => `/${n}`).join(', ') : 'no commands'} ${where}; registering replaces them all with /linkhelp.`);
    if (others.length > 0 && !opts.yes) {
      console.error(`Not registered: ${others.map((n) => `/${n}`).join(', ')} would be removed. Run again with --yes to remove ${others.length === 1 ? 'it' : 'them'}, or set DISCORD_GUILD_ID to register in one server only.`);
      process.exitCode = 1;
      return;
    }
    const done = await registerCommands({ ...target, flows: openFlows(config.flowsDir) });
    const removed = others.length ? ` Removed ${others.map((n) => `/${n}`).join(', ')}.` : '';
    console.log(`Registered ${done.map((c) => `/${c.name}`).join(', ')} ${discord.guildId ? `in guild ${discord.guildId}` : 'globally (may take up to an hour to appear)'}.${removed}`);
  });

program
  .command('chat')
  .description('chat with the bot in this terminal')
  .option('--jsonl', 'machine mode: one JSON object a line in and out (see README)')
  .option('--session <name>', 'resume the stored conversation of that name instead of starting afresh')
  .action(async (opts: { jsonl?: boolean; session?: string }) => chat(readConfig(), opts));

const casesCommand = program.command('cases').description('the cases handed to the support team');
casesCommand
  .command('list')
  .description('open cases, oldest first (--all: resolved ones too)')
  .option('--all', 'include resolved cases')
  .action(async (opts: { all?: boolean }) => {
    const config = readConfig();
    const words = deskWordsIn(config.deskLanguage);
    const store = openStore(config.databaseUrl);
    try {
      const cases = opts.all ? await store.listCases() : (await store.listCases()).filter((c) => c.status !== 'resolved');
      console.log(opts.all ? cases.map((c) => caseLine(c, Date.now(), words)).join('\n') || words.list.noneYet : openCasesText(cases, Date.now(), words).replace(/\*\*/g, ''));
    } finally {
      await store.close();
    }
  });
casesCommand
  .command('show <number>')
  .description('one case in full: requester, steps and answers, facts, status log, transcript')
  .action(async (number: string) => {
    const config = readConfig();
    const words = deskWordsIn(config.deskLanguage);
    const store = openStore(config.databaseUrl);
    try {
      const c = await store.getCase(Number(number));
      if (!c) {
        console.error(words.notices.noCase(Number(number)));
        process.exitCode = 1;
        return;
      }
      // The case keeps the transcript as it was at handoff; the live one has the relayed messages since.
      const transcript = await store.transcript(c.conversationId, 200);
      const language = (await store.loadConversation(c.conversationId))?.language;
      console.log(caseReport({ ...c, transcript, ...(language ? { language } : {}) }, openFlows(config.flowsDir), Date.now(), words));
    } finally {
      await store.close();
    }
  });

program
  .command('forget <who>')
  .description('erase a person\'s conversations and words, e.g. slack:U0123 or discord:123456789012345678')
  .action(async (who: string) => {
    const match = /^([a-z][a-z0-9-]*):(.+)$/.exec(who);
    if (!match || !platforms.has(match[1]!)) throw new ConfigError(`"${who}": name the person as <platform>:<user id>, e.g. slack:U0123ABCD`);
    const store = openStore(readConfig().databaseUrl);
    try {
      const erased = await store.forgetUser(match[1]!, match[2]!);
      console.log(`Erased ${erased.conversations} conversation${erased.conversations === 1 ? '' : 's'}; ${erased.cases} case${erased.cases === 1 ? '' : 's'} kept without their words.`);
    } finally {
      await store.close();
    }
  });

program
  .command('migrate')
  .description('bring the database (DATABASE_URL) up to date; `start` does this too')
  .action(async () => {
    const config = readConfig();
    const store = openStore(config.databaseUrl);
    await store.loadConversation('-');
    await store.close();
    console.log(`The database (${config.databaseUrl.split(':')[0]}) is up to date.`);
  });

program
  .command('stats')
  .description('a funnel per flow, where users stop, texts the router missed, and how cases went')
  .option('--since <duration>', 'how far back: 24h, 7d, 30d', '7d')
  .option('--json', 'print JSON for machines')
  .action(async (opts: { since: string; json?: boolean }) => {
    if (!DURATION.test(opts.since)) throw new ConfigError(`--since ${opts.since}: use a duration such as 24h, 7d or 30d`);
    const config = readConfig();
    const store = openStore(config.databaseUrl);
    try {
      const until = Date.now();
      const since = until - durationMs(opts.since);
      const stats = computeStats(await store.turnsSince(since), await store.listCases(), openFlows(config.flowsDir), since, until);
      console.log(opts.json ? JSON.stringify(stats, null, 2) : statsReport(stats));
    } finally {
      await store.close();
    }
  });

program
  .command('eval')
  .description('measure how well the bot understands the labelled messages in test/understanding/corpus/, per language')
  .option('--part <part>', 'tune, check or all', 'all')
  .option('--language <code>', `one language only (${LANGUAGES.join(', ')})`)
  .option('--corpus <folder>', 'the corpus folder', LEARNED_FROM.corpus)
  .option('--misses', 'list the tune part\'s misses, message by message (never the check part\'s)')
  .action((opts: { part: string; language?: string; corpus: string; misses?: boolean }) => {
    if (!['tune', 'check', 'all'].includes(opts.part)) throw new ConfigError(`--part ${opts.part}: use tune, check or all`);
    if (opts.language !== undefined && !isLanguage(opts.language)) throw new ConfigError(`--language ${opts.language}: use one of ${LANGUAGES.join(', ')}`);
    const dir = readConfig().flowsDir;
    const flows = openFlows(dir);
    const understanding = new Understanding(flows);
    const parts = opts.part === 'all' ? ['tune', 'check'] : [opts.part];
    for (const part of parts) {
      const languages = corpusLanguages(opts.corpus, part).filter((l) => opts.language === undefined || l === opts.language);
      for (const language of languages) {
        const items = readCorpus(corpusFile(opts.corpus, language, part));
        // The part a language's learned reading was learned from is scored held out, or it would grade its own homework.
        const learnedFrom = part === LEARNED_FROM.part && resolve(opts.corpus) === resolve(LEARNED_FROM.corpus) && shippedModel(language) !== undefined;
        const report = learnedFrom ? evaluateHeldOut(items, flows, language) : evaluate(items, understanding, flows, language);
        console.log(formatReport(language === 'en' ? part : `${part} [${language}]`, report));
        if (opts.misses && part === 'tune') console.log(formatMisses(report));
      }
    }
  });

program
  .command('learn')
  .description(`learn the reading that doubts unlikely first messages from the corpus's ${LEARNED_FROM.part} part (English), into src/understanding/learned/`)
  .action(() => {
    const examples = examplesOf(readCorpus(corpusFile(LEARNED_FROM.corpus, SOURCE_LANGUAGE, LEARNED_FROM.part)));
    const model = learn(examples, lexiconFor(SOURCE_LANGUAGE));
    mkdirSync(new URL('.', modelFile(SOURCE_LANGUAGE)), { recursive: true });
    writeFileSync(modelFile(SOURCE_LANGUAGE), `${JSON.stringify(model)}\n`);
    console.log(`Learned from ${examples.length} first messages, ${Object.keys(model.labels).length} labels: ${fileURLToPath(modelFile(SOURCE_LANGUAGE))}`);
  });

const flowsCommand = program.command('flows').description('work with the flow files');
flowsCommand
  .command('check')
  .description('validate every flow file, the links between them, their translations and the engine strings; exits 1 on any problem')
  .option('--dir <folder>', 'the flows folder (default: FLOWS_DIR or the bundled flows/)')
  .action((opts: { dir?: string }) => {
    const config = readConfig();
    const dir = opts.dir ?? config.flowsDir;
    // Texts must fit the platforms this bot is configured for (every platform when none is); the engine's own
    // sentences ship with the code, whichever flows folder is checked.
    const problems = [...problemsIn(dir, Object.keys(config.settings)), ...checkStrings()];
    for (const p of problems) console.log(formatProblem(p));
    if (problems.length > 0) {
      console.log(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
      process.exitCode = 1;
    } else console.log('All flows are fine.');
  });

flowsCommand
  .command('diagram')
  .description(`write ${DIAGRAM_FILE}: a Mermaid diagram of every flow, drawn from the compiled machines`)
  .option('--out <file>', 'where to write it', DIAGRAM_FILE)
  .option('--check', 'write nothing; exit 1 when the file is out of date')
  .action((opts: { out: string; check?: boolean }) => {
    const text = flowsMarkdown(openFlows(readConfig().flowsDir));
    if (opts.check) {
      const current = existsSync(opts.out) ? readFileSync(opts.out, 'utf8') : '';
      if (current === text) console.log(`${opts.out} is up to date.`);
      else {
        console.log(`${opts.out} is out of date: run npx shoplink flows diagram`);
        process.exitCode = 1;
      }
      return;
    }
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, text);
    console.log(`Wrote ${opts.out}.`);
  });

try {
  await program.parseAsync();
} catch (err) {
  // Expected failures (bad config, broken flows, a database or port that is not there) are one line naming the
  // setting and the fix. Anything else is a bug: its stack helps.
  let databaseUrl: string | undefined;
  try {
    databaseUrl = readConfig().databaseUrl;
  } catch {
    // The configuration itself was the failure; its message names the variable.
  }
  const line = explainStartFailure(err, databaseUrl);
  console.error(line ?? (err as Error).stack ?? String(err));
  process.exitCode = 1;
}
