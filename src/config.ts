// Reads the environment (and .env) into one validated Config; every other file takes what it needs from here.
// A bad value stops start-up with a message naming the variable and what it should look like.
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { DURATION, durationMs } from './duration.ts';
import { DEFAULT_DATABASE_URL } from './store/open.ts';
import { MIN_TOKEN_LENGTH, type WebAccess } from './web/access.ts';

/** The flows shipped with the package, so `npx shoplink` works from any folder. */
export const PACKAGE_FLOWS_DIR = fileURLToPath(new URL('../flows', import.meta.url));

/** An empty variable in .env means "not set", as it does for people editing the file. */
const unsetIfEmpty = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));

const Env = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:.+|memory:|postgres(ql)?:\/\/.+)$/, 'use sqlite:<path> (e.g. sqlite:data/shoplink.db), postgres://user@host/db or memory:')
    .default(DEFAULT_DATABASE_URL),
  FLOWS_DIR: z.string().min(1).default(PACKAGE_FLOWS_DIR),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  HANDOFF_DESK: z
    .string()
    .regex(/^(slack|discord):[A-Za-z0-9]+$/, 'use slack:<channel id> (e.g. slack:C0123ABCD) or discord:<channel id>')
    .optional(),
  SUPPORT_REMINDER: z.string().regex(DURATION, 'use a number and a unit: 90s, 30m, 4h or 1d').default('4h'),
  RETENTION_DAYS: z.coerce.number<string>({ error: 'use a whole number of days, e.g. 30' }).int().min(1).default(30),
  PORT: z.coerce.number<string>({ error: 'use a port number such as 3000' }).int().min(0).max(65535, 'use a port between 0 and 65535').default(3000),
  NODE_ENV: z.string().optional(),
  WEB_EXPOSE: z.enum(['true', 'false'], 'use true or false').default('false'),
  WEB_TOKEN: z.string().min(MIN_TOKEN_LENGTH, `use at least ${MIN_TOKEN_LENGTH} random characters, e.g. from: openssl rand -hex 24`).optional(),
  PLATFORMS: z
    .string()
    .transform((v) => v.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean))
    .refine((list) => list.length > 0 && list.every((p) => ['slack', 'discord', 'terminal', 'any'].includes(p)), 'use slack, discord or slack,discord (or any: whichever tokens are set; terminal: the terminal chat)')
    .refine((list) => list.length === 1 || list.every((p) => p === 'slack' || p === 'discord'), 'terminal and any stand alone; list platforms as slack,discord')
    .optional(),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
});



export type Config = {
  databaseUrl: string;
  flowsDir: string;
  logLevel?: z.infer<typeof Env>['LOG_LEVEL'];
  /** The support desk's channel, on either platform; cases are only recorded without one. */
  desk?: { platform: 'slack' | 'discord'; channel: string };
  /** A case nobody answered gets a reminder after this long. */
  reminderMs: number;
  /** What people said is deleted after this many days. */
  retentionDays: number;
  /** The HTTP port of /healthz, /metrics and the web preview (and of Slack's HTTP mode, which reads it too). */
  port: number;
  /** NODE_ENV=development: the web preview reloads flows when a file changes, as `preview --watch` does. */
  watchFlows: boolean;
  /** WEB_EXPOSE/WEB_TOKEN: the preview, /api and /metrics for this machine only, or for others with the token. */
  web: WebAccess;
  /**
   * PLATFORMS: what `start` must run. Absent: the tokens decide, and none means the terminal chat. A list makes each
   * named platform's token required; `any` requires at least one token; `terminal` is the chat.
   */
  platforms?: ('slack' | 'discord')[] | 'any' | 'terminal';
  /** LOG_FORMAT: JSON lines unless `pretty`, or unless stdout is a terminal and LOG_FORMAT is unset. */
  logFormat?: 'json' | 'pretty';
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates `env` (process.env after .env is read, unless given). */
export function readConfig(env: NodeJS.ProcessEnv = loadEnv()): Config {
  const parsed = Env.safeParse(unsetIfEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  const e = parsed.data;
  if (e.WEB_EXPOSE === 'true' && !e.WEB_TOKEN) {
    throw new ConfigError('WEB_TOKEN: required when WEB_EXPOSE=true (anyone reaching the port could otherwise open cases); e.g. openssl rand -hex 24');
  }
  const [platform, channel] = (e.HANDOFF_DESK?.split(':') ?? []) as ['slack' | 'discord', string];
  return {
    databaseUrl: e.DATABASE_URL,
    flowsDir: e.FLOWS_DIR,
    logLevel: e.LOG_LEVEL,
    ...(e.HANDOFF_DESK ? { desk: { platform, channel } } : {}),
    reminderMs: durationMs(e.SUPPORT_REMINDER),
    retentionDays: e.RETENTION_DAYS,
    port: e.PORT,
    watchFlows: e.NODE_ENV === 'development',
    web: e.WEB_EXPOSE === 'true' ? { exposed: true, token: e.WEB_TOKEN! } : { exposed: false },
    ...(e.PLATFORMS ? { platforms: e.PLATFORMS[0] === 'any' || e.PLATFORMS[0] === 'terminal' ? e.PLATFORMS[0] : (e.PLATFORMS as ('slack' | 'discord')[]) } : {}),
    ...(e.LOG_FORMAT ? { logFormat: e.LOG_FORMAT } : {}),
  };
}

function loadEnv(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}
