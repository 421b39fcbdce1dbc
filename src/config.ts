// Reads the environment (and .env) into one validated Config; every other file takes what it needs from here.
// A bad value stops start-up with a message naming the variable and what it should look like.
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { DEFAULT_DATABASE_URL } from './store/open.ts';

/** The flows shipped with the package, so `npx shoplink` works from any folder. */
export const PACKAGE_FLOWS_DIR = fileURLToPath(new URL('../flows', import.meta.url));

const Env = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:.+|memory:)$/, 'use sqlite:<path> (e.g. sqlite:data/shoplink.db) or memory:')
    .default(DEFAULT_DATABASE_URL),
  FLOWS_DIR: z.string().min(1).default(PACKAGE_FLOWS_DIR),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

export type Config = {
  databaseUrl: string;
  flowsDir: string;
  logLevel?: z.infer<typeof Env>['LOG_LEVEL'];
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates `env` (process.env after .env is read, unless given). */
export function readConfig(env: NodeJS.ProcessEnv = loadEnv()): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  const e = parsed.data;
  return { databaseUrl: e.DATABASE_URL, flowsDir: e.FLOWS_DIR, logLevel: e.LOG_LEVEL };
}

function loadEnv(): NodeJS.ProcessEnv {
  loadDotenv({ quiet: true });
  return process.env;
}
