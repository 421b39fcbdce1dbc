// Reads the environment (and .env) into one validated Config: the common settings and, from each registered
// platform's schema, that platform's settings. Every other file takes what it needs from here. A bad value stops
// start-up with one line per problem, naming the variable and what it should look like.
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { ConfigError, issueLines } from './config-error.ts';
import { DURATION, durationMs } from './duration.ts';
import { LANGUAGE_NAMES, LANGUAGES, SOURCE_LANGUAGE, type Language } from './i18n/languages.ts';
import type { PlatformSpec } from './platforms/platform.ts';
import { platforms as registry } from './platforms/registry.ts';
import { DEFAULT_DATABASE_URL } from './store/open.ts';
import { MIN_TOKEN_LENGTH, type WebAccess } from './web/access.ts';

export { ConfigError } from './config-error.ts';

/** The flows shipped with the package, so `npx shoplink` works from any folder. */
export const PACKAGE_FLOWS_DIR = fileURLToPath(new URL('../flows', import.meta.url));

/** An empty variable in .env means "not set", as it does for people editing the file. */
const unsetIfEmpty = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));

/** "a", "a or b", "a, b or c". */
const orList = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The settings every process reads, whatever platforms it runs; built when read, so registered platforms count. */
function commonSchema() {
  const chat = registry.configurable().map((s) => s.id);
  const desks = registry.desks();
  const deskWords = orList(desks.map((s, i) => `${s.id}:<channel id>${i === 0 && s.desk?.example ? ` (e.g. ${s.id}:${s.desk.example})` : ''}`));
  return z.object({
    DATABASE_URL: z
      .string()
      .regex(/^(sqlite:.+|memory:|postgres(ql)?:\/\/.+)$/, 'use sqlite:<path> (e.g. sqlite:data/shoplink.db), postgres://user@host/db or memory:')
      .default(DEFAULT_DATABASE_URL),
    FLOWS_DIR: z.string().min(1).default(PACKAGE_FLOWS_DIR),
    LOG_LEVEL: z.enum(LEVELS).optional(),
    HANDOFF_DESK: z
      .string()
      .refine((v) => desks.some((s) => new RegExp(`^${s.id}:[A-Za-z0-9]+$`).test(v)), `use ${deskWords}`)
      .optional(),
    SUPPORT_REMINDER: z.string().regex(DURATION, 'use a number and a unit: 90s, 30m, 4h or 1d').default('4h'),
    DESK_LANGUAGE: z
      .string()
      .transform((v) => v.trim().toLowerCase())
      .pipe(z.enum(LANGUAGES, `use one of the languages shoplink speaks: ${orList(LANGUAGES.map((l) => `${l} (${LANGUAGE_NAMES[l].english})`))}`))
      .default(SOURCE_LANGUAGE),
    RETENTION_DAYS: z.coerce.number<string>({ error: 'use a whole number of days, e.g. 30' }).int().min(1).default(30),
    PORT: z.coerce.number<string>({ error: 'use a port number such as 3000' }).int().min(0).max(65535, 'use a port between 0 and 65535').default(3000),
    NODE_ENV: z.string().optional(),
    WEB_EXPOSE: z.enum(['true', 'false'], 'use true or false').default('false'),
    WEB_TOKEN: z.string().min(MIN_TOKEN_LENGTH, `use at least ${MIN_TOKEN_LENGTH} random characters, e.g. from: openssl rand -hex 24`).optional(),
    PLATFORMS: z
      .string()
      .transform((v) => v.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean))
      .refine(
        (list) => list.length > 0 && list.every((p) => [...chat, 'terminal', 'any'].includes(p)),
        `use ${chat.join(', ')} or ${chat.join(',')} (or any: whichever tokens are set; terminal: the terminal chat)`,
      )
      .refine((list) => list.length === 1 || list.every((p) => chat.includes(p)), `terminal and any stand alone; list platforms as ${chat.join(',')}`)
      .optional(),
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  });
}

export type Config = {
  databaseUrl: string;
  flowsDir: string;
  logLevel?: (typeof LEVELS)[number];
  /** The support desk's channel, on a platform that can host it; cases are only recorded without one. */
  desk?: { platform: string; channel: string };
  /** DESK_LANGUAGE: what the support team reads (case posts, buttons, notices, `shoplink cases`). */
  deskLanguage: Language;
  /** A case nobody answered gets a reminder after this long. */
  reminderMs: number;
  /** What people said is deleted after this many days. */
  retentionDays: number;
  /** The HTTP port of /healthz, /metrics and the web preview (and of Slack's HTTP mode). */
  port: number;
  /** NODE_ENV=development: the web preview reloads flows when a file changes, as `preview --watch` does. */
  watchFlows: boolean;
  /** WEB_EXPOSE/WEB_TOKEN: the preview, /api and /metrics for this machine only, or for others with the token. */
  web: WebAccess;
  /**
   * PLATFORMS: what `start` must run. Absent: the tokens decide, and none means the terminal chat. A list makes each
   * named platform's token required; `any` requires at least one token; `terminal` is the chat.
   */
  platforms?: string[] | 'any' | 'terminal';
  /** LOG_FORMAT: JSON lines unless `pretty`, or unless stdout is a terminal and LOG_FORMAT is unset. */
  logFormat?: 'json' | 'pretty';
  /** Each configured platform's settings, by platform id (read them with settingsOf). */
  settings: Record<string, unknown>;
  /** The platforms whose token variable is set, configured or not (PLATFORMS may leave them out). */
  tokensSet: string[];
};

