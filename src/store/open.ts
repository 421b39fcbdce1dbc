// Picks the Store from DATABASE_URL: `sqlite:<path>` (the default, data/shoplink.db), `postgres://…`
// (several bot processes on one database) or `memory:` (tests, demos).
import { MemoryStore } from './memory.ts';
import { PostgresStore } from './postgres.ts';
import { SqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

export const DEFAULT_DATABASE_URL = 'sqlite:data/shoplink.db';

export function openStore(url: string = DEFAULT_DATABASE_URL): Store {
  if (url === 'memory:') return new MemoryStore();
  if (/^postgres(ql)?:\/\//.test(url)) return new PostgresStore(url);
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file) throw new Error('DATABASE_URL=sqlite:<path> needs a file path, e.g. sqlite:data/shoplink.db');
    return new SqliteStore(file);
  }
  throw new Error(`DATABASE_URL "${url.replace(/\/\/[^@]*@/, '//…@')}" is not supported: use sqlite:<path>, postgres://… or memory:`);
}