/** Validates `env` (process.env after .env is read, unless given). */
export function readConfig(env: NodeJS.ProcessEnv = loadEnv()): Config {
  const vars = unsetIfEmpty(env);
  const common = commonSchema().safeParse(vars);
  const wanted = common.success ? common.data.PLATFORMS : undefined;
  // A platform PLATFORMS leaves out is not read at all: its half-set variables are none of this process's business.
  const chosen = wanted?.[0] === 'terminal' ? [] : registry.configurable().filter((s) => !wanted || wanted[0] === 'any' || wanted.includes(s.id));
  const parsed = chosen.map((spec) => ({ spec, result: spec.settings!.schema.safeParse(vars) }));
  const issues = [...(common.success ? [] : common.error.issues), ...parsed.flatMap((p) => (p.result.success ? [] : p.result.error.issues))];
  if (issues.length > 0 || !common.success) throw new ConfigError(issueLines(issues).join('\n'));
  const e = common.data;
  if (e.WEB_EXPOSE === 'true' && !e.WEB_TOKEN) {
    throw new ConfigError('WEB_TOKEN: required when WEB_EXPOSE=true (anyone reaching the port could otherwise open cases); e.g. openssl rand -hex 24');
  }
  const settings: Record<string, unknown> = {};
  for (const { spec, result } of parsed) {
    const built = spec.settings!.build(result.data!, { port: e.PORT, databaseUrl: e.DATABASE_URL });
    if (built !== undefined) settings[spec.id] = built;
  }
  const at = e.HANDOFF_DESK?.indexOf(':') ?? -1;
  return {
    databaseUrl: e.DATABASE_URL,
    flowsDir: e.FLOWS_DIR,
    logLevel: e.LOG_LEVEL,
    ...(e.HANDOFF_DESK ? { desk: { platform: e.HANDOFF_DESK.slice(0, at), channel: e.HANDOFF_DESK.slice(at + 1) } } : {}),
    deskLanguage: e.DESK_LANGUAGE,
    reminderMs: durationMs(e.SUPPORT_REMINDER),
    retentionDays: e.RETENTION_DAYS,
    port: e.PORT,
    watchFlows: e.NODE_ENV === 'development',
    web: e.WEB_EXPOSE === 'true' ? { exposed: true, token: e.WEB_TOKEN! } : { exposed: false },
    ...(e.PLATFORMS ? { platforms: e.PLATFORMS[0] === 'any' || e.PLATFORMS[0] === 'terminal' ? e.PLATFORMS[0] : e.PLATFORMS } : {}),
    ...(e.LOG_FORMAT ? { logFormat: e.LOG_FORMAT } : {}),
    settings,
    tokensSet: registry.configurable().filter((s) => vars[s.settings!.token.variable] !== undefined).map((s) => s.id),
  };
}

/** A platform's settings, typed by its declaration; undefined when it is not configured. */
export function settingsOf<S>(config: Config, spec: PlatformSpec<S>): S | undefined {
  return config.settings[spec.id] as S | undefined;
}

/** What `start` runs: each platform's settings, and lines worth logging about platforms left off. */
export interface StartPlan {
  run: { spec: PlatformSpec; settings: unknown }[];
  notes: string[];
}

/**
 * The platforms `start` runs: those PLATFORMS names (each needs its token), or whichever tokens are set.
 * Undefined (PLATFORMS=terminal) or nothing to run means the terminal chat. Throws ConfigError naming the missing token.
 */
export function platformsToStart(config: Config): StartPlan | undefined {
  const wanted = config.platforms;
  if (wanted === 'terminal') return undefined;
  const chat = registry.configurable();
  const named = Array.isArray(wanted) ? chat.filter((s) => wanted.includes(s.id)) : chat;
  for (const spec of Array.isArray(wanted) ? named : []) {
    const { variable, where } = spec.settings!.token;
    if (!config.tokensSet.includes(spec.id)) {
      throw new ConfigError(`${variable}: PLATFORMS=${(wanted as string[]).join(',')} needs it; set it in .env (${where}) or remove ${spec.id} from PLATFORMS`);
    }
  }
  if (wanted === 'any' && config.tokensSet.length === 0) {
    const tokens = chat.map((s) => s.settings!.token.variable);
    throw new ConfigError(`${tokens.join(', ')}: PLATFORMS=any needs at least one of them; set a token, or PLATFORMS=terminal for the terminal chat`);
  }
  const notes = chat
    .filter((s) => !named.includes(s) && config.tokensSet.includes(s.id))
    .map((s) => `${s.settings!.token.variable} is set but PLATFORMS leaves ${s.name} out: ${s.name} stays off`);
  const run = named.filter((s) => config.settings[s.id] !== undefined).map((spec) => ({ spec, settings: config.settings[spec.id] }));
  return { run, notes };
}

/** The token variables that turn a platform on, for the line that says none is set. */
export function tokenVariables(): string[] {
  return registry.configurable().map((s) => s.settings!.token.variable);
}

function loadEnv(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}
